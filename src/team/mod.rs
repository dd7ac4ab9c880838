//! "Teamoverleg": the exports of many laptops in one overview, by code, never by name.
//!
//! [`read`] reads a folder of CSV exports (the long table and the per-theme table, any version
//! this game wrote), counting each conversation once by its id and saying per file what it could
//! not read. [`rank`] puts the codes where client and professional most often lie far apart
//! first, with filters, the direction over time and one code's conversations. No Bevy types: the
//! screen is in `game::screens::team`.

pub mod rank;
pub mod read;

use crate::profile::{FAR_APART, Verdict};
use crate::session::Choice;

pub use rank::{
    CodeRow, Direction, Filter, KenmerkCount, code_conversations, fields, kenmerken, rank,
};
pub use read::{FileProblem, FileRead, Problem, Table, read_files, read_folder};

/// One card of a conversation, in its last revealed round.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamCard {
    pub card: String,
    pub kenmerk: String,
    pub item: u16,
    pub round: u16,
    pub client: Choice,
    pub professional: Choice,
    /// "Later verder praten".
    pub marked: bool,
    /// The players' own card: its sentence.
    pub own: Option<String>,
}

impl TeamCard {
    /// How far apart the two scores lie, when both scored.
    pub fn gap(&self) -> Option<u8> {
        match (self.client, self.professional) {
            (Choice::Score(a), Choice::Score(b)) => Some(a.abs_diff(b)),
            _ => None,
        }
    }

    pub fn far_apart(&self) -> bool {
        self.gap().is_some_and(|g| g >= FAR_APART)
    }
}

/// One kenmerk of one conversation, judged from its cards as the summary judges it.
#[derive(Debug, Clone, PartialEq)]
pub struct KenmerkView {
    pub kenmerk: String,
    pub both_scored: usize,
    pub far_apart: usize,
    pub card_gap_mean: Option<f64>,
    pub verdict: Verdict,
}

/// One conversation, counted once however many files hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversation {
    pub id: String,
    /// `YYYY-MM-DD`, as exported.
    pub date: String,
    /// The code the professional gave it (never a name); may be empty.
    pub code: String,
    pub field: String,
    pub pack: String,
    pub steps: u8,
    /// From the long table; empty when only a per-theme table held this conversation.
    pub cards: Vec<TeamCard>,
    pub kenmerken: Vec<KenmerkView>,
}

impl Conversation {
    /// The code this conversation is listed under: its own, or (without one) a code made from
    /// its id, so conversations without a code are never lumped together as one client.
    pub fn listed_as(&self) -> String {
        if self.code.trim().is_empty() {
            let short: String = self.id.chars().take(8).collect();
            format!("({short})")
        } else {
            self.code.clone()
        }
    }

    /// The mean difference per card over the kenmerken in `only` (all when `None`), weighted by
    /// the cards both scored.
    pub fn gap(&self, only: Option<&str>) -> Option<f64> {
        let (mut sum, mut n) = (0.0, 0usize);
        for k in self
            .kenmerken
            .iter()
            .filter(|k| only.is_none_or(|o| o == k.kenmerk))
        {
            if let Some(m) = k.card_gap_mean {
                sum += m * k.both_scored as f64;
                n += k.both_scored;
            }
        }
        (n > 0).then(|| sum / n as f64)
    }

    /// Some kenmerk in `only` (all when `None`) with a card far apart.
    pub fn apart(&self, only: Option<&str>) -> bool {
        self.kenmerken
            .iter()
            .filter(|k| only.is_none_or(|o| o == k.kenmerk))
            .any(|k| matches!(k.verdict, Verdict::SometimesApart | Verdict::OftenApart))
    }
}

/// Everything read from one folder.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Overview {
    /// Oldest first (by date, then id).
    pub conversations: Vec<Conversation>,
    pub problems: Vec<FileProblem>,
    pub files: Vec<FileRead>,
}
