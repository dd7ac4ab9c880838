//! Veilig praten: every word the players read after a flip, over every card × pair of choices
//! (and a skip) × keying × field × language, plus every screen text: never praise or blame,
//! never assume a difficulty the choices deny, never address the client alone, never promise
//! confidentiality, a low early score named as common where the research says so; a seat's name
//! inside a Dutch or English sentence with its article; no "sentence" in English (to a
//! probation client a sentence is the court's); plural rules wherever a number appears.

use werkalliantiespel::deck::{Library, Perspective, Wording};
use werkalliantiespel::lang::Languages;
use werkalliantiespel::lang::cards::translate;

use super::words::b1_problem;
use super::*;

/// Every built-in pack in every language.
fn libraries() -> Vec<(String, Library)> {
    let mut out = Vec::new();
    for pack in werkalliantiespel::pack::built_in() {
        assert!(pack.report.errors.is_empty(), "{:#?}", pack.report.errors);
        let dutch = pack.library().clone();
        let langs: &Languages = &pack.languages;
        out.push(("nl".to_string(), dutch.clone()));
        for l in langs.all().iter().filter(|l| l.code != "nl") {
            out.push((l.code.clone(), translate(&dutch, l)));
        }
    }
    assert!(out.len() >= 4, "two packs in two languages");
    out
}

/// Words that praise, blame or say who is right (lower case).
fn judging(code: &str) -> &'static [&'static str] {
    match code {
        "nl" => &[
            "goed zo",
            "knap",
            "prima",
            "goed gedaan",
            "fout",
            "schuld",
            "gelijk",
            "beter dan",
            "slecht",
            "positief",
            "negatief",
            "zat dichtbij",
            "zat ver",
        ],
        _ => &[
            "well done",
            "great",
            "good job",
            "wrong",
            "fault",
            "blame",
            "right",
            "better than",
            "bad",
            "positive",
            "negative",
            "was close",
            "was far",
        ],
    }
}

/// Words that assume something is hard: only where a choice says so.
fn assumes_difficulty(code: &str) -> &'static [&'static str] {
    match code {
        "nl" => &[
            "lastig",
            "moeilijk",
            "zwaar",
            "vooruit",
            "makkelijker",
            "meer te vertrouwen",
            "vaak niet eens",
        ],
        _ => &[
            "hard",
            "difficult",
            "step forward",
            "easier",
            "trust each other more",
            "often not agree",
        ],
    }
}

/// A promise that something stays between the two (the professional may have to pass it on).
const PROMISES: [&str; 6] = [
    "tussen jullie",
    "blijft geheim",
    "vertrouwelijk",
    "between you",
    "stays secret",
    "confidential",
];

#[test]
fn every_talk_after_a_flip_fits_the_choices_in_every_field_and_language() {
    let mut checked = 0;
    let mut notes = 0;
    let mut hard_prompts = 0;
    for (code, lib) in libraries() {
        // Each pack's own scale, and a skip.
        let choices: Vec<Option<u8>> = [None]
            .into_iter()
            .chain((1..=lib.steps()).map(Some))
            .collect();
        assert!(choices.len() >= 5, "{}: {} steps", lib.pack.id, lib.steps());
        for field in &lib.fields {
            let client_word = field.client.to_lowercase();
            for card in &lib.cards {
                let own_hard: Vec<String> = card
                    .prompts_hard
                    .iter()
                    .map(|p| werkalliantiespel::deck::template::render(p, field))
                    .collect();
                for &c in &choices {
                    for &p in &choices {
                        let hard = lib.a_choice_is_hard(card, c, p);
                        for turn in 0..2 {
                            let talk = lib.talk(Some(card), (c, p), field, turn);
                            let at = format!(
                                "{} {code} {} item {} ({:?}) {c:?}/{p:?}",
                                lib.pack.id, field.id, card.item, card.keying
                            );
                            assert!(!talk.prompt.is_empty(), "{at}: no prompt");
                            let lines: Vec<&String> = std::iter::once(&talk.prompt)
                                .chain(&talk.note)
                                .chain(&talk.card_prompts)
                                .collect();
                            for line in &lines {
                                // The field's own words count as one word and judge nothing
                                // ("schuldhulpverlener" holds "schuld").
                                let masked = [&field.werker, &field.client, &field.voorwaarden]
                                    .into_iter()
                                    .fold(line.to_string(), |t, w| t.replace(w.as_str(), "X"));
                                let lower = format!(" {} ", masked.to_lowercase());
                                assert!(!line.contains('{'), "{at}: {line}");
                                for w in judging(&code) {
                                    assert!(!lower.contains(w), "{at}: \"{w}\" in {line:?}");
                                }
                                for w in PROMISES {
                                    assert!(!lower.contains(w), "{at}: a promise: {line:?}");
                                }
                                // Asked of both, never of the client alone: no prompt names
                                // the client.
                                let named = line
                                    .to_lowercase()
                                    .split(|c: char| !c.is_alphanumeric())
                                    .any(|w| w == client_word);
                                assert!(!named, "{at}: the {client_word} alone is asked: {line:?}");
                                if !hard {
                                    for w in assumes_difficulty(&code) {
                                        assert!(
                                            !lower.contains(w),
                                            "{at}: nobody chose the hard side, yet \"{w}\" \
                                             in {line:?}"
                                        );
                                    }
                                }
                                if code == "nl"
                                    && let Some(problem) = b1_problem(&masked)
                                {
                                    panic!("{at}: not B1: {problem}");
                                }
                            }
                            // The card's hard prompts exactly when a choice is on the hard side.
                            for h in &own_hard {
                                assert_eq!(
                                    talk.card_prompts.contains(h),
                                    hard,
                                    "{at}: {h:?} (a choice on the hard side: {hard})"
                                );
                                hard_prompts += usize::from(hard);
                            }
                            // "Aan het begin is dit vaak zo" exactly on early-low cards with a
                            // choice on the hard side.
                            assert_eq!(
                                talk.note.is_some(),
                                card.early_low && hard,
                                "{at}: the early note"
                            );
                            notes += usize::from(talk.note.is_some());
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    // 2 languages × 6 fields × (19 cards × 36 pairs + 9 cards × 25 pairs) × 2 turns.
    assert_eq!(checked, 2 * 6 * (19 * 36 + 9 * 25) * 2);
    assert!(
        notes > 0 && hard_prompts > 0,
        "{notes} notes, {hard_prompts}"
    );
}

#[test]
fn items_2_12_and_19_say_a_low_start_is_common() {
    let lib = shipped();
    let early: Vec<u16> = lib
        .cards
        .iter()
        .filter(|c| c.early_low)
        .map(|c| c.item)
        .collect();
    assert_eq!(early, [2, 12, 19]);
    let field = lib.field("reclassering").expect("reclassering");
    let card = lib.cards.iter().find(|c| c.item == 2).expect("item 2");
    let talk = lib.talk(Some(card), (Some(1), Some(4)), field, 0);
    assert_eq!(
        talk.note.as_deref(),
        Some("Aan het begin van de begeleiding klopt dit vaak nog niet. Dat is gewoon.")
    );
    // Never "a small step forward" on any card.
    for turn in 0..4 {
        let t = lib.talk(Some(card), (Some(1), Some(1)), field, turn);
        assert!(!t.prompt.contains("vooruit"), "{}", t.prompt);
    }
}

#[test]
fn stroefheid_item_9_asks_no_difficulty_when_both_deny_it() {
    let lib = shipped();
    let field = lib.field("reclassering").expect("reclassering");
    let card = lib.cards.iter().find(|c| c.item == 9).expect("item 9");
    // Both "Klopt helemaal niet": on Stroefheid that is the easy side.
    let calm = lib.talk(Some(card), (Some(1), Some(1)), field, 0);
    let all = format!("{} {:?}", calm.prompt, calm.card_prompts);
    assert!(!all.contains("zwaar") && !all.contains("lastig"), "{all}");
    assert!(!all.contains("helpen om je aan"), "{all}");
    // The client says it is hard: now both are asked what would make it easier.
    let hard = lib.talk(Some(card), (Some(5), Some(2)), field, 0);
    assert!(
        hard.card_prompts
            .iter()
            .any(|p| p.contains("jullie allebei")),
        "{:?}",
        hard.card_prompts
    );
}

#[test]
fn an_own_card_never_calls_two_fives_the_middle() {
    let lib = shipped();
    let field = lib.field("opvang").expect("opvang");
    for (code, lib) in libraries() {
        for v in 1..=lib.steps() {
            let talk = lib.talk(None, (Some(v), Some(v)), field, 0);
            let says_middle = talk.prompt.contains("midden") || talk.prompt.contains("middle");
            // Only the middle of an odd scale (3 of 5) is "the middle"; four steps have none.
            let middle = 2 * u16::from(v) == u16::from(lib.steps()) + 1;
            assert_eq!(
                says_middle, middle,
                "{} {code} {v}/{v}: {}",
                lib.pack.id, talk.prompt
            );
            assert!(talk.note.is_none() && talk.card_prompts.is_empty());
        }
    }
}

/// Every screen text of a language as written in its file: (key, text with `{ $x }` kept).
fn ui_messages(code: &str) -> Vec<(String, String)> {
    let path = repo().join(format!("assets/talen/{code}/spel.ftl"));
    let text = std::fs::read_to_string(&path).expect("spel.ftl");
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && !line.starts_with('}')
            && let Some((key, value)) = line.split_once(" = ")
        {
            out.push((key.to_string(), value.to_string()));
        } else if let Some(last) = out.last_mut() {
            last.1.push('\n');
            last.1.push_str(line);
        }
    }
    assert!(out.len() > 300, "{code}: {} messages", out.len());
    out
}

/// Labels where a seat's name stands alone, not inside a sentence ("Jongere · aan de beurt").
const NAME_LABELS: [&str; 3] = ["tafel-aan-de-beurt", "lezer-keuze-groep", "lezer-gok-groep"];

#[test]
fn a_seat_name_inside_a_sentence_has_its_article() {
    for (code, article) in [("nl", "de "), ("en", "the ")] {
        for (key, text) in ui_messages(code) {
            if NAME_LABELS.contains(&key.as_str()) {
                continue;
            }
            for var in ["{ $naam }", "{ $ander }"] {
                for (at, _) in text.match_indices(var) {
                    let before = text[..at].to_lowercase();
                    assert!(
                        before.ends_with(article),
                        "{code} {key}: \"{var}\" without \"{article}\": {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn english_never_says_sentence_and_numbers_take_their_plural() {
    let langs = Languages::built_in();
    // No "sentence" in any English screen text nor on any English card.
    let en = langs.get("en").expect("English");
    for (key, text) in ui_messages("en") {
        assert!(
            !text.to_lowercase().contains("sentence"),
            "en {key}: a probation client reads \"sentence\" as the court's: {text}"
        );
    }
    let lib = translate(&shipped(), en);
    let field = lib.field("reclassering").expect("reclassering");
    for c in &lib.cards {
        for who in [Perspective::Client, Perspective::Professional] {
            let t = c.text(who, Wording::B1, field);
            assert!(!t.to_lowercase().contains("sentence"), "{t}");
        }
    }
    // Plurals: no "(s)" or "(en)", and every text with a number reads right with 1 and with 2.
    for code in ["nl", "en"] {
        let tr = langs.tr(code);
        let lang = langs.get(code).expect("language");
        for (key, text) in ui_messages(code) {
            assert!(
                !text.contains("(s)") && !text.contains("(en)"),
                "{code} {key}: say the plural in words: {text}"
            );
            let vars = lang.ui_variables(&key).unwrap_or_default();
            for n in [1i64, 2] {
                let args: Vec<(&str, fluent_bundle::FluentValue)> = vars
                    .iter()
                    .map(|v| (v.as_str(), fluent_bundle::FluentValue::from(n)))
                    .collect();
                let shown = tr.f(&key, args);
                let wrong: &[&str] = match (code, n) {
                    ("nl", 1) => &[
                        "1 kaarten",
                        "1 fouten",
                        "1 gesprekken",
                        "1 thema's",
                        "1 stappen",
                    ],
                    ("en", 1) => &[
                        "1 cards",
                        "1 times",
                        "1 mistakes",
                        "1 conversations",
                        "1 themes",
                        "1 steps",
                    ],
                    ("nl", _) => &["2 kaart ", "2 fout ", "2 gesprek "],
                    _ => &["2 card ", "2 time ", "2 mistake ", "2 conversation "],
                };
                for w in wrong {
                    assert!(
                        !format!("{shown} ").contains(w),
                        "{code} {key} with {n}: {shown}"
                    );
                }
            }
        }
    }
}
