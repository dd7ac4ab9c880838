//! The history's list at scale: one line per code, its conversations under it when opened, the
//! filter by code.

use std::collections::BTreeSet;

use werkalliantiespel::game::screens::history::list::{Row, rows};
use werkalliantiespel::store::{FORMAT, SavedSession};

use crate::profile::record;

fn saved(id: &str, label: &str, day: u64) -> SavedSession {
    SavedSession {
        format: FORMAT,
        id: id.into(),
        label: label.into(),
        saved_at: 1_790_000_000 + day * 86_400,
        saved_at_text: String::new(),
        record: record(Vec::new()),
    }
}

fn list() -> Vec<SavedSession> {
    vec![
        saved("a", "K-17", 1),
        saved("b", "Z-58", 2),
        saved("c", "K-17", 3),
        saved("d", "", 4),
        saved("e", "k-170", 5),
    ]
}

fn code(label: &str, count: usize, newest: usize, open: bool) -> Row {
    Row::Code {
        label: label.into(),
        count,
        newest,
        open,
    }
}

#[test]
fn one_line_per_code_newest_first_with_its_conversations_under_it() {
    let got = rows(&list(), "", &BTreeSet::new());
    assert_eq!(
        got,
        vec![
            code("k-170", 1, 4, true),
            Row::Session(4),
            code("", 1, 3, true),
            Row::Session(3),
            code("K-17", 2, 2, true),
            Row::Session(2),
            Row::Session(0),
            code("Z-58", 1, 1, true),
            Row::Session(1),
        ]
    );
}

#[test]
fn a_folded_code_keeps_its_line_and_hides_its_conversations() {
    let folded = BTreeSet::from(["K-17".to_string()]);
    let got = rows(&list(), "", &folded);
    assert!(got.contains(&code("K-17", 2, 2, false)));
    assert!(!got.contains(&Row::Session(0)) && !got.contains(&Row::Session(2)));
    assert_eq!(got.len(), 9 - 2);
}

#[test]
fn the_filter_keeps_the_codes_that_hold_it_in_any_case_and_opens_them() {
    let got = rows(&list(), " k-17 ", &BTreeSet::new());
    assert_eq!(
        got,
        vec![
            code("k-170", 1, 4, true),
            Row::Session(4),
            code("K-17", 2, 2, true),
            Row::Session(2),
            Row::Session(0),
        ]
    );
    assert!(rows(&list(), "X-1", &BTreeSet::new()).is_empty());
    // A folded code opens while the filter finds it.
    let folded = BTreeSet::from(["K-17".to_string()]);
    assert!(rows(&list(), "K-17", &folded).contains(&Row::Session(0)));
}

#[test]
fn three_thousand_conversations_make_a_line_each_under_three_hundred_codes() {
    let many: Vec<SavedSession> = (0..3000)
        .map(|i| saved(&format!("s{i}"), &format!("C-{}", i % 300), i))
        .collect();
    assert_eq!(rows(&many, "", &BTreeSet::new()).len(), 3300);
    let folded = BTreeSet::from(["C-7".to_string()]);
    assert_eq!(rows(&many, "", &folded).len(), 3290);
}

#[test]
fn a_long_history_opens_at_once_and_is_read_on_a_thread_once() {
    use bevy::prelude::*;
    use werkalliantiespel::cli::Options;
    use werkalliantiespel::game::Screen;
    use werkalliantiespel::game::screens::history::History;
    use werkalliantiespel::store::Store;

    use crate::game::headless::{app_with_store, press, press_alt, screen};

    let dir = crate::tempdir("history-long");
    let store = Store::new(&dir);
    let n = 260;
    for i in 0..n {
        let s = saved(&format!("s{i:04}"), &format!("C-{}", i % 26), i as u64);
        if let Err(e) = store.save_again(&s, &s.label, &s.record) {
            panic!("save: {e}");
        }
    }
    let mut app = app_with_store(Options::default(), Some(store));
    assert_eq!(screen(&app), Screen::Start);
    press_alt(&mut app, KeyCode::KeyE);
    assert_eq!(screen(&app), Screen::History, "the screen opens at once");
    let read = |app: &App| app.world().resource::<History>().sessions.len();
    assert!(
        app.world().resource::<History>().reading.is_some(),
        "a long list is read on its own thread"
    );
    let mut frames = 0;
    while app.world().resource::<History>().reading.is_some() {
        app.update();
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(frames < 2000, "the list never came");
    }
    assert_eq!(read(&app), n as usize);
    // Back and in again: nothing changed on disk, nothing is read again.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Start);
    press_alt(&mut app, KeyCode::KeyE);
    assert!(app.world().resource::<History>().reading.is_none());
    assert_eq!(read(&app), n as usize);
}
