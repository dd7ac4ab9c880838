//! The screens, one folder (or file) each: a screen's state, what its actions do (`apply`),
//! and its view (egui, and the table's sprites for themes and play). The overlays (help,
//! "Weergave") the same way. Every view only reads the game and writes
//! [`Action`](super::Action)s; every `apply` reads them only while its screen shows.

pub mod help;
pub mod history;
pub mod keys;
pub mod leave;
pub mod look_panel;
pub mod notices;
pub mod phones;
pub mod play;
pub mod speech;
pub mod start;
pub mod style;
pub mod summary;
pub mod themes;

use bevy::prelude::*;

use super::{Action, Screen};

/// Every screen and overlay. Their views run in egui's pass, which only a window has; without
/// one (the tests) the rest runs alone.
pub fn plugin(app: &mut App) {
    app.add_plugins((
        start::plugin,
        themes::plugin,
        play::plugin,
        summary::plugin,
        history::plugin,
        help::plugin,
        look_panel::plugin,
        phones::plugin,
        leave::plugin,
    ));
}

/// The window's part: fonts, the look and the scale of egui.
pub fn window_plugin(app: &mut App) {
    app.add_plugins((
        style::plugin,
        leave::window_plugin,
        play::voice_window_plugin,
    ));
}

/// The language of `screen` and what lies over it: the start screen is the professional's (the
/// professional fills it in), every screen after it is shared (the client's).
pub fn lang_on(setup: &crate::game::Setup, screen: Screen) -> &str {
    if screen == Screen::Start {
        &setup.languages.professional
    } else {
        setup.screen_lang()
    }
}

/// A screen's own state `R`: put in fresh when the screen opens, taken out when it closes, so
/// nothing of it is left for the next visit (a typed path, a delete waiting for its "yes").
pub fn state_while<R: Resource + Default>(app: &mut App, screen: Screen) {
    app.add_systems(OnEnter(screen), |mut c: Commands| {
        c.insert_resource(R::default())
    })
    .add_systems(OnExit(screen), |mut c: Commands| c.remove_resource::<R>());
}

/// True while `screen` shows. Otherwise the actions are read and dropped: an action is meant for
/// the screen it was made on, never for the next one (an `Enter` that leaves the start screen
/// must not also start the game on the themes screen).
pub fn shows(screen: Screen, now: &State<Screen>, actions: &mut MessageReader<Action>) -> bool {
    if *now.get() == screen {
        true
    } else {
        actions.clear();
        false
    }
}
