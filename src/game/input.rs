//! The keyboard contract: keys become [`Action`]s. The same actions come from buttons and cards.

use bevy::prelude::*;

use super::{Action, GameSet, HelpOpen, KeyboardCaptured, Phase, Screen, Setup, Table};
use crate::session::{Mode, Player};

pub fn plugin(app: &mut App) {
    app.add_systems(Update, keys_to_actions.in_set(GameSet::Input));
}

/// The digit a key stands for (top row or number pad).
fn digit(key: KeyCode) -> Option<u8> {
    Some(match key {
        KeyCode::Digit0 | KeyCode::Numpad0 => 0,
        KeyCode::Digit1 | KeyCode::Numpad1 => 1,
        KeyCode::Digit2 | KeyCode::Numpad2 => 2,
        KeyCode::Digit3 | KeyCode::Numpad3 => 3,
        KeyCode::Digit4 | KeyCode::Numpad4 => 4,
        KeyCode::Digit5 | KeyCode::Numpad5 => 5,
        KeyCode::Digit6 | KeyCode::Numpad6 => 6,
        KeyCode::Digit7 | KeyCode::Numpad7 => 7,
        KeyCode::Digit8 | KeyCode::Numpad8 => 8,
        KeyCode::Digit9 | KeyCode::Numpad9 => 9,
        _ => return None,
    })
}

fn is_enter(key: KeyCode) -> bool {
    matches!(key, KeyCode::Enter | KeyCode::NumpadEnter)
}

/// Maps one key press to an action, given where the game is.
pub fn action_for(
    key: KeyCode,
    screen: Screen,
    phase: Option<Phase>,
    mode: Mode,
    turn: Option<Player>,
) -> Option<Action> {
    if key == KeyCode::F1 {
        return Some(Action::ToggleHelp);
    }
    match screen {
        Screen::Start => match key {
            k if is_enter(k) => Some(Action::Continue),
            KeyCode::KeyE => Some(Action::OpenHistory),
            _ => None,
        },
        Screen::Themes => match key {
            k if is_enter(k) => Some(Action::Continue),
            KeyCode::KeyK => Some(Action::ToggleShort),
            KeyCode::KeyA => Some(Action::AllDecks),
            KeyCode::Escape => Some(Action::Back),
            k => match digit(k) {
                Some(d @ 1..=9) => Some(Action::ToggleDeck(usize::from(d) - 1)),
                _ => None,
            },
        },
        Screen::Play => {
            if key == KeyCode::Escape {
                return Some(Action::Stop);
            }
            match phase? {
                Phase::Dealing | Phase::Flipping => None,
                Phase::Cover => match key {
                    k if is_enter(k) || k == KeyCode::Space => Some(Action::ConfirmCover),
                    KeyCode::KeyS => Some(Action::Skip),
                    _ => None,
                },
                Phase::Choosing | Phase::Countdown => {
                    if phase == Some(Phase::Choosing) && key == KeyCode::KeyS {
                        return Some(Action::Skip);
                    }
                    match mode {
                        Mode::TakeTurns => {
                            let who = turn?;
                            match key {
                                KeyCode::KeyP => Some(Action::Pass(who)),
                                k => match digit(k) {
                                    Some(d @ 1..=5) => Some(Action::Choose(who, d)),
                                    _ => None,
                                },
                            }
                        }
                        Mode::Together => match key {
                            KeyCode::KeyQ => Some(Action::Pass(Player::Client)),
                            KeyCode::KeyP => Some(Action::Pass(Player::Professional)),
                            k => match digit(k)? {
                                d @ 1..=5 => Some(Action::Choose(Player::Client, d)),
                                0 => Some(Action::Choose(Player::Professional, 5)),
                                d => Some(Action::Choose(Player::Professional, d - 5)),
                            },
                        },
                    }
                }
                Phase::Discuss => match key {
                    k if is_enter(k) => Some(Action::Next),
                    KeyCode::KeyR => Some(Action::Rerate),
                    KeyCode::KeyM => Some(Action::ToggleMark),
                    _ => None,
                },
            }
        }
        Screen::Summary => match key {
            KeyCode::KeyN => Some(Action::NewGame),
            KeyCode::KeyB => Some(Action::Save),
            KeyCode::KeyE => Some(Action::OpenHistory),
            KeyCode::Escape => Some(Action::Back),
            _ => None,
        },
        Screen::History => (key == KeyCode::Escape).then_some(Action::Back),
    }
}

#[allow(clippy::too_many_arguments)]
fn keys_to_actions(
    keys: Res<ButtonInput<KeyCode>>,
    captured: Res<KeyboardCaptured>,
    help: Res<HelpOpen>,
    screen: Res<State<Screen>>,
    phase: Option<Res<State<Phase>>>,
    setup: Res<Setup>,
    table: Option<Res<Table>>,
    resume: Option<Res<super::saving::Resume>>,
    mut out: MessageWriter<Action>,
) {
    if captured.0 {
        return;
    }
    // The "not finished" question on the start screen: Enter goes on with it.
    if *screen.get() == Screen::Start && resume.is_some_and(|r| r.0.is_some()) {
        for key in keys.get_just_pressed() {
            if matches!(key, KeyCode::Enter | KeyCode::NumpadEnter) {
                out.write(Action::Resume);
            }
        }
        return;
    }
    let turn = table.as_ref().and_then(|t| t.session.view().turn);
    let mode = table
        .as_ref()
        .map_or(setup.mode, |t| t.session.selection().mode);
    for key in keys.get_just_pressed() {
        // With the help open, only F1 and Esc (close) do something.
        if help.0 {
            if matches!(key, KeyCode::F1 | KeyCode::Escape) {
                out.write(Action::ToggleHelp);
            }
            continue;
        }
        if let Some(action) = action_for(
            *key,
            *screen.get(),
            phase.as_ref().map(|p| *p.get()),
            mode,
            turn,
        ) {
            out.write(action);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn together_keys_follow_the_contract() {
        let a = |k| action_for(k, Screen::Play, Some(Phase::Choosing), Mode::Together, None);
        assert_eq!(a(KeyCode::Digit1), Some(Action::Choose(Player::Client, 1)));
        assert_eq!(a(KeyCode::Digit5), Some(Action::Choose(Player::Client, 5)));
        assert_eq!(
            a(KeyCode::Digit6),
            Some(Action::Choose(Player::Professional, 1))
        );
        assert_eq!(
            a(KeyCode::Digit9),
            Some(Action::Choose(Player::Professional, 4))
        );
        assert_eq!(
            a(KeyCode::Digit0),
            Some(Action::Choose(Player::Professional, 5))
        );
        assert_eq!(a(KeyCode::KeyQ), Some(Action::Pass(Player::Client)));
        assert_eq!(a(KeyCode::KeyP), Some(Action::Pass(Player::Professional)));
        assert_eq!(a(KeyCode::Escape), Some(Action::Stop));
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
            Some(Action::Choose(Player::Professional, 3))
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
}
