//! Own cards without end, and text that is not what it shows: one waiting own card per seat
//! between two cards, a limit per conversation, and words cleaned of control characters and
//! direction marks before anyone reads them (issue 30).

use werkalliantiespel::deck::Wording;
use werkalliantiespel::session::{
    MAX_OWN_CARDS, MAX_OWN_CARDS_WAITING, Mode, Move, Player, Selection, Session, SessionError,
    clean_card_text, seen_chars,
};

use crate::{Moves, shipped};

fn session() -> Session {
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

fn flip(s: &mut Session) {
    s.choose(Player::Client, 2).unwrap();
    s.choose(Player::Professional, 4).unwrap();
    s.reveal().unwrap();
}

#[test]
fn control_characters_and_direction_marks_are_removed() {
    assert_eq!(
        clean_card_text("Onze \u{1b}[31m eigen kaart"),
        "Onze [31m eigen kaart"
    );
    assert_eq!(clean_card_text("\u{202e}gniet\u{202c} ja"), "gniet ja");
    assert_eq!(
        clean_card_text("a\u{0}b\u{7}c\u{85}d\u{9b}e\u{7f}f"),
        "abc def"
    );
    assert_eq!(
        clean_card_text("\u{2066}x\u{2069} \u{200f}y\u{200e}"),
        "x y"
    );
    assert_eq!(clean_card_text("  twee\n\tregels \r\n "), "twee regels");
    // Letters with their accents stay; a pile of marks does not.
    assert_eq!(clean_card_text("café naïef"), "café naïef");
    let smear = format!("a{}", "\u{301}".repeat(50));
    assert_eq!(clean_card_text(&smear), "a\u{301}\u{301}");
    assert_eq!(seen_chars("e\u{301}\u{308}"), 1);
    assert_eq!(seen_chars("👩\u{200d}💻 ok"), 4);
}

#[test]
fn an_own_card_with_an_override_and_escape_shows_clean_text() {
    let mut s = session();
    flip(&mut s);
    s.apply(Move::AddOwnCard(
        "Wij \u{1b}[2J praten \u{202e}over geld\u{7}".into(),
    ))
    .unwrap();
    s.next_card().unwrap();
    assert_eq!(s.view().own.as_deref(), Some("Wij [2J praten over geld"));
    // Nothing left after cleaning: no card.
    let mut s = session();
    assert_eq!(
        s.apply(Move::AddOwnCard("\u{202e}\u{1b}\u{0}".into())),
        Err(SessionError::OwnCardEmpty)
    );
}

#[test]
fn one_own_card_per_seat_waits_between_two_cards() {
    let mut s = session();
    flip(&mut s);
    for i in 0..MAX_OWN_CARDS_WAITING {
        s.apply(Move::AddOwnCard(format!("Kaart {i}"))).unwrap();
    }
    let total = s.view().total;
    assert_eq!(
        s.apply(Move::AddOwnCard("Nog een".into())),
        Err(SessionError::OwnCardWaits)
    );
    assert_eq!(s.view().total, total, "nothing added");
    // The next gap has room again.
    s.next_card().unwrap();
    flip(&mut s);
    s.apply(Move::AddOwnCard("Later".into())).unwrap();
}

#[test]
fn a_conversation_has_a_limit_of_own_cards() {
    let mut s = session();
    let mut added = 0;
    while added < MAX_OWN_CARDS {
        flip(&mut s);
        s.apply(Move::AddOwnCard(format!("Kaart {added}"))).unwrap();
        added += 1;
        s.next_card().unwrap();
    }
    flip(&mut s);
    assert_eq!(
        s.apply(Move::AddOwnCard("Te veel".into())),
        Err(SessionError::OwnCardsEnough { max: MAX_OWN_CARDS })
    );
}
