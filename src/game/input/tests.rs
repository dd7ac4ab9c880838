//! The key contract: which key does what, on which screen, for whom.

use super::*;

fn choose(p: Player, v: u8) -> Action {
    Action::Choose(p, Hidden::new(v).expect("1 to 5"))
}

#[test]
fn together_keys_follow_the_contract() {
    let a = |k| action_for(k, Screen::Play, Some(Phase::Choosing), Mode::Together, None);
    assert_eq!(a(KeyCode::Digit1), Some(choose(Player::Client, 1)));
    assert_eq!(a(KeyCode::Digit5), Some(choose(Player::Client, 5)));
    assert_eq!(a(KeyCode::Digit6), Some(choose(Player::Professional, 1)));
    assert_eq!(a(KeyCode::Digit9), Some(choose(Player::Professional, 4)));
    assert_eq!(a(KeyCode::Digit0), Some(choose(Player::Professional, 5)));
    assert_eq!(a(KeyCode::KeyQ), Some(Action::Pass(Player::Client)));
    assert_eq!(a(KeyCode::KeyP), Some(Action::Pass(Player::Professional)));
    assert_eq!(a(KeyCode::Escape), Some(Action::Stop));
    // The number pad is the professional's: it never sets the client's hidden choice.
    assert_eq!(a(KeyCode::Numpad2), Some(choose(Player::Professional, 2)));
    assert_eq!(a(KeyCode::Numpad5), Some(choose(Player::Professional, 5)));
    assert_eq!(a(KeyCode::Numpad7), None);
    assert_eq!(a(KeyCode::Numpad0), None);
}

#[test]
fn turn_keys_choose_for_whoever_is_on_turn() {
    let a = |k, t| {
        action_for(
            k,
            Screen::Play,
            Some(Phase::Choosing),
            Mode::TakeTurns,
            Some(t),
        )
    };
    assert_eq!(
        a(KeyCode::Digit3, Player::Professional),
        Some(choose(Player::Professional, 3))
    );
    assert_eq!(a(KeyCode::Digit7, Player::Client), None);
    assert_eq!(
        a(KeyCode::KeyP, Player::Client),
        Some(Action::Pass(Player::Client))
    );
    let cover = action_for(
        KeyCode::Space,
        Screen::Play,
        Some(Phase::Cover),
        Mode::TakeTurns,
        None,
    );
    assert_eq!(cover, Some(Action::ConfirmCover));
}

#[test]
fn themes_keys() {
    let a = |k| action_for(k, Screen::Themes, None, Mode::TakeTurns, None);
    assert_eq!(a(KeyCode::Digit1), Some(Action::ToggleDeck(0)));
    assert_eq!(a(KeyCode::Digit4), Some(Action::ToggleDeck(3)));
    assert_eq!(a(KeyCode::KeyK), Some(Action::ToggleShort));
    assert_eq!(a(KeyCode::KeyA), Some(Action::AllDecks));
    assert_eq!(a(KeyCode::Enter), Some(Action::Continue));
}
