//! "Even pauze": the table is covered, nothing moves, and only the one who paused goes on. A
//! crash during a pause resumes into it; a finished conversation never holds one.

use werkalliantiespel::deck::Wording;
use werkalliantiespel::session::{
    CardState, Mode, Move, Outcome, Player, Seat, Selection, Session, SessionError,
};

use crate::{Moves, shipped};

fn together() -> Session {
    let selection = Selection {
        kenmerken: vec!["vertrouwen".into()],
        short: false,
        field: "reclassering".into(),
        wording: Wording::B1,
        mode: Mode::Together,
        seed: 3,
        languages: Default::default(),
        guess: false,
        ..Selection::default()
    };
    Session::new(&shipped(), selection).expect("session")
}

#[test]
fn during_a_pause_nothing_on_the_table_moves() {
    let mut s = together();
    s.choose(Player::Client, 4).unwrap();
    assert_eq!(
        s.apply(Move::Pause(Player::Client)),
        Ok(Outcome::Paused),
        "a pause with a hidden choice on the table"
    );
    assert_eq!(s.view().paused, Some(Player::Client));
    // Every other move waits: choosing, changing a choice, turning over, skipping, stopping.
    let before = s.view();
    for m in [
        Move::Choose(Player::Professional, 2.try_into().unwrap()),
        Move::Choose(Player::Client, 1.try_into().unwrap()),
        Move::Pass(Player::Professional),
        Move::Reveal,
        Move::Skip,
        Move::Next,
        Move::End,
        Move::SetMode(Mode::TakeTurns),
        Move::Pause(Player::Professional),
    ] {
        assert_eq!(s.apply(m.clone()), Err(SessionError::Paused), "{m:?}");
    }
    assert_eq!(s.view(), before, "nothing changed");
    assert_eq!(
        s.view().client,
        Seat::Chosen,
        "the hidden choice stays hidden"
    );
    // The other can't end it; the one who paused can.
    assert_eq!(
        s.apply(Move::GoOn(Player::Professional)),
        Err(SessionError::PausedByOther { by: Player::Client })
    );
    assert_eq!(s.apply(Move::GoOn(Player::Client)), Ok(Outcome::GoesOn));
    assert_eq!(s.view().paused, None);
    assert_eq!(
        s.apply(Move::GoOn(Player::Client)),
        Err(SessionError::NotPaused)
    );
    // The table goes on as it was.
    s.choose(Player::Professional, 2).unwrap();
    s.reveal().unwrap();
    assert!(matches!(s.view().phase, CardState::Revealed { .. }));
    // A pause after the flip too (the talk can get heavy), by the professional this time.
    assert_eq!(
        s.apply(Move::Pause(Player::Professional)),
        Ok(Outcome::Paused)
    );
    assert_eq!(s.set_note("x"), Err(SessionError::Paused));
    assert_eq!(
        s.apply(Move::GoOn(Player::Client)),
        Err(SessionError::PausedByOther {
            by: Player::Professional
        })
    );
    assert_eq!(
        s.apply(Move::GoOn(Player::Professional)),
        Ok(Outcome::GoesOn)
    );
}

#[test]
fn a_pause_is_kept_in_the_file_of_a_conversation_going_on_and_never_after() {
    let mut s = together();
    s.choose(Player::Client, 5).unwrap();
    s.apply(Move::Pause(Player::Professional)).unwrap();
    let record = s.record();
    assert_eq!(record.paused, Some(Player::Professional));
    // Through the file as the store writes it (RON), as after a crash.
    let text = ron::to_string(&record).unwrap();
    let back: werkalliantiespel::session::SessionRecord = ron::from_str(&text).unwrap();
    let mut resumed = Session::from_record(&back).unwrap();
    assert_eq!(resumed.view().paused, Some(Player::Professional));
    assert_eq!(
        resumed.apply(Move::Choose(Player::Client, 3.try_into().unwrap())),
        Err(SessionError::Paused)
    );
    assert_eq!(
        resumed.apply(Move::GoOn(Player::Professional)),
        Ok(Outcome::GoesOn)
    );
    // No pause: no word of it in the file.
    let text = ron::to_string(&resumed.record()).unwrap();
    assert!(!text.contains("paused"), "{text}");
    // A finished conversation never holds a pause, even from a file that says so.
    let mut done = resumed.record();
    done.finished = true;
    done.paused = Some(Player::Client);
    let done = Session::from_record(&done).unwrap();
    assert_eq!(done.view().paused, None);
    assert_eq!(done.record().paused, None);
}

#[test]
fn no_pause_when_the_conversation_is_over() {
    let mut s = together();
    s.apply(Move::End).unwrap();
    assert_eq!(
        s.apply(Move::Pause(Player::Client)),
        Err(SessionError::Finished)
    );
}
