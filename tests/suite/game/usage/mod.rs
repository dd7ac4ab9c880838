//! What a user hits: resuming in every phase, `Esc` that asks first, the number pad, fast keys,
//! clicks under the help, one conversation leaving no trace in the next, closing the window.
//! Each test here failed on the game before its fix. This module holds the helpers; the tests are
//! in `resume`, `keys`, `timers` and `trace`.

mod guess;
mod keys;
mod own;
mod pause;
mod resume;
mod timers;
mod trace;
mod typing;

use bevy::input::ButtonState;
use bevy::picking::backend::HitData;
use bevy::picking::events::{Click, Pointer};
use bevy::picking::pointer::{Location, PointerButton, PointerId};
use bevy::prelude::*;
use bevy_egui::input::write_egui_wants_input_system;
use bevy_egui::{EguiContext, PrimaryEguiContext, egui};
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::screens::themes::{DeckCard, OnlyDeckButton};
use werkalliantiespel::game::{
    AskStop, COUNTDOWN_SECS, Conversation, HelpOpen, Phase, Screen, Setup,
};
use werkalliantiespel::session::{CardState, Choice, Mode, Seat};
use werkalliantiespel::store::Store;

use crate::game::headless::{
    app, app_with_store, assert_nothing_revealed, files_in, key_message, phase, play_card, press,
    press_alt, run_flip, screen,
};

pub(super) fn view(app: &App) -> werkalliantiespel::session::TableView {
    app.world().resource::<Conversation>().session().view()
}

pub(super) fn together(decks: &str, seed: u64) -> Options {
    Options {
        seed: Some(seed),
        mode: Some(Mode::Together),
        decks: Some(vec![decks.into()]),
        ..Options::default()
    }
}

pub(super) fn updates(app: &mut App, n: usize) {
    for _ in 0..n {
        app.update();
    }
}

/// Runs updates until the phase is `want` (at most 200).
pub(super) fn until(app: &mut App, want: Phase) {
    let mut n = 0;
    while phase(app) != Some(want) {
        app.update();
        n += 1;
        assert!(n < 200, "never reached {want:?} (at {:?})", phase(app));
    }
}
