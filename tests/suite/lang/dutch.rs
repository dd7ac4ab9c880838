//! No Dutch in English: not in the code of the screens, not in the English texts, not on the
//! English cards.

use super::*;

/// Words that are Dutch and never English: one of them in an English text means a string was
/// not translated.
const DUTCH_WORDS: [&str; 40] = [
    "de",
    "het",
    "een",
    "jullie",
    "niet",
    "van",
    "voor",
    "met",
    "kies",
    "kiezen",
    "kaart",
    "kaarten",
    "deze",
    "ook",
    "nog",
    "wat",
    "naar",
    "bij",
    "maar",
    "dan",
    "op",
    "je",
    "jouw",
    "wij",
    "ik",
    "zin",
    "klopt",
    "gekozen",
    "overslaan",
    "verder",
    "terug",
    "stoppen",
    "bewaren",
    "gesprek",
    "samen",
    "beurt",
    "thema",
    "weergave",
    "sluiten",
    "helemaal",
];

fn dutch_words_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(str::to_lowercase)
        .filter(|w| DUTCH_WORDS.contains(&w.as_str()))
        .collect()
}

/// The same keys in English and Dutch, no syntax errors, and a translation of every card,
/// kenmerk, werkveld, scale point and prompt.
/// No screen shows Dutch in English: (1) the screens' code holds no sentence of its own — every
/// text a player reads comes from the language files; (2) every English text differs from the
/// Dutch one (a few words are the same in both) and holds no Dutch word; (3) the English cards
/// too.
#[test]
fn no_dutch_on_any_screen_in_english() {
    // (1) Sentences written in the code of the screens, the table and the notices.
    // Every source file of the game's skin and of the reports.
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut sources = Vec::new();
    for dir in ["src/game", "src/report"] {
        rust_files(&crate::repo().join(dir), &mut sources);
    }
    sources.sort();
    assert!(sources.len() > 20, "the screens are found: {sources:?}");
    let mut found = Vec::new();
    for path in &sources {
        let source = crate::read(path);
        let file = path
            .strip_prefix(crate::repo())
            .unwrap_or(path)
            .display()
            .to_string();
        // Only the code, not the tests at the bottom.
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for s in ui_strings(code) {
            // Two words or more (key names such as "Enter / ␣" are not sentences).
            let words = s
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                .count();
            let sentence = s.chars().next().is_some_and(char::is_uppercase) && words >= 2;
            if sentence {
                found.push(format!("{file}: {s}"));
            }
        }
    }
    // Log lines (read by the scripts, never on screen) and messages for the terminal.
    // (The screen's name in the log line "scherm: …".)
    found.retain(|f| {
        f != "src/game/mod.rs: Eerdere gesprekken"
            && f != "src/game/log.rs: Choose({p:?}, Hidden)"
            && f != "src/game/log.rs: Guess({p:?}, Hidden)"
    });
    assert!(
        found.is_empty(),
        "texts written in the code, not in talen/:\n{}",
        found.join("\n")
    );

    // (2) The English words of the screens.
    let langs = Languages::built_in();
    let nl = langs.get("nl").expect("Dutch");
    let en = langs.get("en").expect("English");
    let dutch: std::collections::HashMap<String, String> = nl.ui_sources().into_iter().collect();
    // The same in both languages: names, keys and words both languages share.
    let same_in_both = [
        "start-help",
        "knop-help",
        "geschiedenis-code",
        "hervat-code",
        "start-woorden-monitor",
        // The program's name, a column of codes, and two choices side by side.
        "export-xlsx",
        "xlsx-code",
        "xlsx-raden-waarde",
        // Teamoverleg: a code is a code, and "professional" is one word in both languages.
        "team-kolom-code",
        "team-code-titel",
        "team-professional",
    ];
    let mut problems = Vec::new();
    for (key, text) in en.ui_sources() {
        if key == "taal-naam" || key == "getal-komma" {
            continue;
        }
        // `start-fouten` names the command, which is the same in every language.
        let words = dutch_words_in(&text.replace("werkalliantiespel --check-cards", ""));
        if !words.is_empty() {
            problems.push(format!("{key}: Dutch word(s) {words:?} in \"{text}\""));
        }
        if dutch.get(&key) == Some(&text) && !same_in_both.contains(&key.as_str()) {
            problems.push(format!("{key}: the same as the Dutch \"{text}\""));
        }
    }
    // (3) The English cards, in every field.
    let t = lang::cards::translate(&crate::shipped(), en);
    for field in &t.fields {
        for text in [
            &field.name,
            &field.werker,
            &field.client,
            &field.voorwaarden,
        ] {
            if !dutch_words_in(text).is_empty() {
                problems.push(format!("werkveld {}: {text}", field.id));
            }
        }
        for c in &t.cards {
            let mut texts = vec![
                c.text(Perspective::Client, Wording::B1, field),
                c.text(Perspective::Professional, Wording::Original, field),
            ];
            texts.extend(c.prompts_for(field));
            for text in texts {
                let words = dutch_words_in(&text);
                if !words.is_empty() {
                    problems.push(format!("{} ({}): {words:?} in \"{text}\"", c.id, field.id));
                }
            }
        }
    }
    for k in &t.kenmerken {
        for text in [&k.name, &k.explain] {
            if !dutch_words_in(text).is_empty() {
                problems.push(format!("kenmerk {}: {text}", k.id));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "Dutch in English:\n{}",
        problems.join("\n")
    );
}

/// The checker finds Dutch: an English file with one untranslated line fails.
#[test]
fn the_dutch_check_finds_dutch() {
    assert_eq!(dutch_words_in("Kies een kaart."), ["kies", "een", "kaart"]);
    assert!(dutch_words_in("Choose a card. Then talk together.").is_empty());
}
