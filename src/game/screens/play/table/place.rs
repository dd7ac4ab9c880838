//! Where the statement card and the rating cards go on the table.
//!
//! Up to 160 % text: the card in the middle with a sentence in each column, a rating card on
//! each side ("columns", the table drawn for 1366×768). With the largest text that leaves the
//! sentences no bigger than at 100 %, so the table uses the whole room the bars leave ("rows"):
//! the card from the rating cards to the right edge, a sentence on a row across the card's width,
//! the rating cards in a column to its left. There is room for one sentence that size while the
//! tray is open (the chooser's in turn, the client's in the talk), for both while the cards turn.

use bevy::prelude::*;

use super::{RATING, RATING_Y, STATEMENT, STATEMENT_Y, seat_x};
use crate::session::{PerSeat, Player};

/// The room between the bar on top and the tray, in table units (y up, the window's centre is
/// 0), as the screen last drew it. Without a window (the tests): the room at the usual text size.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct TableRoom {
    pub top: f32,
    pub bottom: f32,
    pub half_width: f32,
}

impl Default for TableRoom {
    fn default() -> Self {
        TableRoom {
            top: 384.0 - 56.0,
            bottom: -384.0 + 250.0,
            half_width: 683.0,
        }
    }
}

impl TableRoom {
    /// The room rounded to whole units, to see whether the table must be laid out again.
    pub fn key(&self) -> [i32; 3] {
        [
            self.top.round() as i32,
            self.bottom.round() as i32,
            self.half_width.round() as i32,
        ]
    }
}

/// A rating card's place and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RatingPlace {
    pub at: Vec2,
    pub size: Vec2,
    /// The seat's name under the card (columns); in rows the name heads the sentence.
    pub name_under: bool,
}

/// Where everything on the play table goes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Places {
    /// The statement card's centre and size.
    pub card_at: Vec2,
    pub card: Vec2,
    /// Rows: the seats whose sentences are shown, top to bottom. Columns: both, side by side.
    pub rows: Option<Vec<Player>>,
    /// Each seat's rating card; `None` when the seat's row is not shown.
    pub ratings: PerSeat<Option<RatingPlace>>,
}

impl Places {
    pub fn rating(&self, p: Player) -> Option<RatingPlace> {
        self.ratings[p]
    }
}

/// The columns, as drawn for 1366×768 at every text size up to 160 %.
fn columns() -> Places {
    let at = |p| RatingPlace {
        at: Vec2::new(seat_x(p), RATING_Y),
        size: RATING,
        name_under: true,
    };
    Places {
        card_at: Vec2::new(0.0, STATEMENT_Y),
        card: STATEMENT,
        rows: None,
        ratings: PerSeat::new(|p| Some(at(p))),
    }
}

/// The columns, moved down as far as the room's top lies lower than they reach (a banner over
/// the screen pushes the bar on top down), as far as the room under them allows.
fn columns_under(room: TableRoom) -> Places {
    let mut p = columns();
    let top = p.card_at.y + p.card.y / 2.0 + MARGIN;
    let low = (p.card_at.y - p.card.y / 2.0).min(RATING_Y - RATING.y / 2.0 - 50.0);
    let spare = (low - MARGIN - room.bottom).max(0.0);
    let shift = (top - room.top).clamp(0.0, spare);
    p.card_at.y -= shift;
    for r in Player::ALL {
        if let Some(place) = &mut p.ratings[r] {
            place.at.y -= shift;
        }
    }
    p
}

const MARGIN: f32 = 14.0;
/// The rating cards' column in rows: wide enough for a choice's words on one line and the
/// longest seat name ("Reclasseringswerker") at the largest text, without shrinking them.
const RATING_COLUMN: f32 = 340.0;

/// What the table shows in rows: the seats whose sentences have a row (top to bottom), and the
/// seats whose rating cards lie in the column beside them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Shown {
    pub rows: Vec<Player>,
    pub cards: Vec<Player>,
}

/// The places for this text scale and room (`shown` is used only in rows).
pub(crate) fn places(text_scale: f32, room: TableRoom, shown: &Shown) -> Places {
    if !crate::game::art::largest(text_scale) {
        return columns_under(room);
    }
    let (top, bottom) = (room.top - MARGIN, room.bottom + MARGIN);
    let left = -room.half_width + MARGIN;
    let right = room.half_width - MARGIN;
    let card_left = left + RATING_COLUMN + MARGIN;
    let card = Vec2::new(right - card_left, (top - bottom).max(120.0));
    let card_at = Vec2::new((card_left + right) / 2.0, (top + bottom) / 2.0);
    // The rating cards share the column's height, each beside its row when each has one (the
    // rows start under the band).
    let cards_top = card_at.y + card.y / 2.0
        - if shown.cards.len() == shown.rows.len() {
            band_height(text_scale)
        } else {
            0.0
        };
    let each = (cards_top - (card_at.y - card.y / 2.0)) / shown.cards.len().max(1) as f32;
    let mut ratings = PerSeat::new(|_| None);
    for (i, p) in shown.cards.iter().enumerate() {
        let centre_y = cards_top - each * (i as f32 + 0.5);
        let h = (each - 10.0).clamp(60.0, RATING.y + 40.0);
        ratings[*p] = Some(RatingPlace {
            at: Vec2::new(left + RATING_COLUMN / 2.0, centre_y),
            size: Vec2::new(RATING_COLUMN, h),
            name_under: false,
        });
    }
    Places {
        card_at,
        card,
        rows: Some(shown.rows.clone()),
        ratings,
    }
}

/// The height of the statement card's coloured band with the kenmerk's name.
pub(crate) fn band_height(text_scale: f32) -> f32 {
    (26.0 * text_scale * 1.35).max(46.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both() -> Shown {
        Shown {
            rows: Player::ALL.to_vec(),
            cards: Player::ALL.to_vec(),
        }
    }

    fn large_room() -> TableRoom {
        TableRoom {
            top: 384.0 - 80.0,
            bottom: -384.0 + 340.0,
            half_width: 683.0,
        }
    }

    #[test]
    fn up_to_160_percent_the_columns_stay_as_drawn() {
        for scale in [1.0, 1.25, 1.5, 1.6] {
            let p = places(scale, large_room(), &both());
            assert_eq!(p.rows, None);
            assert_eq!(p.card, STATEMENT);
            assert!(Player::ALL.iter().all(|&s| p.rating(s).is_some()));
        }
    }

    #[test]
    fn rows_fill_the_room_and_stay_inside_it() {
        let room = large_room();
        let p = places(2.0, room, &both());
        assert_eq!(p.rows, Some(vec![Player::Client, Player::Professional]));
        // Wider than the columns' card, inside the room.
        assert!(p.card.x > STATEMENT.x, "{p:?}");
        assert!(p.card_at.y + p.card.y / 2.0 <= room.top);
        assert!(p.card_at.y - p.card.y / 2.0 >= room.bottom);
        assert!(p.card_at.x + p.card.x / 2.0 <= room.half_width);
        let client = p.rating(Player::Client).expect("client's card");
        let pro = p.rating(Player::Professional).expect("professional's card");
        // The client's row first; the cards left of the statement card, not overlapping.
        assert!(client.at.y > pro.at.y);
        assert!(client.at.y - client.size.y / 2.0 >= pro.at.y + pro.size.y / 2.0);
        assert!(client.at.x + client.size.x / 2.0 < p.card_at.x - p.card.x / 2.0);
        assert!(client.at.x - client.size.x / 2.0 >= -room.half_width);
    }

    #[test]
    fn a_seat_without_a_card_shown_has_no_place() {
        let only = Shown {
            rows: vec![Player::Professional],
            cards: vec![Player::Professional],
        };
        let p = places(2.0, large_room(), &only);
        assert_eq!(p.rows, Some(vec![Player::Professional]));
        assert!(p.rating(Player::Client).is_none());
        assert!(p.rating(Player::Professional).is_some());
    }
}
