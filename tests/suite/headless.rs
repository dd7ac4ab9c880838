//! The game without a window: MinimalPlugins, StatesPlugin, InputPlugin and the game's logic,
//! driven by real key messages.

use std::time::Duration;

use bevy::input::ButtonState;
use bevy::input::InputPlugin;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::table::RatingFace;
use werkalliantiespel::game::{LogicPlugin, Phase, Screen, Setup, Table};
use werkalliantiespel::session::{Choice, Mode, Phase as CardPhase, Player};
use werkalliantiespel::store::Store;

use crate::shipped;

pub(crate) fn app(options: Options) -> App {
    app_with_store(options, None)
}

pub(crate) fn app_with_store(options: Options, store: Option<Store>) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, InputPlugin))
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
            50,
        )))
        .add_plugins(LogicPlugin {
            library: shipped(),
            options,
            problems: Vec::new(),
            store,
            languages: std::sync::Arc::new(werkalliantiespel::lang::Languages::built_in()),
        });
    app.update();
    app.update();
    app
}

pub(crate) fn key_message(key: KeyCode, state: ButtonState) -> KeyboardInput {
    KeyboardInput {
        key_code: key,
        logical_key: Key::Unidentified(bevy::input::keyboard::NativeKey::Unidentified),
        state,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    }
}

/// Presses and releases a key, one update each, like a person would, and lets the frame that a
/// state change asks for run.
pub(crate) fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .write_message(key_message(key, ButtonState::Pressed));
    app.update();
    app.world_mut()
        .write_message(key_message(key, ButtonState::Released));
    app.update();
    app.update();
}

pub(crate) fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub(crate) fn phase(app: &App) -> Option<Phase> {
    app.world().get_resource::<State<Phase>>().map(|p| *p.get())
}

/// Every word of the scale, in B1 and in the monitor's words.
const LABELS: [&str; 11] = [
    "Klopt helemaal niet",
    "Klopt niet echt",
    "Soms wel, soms niet",
    "Klopt een beetje",
    "Klopt helemaal",
    "Helemaal mee oneens",
    "Beetje oneens",
    "Niet eens, niet oneens",
    "Beetje eens",
    "Helemaal mee eens",
    "Sla ik over",
];

/// Every text on the table, and the revealed faces.
pub(crate) fn table_texts(app: &mut App) -> (Vec<String>, Vec<RatingFace>) {
    let world = app.world_mut();
    let texts = world
        .query::<&Text2d>()
        .iter(world)
        .map(|t| t.0.clone())
        .collect();
    let faces = world.query::<&RatingFace>().iter(world).cloned().collect();
    (texts, faces)
}

/// Before the flip: no face entity and no text that holds a rating word or pictogram.
pub(crate) fn assert_nothing_revealed(app: &mut App, context: &str) {
    let (texts, faces) = table_texts(app);
    assert!(
        faces.is_empty(),
        "{context}: a face exists before the flip: {faces:?}"
    );
    for t in &texts {
        for label in LABELS {
            assert!(
                !t.contains(label),
                "{context}: text {t:?} shows {label:?} before the flip"
            );
        }
        assert!(
            !t.contains('👍') && !t.contains('👎') && !t.contains('✋'),
            "{context}: pictogram in {t:?}"
        );
    }
}

/// Runs updates until the flip is over, checking that both faces appear in the same update.
pub(crate) fn run_flip(app: &mut App, expect: (Choice, Choice)) {
    let mut updates = 0;
    while phase(app) != Some(Phase::Discuss) {
        app.update();
        updates += 1;
        assert!(
            updates < 200,
            "the flip never ended (phase {:?})",
            phase(app)
        );
        let (_, faces) = table_texts(app);
        assert!(
            faces.is_empty() || faces.len() == 2,
            "faces turn over together, got {faces:?}"
        );
        if faces.is_empty() {
            assert_nothing_revealed(app, "during the 3-2-1");
        }
    }
    let (_, mut faces) = table_texts(app);
    faces.sort_by_key(|f| f.player == Player::Professional);
    assert_eq!(faces.len(), 2);
    assert_eq!(
        (faces[0].player, faces[0].choice),
        (Player::Client, expect.0)
    );
    assert_eq!(
        (faces[1].player, faces[1].choice),
        (Player::Professional, expect.1)
    );
}

pub(crate) fn digit(n: u8) -> KeyCode {
    [
        KeyCode::Digit0,
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ][usize::from(n % 10)]
}

#[test]
fn a_whole_session_in_turns_from_the_start_screen() {
    let mut app = app(Options {
        seed: Some(11),
        ..Options::default()
    });
    assert_eq!(screen(&app), Screen::Start);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    // Themes: 1-4 toggle decks in the order shown; K short; A all.
    press(&mut app, KeyCode::Digit1);
    press(&mut app, KeyCode::Digit3);
    assert_eq!(
        app.world().resource::<Setup>().decks,
        ["vertrouwen", "stroefheid"]
    );
    press(&mut app, KeyCode::KeyA);
    press(&mut app, KeyCode::KeyK);
    assert!(app.world().resource::<Setup>().short);
    assert_eq!(app.world().resource::<Setup>().decks.len(), 4);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    let total = app.world().resource::<Table>().session.deal().len();
    assert_eq!(total, 9, "short version: 2 + 3 (Vertrouwen) + 2 + 2 cards");
    for n in 0..total {
        assert_eq!(phase(&app), Some(Phase::Cover), "card {n}");
        assert_nothing_revealed(&mut app, "cover");
        let first = app
            .world()
            .resource::<Table>()
            .session
            .view()
            .turn
            .expect("turn");
        assert_eq!(
            first,
            if n % 2 == 0 {
                Player::Client
            } else {
                Player::Professional
            }
        );
        // Digits on a cover screen do nothing.
        press(&mut app, KeyCode::Digit2);
        assert_eq!(
            app.world().resource::<Table>().session.view().turn,
            Some(first)
        );
        press(&mut app, KeyCode::Enter);
        assert_eq!(phase(&app), Some(Phase::Choosing));
        press(&mut app, digit(2));
        assert_eq!(
            phase(&app),
            Some(Phase::Cover),
            "hand over to the other player"
        );
        assert_nothing_revealed(&mut app, "after the first choice");
        press(&mut app, KeyCode::Space);
        if n == 3 {
            press(&mut app, KeyCode::KeyP);
        } else {
            press(&mut app, digit(5));
        }
        assert_eq!(phase(&app), Some(Phase::Countdown));
        let second = if n == 3 {
            Choice::Pass
        } else {
            Choice::Score(5)
        };
        let expect = if first == Player::Client {
            (Choice::Score(2), second)
        } else {
            (second, Choice::Score(2))
        };
        run_flip(&mut app, expect);
        if n == 0 {
            press(&mut app, KeyCode::KeyM);
            assert!(app.world().resource::<Table>().session.view().marked);
            press(&mut app, KeyCode::KeyR);
            assert_eq!(
                phase(&app),
                Some(Phase::Cover),
                "re-rate starts a new round"
            );
            assert_nothing_revealed(&mut app, "re-rate");
            press(&mut app, KeyCode::Enter);
            let t = app
                .world()
                .resource::<Table>()
                .session
                .view()
                .turn
                .expect("turn");
            press(&mut app, digit(4));
            press(&mut app, KeyCode::Enter);
            press(&mut app, digit(4));
            let _ = t;
            run_flip(&mut app, (Choice::Score(4), Choice::Score(4)));
        }
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary);
    let record = app.world().resource::<Table>().session.record();
    assert!(record.finished && !record.ended_early);
    assert_eq!(
        record.cards.iter().filter(|c| !c.rounds.is_empty()).count(),
        9
    );
    assert_eq!(record.cards[0].rounds.len(), 2);
    assert!(record.cards[0].marked);
}

#[test]
fn a_whole_session_together_with_own_keys() {
    let mut app = app(Options {
        seed: Some(5),
        mode: Some(Mode::Together),
        decks: Some(vec!["vertrouwen".into()]),
        ..Options::default()
    });
    // --decks opens on the first card.
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(phase(&app), Some(Phase::Choosing));
    let total = app.world().resource::<Table>().session.deal().len();
    assert_eq!(total, 5);
    for n in 0..total {
        // client 1-5, professional 6-0 (6 = 1 … 0 = 5); a change before the flip counts
        press(&mut app, KeyCode::Digit3);
        assert_nothing_revealed(&mut app, "client chose");
        press(&mut app, KeyCode::Digit1);
        press(&mut app, KeyCode::Digit0);
        assert_eq!(phase(&app), Some(Phase::Countdown));
        if n == 2 {
            // a pass during the 3-2-1 replaces the choice
            press(&mut app, KeyCode::KeyP);
            run_flip(&mut app, (Choice::Score(1), Choice::Pass));
        } else {
            run_flip(&mut app, (Choice::Score(1), Choice::Score(5)));
        }
        let view = app.world().resource::<Table>().session.view();
        assert!(matches!(view.phase, CardPhase::Revealed { .. }));
        // after the reveal, rating keys change nothing
        press(&mut app, KeyCode::Digit5);
        assert_eq!(
            app.world().resource::<Table>().session.view().phase,
            view.phase
        );
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary);
}

#[test]
fn skip_and_stop_early() {
    let mut app = app(Options {
        seed: Some(2),
        mode: Some(Mode::Together),
        short: true,
        ..Options::default()
    });
    assert_eq!(screen(&app), Screen::Play);
    let first = app.world().resource::<Table>().session.view().card_id;
    press(&mut app, KeyCode::KeyS);
    assert_ne!(
        app.world().resource::<Table>().session.view().card_id,
        first
    );
    press(&mut app, KeyCode::Digit2);
    // no skipping once someone chose
    press(&mut app, KeyCode::KeyS);
    assert_eq!(app.world().resource::<Table>().session.view().position, 2);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Play, "Esc asks first");
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    let record = app.world().resource::<Table>().session.record();
    assert!(record.ended_early);
    assert!(record.cards[0].skipped);
    assert!(
        record.cards[1].rounds.is_empty(),
        "the hidden choice is not kept"
    );
}

#[test]
fn an_empty_theme_choice_is_explained() {
    let mut app = app(Options::default());
    press(&mut app, KeyCode::Enter);
    for k in [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
    ] {
        press(&mut app, k);
    }
    assert!(app.world().resource::<Setup>().decks.is_empty());
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    let notice = app
        .world()
        .resource::<werkalliantiespel::game::Notice>()
        .0
        .clone();
    assert_eq!(notice.as_deref(), Some("Kies minstens één thema."));
}

pub(crate) fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_in(&p));
            } else {
                out.push(p.display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// Plays one card in "tegelijk" with keys: client `c`, professional `p` (6-0).
pub(crate) fn play_card(app: &mut App, c: KeyCode, p: KeyCode) {
    press(app, c);
    press(app, p);
    let mut n = 0;
    while phase(app) != Some(Phase::Discuss) && n < 200 {
        app.update();
        n += 1;
    }
}

#[test]
fn autosave_resume_after_a_crash_and_save() {
    let dir = crate::validation::tempdir("headless-save");
    let store = Store::new(&dir);
    let options = Options {
        seed: Some(8),
        mode: Some(Mode::Together),
        decks: Some(vec!["binding".into()]),
        ..Options::default()
    };
    {
        let mut app = app_with_store(options.clone(), Some(store.clone()));
        play_card(&mut app, KeyCode::Digit4, KeyCode::Digit7);
        press(&mut app, KeyCode::KeyM);
        press(&mut app, KeyCode::Enter);
        // a hidden choice on card 2, then the "crash": the app is dropped without any goodbye
        press(&mut app, KeyCode::Digit5);
        let text = std::fs::read_to_string(store.progress_path()).expect("autosaved");
        assert_eq!(
            text.matches("Score(").count(),
            2,
            "only the revealed round is on disk: {text}"
        );
        assert!(text.contains("marked: true"));
    }
    // Start again: the game offers to resume; Enter goes on.
    let mut app = app_with_store(options, Some(store.clone()));
    assert_eq!(
        screen(&app),
        Screen::Start,
        "the question comes before a new game"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    let view = app.world().resource::<Table>().session.view();
    assert_eq!(view.position, 2, "on the card where we were");
    assert_eq!(
        view.client,
        werkalliantiespel::session::Seat::Waiting,
        "the hidden choice was never kept"
    );
    for _ in 1..4 {
        play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary);
    assert!(store.progress_path().exists(), "kept until saved or left");
    press(&mut app, KeyCode::KeyB);
    assert!(!store.progress_path().exists());
    let listing = store.list();
    assert_eq!(listing.sessions.len(), 1);
    assert_eq!(
        listing.sessions[0]
            .record
            .cards
            .iter()
            .filter(|c| !c.rounds.is_empty())
            .count(),
        4
    );
    assert!(listing.sessions[0].record.cards.iter().any(|c| c.marked));
}

#[test]
fn an_unsaved_finished_session_leaves_no_file() {
    let dir = crate::validation::tempdir("headless-nosave");
    let store = Store::new(&dir);
    let options = Options {
        seed: Some(3),
        mode: Some(Mode::Together),
        short: true,
        label: Some("K-3".into()),
        ..Options::default()
    };
    let mut app = app_with_store(options, Some(store.clone()));
    play_card(&mut app, KeyCode::Digit1, KeyCode::Digit0);
    assert!(store.progress_path().exists());
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    press(&mut app, KeyCode::KeyN);
    assert_eq!(screen(&app), Screen::Start);
    assert!(
        files_in(&dir).is_empty(),
        "left behind: {:?}",
        files_in(&dir)
    );
    assert!(
        app.world().resource::<Setup>().label.is_empty(),
        "the code is not carried to the next conversation"
    );
}

/// Random keys on every screen: no panic, no rating shown before the flip, both faces together.
#[test]
fn random_keyboard_input_never_leaks_or_panics() {
    use rand::{RngExt, SeedableRng};
    let keys = [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
        KeyCode::Digit0,
        KeyCode::KeyQ,
        KeyCode::KeyP,
        KeyCode::KeyS,
        KeyCode::KeyR,
        KeyCode::KeyM,
        KeyCode::KeyA,
        KeyCode::KeyK,
        KeyCode::KeyN,
        KeyCode::KeyB,
        KeyCode::KeyE,
        KeyCode::Enter,
        KeyCode::Space,
        KeyCode::Escape,
        KeyCode::F1,
        KeyCode::Numpad3,
        KeyCode::Numpad5,
        KeyCode::KeyJ,
        KeyCode::KeyV,
        KeyCode::Backspace,
    ];
    let mut presses = 0;
    for seed in 0..24u64 {
        let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(seed);
        let mode = if seed % 2 == 0 {
            Mode::TakeTurns
        } else {
            Mode::Together
        };
        let mut app = app(Options {
            seed: Some(seed),
            mode: Some(mode),
            ..Options::default()
        });
        for _ in 0..250 {
            let key = keys[rng.random_range(0..keys.len())];
            // Esc, J and N end the game quickly; make them rare so games get deep.
            if matches!(key, KeyCode::Escape | KeyCode::KeyN | KeyCode::KeyJ)
                && rng.random_range(0..8) != 0
            {
                continue;
            }
            app.world_mut()
                .write_message(key_message(key, ButtonState::Pressed));
            app.update();
            app.world_mut()
                .write_message(key_message(key, ButtonState::Released));
            for _ in 0..rng.random_range(1..8) {
                app.update();
                let (_, faces) = table_texts(&mut app);
                assert!(
                    faces.is_empty() || faces.len() == 2,
                    "seed {seed}: {faces:?}"
                );
                let now = phase(&app);
                if !matches!(now, Some(Phase::Flipping | Phase::Discuss)) {
                    assert_nothing_revealed(&mut app, &format!("seed {seed}, phase {now:?}"));
                }
            }
            presses += 1;
        }
    }
    assert!(presses > 4000, "{presses}");
}
