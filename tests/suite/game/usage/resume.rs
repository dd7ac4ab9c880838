//! Resuming after a crash in every phase.

use super::*;

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
    let dir = crate::tempdir(&format!("resume-{at:?}"));
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
                press_alt(&mut app, KeyCode::KeyR);
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
    let record = app.world().resource::<Conversation>().session().record();
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
