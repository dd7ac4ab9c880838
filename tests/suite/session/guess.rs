//! "Raad de ander": besides their own choice each player guesses the other's, hidden the same
//! way; the flip shows all four. Counted in the profile per kenmerk (how often within one
//! step), kept in the record and the tables, and never seen before the flip.

use werkalliantiespel::deck::Wording;
use werkalliantiespel::profile::{Guessed, Profile};
use werkalliantiespel::session::{
    CardState, Choice, Hidden, Mode, Move, Outcome, PerSeat, Player, Seat, Selection, Session,
    SessionError, SessionRecord,
};
use werkalliantiespel::store::{FORMAT, SavedSession};

use crate::{Moves, shipped};

fn session(mode: Mode, guess: bool) -> Session {
    let selection = Selection {
        kenmerken: vec!["vertrouwen".into()],
        short: false,
        field: "reclassering".into(),
        wording: Wording::B1,
        mode,
        seed: 3,
        languages: Default::default(),
        guess,
        ..Selection::default()
    };
    Session::new(&shipped(), selection).expect("session")
}

fn guess(s: &mut Session, p: Player, score: Option<u8>) -> Result<Outcome, SessionError> {
    let hidden = score.map(|v| Hidden::new(v).expect("on the scale"));
    s.apply(Move::Guess(p, hidden))
}

#[test]
fn in_turns_each_chooses_then_guesses_before_the_other_begins() {
    let mut s = session(Mode::TakeTurns, true);
    assert_eq!(s.view().turn, Some(Player::Client));
    // A guess comes after one's own choice.
    assert_eq!(
        guess(&mut s, Player::Client, Some(3)),
        Err(SessionError::ChooseFirst)
    );
    s.choose(Player::Client, 2).unwrap();
    // The client's turn lasts until the guess; the professional waits.
    assert_eq!(s.view().turn, Some(Player::Client));
    assert_eq!(
        s.choose(Player::Professional, 4),
        Err(SessionError::NotYourTurn {
            turn: Player::Client
        })
    );
    // In turns a choice is placed once.
    assert_eq!(
        s.choose(Player::Client, 3),
        Err(SessionError::AlreadyChosen)
    );
    assert_eq!(guess(&mut s, Player::Client, Some(4)), Ok(Outcome::Waiting));
    assert_eq!(s.view().turn, Some(Player::Professional));
    assert_eq!(
        guess(&mut s, Player::Client, Some(5)),
        Err(SessionError::NotYourTurn {
            turn: Player::Professional
        })
    );
    s.choose(Player::Professional, 5).unwrap();
    // Both chose, but a guess is missing: no flip yet.
    assert_eq!(s.view().phase, CardState::Choosing);
    assert_eq!(s.reveal(), Err(SessionError::NotBothChosen));
    assert_eq!(
        guess(&mut s, Player::Professional, None),
        Ok(Outcome::BothChose)
    );
    assert_eq!(s.view().phase, CardState::Ready);
    assert_eq!(s.view().turn, None);
    s.reveal().unwrap();
    // The flip shows all four: both choices and both guesses.
    let v = s.view();
    assert!(matches!(
        v.phase,
        CardState::Revealed {
            client: Choice::Score(2),
            professional: Choice::Score(5),
            ..
        }
    ));
    assert_eq!(
        v.guesses,
        Some(PerSeat {
            client: Seat::Revealed(Choice::Score(4)),
            professional: Seat::Revealed(Choice::Pass),
        })
    );
}

#[test]
fn together_the_guess_may_change_until_the_flip_and_never_shows_before() {
    let mut s = session(Mode::Together, true);
    assert_eq!(
        s.view().guesses,
        Some(PerSeat::both(Seat::Waiting)),
        "a guessing table says so from the start"
    );
    s.choose(Player::Professional, 4).unwrap();
    guess(&mut s, Player::Professional, Some(1)).unwrap();
    guess(&mut s, Player::Professional, Some(2)).unwrap();
    s.choose(Player::Client, 2).unwrap();
    assert_eq!(
        s.view().guesses,
        Some(PerSeat {
            client: Seat::Waiting,
            professional: Seat::Chosen,
        })
    );
    assert_eq!(
        guess(&mut s, Player::Client, Some(4)),
        Ok(Outcome::BothChose)
    );
    s.reveal().unwrap();
    assert_eq!(
        s.view().guesses,
        Some(PerSeat {
            client: Seat::Revealed(Choice::Score(4)),
            professional: Seat::Revealed(Choice::Score(2)),
        })
    );
    // After the flip nothing changes any more.
    assert_eq!(
        guess(&mut s, Player::Client, Some(1)),
        Err(SessionError::AlreadyRevealed)
    );
}

#[test]
fn a_guess_belongs_to_raad_de_ander_only() {
    let mut s = session(Mode::Together, false);
    s.choose(Player::Client, 2).unwrap();
    assert_eq!(
        guess(&mut s, Player::Client, Some(3)),
        Err(SessionError::NotGuessing)
    );
    assert_eq!(s.view().guesses, None);
    // The usual game: two choices are enough for the flip.
    s.choose(Player::Professional, 2).unwrap();
    assert_eq!(s.view().phase, CardState::Ready);
}

/// Two tables where everything is the same but one hidden guess.
fn twins(a: u8, b: u8) -> (Session, Session) {
    let play = |g: u8| {
        let mut s = session(Mode::Together, true);
        s.choose(Player::Client, 3).unwrap();
        guess(&mut s, Player::Client, Some(g)).unwrap();
        s.choose(Player::Professional, 4).unwrap();
        s
    };
    (play(a), play(b))
}

#[test]
fn a_hidden_guess_leaves_no_trace_in_the_view_the_record_or_a_debug_line() {
    let (one, five) = twins(1, 5);
    assert_eq!(one.view(), five.view());
    assert_eq!(one.record(), five.record());
    let file = |s: &Session| ron::to_string(&s.record()).unwrap();
    assert_eq!(file(&one), file(&five), "the file written after a crash");
    assert_eq!(format!("{one:?}"), format!("{five:?}"));
    let m = Move::Guess(Player::Client, Hidden::new(5));
    assert!(!format!("{m:?}").contains('5'), "{m:?}");
    // A crash now: the round starts again, no guess is kept.
    let back = Session::from_record(&one.record()).unwrap();
    assert_eq!(
        back.view().guesses,
        Some(PerSeat::both(Seat::Waiting)),
        "nothing hidden survives a crash"
    );
}

fn played() -> SessionRecord {
    let mut s = session(Mode::Together, true);
    // Card 1: the client guesses within one step (4 for a 5), the professional far (1 for 4).
    for (cl, clg, pr, prg) in [
        (4, Some(4), 5, Some(1)),
        // Card 2: both exact.
        (2, Some(3), 3, Some(2)),
        // Card 3: the client says "Weet ik niet"; the professional passes on their choice.
        (1, None, 0, Some(1)),
    ] {
        s.choose(Player::Client, cl).unwrap();
        guess(&mut s, Player::Client, clg).unwrap();
        if pr == 0 {
            s.pass(Player::Professional).unwrap();
        } else {
            s.choose(Player::Professional, pr).unwrap();
        }
        guess(&mut s, Player::Professional, prg).unwrap();
        s.reveal().unwrap();
        s.next_card().unwrap();
    }
    // An own card, guessed like any card: it counts in no kenmerk.
    s.apply(Move::AddOwnCard("Wij =plannen samen".into()))
        .unwrap();
    s.choose(Player::Client, 5).unwrap();
    guess(&mut s, Player::Client, Some(2)).unwrap();
    s.choose(Player::Professional, 2).unwrap();
    guess(&mut s, Player::Professional, Some(5)).unwrap();
    s.reveal().unwrap();
    s.end().unwrap();
    s.record()
}

#[test]
fn the_profile_counts_how_often_each_guessed_within_one_step() {
    let record = played();
    let back: SessionRecord = ron::from_str(&ron::to_string(&record).unwrap()).unwrap();
    assert_eq!(back, record, "guesses go through the file and back");
    let again = Session::from_record(&record).unwrap().record();
    assert_eq!(again, record, "and through a resumed session");
    let profile = Profile::of(&record, &shipped());
    let k = &profile.kenmerken[0];
    assert_eq!(
        k.guessed,
        Some(PerSeat {
            // The client's guesses of the professional's choices: 4~5, 3~3; card 3 not counted
            // (a "Weet ik niet" and a pass tell nothing).
            client: Guessed { cards: 2, near: 2 },
            // The professional's guesses of the client's: 1 for 4 (far), 2 for 2, 1 for 1.
            professional: Guessed { cards: 3, near: 2 },
        })
    );
    // The usual game has nothing to count.
    let mut s = session(Mode::Together, false);
    s.choose(Player::Client, 2).unwrap();
    s.choose(Player::Professional, 2).unwrap();
    s.reveal().unwrap();
    s.end().unwrap();
    assert_eq!(
        Profile::of(&s.record(), &shipped()).kenmerken[0].guessed,
        None
    );
}

#[test]
fn the_tables_read_back_with_every_guess() {
    let saved = SavedSession {
        format: FORMAT,
        id: "t1".into(),
        label: "K17".into(),
        saved_at: 1_790_000_000,
        saved_at_text: String::new(),
        record: played(),
    };
    let text = werkalliantiespel::report::csv(std::slice::from_ref(&saved));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let read: Vec<[&str; 6]> = rows
        .iter()
        .map(|r| {
            [
                &r[col("own_card")],
                &r[col("own_text")],
                &r[col("client_guess")],
                &r[col("professional_guess")],
                &r[col("client_guess_unknown")],
                &r[col("professional_guess_unknown")],
            ]
        })
        .collect();
    // (The own card's sentence, which starts like no formula, stays as written.)
    assert_eq!(
        read,
        [
            ["0", "", "4", "1", "0", "0"],
            ["0", "", "3", "2", "0", "0"],
            ["0", "", "", "1", "1", "0"],
            ["1", "Wij =plannen samen", "2", "5", "0", "0"],
        ]
    );
    let per_theme =
        werkalliantiespel::report::summary_csv(std::slice::from_ref(&saved), &[&shipped()]);
    let mut reader = csv::Reader::from_reader(per_theme.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(
        [
            &row[col("client_guessed")],
            &row[col("client_guessed_near")],
            &row[col("professional_guessed")],
            &row[col("professional_guessed_near")],
        ],
        ["2", "2", "3", "2"]
    );
}
