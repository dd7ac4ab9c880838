//! What the screens and the files may see: seats without hidden values, the gap, the phase, the
//! table view and the record of revealed rounds.

use serde::{Deserialize, Serialize};

use crate::deck::Keying;

use super::{Choice, PerSeat, Player, Selection};

/// One player's seat as the screen may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    /// Has not chosen yet.
    Waiting,
    /// Has chosen or passed; what it was is not known here.
    Chosen,
    /// After the reveal.
    Revealed(Choice),
}

/// How far apart two revealed choices are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gap {
    /// The same score.
    Same,
    /// One step apart.
    Small,
    /// One step apart across the middle an even scale does not have: one says it is more true,
    /// the other more not ("Klopt meestal niet" and "Klopt meestal wel").
    Across,
    /// Two steps or more.
    Large,
    /// At least one passed.
    Passed,
}

impl Gap {
    /// The gap between two choices on a scale of `steps`.
    pub fn between(a: Choice, b: Choice, steps: u8) -> Gap {
        match (a, b) {
            (Choice::Score(x), Choice::Score(y)) => match x.abs_diff(y) {
                0 => Gap::Same,
                // On either side of the middle of an even scale.
                1 if 2 * u16::from(x.min(y)) == u16::from(steps) => Gap::Across,
                d if d < crate::profile::FAR_APART => Gap::Small,
                _ => Gap::Large,
            },
            _ => Gap::Passed,
        }
    }
}

/// Where the current card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardState {
    /// At least one player still has to choose.
    Choosing,
    /// Both chose; the reveal may happen.
    Ready,
    /// Both choices are visible.
    Revealed {
        client: Choice,
        professional: Choice,
        gap: Gap,
    },
    /// No more cards.
    Finished,
}

/// The public view of the table: everything a screen may show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableView {
    pub card_id: String,
    /// 1-based position of the current card, and the number of cards dealt.
    pub position: usize,
    pub total: usize,
    /// 1-based round of the current card (2 and up after a re-rate).
    pub round: usize,
    pub client: Seat,
    pub professional: Seat,
    pub phase: CardState,
    /// Whose turn it is, in "om de beurt" while choosing.
    pub turn: Option<Player>,
    /// Who chooses first on this round, in "om de beurt".
    pub first: Player,
    pub can_skip: bool,
    pub note: String,
    pub marked: bool,
    /// Earlier revealed rounds of this card (client, professional).
    pub earlier: Vec<(Choice, Choice)>,
    /// "Even pauze": who asked for it, while it lasts. Everyone sees the pause and whose it
    /// is (only that one goes on).
    pub paused: Option<Player>,
    /// The sentence of an own card ("Eigen kaart"), shown to both; `None` for the deck's cards.
    pub own: Option<String>,
    /// "Raad de ander": each seat's guess of the other's choice, as a seat (no value before
    /// the flip); `None` when the players do not guess.
    pub guesses: Option<PerSeat<Seat>>,
    /// What the rules allow now, for each seat and the table ([`super::Session::may`]): what
    /// the keys, buttons, phones and the screen reader offer.
    pub may: super::May,
}

/// One card as it ends up on record: only revealed rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardRecord {
    pub card: String,
    pub item: u16,
    pub kenmerk: String,
    pub keying: Keying,
    pub skipped: bool,
    /// Revealed rounds, first to last: (client, professional).
    pub rounds: Vec<(Choice, Choice)>,
    pub note: String,
    pub marked: bool,
    /// An own card ("Eigen kaart"): its sentence, as one of the players wrote it. It has no
    /// kenmerk (`kenmerk` is empty) and counts in no kenmerk's figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own: Option<String>,
    /// "Raad de ander": the guesses of each revealed round, in the order of `rounds`: (the
    /// client's guess of the professional's choice, the professional's guess of the client's).
    /// Empty when the players did not guess. `Pass` is "Weet ik niet".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guesses: Vec<(Choice, Choice)>,
}

/// A whole session as it ends up on record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub selection: Selection,
    /// Every card dealt, in the order dealt; cards never reached have no rounds.
    pub cards: Vec<CardRecord>,
    pub finished: bool,
    /// True when the players stopped before the last card.
    pub ended_early: bool,
    /// Index of the card the players are at (equal to the number of cards when finished).
    #[serde(default)]
    pub current: usize,
    /// Who asked for "Even pauze", while it lasts: only in the file of a conversation that is
    /// going on (a crash during a pause resumes into it). A conversation cannot end during a
    /// pause, so a saved one never holds it, and no export names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<Player>,
}
