//! Whole sessions through the keys: in turns, together, skipping and stopping, no theme.

use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::{Conversation, Phase, Screen, Setup};
use werkalliantiespel::session::{CardState, Choice, Mode, Player};

use super::*;

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
    let total = app
        .world()
        .resource::<Conversation>()
        .session()
        .deal()
        .len();
    assert_eq!(total, 9, "short version: 2 + 3 (Vertrouwen) + 2 + 2 cards");
    for n in 0..total {
        assert_eq!(phase(&app), Some(Phase::Cover), "card {n}");
        assert_nothing_revealed(&mut app, "cover");
        let first = app
            .world()
            .resource::<Conversation>()
            .session()
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
            app.world().resource::<Conversation>().session().view().turn,
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
            press_alt(&mut app, KeyCode::KeyM);
            assert!(
                app.world()
                    .resource::<Conversation>()
                    .session()
                    .view()
                    .marked
            );
            press_alt(&mut app, KeyCode::KeyR);
            assert_eq!(
                phase(&app),
                Some(Phase::Cover),
                "re-rate starts a new round"
            );
            assert_nothing_revealed(&mut app, "re-rate");
            // The new round: the one on turn chooses, then the other, each behind the cover.
            press(&mut app, KeyCode::Enter);
            let turn = |app: &App| app.world().resource::<Conversation>().session().view().turn;
            let t = turn(&app).expect("turn");
            press(&mut app, digit(4));
            assert_eq!(phase(&app), Some(Phase::Cover), "hand over after {t:?}");
            let other = turn(&app).expect("the other's turn");
            assert_ne!(other, t, "the other player is on turn");
            press(&mut app, KeyCode::Enter);
            press(&mut app, digit(4));
            assert_eq!(turn(&app), None, "both chose");
            run_flip(&mut app, (Choice::Score(4), Choice::Score(4)));
        }
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary);
    let record = app.world().resource::<Conversation>().session().record();
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
    let total = app
        .world()
        .resource::<Conversation>()
        .session()
        .deal()
        .len();
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
        let view = app.world().resource::<Conversation>().session().view();
        assert!(matches!(view.phase, CardState::Revealed { .. }));
        // after the reveal, rating keys change nothing
        press(&mut app, KeyCode::Digit5);
        assert_eq!(
            app.world()
                .resource::<Conversation>()
                .session()
                .view()
                .phase,
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
    let first = app
        .world()
        .resource::<Conversation>()
        .session()
        .view()
        .card_id;
    press(&mut app, KeyCode::KeyS);
    assert_ne!(
        app.world()
            .resource::<Conversation>()
            .session()
            .view()
            .card_id,
        first
    );
    press(&mut app, KeyCode::Digit2);
    // no skipping once someone chose
    press(&mut app, KeyCode::KeyS);
    assert_eq!(
        app.world()
            .resource::<Conversation>()
            .session()
            .view()
            .position,
        2
    );
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Play, "Esc asks first");
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    let record = app.world().resource::<Conversation>().session().record();
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
    let notices = app.world().resource::<werkalliantiespel::game::Notices>();
    assert_eq!(
        notices.get(werkalliantiespel::game::Source::Answer),
        Some("Kies minstens één thema.")
    );
}
