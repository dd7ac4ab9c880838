//! The one way to change a conversation: a [`Move`], applied by [`Session::apply`]. Keys,
//! buttons and phones all become moves; what a move led to comes back as an [`Outcome`], so the
//! game never has to work it out from the view.

use super::{CardState, Choice, Hidden, Mode, Player, Session, SessionError};

/// Everything that changes a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    /// A player places a score, face down (in "tegelijk" and on phones it may still change
    /// until the reveal).
    Choose(Player, Hidden),
    /// A player passes on this card ("Sla ik over"), hidden like a score.
    Pass(Player),
    /// "Raad de ander": a player's guess of the other's choice on this card, hidden like a
    /// choice (`None`: "Weet ik niet"). After their own choice; it may change until the flip
    /// where a choice may.
    Guess(Player, Option<Hidden>),
    /// Both choices turn over in one step (after the 3-2-1).
    Reveal,
    /// The card is left out, before anyone chose on it.
    Skip,
    /// The professional's note on this card, after the reveal.
    Note(String),
    /// "Hier wil ik later verder over praten": on or off, after the reveal.
    Mark(bool),
    /// The same card once more, a new round; the revealed round stays on record.
    Rerate,
    /// On to the next card after the reveal.
    Next,
    /// The players stop now ("Stoppen" → "Ja, stoppen").
    End,
    /// From now on the players choose another way (the phones could not connect).
    SetMode(Mode),
    /// After stopping early: go on where they stopped ("Verder spelen").
    Reopen,
    /// "Even pauze": this player covers the table; nothing moves until they go on.
    Pause(Player),
    /// The one who paused goes on.
    GoOn(Player),
    /// "Eigen kaart": a player's own sentence becomes the next card of this conversation,
    /// rated hidden and turned over like any card. Between cards only: after the flip it comes
    /// next; before anyone chose on the card on the table, it comes first.
    AddOwnCard(String),
}

/// What a move led to: where the table is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A choice is placed; someone still has to choose (in turns: now the other).
    Waiting,
    /// Both chose: the 3-2-1 may start.
    BothChose,
    /// Both choices are turned over.
    Revealed,
    /// The same card again, to choose anew.
    NewRound,
    /// The next card is on the table.
    NextCard,
    /// A note, a mark or the way of choosing changed; the table stays where it is.
    Changed,
    /// The conversation goes on where it stopped.
    Reopened,
    /// The table is covered by a pause.
    Paused,
    /// The pause is over; the table is as it was (a 3-2-1 starts again from 3).
    GoesOn,
    /// An own card lies ready: next (after a flip), or on the table now (before a choice).
    OwnCardAdded,
    /// No card is left, or the players stopped.
    Finished,
}

impl Session {
    /// Whether [`Session::apply`] would take this move now, without making it: the one place
    /// where the rules decide. `apply` asks it first and only then changes anything, so a move
    /// this refuses never touches the table.
    pub fn allows(&self, m: &Move) -> Result<(), SessionError> {
        // During a pause only its end is a move: no card, choice or note changes.
        match (m, self.paused) {
            (Move::Pause(_), Some(_)) => return Err(SessionError::Paused),
            (Move::GoOn(_), None) => return Err(SessionError::NotPaused),
            (Move::GoOn(p), Some(by)) if *p != by => {
                return Err(SessionError::PausedByOther { by });
            }
            (Move::Pause(_) | Move::GoOn(_), _) => {}
            (_, Some(_)) => return Err(SessionError::Paused),
            (_, None) => {}
        }
        match m {
            Move::Pause(_) => self.play().map(|_| ()),
            Move::GoOn(_) => Ok(()),
            Move::Choose(p, score) => self.may_score(*p, *score),
            Move::Pass(p) => self.may_place(*p),
            Move::Guess(p, guess) => self.may_guess(*p, *guess),
            Move::Reveal => self.may_turn_over(),
            Move::Skip => self.may_skip(),
            Move::Note(text) => self.may_note(text),
            // Note, mark, next and the same card again: in the talk after a flip (a new round
            // of the card is chosen first).
            Move::Mark(_) | Move::Next | Move::Rerate => self.require_last_revealed(),
            Move::End | Move::SetMode(_) => self.not_finished(),
            Move::Reopen => self.may_go_on(),
            Move::AddOwnCard(text) => self.own_card_place(text).map(|_| ()),
        }
    }

    /// Applies one move, or says why it is not allowed now (then nothing changed).
    pub fn apply(&mut self, m: Move) -> Result<Outcome, SessionError> {
        self.allows(&m)?;
        match &m {
            Move::Pause(p) => self.paused = Some(*p),
            Move::GoOn(_) => self.paused = None,
            Move::Choose(p, score) => self.place(*p, Choice::Score(score.0)),
            Move::Pass(p) => self.place(*p, Choice::Pass),
            Move::Guess(p, guess) => self.place_guess(*p, *guess),
            Move::Reveal => self.turn_over(),
            Move::Skip => self.skip_card(),
            Move::Note(text) => self.write_note(text),
            Move::Mark(on) => self.mark(*on),
            Move::Rerate => self.new_round(),
            Move::Next => self.advance(),
            Move::End => self.stop(),
            Move::SetMode(mode) => self.selection.mode = *mode,
            Move::Reopen => self.go_on(),
            Move::AddOwnCard(text) => self.add_own_card(text),
        }
        if self.is_finished() {
            return Ok(Outcome::Finished);
        }
        Ok(match m {
            Move::Choose(..) | Move::Pass(_) | Move::Guess(..)
                if self.card_state() == CardState::Ready =>
            {
                Outcome::BothChose
            }
            Move::Choose(..) | Move::Pass(_) | Move::Guess(..) => Outcome::Waiting,
            Move::Reveal => Outcome::Revealed,
            Move::Rerate => Outcome::NewRound,
            Move::Skip | Move::Next => Outcome::NextCard,
            Move::Note(_) | Move::Mark(_) | Move::SetMode(_) => Outcome::Changed,
            Move::Reopen => Outcome::Reopened,
            Move::Pause(_) => Outcome::Paused,
            Move::GoOn(_) => Outcome::GoesOn,
            Move::AddOwnCard(_) => Outcome::OwnCardAdded,
            // Stopping always finishes; answered above.
            Move::End => Outcome::Finished,
        })
    }
}
