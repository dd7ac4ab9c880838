//! The table: cards as Bevy sprites and `Text2d`, and the flip.
//!
//! Runs headless too. A rating's face is spawned only once the session has revealed it, so no
//! entity holds a value before the flip.

mod play;
mod rating;
mod text;

use bevy::prelude::*;

use super::{GameSet, Phase, Screen};
use crate::session::Player;

pub use play::{CountdownText, PlayTableItem, RatingCard, RatingFace};
pub use text::{
    CHAR_WIDTH, LINE_HEIGHT, estimated_lines, fitting_size, font, panel, text, text_in, text_px,
};

pub fn plugin(app: &mut App) {
    app.init_resource::<play::Shown>()
        .add_systems(
            Update,
            (
                play::sync_play_table.run_if(in_state(Screen::Play)),
                rating::animate_flip.run_if(in_state(Phase::Flipping)),
                rating::update_countdown.run_if(in_state(Phase::Countdown)),
            )
                .chain()
                .in_set(GameSet::Show),
        )
        .add_systems(OnExit(Screen::Play), |mut shown: ResMut<play::Shown>| {
            *shown = play::Shown::default()
        })
        .add_systems(
            Update,
            redraw_for_look
                .run_if(resource_changed::<super::look::Look>)
                .before(GameSet::Show),
        );
}

/// A new palette or text size: the table is built again.
fn redraw_for_look(mut shown: ResMut<play::Shown>) {
    *shown = play::Shown::default();
}

/// The virtual size of the table; the camera scales it to fit the window.
pub const VIEW: Vec2 = Vec2::new(1366.0, 768.0);

/// What a seat is called: the field's own words ("Jongere", "Jeugdbeschermer"), so nobody is
/// called "Cliënt" where the cards say "jongere".
pub fn seat_name(p: Player, field: Option<&crate::deck::Field>) -> String {
    p.name(field)
}
