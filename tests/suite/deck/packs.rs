//! Packs: a folder of card files is one pack; the monitor's and "Kennismaken" are built in; a
//! pack's scale has its own number of steps; nothing else assumes the monitor.

use std::path::Path;

use werkalliantiespel::deck::{self, PromptKind};
use werkalliantiespel::pack;
use werkalliantiespel::session::{Choice, Hidden, Mode, Move, Player, Selection, Session};

use crate::cards::words::b1_problem;
use crate::repo;

fn kennismaken() -> pack::Pack {
    let packs = pack::built_in();
    pack::find(&packs, "kennismaken").expect("built in").clone()
}

#[test]
fn both_packs_are_built_in_in_start_screen_order_and_clean() {
    let packs = pack::built_in();
    let ids: Vec<&str> = packs.iter().map(pack::Pack::id).collect();
    assert_eq!(ids, ["werkalliantiemonitor", "kennismaken"]);
    for p in &packs {
        assert!(p.problems().is_empty(), "{}: {:#?}", p.id(), p.problems());
    }
    // From the folder, the same two, with the same problems (none).
    let from_disk = pack::load(&repo().join("cards")).expect("cards/");
    let ids: Vec<&str> = from_disk.iter().map(pack::Pack::id).collect();
    assert_eq!(ids, ["werkalliantiemonitor", "kennismaken"]);
    for p in &from_disk {
        assert!(p.problems().is_empty(), "{}: {:#?}", p.id(), p.problems());
    }
}

#[test]
fn kennismaken_has_three_themes_nine_cards_and_four_steps_without_a_middle() {
    let k = kennismaken();
    let lib = k.library();
    assert_eq!(lib.pack.name, "Kennismaken");
    assert_eq!(lib.kenmerken.len(), 3);
    assert_eq!(lib.cards.len(), 9);
    assert_eq!(lib.steps(), 4);
    assert!(!lib.has_original_words());
    for kenmerk in &lib.kenmerken {
        assert_eq!(lib.deck(&kenmerk.id).count(), 3, "{}", kenmerk.id);
        assert!(kenmerk.when_apart.is_none());
    }
    // Every text a client reads is B1.
    for c in &lib.cards {
        for text in [&c.client.b1, &c.professional.b1]
            .into_iter()
            .chain(&c.prompts)
            .chain(&c.prompts_hard)
        {
            assert!(b1_problem(text).is_none(), "{}: {text}", c.id);
        }
    }
    // In English as well as Dutch: every key of the translation is there.
    let en = k.languages.get("en").expect("English");
    let expected = werkalliantiespel::lang::cards::expected_keys(lib);
    let have: std::collections::BTreeSet<String> = en.card_keys().map(String::from).collect();
    assert_eq!(expected, have);
    let translated = werkalliantiespel::lang::cards::translate(lib, en);
    assert_eq!(translated.pack.name, "Getting to know each other");
    assert_eq!(
        translated
            .scale
            .as_ref()
            .map(|s| s.points[3].label.as_str()),
        Some("True")
    );
}

#[test]
fn on_four_steps_there_is_no_middle_and_each_side_has_two() {
    use PromptKind::*;
    let of = |c, p| PromptKind::of((Some(c), Some(p)), 4, true);
    assert_eq!(of(2, 2), SameHard);
    assert_eq!(of(3, 3), SameGood);
    assert_eq!(of(3, 4), SmallGood);
    assert_eq!(of(1, 2), SmallHard);
    // One step, but on two sides: no "both fine", no "both hard", and not "close" either: one
    // says "meestal niet", the other "meestal wel".
    assert_eq!(of(2, 3), SmallAcross);
    assert_eq!(of(3, 2), SmallAcross);
    let k = kennismaken();
    let lib = k.library();
    assert!(
        lib.prompts.of(SmallAcross)[0].contains("andere kant"),
        "{:?}",
        lib.prompts.of(SmallAcross)
    );
    // The monitor has no list of its own for it (five steps: it cannot happen there).
    assert_eq!(
        crate::shipped().prompts.of(SmallAcross),
        crate::shipped().prompts.of(Small)
    );
    // On the table: its own words, and "Klein verschil" where the two are on one side.
    use werkalliantiespel::session::{Choice::Score, Gap};
    assert_eq!(Gap::between(Score(2), Score(3), 4), Gap::Across);
    assert_eq!(Gap::between(Score(3), Score(4), 4), Gap::Small);
    assert_eq!(Gap::between(Score(3), Score(4), 5), Gap::Small);
    assert_eq!(Gap::between(Score(2), Score(3), 5), Gap::Small);
    assert_eq!(of(1, 4), Large);
    for v in 1..=4 {
        assert_ne!(of(v, v), SameMiddle, "{v}");
    }
    // Five steps as before: 3 is the middle.
    assert_eq!(PromptKind::of((Some(3), Some(3)), 5, true), SameMiddle);
    assert_eq!(PromptKind::of((Some(4), Some(3)), 5, true), Small);
    assert_eq!(PromptKind::of((Some(2), Some(1)), 5, false), SmallGood);
}

fn selection(mode: Mode) -> Selection {
    Selection {
        field: "opvang".into(),
        mode,
        seed: 4,
        ..Selection::default()
    }
}

#[test]
fn a_kennismaken_conversation_refuses_a_fifth_step_and_saves_its_pack() {
    let k = kennismaken();
    let mut s = Session::new(k.library(), selection(Mode::Together)).expect("session");
    assert_eq!(s.selection().pack, "kennismaken");
    assert_eq!(s.selection().steps, 4);
    let five = Hidden::new(5).expect("a five exists on some scale");
    assert!(s.apply(Move::Choose(Player::Client, five)).is_err());
    let four = Hidden::new(4).expect("four");
    let one = Hidden::new(1).expect("one");
    s.apply(Move::Choose(Player::Client, four))
        .expect("4 is on the scale");
    s.apply(Move::Choose(Player::Professional, one))
        .expect("1 too");
    s.apply(Move::Reveal).expect("reveal");
    let record = s.record();
    assert_eq!(
        record.cards[0].rounds[0],
        (Choice::Score(4), Choice::Score(1))
    );
    // Saved and read back: the pack and its scale go along; a 5 in a 4-step record is refused.
    let json = serde_json::to_string(&record).expect("json");
    assert!(json.contains("\"pack\":\"kennismaken\""), "{json}");
    let back: werkalliantiespel::session::SessionRecord =
        serde_json::from_str(&json).expect("back");
    assert_eq!(back.selection.steps, 4);
    assert!(Session::from_record(&back).is_ok());
    let bad = json.replacen("[{\"Score\":4}", "[{\"Score\":5}", 1);
    assert_ne!(bad, json, "the test changes the record");
    let bad: werkalliantiespel::session::SessionRecord = serde_json::from_str(&bad).expect("bad");
    assert!(Session::from_record(&bad).is_err());
}

#[test]
fn a_save_from_before_packs_reads_as_five_steps_of_the_first_pack() {
    let monitor = crate::shipped();
    let s = Session::new(&monitor, selection(Mode::TakeTurns)).expect("session");
    let mut json: serde_json::Value = serde_json::to_value(s.record()).expect("json");
    let sel = json["selection"].as_object_mut().expect("selection");
    sel.remove("pack");
    sel.remove("steps");
    let old: werkalliantiespel::session::SessionRecord =
        serde_json::from_value(json).expect("an old record reads");
    assert_eq!(old.selection.steps, 5);
    assert_eq!(old.selection.pack, "");
}

#[test]
fn the_long_table_and_the_table_per_theme_say_the_pack_and_its_steps() {
    let k = kennismaken();
    let mut s = Session::new(k.library(), selection(Mode::Together)).expect("session");
    for p in Player::ALL {
        s.apply(Move::Choose(p, Hidden::new(2).expect("2")))
            .expect("choose");
    }
    s.apply(Move::Reveal).expect("reveal");
    let saved = werkalliantiespel::store::SavedSession {
        format: werkalliantiespel::store::FORMAT,
        id: "k1".into(),
        label: "K-1".into(),
        saved_at: 1_700_000_000,
        saved_at_text: String::new(),
        record: s.record(),
    };
    let long = werkalliantiespel::report::csv(std::slice::from_ref(&saved));
    let header: Vec<&str> = long.lines().next().expect("header").split(',').collect();
    let row: Vec<&str> = long.lines().nth(1).expect("a row").split(',').collect();
    let at = |name: &str| header.iter().position(|h| h.ends_with(name)).expect(name);
    assert_eq!(row[at("pack")], "kennismaken");
    assert_eq!(row[at("scale_steps")], "4");
    // Per theme: read with its own pack among two.
    let monitor = crate::shipped();
    let per_theme = werkalliantiespel::report::summary_csv(
        std::slice::from_ref(&saved),
        &[&monitor, k.library()],
    );
    let kenmerk_ids: Vec<&str> = per_theme
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(4))
        .collect();
    assert!(!kenmerk_ids.is_empty());
    for id in kenmerk_ids {
        assert!(
            k.library().kenmerk(id).is_some(),
            "{id} is a Kennismaken theme"
        );
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    if let Some(parent) = dir.join(name).parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(dir.join(name), text).expect("write");
}

fn copy_pack(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("pack") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().expect("name"))).expect("copy");
        }
    }
}

#[test]
fn a_folder_of_packs_loads_each_and_says_a_second_pack_with_the_same_id() {
    let dir = crate::tempdir("packs");
    for name in ["a", "b"] {
        std::fs::create_dir_all(dir.join(name)).expect("folder");
        copy_pack(&repo().join("cards/kennismaken"), &dir.join(name));
    }
    let packs = pack::load(&dir).expect("packs");
    assert_eq!(packs.len(), 1, "the second with the same id stays out");
    let said: Vec<String> = packs[0]
        .report
        .errors
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert!(
        said.iter()
            .any(|e| e.contains("bestaat al") && e.contains("b/pakket.ron")),
        "{said:#?}"
    );
    // A folder without pakket.ron is a pack named after the folder.
    let plain = dir.join("Eigen Kaarten");
    std::fs::create_dir_all(&plain).expect("folder");
    copy_pack(&repo().join("cards/kennismaken"), &plain);
    std::fs::remove_file(plain.join("pakket.ron")).expect("rm");
    let one = pack::load(&plain).expect("one pack");
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].id(), "eigen-kaarten");
    assert_eq!(one[0].library().pack.name, "Eigen Kaarten");
    assert!(pack::load(&dir.join("leeg-niet-hier")).is_err());
}

#[test]
fn a_scale_is_two_to_seven_steps_and_a_pack_id_is_plain() {
    let dir = crate::tempdir("scale-steps");
    copy_pack(&repo().join("cards/kennismaken"), &dir);
    let points = |n: u8| {
        let list: Vec<String> = (1..=n)
            .map(|v| format!("(value: {v}, label: \"Stap {v}\", pictogram: \"meter-1\")"))
            .collect();
        format!(
            "Schaal(points: [{}], pass: (label: \"Sla ik over\", pictogram: \"overslaan\"))",
            list.join(", ")
        )
    };
    for (n, ok) in [(1, false), (2, true), (7, true), (8, false)] {
        write(&dir, "schaal.ron", &points(n));
        let report = deck::load_dir(&dir).expect("dir");
        let scale_errors: Vec<String> = report
            .errors
            .iter()
            .filter(|e| e.file.ends_with("schaal.ron"))
            .map(|e| e.to_string())
            .collect();
        assert_eq!(scale_errors.is_empty(), ok, "{n} steps: {scale_errors:?}");
        if !ok {
            assert!(
                scale_errors[0].contains("2 tot 7 punten"),
                "{scale_errors:?}"
            );
        } else {
            assert_eq!(report.library.steps(), n);
        }
    }
    write(
        &dir,
        "pakket.ron",
        "Pakket(id: \"Mijn Pakket\", name: \"x\", explain: \"y\")",
    );
    let report = deck::load_dir(&dir).expect("dir");
    let e = report
        .errors
        .iter()
        .find(|e| e.file.ends_with("pakket.ron"))
        .expect("a bad id is said");
    assert_eq!((e.line, e.col), (1, 12));
    assert!(e.message.contains("Mijn Pakket"), "{}", e.message);
}

#[test]
fn no_deck_id_kenmerk_count_or_scale_length_is_written_in_the_code() {
    // The monitor's special cases live in its pack: the trust sentence is data.
    let monitor = crate::shipped();
    let trust = monitor.kenmerk("vertrouwen").expect("vertrouwen");
    assert!(trust.when_apart.is_some());
    let mut found = Vec::new();
    let ids: Vec<String> = pack::built_in()
        .iter()
        .flat_map(|p| {
            p.library()
                .kenmerken
                .iter()
                .map(|k| k.id.clone())
                .chain(std::iter::once(p.id().to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut stack = vec![repo().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            // The code's own tests may name the shipped cards.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for id in &ids {
                    if line.contains(&format!("\"{id}\"")) {
                        found.push(format!("{}:{}: {id}", path.display(), n + 1));
                    }
                }
                for steps in ["1..=5", "6 - ", "- 1.0) / 4.0", "Score(5)", "== 3 =>"] {
                    if line.contains(steps) {
                        found.push(format!("{}:{}: {steps}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_saved_card_file_is_read_again_within_a_second_and_a_broken_one_says_where() {
    let dir = crate::tempdir("watch");
    copy_pack(&repo().join("cards/kennismaken"), &dir);
    let woke = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let w = woke.clone();
    let watch = pack::watch(&dir, move || {
        w.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    })
    .expect("watching");
    let wait = |what: &str| {
        let start = std::time::Instant::now();
        loop {
            if let Some(r) = watch.latest() {
                return (r, start.elapsed());
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(3),
                "{what}: nothing read"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    };
    // Nothing changed: nothing read.
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(watch.latest().is_none());
    let path = dir.join("kennen.ron");
    let text = std::fs::read_to_string(&path).expect("kennen.ron");
    let changed = text.replace(
        "Ik voel me op mijn gemak in dit gesprek.",
        "Ik voel me hier op mijn gemak.",
    );
    assert_ne!(changed, text);
    let saved_at = std::time::Instant::now();
    std::fs::write(&path, &changed).expect("save");
    let (reading, _) = wait("a good edit");
    let took = saved_at.elapsed();
    let p = reading.expect("the folder reads");
    assert!(p.report.errors.is_empty(), "{:#?}", p.report.errors);
    let card = p.library().card("op-mijn-gemak").expect("card");
    assert_eq!(card.client.b1, "Ik voel me hier op mijn gemak.");
    assert!(took < std::time::Duration::from_secs(1), "{took:?}");
    assert!(woke.load(std::sync::atomic::Ordering::SeqCst) >= 1);
    // A broken edit: file, line and column.
    std::fs::write(
        &path,
        changed.replacen("keying: Positive", "keying: Positief", 1),
    )
    .expect("save");
    let (reading, _) = wait("a broken edit");
    let p = reading.expect("the folder reads");
    let e = p.report.errors.first().expect("the mistake is said");
    assert!(e.file.ends_with("kennen.ron"), "{e}");
    assert!(e.line > 0 && e.col > 0, "{e}");
    assert!(e.to_string().contains("kennen.ron:"), "{e}");
}

#[test]
fn a_conversation_keeps_its_cards_field_and_scale_when_the_pack_changes_under_it() {
    let k = kennismaken();
    let old = k.library().clone();
    let s = Session::new(&old, selection(Mode::TakeTurns)).expect("session");
    let ids: Vec<String> = s.record().cards.iter().map(|c| c.card.clone()).collect();
    let mut new = old.clone();
    new.cards.retain(|c| c.id != ids[0]);
    new.fields.retain(|f| f.id != "opvang");
    if let Some(scale) = &mut new.scale {
        scale.points.pop();
    }
    let kept = pack::keep_for_conversation(&mut new, &old, s.selection(), &ids);
    assert_eq!(kept, [ids[0].clone()]);
    assert!(new.card(&ids[0]).is_some());
    assert!(new.field("opvang").is_some());
    assert_eq!(new.steps(), 4, "choices were made on four steps");
}
