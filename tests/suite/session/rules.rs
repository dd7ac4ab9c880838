//! Session rules: a whole session, every invalid action, random action sequences.

use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use werkalliantiespel::deck::Wording;
use werkalliantiespel::session::{
    CardState, Choice, Gap, Mode, Player, Seat, Selection, Session, SessionError,
};

use crate::{Moves, shipped};

fn selection(mode: Mode, kenmerken: &[&str], short: bool, seed: u64) -> Selection {
    Selection {
        kenmerken: kenmerken.iter().map(|s| s.to_string()).collect(),
        short,
        field: "reclassering".into(),
        wording: Wording::B1,
        mode,
        seed,
        languages: Default::default(),
        guess: false,
        ..Selection::default()
    }
}

#[test]
fn deals_the_selected_cards_deterministically_per_seed() {
    let lib = shipped();
    let a = Session::new(&lib, selection(Mode::Together, &[], false, 7)).expect("a");
    let b = Session::new(&lib, selection(Mode::Together, &[], false, 7)).expect("b");
    let c = Session::new(&lib, selection(Mode::Together, &[], false, 8)).expect("c");
    assert_eq!(a.deal(), b.deal());
    assert_ne!(a.deal(), c.deal());
    assert_eq!(a.deal().len(), 19);
    let mut sorted = a.deal();
    sorted.sort();
    let mut all: Vec<&str> = lib.cards.iter().map(|c| c.id.as_str()).collect();
    all.sort();
    assert_eq!(sorted, all, "every card exactly once");

    let v = Session::new(&lib, selection(Mode::Together, &["vertrouwen"], false, 1)).expect("v");
    assert_eq!(v.deal().len(), 5);
    assert!(
        v.deal()
            .iter()
            .all(|id| lib.card(id).is_some_and(|c| c.kenmerk == "vertrouwen"))
    );
    let short = Session::new(&lib, selection(Mode::Together, &[], true, 1)).expect("short");
    assert_eq!(short.deal().len(), 9);
    let two = Session::new(
        &lib,
        selection(Mode::Together, &["binding", "stroefheid"], true, 1),
    )
    .expect("two");
    assert_eq!(two.deal().len(), 4);
}

#[test]
fn bad_selections_are_typed_errors() {
    let lib = shipped();
    let mut s = selection(Mode::Together, &["vertrouwn"], false, 1);
    assert_eq!(
        Session::new(&lib, s.clone()).err(),
        Some(SessionError::UnknownKenmerk("vertrouwn".into()))
    );
    s.kenmerken.clear();
    s.field = "wijkteam".into();
    assert_eq!(
        Session::new(&lib, s).err(),
        Some(SessionError::UnknownField("wijkteam".into()))
    );
    let mut empty = lib.clone();
    empty.cards.clear();
    assert_eq!(
        Session::new(&empty, selection(Mode::Together, &[], false, 1)).err(),
        Some(SessionError::NoCards)
    );
}

#[test]
fn a_session_played_to_the_end_in_turns() {
    let lib = shipped();
    let mut s =
        Session::new(&lib, selection(Mode::TakeTurns, &["binding"], false, 3)).expect("session");
    let total = s.deal().len();
    assert_eq!(total, 4);
    for n in 0..total {
        let v = s.view();
        assert_eq!((v.position, v.total, v.round), (n + 1, total, 1));
        let first = if n % 2 == 0 {
            Player::Client
        } else {
            Player::Professional
        };
        assert_eq!(v.turn, Some(first), "who starts alternates per card");
        assert_eq!(
            s.choose(first.other(), 3),
            Err(SessionError::NotYourTurn { turn: first })
        );
        assert_eq!(s.reveal(), Err(SessionError::NotBothChosen));
        assert_eq!(s.next_card(), Err(SessionError::NotRevealed));
        s.choose(first, 4).expect("first");
        assert_eq!(s.view().turn, Some(first.other()));
        assert_eq!(
            s.choose(first, 2),
            Err(SessionError::NotYourTurn {
                turn: first.other()
            })
        );
        assert_eq!(s.skip(), Err(SessionError::SkipNotAllowed));
        s.choose(first.other(), 2).expect("second");
        let v = s.view();
        assert_eq!(v.phase, CardState::Ready);
        assert_eq!((v.client, v.professional), (Seat::Chosen, Seat::Chosen));
        s.reveal().expect("reveal");
        let v = s.view();
        let (c, p) = if first == Player::Client {
            (4, 2)
        } else {
            (2, 4)
        };
        assert_eq!(
            v.phase,
            CardState::Revealed {
                client: Choice::Score(c),
                professional: Choice::Score(p),
                gap: Gap::Large
            }
        );
        assert_eq!(
            s.choose(Player::Client, 1),
            Err(SessionError::AlreadyRevealed)
        );
        assert_eq!(s.reveal(), Err(SessionError::AlreadyRevealed));
        if n == 1 {
            s.set_note("Afspraken opschrijven").expect("note");
            s.set_marked(true).expect("mark");
            s.rerate().expect("rerate");
            let v = s.view();
            assert_eq!(v.round, 2);
            assert_eq!(v.earlier, vec![(Choice::Score(c), Choice::Score(p))]);
            assert_eq!((v.client, v.professional), (Seat::Waiting, Seat::Waiting));
            assert!(!v.can_skip, "no skipping once rated");
            let t = v.turn.expect("turn");
            s.choose(t, 3).expect("r2a");
            s.pass(t.other()).expect("r2b");
            s.reveal().expect("reveal 2");
            assert!(matches!(
                s.view().phase,
                CardState::Revealed {
                    gap: Gap::Passed,
                    ..
                }
            ));
        }
        s.next_card().expect("next");
    }
    assert!(s.is_finished());
    assert_eq!(s.view().phase, CardState::Finished);
    for r in [
        s.choose(Player::Client, 3),
        s.pass(Player::Client),
        s.reveal(),
        s.next_card(),
        s.skip(),
        s.end(),
        s.rerate(),
    ] {
        assert_eq!(r, Err(SessionError::Finished));
    }
    assert_eq!(s.set_note("x"), Err(SessionError::Finished));
    let rec = s.record();
    assert!(rec.finished && !rec.ended_early);
    let marked: Vec<_> = rec.cards.iter().filter(|c| c.marked).collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(
        marked[0].rounds.len(),
        2,
        "the first round stays on record after a re-rate"
    );
    assert_eq!(marked[0].note, "Afspraken opschrijven");
}

#[test]
fn together_mode_allows_changes_until_the_reveal_and_skip_before_rating() {
    let lib = shipped();
    let mut s =
        Session::new(&lib, selection(Mode::Together, &["vertrouwen"], false, 9)).expect("s");
    assert!(s.view().can_skip);
    let first = s.view().card_id;
    s.skip().expect("skip");
    assert_ne!(s.view().card_id, first);
    assert_eq!(s.view().position, 2);
    s.choose(Player::Professional, 5).expect("p");
    s.choose(Player::Professional, 1).expect("p changes");
    assert_eq!(s.view().professional, Seat::Chosen);
    assert_eq!(s.view().client, Seat::Waiting);
    assert_eq!(
        s.choose(Player::Client, 6),
        Err(SessionError::InvalidScore(6))
    );
    assert_eq!(
        s.choose(Player::Client, 0),
        Err(SessionError::InvalidScore(0))
    );
    assert_eq!(s.set_note("te vroeg"), Err(SessionError::NotRevealed));
    assert_eq!(s.set_marked(true), Err(SessionError::NotRevealed));
    assert_eq!(s.rerate(), Err(SessionError::NotRevealed));
    s.pass(Player::Client).expect("pass");
    s.reveal().expect("reveal");
    assert_eq!(s.view().client, Seat::Revealed(Choice::Pass));
    assert_eq!(s.view().professional, Seat::Revealed(Choice::Score(1)));
    let long = "x".repeat(601);
    assert_eq!(
        s.set_note(&long),
        Err(SessionError::NoteTooLong { max: 600 })
    );
    s.next_card().expect("next");
    s.choose(Player::Client, 2).expect("c");
    s.end().expect("end early");
    let rec = s.record();
    assert!(rec.finished && rec.ended_early);
    assert!(rec.cards[0].skipped);
    assert_eq!(rec.cards[1].rounds, vec![(Choice::Pass, Choice::Score(1))]);
    assert!(
        rec.cards[2].rounds.is_empty(),
        "the unrevealed choice is dropped at the end"
    );
}

#[test]
fn debug_output_never_shows_a_hidden_choice() {
    let lib = shipped();
    let mut s = Session::new(&lib, selection(Mode::Together, &[], false, 2)).expect("s");
    s.choose(Player::Client, 4).expect("c");
    s.pass(Player::Professional).expect("p");
    let shown = format!("{s:?}");
    assert!(
        !shown.contains("Score(") && !shown.contains("Pass"),
        "{shown}"
    );
    assert!(shown.contains("hidden"));
    s.reveal().expect("reveal");
    assert!(format!("{s:?}").contains("Score(4)"));
}

/// Thousands of random action sequences: no panic, no value before the reveal, and the two
/// seats always turn over together.
#[test]
fn random_action_sequences_never_leak_or_panic() {
    let lib = shipped();
    let mut actions = 0usize;
    for seed in 0..3000u64 {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
        let mode = if seed % 2 == 0 {
            Mode::TakeTurns
        } else {
            Mode::Together
        };
        let kenmerken: &[&str] = match seed % 4 {
            0 => &[],
            1 => &["vertrouwen"],
            2 => &["binding", "stroefheid"],
            _ => &["richting"],
        };
        let mut s =
            Session::new(&lib, selection(mode, kenmerken, seed % 5 == 0, seed)).expect("session");
        let steps = rng.random_range(1..120);
        for _ in 0..steps {
            let player = if rng.random_bool(0.5) {
                Player::Client
            } else {
                Player::Professional
            };
            let before = s.view();
            let result = match rng.random_range(0..12) {
                0..=3 => s.choose(player, rng.random_range(0..=6)),
                4 => s.pass(player),
                5 | 6 => s.reveal(),
                7 => s.next_card(),
                8 => s.skip(),
                9 => s.set_note("notitie"),
                10 => s.rerate(),
                _ => {
                    if rng.random_range(0..20) == 0 {
                        s.end()
                    } else {
                        s.set_marked(rng.random_bool(0.5))
                    }
                }
            };
            actions += 1;
            let after = s.view();
            check_view(&after);
            // A failed action changes nothing on the table.
            if result.is_err() {
                assert_eq!(before, after, "seed {seed}: {result:?}");
            }
            let debug = format!("{s:?}");
            let rec = s.record();
            let revealed_values: usize = rec.cards.iter().map(|c| c.rounds.len() * 2).sum();
            let in_debug = debug.matches("Score(").count() + debug.matches("Pass").count();
            assert_eq!(
                in_debug, revealed_values,
                "seed {seed}: debug shows only revealed rounds"
            );
            if s.is_finished() {
                break;
            }
        }
    }
    assert!(actions > 50_000, "ran {actions} actions");
}

fn check_view(v: &werkalliantiespel::session::TableView) {
    let revealed = |s: Seat| matches!(s, Seat::Revealed(_));
    assert_eq!(
        revealed(v.client),
        revealed(v.professional),
        "both turn over together: {v:?}"
    );
    match v.phase {
        CardState::Revealed {
            client,
            professional,
            ..
        } => {
            assert_eq!(v.client, Seat::Revealed(client));
            assert_eq!(v.professional, Seat::Revealed(professional));
        }
        CardState::Ready => assert_eq!((v.client, v.professional), (Seat::Chosen, Seat::Chosen)),
        CardState::Choosing => {
            assert!(!revealed(v.client) && !revealed(v.professional));
            assert!(v.client == Seat::Waiting || v.professional == Seat::Waiting);
        }
        CardState::Finished => assert!(!revealed(v.client)),
    }
}

#[test]
fn after_stopping_the_players_can_go_on_where_they_were() {
    let lib = shipped();
    let mut s = Session::new(&lib, selection(Mode::Together, &["binding"], false, 3)).expect("s");
    assert!(!s.can_reopen(), "nothing was stopped");
    assert!(s.reopen().is_err());
    s.choose(Player::Client, 2).expect("c");
    s.choose(Player::Professional, 4).expect("p");
    s.reveal().expect("reveal");
    s.next_card().expect("next");
    // A hidden choice on card 2, then stop: the choice is dropped.
    s.choose(Player::Client, 5).expect("c2");
    s.end().expect("end");
    assert!(s.is_finished() && s.can_reopen());
    s.reopen().expect("reopen");
    assert!(!s.is_finished() && !s.record().ended_early);
    let v = s.view();
    assert_eq!(
        (v.position, v.client, v.phase),
        (2, Seat::Waiting, CardState::Choosing)
    );
    // Stop in the talk: going on comes back to the turned card.
    s.choose(Player::Client, 1).expect("c");
    s.choose(Player::Professional, 1).expect("p");
    s.reveal().expect("reveal");
    s.end().expect("end");
    s.reopen().expect("reopen");
    assert!(matches!(s.view().phase, CardState::Revealed { .. }));
    while !s.is_finished() {
        if !matches!(s.view().phase, CardState::Revealed { .. }) {
            s.choose(Player::Client, 3).expect("c");
            s.choose(Player::Professional, 3).expect("p");
            s.reveal().expect("reveal");
        }
        s.next_card().expect("next");
    }
    assert!(!s.can_reopen(), "played to the end");
    assert_eq!(s.reopen(), Err(SessionError::NothingLeft));
}

#[test]
fn switching_the_way_of_choosing_keeps_cards_and_choices() {
    let lib = shipped();
    let mut s = Session::new(&lib, selection(Mode::Phones, &["binding"], false, 3)).expect("s");
    let deal: Vec<String> = s.deal().iter().map(|c| c.to_string()).collect();
    // The professional chose first, on a phone; then the phones give up: "om de beurt".
    s.choose(Player::Professional, 4).expect("choose");
    s.set_mode(Mode::TakeTurns).expect("switch");
    assert_eq!(s.selection().mode, Mode::TakeTurns);
    let v = s.view();
    assert_eq!(v.professional, Seat::Chosen, "the choice stays");
    // In turns, the seat still empty is on turn, whoever would have started.
    assert_eq!(v.turn, Some(Player::Client));
    assert_eq!(
        s.choose(Player::Professional, 2),
        Err(SessionError::NotYourTurn {
            turn: Player::Client
        })
    );
    s.choose(Player::Client, 2).expect("client");
    s.reveal().expect("reveal");
    let same: Vec<String> = s.deal().iter().map(|c| c.to_string()).collect();
    assert_eq!(deal, same, "the same cards in the same order");
    // The record keeps the way it ended with; a finished session cannot switch.
    assert_eq!(s.record().selection.mode, Mode::TakeTurns);
    s.end().expect("end");
    assert_eq!(s.set_mode(Mode::Together), Err(SessionError::Finished));
}

/// `Session::apply` is the one way to change a conversation: each move says where the table is
/// now, and a refused move changes nothing.
#[test]
fn every_move_says_where_the_table_is_now() {
    use werkalliantiespel::session::{Hidden, Move, Outcome};
    let lib = shipped();
    let mut s = Session::new(&lib, selection(Mode::Together, &["binding"], false, 3)).unwrap();
    assert_eq!(s.deal().len(), 4);
    let h = |n| Hidden::new(n).unwrap();
    let apply = |s: &mut Session, m| s.apply(m);
    assert_eq!(
        apply(&mut s, Move::Choose(Player::Client, h(2))),
        Ok(Outcome::Waiting)
    );
    assert_eq!(
        apply(&mut s, Move::Pass(Player::Professional)),
        Ok(Outcome::BothChose)
    );
    // A change during the 3-2-1: still both chose.
    assert_eq!(
        apply(&mut s, Move::Choose(Player::Client, h(3))),
        Ok(Outcome::BothChose)
    );
    assert_eq!(apply(&mut s, Move::Reveal), Ok(Outcome::Revealed));
    assert_eq!(
        apply(&mut s, Move::Note("later".into())),
        Ok(Outcome::Changed)
    );
    assert_eq!(apply(&mut s, Move::Mark(true)), Ok(Outcome::Changed));
    assert_eq!(apply(&mut s, Move::Rerate), Ok(Outcome::NewRound));
    // Refused: the record stays the same.
    let before = s.record();
    assert_eq!(apply(&mut s, Move::Next), Err(SessionError::NotRevealed));
    assert_eq!(
        apply(&mut s, Move::Reveal),
        Err(SessionError::NotBothChosen)
    );
    assert_eq!(apply(&mut s, Move::Skip), Err(SessionError::SkipNotAllowed));
    assert_eq!(s.record(), before);
    for p in [Player::Client, Player::Professional] {
        apply(&mut s, Move::Choose(p, h(4))).unwrap();
    }
    apply(&mut s, Move::Reveal).unwrap();
    assert_eq!(apply(&mut s, Move::Next), Ok(Outcome::NextCard));
    assert_eq!(apply(&mut s, Move::Skip), Ok(Outcome::NextCard));
    assert_eq!(
        apply(&mut s, Move::SetMode(Mode::TakeTurns)),
        Ok(Outcome::Changed)
    );
    assert_eq!(apply(&mut s, Move::End), Ok(Outcome::Finished));
    assert_eq!(apply(&mut s, Move::End), Err(SessionError::Finished));
    assert_eq!(apply(&mut s, Move::Reopen), Ok(Outcome::Reopened));
    assert_eq!(apply(&mut s, Move::Skip), Ok(Outcome::NextCard));
    assert_eq!(apply(&mut s, Move::Skip), Ok(Outcome::Finished));
    assert_eq!(apply(&mut s, Move::Reopen), Err(SessionError::NothingLeft));
}
