//! The words on every card and screen: B1 (short sentences, everyday words), never cornering
//! the client, the field's own words, the built-in copy.

use super::*;

/// Words that count as one word in a B1 sentence: the field words and numbers.
fn sentences(text: &str) -> Vec<Vec<String>> {
    text.split(['.', '?', '!', ':'])
        .map(|s| {
            s.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '{' && c != '}'))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// B1: at most 12 words a sentence, no word longer than 15 letters (field words excepted).
/// What is wrong, or `None`.
pub(crate) fn b1_problem(text: &str) -> Option<String> {
    for s in sentences(text) {
        if s.len() > 12 {
            return Some(format!("{} words in \"{}\"", s.len(), s.join(" ")));
        }
        for w in &s {
            if !w.starts_with('{') && w.chars().count() > 15 {
                return Some(format!("\"{w}\" is a long word; say it simpler"));
            }
        }
    }
    None
}

fn assert_b1(text: &str, what: &str) {
    if let Some(p) = b1_problem(text) {
        panic!("{what}: {p}");
    }
}

#[test]
fn every_client_facing_text_is_b1() {
    let lib = shipped();
    for c in &lib.cards {
        assert_b1(&c.client.b1, &format!("item {} client", c.item));
        assert_b1(&c.professional.b1, &format!("item {} professional", c.item));
        for p in &c.prompts {
            assert_b1(p, &format!("item {} prompt", c.item));
        }
        // B1 keeps what the item measures: "altijd" of items 1 and 3.
        if [1, 3].contains(&c.item) {
            assert!(c.client.b1.contains("altijd"), "item {}", c.item);
        }
        for text in [&c.client.b1, &c.professional.b1] {
            for gendered in ["hij/zij", "hem/haar", " hij ", " zij ", " hem "] {
                assert!(
                    !format!(" {text} ").contains(gendered),
                    "item {}: {text}",
                    c.item
                );
            }
        }
    }
    for k in &lib.kenmerken {
        assert_b1(&k.explain, &k.name);
        for word in ["moeizaam", "wrijving"] {
            assert!(!k.explain.contains(word), "{}: {word} is not B1", k.name);
        }
    }
    let g = &lib.prompts;
    for list in [
        &g.same_good,
        &g.same_middle,
        &g.same_hard,
        &g.small,
        &g.small_good,
        &g.small_hard,
        &g.large,
        &g.passed,
    ] {
        for p in list {
            assert_b1(p, "generic prompt");
        }
    }
    if let Some(scale) = &lib.scale {
        for p in &scale.points {
            assert_b1(&p.label, "scale");
        }
    }
}

#[test]
fn prompts_do_not_corner_the_client() {
    let lib = shipped();
    let all: Vec<(u16, &String)> = lib
        .cards
        .iter()
        .flat_map(|c| c.prompts.iter().map(move |p| (c.item, p)))
        .chain(
            [
                &lib.prompts.same_good,
                &lib.prompts.same_hard,
                &lib.prompts.small,
                &lib.prompts.large,
                &lib.prompts.passed,
            ]
            .into_iter()
            .flatten()
            .map(|p| (0, p)),
        )
        .collect();
    for (item, p) in &all {
        assert!(
            !p.contains("Zullen we"),
            "item {item}: the game is no party: {p}"
        );
        assert!(!p.contains("Tegenspraak"), "item {item}: {p}");
        assert!(!p.contains("toch te vertellen"), "item {item}: {p}");
        assert!(!p.contains("het moeilijkst"), "item {item}: {p}");
        assert!(!p.contains("Wat zou er gebeuren als"), "item {item}: {p}");
    }
    // Open questions, not yes/no, for items 2 and 16.
    for item in [2, 16] {
        let c = lib.cards.iter().find(|c| c.item == item).expect("item");
        for p in &c.prompts {
            let first = p.split_whitespace().next().unwrap_or("");
            assert!(
                !["Is", "Zijn", "Heb", "Hebben", "Wil", "Kun"].contains(&first),
                "item {item}: a yes/no question: {p}"
            );
        }
    }
    // The client may ask about the professional's role: what must be passed on.
    for kenmerk in ["vertrouwen", "richting"] {
        assert!(
            lib.cards
                .iter()
                .filter(|c| c.kenmerk == kenmerk)
                .flat_map(|c| &c.prompts)
                .any(|p| p.contains("doorgeven")),
            "{kenmerk}: a prompt about what the {{werker}} must pass on"
        );
    }
}

#[test]
fn fields_are_de_words_and_a_plural() {
    let lib = shipped();
    let jr = lib.field("jeugdreclassering").expect("its own field");
    assert_eq!(jr.werker, "jeugdreclasseerder");
    let bad = |client_article: &str, plural: &str| {
        format!(
            "Werkvelden([(id: \"x\", name: \"X\", werker: \"coach\", werker_lidwoord: \"de\", client: \"kind\", client_lidwoord: \"{client_article}\", voorwaarden: \"afspraak\"{plural})])"
        )
    };
    let errors = |src: String| {
        deck::load_sources(&[(std::path::PathBuf::from("werkvelden.ron"), src)])
            .errors
            .iter()
            .map(|e| e.message.clone())
            .collect::<Vec<_>>()
    };
    let e = errors(bad("het", ", voorwaarden_meervoud: false"));
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(e[0].contains("\"kind\" is een het-woord"), "{e:?}");
    assert!(e[1].contains("moet een meervoud zijn"), "{e:?}");
    let e = errors(bad("de", ""));
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("voorwaarden_meervoud: true"), "{e:?}");
    assert!(errors(bad("de", ", voorwaarden_meervoud: true")).is_empty());
}

#[test]
fn built_in_copy_matches_the_cards_folder() {
    // Every folder under cards/ is a built-in pack, with every card and language file in it:
    // build.rs makes the list, so a new file needs no line of code.
    let mut folders: Vec<String> = std::fs::read_dir(repo().join("cards"))
        .expect("cards/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut built_in: Vec<String> = deck::BUILT_IN_PACKS
        .iter()
        .map(|p| p.folder.to_string())
        .collect();
    built_in.sort();
    assert_eq!(folders, built_in);
    for pack in deck::BUILT_IN_PACKS {
        let dir = repo().join("cards").join(pack.folder);
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("pack folder")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ron"))
            .collect();
        on_disk.sort();
        let names: Vec<String> = pack.files.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(on_disk, names, "{}", pack.folder);
        for (name, text) in pack.files {
            let disk = std::fs::read_to_string(dir.join(name)).expect("card file");
            assert_eq!(
                &disk, text,
                "{}/{name} is built in as it is on disk",
                pack.folder
            );
        }
        for (code, name, text) in pack.languages {
            let disk = std::fs::read_to_string(dir.join("talen").join(code).join(name))
                .expect("language file");
            assert_eq!(&disk, text);
        }
        let report = pack.load();
        assert!(report.errors.is_empty(), "{:#?}", report.errors);
        let from_disk = deck::load_dir(&dir).expect("dir").library;
        assert_eq!(report.library.cards.len(), from_disk.cards.len());
        assert_eq!(report.library.pack, from_disk.pack);
    }
    let report = deck::load_built_in();
    assert!(report.errors.is_empty());
    assert_eq!(report.library.cards.len(), shipped().cards.len());
}

/// The Dutch sentences in a Rust source file: string literals with a space and a lower-case
/// letter (format arguments count as one word each).
pub(crate) fn ui_strings(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars().peekable();
    let mut in_comment = false;
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if in_comment {
            if c == '\n' {
                in_comment = false;
            }
            prev = c;
            continue;
        }
        if c == '/' && chars.peek() == Some(&'/') {
            in_comment = true;
            continue;
        }
        // Char literals like '"' are not strings.
        if c == '"' && prev != '\'' {
            let mut s = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        if let Some(e) = chars.next() {
                            if e == '\n' {
                                // a continued line: skip the indentation
                                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                                    chars.next();
                                }
                                s.push(' ');
                            } else {
                                s.push(e);
                            }
                        }
                    }
                    '"' => break,
                    other => s.push(other),
                }
            }
            if s.contains(' ') && s.chars().any(|c| c.is_lowercase()) {
                out.push(s);
            }
        }
        prev = c;
    }
    out
}
