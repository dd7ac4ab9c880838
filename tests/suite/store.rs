//! Saving, resuming, history and export.

use std::path::PathBuf;

use werkalliantiespel::deck::Wording;
use werkalliantiespel::lang::Languages;
use werkalliantiespel::report;
use werkalliantiespel::session::{Mode, Player, Selection, Session};
use werkalliantiespel::store::{self, Store};

use crate::Moves;
use crate::shipped;
use crate::tempdir;

fn played(seed: u64) -> Session {
    let lib = shipped();
    let sel = Selection {
        kenmerken: vec!["vertrouwen".into(), "binding".into()],
        short: false,
        field: "schuldhulp".into(),
        wording: Wording::B1,
        mode: Mode::Together,
        seed,
        languages: Default::default(),
        guess: false,
        ..Selection::default()
    };
    let mut s = Session::new(&lib, sel).expect("session");
    // card 1: 4 / pass, marked, note
    s.choose(Player::Client, 4).expect("c");
    s.pass(Player::Professional).expect("p");
    s.reveal().expect("r");
    s.set_marked(true).expect("m");
    s.set_note("Samen \"afspraken\", op papier").expect("n");
    s.next_card().expect("next");
    // card 2: skipped
    s.skip().expect("skip");
    // card 3: 2 / 5, re-rated to 3 / 4
    s.choose(Player::Client, 2).expect("c");
    s.choose(Player::Professional, 5).expect("p");
    s.reveal().expect("r");
    s.rerate().expect("rr");
    s.choose(Player::Client, 3).expect("c");
    s.choose(Player::Professional, 4).expect("p");
    s.reveal().expect("r");
    s.next_card().expect("next");
    // card 4: a hidden choice that must never reach the disk
    s.choose(Player::Client, 1).expect("hidden");
    s
}

#[test]
fn save_then_list_gives_the_same_session() {
    let dir = tempdir("store-roundtrip");
    let st = Store::new(&dir);
    let mut s = played(1);
    s.end().expect("end");
    let saved = st.save("K-17", &s.record()).expect("save");
    let files: Vec<PathBuf> = std::fs::read_dir(st.sessions_dir())
        .expect("dir")
        .map(|e| e.expect("e").path())
        .collect();
    assert_eq!(files.len(), 1, "one file per session");
    let text = std::fs::read_to_string(&files[0]).expect("read");
    assert!(
        text.contains("format: 1") && text.contains("label: \"K-17\""),
        "human-readable RON: {text}"
    );
    let listing = st.list();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert_eq!(listing.sessions, vec![saved.clone()]);
    assert_eq!(saved.kenmerken().len(), 2);
    assert!(st.delete(&saved.id).is_ok());
    assert!(st.list().sessions.is_empty());
}

#[test]
fn an_interrupted_write_leaves_the_previous_file_intact() {
    let dir = tempdir("store-atomic");
    let path = dir.join("bezig.ron");
    store::write_atomic(&path, b"old").expect("first");
    let r = store::write_atomic_with(&path, b"new", |_| Err(std::io::Error::other("power cut")));
    assert!(r.is_err());
    assert_eq!(std::fs::read(&path).expect("read"), b"old");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn resume_after_a_crash_gives_the_same_session_without_the_hidden_choice() {
    let dir = tempdir("store-resume");
    let st = Store::new(&dir);
    let s = played(2);
    st.autosave("K-17", &s.record()).expect("autosave");
    let text = std::fs::read_to_string(st.progress_path()).expect("read");
    // The hidden choice on card 4 is not in the file: only revealed rounds are written.
    let progress = st.load_progress().expect("no problem").expect("progress");
    assert_eq!(progress.label, "K-17");
    let resumed = Session::from_record(&progress.record).expect("resume");
    assert_eq!(resumed.record(), s.record());
    assert_eq!(resumed.deal(), s.deal());
    let (a, b) = (resumed.view(), s.view());
    assert_eq!(
        (a.position, a.round, a.card_id.clone()),
        (b.position, b.round, b.card_id.clone())
    );
    assert_eq!(
        a.client,
        werkalliantiespel::session::Seat::Waiting,
        "the unrevealed choice starts again"
    );
    assert_eq!(
        text.matches("Score(").count(),
        5,
        "(4, pass), (2, 5), (3, 4) and nothing else: {text}"
    );
    st.clear_progress().expect("clear");
    assert!(st.load_progress().expect("ok").is_none());
}

#[test]
fn resume_on_a_revealed_card_stays_on_that_card() {
    let lib = shipped();
    let sel = Selection {
        kenmerken: vec![],
        short: true,
        field: "opvang".into(),
        wording: Wording::Original,
        mode: Mode::TakeTurns,
        seed: 9,
        languages: Default::default(),
        guess: false,
        ..Selection::default()
    };
    let mut s = Session::new(&lib, sel).expect("s");
    let first = s.view().turn.expect("turn");
    s.choose(first, 5).expect("a");
    s.choose(first.other(), 5).expect("b");
    s.reveal().expect("r");
    let resumed = Session::from_record(&s.record()).expect("resume");
    assert_eq!(resumed.view(), s.view());
}

/// A CSV export read back as a spreadsheet would: the header, then the rows.
pub(crate) fn read_csv(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader.records().map(|r| r.expect("row")).collect();
    (header, rows)
}

#[test]
fn csv_reads_back_as_the_session() {
    let dir = tempdir("store-csv");
    let st = Store::new(&dir);
    let mut s = played(3);
    s.end().expect("end");
    let saved = st.save("team, \"A\"", &s.record()).expect("save");
    let text = report::csv(std::slice::from_ref(&saved));
    let (header, rows) = read_csv(&text);
    assert_eq!(header, report::CSV_HEADER);
    let expected_rows: usize = saved.record.cards.iter().map(|c| c.rounds.len()).sum();
    assert_eq!(rows.len(), expected_rows);
    assert_eq!(rows.len(), 3, "card 1 once, card 3 twice (re-rate)");
    for row in &rows {
        assert_eq!(&row[0], saved.id);
        assert_eq!(&row[2], "team, \"A\"", "quoted label survives");
        assert_eq!(&row[3], "schuldhulp");
    }
    let first = &rows[0];
    assert_eq!(
        (&first[9], &first[10], &first[11], &first[12], &first[13]),
        ("4", "", "0", "1", "1")
    );
    let rerate: Vec<_> = rows
        .iter()
        .filter(|r| r[6] == saved.record.cards[2].card)
        .collect();
    assert_eq!(rerate.len(), 2);
    assert_eq!(
        (&rerate[0][8], &rerate[0][9], &rerate[0][10]),
        ("1", "2", "5")
    );
    assert_eq!(
        (&rerate[1][8], &rerate[1][9], &rerate[1][10]),
        ("2", "3", "4")
    );
}

#[test]
fn a_code_that_looks_like_a_formula_stays_text_in_a_spreadsheet() {
    let lib = shipped();
    let dir = tempdir("store-csv-formula");
    let st = Store::new(&dir);
    let mut s = played(3);
    s.end().expect("end");
    for (code, cell) in [
        (
            "=HYPERLINK(\"http://x\",\"a\")",
            "'=HYPERLINK(\"http://x\",\"a\")",
        ),
        ("+31", "'+31"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("K-17", "K-17"),
    ] {
        let saved = st.save(code, &s.record()).expect("save");
        for text in [
            report::csv(std::slice::from_ref(&saved)),
            report::summary_csv(std::slice::from_ref(&saved), &[&lib]),
        ] {
            let (_, rows) = read_csv(&text);
            assert!(!rows.is_empty());
            for row in &rows {
                assert_eq!(&row[2], cell, "{code}");
            }
            // No cell of any row starts a formula.
            for row in &rows {
                for value in row.iter() {
                    assert!(!value.starts_with(['=', '+', '@']), "{value}");
                }
            }
        }
    }
}

#[test]
fn html_summary_holds_the_picture_and_the_cards() {
    let lib = shipped();
    let dir = tempdir("store-html");
    let st = Store::new(&dir);
    let mut s = played(4);
    s.end().expect("end");
    let saved = st.save("<K&17>", &s.record()).expect("save");
    let langs = Languages::built_in();
    let html = report::html(&saved, &lib, langs.tr("nl"), report::Reader::Professional);
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("<svg") && html.contains("Vertrouwen"));
    // one stripe pattern per kenmerk (the page shares ids), used by that kenmerk's bar
    let ids: Vec<&str> = html
        .split("id='stripes-")
        .skip(1)
        .filter_map(|r| r.split('\'').next())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert!(!ids.is_empty() && unique.len() == ids.len(), "{ids:?}");
    for id in &ids {
        assert!(html.contains(&format!("url(#stripes-{id})")), "{id}");
    }
    assert!(
        html.contains("&lt;K&amp;17&gt;") && !html.contains("<K&17>"),
        "the label is escaped"
    );
    assert!(html.contains("Samen &quot;afspraken&quot;, op papier"));
}

#[test]
fn a_corrupt_file_is_reported_and_moved_aside_not_lost() {
    let dir = tempdir("store-corrupt");
    let st = Store::new(&dir);
    let mut s = played(5);
    s.end().expect("end");
    st.save("goed", &s.record()).expect("save");
    let bad = st.sessions_dir().join("kapot.ron");
    std::fs::write(&bad, "SavedSession(format: 1, id: \"x\", label: ").expect("write");
    let future = st.sessions_dir().join("nieuw.ron");
    std::fs::write(&future, "SavedSession(format: 7, iets: \"anders\")").expect("write");
    let binary = st.sessions_dir().join("binair.ron");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).expect("write");
    let listing = st.list();
    assert_eq!(listing.sessions.len(), 1, "the good one still loads");
    assert_eq!(listing.problems.len(), 3, "{:?}", listing.problems);
    let kapot = listing
        .problems
        .iter()
        .find(|p| p.file.ends_with("kapot.ron"))
        .expect("kapot");
    let moved = kapot.moved_to.clone().expect("moved aside");
    assert_eq!(
        std::fs::read_to_string(&moved).expect("kept"),
        "SavedSession(format: 1, id: \"x\", label: "
    );
    assert!(kapot.to_string().contains("kapot.ron") && kapot.to_string().contains("apart gezet"));
    let nieuw = listing
        .problems
        .iter()
        .find(|p| p.file.ends_with("nieuw.ron"))
        .expect("nieuw");
    assert!(nieuw.to_string().contains("nieuwere versie"));
    assert!(
        nieuw.moved_to.is_none() && future.exists(),
        "a newer file is left alone"
    );
    // On the screens in the reader's language: an English screen gets no Dutch.
    let langs = werkalliantiespel::lang::Languages::built_in();
    let en = |p: &werkalliantiespel::store::Problem| p.words(langs.tr("en"));
    assert!(
        en(nieuw).contains("newer version") && en(nieuw).contains("Format: 7"),
        "{}",
        en(nieuw)
    );
    assert!(
        en(kapot).contains("put aside") && en(kapot).contains("line 1"),
        "{}",
        en(kapot)
    );
    for p in &listing.problems {
        let words = en(p);
        for dutch in ["bestand", "nieuwere", "apart", "regel", "leesbare"] {
            assert!(!words.contains(dutch), "Dutch in English: {words}");
        }
        assert!(
            p.words(langs.tr("nl"))
                .contains(&p.file.display().to_string())
        );
    }
    assert!(
        listing
            .problems
            .iter()
            .any(|p| p.file.ends_with("binair.ron") && p.moved_to.is_some())
    );
    // A second corrupt file with the same name does not overwrite the first one moved aside.
    std::fs::write(&bad, "ook kapot").expect("write");
    let again = st.list();
    let second = again
        .problems
        .iter()
        .find(|p| p.file.ends_with("kapot.ron"))
        .and_then(|p| p.moved_to.clone())
        .expect("moved");
    assert_ne!(second, moved);
    assert_eq!(
        std::fs::read_to_string(&moved).expect("first kept"),
        "SavedSession(format: 1, id: \"x\", label: "
    );
}

#[test]
fn a_corrupt_or_future_progress_file_is_reported() {
    let dir = tempdir("store-progress");
    let st = Store::new(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        st.progress_path(),
        "InProgress(format: 1, label: \"x\", updated_at: 3, record: (",
    )
    .expect("w");
    let p = st.load_progress().expect_err("corrupt");
    assert!(p.moved_to.is_some());
    assert!(st.load_progress().expect("gone").is_none());
    std::fs::write(st.progress_path(), "InProgress(format: 2)").expect("w");
    let p = st.load_progress().expect_err("future");
    assert!(p.to_string().contains("nieuwere versie") && p.moved_to.is_none());
}

#[test]
fn an_unwritable_data_folder_is_a_clear_error() {
    let dir = tempdir("store-unwritable");
    let blocker = dir.join("geen-map");
    std::fs::write(&blocker, "dit is een bestand").expect("w");
    let st = Store::new(&blocker);
    let s = played(6);
    let e = st
        .save("x", &s.record())
        .expect_err("cannot save inside a file");
    assert!(e.to_string().contains("lukt niet"), "{e}");
    assert!(st.autosave("x", &s.record()).is_err());
    assert!(st.list().sessions.is_empty());
}

#[test]
fn delete_all_removes_everything() {
    let dir = tempdir("store-delete-all");
    let st = Store::new(dir.join("data"));
    let s = played(7);
    st.save("a", &s.record()).expect("save");
    st.autosave("a", &s.record()).expect("auto");
    st.delete_all().expect("delete all");
    assert!(!st.root().exists());
    assert!(st.delete_all().is_ok(), "twice is fine");
    assert!(
        st.delete("../../etc/passwd").is_err(),
        "ids cannot leave the folder"
    );
}

#[test]
fn civil_dates() {
    let utc = jiff::tz::TimeZone::UTC;
    assert_eq!(store::civil_in(0, &utc), (1970, 1, 1, 0, 0, 0));
    assert_eq!(
        store::civil_in(1_795_874_400, &utc),
        (2026, 11, 28, 14, 0, 0)
    );
    assert_eq!(store::civil_in(951_782_400, &utc), (2000, 2, 29, 0, 0, 0));
}

#[test]
fn dates_are_local_not_utc() {
    // Utrecht's rule, as a POSIX zone (no zone database needed): CET, CEST in summer.
    let utrecht = jiff::tz::TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("a valid zone");
    // 27 November 2026, 23:30 UTC is 00:30 on the 28th in Utrecht.
    let at = 1_795_874_400 - 14 * 3600 - 30 * 60;
    assert_eq!(store::civil_in(at, &jiff::tz::TimeZone::UTC).2, 27);
    assert_eq!(store::civil_in(at, &utrecht), (2026, 11, 28, 0, 30, 0));
    assert_eq!(store::stamp_in(at, &utrecht), "2026-11-28 00:30:00 +01:00");
    // Summer: two hours ahead. 30 June 2026, 22:30 UTC is 1 July, 00:30.
    let summer = 1_782_858_600;
    assert_eq!(store::civil_in(summer, &utrecht), (2026, 7, 1, 0, 30, 0));
    // A time far past any date is read as the last one, not a panic.
    assert_eq!(store::civil_in(u64::MAX, &utrecht).0, 9999);
}

#[test]
fn two_unsaved_conversations_never_share_an_id() {
    let a = werkalliantiespel::game::Conversation::new(played(2));
    let b = werkalliantiespel::game::Conversation::new(played(2));
    assert!(
        a.unsaved_id.starts_with("niet-bewaard-"),
        "{}",
        a.unsaved_id
    );
    assert_ne!(a.unsaved_id, b.unsaved_id);
}

#[test]
fn an_unreadable_data_folder_is_said_not_shown_as_empty() {
    let dir = tempdir("store-unreadable");
    let st = Store::new(&dir);
    // Nothing saved yet: an empty list and nothing to say.
    let none = st.list();
    assert!(none.sessions.is_empty() && none.problems.is_empty());
    // The folder of saved conversations is there but cannot be read (here: it is a file).
    std::fs::write(st.sessions_dir(), "geen map").unwrap();
    let listing = st.list();
    assert!(listing.sessions.is_empty());
    assert_eq!(listing.problems.len(), 1, "{:?}", listing.problems);
    assert!(
        listing.problems[0]
            .to_string()
            .contains("kan niet gelezen worden"),
        "{}",
        listing.problems[0]
    );
}

#[test]
fn a_failure_is_worded_in_the_readers_language() {
    let dir = tempdir("store-words");
    let st = Store::new(&dir);
    let langs = werkalliantiespel::lang::Languages::built_in();
    // A file where the folder of saved conversations should be: saving cannot make it.
    std::fs::write(st.sessions_dir(), "geen map").unwrap();
    let e = st.save("K-1", &played(2).record()).unwrap_err();
    let nl = e.words(langs.tr("nl"));
    let en = e.words(langs.tr("en"));
    assert!(nl.contains("lukt niet"), "{nl}");
    assert!(en.contains("did not work"), "{en}");
    assert!(!en.contains("lukt"), "Dutch on an English screen: {en}");
    // The log keeps its Dutch line with the system's reason.
    assert!(e.to_string().contains("lukt niet"), "{e}");
    let unknown = st.delete("../x").unwrap_err();
    assert!(
        unknown.words(langs.tr("en")).contains("not there"),
        "{}",
        unknown.words(langs.tr("en"))
    );
}
