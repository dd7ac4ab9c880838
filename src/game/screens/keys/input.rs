//! Keys become [`Action`]s through the key table ([`super`]), one press a frame. The same
//! actions come from buttons and cards.

use std::collections::VecDeque;

use bevy::ecs::message::{MessageCursor, MessageUpdateSystems};
use bevy::input::keyboard::KeyboardInput;
use bevy::prelude::*;

use bevy_egui::{EguiContext, PrimaryEguiContext};

use super::{Cover, Here};
use crate::game::screens::style::{Focus, focus};
use crate::game::{Action, AskStop, Conversation, GameSet, HelpOpen, Phase, Screen, Setup};

pub fn plugin(app: &mut App) {
    app.init_resource::<KeyQueue>()
        .init_resource::<KeysHere>()
        .add_systems(First, meter_keys.after(MessageUpdateSystems))
        // Typing in a text field (code, note, export path) is not playing; with a button's
        // focus the other keys still play (see `keys_to_actions`).
        .add_systems(
            Update,
            keys_to_actions
                .in_set(GameSet::Input)
                .after(crate::game::screens::phones::PhonesInput),
        );
}

/// Where the keys last were read ([`Here`]): what the key table offered then. The rules-once
/// test reads it to check every offered key against the rules.
#[derive(Resource, Default, Debug, PartialEq)]
pub struct KeysHere(pub Option<Here>);

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

/// Keys become actions through the one key table ([`super`]), given where the game is and
/// what lies over it.
fn keys_to_actions(
    keys: Res<ButtonInput<KeyCode>>,
    help: Res<HelpOpen>,
    (ask, ask_pause, own, leave): (
        Res<AskStop>,
        Res<crate::game::AskPause>,
        Res<crate::game::OwnCardDraft>,
        Res<crate::game::screens::leave::AskLeave>,
    ),
    screen: Res<State<Screen>>,
    phase: Option<Res<State<Phase>>>,
    setup: Res<Setup>,
    table: Option<Res<Conversation>>,
    own_again: Res<crate::game::OwnAgain>,
    resume: Option<Res<crate::game::saving::Resume>>,
    phones: (
        Res<crate::game::screens::phones::PhonesPanel>,
        Option<Res<crate::game::screens::phones::PhoneLink>>,
    ),
    look: (
        Res<crate::game::look::LookPanel>,
        Res<crate::game::look::Look>,
    ),
    // The window's egui (none in the headless tests).
    (mut out, mut egui, mut keys_here): (
        MessageWriter<Action>,
        Query<&mut EguiContext, With<PrimaryEguiContext>>,
        ResMut<KeysHere>,
    ),
) {
    // A text field or an open popup takes every key.
    let focused = egui
        .single_mut()
        .map_or(Focus::Nothing, |mut ctx| focus(ctx.get_mut()));
    let popup = egui
        .single_mut()
        .is_ok_and(|mut ctx| ctx.get_mut().any_popup_open());
    if focused == Focus::Text || popup {
        return;
    }
    let (panel, link) = phones;
    let (look_panel, look) = look;
    let screen = *screen.get();
    let play = screen == Screen::Play;
    let cover = if leave.0.is_some() {
        Some(Cover::Leave)
    } else if screen == Screen::Start && resume.is_some_and(|r| r.0.is_some()) {
        Some(Cover::Resume)
    } else if look_panel.0 {
        Some(Cover::Look)
    } else if panel.0 && !help.0 && play {
        // The phones' panel also comes over a pause (phones joining again after a crash).
        Some(Cover::Phones)
    } else if play
        && table
            .as_ref()
            .is_some_and(|t| t.session().paused().is_some())
    {
        Some(Cover::Pause)
    } else if own.open && play {
        Some(Cover::OwnCard)
    } else if ask_pause.0 && play {
        Some(Cover::PauseAsk)
    } else if ask.0 && play {
        Some(Cover::AskStop)
    } else if help.0 {
        Some(Cover::Help)
    } else {
        None
    };
    let phase_now = phase.as_ref().map(|p| *p.get());
    // Alt held, or let go in this very frame: a fast Alt+M (as a script or a quick hand types
    // it) can bring the release of Alt in the same frame as the M.
    let alt_keys = [KeyCode::AltLeft, KeyCode::AltRight];
    let alt = keys.any_pressed(alt_keys) || keys.any_just_released(alt_keys);
    let command = keys.any_pressed([
        KeyCode::ControlLeft,
        KeyCode::ControlRight,
        KeyCode::SuperLeft,
        KeyCode::SuperRight,
    ]);
    let here = Here {
        screen,
        phase: phase_now,
        mode: table
            .as_ref()
            .map_or(setup.mode, |t| t.session().selection().mode),
        turn: table.as_ref().and_then(|t| t.session().view().turn),
        cover,
        look: look.settings,
        may: table
            .as_ref()
            .map_or_else(Default::default, |t| t.session().may()),
        typing: Here::has_field(screen, phase_now),
        alt,
        steps: table.as_ref().map_or(*crate::deck::SCALE_STEPS.end(), |t| {
            t.session().selection().steps
        }),
    };
    keys_here.set_if_neq(KeysHere(Some(here)));
    // A letter typed beside the field (a click next to it, then typing): it goes into the field,
    // which takes the focus (the screen's field reads this mark in the same frame).
    if here.typing
        && here.cover.is_none()
        && !alt
        && !command
        && keys.get_just_pressed().any(|k| super::is_letter(*k))
        && let Ok(mut ctx) = egui.single_mut()
    {
        crate::game::screens::style::mark_stray_letter(ctx.get_mut());
    }
    for key in keys.get_just_pressed() {
        // A button with the keyboard's focus takes Space and Enter (it is pressed); a choice
        // takes Space only, and Enter goes on as the screen says ("Verder").
        let activates = matches!(key, KeyCode::Space | KeyCode::Enter | KeyCode::NumpadEnter);
        let goes_on = matches!(key, KeyCode::Enter | KeyCode::NumpadEnter);
        if activates && (focused == Focus::Button || (focused == Focus::Choice && !goes_on)) {
            continue;
        }
        let Some(action) = super::action(*key, &here) else {
            continue;
        };
        // A seat that chooses on its phone does not choose on the laptop's keys: those would
        // show the other player what it chose.
        if let Action::Choose(p, _) | Action::Pass(p) = action
            && link.as_ref().is_some_and(|l| l.holds(p))
        {
            continue;
        }
        // "Raad de ander": after a seat's choice, the same keys place its guess (the pass key
        // is "Weet ik niet").
        let action = match (action, &table) {
            (Action::Choose(p, h), Some(t)) if own_again.guessing(&t.session().view(), p) => {
                Action::Guess(p, Some(h))
            }
            (Action::Pass(p), Some(t)) if own_again.guessing(&t.session().view(), p) => {
                Action::Guess(p, None)
            }
            (action, _) => action,
        };
        out.write(action);
    }
}
