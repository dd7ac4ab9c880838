//! The alliance profile: per kenmerk the client's and the professional's mean, and the gap.
//!
//! Only revealed rounds count, and of a card rated more than once the last round counts (the
//! re-rate is the view the two arrived at). A pass is counted, never scored. A negatively keyed
//! item counts as `steps + 1 - score` (`6 - score` on the monitor's five steps). Stroefheid keeps its own direction: higher means more friction.
//!
//! Means alone hide what the game is for: a card the client rates 1 and the professional 5 and
//! another the other way round give equal means. So each kenmerk also says how far apart the
//! two were card by card, and its [`Verdict`] is worded from that, not from the means.

use crate::deck::{Keying, Library};
use crate::session::{Choice, PerSeat, SessionRecord};

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
    pub client_passed: usize,
    pub professional_passed: usize,
    /// Cards of this kenmerk with at least one revealed round.
    pub cards: usize,
    /// Cards both players scored (no pass): the cards a difference can be told on.
    pub both_scored: usize,
    /// The mean of |client - professional| over the cards both scored.
    pub card_gap_mean: Option<f64>,
    /// Cards both scored that lay [`FAR_APART`] steps or more apart.
    pub far_apart: usize,
    /// "Raad de ander": how each seat's guesses of the other's choice lay (`None` when the
    /// players did not guess on this kenmerk).
    pub guessed: Option<PerSeat<Guessed>>,
}

/// "Raad de ander" on one kenmerk, for one seat: how often the guess lay within one step of
/// what the other chose. Counted, never scored: no points, no winner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Guessed {
    /// Cards where both the guess and the other's choice were a score.
    pub cards: usize,
    /// Of those, the cards where the guess lay at most one step from the other's choice.
    pub near: usize,
}

impl Guessed {
    fn count(&mut self, guess: Choice, other: Choice) {
        if let (Choice::Score(g), Choice::Score(o)) = (guess, other) {
            self.cards += 1;
            if g.abs_diff(o) <= 1 {
                self.near += 1;
            }
        }
    }
}

/// How the two look at one kenmerk, told from the cards, not from the means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No card that both scored.
    NoComparison,
    /// No card far apart, and on average less than half a step apart.
    SameView,
    /// No card far apart, but not the same either.
    SmallDifferences,
    /// Some cards far apart: fewer than half of those both scored.
    SometimesApart,
    /// Half of the cards both scored or more lay far apart.
    OftenApart,
}

impl Verdict {
    /// The verdict from the cards: how many both scored, how many of those lay far apart and the
    /// mean difference per card (`None`: no card both scored). The summary, the exports and the
    /// team overview all judge with this one function.
    pub fn judge(both_scored: usize, far_apart: usize, card_gap_mean: Option<f64>) -> Verdict {
        match card_gap_mean {
            None => Verdict::NoComparison,
            Some(_) if far_apart > 0 && far_apart * 2 >= both_scored => Verdict::OftenApart,
            Some(_) if far_apart > 0 => Verdict::SometimesApart,
            Some(m) if m < SAME_VIEW_BELOW => Verdict::SameView,
            Some(_) => Verdict::SmallDifferences,
        }
    }

    /// The code in the per-theme CSV (`verdict`), and back.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::NoComparison => "no_comparison",
            Verdict::SameView => "same_view",
            Verdict::SmallDifferences => "small_differences",
            Verdict::SometimesApart => "sometimes_apart",
            Verdict::OftenApart => "often_apart",
        }
    }

    pub fn from_code(code: &str) -> Option<Verdict> {
        [
            Verdict::NoComparison,
            Verdict::SameView,
            Verdict::SmallDifferences,
            Verdict::SometimesApart,
            Verdict::OftenApart,
        ]
        .into_iter()
        .find(|v| v.code() == code)
    }
}

/// Two scores this many steps apart or more lie far apart (as `Gap::Large` on the table).
pub const FAR_APART: u8 = 2;

/// Below this mean difference per card, with no card far apart, the two see it the same.
pub const SAME_VIEW_BELOW: f64 = 0.5;

impl KenmerkProfile {
    /// How far apart the two means are, when both exist (the verdict does not use it).
    pub fn gap(&self) -> Option<f64> {
        Some((self.professional_mean? - self.client_mean?).abs())
    }

    pub fn verdict(&self) -> Verdict {
        Verdict::judge(self.both_scored, self.far_apart, self.card_gap_mean)
    }

    /// At least one card lay far apart: worth talking about.
    pub fn apart(&self) -> bool {
        matches!(
            self.verdict(),
            Verdict::SometimesApart | Verdict::OftenApart
        )
    }
}

/// The whole profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// In the order of the library's kenmerken; kenmerken that were not played are left out.
    pub kenmerken: Vec<KenmerkProfile>,
    /// Every card of the deck with a revealed round, biggest gap first.
    pub cards: Vec<CardResult>,
    /// The players' own cards ("Eigen kaart") with a revealed round, in the order played. They
    /// have no kenmerk: they count in no kenmerk's figures.
    pub own: Vec<OwnResult>,
}

/// An own card in the profile: its sentence and the last revealed round.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnResult {
    pub card: String,
    pub text: String,
    pub client: Choice,
    pub professional: Choice,
    pub note: String,
    pub marked: bool,
}

fn keyed(score: u8, keying: Keying, steps: u8) -> f64 {
    match keying {
        Keying::Positive => f64::from(score),
        Keying::Negative => f64::from(steps) + 1.0 - f64::from(score),
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
        let own = record
            .cards
            .iter()
            .filter_map(|c| {
                let text = c.own.clone()?;
                let &(client, professional) = c.rounds.last()?;
                Some(OwnResult {
                    card: c.card.clone(),
                    text,
                    client,
                    professional,
                    note: c.note.clone(),
                    marked: c.marked,
                })
            })
            .collect();
        for c in record.cards.iter().filter(|c| c.own.is_none()) {
            if !order.contains(&c.kenmerk) {
                order.push(c.kenmerk.clone());
            }
        }
        let mut kenmerken = Vec::new();
        for kenmerk in order {
            let mut client = Vec::new();
            let mut professional = Vec::new();
            let mut card_gaps = Vec::new();
            let mut far_apart = 0;
            let (mut client_passed, mut professional_passed, mut n) = (0, 0, 0);
            let mut guessed: Option<PerSeat<Guessed>> = None;
            for c in record
                .cards
                .iter()
                .filter(|c| c.kenmerk == kenmerk && c.own.is_none())
            {
                let Some(&(cl, pr)) = c.rounds.last() else {
                    continue;
                };
                n += 1;
                // The guesses of the same (last) round as the choices.
                if c.guesses.len() == c.rounds.len()
                    && let Some(&(client_guess, professional_guess)) = c.guesses.last()
                {
                    let g = guessed.get_or_insert_default();
                    g.client.count(client_guess, pr);
                    g.professional.count(professional_guess, cl);
                }
                match cl {
                    Choice::Score(s) => client.push(keyed(s, c.keying, record.selection.steps)),
                    Choice::Pass => client_passed += 1,
                }
                match pr {
                    Choice::Score(s) => {
                        professional.push(keyed(s, c.keying, record.selection.steps))
                    }
                    Choice::Pass => professional_passed += 1,
                }
                if let (Choice::Score(a), Choice::Score(b)) = (cl, pr) {
                    card_gaps.push(f64::from(a.abs_diff(b)));
                    if a.abs_diff(b) >= FAR_APART {
                        far_apart += 1;
                    }
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
                client_passed,
                professional_passed,
                cards: n,
                both_scored: card_gaps.len(),
                card_gap_mean: mean(&card_gaps),
                far_apart,
                guessed,
            });
        }
        // Biggest gap first; cards with a pass after all scored ones; stable otherwise.
        cards.sort_by_key(|c| std::cmp::Reverse(c.gap.map_or(0, |g| u16::from(g) + 1)));
        Profile {
            kenmerken,
            cards,
            own,
        }
    }

    pub fn kenmerk(&self, id: &str) -> Option<&KenmerkProfile> {
        self.kenmerken.iter().find(|k| k.kenmerk == id)
    }
}
