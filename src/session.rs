//! The rules of one conversation: dealing, hidden ratings, the simultaneous reveal, notes,
//! marks, re-rating and the end. No Bevy types.
//!
//! The screens only read [`Session::view`], whose [`Seat`] type has no value for a rating
//! that has not been revealed. No value leaves this module before the reveal: `Debug` masks
//! hidden choices, and [`Session::record`] holds revealed rounds only.

use std::fmt;

use rand::SeedableRng;
use rand::rngs::Xoshiro256PlusPlus;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};

use crate::deck::{Keying, Library, Wording};

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
        }
    }
}

impl std::error::Error for SessionError {}

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 600;

#[derive(Clone, Default, PartialEq, Eq)]
struct Round {
    client: Option<Choice>,
    professional: Option<Choice>,
    revealed: bool,
}

impl Round {
    fn seat(&self, p: Player) -> Option<Choice> {
        match p {
            Player::Client => self.client,
            Player::Professional => self.professional,
        }
    }

    fn seat_mut(&mut self, p: Player) -> &mut Option<Choice> {
        match p {
            Player::Client => &mut self.client,
            Player::Professional => &mut self.professional,
        }
    }

    fn both_chosen(&self) -> bool {
        self.client.is_some() && self.professional.is_some()
    }
}

impl fmt::Debug for Round {
    // A hidden choice is never printed, not even in a debug log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |c: Option<Choice>| match (c, self.revealed) {
            (None, _) => "waiting".to_string(),
            (Some(_), false) => "hidden".to_string(),
            (Some(c), true) => format!("{c:?}"),
        };
        f.debug_struct("Round")
            .field("client", &show(self.client))
            .field("professional", &show(self.professional))
            .field("revealed", &self.revealed)
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Play {
    card: String,
    item: u16,
    kenmerk: String,
    keying: Keying,
    rounds: Vec<Round>,
    skipped: bool,
    note: String,
    marked: bool,
}

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
    /// Two steps or more.
    Large,
    /// At least one passed.
    Passed,
}

impl Gap {
    pub fn between(a: Choice, b: Choice) -> Gap {
        match (a, b) {
            (Choice::Score(x), Choice::Score(y)) => match x.abs_diff(y) {
                0 => Gap::Same,
                1 => Gap::Small,
                _ => Gap::Large,
            },
            _ => Gap::Passed,
        }
    }
}

/// Where the current card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
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
    pub phase: Phase,
    /// Whose turn it is, in "om de beurt" while choosing.
    pub turn: Option<Player>,
    /// Who chooses first on this round, in "om de beurt".
    pub first: Player,
    pub can_skip: bool,
    pub note: String,
    pub marked: bool,
    /// Earlier revealed rounds of this card (client, professional).
    pub earlier: Vec<(Choice, Choice)>,
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
}

/// One conversation.
#[derive(Debug, Clone)]
pub struct Session {
    selection: Selection,
    plays: Vec<Play>,
    current: usize,
    finished: bool,
    ended_early: bool,
}

impl Session {
    /// Deals the selected cards, shuffled with the selection's seed.
    pub fn new(library: &Library, selection: Selection) -> Result<Session, SessionError> {
        if library.field(&selection.field).is_none() {
            return Err(SessionError::UnknownField(selection.field.clone()));
        }
        for k in &selection.kenmerken {
            if library.kenmerk(k).is_none() {
                return Err(SessionError::UnknownKenmerk(k.clone()));
            }
        }
        let mut plays: Vec<Play> = library
            .cards
            .iter()
            .filter(|c| library.kenmerk(&c.kenmerk).is_some())
            .filter(|c| selection.kenmerken.is_empty() || selection.kenmerken.contains(&c.kenmerk))
            .filter(|c| !selection.short || c.short)
            .map(|c| Play {
                card: c.id.clone(),
                item: c.item,
                kenmerk: c.kenmerk.clone(),
                keying: c.keying,
                rounds: vec![Round::default()],
                skipped: false,
                note: String::new(),
                marked: false,
            })
            .collect();
        if plays.is_empty() {
            return Err(SessionError::NoCards);
        }
        // Sort first so the deal depends only on the seed and the set of cards, not file order.
        plays.sort_by(|a, b| a.card.cmp(&b.card));
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(selection.seed);
        plays.shuffle(&mut rng);
        Ok(Session {
            selection,
            plays,
            current: 0,
            finished: false,
            ended_early: false,
        })
    }

    /// Picks a session up again from its record (after a crash or a closed window). Only
    /// revealed rounds are on record, so a round that was being chosen starts again.
    pub fn from_record(record: &SessionRecord) -> Result<Session, SessionError> {
        if record.cards.is_empty() {
            return Err(SessionError::NoCards);
        }
        let mut plays = Vec::with_capacity(record.cards.len());
        for c in &record.cards {
            let mut rounds = Vec::with_capacity(c.rounds.len() + 1);
            for &(client, professional) in &c.rounds {
                for choice in [client, professional] {
                    if let Choice::Score(s) = choice
                        && !(1..=5).contains(&s)
                    {
                        return Err(SessionError::InvalidScore(s));
                    }
                }
                rounds.push(Round {
                    client: Some(client),
                    professional: Some(professional),
                    revealed: true,
                });
            }
            plays.push(Play {
                card: c.card.clone(),
                item: c.item,
                kenmerk: c.kenmerk.clone(),
                keying: c.keying,
                rounds,
                skipped: c.skipped,
                note: c.note.chars().take(MAX_NOTE_CHARS).collect(),
                marked: c.marked,
            });
        }
        let current = record.current.min(plays.len());
        let finished = record.finished || current >= plays.len();
        // The current card gets a fresh round unless its last round was revealed.
        if !finished
            && let Some(play) = plays.get_mut(current)
            && !play.rounds.last().is_some_and(|r| r.revealed)
        {
            play.rounds.push(Round::default());
        }
        // Cards not reached yet hold one empty round, as when dealt.
        for play in plays.iter_mut().skip(current + 1) {
            if play.rounds.is_empty() && !play.skipped {
                play.rounds.push(Round::default());
            }
        }
        Ok(Session {
            selection: record.selection.clone(),
            plays,
            current,
            finished,
            ended_early: record.ended_early,
        })
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The ids of the cards in the order dealt.
    pub fn deal(&self) -> Vec<&str> {
        self.plays.iter().map(|p| p.card.as_str()).collect()
    }

    fn play(&self) -> Result<&Play, SessionError> {
        if self.finished {
            return Err(SessionError::Finished);
        }
        self.plays.get(self.current).ok_or(SessionError::Finished)
    }

    fn play_mut(&mut self) -> Result<&mut Play, SessionError> {
        if self.finished {
            return Err(SessionError::Finished);
        }
        self.plays
            .get_mut(self.current)
            .ok_or(SessionError::Finished)
    }

    fn first_player(&self, round_index: usize) -> Player {
        if (self.current + round_index) % 2 == 0 {
            Player::Client
        } else {
            Player::Professional
        }
    }

    fn turn_of(&self, play: &Play) -> Option<Player> {
        let round = play.rounds.last()?;
        if round.revealed || self.selection.mode != Mode::TakeTurns {
            return None;
        }
        let first = self.first_player(play.rounds.len() - 1);
        if round.seat(first).is_none() {
            Some(first)
        } else if round.seat(first.other()).is_none() {
            Some(first.other())
        } else {
            None
        }
    }

    fn place(&mut self, player: Player, choice: Choice) -> Result<(), SessionError> {
        let play = self.play()?;
        let round = play.rounds.last().ok_or(SessionError::Finished)?;
        if round.revealed {
            return Err(SessionError::AlreadyRevealed);
        }
        if self.selection.mode == Mode::TakeTurns {
            match self.turn_of(play) {
                Some(turn) if turn == player => {}
                Some(turn) => return Err(SessionError::NotYourTurn { turn }),
                None => return Err(SessionError::AlreadyChosen),
            }
        }
        let play = self.play_mut()?;
        if let Some(round) = play.rounds.last_mut() {
            *round.seat_mut(player) = Some(choice);
        }
        Ok(())
    }

    /// Places (or, in "tegelijk", changes) a player's hidden score.
    pub fn choose(&mut self, player: Player, score: u8) -> Result<(), SessionError> {
        if !(1..=5).contains(&score) {
            return Err(SessionError::InvalidScore(score));
        }
        self.place(player, Choice::Score(score))
    }

    /// A player passes on this card ("Sla ik over"). Hidden like a score until the reveal.
    pub fn pass(&mut self, player: Player) -> Result<(), SessionError> {
        self.place(player, Choice::Pass)
    }

    /// Turns both choices over in one step. Only when both have chosen.
    pub fn reveal(&mut self) -> Result<(), SessionError> {
        let play = self.play_mut()?;
        let round = play.rounds.last_mut().ok_or(SessionError::Finished)?;
        if round.revealed {
            return Err(SessionError::AlreadyRevealed);
        }
        if !round.both_chosen() {
            return Err(SessionError::NotBothChosen);
        }
        round.revealed = true;
        Ok(())
    }

    /// Skips the current card, only before anyone has chosen on it.
    pub fn skip(&mut self) -> Result<(), SessionError> {
        let play = self.play()?;
        let untouched = play.rounds.len() == 1
            && play.rounds[0].client.is_none()
            && play.rounds[0].professional.is_none();
        if !untouched {
            return Err(SessionError::SkipNotAllowed);
        }
        let play = self.play_mut()?;
        play.skipped = true;
        play.rounds.clear();
        self.advance();
        Ok(())
    }

    fn require_revealed(&self) -> Result<(), SessionError> {
        let play = self.play()?;
        if play.rounds.iter().any(|r| r.revealed) {
            Ok(())
        } else {
            Err(SessionError::NotRevealed)
        }
    }

    /// The professional's short note on this card, after the reveal.
    pub fn set_note(&mut self, note: &str) -> Result<(), SessionError> {
        self.require_revealed()?;
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(SessionError::NoteTooLong {
                max: MAX_NOTE_CHARS,
            });
        }
        self.play_mut()?.note = note.to_string();
        Ok(())
    }

    /// Marks the card "hier wil ik later verder over praten", or takes the mark away.
    pub fn set_marked(&mut self, marked: bool) -> Result<(), SessionError> {
        self.require_revealed()?;
        self.play_mut()?.marked = marked;
        Ok(())
    }

    /// Starts a new round on this card; the revealed round stays on record.
    pub fn rerate(&mut self) -> Result<(), SessionError> {
        let play = self.play_mut()?;
        match play.rounds.last() {
            Some(r) if r.revealed => {
                play.rounds.push(Round::default());
                Ok(())
            }
            _ => Err(SessionError::NotRevealed),
        }
    }

    /// Goes to the next card after the reveal; after the last card the session is finished.
    pub fn next(&mut self) -> Result<(), SessionError> {
        let play = self.play()?;
        if !play.rounds.last().is_some_and(|r| r.revealed) {
            return Err(SessionError::NotRevealed);
        }
        self.advance();
        Ok(())
    }

    fn advance(&mut self) {
        self.current += 1;
        if self.current >= self.plays.len() {
            self.finished = true;
        }
    }

    /// Stops now. A round that was not revealed is dropped: it never happened.
    pub fn end(&mut self) -> Result<(), SessionError> {
        if self.finished {
            return Err(SessionError::Finished);
        }
        if let Some(play) = self.plays.get_mut(self.current) {
            play.rounds.retain(|r| r.revealed);
        }
        self.ended_early = true;
        self.finished = true;
        Ok(())
    }

    /// Changes how the players choose from now on (for example when the phones cannot connect).
    /// The cards and every choice already made stay as they are: the rules of a round are the
    /// same in every mode; only who may choose first differs in "om de beurt".
    pub fn set_mode(&mut self, mode: Mode) -> Result<(), SessionError> {
        if self.finished {
            return Err(SessionError::Finished);
        }
        self.selection.mode = mode;
        Ok(())
    }

    /// True when the players stopped early and a card is left to play: "Verder spelen" can
    /// take them back to where they stopped.
    pub fn can_reopen(&self) -> bool {
        self.finished && self.ended_early && self.current < self.plays.len()
    }

    /// Goes on after stopping early, on the card where the players stopped. A card that was
    /// already turned over comes back turned over; otherwise it gets a fresh round.
    pub fn reopen(&mut self) -> Result<(), SessionError> {
        if !self.can_reopen() {
            return Err(SessionError::NothingLeft);
        }
        self.finished = false;
        self.ended_early = false;
        if let Some(play) = self.plays.get_mut(self.current)
            && !play.rounds.last().is_some_and(|r| r.revealed)
        {
            play.rounds.push(Round::default());
        }
        Ok(())
    }

    /// What a screen may show.
    pub fn view(&self) -> TableView {
        let total = self.plays.len();
        let Some(play) = self.plays.get(self.current).filter(|_| !self.finished) else {
            return TableView {
                card_id: String::new(),
                position: total,
                total,
                round: 0,
                client: Seat::Waiting,
                professional: Seat::Waiting,
                phase: Phase::Finished,
                turn: None,
                first: Player::Client,
                can_skip: false,
                note: String::new(),
                marked: false,
                earlier: Vec::new(),
            };
        };
        let round_index = play.rounds.len().saturating_sub(1);
        let round = play.rounds.last().cloned().unwrap_or_default();
        let seat = |c: Option<Choice>| match (c, round.revealed) {
            (None, _) => Seat::Waiting,
            (Some(_), false) => Seat::Chosen,
            (Some(c), true) => Seat::Revealed(c),
        };
        let phase = match (round.revealed, round.client, round.professional) {
            (true, Some(c), Some(p)) => Phase::Revealed {
                client: c,
                professional: p,
                gap: Gap::between(c, p),
            },
            (false, Some(_), Some(_)) => Phase::Ready,
            _ => Phase::Choosing,
        };
        let earlier = play.rounds[..round_index]
            .iter()
            .filter(|r| r.revealed)
            .filter_map(|r| Some((r.client?, r.professional?)))
            .collect();
        TableView {
            card_id: play.card.clone(),
            position: self.current + 1,
            total,
            round: round_index + 1,
            client: seat(round.client),
            professional: seat(round.professional),
            phase,
            turn: self.turn_of(play),
            first: self.first_player(round_index),
            can_skip: round_index == 0 && round.client.is_none() && round.professional.is_none(),
            note: play.note.clone(),
            marked: play.marked,
            earlier,
        }
    }

    /// The session as it goes on record: revealed rounds only.
    pub fn record(&self) -> SessionRecord {
        let cards = self
            .plays
            .iter()
            .map(|p| CardRecord {
                card: p.card.clone(),
                item: p.item,
                kenmerk: p.kenmerk.clone(),
                keying: p.keying,
                skipped: p.skipped,
                rounds: p
                    .rounds
                    .iter()
                    .filter(|r| r.revealed)
                    .filter_map(|r| Some((r.client?, r.professional?)))
                    .collect(),
                note: p.note.clone(),
                marked: p.marked,
            })
            .collect();
        SessionRecord {
            selection: self.selection.clone(),
            cards,
            finished: self.finished,
            ended_early: self.ended_early,
            current: self.current.min(self.plays.len()),
        }
    }
}
