//! The keyboard contract: keys become [`Action`]s. The same actions come from buttons and cards.

use std::collections::VecDeque;

use bevy::ecs::message::{MessageCursor, MessageUpdateSystems};
use bevy::input::keyboard::KeyboardInput;
use bevy::prelude::*;

use bevy_egui::input::egui_wants_any_keyboard_input;

use super::{Action, AskStop, GameSet, HelpOpen, Phase, Screen, Setup, Table};
use crate::session::{Hidden, Mode, Player};

pub fn plugin(app: &mut App) {
    app.init_resource::<KeyQueue>()
        .add_systems(First, meter_keys.after(MessageUpdateSystems))
        // Typing in a text field (code, note, export path) is not playing: bevy_egui says when
        // egui has the keyboard.
        .add_systems(
            Update,
            keys_to_actions
                .run_if(not(egui_wants_any_keyboard_input))
                .in_set(GameSet::Input),
        );
}

/// Key presses that came in faster than the game moves on: they wait here, one is let through
/// per frame.
#[derive(Resource, Default, Debug)]
pub struct KeyQueue {
    waiting: VecDeque<KeyboardInput>,
    cursor: MessageCursor<KeyboardInput>,
}

impl KeyQueue {
    /// True while key presses wait for a later frame (the window then asks for one).
    pub fn is_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }
}

/// Lets at most one key press a frame through to the game and to egui, and none while a screen
/// or phase change is still under way.
///
/// `ButtonInput` keeps one press of a key per frame, and a key is read against the screen the
/// frame starts on: two presses of `Enter` in one frame (a fast typist, or a pasted code and
/// `Enter`) would lose the second, and a key right after "Verder" would land on the old screen.
/// Held back here, every press is read, in order, on the screen it was meant for.
fn meter_keys(
    mut messages: ResMut<Messages<KeyboardInput>>,
    mut queue: ResMut<KeyQueue>,
    screen: Option<Res<NextState<Screen>>>,
    phase: Option<Res<NextState<Phase>>>,
    now: Option<Res<State<Phase>>>,
    mut settling_frames: Local<u32>,
) {
    let KeyQueue { waiting, cursor } = &mut *queue;
    let fresh: Vec<KeyboardInput> = cursor.read(&messages).cloned().collect();
    let presses = |q: &VecDeque<KeyboardInput>| q.iter().filter(|k| k.state.is_pressed()).count();
    let changing = screen.is_some_and(|s| pending(&s))
        || phase.is_some_and(|p| pending(&p))
        || now.is_some_and(|p| *p.get() == Phase::Dealing);
    // A change takes a frame or two; never hold keys longer than that.
    *settling_frames = if changing { *settling_frames + 1 } else { 0 };
    let settling = changing && *settling_frames <= 4;
    let fresh_presses = fresh.iter().filter(|k| k.state.is_pressed()).count();
    // The usual case: nothing waits and at most one new press on a settled game.
    if waiting.is_empty() && (fresh_presses == 0 || (fresh_presses == 1 && !settling)) {
        return;
    }
    waiting.extend(fresh);
    messages.clear();
    if !settling {
        // Everything up to and including the first press goes through now.
        while let Some(k) = waiting.pop_front() {
            let pressed = k.state.is_pressed();
            messages.write(k);
            if pressed {
                break;
            }
        }
    }
    // Releases only (no press waiting) may all go.
    if presses(waiting) == 0 && !settling {
        messages.write_batch(waiting.drain(..));
    }
    // What was written here is not news to this reader.
    cursor.clear(&messages);
}

/// True while a state change waits for the next frame.
pub fn pending<S: bevy::state::state::FreelyMutableState>(next: &NextState<S>) -> bool {
    matches!(next, NextState::Pending(_) | NextState::PendingIfNeq(_))
}

/// The digit a key on the top row stands for.
fn digit(key: KeyCode) -> Option<u8> {
    Some(match key {
        KeyCode::Digit0 => 0,
        KeyCode::Digit1 => 1,
        KeyCode::Digit2 => 2,
        KeyCode::Digit3 => 3,
        KeyCode::Digit4 => 4,
        KeyCode::Digit5 => 5,
        KeyCode::Digit6 => 6,
        KeyCode::Digit7 => 7,
        KeyCode::Digit8 => 8,
        KeyCode::Digit9 => 9,
        _ => None?,
    })
}

/// The digit a key on the number pad stands for.
fn numpad(key: KeyCode) -> Option<u8> {
    Some(match key {
        KeyCode::Numpad0 => 0,
        KeyCode::Numpad1 => 1,
        KeyCode::Numpad2 => 2,
        KeyCode::Numpad3 => 3,
        KeyCode::Numpad4 => 4,
        KeyCode::Numpad5 => 5,
        KeyCode::Numpad6 => 6,
        KeyCode::Numpad7 => 7,
        KeyCode::Numpad8 => 8,
        KeyCode::Numpad9 => 9,
        _ => None?,
    })
}

/// A digit from either the top row or the number pad, where both mean the same.
fn any_digit(key: KeyCode) -> Option<u8> {
    digit(key).or_else(|| numpad(key))
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
    if key == KeyCode::F2 {
        return Some(Action::ToggleLook);
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
            k => match any_digit(k) {
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
                                k => match any_digit(k) {
                                    Some(d) => Hidden::new(d).map(|h| Action::Choose(who, h)),
                                    _ => None,
                                },
                            }
                        }
                        // The client has 1-5 on the left of the keyboard; the professional has
                        // 6-0 on the right, or the number pad (1-5) on their side.
                        Mode::Together | Mode::Phones => match key {
                            KeyCode::KeyQ => Some(Action::Pass(Player::Client)),
                            KeyCode::KeyP => Some(Action::Pass(Player::Professional)),
                            k if numpad(k).is_some() => Hidden::new(numpad(k)?)
                                .map(|h| Action::Choose(Player::Professional, h)),
                            k => match digit(k)? {
                                d @ 1..=5 => {
                                    Hidden::new(d).map(|h| Action::Choose(Player::Client, h))
                                }
                                0 => {
                                    Hidden::new(5).map(|h| Action::Choose(Player::Professional, h))
                                }
                                d => Hidden::new(d - 5)
                                    .map(|h| Action::Choose(Player::Professional, h)),
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
            KeyCode::KeyV => Some(Action::ContinuePlay),
            KeyCode::KeyC => Some(Action::ExportHere(super::Export::Csv)),
            KeyCode::KeyP => Some(Action::ExportHere(super::Export::Html)),
            KeyCode::KeyB => Some(Action::Save),
            KeyCode::KeyE => Some(Action::OpenHistory),
            KeyCode::Escape => Some(Action::Back),
            _ => None,
        },
        Screen::History => match key {
            KeyCode::Escape => Some(Action::Back),
            KeyCode::KeyC => Some(Action::ExportHere(super::Export::Csv)),
            _ => None,
        },
    }
}

/// The keys of the question "Stoppen?": `Enter` and `Esc` keep playing (the safe default),
/// `J` ("ja") stops.
pub fn ask_stop_action(key: KeyCode) -> Option<Action> {
    match key {
        KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Escape | KeyCode::Space => {
            Some(Action::CancelStop)
        }
        KeyCode::KeyJ => Some(Action::ConfirmStop),
        _ => None,
    }
}

fn keys_to_actions(
    keys: Res<ButtonInput<KeyCode>>,
    help: Res<HelpOpen>,
    ask: Res<AskStop>,
    screen: Res<State<Screen>>,
    phase: Option<Res<State<Phase>>>,
    setup: Res<Setup>,
    table: Option<Res<Table>>,
    resume: Option<Res<super::saving::Resume>>,
    phones: (
        Res<super::phones::PhonesPanel>,
        Option<Res<super::phones::PhoneLink>>,
    ),
    look: (Res<super::look::LookPanel>, Res<super::look::Look>),
    mut out: MessageWriter<Action>,
) {
    let (panel, link) = phones;
    let (look_panel, look) = look;
    // The "not finished" question on the start screen: Enter goes on with it.
    if *screen.get() == Screen::Start && resume.is_some_and(|r| r.0.is_some()) {
        for key in keys.get_just_pressed() {
            if matches!(key, KeyCode::Enter | KeyCode::NumpadEnter) {
                out.write(Action::Resume);
            }
        }
        return;
    }
    let turn = table.as_ref().and_then(|t| t.session().view().turn);
    let mode = table
        .as_ref()
        .map_or(setup.mode, |t| t.session().selection().mode);
    for key in keys.get_just_pressed() {
        // The panel "Weergave" (F2) lies over everything: only its own keys count.
        if look_panel.0 {
            if let Some(a) = look_action(*key, &look.settings) {
                out.write(a);
            }
            continue;
        }
        if ask.0 && *screen.get() == Screen::Play {
            if let Some(a) = ask_stop_action(*key) {
                out.write(a);
            }
            continue;
        }
        // The panel "Doe mee met je telefoon": Enter ("Beginnen") and Esc close it.
        if panel.0 && !help.0 && *screen.get() == Screen::Play {
            match key {
                KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Escape => {
                    out.write(Action::TogglePhones);
                }
                KeyCode::F1 => {
                    out.write(Action::ToggleHelp);
                }
                _ => {}
            }
            continue;
        }
        // With the help open, only F1 and Esc (close) do something, and F2 for "Weergave".
        if help.0 {
            if matches!(key, KeyCode::F1 | KeyCode::Escape) {
                out.write(Action::ToggleHelp);
            } else if *key == KeyCode::F2 {
                out.write(Action::ToggleLook);
            }
            continue;
        }
        if mode == Mode::Phones && *screen.get() == Screen::Play && *key == KeyCode::KeyT {
            out.write(Action::TogglePhones);
            continue;
        }
        if let Some(action) = action_for(
            *key,
            *screen.get(),
            phase.as_ref().map(|p| *p.get()),
            mode,
            turn,
        ) {
            // A seat that chooses on its phone does not choose on the laptop's keys: those
            // would show the other player what it chose.
            if let Action::Choose(p, _) | Action::Pass(p) = action
                && link.as_ref().is_some_and(|l| l.holds(p))
            {
                continue;
            }
            out.write(action);
        }
    }
}

/// Keys in the panel "Weergave": `1`–`3` text size (the sizes offered), `C` contrast, `R` calm motion; `F2`, `Esc`
/// and `Enter` close it.
pub fn look_action(key: KeyCode, now: &crate::settings::Settings) -> Option<Action> {
    use crate::settings::{Contrast, Motion};
    match key {
        KeyCode::F2 | KeyCode::Escape | KeyCode::Enter | KeyCode::NumpadEnter => {
            Some(Action::ToggleLook)
        }
        KeyCode::KeyC => Some(Action::SetContrast(match now.contrast {
            Contrast::Normal => Contrast::High,
            Contrast::High => Contrast::Normal,
        })),
        KeyCode::KeyR => Some(Action::SetMotion(match now.motion {
            Motion::Normal => Motion::Calm,
            Motion::Calm => Motion::Normal,
        })),
        k => match any_digit(k) {
            Some(d @ 1..=4) => super::look::OFFERED
                .get(usize::from(d) - 1)
                .map(|t| Action::SetTextSize(*t)),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests;
