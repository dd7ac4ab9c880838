//! What every table on screen shares: its virtual size, how text is set on it (sized to fit,
//! never cut), and what a seat is called. The play screen's cards are in
//! [`crate::game::screens::play::table`], the themes screen's decks in
//! [`crate::game::screens::themes`].

pub mod text;

use bevy::prelude::*;

use crate::session::Player;

pub use text::{
    CHAR_WIDTH, LINE_HEIGHT, estimated_lines, fitting_size, font, panel, text, text_in, text_px,
};

/// The virtual size of the table; the camera scales it to fit the window.
pub const VIEW: Vec2 = Vec2::new(1366.0, 768.0);

/// What a seat is called: the field's own words ("Jongere", "Jeugdbeschermer"), so nobody is
/// called "Cliënt" where the cards say "jongere".
pub fn seat_name(p: Player, field: Option<&crate::deck::Field>) -> String {
    p.name(field)
}

/// A seat's name inside a sentence, after its article ("De jongere wil even pauze."): the
/// field's word in lower case.
pub fn seat_word(p: Player, field: Option<&crate::deck::Field>) -> String {
    p.name(field).to_lowercase()
}
