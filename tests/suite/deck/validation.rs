//! One fixture per validation error: the message and the exact line and column.

use std::path::{Path, PathBuf};

use werkalliantiespel::deck::{self, LoadError};

use crate::{read, repo};

/// Loads the shipped kenmerken together with one fixture and returns the errors.
fn errors_of(fixture: &str) -> (Vec<LoadError>, deck::Library) {
    let kenmerken = repo().join("cards/werkalliantiemonitor/kenmerken.ron");
    let file = repo().join("tests/fixtures/broken").join(fixture);
    let sources = vec![
        (kenmerken.clone(), read(&kenmerken)),
        (PathBuf::from(fixture), read(&file)),
    ];
    let report = deck::load_sources(&sources);
    (report.errors, report.library)
}

fn one_error(fixture: &str) -> LoadError {
    let (errors, _) = errors_of(fixture);
    assert_eq!(errors.len(), 1, "{fixture}: {errors:#?}");
    let e = errors.into_iter().next().expect("one error");
    assert_eq!(e.file, Path::new(fixture));
    e
}

fn assert_error(fixture: &str, line: usize, col: usize, words: &[&str]) {
    let e = one_error(fixture);
    assert_eq!((e.line, e.col), (line, col), "{fixture}: {e}");
    for w in words {
        assert!(
            e.message.contains(w),
            "{fixture}: message {:?} lacks {w:?}",
            e.message
        );
    }
    let shown = e.to_string();
    assert!(
        shown.starts_with(&format!("{fixture}:{line}:{col}: ")),
        "{shown}"
    );
}

#[test]
fn unknown_field() {
    assert_error(
        "unknown-field.ron",
        16,
        9,
        &["Onbekend veld `kleur`", "kaart", "`kenmerk`"],
    );
    // The good card in the same file still loads.
    let (_, lib) = errors_of("unknown-field.ron");
    assert!(
        lib.cards.is_empty(),
        "a file that does not parse loads nothing from itself"
    );
}

#[test]
fn duplicate_id() {
    assert_error(
        "duplicate-id.ron",
        14,
        13,
        &["\"dubbel\" is al gebruikt", "duplicate-id.ron:4:13"],
    );
    let (_, lib) = errors_of("duplicate-id.ron");
    assert_eq!(lib.cards.len(), 1, "the first card with the id stays");
}

#[test]
fn card_without_both_perspectives() {
    assert_error(
        "missing-perspective.ron",
        11,
        5,
        &[
            "`professional` ontbreekt",
            "cliënt én een zin voor de professional",
        ],
    );
}

#[test]
fn unknown_kenmerk() {
    assert_error(
        "unknown-kenmerk.ron",
        5,
        18,
        &["Onbekend kenmerk \"vertrouwn\"", "\"vertrouwen\""],
    );
}

#[test]
fn unknown_placeholder() {
    assert_error(
        "unknown-placeholder.ron",
        8,
        70,
        &["cliënt (b1)", "onbekend invulwoord {begeleider}"],
    );
}

#[test]
fn unclosed_placeholder() {
    assert_error(
        "unclosed-placeholder.ron",
        10,
        32,
        &["gespreksvraag", "niet afgesloten"],
    );
}

#[test]
fn empty_text() {
    assert_error(
        "empty-text.ron",
        9,
        34,
        &["professional (original) is leeg"],
    );
}

#[test]
fn keying_that_does_not_exist() {
    assert_error(
        "bad-keying.ron",
        6,
        17,
        &["Onbekende keying `Omgekeerd`", "`Positive` of `Negative`"],
    );
}

#[test]
fn missing_comma() {
    assert_error("missing-comma.ron", 8, 9, &["komma"]);
}

#[test]
fn invalid_utf8_is_reported_not_panicked() {
    let dir = crate::tempdir("utf8");
    std::fs::write(dir.join("kapot.ron"), b"Kaarten([ (id: \"a\xff\" ) ])").expect("write");
    let report = deck::load_dir(&dir).expect("dir");
    assert_eq!(report.errors.len(), 1);
    assert_eq!((report.errors[0].line, report.errors[0].col), (1, 18));
    assert!(report.errors[0].message.contains("UTF-8"));
}

#[test]
fn a_folder_with_one_broken_file_still_loads_the_other_decks() {
    let dir = crate::tempdir("one-broken");
    for entry in std::fs::read_dir(repo().join("cards/werkalliantiemonitor")).expect("cards") {
        let entry = entry.expect("entry");
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).expect("copy");
        }
    }
    let path = dir.join("binding.ron");
    let text = read(&path).replacen("keying: Positive", "keying: Positief", 1);
    std::fs::write(&path, text).expect("write");
    let report = deck::load_dir(&dir).expect("dir");
    assert_eq!(report.errors.len(), 1, "{:#?}", report.errors);
    let e = &report.errors[0];
    assert!(e.file.ends_with("binding.ron"));
    assert!(e.line > 0 && e.col > 0);
    let lib = &report.library;
    assert_eq!(lib.deck("binding").count(), 0);
    assert_eq!(lib.deck("richting").count(), 6);
    assert_eq!(lib.deck("vertrouwen").count(), 5);
    assert_eq!(lib.deck("stroefheid").count(), 4);
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let e = deck::load_dir(Path::new("/geen/map/hier")).expect_err("missing");
    assert!(e.to_string().contains("deze map bestaat niet"));
}

// ---- hostile input: never a panic, never a hang, always a message ----

fn load_one(name: &str, bytes: &[u8]) -> deck::LoadReport {
    let dir = crate::tempdir(&format!("hostile-{name}"));
    std::fs::write(
        dir.join("kenmerken.ron"),
        read(&repo().join("cards/werkalliantiemonitor/kenmerken.ron")),
    )
    .expect("k");
    std::fs::write(dir.join(name), bytes).expect("write");
    deck::load_dir(&dir).expect("dir")
}

fn errors_for(report: &deck::LoadReport, name: &str) -> Vec<String> {
    report
        .errors
        .iter()
        .filter(|e| e.file.ends_with(name))
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn truncated_files_give_messages() {
    for file in [
        "vertrouwen.ron",
        "schaal.ron",
        "werkvelden.ron",
        "gespreksvragen.ron",
    ] {
        let text = read(&repo().join("cards/werkalliantiemonitor").join(file));
        let bytes = text.as_bytes();
        let mut cut = 1;
        while cut < bytes.len() {
            // cut on a character boundary so the file stays text
            let mut at = cut;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let sources = vec![(PathBuf::from(file), text[..at].to_string())];
            let report = deck::load_sources(&sources);
            assert!(
                !report.errors.is_empty(),
                "{file} cut at {at} loaded without a message"
            );
            assert!(report.errors.iter().all(|e| !e.message.is_empty()));
            cut += 53;
        }
    }
}

#[test]
fn wrong_types_give_messages() {
    let base = read(&repo().join("cards/werkalliantiemonitor/binding.ron"));
    for (from, to, words) in [
        ("item: 7,", "item: \"zeven\",", "getal"),
        ("short: false,", "short: 3,", "true"),
        ("item: 7,", "item: 70000,", "te groot"),
        ("prompts: [", "prompts: (", "lijst"),
        ("kenmerk: \"binding\",", "kenmerk: binding,", ""),
    ] {
        let text = base.replacen(from, to, 1);
        let report = load_one("binding.ron", text.as_bytes());
        let errs = errors_for(&report, "binding.ron");
        assert_eq!(errs.len(), 1, "{to}: {errs:?}");
        assert!(errs[0].contains(words), "{to}: {}", errs[0]);
        assert!(
            errs[0].contains("binding.ron:"),
            "with line and column: {}",
            errs[0]
        );
    }
}

#[test]
fn a_one_megabyte_string_is_refused_quickly() {
    let big = "a".repeat(1024 * 1024);
    let text = read(&repo().join("cards/werkalliantiemonitor/binding.ron")).replacen(
        "Ik merk dat mijn {werker} mij aardig vindt.",
        &big,
        1,
    );
    let started = std::time::Instant::now();
    let report = load_one("binding.ron", text.as_bytes());
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
    let errs = errors_for(&report, "binding.ron");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("te lang"), "{}", errs[0]);
    assert_eq!(
        report.library.cards.len(),
        3,
        "the other cards of the file still load"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for depth in [100usize, 10_000, 200_000] {
        let text = format!("Kaarten([{}{}])", "(".repeat(depth), ")".repeat(depth));
        let report = load_one("diep.ron", text.as_bytes());
        let errs = errors_for(&report, "diep.ron");
        assert_eq!(errs.len(), 1, "depth {depth}: {errs:?}");
    }
    let text = format!("Kaarten([{}])", "[".repeat(50_000));
    assert_eq!(
        errors_for(&load_one("diep2.ron", text.as_bytes()), "diep2.ron").len(),
        1
    );
}

#[test]
fn random_bytes_never_panic() {
    use rand::{RngExt, SeedableRng};
    let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(77);
    let alphabet = b"Kaarten([(id: \"x\", item: 1, kenmerk: \"vertrouwen\", keying: Positive, short: true, client: (original: \"{werker}\", b1: \"b\"), professional: (original: \"c\", b1: \"d\"), prompts: [\"p\"]),])/*//\n\\\xff";
    for i in 0..400 {
        let len = rng.random_range(0..400);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.random_bool(0.9) {
                    alphabet[rng.random_range(0..alphabet.len())]
                } else {
                    rng.random()
                }
            })
            .collect();
        let utf8 = std::str::from_utf8(&bytes).is_ok();
        let name = format!("r{}.ron", i % 7);
        let report = load_one(&name, &bytes);
        for e in &report.errors {
            assert!(!e.message.is_empty());
        }
        let mine = errors_for(&report, &name);
        if !utf8 {
            // Bytes that are no text: said as such, with where.
            assert!(
                mine.iter().any(|e| e.contains("UTF-8")),
                "run {i}: not UTF-8 but {mine:?}"
            );
        } else if mine.is_empty() {
            // No message: then it was a card file that loaded (rare for random bytes).
            assert!(
                report.files.iter().any(|f| f.ends_with(&name)),
                "run {i}: no message and not loaded either"
            );
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let big = vec![b' '; (deck::MAX_FILE_BYTES + 10) as usize];
    let report = load_one("groot.ron", &big);
    let errs = errors_for(&report, "groot.ron");
    assert_eq!(errs.len(), 1);
    assert!(errs[0].contains("te groot"), "{}", errs[0]);
}

#[test]
fn unknown_deck_pictogram() {
    assert_error(
        "unknown-pictogram.ron",
        9,
        20,
        &["Onbekend plaatje \"vlag\"", "\"wegwijzer\"", "\"knoop\""],
    );
    let (_, lib) = errors_of("unknown-pictogram.ron");
    assert!(
        lib.kenmerk("extra").is_none(),
        "a kenmerk with an unknown picture is not loaded"
    );
}

#[test]
fn a_kenmerk_without_a_pictogram_still_loads_without_one() {
    let old = "Kenmerken([(id: \"oud\", name: \"Oud\", colour: \"#336699\", \
               explain: \"Een stapel uit een ouder bestand.\", good_when: High)])";
    let report = deck::load_sources(&[(PathBuf::from("oud.ron"), old.to_string())]);
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    let k = report
        .library
        .kenmerk("oud")
        .expect("the old kenmerk loads");
    assert_eq!(k.pictogram, None);
}

#[test]
fn every_shipped_deck_has_its_own_pictogram_also_in_the_built_in_copy() {
    use deck::DeckPictogram::*;
    let kenmerken = repo().join("cards/werkalliantiemonitor/kenmerken.ron");
    let from_disk = deck::load_sources(&[(kenmerken.clone(), read(&kenmerken))]);
    let built_in = deck::load_built_in();
    for lib in [&from_disk.library, &built_in.library] {
        let pics: Vec<_> = lib
            .kenmerken
            .iter()
            .map(|k| (k.id.as_str(), k.pictogram))
            .collect();
        assert_eq!(
            pics,
            [
                ("richting", Some(Wegwijzer)),
                ("vertrouwen", Some(Schild)),
                ("binding", Some(Praatwolkjes)),
                ("stroefheid", Some(Knoop)),
            ]
        );
    }
    for (name, pic) in deck::DeckPictogram::ALL {
        assert_eq!(deck::DeckPictogram::from_name(name), Some(pic));
        assert_eq!(pic.name(), name);
    }
}
