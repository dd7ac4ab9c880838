//! "Eigen kaart": the players' own sentence becomes a card of this conversation, between two
//! cards only; it is rated hidden and turned over like any card, counts in no kenmerk, and is
//! kept in the record, the summary, the table (CSV) and the page to print.

use werkalliantiespel::deck::Wording;
use werkalliantiespel::profile::Profile;
use werkalliantiespel::session::{
    CardState, Choice, MAX_OWN_CARD_CHARS, Mode, Move, Outcome, Player, Seat, Selection, Session,
    SessionError,
};
use werkalliantiespel::store::{FORMAT, SavedSession};

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

const OWN: &str = "Ik  weet wat ik   van de afspraken vind.";

#[test]
fn an_own_card_comes_between_two_cards_and_plays_like_any_card() {
    let mut s = session();
    let first = s.view().card_id.clone();
    assert_eq!(s.view().total, 5);
    // Before anyone chose: it comes first, the dealt card waits.
    assert_eq!(
        s.apply(Move::AddOwnCard(OWN.into())),
        Ok(Outcome::OwnCardAdded)
    );
    let v = s.view();
    assert_eq!(
        v.own.as_deref(),
        Some("Ik weet wat ik van de afspraken vind."),
        "spaces tidied"
    );
    assert_eq!((v.position, v.total), (1, 6));
    // During a choice: not now (the card on the table is being chosen on).
    s.choose(Player::Client, 2).unwrap();
    assert_eq!(
        s.apply(Move::AddOwnCard("Nog een".into())),
        Err(SessionError::OwnCardNotNow)
    );
    s.choose(Player::Professional, 5).unwrap();
    s.reveal().unwrap();
    assert!(matches!(
        s.view().phase,
        CardState::Revealed {
            client: Choice::Score(2),
            professional: Choice::Score(5),
            ..
        }
    ));
    // After the flip: the next one comes right after this card.
    s.apply(Move::AddOwnCard("Wij praten over geld.".into()))
        .unwrap();
    s.next_card().unwrap();
    assert_eq!(s.view().own.as_deref(), Some("Wij praten over geld."));
    assert_eq!(s.view().client, Seat::Waiting);
    s.pass(Player::Client).unwrap();
    s.choose(Player::Professional, 3).unwrap();
    s.reveal().unwrap();
    s.next_card().unwrap();
    assert_eq!(
        s.view().card_id,
        first,
        "then the dealt cards, in their order"
    );
    assert_eq!(s.view().own, None);
    // No words, too many words, or during a pause: refused, nothing added.
    for (text, error) in [
        ("   ".to_string(), SessionError::OwnCardEmpty),
        (
            "x".repeat(MAX_OWN_CARD_CHARS + 1),
            SessionError::OwnCardTooLong {
                max: MAX_OWN_CARD_CHARS,
            },
        ),
    ] {
        assert_eq!(s.apply(Move::AddOwnCard(text)), Err(error));
    }
    s.apply(Move::Pause(Player::Client)).unwrap();
    assert_eq!(
        s.apply(Move::AddOwnCard("x".into())),
        Err(SessionError::Paused)
    );
    assert_eq!(s.view().total, 7);
}

#[test]
fn own_cards_are_kept_and_reported_apart_from_the_kenmerken() {
    let lib = shipped();
    let mut s = session();
    s.choose(Player::Client, 4).unwrap();
    s.choose(Player::Professional, 4).unwrap();
    s.reveal().unwrap();
    s.apply(Move::AddOwnCard("Ik durf =nee te zeggen.".into()))
        .unwrap();
    s.next_card().unwrap();
    s.choose(Player::Client, 1).unwrap();
    s.choose(Player::Professional, 5).unwrap();
    s.reveal().unwrap();
    s.set_note("Hier wil ik meer over weten").unwrap();
    s.apply(Move::End).unwrap();
    let record = s.record();
    // Through the file and back, as after a crash or in the history.
    let back: werkalliantiespel::session::SessionRecord =
        ron::from_str(&ron::to_string(&record).unwrap()).unwrap();
    assert_eq!(back, record);
    let own: Vec<_> = record.cards.iter().filter(|c| c.own.is_some()).collect();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].kenmerk, "");
    // The profile: the kenmerk counts its one card; the own card stands apart.
    let profile = Profile::of(&record, &lib);
    assert_eq!(profile.kenmerken.len(), 1);
    assert_eq!(profile.kenmerken[0].cards, 1);
    assert_eq!(profile.own.len(), 1);
    assert_eq!(profile.own[0].text, "Ik durf =nee te zeggen.");
    assert_eq!(
        (profile.own[0].client, profile.own[0].professional),
        (Choice::Score(1), Choice::Score(5))
    );
    assert!(profile.cards.iter().all(|c| !c.card.starts_with("eigen")));
    // The table (CSV) marks it and keeps its sentence (a formula-like start made harmless).
    let saved = SavedSession {
        format: FORMAT,
        id: "t1".into(),
        label: "K17".into(),
        saved_at: 1_790_000_000,
        saved_at_text: String::new(),
        record: record.clone(),
    };
    let text = werkalliantiespel::report::csv(std::slice::from_ref(&saved));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let own_rows: Vec<_> = rows.iter().filter(|r| &r[col("own_card")] == "1").collect();
    assert_eq!(own_rows.len(), 1);
    assert_eq!(&own_rows[0][col("own_text")], "Ik durf =nee te zeggen.");
    assert_eq!(&own_rows[0][col("kenmerk")], "");
    assert_eq!(&own_rows[0][col("client_score")], "1");
    assert!(rows.iter().filter(|r| &r[col("own_card")] == "0").count() == 1);
    // The table per theme has no row for it.
    let per_theme = werkalliantiespel::report::summary_csv(std::slice::from_ref(&saved), &[&lib]);
    assert_eq!(per_theme.lines().count(), 2, "{per_theme}");
    // The page to print lists it with both choices.
    let tr_langs = werkalliantiespel::lang::Languages::built_in();
    let page = werkalliantiespel::report::html(
        &saved,
        &lib,
        tr_langs.tr("nl"),
        werkalliantiespel::report::Reader::Client,
    );
    assert!(page.contains("Jullie eigen kaarten"), "{page}");
    assert!(page.contains("Ik durf =nee te zeggen."));
}
