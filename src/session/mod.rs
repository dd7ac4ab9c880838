//! The rules of one conversation: dealing, hidden ratings, the simultaneous reveal, notes,
//! marks, re-rating and the end. No Bevy types.
//!
//! A conversation changes only through [`Session::apply`] with a [`Move`].
//! The screens only read [`Session::view`], whose [`Seat`] type has no value for a rating
//! that has not been revealed. No value leaves this module before the reveal: `Debug` masks
//! hidden choices, and [`Session::record`] holds revealed rounds only.

mod may;
mod moves;
mod record;
mod round;
mod text;
mod types;
mod view;

use rand::SeedableRng;
use rand::rngs::Xoshiro256PlusPlus;
use rand::seq::SliceRandom;

use crate::deck::Library;

pub use may::{May, SeatMay};
pub use moves::{Move, Outcome};
use round::{Play, Round};
pub use text::{MAX_MARKS_PER_LETTER, clean_card_text, seen_chars};
pub use types::*;
pub use view::*;

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 600;

/// The longest own card ("Eigen kaart"), in characters: about two lines on the card.
pub const MAX_OWN_CARD_CHARS: usize = 200;

/// At most this many own cards in one conversation (five for each seat).
pub const MAX_OWN_CARDS: usize = 10;

/// At most this many own cards wait between two cards: one for each seat.
pub const MAX_OWN_CARDS_WAITING: usize = 2;

/// The longest code for a conversation ("K-17"), in characters: on the start screen, from
/// `--label` and in the rules.
pub const MAX_LABEL_CHARS: usize = 40;

/// One conversation.
#[derive(Debug, Clone)]
pub struct Session {
    selection: Selection,
    plays: Vec<Play>,
    current: usize,
    finished: bool,
    ended_early: bool,
    /// "Even pauze": who asked for it, while it lasts.
    paused: Option<Player>,
}

impl Session {
    /// Deals the selected cards, shuffled with the selection's seed.
    pub fn new(library: &Library, mut selection: Selection) -> Result<Session, SessionError> {
        selection.pack = library.pack.id.clone();
        selection.steps = library.steps();
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
                own: None,
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
            paused: None,
        })
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Who asked for "Even pauze", while it lasts.
    pub fn paused(&self) -> Option<Player> {
        self.paused
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

    /// The card on the table, to change; only called after [`Session::allows`] said yes.
    fn current_mut(&mut self) -> Option<&mut Play> {
        self.plays.get_mut(self.current)
    }

    fn not_finished(&self) -> Result<(), SessionError> {
        if self.finished {
            Err(SessionError::Finished)
        } else {
            Ok(())
        }
    }

    fn first_player(&self, round_index: usize) -> Player {
        if (self.current + round_index).is_multiple_of(2) {
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
        let guessing = self.selection.guess;
        if !round.done(first, guessing) {
            Some(first)
        } else if !round.done(first.other(), guessing) {
            Some(first.other())
        } else {
            None
        }
    }

    /// In "om de beurt": the player whose turn it is may place this (their choice, or their
    /// guess after it), once.
    fn check_turn(&self, play: &Play, player: Player) -> Result<(), SessionError> {
        match self.turn_of(play) {
            Some(turn) if turn == player => Ok(()),
            Some(turn) => Err(SessionError::NotYourTurn { turn }),
            None => Err(SessionError::AlreadyChosen),
        }
    }

    /// The round `player` may place something on now (not turned over; in turns, theirs).
    fn open_round(&self, player: Player) -> Result<&Round, SessionError> {
        let play = self.play()?;
        let round = play.rounds.last().ok_or(SessionError::Finished)?;
        if round.revealed {
            return Err(SessionError::AlreadyRevealed);
        }
        if self.selection.mode == Mode::TakeTurns {
            self.check_turn(play, player)?;
        }
        Ok(round)
    }

    /// A choice or a pass may be placed (hidden) by `player` now.
    fn may_place(&self, player: Player) -> Result<(), SessionError> {
        let round = self.open_round(player)?;
        // In turns a choice is placed once (the guess may still be to come).
        if self.selection.mode == Mode::TakeTurns && round.seat(player).is_some() {
            return Err(SessionError::AlreadyChosen);
        }
        Ok(())
    }

    /// A score that came in face down (from a key, a button or a phone): on this pack's scale,
    /// where a choice may be placed.
    fn may_score(&self, player: Player, score: Hidden) -> Result<(), SessionError> {
        if !self.selection.on_scale(score.0) {
            return Err(SessionError::InvalidScore(score.0));
        }
        self.may_place(player)
    }

    fn place(&mut self, player: Player, choice: Choice) {
        if let Some(round) = self.current_mut().and_then(|p| p.rounds.last_mut()) {
            *round.seat_mut(player) = Some(choice);
        }
    }

    /// "Raad de ander": a player's guess of the other's choice, after their own choice.
    fn may_guess(&self, player: Player, guess: Option<Hidden>) -> Result<(), SessionError> {
        if !self.selection.guess {
            return Err(SessionError::NotGuessing);
        }
        if let Some(h) = guess
            && !self.selection.on_scale(h.0)
        {
            return Err(SessionError::InvalidScore(h.0));
        }
        if self.open_round(player)?.seat(player).is_none() {
            return Err(SessionError::ChooseFirst);
        }
        Ok(())
    }

    fn place_guess(&mut self, player: Player, guess: Option<Hidden>) {
        if let Some(round) = self.current_mut().and_then(|p| p.rounds.last_mut()) {
            round.guesses[player] = Some(guess.map_or(Choice::Pass, |h| Choice::Score(h.0)));
        }
    }

    /// Both choices turn over in one step, only when both have chosen.
    fn may_turn_over(&self) -> Result<(), SessionError> {
        let round = self.play()?.rounds.last().ok_or(SessionError::Finished)?;
        if round.revealed {
            return Err(SessionError::AlreadyRevealed);
        }
        if !round.complete(self.selection.guess) {
            return Err(SessionError::NotBothChosen);
        }
        Ok(())
    }

    fn turn_over(&mut self) {
        if let Some(round) = self.current_mut().and_then(|p| p.rounds.last_mut()) {
            round.revealed = true;
        }
    }

    /// Nobody chose on the card on the table yet (in its first round).
    fn untouched(play: &Play) -> bool {
        play.rounds.len() == 1
            && play.rounds[0].client.is_none()
            && play.rounds[0].professional.is_none()
    }

    /// The current card may be left out only before anyone has chosen on it.
    fn may_skip(&self) -> Result<(), SessionError> {
        if Self::untouched(self.play()?) {
            Ok(())
        } else {
            Err(SessionError::SkipNotAllowed)
        }
    }

    fn skip_card(&mut self) {
        if let Some(play) = self.current_mut() {
            play.skipped = true;
            play.rounds.clear();
        }
        self.advance();
    }

    /// The card's last round is turned over: on to the next card, or the same card again.
    fn require_last_revealed(&self) -> Result<(), SessionError> {
        if self.play()?.rounds.last().is_some_and(|r| r.revealed) {
            Ok(())
        } else {
            Err(SessionError::NotRevealed)
        }
    }

    /// The professional's short note on this card, in the talk after a flip.
    fn may_note(&self, note: &str) -> Result<(), SessionError> {
        self.require_last_revealed()?;
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(SessionError::NoteTooLong {
                max: MAX_NOTE_CHARS,
            });
        }
        Ok(())
    }

    fn write_note(&mut self, note: &str) {
        if let Some(play) = self.current_mut() {
            play.note = note.to_string();
        }
    }

    /// Marks the card "hier wil ik later verder over praten", or takes the mark away.
    fn mark(&mut self, marked: bool) {
        if let Some(play) = self.current_mut() {
            play.marked = marked;
        }
    }

    /// A new round on this card; the revealed round stays on record.
    fn new_round(&mut self) {
        if let Some(play) = self.current_mut() {
            play.rounds.push(Round::default());
        }
    }

    /// On to the next card; after the last card the session is finished.
    fn advance(&mut self) {
        self.current += 1;
        if self.current >= self.plays.len() {
            self.finished = true;
        }
    }

    /// Stops now. A round that was not revealed is dropped: it never happened.
    fn stop(&mut self) {
        if let Some(play) = self.current_mut() {
            play.rounds.retain(|r| r.revealed);
        }
        self.ended_early = true;
        self.finished = true;
    }

    /// "Eigen kaart": where the players' own sentence would go now (after the flip it comes
    /// next; on a card nobody chose on yet it comes first, that card waits), and its words.
    fn own_card_place(&self, text: &str) -> Result<(usize, String), SessionError> {
        let text = clean_card_text(text);
        if text.is_empty() {
            return Err(SessionError::OwnCardEmpty);
        }
        if text.chars().count() > MAX_OWN_CARD_CHARS {
            return Err(SessionError::OwnCardTooLong {
                max: MAX_OWN_CARD_CHARS,
            });
        }
        let play = self.play()?;
        let at = if play.rounds.last().is_some_and(|r| r.revealed) {
            self.current + 1
        } else if Self::untouched(play) {
            self.current
        } else {
            return Err(SessionError::OwnCardNotNow);
        };
        if self.plays.iter().filter(|p| p.own.is_some()).count() >= MAX_OWN_CARDS {
            return Err(SessionError::OwnCardsEnough { max: MAX_OWN_CARDS });
        }
        // Own cards not played yet, right where this one would go.
        let waiting = self.plays[at.min(self.plays.len())..]
            .iter()
            .take_while(|p| p.own.is_some() && !p.skipped && !p.rounds.iter().any(|r| r.revealed))
            .count();
        if waiting >= MAX_OWN_CARDS_WAITING {
            return Err(SessionError::OwnCardWaits);
        }
        Ok((at, text))
    }

    fn add_own_card(&mut self, text: &str) {
        let Ok((at, text)) = self.own_card_place(text) else {
            return;
        };
        let n = self.plays.iter().filter(|p| p.own.is_some()).count() + 1;
        self.plays.insert(
            at,
            Play {
                card: format!("eigen-{n}"),
                item: 0,
                kenmerk: String::new(),
                keying: crate::deck::Keying::Positive,
                rounds: vec![Round::default()],
                skipped: false,
                note: String::new(),
                marked: false,
                own: Some(text),
            },
        );
    }

    /// True when the players stopped early and a card is left to play: "Verder spelen" can
    /// take them back to where they stopped.
    pub fn can_reopen(&self) -> bool {
        self.finished && self.ended_early && self.current < self.plays.len()
    }

    fn may_go_on(&self) -> Result<(), SessionError> {
        if self.can_reopen() {
            Ok(())
        } else {
            Err(SessionError::NothingLeft)
        }
    }

    /// Goes on after stopping early, on the card where the players stopped. A card that was
    /// already turned over comes back turned over; otherwise it gets a fresh round.
    fn go_on(&mut self) {
        self.finished = false;
        self.ended_early = false;
        if let Some(play) = self.current_mut()
            && !play.rounds.last().is_some_and(|r| r.revealed)
        {
            play.rounds.push(Round::default());
        }
    }

    /// Where the card on the table is (the phase of [`TableView`]).
    fn card_state(&self) -> CardState {
        let Some(play) = self.plays.get(self.current).filter(|_| !self.finished) else {
            return CardState::Finished;
        };
        let round = play.rounds.last().cloned().unwrap_or_default();
        match (round.revealed, round.client, round.professional) {
            (true, Some(c), Some(p)) => CardState::Revealed {
                client: c,
                professional: p,
                gap: Gap::between(c, p, self.selection().steps),
            },
            (false, Some(_), Some(_)) if round.complete(self.selection.guess) => CardState::Ready,
            _ => CardState::Choosing,
        }
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
                phase: CardState::Finished,
                turn: None,
                first: Player::Client,
                can_skip: false,
                note: String::new(),
                marked: false,
                earlier: Vec::new(),
                paused: None,
                own: None,
                guesses: None,
                may: self.may(),
            };
        };
        let round_index = play.rounds.len().saturating_sub(1);
        let round = play.rounds.last().cloned().unwrap_or_default();
        let seat = |c: Option<Choice>| match (c, round.revealed) {
            (None, _) => Seat::Waiting,
            (Some(_), false) => Seat::Chosen,
            (Some(c), true) => Seat::Revealed(c),
        };
        let guessing = self.selection.guess;
        let phase = self.card_state();
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
            paused: self.paused,
            own: play.own.clone(),
            guesses: guessing.then(|| round.guesses.map(|g| seat(*g))),
            may: self.may(),
        }
    }
}
