//! "Weergave": contrast of every text colour, text that fits its box, and the panel in the
//! headless game (keys, saving, the game waits, calm motion turns both cards in one frame).

use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::art::Art;
use werkalliantiespel::game::art::palette::{self, HIGH, NORMAL};
use werkalliantiespel::game::look::{Look, LookPanel};
use werkalliantiespel::game::screens::play::table::RatingFace;
use werkalliantiespel::game::table::{estimated_lines, fitting_size};
use werkalliantiespel::game::{Conversation, Phase};
use werkalliantiespel::session::{Mode, Seat};
use werkalliantiespel::settings::{Contrast, Motion, Settings, TextSize};
use werkalliantiespel::store::Store;

use crate::game::headless::{app_with_store, phase, press};
use crate::shipped;

#[test]
fn high_contrast_text_is_at_least_seven_to_one_and_the_usual_look_passes_aa() {
    for (what, text, background) in palette::text_pairs(&HIGH) {
        let c = palette::contrast(text, background);
        assert!(c >= 7.0, "high contrast: {what} is {c:.2}:1");
    }
    for (what, text, background) in palette::text_pairs(&NORMAL) {
        let c = palette::contrast(text, background);
        assert!(c >= 4.5, "usual look: {what} is {c:.2}:1");
    }
    // The kenmerk colours with the text the game puts on them, in both looks.
    for k in &shipped().kenmerken {
        let c = [k.colour.0, k.colour.1, k.colour.2];
        for (p, min) in [(&NORMAL, 4.5), (&HIGH, 7.0)] {
            let bg = palette::kenmerk(p, c);
            let ratio = palette::contrast(palette::text_on(p, bg), bg);
            assert!(ratio >= min, "{} band: {ratio:.2}:1", k.name);
        }
    }
}

#[test]
fn the_contrast_formula_matches_wcag() {
    assert!((palette::contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
    assert!((palette::contrast([118, 118, 118], [255, 255, 255]) - 4.54).abs() < 0.02);
    assert!((palette::contrast([9, 9, 9], [9, 9, 9]) - 1.0).abs() < 1e-9);
}

#[test]
fn fitted_text_keeps_every_word_whole_and_inside_its_box() {
    let s = "Mijn reclasseringswerker legt altijd duidelijk uit wat ik moet doen.";
    // Wide enough: the size asked for.
    assert_eq!(fitting_size(s, 32.0, 2000.0, None), 32.0);
    // The long word decides in a narrow column.
    let size = fitting_size(s, 64.0, 394.0, None);
    assert!(size < 64.0 && size * 0.58 * 19.0 <= 394.0, "{size}");
    // A box that is not high enough makes the type smaller, never below 14.
    let small = fitting_size(s, 64.0, 394.0, Some(120.0));
    assert!(small < size);
    assert!(estimated_lines(s, small, 394.0) as f32 * small * 1.25 <= 120.0 || small == 14.0);
    assert_eq!(fitting_size(s, 64.0, 10.0, Some(5.0)), 14.0);
    assert_eq!(estimated_lines("een twee", 10.0, 1000.0), 1);
    assert_eq!(estimated_lines("een twee drie vier", 10.0, 60.0), 2);
    assert_eq!(estimated_lines("reclasseringswerker", 10.0, 58.0), 2);
}

/// A store in a fresh folder; the folder goes when the returned guard does.
fn temp_store(name: &str) -> (Store, crate::TestDir) {
    let dir = crate::tempdir(&format!("look-{name}"));
    (Store::new(dir.join("data")), dir)
}

fn play_options(mode: Mode) -> Options {
    Options {
        mode: Some(mode),
        decks: Some(vec!["vertrouwen".into()]),
        seed: Some(5),
        ..Options::default()
    }
}

#[test]
fn the_panel_changes_saves_and_pauses_the_game() {
    let (store, _dir) = temp_store("panel");
    let root = store.root().to_path_buf();
    let mut app = app_with_store(play_options(Mode::Together), Some(store.clone()));
    until_choosing(&mut app);
    press(&mut app, KeyCode::F2);
    assert!(app.world().resource::<LookPanel>().0, "F2 opens Weergave");
    press(&mut app, KeyCode::Digit3);
    press(&mut app, KeyCode::KeyC);
    press(&mut app, KeyCode::KeyR);
    let want = Settings {
        text_size: TextSize::Large,
        contrast: Contrast::High,
        motion: Motion::Calm,
        ..Settings::default()
    };
    assert_eq!(app.world().resource::<Look>().settings, want);
    // The table and the screens draw with this app's look (no other app in the process shares it).
    let look = app.world().resource::<Art>().look;
    assert_eq!(look.palette, HIGH);
    assert!((look.text_scale - TextSize::Large.factor()).abs() < 1e-6);
    // While it is open, the choice keys are the panel's or nothing: no card was chosen.
    press(&mut app, KeyCode::Digit2);
    assert_eq!(
        app.world()
            .resource::<Conversation>()
            .session()
            .view()
            .client,
        Seat::Waiting
    );
    assert_eq!(
        app.world().resource::<Look>().settings.text_size,
        TextSize::Larger
    );
    // 4: 200 %; 5 is no size: nothing changes.
    press(&mut app, KeyCode::Digit4);
    assert_eq!(
        app.world().resource::<Look>().settings.text_size,
        TextSize::Largest
    );
    press(&mut app, KeyCode::Digit5);
    assert_eq!(
        app.world().resource::<Look>().settings.text_size,
        TextSize::Largest
    );
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<LookPanel>().0, "Esc closes it");
    // Saved beside the data, read again by the next start.
    let saved = Settings::load(&root).expect("saved");
    assert_eq!(
        saved,
        Settings {
            text_size: TextSize::Larger,
            ..want
        }
    );
    let again = app_with_store(play_options(Mode::Together), Some(store));
    assert_eq!(again.world().resource::<Look>().settings, saved);
    let _ = std::fs::remove_dir_all(&root);
}

fn until_choosing(app: &mut App) {
    for _ in 0..50 {
        if phase(app) == Some(Phase::Choosing) {
            return;
        }
        app.update();
    }
    panic!("never reached choosing");
}

#[test]
fn calm_motion_turns_both_cards_in_one_frame_without_turning() {
    let (store, _dir) = temp_store("calm");
    let root = store.root().to_path_buf();
    Settings {
        motion: Motion::Calm,
        ..Settings::default()
    }
    .save(&root)
    .expect("save");
    let mut app = app_with_store(play_options(Mode::Together), Some(store));
    assert!(app.world().resource::<Look>().calm());
    until_choosing(&mut app);
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Digit9);
    // Through the 3-2-1 frame by frame: no face before the turn, then both in the same frame,
    // and no card is ever squeezed or lifted.
    let mut frames = 0;
    loop {
        let faces = {
            let world = app.world_mut();
            world.query::<&RatingFace>().iter(world).count()
        };
        let scales: Vec<Vec3> = {
            let world = app.world_mut();
            world
                .query_filtered::<&Transform, With<werkalliantiespel::game::screens::play::table::RatingCard>>()
                .iter(world)
                .map(|t| t.scale)
                .collect()
        };
        assert!(
            scales.iter().all(|s| *s == Vec3::ONE),
            "calm: no turning, got {scales:?}"
        );
        assert!(faces == 0 || faces == 2, "both faces together, got {faces}");
        if faces == 2 {
            break;
        }
        frames += 1;
        assert!(frames < 200, "the cards never turned");
        app.update();
    }
    let _ = std::fs::remove_dir_all(&root);
}

/// The table's sentences (the two versions of the card on the table), each `Some` when a
/// `Text2d` on the table shows it.
fn sentences_shown(app: &mut App) -> (bool, bool) {
    use werkalliantiespel::deck::Perspective;
    let view = app.world().resource::<Conversation>().session().view();
    let selection = app
        .world()
        .resource::<Conversation>()
        .session()
        .selection()
        .clone();
    let lib = &app.world().resource::<werkalliantiespel::game::Cards>().0;
    let field = lib.field(&selection.field).expect("field");
    let card = lib.card(&view.card_id).expect("card");
    let client = card.text(Perspective::Client, selection.wording, field);
    let pro = card.text(Perspective::Professional, selection.wording, field);
    let (texts, _) = crate::game::headless::table_texts(app);
    (texts.contains(&client), texts.contains(&pro))
}

#[test]
fn with_the_largest_text_the_table_shows_one_sentence_while_the_tray_is_open() {
    let (store, _dir) = temp_store("rows");
    let root = store.root().to_path_buf();
    Settings {
        text_size: TextSize::Largest,
        ..Settings::default()
    }
    .save(&root)
    .expect("save");
    let mut app = app_with_store(play_options(Mode::TakeTurns), Some(store));
    assert_eq!(
        crate::game::headless::screen(&app),
        werkalliantiespel::game::Screen::Play
    );
    // In turn: the chooser's sentence alone (it gets the card's room).
    for _ in 0..50 {
        if phase(&app) == Some(Phase::Cover) {
            break;
        }
        app.update();
    }
    assert_eq!(
        sentences_shown(&mut app),
        (true, false),
        "the client's turn"
    );
    press(&mut app, KeyCode::Enter);
    until_choosing(&mut app);
    press(&mut app, KeyCode::Digit4);
    for _ in 0..10 {
        app.update();
    }
    assert_eq!(
        sentences_shown(&mut app),
        (false, true),
        "the professional's turn"
    );
    press(&mut app, KeyCode::Space);
    until_choosing(&mut app);
    press(&mut app, KeyCode::Digit2);
    // While the cards turn the tray is small: both sentences.
    let mut seen_both = false;
    for _ in 0..200 {
        app.update();
        if phase(&app) == Some(Phase::Flipping) && sentences_shown(&mut app) == (true, true) {
            seen_both = true;
        }
        if phase(&app) == Some(Phase::Discuss) {
            break;
        }
    }
    assert!(seen_both, "both sentences while the cards turn");
    app.update();
    // The talk: the client's sentence, the one the talk is about.
    assert_eq!(sentences_shown(&mut app), (true, false), "the talk");

    let _ = std::fs::remove_dir_all(&root);

    // Up to 160 % both sentences stay on the card in every phase.
    let (store, _dir) = temp_store("columns");
    let root = store.root().to_path_buf();
    Settings {
        text_size: TextSize::Large,
        ..Settings::default()
    }
    .save(&root)
    .expect("save");
    let mut app = app_with_store(play_options(Mode::TakeTurns), Some(store));
    for _ in 0..50 {
        if phase(&app) == Some(Phase::Cover) {
            break;
        }
        app.update();
    }
    assert_eq!(sentences_shown(&mut app), (true, true), "150 %");
    let _ = std::fs::remove_dir_all(&root);
}

/// The first-time explanation: at the first conversation on a computer with a data folder,
/// once; never when the command line set up the game.
#[test]
fn the_first_time_explanation_shows_once_per_computer() {
    use werkalliantiespel::game::screens::help::{FirstTime, shows_first_time};
    use werkalliantiespel::game::{HelpOpen, Screen};

    assert!(shows_first_time(true, true, false));
    assert!(!shows_first_time(true, true, true), "seen before");
    assert!(
        !shows_first_time(true, false, false),
        "no data folder to remember it"
    );
    assert!(
        !shows_first_time(false, true, false),
        "set up by the command line"
    );

    let (store, _dir) = temp_store("first-time");
    let root = store.root().to_path_buf();
    let to_play = |app: &mut App| {
        press(app, KeyCode::Enter);
        assert_eq!(crate::game::headless::screen(app), Screen::Themes);
        press(app, KeyCode::Enter);
        assert_eq!(crate::game::headless::screen(app), Screen::Play);
    };
    let mut app = app_with_store(Options::default(), Some(store.clone()));
    to_play(&mut app);
    assert!(
        app.world().resource::<HelpOpen>().0,
        "the explanation is open"
    );
    assert!(app.world().resource::<FirstTime>().showing);
    assert!(
        Settings::load(&root).expect("saved").intro_seen,
        "remembered at once"
    );
    press(&mut app, KeyCode::Enter);
    assert!(!app.world().resource::<HelpOpen>().0, "Enter: Begrijp ik");
    assert!(!app.world().resource::<FirstTime>().showing);
    drop(app);
    // The next start on this computer goes straight to the cards.
    let mut again = app_with_store(Options::default(), Some(store));
    to_play(&mut again);
    assert!(
        !again.world().resource::<HelpOpen>().0,
        "shown once, not again"
    );
    // Started with --seed (a test, a demonstration): never.
    let (store, _dir2) = temp_store("first-time-cli");
    let mut cli = app_with_store(play_options(Mode::Together), Some(store));
    until_choosing(&mut cli);
    assert!(!cli.world().resource::<HelpOpen>().0);
    // Straight to the cards by --mode and --decks, without --seed: a first pair still sees it.
    let (store, _dir3) = temp_store("first-time-decks");
    let decks = Options {
        seed: None,
        ..play_options(Mode::Together)
    };
    let mut straight = app_with_store(decks, Some(store));
    for _ in 0..5 {
        straight.update();
    }
    assert!(
        straight.world().resource::<HelpOpen>().0,
        "the explanation over the first card"
    );
}
