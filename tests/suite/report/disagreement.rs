//! Disagreement card by card: equal means must not hide cards far apart. Hand-made sessions.

use werkalliantiespel::deck::Keying;
use werkalliantiespel::lang::Languages;
use werkalliantiespel::profile::{Profile, Verdict};
use werkalliantiespel::report::{self, Reader, card_numbers, verdict_words};
use werkalliantiespel::session::{CardRecord, Choice};
use werkalliantiespel::store::{FORMAT, SavedSession};

use crate::profile::{card, record};
use crate::shipped;

use Choice::{Pass, Score};

/// Cards of one kenmerk, all positively keyed, one round each.
fn cards(kenmerk: &str, pairs: &[(Choice, Choice)]) -> Vec<CardRecord> {
    pairs
        .iter()
        .enumerate()
        .map(|(i, &(c, p))| {
            card(
                &format!("{kenmerk}-{i}"),
                i as u16 + 1,
                kenmerk,
                Keying::Positive,
                vec![(c, p)],
            )
        })
        .collect()
}

fn saved(cards: Vec<CardRecord>) -> SavedSession {
    SavedSession {
        format: FORMAT,
        id: "t1".into(),
        label: "K17".into(),
        saved_at: 1_790_000_000,
        saved_at_text: String::new(),
        record: record(cards),
    }
}

#[test]
fn equal_means_with_cards_far_apart_say_you_often_look_differently() {
    let lib = shipped();
    // Both means 3.0; four of five cards four points apart.
    let rec = record(cards(
        "vertrouwen",
        &[
            (Score(1), Score(5)),
            (Score(5), Score(1)),
            (Score(1), Score(5)),
            (Score(5), Score(1)),
            (Score(3), Score(3)),
        ],
    ));
    let p = Profile::of(&rec, &lib);
    let v = p.kenmerk("vertrouwen").expect("vertrouwen");
    assert_eq!((v.client_mean, v.professional_mean), (Some(3.0), Some(3.0)));
    assert_eq!(v.gap(), Some(0.0), "the means agree");
    assert_eq!((v.both_scored, v.far_apart), (5, 4));
    assert!((v.card_gap_mean.expect("mean") - 16.0 / 5.0).abs() < 1e-9);
    assert_eq!(v.verdict(), Verdict::OftenApart);
    assert!(v.apart());
    let langs = Languages::built_in();
    let nl = langs.tr("nl");
    let words = verdict_words(v, nl);
    assert!(words.starts_with("Jullie kijken vaak anders."), "{words}");
    assert!(words.contains("Bij 4 van de 5 kaarten"), "{words}");
    let numbers = card_numbers(v, nl).expect("numbers");
    assert!(
        numbers.contains("gemiddeld 3,2") && numbers.contains("4 van 5"),
        "{numbers}"
    );
    let en = verdict_words(v, langs.tr("en"));
    assert!(en.starts_with("You often see it differently."), "{en}");
}

/// The case: four of five cards 3 or 4 apart, means only 1.0 apart.
#[test]
fn a_small_gap_between_means_does_not_hide_cards_far_apart() {
    let lib = shipped();
    let rec = record(cards(
        "vertrouwen",
        &[
            (Score(1), Score(5)),
            (Score(5), Score(2)),
            (Score(2), Score(5)),
            (Score(5), Score(1)),
            (Score(4), Score(4)),
        ],
    ));
    let p = Profile::of(&rec, &lib);
    let v = p.kenmerk("vertrouwen").expect("vertrouwen");
    assert!(v.gap().expect("gap") < 1.5);
    assert_eq!(v.verdict(), Verdict::OftenApart);
}

#[test]
fn the_verdict_steps_from_same_to_often() {
    let lib = shipped();
    let verdict = |pairs: &[(Choice, Choice)]| {
        Profile::of(&record(cards("binding", pairs)), &lib)
            .kenmerk("binding")
            .map(|k| k.verdict())
    };
    // Two cards one step apart out of five: mean 0.4, nothing far.
    assert_eq!(
        verdict(&[
            (Score(4), Score(4)),
            (Score(4), Score(5)),
            (Score(3), Score(3)),
            (Score(2), Score(3)),
            (Score(5), Score(5)),
        ]),
        Some(Verdict::SameView)
    );
    // Every card one step apart: small differences.
    assert_eq!(
        verdict(&[(Score(4), Score(5)), (Score(3), Score(2))]),
        Some(Verdict::SmallDifferences)
    );
    // One of three far apart: sometimes.
    assert_eq!(
        verdict(&[
            (Score(4), Score(4)),
            (Score(1), Score(3)),
            (Score(3), Score(3)),
        ]),
        Some(Verdict::SometimesApart)
    );
    // Half of them: often.
    assert_eq!(
        verdict(&[(Score(4), Score(4)), (Score(1), Score(3))]),
        Some(Verdict::OftenApart)
    );
    // Only passes: nothing to compare, however far the means.
    assert_eq!(
        verdict(&[(Pass, Score(1)), (Score(5), Pass)]),
        Some(Verdict::NoComparison)
    );
}

#[test]
fn a_pass_is_not_a_card_apart_and_keying_does_not_change_the_distance() {
    let lib = shipped();
    let rec = record(vec![
        card(
            "a",
            5,
            "vertrouwen",
            Keying::Negative,
            vec![(Score(1), Score(4))],
        ),
        card(
            "b",
            4,
            "vertrouwen",
            Keying::Positive,
            vec![(Pass, Score(5))],
        ),
        // re-rated: the last round counts, here they met
        card(
            "c",
            6,
            "vertrouwen",
            Keying::Positive,
            vec![(Score(1), Score(5)), (Score(4), Score(4))],
        ),
    ]);
    let p = Profile::of(&rec, &lib);
    let v = p.kenmerk("vertrouwen").expect("vertrouwen");
    assert_eq!((v.cards, v.both_scored, v.far_apart), (3, 2, 1));
    assert_eq!(v.card_gap_mean, Some(1.5));
    assert_eq!(v.verdict(), Verdict::OftenApart);
}

#[test]
fn the_summary_table_has_one_row_per_session_and_kenmerk_with_the_verdict() {
    let lib = shipped();
    let mut all = cards("vertrouwen", &[(Score(1), Score(5)), (Score(5), Score(1))]);
    all.extend(cards("binding", &[(Score(4), Score(4))]));
    let mut second = saved(cards("binding", &[(Score(2), Score(3))]));
    second.id = "t2".into();
    let text = report::summary_csv(&[saved(all), second], &[&lib]);
    let (header, rows) = crate::store::read_csv(&text);
    assert_eq!(header, report::SUMMARY_HEADER);
    let col = |name: &str| {
        report::SUMMARY_HEADER
            .iter()
            .position(|h| *h == name)
            .expect("column")
    };
    let cells: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| {
            [
                "session_id",
                "kenmerk",
                "client_mean",
                "professional_mean",
                "mean_gap",
                "card_gap_mean",
                "cards_far_apart",
                "both_scored",
                "verdict",
            ]
            .iter()
            .map(|c| &r[col(c)])
            .collect()
        })
        .collect();
    assert_eq!(
        cells,
        [
            [
                "t1",
                "vertrouwen",
                "3.00",
                "3.00",
                "0.00",
                "4.00",
                "2",
                "2",
                "often_apart"
            ],
            [
                "t1",
                "binding",
                "4.00",
                "4.00",
                "0.00",
                "0.00",
                "0",
                "1",
                "same_view"
            ],
            [
                "t2",
                "binding",
                "2.00",
                "3.00",
                "1.00",
                "1.00",
                "0",
                "1",
                "small_differences"
            ],
        ]
    );
    assert_eq!(
        report::summary_path(std::path::Path::new("/tmp/x/gesprek.csv")),
        std::path::Path::new("/tmp/x/gesprek-per-thema.csv")
    );
}

#[test]
fn the_printout_says_it_too_in_the_clients_language() {
    let lib = shipped();
    let s = saved(cards(
        "vertrouwen",
        &[(Score(1), Score(5)), (Score(5), Score(1))],
    ));
    let langs = Languages::built_in();
    let nl = report::html(&s, &lib, langs.tr("nl"), Reader::Client);
    assert!(nl.contains("Jullie kijken vaak anders."), "Dutch verdict");
    assert!(
        nl.contains("Bij vertrouwen helpt het om hier samen over te praten."),
        "the trust line"
    );
    assert!(nl.contains("<html lang=nl>"));
    let en_lib = werkalliantiespel::lang::cards::translate(&lib, langs.get("en").expect("en"));
    let en = report::html(&s, &en_lib, langs.tr("en"), Reader::Client);
    assert!(en.contains("<html lang=en>"));
    assert!(en.contains("You often see it differently."));
    assert!(
        !en.contains("Jullie") && !en.contains("Gesprek"),
        "no Dutch"
    );
}

/// The visible text of a page: tags, styles and the title left out.
fn visible(page: &str) -> String {
    let body = page.split("<body>").nth(1).unwrap_or(page);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_printout_is_two_pages_the_clients_without_numbers_the_professionals_with_them() {
    let lib = shipped();
    let mut trust = card(
        "durf-open-te-zijn",
        6,
        "vertrouwen",
        Keying::Positive,
        vec![(Score(1), Score(5))],
    );
    trust.note = "Over de afspraak van dinsdag".into();
    trust.marked = true;
    let contact = card(
        "mag-me",
        7,
        "binding",
        Keying::Positive,
        vec![(Score(4), Choice::Pass)],
    );
    let s = saved(vec![trust, contact]);
    let langs = Languages::built_in();
    let client = report::html(&s, &lib, langs.tr("nl"), Reader::Client);
    let pro = report::html(&s, &lib, langs.tr("nl"), Reader::Professional);
    // To look at both pages in a browser: WERKALLIANTIESPEL_PRINTOUT_DIR=/tmp/p cargo test …
    if let Some(dir) = std::env::var_os("WERKALLIANTIESPEL_PRINTOUT_DIR") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("folder");
        std::fs::write(dir.join("client.html"), &client).expect("client.html");
        std::fs::write(dir.join("professional.html"), &pro).expect("professional.html");
        let en_lib = werkalliantiespel::lang::cards::translate(&lib, langs.get("en").expect("en"));
        for (name, reader) in [
            ("client-en", Reader::Client),
            ("professional-en", Reader::Professional),
        ] {
            let page = report::html(&s, &en_lib, langs.tr("en"), reader);
            std::fs::write(dir.join(format!("{name}.html")), page).expect("page");
        }
    }
    let seen = visible(&client);
    // The client's copy: words and pictures, no number, no warning sign, no note.
    // No mean or score: no "4,3", no "1,5" (a date and "1 keer overgeslagen" are counts).
    let chars: Vec<char> = seen.chars().collect();
    assert!(
        !chars
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && ",.".contains(w[1]) && w[2].is_ascii_digit()),
        "a mean on the client's copy: {seen}"
    );
    for never in [
        "⚠",
        "gemiddeld",
        "schaal 1 tot 5",
        "Over de afspraak van dinsdag",
    ] {
        assert!(!seen.contains(never), "{never} on the client's copy");
    }
    assert!(client.contains("<svg class=m"), "the choices as pictures");
    assert!(seen.contains("Voor de cliënt"), "{seen}");
    // Both sentences per card, with whose is whose, and the theme by the client's name for it
    // with the research's name under it.
    for text in [
        "Cliënt: Ik durf open en eerlijk te zijn tegen mijn reclasseringswerker.",
        "Reclasseringswerker: Ik denk dat deze cliënt zich veilig genoeg voelt bij mij.",
        "Cliënt: Klopt helemaal niet",
        "Reclasseringswerker: Klopt helemaal",
        "Reclasseringswerker: Sla ik over",
        "Contact (Binding)",
        "★ ja",
    ] {
        assert!(
            seen.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains(text),
            "{text} on the client's copy: {seen}"
        );
    }
    // The professional's file: the numbers and the note too.
    let pro_seen = visible(&pro);
    for text in [
        "gemiddeld 4,0",
        "Over de afspraak van dinsdag",
        "Voor de professional",
    ] {
        assert!(pro_seen.contains(text), "{text} in the professional's file");
    }
    assert!(!pro_seen.contains("⚠"));
    assert_eq!(
        report::professional_path(std::path::Path::new("/tmp/x/gesprek-K17.html")),
        std::path::Path::new("/tmp/x/gesprek-K17-professional.html")
    );
}

#[test]
fn one_card_far_apart_is_said_without_a_count() {
    let lib = shipped();
    let rec = record(cards("vertrouwen", &[(Score(1), Score(5))]));
    let p = Profile::of(&rec, &lib);
    let v = p.kenmerk("vertrouwen").expect("vertrouwen");
    let langs = Languages::built_in();
    let en = verdict_words(v, langs.tr("en"));
    assert!(en.contains("On this card the difference is big."), "{en}");
    assert!(!en.contains("1 of 1"), "{en}");
    let nl = verdict_words(v, langs.tr("nl"));
    assert!(nl.contains("Bij deze kaart is het verschil groot."), "{nl}");
}
