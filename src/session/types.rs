//! The words of the rules: players, modes, choices (and a hidden one), the selection, errors.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::deck::Wording;

/// The two people at the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Player {
    Client,
    Professional,
}

impl Player {
    /// The field's own word for this seat, with a capital ("Bewoner", "Begeleider"); "Cliënt"
    /// and "Professional" without a field. Screens, exports and phones all use this one.
    pub fn name(self, field: Option<&crate::deck::Field>) -> String {
        let word = match (self, field) {
            (Player::Client, Some(f)) => f.client.as_str(),
            (Player::Professional, Some(f)) => f.werker.as_str(),
            (Player::Client, None) => "cliënt",
            (Player::Professional, None) => "professional",
        };
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    pub fn other(self) -> Player {
        match self {
            Player::Client => Player::Professional,
            Player::Professional => Player::Client,
        }
    }

    /// Both seats, the client first.
    pub const ALL: [Player; 2] = [Player::Client, Player::Professional];
}

/// One value for each seat, read and written by [`Player`] (no index arithmetic).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct PerSeat<T> {
    pub client: T,
    pub professional: T,
}

impl<T> PerSeat<T> {
    /// Each seat's value from `f`.
    pub fn new(mut f: impl FnMut(Player) -> T) -> PerSeat<T> {
        PerSeat {
            client: f(Player::Client),
            professional: f(Player::Professional),
        }
    }

    /// The same value for both seats.
    pub fn both(value: T) -> PerSeat<T>
    where
        T: Clone,
    {
        PerSeat {
            client: value.clone(),
            professional: value,
        }
    }

    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> PerSeat<U> {
        PerSeat {
            client: f(&self.client),
            professional: f(&self.professional),
        }
    }

    /// Each seat with its value, the client first.
    pub fn iter(&self) -> impl Iterator<Item = (Player, &T)> {
        [
            (Player::Client, &self.client),
            (Player::Professional, &self.professional),
        ]
        .into_iter()
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        [&mut self.client, &mut self.professional].into_iter()
    }
}

impl<T> std::ops::Index<Player> for PerSeat<T> {
    type Output = T;
    fn index(&self, p: Player) -> &T {
        match p {
            Player::Client => &self.client,
            Player::Professional => &self.professional,
        }
    }
}

impl<T> std::ops::IndexMut<Player> for PerSeat<T> {
    fn index_mut(&mut self, p: Player) -> &mut T {
        match p {
            Player::Client => &mut self.client,
            Player::Professional => &mut self.professional,
        }
    }
}

/// How the two hidden ratings are placed at one screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Mode {
    /// One after the other, with a cover screen in between. Who starts alternates per card.
    #[default]
    TakeTurns,
    /// Both at once on a split screen, each with their own buttons and keys.
    Together,
    /// Both at once, each on their own phone (or one phone and the laptop keys).
    Phones,
}

/// A rating: a score on the five-point scale, or a pass.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Choice {
    Score(u8),
    Pass,
}

impl fmt::Debug for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Score(s) => write!(f, "Score({s})"),
            Choice::Pass => f.write_str("Pass"),
        }
    }
}

impl Choice {
    pub fn score(self) -> Option<u8> {
        match self {
            Choice::Score(s) => Some(s),
            Choice::Pass => None,
        }
    }
}

/// A score on its way to the table, face down: only a value on the longest scale a pack may
/// have can be made (the session refuses one beyond its own scale), and its `Debug` shows no
/// number, so no log line, panic message or `{:?}` can give it away.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Hidden(pub(super) u8);

impl Hidden {
    /// `None` outside every scale (0, or more steps than a pack may have).
    pub fn new(score: u8) -> Option<Hidden> {
        (1..=*crate::deck::SCALE_STEPS.end())
            .contains(&score)
            .then_some(Hidden(score))
    }
}

impl Hidden {
    /// Whether the score lies on a scale of `steps` steps (says only that, never the score):
    /// the phone server refuses a score beyond the pack's scale before the game hears of it.
    pub fn within(&self, steps: u8) -> bool {
        self.0 <= steps
    }
}

/// A score from outside (a test, a file): off the scale is [`SessionError::InvalidScore`].
impl TryFrom<u8> for Hidden {
    type Error = SessionError;
    fn try_from(score: u8) -> Result<Hidden, SessionError> {
        Hidden::new(score).ok_or(SessionError::InvalidScore(score))
    }
}

impl fmt::Debug for Hidden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Hidden")
    }
}

/// What the players chose to play with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// Kenmerk ids; empty means all.
    pub kenmerken: Vec<String>,
    /// Only the cards marked for the short version.
    pub short: bool,
    pub field: String,
    pub wording: Wording,
    pub mode: Mode,
    pub seed: u64,
    /// The language each player reads their card in. Saves from before languages read as Dutch.
    #[serde(default)]
    pub languages: SeatLanguages,
    /// "Raad de ander": besides their own choice, each player guesses the other's, hidden the
    /// same way; the flip shows all four. Goes with every way of choosing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub guess: bool,
    /// The pack played (its id), set by [`crate::session::Session::new`]. Saves from before
    /// packs have none: they were played with the first pack.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pack: String,
    /// How many steps the pack's scale has, set by [`crate::session::Session::new`]; a score
    /// runs from 1 to this.
    #[serde(default = "steps_before_packs")]
    pub steps: u8,
}

/// Saves from before packs knew one scale only, of five steps.
fn steps_before_packs() -> u8 {
    5
}

impl Default for Selection {
    fn default() -> Selection {
        Selection {
            kenmerken: Vec::new(),
            short: false,
            field: String::new(),
            wording: Wording::default(),
            mode: Mode::default(),
            seed: 0,
            languages: SeatLanguages::default(),
            guess: false,
            pack: String::new(),
            steps: steps_before_packs(),
        }
    }
}

impl Selection {
    /// Whether a score is on this conversation's scale.
    pub fn on_scale(&self, score: u8) -> bool {
        (1..=self.steps).contains(&score)
    }
}

/// Each player's language (a code such as "nl" or "en"); the shared screens follow the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeatLanguages {
    pub client: String,
    pub professional: String,
}

impl Default for SeatLanguages {
    fn default() -> Self {
        SeatLanguages {
            client: crate::lang::BASE.to_string(),
            professional: crate::lang::BASE.to_string(),
        }
    }
}

impl SeatLanguages {
    pub fn of(&self, player: Player) -> &str {
        match player {
            Player::Client => &self.client,
            Player::Professional => &self.professional,
        }
    }
}

/// Everything that can go wrong when acting on a session. Never a panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    UnknownField(String),
    UnknownKenmerk(String),
    NoCards,
    Finished,
    InvalidScore(u8),
    NotYourTurn {
        turn: Player,
    },
    AlreadyChosen,
    AlreadyRevealed,
    NotRevealed,
    NotBothChosen,
    SkipNotAllowed,
    NoteTooLong {
        max: usize,
    },
    /// "Verder spelen" after stopping, when there is nothing left to play.
    NothingLeft,
    /// "Even pauze": nothing on the table moves until the one who paused goes on.
    Paused,
    /// Only the one who paused ends the pause.
    PausedByOther {
        by: Player,
    },
    /// "Verder" when there is no pause.
    NotPaused,
    /// An own card with no words.
    OwnCardEmpty,
    /// An own card longer than this many characters.
    OwnCardTooLong {
        max: usize,
    },
    /// An own card only between cards: after the flip, or before anyone chose.
    OwnCardNotNow,
    /// Own cards already wait between these two cards (one for each seat).
    OwnCardWaits,
    /// This conversation has this many own cards already.
    OwnCardsEnough {
        max: usize,
    },
    /// A guess, but the players do not play "Raad de ander".
    NotGuessing,
    /// A guess before one's own choice: the own choice comes first.
    ChooseFirst,
}

impl SessionError {
    /// Every kind once, for checks.
    pub fn examples() -> Vec<SessionError> {
        vec![
            SessionError::UnknownField("x".into()),
            SessionError::UnknownKenmerk("x".into()),
            SessionError::NoCards,
            SessionError::Finished,
            SessionError::InvalidScore(9),
            SessionError::NotYourTurn {
                turn: Player::Client,
            },
            SessionError::AlreadyChosen,
            SessionError::AlreadyRevealed,
            SessionError::NotRevealed,
            SessionError::NotBothChosen,
            SessionError::SkipNotAllowed,
            SessionError::NoteTooLong { max: 500 },
            SessionError::NothingLeft,
            SessionError::Paused,
            SessionError::PausedByOther { by: Player::Client },
            SessionError::NotPaused,
            SessionError::OwnCardEmpty,
            SessionError::OwnCardTooLong { max: 200 },
            SessionError::OwnCardNotNow,
            SessionError::OwnCardWaits,
            SessionError::OwnCardsEnough { max: 10 },
            SessionError::NotGuessing,
            SessionError::ChooseFirst,
        ]
    }

    /// The error in the reader's language (`Display` keeps Dutch, for the log).
    pub fn words(&self, tr: crate::lang::Tr) -> String {
        match self {
            SessionError::UnknownField(id) => {
                tr.f("sessie-fout-werkveld", [("id", id.clone().into())])
            }
            SessionError::UnknownKenmerk(id) => {
                tr.f("sessie-fout-kenmerk", [("id", id.clone().into())])
            }
            SessionError::NoCards => tr.t("sessie-fout-geen-kaarten"),
            SessionError::Finished => tr.t("sessie-fout-afgelopen"),
            SessionError::InvalidScore(s) => tr.f("sessie-fout-score", [("score", (*s).into())]),
            SessionError::NotYourTurn { .. } => tr.t("sessie-fout-beurt"),
            SessionError::AlreadyChosen => tr.t("sessie-fout-al-gekozen"),
            SessionError::AlreadyRevealed => tr.t("sessie-fout-al-omgedraaid"),
            SessionError::NotRevealed => tr.t("sessie-fout-niet-omgedraaid"),
            SessionError::NotBothChosen => tr.t("sessie-fout-niet-allebei"),
            SessionError::SkipNotAllowed => tr.t("sessie-fout-overslaan"),
            SessionError::NoteTooLong { max } => {
                tr.f("sessie-fout-notitie", [("max", (*max).into())])
            }
            SessionError::NothingLeft => tr.t("sessie-fout-niets-meer"),
            SessionError::Paused => tr.t("sessie-fout-pauze"),
            SessionError::PausedByOther { .. } => tr.t("sessie-fout-pauze-van-ander"),
            SessionError::NotPaused => tr.t("sessie-fout-geen-pauze"),
            SessionError::OwnCardEmpty => tr.t("sessie-fout-eigen-leeg"),
            SessionError::OwnCardTooLong { max } => {
                tr.f("sessie-fout-eigen-lang", [("max", (*max).into())])
            }
            SessionError::OwnCardNotNow => tr.t("sessie-fout-eigen-nu-niet"),
            SessionError::OwnCardWaits => tr.t("sessie-fout-eigen-wacht"),
            SessionError::OwnCardsEnough { max } => {
                tr.f("sessie-fout-eigen-genoeg", [("max", (*max).into())])
            }
            SessionError::NotGuessing => tr.t("sessie-fout-niet-raden"),
            SessionError::ChooseFirst => tr.t("sessie-fout-eerst-kiezen"),
        }
    }
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::UnknownField(id) => write!(f, "onbekend werkveld \"{id}\""),
            SessionError::UnknownKenmerk(id) => write!(f, "onbekend kenmerk \"{id}\""),
            SessionError::NoCards => {
                f.write_str("met deze keuze zijn er geen kaarten om te spelen")
            }
            SessionError::Finished => f.write_str("het spel is al afgelopen"),
            SessionError::InvalidScore(s) => {
                write!(f, "{s} staat niet op de schaal (1 tot en met 5)")
            }
            SessionError::NotYourTurn { .. } => f.write_str("de ander is aan de beurt"),
            SessionError::AlreadyChosen => f.write_str("de keuze is al doorgegeven"),
            SessionError::AlreadyRevealed => f.write_str("de kaarten zijn al omgedraaid"),
            SessionError::NotRevealed => f.write_str("de kaarten zijn nog niet omgedraaid"),
            SessionError::NotBothChosen => f.write_str("nog niet iedereen heeft gekozen"),
            SessionError::SkipNotAllowed => {
                f.write_str("deze kaart is al gekozen en kan niet meer worden overgeslagen")
            }
            SessionError::NoteTooLong { max } => {
                write!(f, "een notitie mag hoogstens {max} tekens zijn")
            }
            SessionError::NothingLeft => f.write_str("er zijn geen kaarten meer om te spelen"),
            SessionError::Paused => f.write_str("er is even pauze"),
            SessionError::PausedByOther { .. } => {
                f.write_str("alleen wie de pauze vroeg, gaat verder")
            }
            SessionError::NotPaused => f.write_str("er is geen pauze"),
            SessionError::OwnCardEmpty => f.write_str("een eigen kaart zonder woorden"),
            SessionError::OwnCardTooLong { max } => {
                write!(f, "een eigen kaart mag hoogstens {max} tekens zijn")
            }
            SessionError::OwnCardNotNow => {
                f.write_str("een eigen kaart kan alleen tussen twee kaarten")
            }
            SessionError::OwnCardWaits => {
                f.write_str("er liggen al eigen kaarten klaar voor na deze kaart")
            }
            SessionError::OwnCardsEnough { max } => {
                write!(f, "dit gesprek heeft al {max} eigen kaarten")
            }
            SessionError::NotGuessing => f.write_str("jullie spelen niet 'Raad de ander'"),
            SessionError::ChooseFirst => f.write_str("eerst je eigen keuze, dan je gok"),
        }
    }
}

impl std::error::Error for SessionError {}
