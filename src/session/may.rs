//! "May this seat do this now?", answered once, by the rules: [`Session::may`] asks
//! [`Session::allows`] for every kind of move. The keys, the buttons, the phones and the screen
//! reader all offer what it says and nothing else, so a new way of playing written in the rules
//! shows everywhere.

use super::{Hidden, Move, PerSeat, Player, Session};

/// What one seat may do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SeatMay {
    /// Place a choice or a pass (hidden).
    pub choose: bool,
    /// "Raad de ander": place a guess of the other's choice.
    pub guess: bool,
    /// "Even pauze".
    pub pause: bool,
    /// End the pause this seat asked for.
    pub go_on: bool,
}

/// Every move the rules allow now, for each seat and for the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct May {
    pub seats: PerSeat<SeatMay>,
    /// Leave the card out ("Kaart overslaan").
    pub skip: bool,
    /// Turn both choices over (the 3-2-1 ends).
    pub reveal: bool,
    /// Write the professional's note.
    pub note: bool,
    /// "Later verder praten".
    pub mark: bool,
    /// The same card once more.
    pub rerate: bool,
    /// On to the next card.
    pub next: bool,
    /// Stop the conversation.
    pub end: bool,
    /// Put an own card on the table or next.
    pub own_card: bool,
    /// "Verder spelen" after stopping early.
    pub reopen: bool,
}

impl May {
    /// Whether this move is of a kind the rules allow now. For a move with a value (a score,
    /// a note, an own card's words) the value is checked by [`Session::allows`] too.
    pub fn offers(&self, m: &Move) -> bool {
        match m {
            Move::Choose(p, _) | Move::Pass(p) => self.seats[*p].choose,
            Move::Guess(p, _) => self.seats[*p].guess,
            Move::Pause(p) => self.seats[*p].pause,
            Move::GoOn(p) => self.seats[*p].go_on,
            Move::Reveal => self.reveal,
            Move::Skip => self.skip,
            Move::Note(_) => self.note,
            Move::Mark(_) => self.mark,
            Move::Rerate => self.rerate,
            Move::Next => self.next,
            Move::End | Move::SetMode(_) => self.end,
            Move::Reopen => self.reopen,
            Move::AddOwnCard(_) => self.own_card,
        }
    }

    /// Every move allowed: for a key hint on a button that is only shown where the rules allow
    /// its move (the hint says which key it would be).
    pub fn all() -> May {
        let seat = SeatMay {
            choose: true,
            guess: true,
            pause: true,
            go_on: true,
        };
        May {
            seats: PerSeat::both(seat),
            skip: true,
            reveal: true,
            note: true,
            mark: true,
            rerate: true,
            next: true,
            end: true,
            own_card: true,
            reopen: true,
        }
    }

    /// Some seat may pause now.
    pub fn pause(&self) -> bool {
        Player::ALL.iter().any(|&p| self.seats[p].pause)
    }
}

impl Session {
    /// Everything the rules allow now: the same answer [`Session::allows`] gives move by move.
    pub fn may(&self) -> May {
        let ok = |m: Move| self.allows(&m).is_ok();
        let seat = |p: Player| SeatMay {
            choose: ok(Move::Choose(p, Hidden(1))),
            guess: ok(Move::Guess(p, None)),
            pause: ok(Move::Pause(p)),
            go_on: ok(Move::GoOn(p)),
        };
        May {
            seats: PerSeat::new(seat),
            skip: ok(Move::Skip),
            reveal: ok(Move::Reveal),
            note: ok(Move::Note(String::new())),
            mark: ok(Move::Mark(true)),
            rerate: ok(Move::Rerate),
            next: ok(Move::Next),
            end: ok(Move::End),
            own_card: ok(Move::AddOwnCard("?".into())),
            reopen: ok(Move::Reopen),
        }
    }
}
