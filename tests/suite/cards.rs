//! The shipped cards: all 19 monitor items, both perspectives, both wordings, every field.

use std::collections::BTreeSet;

use werkalliantiespel::deck::{self, Keying, Perspective, Wording};

use crate::{repo, shipped, shipped_report};

#[test]
fn every_shipped_file_loads_without_errors() {
    let report = shipped_report();
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert_eq!(report.files.len(), 8);
    assert!(report.library.missing_for_play().is_empty());
}

#[test]
fn nineteen_items_in_four_decks_of_six_five_four_four() {
    let lib = shipped();
    let items: BTreeSet<u16> = lib.cards.iter().map(|c| c.item).collect();
    assert_eq!(items, (1..=19).collect::<BTreeSet<u16>>());
    assert_eq!(lib.cards.len(), 19);
    let ids: Vec<&str> = lib.kenmerken.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(ids, ["richting", "vertrouwen", "binding", "stroefheid"]);
    let mapping = [
        ("richting", vec![1, 2, 3, 11, 12, 19]),
        ("vertrouwen", vec![4, 5, 6, 16, 18]),
        ("binding", vec![7, 8, 10, 14]),
        ("stroefheid", vec![9, 13, 15, 17]),
    ];
    for (kenmerk, expected) in mapping {
        let mut got: Vec<u16> = lib.deck(kenmerk).map(|c| c.item).collect();
        got.sort();
        assert_eq!(got, expected, "items of {kenmerk}");
    }
}

#[test]
fn keying_short_version_and_good_when_follow_the_design() {
    let lib = shipped();
    let negative: Vec<u16> = lib
        .cards
        .iter()
        .filter(|c| c.keying == Keying::Negative)
        .map(|c| c.item)
        .collect();
    assert_eq!(negative, [5]);
    let mut short: Vec<u16> = lib
        .cards
        .iter()
        .filter(|c| c.short)
        .map(|c| c.item)
        .collect();
    short.sort();
    assert_eq!(short, [2, 6, 8, 12, 13, 14, 17, 18]);
    let low: Vec<&str> = lib
        .kenmerken
        .iter()
        .filter(|k| k.good_when == deck::GoodWhen::Low)
        .map(|k| k.id.as_str())
        .collect();
    assert_eq!(low, ["stroefheid"]);
}

#[test]
fn every_card_has_both_perspectives_in_both_wordings_and_prompts() {
    let lib = shipped();
    for c in &lib.cards {
        for who in [Perspective::Client, Perspective::Professional] {
            let w = c.wordings(who);
            assert!(!w.original.trim().is_empty(), "{} {who:?} original", c.id);
            assert!(!w.b1.trim().is_empty(), "{} {who:?} b1", c.id);
        }
        assert_ne!(
            c.client.b1, c.professional.b1,
            "{}: the two perspectives differ",
            c.id
        );
        assert!((1..=3).contains(&c.prompts.len()), "{}", c.id);
    }
}

#[test]
fn original_wording_keeps_the_monitor_text() {
    // Spot checks against the seed (reclassering form).
    let lib = shipped();
    let field = lib.field("reclassering").expect("reclassering");
    let text = |item: u16, who| {
        let c = lib.cards.iter().find(|c| c.item == item).expect("item");
        c.text(who, Wording::Original, field)
    };
    assert_eq!(
        text(1, Perspective::Client),
        "Mijn reclasseringswerker legt altijd duidelijk uit wat hij/zij van mij verwacht."
    );
    assert_eq!(
        text(18, Perspective::Client),
        "Mijn reclasseringswerker vertrouwt mij."
    );
    assert_eq!(
        text(13, Perspective::Professional),
        "Mijn cliënt gaat veel tegen me in tijdens onze gesprekken."
    );
}

#[test]
fn every_card_renders_for_every_field_without_leftover_placeholders() {
    let lib = shipped();
    assert_eq!(lib.fields.len(), 5);
    for field in &lib.fields {
        for c in &lib.cards {
            for who in [Perspective::Client, Perspective::Professional] {
                for wording in [Wording::B1, Wording::Original] {
                    let t = c.text(who, wording, field);
                    assert!(
                        !t.contains('{') && !t.contains('}'),
                        "{} {}: {t}",
                        field.id,
                        c.id
                    );
                }
            }
            for p in c.prompts_for(field) {
                assert!(!p.contains('{'), "{} {}: {p}", field.id, c.id);
            }
        }
    }
    let opvang = lib.field("opvang").expect("opvang");
    let c = lib.cards.iter().find(|c| c.item == 9).expect("item 9");
    assert_eq!(
        c.text(Perspective::Client, Wording::B1, opvang),
        "Ik vind het moeilijk om me aan de afspraken te houden."
    );
}

#[test]
fn generic_prompts_exist_for_every_gap() {
    let lib = shipped();
    let g = &lib.prompts;
    assert!(
        !g.same.is_empty() && !g.small.is_empty() && !g.large.is_empty() && !g.passed.is_empty()
    );
    assert_eq!(
        g.same[0],
        "Jullie zitten op één lijn. Wat maakt dat het hier goed gaat?"
    );
}

#[test]
fn scale_has_five_labelled_points_and_a_pass() {
    let lib = shipped();
    let scale = lib.scale.expect("scale");
    let labels: Vec<&str> = scale.points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Klopt helemaal niet",
            "Klopt niet",
            "Een beetje",
            "Klopt wel",
            "Klopt helemaal"
        ]
    );
    assert_eq!(scale.pass_label, "Sla ik over");
}

#[test]
fn built_in_copy_matches_the_cards_folder() {
    let mut on_disk: Vec<String> = std::fs::read_dir(repo().join("cards"))
        .expect("cards/")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    on_disk.sort();
    let mut built_in: Vec<String> = deck::BUILT_IN.iter().map(|(n, _)| n.to_string()).collect();
    built_in.sort();
    assert_eq!(
        on_disk, built_in,
        "add new files in cards/ to deck::BUILT_IN"
    );
    let report = deck::load_built_in();
    assert!(report.errors.is_empty());
    assert_eq!(report.library.cards.len(), shipped().cards.len());
}
