//! Profile maths on hand-made records: keying, passes, re-rate rounds.

use werkalliantiespel::deck::{Keying, Wording};
use werkalliantiespel::profile::Profile;
use werkalliantiespel::session::{CardRecord, Choice, Mode, Selection, SessionRecord};

use crate::shipped;

pub fn card(
    id: &str,
    item: u16,
    kenmerk: &str,
    keying: Keying,
    rounds: Vec<(Choice, Choice)>,
) -> CardRecord {
    CardRecord {
        card: id.into(),
        item,
        kenmerk: kenmerk.into(),
        keying,
        skipped: false,
        rounds,
        note: String::new(),
        marked: false,
        own: None,
        guesses: Vec::new(),
    }
}

pub fn record(cards: Vec<CardRecord>) -> SessionRecord {
    SessionRecord {
        selection: Selection {
            kenmerken: vec![],
            short: false,
            field: "reclassering".into(),
            wording: Wording::B1,
            mode: Mode::Together,
            seed: 1,
            languages: Default::default(),
            guess: false,
            ..Selection::default()
        },
        cards,
        finished: true,
        ended_early: false,
        current: 0,
        paused: None,
    }
}

use Choice::{Pass, Score};

#[test]
fn means_with_negative_keying_passes_and_rerates() {
    let lib = shipped();
    let rec = record(vec![
        card(
            "a",
            4,
            "vertrouwen",
            Keying::Positive,
            vec![(Score(4), Score(5))],
        ),
        // negatively keyed: client 2 counts as 4, professional 5 counts as 1
        card(
            "b",
            5,
            "vertrouwen",
            Keying::Negative,
            vec![(Score(2), Score(5))],
        ),
        // re-rated: only the last round counts
        card(
            "c",
            6,
            "vertrouwen",
            Keying::Positive,
            vec![(Score(1), Score(5)), (Score(3), Score(4))],
        ),
        // a pass is counted, not scored
        card(
            "d",
            18,
            "vertrouwen",
            Keying::Positive,
            vec![(Pass, Score(3))],
        ),
        // never reached: not in the profile
        card("e", 16, "vertrouwen", Keying::Positive, vec![]),
        card(
            "f",
            13,
            "stroefheid",
            Keying::Positive,
            vec![(Score(5), Score(2))],
        ),
    ]);
    let p = Profile::of(&rec, &lib);
    let v = p.kenmerk("vertrouwen").expect("vertrouwen");
    assert_eq!(v.cards, 4);
    assert_eq!((v.client_passed, v.professional_passed), (1, 0));
    assert_eq!(v.both_scored, 3, "the pass is not a card both scored");
    assert!((v.client_mean.expect("c") - (4.0 + 4.0 + 3.0) / 3.0).abs() < 1e-9);
    assert!((v.professional_mean.expect("p") - (5.0 + 1.0 + 4.0 + 3.0) / 4.0).abs() < 1e-9);
    assert!((v.gap().expect("gap") - (3.25 - 11.0 / 3.0_f64).abs()).abs() < 1e-9);
    // Stroefheid keeps its direction: 5 stays 5.
    let s = p.kenmerk("stroefheid").expect("stroefheid");
    assert_eq!((s.client_mean, s.professional_mean), (Some(5.0), Some(2.0)));
    assert!(
        p.kenmerk("binding").is_none(),
        "kenmerken not played are left out"
    );
    // biggest raw gap first: b (3) and f (3), then a/c (1), then the pass last
    let order: Vec<&str> = p.cards.iter().map(|c| c.card.as_str()).collect();
    assert_eq!(order, ["b", "f", "a", "c", "d"]);
    assert_eq!(
        p.cards.iter().find(|c| c.card == "c").map(|c| c.rounds),
        Some(2)
    );
}

#[test]
fn a_kenmerk_with_only_passes_has_no_mean() {
    let lib = shipped();
    let rec = record(vec![card(
        "a",
        8,
        "binding",
        Keying::Positive,
        vec![(Pass, Pass)],
    )]);
    let p = Profile::of(&rec, &lib);
    let b = p.kenmerk("binding").expect("binding");
    assert_eq!(
        (b.client_mean, b.professional_mean, b.gap()),
        (None, None, None)
    );
    assert_eq!((b.client_passed, b.professional_passed), (1, 1));
}
