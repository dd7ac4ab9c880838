//! One card in play and its rounds: the hidden choices live here, masked in `Debug`.

use std::fmt;

use crate::deck::Keying;

use super::{Choice, PerSeat, Player};

#[derive(Clone, Default, PartialEq, Eq)]
pub(super) struct Round {
    pub(super) client: Option<Choice>,
    pub(super) professional: Option<Choice>,
    /// "Raad de ander": each seat's guess of the other's choice (`Pass`: "Weet ik niet").
    pub(super) guesses: PerSeat<Option<Choice>>,
    pub(super) revealed: bool,
}

impl Round {
    pub(super) fn seat(&self, p: Player) -> Option<Choice> {
        match p {
            Player::Client => self.client,
            Player::Professional => self.professional,
        }
    }

    pub(super) fn seat_mut(&mut self, p: Player) -> &mut Option<Choice> {
        match p {
            Player::Client => &mut self.client,
            Player::Professional => &mut self.professional,
        }
    }

    /// This seat has done all it does on this round: chosen, and guessed when guessing.
    pub(super) fn done(&self, p: Player, guessing: bool) -> bool {
        self.seat(p).is_some() && (!guessing || self.guesses[p].is_some())
    }

    /// Everything is placed: the flip may come.
    pub(super) fn complete(&self, guessing: bool) -> bool {
        Player::ALL.iter().all(|&p| self.done(p, guessing))
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
            .field("client_guess", &show(self.guesses.client))
            .field("professional_guess", &show(self.guesses.professional))
            .field("revealed", &self.revealed)
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Play {
    pub(super) card: String,
    pub(super) item: u16,
    pub(super) kenmerk: String,
    pub(super) keying: Keying,
    pub(super) rounds: Vec<Round>,
    pub(super) skipped: bool,
    pub(super) note: String,
    pub(super) marked: bool,
    /// An own card's sentence ("Eigen kaart"): no kenmerk, no item of the monitor.
    pub(super) own: Option<String>,
}
