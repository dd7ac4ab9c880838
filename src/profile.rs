//! The alliance profile: per kenmerk the client's and the professional's mean, and the gap.
//!
//! Only revealed rounds count, and of a card rated more than once the last round counts (the
//! re-rate is the view the two arrived at). A pass is counted, never scored. A negatively keyed
//! item counts as `6 - score`. Stroefheid keeps its own direction: higher means more friction.

use crate::deck::{Keying, Library};
use crate::session::{Choice, SessionRecord};

/// One card's part in the profile.
#[derive(Debug, Clone, PartialEq)]
pub struct CardResult {
    pub card: String,
    pub item: u16,
    pub kenmerk: String,
    /// The last revealed round, as chosen (not keyed).
    pub client: Choice,
    pub professional: Choice,
    /// |client - professional| on the raw scores, when both scored.
    pub gap: Option<u8>,
    pub rounds: usize,
    pub note: String,
    pub marked: bool,
}

/// The profile of one kenmerk.
#[derive(Debug, Clone, PartialEq)]
pub struct KenmerkProfile {
    pub kenmerk: String,
    pub client_mean: Option<f64>,
    pub professional_mean: Option<f64>,
    pub client_scored: usize,
    pub professional_scored: usize,
    pub client_passed: usize,
    pub professional_passed: usize,
    /// Cards of this kenmerk with at least one revealed round.
    pub cards: usize,
}

impl KenmerkProfile {
    /// Professional mean minus client mean, when both exist.
    pub fn gap(&self) -> Option<f64> {
        Some((self.professional_mean? - self.client_mean?).abs())
    }
}

/// The whole profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// In the order of the library's kenmerken; kenmerken that were not played are left out.
    pub kenmerken: Vec<KenmerkProfile>,
    /// Every card with a revealed round, biggest gap first.
    pub cards: Vec<CardResult>,
}

fn keyed(score: u8, keying: Keying) -> f64 {
    match keying {
        Keying::Positive => f64::from(score),
        Keying::Negative => 6.0 - f64::from(score),
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        Some(values.iter().sum::<f64>() / values.len() as f64)
    }
}

impl Profile {
    pub fn of(record: &SessionRecord, library: &Library) -> Profile {
        let mut cards = Vec::new();
        let mut order: Vec<String> = library.kenmerken.iter().map(|k| k.id.clone()).collect();
        for c in &record.cards {
            if !order.contains(&c.kenmerk) {
                order.push(c.kenmerk.clone());
            }
        }
        let mut kenmerken = Vec::new();
        for kenmerk in order {
            let mut client = Vec::new();
            let mut professional = Vec::new();
            let (mut client_passed, mut professional_passed, mut n) = (0, 0, 0);
            for c in record.cards.iter().filter(|c| c.kenmerk == kenmerk) {
                let Some(&(cl, pr)) = c.rounds.last() else {
                    continue;
                };
                n += 1;
                match cl {
                    Choice::Score(s) => client.push(keyed(s, c.keying)),
                    Choice::Pass => client_passed += 1,
                }
                match pr {
                    Choice::Score(s) => professional.push(keyed(s, c.keying)),
                    Choice::Pass => professional_passed += 1,
                }
                cards.push(CardResult {
                    card: c.card.clone(),
                    item: c.item,
                    kenmerk: c.kenmerk.clone(),
                    client: cl,
                    professional: pr,
                    gap: match (cl, pr) {
                        (Choice::Score(a), Choice::Score(b)) => Some(a.abs_diff(b)),
                        _ => None,
                    },
                    rounds: c.rounds.len(),
                    note: c.note.clone(),
                    marked: c.marked,
                });
            }
            if n == 0 {
                continue;
            }
            kenmerken.push(KenmerkProfile {
                kenmerk,
                client_mean: mean(&client),
                professional_mean: mean(&professional),
                client_scored: client.len(),
                professional_scored: professional.len(),
                client_passed,
                professional_passed,
                cards: n,
            });
        }
        // Biggest gap first; cards with a pass after all scored ones; stable otherwise.
        cards.sort_by_key(|c| std::cmp::Reverse(c.gap.map_or(0, |g| u16::from(g) + 1)));
        Profile { kenmerken, cards }
    }

    pub fn kenmerk(&self, id: &str) -> Option<&KenmerkProfile> {
        self.kenmerken.iter().find(|k| k.kenmerk == id)
    }
}
