//! The play screen's table: the card and the two rating cards as Bevy sprites and `Text2d`, the
//! 3-2-1 and the flip.
//!
//! Runs headless too. A rating's face is spawned only once the session has revealed it, so no
//! entity holds a value before the flip.

mod cards;
mod place;
mod rating;

pub use place::TableRoom;

use bevy::prelude::*;

use crate::game::{GameSet, Phase, Screen};

use crate::session::{Choice, Player};

/// Marks everything the play table spawned.
#[derive(Component)]
pub struct PlayTableItem;

/// A rating card on the table, for the flip.
#[derive(Component)]
pub struct RatingCard(pub Player);

/// The face of a revealed rating card. Spawned only after the reveal.
#[derive(Component, Debug, Clone, PartialEq)]
pub struct RatingFace {
    pub player: Player,
    pub choice: Choice,
}

/// "Raad de ander": the line under a card that says what this player thought the other chose.
/// Spawned only once the faces are up.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
pub struct GuessLine(pub Player);

/// The big 3-2-1.
#[derive(Component)]
pub struct CountdownText;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum SeatLook {
    #[default]
    Waiting,
    FaceDown,
    FaceUp,
}

// The play table between the top bar (56 px) and the tray (250 px): statement card in the
// middle, the client's rating card left of it, the professional's right.
pub(crate) const STATEMENT_Y: f32 = 130.0;
pub(crate) const STATEMENT: Vec2 = Vec2::new(900.0, 300.0);
pub(crate) const RATING_Y: f32 = 142.0;
pub(crate) const RATING: Vec2 = Vec2::new(180.0, 232.0);
const SEAT_X: f32 = 570.0;

pub(crate) fn seat_x(p: Player) -> f32 {
    match p {
        Player::Client => -SEAT_X,
        Player::Professional => SEAT_X,
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<cards::Shown>()
        .init_resource::<TableRoom>()
        .add_systems(
            Update,
            (
                cards::sync_play_table.run_if(in_state(Screen::Play)),
                rating::animate_flip.run_if(in_state(Phase::Flipping)),
                rating::update_countdown.run_if(in_state(Phase::Countdown)),
            )
                .chain()
                .in_set(GameSet::Show),
        )
        .add_systems(OnExit(Screen::Play), |mut shown: ResMut<cards::Shown>| {
            *shown = cards::Shown::default()
        })
        .add_systems(
            Update,
            // A new look, or the cards read again ("live"): the table is built again.
            redraw_for_look
                .run_if(
                    resource_changed::<crate::game::look::Look>
                        .or_else(resource_changed::<crate::game::Cards>),
                )
                .before(GameSet::Show),
        );
}

/// A new palette or text size: the table is built again.
fn redraw_for_look(mut shown: ResMut<cards::Shown>) {
    *shown = cards::Shown::default();
}
