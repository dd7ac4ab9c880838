//! "Even pauze" in the game: asked who on the laptop, nothing on the table moves (no choice, no
//! 3-2-1, no "Stoppen?"), only the one who paused goes on, the 3-2-1 starts again from 3, and a
//! crash during the pause resumes into it.

use super::*;
use werkalliantiespel::game::AskPause;
use werkalliantiespel::session::Player;

fn asking(app: &App) -> bool {
    app.world().resource::<AskPause>().0
}

#[test]
fn a_pause_covers_the_table_until_the_one_who_paused_goes_on() {
    let dir = crate::tempdir("pause-game");
    let store = Store::new(&dir);
    let options = together("vertrouwen", 7);
    {
        let mut app = app_with_store(options.clone(), Some(store.clone()));
        press(&mut app, KeyCode::Digit4);
        assert_eq!(view(&app).client, Seat::Chosen);
        // E asks who; Esc closes the question without a pause.
        press(&mut app, KeyCode::KeyE);
        assert!(asking(&app));
        press(&mut app, KeyCode::Escape);
        assert!(!asking(&app));
        assert_eq!(view(&app).paused, None);
        assert!(
            !app.world().resource::<AskStop>().0,
            "Esc closed only the question"
        );
        // E, 1: the client's pause.
        press(&mut app, KeyCode::KeyE);
        press(&mut app, KeyCode::Digit1);
        assert!(!asking(&app));
        assert_eq!(view(&app).paused, Some(Player::Client));
        // Nothing moves: the professional's keys, a skip, "Stoppen?".
        for key in [
            KeyCode::Digit8,
            KeyCode::KeyP,
            KeyCode::KeyS,
            KeyCode::Escape,
        ] {
            press(&mut app, key);
        }
        assert_eq!(view(&app).professional, Seat::Waiting);
        assert!(!app.world().resource::<AskStop>().0);
        assert_eq!(phase(&app), Some(Phase::Choosing));
        // Enter on the laptop goes on for the client (no phone holds the seat).
        press(&mut app, KeyCode::Enter);
        assert_eq!(view(&app).paused, None);
        // Both chose: the 3-2-1; a pause in it stops it.
        press(&mut app, KeyCode::Digit8);
        assert_eq!(phase(&app), Some(Phase::Countdown));
        updates(&mut app, 10);
        press(&mut app, KeyCode::KeyE);
        press(&mut app, KeyCode::Digit2);
        assert_eq!(view(&app).paused, Some(Player::Professional));
        let left = app.world().resource::<Conversation>().countdown;
        assert!(left < COUNTDOWN_SECS, "the 3-2-1 had run: {left}");
        // Far longer than the 3-2-1: still no flip.
        updates(&mut app, 200);
        assert_eq!(phase(&app), Some(Phase::Countdown));
        assert_eq!(app.world().resource::<Conversation>().countdown, left);
        assert_nothing_revealed(&mut app, "during the pause");
        // A crash now.
    }
    let mut app = app_with_store(options, Some(store));
    assert_eq!(screen(&app), Screen::Start, "the question first");
    press(&mut app, KeyCode::Enter);
    updates(&mut app, 3);
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(
        view(&app).paused,
        Some(Player::Professional),
        "back into the pause"
    );
    // Hidden choices were never kept: the card starts again, still covered.
    assert_eq!(phase(&app), Some(Phase::Choosing));
    press(&mut app, KeyCode::Digit3);
    assert_eq!(view(&app).client, Seat::Waiting);
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).paused, None);
    // And on: a 3-2-1 after a pause starts again from 3.
    press(&mut app, KeyCode::Digit3);
    press(&mut app, KeyCode::Digit8);
    updates(&mut app, 10);
    press(&mut app, KeyCode::KeyE);
    press(&mut app, KeyCode::Digit1);
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).paused, None);
    let restarted = app.world().resource::<Conversation>().countdown;
    assert!(
        restarted > COUNTDOWN_SECS - 0.2,
        "the 3-2-1 starts again from 3: {restarted}"
    );
    until(&mut app, Phase::Discuss);
}
