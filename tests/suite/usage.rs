//! What a user hits: resuming in every phase, `Esc` that asks first, the number pad, fast keys,
//! clicks under the help, one conversation leaving no trace in the next, closing the window.
//! Each test here failed on the game before its fix.

use bevy::input::ButtonState;
use bevy::picking::backend::HitData;
use bevy::picking::events::{Click, Pointer};
use bevy::picking::pointer::{Location, PointerButton, PointerId};
use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::table::{DeckCard, OnlyDeckButton};
use werkalliantiespel::game::{
    AskStop, COUNTDOWN_SECS, Confirm, Forms, HelpOpen, KeyboardCaptured, Phase, Screen, Setup,
    Table,
};
use werkalliantiespel::session::{Choice, Mode, Phase as CardPhase, Seat};
use werkalliantiespel::store::Store;

use crate::headless::{
    app, app_with_store, files_in, key_message, phase, play_card, press, run_flip, screen,
};

fn view(app: &App) -> werkalliantiespel::session::TableView {
    app.world().resource::<Table>().session.view()
}

fn together(decks: &str, seed: u64) -> Options {
    Options {
        seed: Some(seed),
        mode: Some(Mode::Together),
        decks: Some(vec![decks.into()]),
        ..Options::default()
    }
}

fn updates(app: &mut App, n: usize) {
    for _ in 0..n {
        app.update();
    }
}

/// Runs updates until the phase is `want` (at most 200).
fn until(app: &mut App, want: Phase) {
    let mut n = 0;
    while phase(app) != Some(want) {
        app.update();
        n += 1;
        assert!(n < 200, "never reached {want:?} (at {:?})", phase(app));
    }
}

// ---- resume in every phase ----

/// Where the crash happens.
#[derive(Debug, Clone, Copy)]
enum CrashAt {
    Cover,
    Choosing,
    Countdown,
    Flipping,
    Discuss,
    AfterRerate,
}

/// Plays card 1 fully and card 2 up to `at`, "crashes" (the app is dropped without any
/// goodbye), starts again, answers "Verder spelen", and checks where the game is and that it
/// goes on to the end.
fn crash_and_resume(at: CrashAt) {
    let dir = crate::validation::tempdir(&format!("resume-{at:?}"));
    let store = Store::new(&dir);
    let mode = match at {
        CrashAt::Cover => Mode::TakeTurns,
        _ => Mode::Together,
    };
    let options = Options {
        seed: Some(7),
        mode: Some(mode),
        decks: Some(vec!["vertrouwen".into()]),
        ..Options::default()
    };
    let revealed_before;
    {
        let mut app = app_with_store(options.clone(), Some(store.clone()));
        assert_eq!(screen(&app), Screen::Play);
        match mode {
            Mode::Together | Mode::Phones => play_card(&mut app, KeyCode::Digit2, KeyCode::Digit9),
            Mode::TakeTurns => {
                press(&mut app, KeyCode::Enter);
                press(&mut app, KeyCode::Digit2);
                press(&mut app, KeyCode::Enter);
                press(&mut app, KeyCode::Digit4);
                until(&mut app, Phase::Discuss);
            }
        }
        press(&mut app, KeyCode::Enter);
        assert_eq!(view(&app).position, 2);
        match at {
            CrashAt::Cover => assert_eq!(phase(&app), Some(Phase::Cover)),
            CrashAt::Choosing => {
                press(&mut app, KeyCode::Digit3);
                assert_eq!(view(&app).client, Seat::Chosen);
            }
            CrashAt::Countdown => {
                press(&mut app, KeyCode::Digit3);
                press(&mut app, KeyCode::Digit8);
                assert_eq!(phase(&app), Some(Phase::Countdown));
            }
            CrashAt::Flipping => {
                press(&mut app, KeyCode::Digit3);
                press(&mut app, KeyCode::Digit8);
                until(&mut app, Phase::Flipping);
            }
            CrashAt::Discuss => play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8),
            CrashAt::AfterRerate => {
                play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
                press(&mut app, KeyCode::KeyR);
                assert_eq!(phase(&app), Some(Phase::Choosing));
                press(&mut app, KeyCode::Digit1);
            }
        }
        revealed_before = matches!(
            at,
            CrashAt::Flipping | CrashAt::Discuss | CrashAt::AfterRerate
        );
    }
    let mut app = app_with_store(options, Some(store));
    assert_eq!(screen(&app), Screen::Start, "{at:?}: the question first");
    press(&mut app, KeyCode::Enter);
    updates(&mut app, 3);
    assert_eq!(screen(&app), Screen::Play, "{at:?}");
    let v = view(&app);
    assert_eq!(v.position, 2, "{at:?}: on the card where we were");
    if revealed_before {
        // The card was turned over: the talk goes on, both faces up.
        assert_eq!(phase(&app), Some(Phase::Discuss), "{at:?}");
        assert_eq!(
            (v.client, v.professional),
            (
                Seat::Revealed(Choice::Score(3)),
                Seat::Revealed(Choice::Score(3))
            ),
            "{at:?}"
        );
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            view(&app).position,
            3,
            "{at:?}: Enter goes to the next card"
        );
    } else {
        // Hidden choices were never kept: the card starts again.
        let fresh = match mode {
            Mode::TakeTurns => Phase::Cover,
            Mode::Together | Mode::Phones => Phase::Choosing,
        };
        assert_eq!(phase(&app), Some(fresh), "{at:?}");
        assert_eq!((v.client, v.professional), (Seat::Waiting, Seat::Waiting));
    }
    // The game goes on to the end.
    let mut guard = 0;
    while screen(&app) == Screen::Play {
        guard += 1;
        assert!(guard < 20, "{at:?}: stuck at {:?}", phase(&app));
        match mode {
            Mode::Together | Mode::Phones => play_card(&mut app, KeyCode::Digit4, KeyCode::Digit7),
            Mode::TakeTurns => {
                press(&mut app, KeyCode::Enter);
                press(&mut app, KeyCode::Digit4);
                press(&mut app, KeyCode::Enter);
                press(&mut app, KeyCode::Digit2);
                until(&mut app, Phase::Discuss);
            }
        }
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary, "{at:?}");
    let record = app.world().resource::<Table>().session.record();
    assert!(record.finished && !record.ended_early, "{at:?}");
    assert!(record.cards.iter().all(|c| !c.rounds.is_empty()), "{at:?}");
}

#[test]
fn resume_after_a_crash_on_the_cover_screen() {
    crash_and_resume(CrashAt::Cover);
}

#[test]
fn resume_after_a_crash_while_choosing() {
    crash_and_resume(CrashAt::Choosing);
}

#[test]
fn resume_after_a_crash_in_the_countdown() {
    crash_and_resume(CrashAt::Countdown);
}

#[test]
fn resume_after_a_crash_during_the_flip() {
    crash_and_resume(CrashAt::Flipping);
}

#[test]
fn resume_after_a_crash_in_the_talk() {
    crash_and_resume(CrashAt::Discuss);
}

#[test]
fn resume_after_a_crash_after_choosing_again() {
    crash_and_resume(CrashAt::AfterRerate);
}

// ---- Esc asks first ----

#[test]
fn esc_asks_first_and_the_countdown_waits_for_the_answer() {
    let mut app = app(together("vertrouwen", 7));
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Digit9);
    assert_eq!(phase(&app), Some(Phase::Countdown));
    press(&mut app, KeyCode::Escape);
    assert!(
        app.world().resource::<AskStop>().0,
        "Esc opens the question"
    );
    assert_eq!(screen(&app), Screen::Play);
    let left = app.world().resource::<Table>().countdown;
    updates(&mut app, 100);
    assert_eq!(phase(&app), Some(Phase::Countdown), "the 3-2-1 waits");
    assert_eq!(app.world().resource::<Table>().countdown, left);
    // Rating keys do nothing under the question.
    press(&mut app, KeyCode::Digit5);
    // Enter is the safe default: play on, with both hidden choices.
    press(&mut app, KeyCode::Enter);
    assert!(!app.world().resource::<AskStop>().0);
    run_flip(&mut app, (Choice::Score(2), Choice::Score(4)));
    // Esc again, then J: stop.
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<AskStop>().0, "Esc answers no too");
    assert_eq!(screen(&app), Screen::Play);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    assert!(!app.world().resource::<AskStop>().0);
    let session = &app.world().resource::<Table>().session;
    assert!(session.record().ended_early);
    assert!(session.can_reopen());
}

#[test]
fn after_stopping_the_summary_offers_to_play_on() {
    let mut app = app(together("binding", 4));
    play_card(&mut app, KeyCode::Digit1, KeyCode::Digit6);
    press(&mut app, KeyCode::Enter);
    // Card 2: the client chose, then stop. The hidden choice is dropped.
    press(&mut app, KeyCode::Digit3);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    press(&mut app, KeyCode::KeyV);
    updates(&mut app, 3);
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(phase(&app), Some(Phase::Choosing));
    let v = view(&app);
    assert_eq!((v.position, v.client), (2, Seat::Waiting));
    // Stop in the talk of card 2: playing on comes back to that talk.
    play_card(&mut app, KeyCode::Digit4, KeyCode::Digit9);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    press(&mut app, KeyCode::KeyV);
    updates(&mut app, 3);
    assert_eq!(phase(&app), Some(Phase::Discuss));
    assert_eq!(view(&app).position, 2);
    for _ in 2..4 {
        press(&mut app, KeyCode::Enter);
        play_card(&mut app, KeyCode::Digit2, KeyCode::Digit7);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Summary);
    let session = &app.world().resource::<Table>().session;
    assert!(!session.can_reopen(), "all cards were played");
    assert!(!session.record().ended_early);
    // V on a finished summary does nothing.
    press(&mut app, KeyCode::KeyV);
    updates(&mut app, 2);
    assert_eq!(screen(&app), Screen::Summary);
}

#[test]
fn esc_in_the_note_field_only_leaves_the_field() {
    let mut app = app(together("vertrouwen", 3));
    play_card(&mut app, KeyCode::Digit2, KeyCode::Digit9);
    // The note field has the keyboard (egui says so through this resource).
    app.world_mut().resource_mut::<KeyboardCaptured>().0 = true;
    for key in [
        KeyCode::KeyR,
        KeyCode::Digit3,
        KeyCode::KeyM,
        KeyCode::Escape,
    ] {
        press(&mut app, key);
    }
    assert_eq!(phase(&app), Some(Phase::Discuss), "typing is not playing");
    assert_eq!(view(&app).round, 1, "r did not start a new round");
    assert!(!view(&app).marked);
    assert!(!app.world().resource::<AskStop>().0);
    // The field gave the keyboard back: now Esc asks.
    app.world_mut().resource_mut::<KeyboardCaptured>().0 = false;
    press(&mut app, KeyCode::Escape);
    assert!(app.world().resource::<AskStop>().0);
    assert_eq!(screen(&app), Screen::Play);
}

// ---- keys ----

#[test]
fn the_number_pad_is_the_professionals_in_together() {
    let mut app = app(together("vertrouwen", 3));
    press(&mut app, KeyCode::Numpad2);
    let v = view(&app);
    assert_eq!(
        (v.client, v.professional),
        (Seat::Waiting, Seat::Chosen),
        "the number pad never sets the client's hidden choice"
    );
    press(&mut app, KeyCode::Digit4);
    run_flip(&mut app, (Choice::Score(4), Choice::Score(2)));
}

/// Writes key presses and releases in one frame, as a fast typist or a pasted text does.
fn keys_in_one_frame(app: &mut App, keys: &[KeyCode]) {
    for &k in keys {
        app.world_mut()
            .write_message(key_message(k, ButtonState::Pressed));
        app.world_mut()
            .write_message(key_message(k, ButtonState::Released));
    }
    updates(app, 12);
}

#[test]
fn fast_keys_in_one_frame_are_all_read_in_order() {
    let mut app = app(Options {
        seed: Some(1),
        ..Options::default()
    });
    // Enter twice in one frame: start screen, themes, play.
    keys_in_one_frame(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(screen(&app), Screen::Play);
    // The cover screen, then a choice, right after each other.
    until(&mut app, Phase::Cover);
    keys_in_one_frame(&mut app, &[KeyCode::Enter, KeyCode::Digit4]);
    assert_eq!(view(&app).phase, CardPhase::Choosing);
    assert_eq!(
        phase(&app),
        Some(Phase::Cover),
        "handed over after the choice"
    );
    let chosen = [view(&app).client, view(&app).professional];
    assert!(chosen.contains(&Seat::Chosen), "{chosen:?}");
}

#[test]
fn themes_keys_in_one_frame_toggle_then_start() {
    let mut app = app(Options {
        seed: Some(1),
        ..Options::default()
    });
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    keys_in_one_frame(
        &mut app,
        &[KeyCode::Digit1, KeyCode::Digit2, KeyCode::Enter],
    );
    assert_eq!(screen(&app), Screen::Play);
    let decks = &app
        .world()
        .resource::<Table>()
        .session
        .selection()
        .kenmerken;
    assert_eq!(decks, &["binding", "stroefheid"]);
}

// ---- timers ----

#[test]
fn the_countdown_takes_its_time() {
    assert!(COUNTDOWN_SECS >= 1.5, "3-2-1 needs time to look");
    let mut app = app(together("vertrouwen", 3));
    press(&mut app, KeyCode::Digit2);
    // Time is 50 ms a frame here; the 3-2-1 starts with the second choice.
    app.world_mut()
        .write_message(key_message(KeyCode::Digit9, ButtonState::Pressed));
    let mut frames = 0;
    loop {
        app.update();
        if phase(&app) == Some(Phase::Countdown) {
            break;
        }
        frames += 1;
        assert!(frames < 5);
    }
    // Count the frames until the cards are turned over.
    let mut counted = 0;
    while view(&app).client == Seat::Chosen {
        assert_eq!(phase(&app), Some(Phase::Countdown));
        app.update();
        counted += 1;
        assert!(counted < 500);
    }
    assert!(matches!(view(&app).phase, CardPhase::Revealed { .. }));
    let seconds = counted as f32 * 0.05;
    assert!(
        seconds >= 1.5,
        "the 3-2-1 took {seconds} s of game time; it must take at least 1.5 s"
    );
}

#[test]
fn help_pauses_the_countdown_and_the_flip() {
    let mut app = app(together("vertrouwen", 3));
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Digit9);
    press(&mut app, KeyCode::F1);
    assert!(app.world().resource::<HelpOpen>().0);
    updates(&mut app, 120);
    assert_eq!(phase(&app), Some(Phase::Countdown), "waits under the help");
    press(&mut app, KeyCode::F1);
    until(&mut app, Phase::Flipping);
    press(&mut app, KeyCode::F1);
    updates(&mut app, 60);
    assert_eq!(phase(&app), Some(Phase::Flipping), "the flip waits too");
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<HelpOpen>().0, "Esc closes the help");
    assert!(
        !app.world().resource::<AskStop>().0,
        "and does not ask to stop"
    );
    until(&mut app, Phase::Discuss);
}

// ---- clicks ----

fn click(app: &mut App, target: Entity) {
    let location = Location {
        target: bevy::camera::NormalizedRenderTarget::None {
            width: 1366,
            height: 768,
        },
        position: Vec2::ZERO,
    };
    let hit = HitData::new(Entity::PLACEHOLDER, 0.0, None, None);
    let event = Pointer::new_without_propagate(
        PointerId::Mouse,
        location,
        Click {
            button: PointerButton::Primary,
            hit,
            duration: std::time::Duration::from_millis(80),
            count: 1,
        },
        target,
    );
    app.world_mut().trigger(event);
    updates(app, 2);
}

fn deck_target<C: Component>(app: &mut App, index: impl Fn(&C) -> usize, i: usize) -> Entity {
    let world = app.world_mut();
    let mut q = world.query::<(Entity, &C)>();
    let found: Vec<Entity> = q
        .iter(world)
        .filter(|(_, c)| index(c) == i)
        .map(|(e, _)| e)
        .collect();
    assert_eq!(found.len(), 1, "one click target for deck {i}");
    found[0]
}

#[test]
fn clicks_on_the_theme_decks_and_not_through_the_help() {
    let mut app = app(Options::default());
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    let decks = |app: &App| app.world().resource::<Setup>().decks.clone();
    assert_eq!(decks(&app).len(), 4);
    let second = deck_target::<DeckCard>(&mut app, |d| d.0, 1);
    click(&mut app, second);
    assert_eq!(
        decks(&app),
        ["richting", "binding", "stroefheid"],
        "a click on Vertrouwen takes it out"
    );
    let third = deck_target::<OnlyDeckButton>(&mut app, |d| d.0, 2);
    click(&mut app, third);
    assert_eq!(decks(&app), ["binding"], "Alleen dit thema");
    // Under the help, a click on a deck does nothing.
    press(&mut app, KeyCode::F1);
    let first = deck_target::<DeckCard>(&mut app, |d| d.0, 0);
    click(&mut app, first);
    assert_eq!(decks(&app), ["binding"], "the click went through the help");
    press(&mut app, KeyCode::F1);
    let first = deck_target::<DeckCard>(&mut app, |d| d.0, 0);
    click(&mut app, first);
    assert_eq!(decks(&app), ["richting", "binding"]);
}

// ---- one conversation leaves no trace in the next ----

#[test]
fn a_second_conversation_starts_with_no_trace_of_the_first() {
    let dir = crate::validation::tempdir("no-trace");
    let store = Store::new(&dir);
    let mut app = app_with_store(
        Options {
            seed: Some(9),
            mode: Some(Mode::Together),
            label: Some("K-1".into()),
            ..Options::default()
        },
        Some(store.clone()),
    );
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    let first_card = view(&app).card_id;
    play_card(&mut app, KeyCode::Digit2, KeyCode::Digit9);
    // A note on the card, typed as the screen does: the draft, then the action.
    {
        let mut table = app.world_mut().resource_mut::<Table>();
        let card = table.session.view().card_id;
        table
            .note_draft
            .for_card(&card, "")
            .push_str("afspraken van K-1");
    }
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::SetNote(
            "afspraken van K-1".into(),
        ));
    updates(&mut app, 2);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    app.world_mut().resource_mut::<Forms>().summary_export = Some("/tmp/K-1.csv".into());
    press(&mut app, KeyCode::KeyN);
    assert_eq!(screen(&app), Screen::Start);
    assert!(app.world().get_resource::<Table>().is_none());
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
    // The same seed deals the same first card: its note field must be empty.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).card_id, first_card);
    assert_eq!(view(&app).note, "");
    {
        let mut table = app.world_mut().resource_mut::<Table>();
        let card = table.session.view().card_id;
        assert_eq!(table.note_draft.for_card(&card, ""), "");
    }
    play_card(&mut app, KeyCode::Digit1, KeyCode::Digit6);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    assert_eq!(
        app.world().resource::<Forms>().summary_export,
        None,
        "the export path of the first conversation is not offered again"
    );
    assert_eq!(app.world().resource::<Setup>().label, "");
}

#[test]
fn the_history_from_an_unsaved_summary_comes_back_to_it() {
    let dir = crate::validation::tempdir("history-back");
    let store = Store::new(&dir);
    let mut app = app_with_store(together("binding", 2), Some(store.clone()));
    play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    let record = app.world().resource::<Table>().session.record();
    press(&mut app, KeyCode::KeyE);
    assert_eq!(screen(&app), Screen::History);
    assert!(store.progress_path().exists(), "nothing is thrown away");
    // A delete armed here is disarmed when the screen is left.
    app.world_mut().resource_mut::<Forms>().confirm = Confirm::DeleteAll;
    press(&mut app, KeyCode::Escape);
    assert_eq!(
        screen(&app),
        Screen::Summary,
        "Terug goes back to the summary"
    );
    assert_eq!(app.world().resource::<Forms>().confirm, Confirm::Nothing);
    assert_eq!(app.world().resource::<Table>().session.record(), record);
    // It can still be saved.
    press(&mut app, KeyCode::KeyB);
    assert_eq!(store.list().sessions.len(), 1);
    assert!(!store.progress_path().exists());
}

#[test]
fn new_game_on_an_old_summary_does_not_switch_to_the_live_one() {
    let dir = crate::validation::tempdir("old-summary");
    let store = Store::new(&dir);
    let mut app = app_with_store(together("binding", 2), Some(store.clone()));
    play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    press(&mut app, KeyCode::KeyB);
    press(&mut app, KeyCode::KeyE);
    let id = store.list().sessions[0].id.clone();
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::ViewSaved(id));
    updates(&mut app, 2);
    assert_eq!(screen(&app), Screen::Summary);
    // N is not a key of an old summary; it must not go anywhere.
    for _ in 0..3 {
        press(&mut app, KeyCode::KeyN);
    }
    assert_eq!(screen(&app), Screen::Summary);
    assert!(matches!(
        *app.world()
            .resource::<werkalliantiespel::game::saving::Viewing>(),
        werkalliantiespel::game::saving::Viewing::Saved(_)
    ));
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::History);
}

#[test]
fn closing_the_window_on_the_summary_leaves_no_file() {
    let dir = crate::validation::tempdir("close-window");
    let store = Store::new(&dir);
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        bevy::state::app::StatesPlugin,
        bevy::input::InputPlugin,
        bevy::window::WindowPlugin::default(),
    ))
    .insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
        std::time::Duration::from_millis(50),
    ))
    .add_plugins(werkalliantiespel::game::LogicPlugin {
        library: crate::shipped(),
        options: together("binding", 2),
        problems: Vec::new(),
        store: Some(store.clone()),
        languages: std::sync::Arc::new(werkalliantiespel::lang::Languages::built_in()),
    });
    updates(&mut app, 2);
    play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    assert!(store.progress_path().exists());
    let window = {
        let world = app.world_mut();
        let mut q = world.query_filtered::<Entity, With<bevy::window::PrimaryWindow>>();
        q.single(world).expect("a primary window")
    };
    app.world_mut()
        .write_message(bevy::window::WindowCloseRequested { window });
    // Bevy marks the window as closing, despawns it in the next frame, and then exits.
    let mut frames = 0;
    while app.should_exit().is_none() {
        app.update();
        frames += 1;
        assert!(frames < 5, "closing the window ends the app");
    }
    assert!(
        files_in(&dir).is_empty(),
        "left behind: {:?}",
        files_in(&dir)
    );
}
