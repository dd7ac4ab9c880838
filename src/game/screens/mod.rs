//! The egui side of each screen: forms, buttons and panels. One plugin per screen; all of them
//! only read the game and write [`Action`](super::Action)s.

pub mod help;
pub mod history;
pub mod look;
pub mod notices;
pub mod play;
pub mod speech;
pub mod start;
pub mod style;
pub mod summary;
pub mod themes;

use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_plugins((
        style::plugin,
        start::plugin,
        themes::plugin,
        play::plugin,
        summary::plugin,
        help::plugin,
        history::plugin,
        look::plugin,
    ));
}
