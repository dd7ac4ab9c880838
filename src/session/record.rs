//! A session to and from its record: what is saved, and resuming from it. Only revealed rounds
//! are in a record; a hidden choice is never written down.

use super::*;

impl Session {
    /// Picks a session up again from its record (after a crash or a closed window). Only
    /// revealed rounds are on record, so a round that was being chosen starts again.
    pub fn from_record(record: &SessionRecord) -> Result<Session, SessionError> {
        if record.cards.is_empty() {
            return Err(SessionError::NoCards);
        }
        let mut plays = Vec::with_capacity(record.cards.len());
        for c in &record.cards {
            let mut rounds = Vec::with_capacity(c.rounds.len() + 1);
            for (i, &(client, professional)) in c.rounds.iter().enumerate() {
                let guess = c.guesses.get(i).copied();
                let guessed = guess.iter().flat_map(|&(a, b)| [a, b]);
                for choice in [client, professional].into_iter().chain(guessed) {
                    if let Choice::Score(s) = choice
                        && !record.selection.on_scale(s)
                    {
                        return Err(SessionError::InvalidScore(s));
                    }
                }
                rounds.push(Round {
                    client: Some(client),
                    professional: Some(professional),
                    guesses: PerSeat {
                        client: guess.map(|g| g.0),
                        professional: guess.map(|g| g.1),
                    },
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
                own: c.own.as_ref().map(|t| {
                    super::clean_card_text(t)
                        .chars()
                        .take(MAX_OWN_CARD_CHARS)
                        .collect()
                }),
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
            // A pause lasts only in a conversation going on.
            paused: record.paused.filter(|_| !finished),
        })
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
                own: p.own.clone(),
                guesses: p
                    .rounds
                    .iter()
                    .filter(|r| r.revealed)
                    .filter_map(|r| Some((r.guesses.client?, r.guesses.professional?)))
                    .collect(),
            })
            .collect();
        SessionRecord {
            selection: self.selection.clone(),
            cards,
            finished: self.finished,
            ended_early: self.ended_early,
            current: self.current.min(self.plays.len()),
            paused: self.paused,
        }
    }
}
