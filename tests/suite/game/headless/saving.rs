//! Saving while playing: the note written when still, resume after a crash, nothing left behind.

use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::{Conversation, Screen, Setup};
use werkalliantiespel::session::Mode;
use werkalliantiespel::store::Store;

use super::*;

/// "Tegelijk" with the Binding deck, seed 8.
fn binding_together() -> Options {
    Options {
        seed: Some(8),
        mode: Some(Mode::Together),
        decks: Some(vec!["binding".into()]),
        ..Options::default()
    }
}

/// Typing a note does not write and sync the file per keystroke: it is written once it has been
/// still for a second, or at once with the next change to the game.
#[test]
fn a_typed_note_is_written_when_still_not_per_keystroke() {
    let dir = crate::tempdir("headless-note");
    let store = Store::new(&dir);
    let options = binding_together();
    let mut app = app_with_store(options, Some(store.clone()));
    play_card(&mut app, KeyCode::Digit4, KeyCode::Digit7);
    let read = || std::fs::read_to_string(store.progress_path()).expect("autosaved");
    let before = read();
    for draft in ["a", "af", "afs", "afspr"] {
        app.world_mut()
            .write_message(werkalliantiespel::game::Action::SetNote(draft.into()));
        app.update();
        assert_eq!(read(), before, "not written on a keystroke ({draft})");
    }
    // 50 ms a frame: after a second of stillness the note is on disk.
    for _ in 0..5 {
        app.update();
    }
    assert!(!read().contains("afspr"), "not yet: the note is still new");
    for _ in 0..20 {
        app.update();
    }
    assert!(read().contains("note: \"afspr\""), "{}", read());
    // A note and then a mark: both on disk at once, with the mark.
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::SetNote("afspraak".into()));
    app.update();
    press_alt(&mut app, KeyCode::KeyM);
    let text = read();
    assert!(
        text.contains("note: \"afspraak\"") && text.contains("marked: true"),
        "{text}"
    );
}

#[test]
fn autosave_resume_after_a_crash_and_save() {
    let dir = crate::tempdir("headless-save");
    let store = Store::new(&dir);
    let options = binding_together();
    {
        let mut app = app_with_store(options.clone(), Some(store.clone()));
        play_card(&mut app, KeyCode::Digit4, KeyCode::Digit7);
        press_alt(&mut app, KeyCode::KeyM);
        press(&mut app, KeyCode::Enter);
        // a hidden choice on card 2, then the "crash": the app is dropped without any goodbye
        press(&mut app, KeyCode::Digit5);
        let text = std::fs::read_to_string(store.progress_path()).expect("autosaved");
        assert_eq!(
            text.matches("Score(").count(),
            2,
            "only the revealed round is on disk: {text}"
        );
        assert!(text.contains("marked: true"));
    }
    // Start again: the game offers to resume; Enter goes on.
    let mut app = app_with_store(options, Some(store.clone()));
    assert_eq!(
        screen(&app),
        Screen::Start,
        "the question comes before a new game"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    let view = app.world().resource::<Conversation>().session().view();
    assert_eq!(view.position, 2, "on the card where we were");
    assert_eq!(
        view.client,
        werkalliantiespel::session::Seat::Waiting,
        "the hidden choice was never kept"
    );
    for _ in 1..4 {
        play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary);
    assert!(store.progress_path().exists(), "kept until saved or left");
    press_alt(&mut app, KeyCode::KeyB);
    assert!(!store.progress_path().exists());
    let listing = store.list();
    assert_eq!(listing.sessions.len(), 1);
    assert_eq!(
        listing.sessions[0]
            .record
            .cards
            .iter()
            .filter(|c| !c.rounds.is_empty())
            .count(),
        4
    );
    assert!(listing.sessions[0].record.cards.iter().any(|c| c.marked));
}

#[test]
fn an_unsaved_finished_session_leaves_no_file() {
    let dir = crate::tempdir("headless-nosave");
    let store = Store::new(&dir);
    let options = Options {
        seed: Some(3),
        mode: Some(Mode::Together),
        short: true,
        label: Some("K-3".into()),
        ..Options::default()
    };
    let mut app = app_with_store(options, Some(store.clone()));
    play_card(&mut app, KeyCode::Digit1, KeyCode::Digit0);
    assert!(store.progress_path().exists());
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    // Not kept: "Nieuw gesprek" asks first; "Terug" (Enter) stays, "Niet bewaren" leaves.
    press_alt(&mut app, KeyCode::KeyN);
    assert_eq!(screen(&app), Screen::Summary, "asked, not left");
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Summary, "Terug: still here");
    press_alt(&mut app, KeyCode::KeyN);
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::LeaveWithoutSaving);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Start);
    assert!(
        files_in(&dir).is_empty(),
        "left behind: {:?}",
        files_in(&dir)
    );
    assert!(
        app.world().resource::<Setup>().label.is_empty(),
        "the code is not carried to the next conversation"
    );
}

/// An export never makes folders and never replaces a file unasked: the same export once more
/// replaces it; another one in between asks again.
#[test]
fn an_export_asks_before_it_replaces_a_file() {
    use werkalliantiespel::game::Action;
    let dir = crate::tempdir("headless-export");
    let mut app = app_with_store(binding_together(), Some(Store::new(dir.join("data"))));
    for _ in 0..4 {
        play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary);
    let export = |app: &mut App, a: Action| {
        app.world_mut().resource_mut::<Messages<Action>>().write(a);
        app.update();
        app.world()
            .resource::<werkalliantiespel::game::Notices>()
            .get(werkalliantiespel::game::Source::Export)
            .unwrap_or_default()
            .to_string()
    };
    // A folder that is not there: said, nothing made.
    let nowhere = dir.join("niet-hier").join("gesprek.csv");
    let said = export(&mut app, Action::ExportCsv(nowhere.clone()));
    assert!(said.contains("Deze map bestaat niet"), "{said}");
    assert!(!dir.join("niet-hier").exists());
    // A file that is there: kept until the same export comes once more.
    let csv = dir.join("gesprek.csv");
    std::fs::write(&csv, "van iemand anders").unwrap();
    let said = export(&mut app, Action::ExportCsv(csv.clone()));
    assert!(said.contains("Dit bestand is er al"), "{said}");
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), "van iemand anders");
    // Another export in between: the question starts again.
    let html = dir.join("gesprek.html");
    std::fs::write(&html, "oud").unwrap();
    let said = export(&mut app, Action::ExportHtml(html.clone()));
    assert!(said.contains("Dit bestand is er al"), "{said}");
    let said = export(&mut app, Action::ExportCsv(csv.clone()));
    assert!(said.contains("Dit bestand is er al"), "{said}");
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), "van iemand anders");
    let said = export(&mut app, Action::ExportCsv(csv.clone()));
    assert!(said.contains("Opgeslagen"), "{said}");
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("\u{feff}session_id,")
    );
    // A new name writes at once.
    let said = export(&mut app, Action::ExportHtml(dir.join("nieuw.html")));
    assert!(said.contains("Opgeslagen"), "{said}");
}

/// "Kies een plek…" (K): the system's save window opens on its own thread where the export
/// field points; the place chosen there is exported in the kind its ending says, without a
/// second "replace?" (the window asked). Closed: nothing. No window on this computer: said.
/// Leaving the screen while it is open: its answer is dropped.
#[test]
fn the_save_window_chooses_the_place_of_an_export() {
    use std::sync::{Arc, Mutex, mpsc};
    use werkalliantiespel::game::saving::dialog::{Answer, Opener, Request};
    use werkalliantiespel::game::{Export, Notices, Source};
    let dir = crate::tempdir("headless-save-window");
    let mut app = app_with_store(binding_together(), Some(Store::new(dir.join("data"))));
    for _ in 0..4 {
        play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Summary);
    // The window answers what the test says next, and keeps what it was asked.
    let asked: Arc<Mutex<Vec<Request>>> = Arc::default();
    let (answer, answers) = mpsc::channel::<Answer>();
    let answers = Mutex::new(answers);
    let seen = asked.clone();
    app.insert_resource(Opener(Arc::new(move |r: &Request| {
        seen.lock().unwrap().push(r.clone());
        answers.lock().unwrap().recv().unwrap_or(Answer::Cancelled)
    })));
    let said = |app: &App| {
        app.world()
            .resource::<Notices>()
            .get(Source::Export)
            .unwrap_or_default()
            .to_string()
    };
    // Frames until the window's answer is taken (its thread, then one more frame).
    let settle = |app: &mut App| {
        for _ in 0..200 {
            app.update();
            if !app
                .world()
                .contains_resource::<werkalliantiespel::game::saving::dialog::Open>()
            {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        app.update();
    };
    let field = |app: &App| {
        app.world()
            .resource::<werkalliantiespel::game::screens::summary::ExportField>()
            .0
            .clone()
    };

    // A page to print, at a new place.
    press_alt(&mut app, KeyCode::KeyK);
    assert!(
        app.world()
            .contains_resource::<werkalliantiespel::game::saving::dialog::Open>(),
        "the window is open"
    );
    // A second K while it is open opens no second window.
    press_alt(&mut app, KeyCode::KeyK);
    let place = dir.join("voor-de-map.HTML");
    answer.send(Answer::Chosen(place.clone())).unwrap();
    settle(&mut app);
    assert_eq!(asked.lock().unwrap().len(), 1, "one window at a time");
    let request = asked.lock().unwrap()[0].clone();
    assert_eq!(request.kinds, vec![Export::Csv, Export::Xlsx, Export::Html]);
    assert_eq!(request.title, "Waar wil je het bestand bewaren?");
    assert_eq!(
        request.filter_names,
        vec!["Tabel (CSV)", "Excel", "Om te printen (HTML)"]
    );
    assert_eq!(
        request.start.extension().and_then(|e| e.to_str()),
        Some("csv"),
        "starts at the export field's path: {:?}",
        request.start
    );
    assert!(said(&app).contains("Opgeslagen"), "{}", said(&app));
    assert!(std::fs::read_to_string(&place).unwrap().contains("<html"));
    assert_eq!(field(&app), Some(place.display().to_string()));

    // A table over a file that is there: the window asked, so it is replaced at once.
    let csv = dir.join("oud.csv");
    std::fs::write(&csv, "van eerder").unwrap();
    press_alt(&mut app, KeyCode::KeyK);
    answer.send(Answer::Chosen(csv.clone())).unwrap();
    settle(&mut app);
    assert!(said(&app).contains("Opgeslagen"), "{}", said(&app));
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("\u{feff}session_id,")
    );
    // The next window starts at the place chosen before, as a table.
    assert_eq!(asked.lock().unwrap()[1].start, dir.join("voor-de-map.csv"));

    // A name without an ending gets the table's.
    press_alt(&mut app, KeyCode::KeyK);
    answer.send(Answer::Chosen(dir.join("zonder"))).unwrap();
    settle(&mut app);
    assert_eq!(asked.lock().unwrap()[2].start, csv);
    assert!(dir.join("zonder.csv").is_file());

    // Closed without a place: nothing written, nothing said.
    let before = said(&app);
    press_alt(&mut app, KeyCode::KeyK);
    answer.send(Answer::Cancelled).unwrap();
    settle(&mut app);
    assert_eq!(said(&app), before);

    // No window on this computer: said, in the reader's words.
    press_alt(&mut app, KeyCode::KeyK);
    answer.send(Answer::Unavailable).unwrap();
    settle(&mut app);
    assert!(
        said(&app).contains("Typ de plek in het vak"),
        "{}",
        said(&app)
    );

    // Leaving the summary while the window is open: its answer is about nothing any more.
    press_alt(&mut app, KeyCode::KeyK);
    press_alt(&mut app, KeyCode::KeyN);
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::LeaveWithoutSaving);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Start);
    let late = dir.join("te-laat.csv");
    answer.send(Answer::Chosen(late.clone())).unwrap();
    for _ in 0..20 {
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(!late.exists(), "nothing written after the screen closed");
}

/// The kind of an export follows the chosen name's ending; other endings get the first kind's.
#[test]
fn a_chosen_place_decides_the_kind_of_export() {
    use std::path::{Path, PathBuf};
    use werkalliantiespel::game::Export;
    use werkalliantiespel::game::saving::dialog::export_for;
    let both = [Export::Csv, Export::Html];
    let got = |p: &str, kinds: &[Export]| export_for(Path::new(p), kinds);
    assert_eq!(
        got("/a/b.csv", &both),
        Some((Export::Csv, PathBuf::from("/a/b.csv")))
    );
    assert_eq!(
        got("/a/b.htm", &both),
        Some((Export::Html, PathBuf::from("/a/b.htm")))
    );
    assert_eq!(
        got("/a/b.txt", &both),
        Some((Export::Csv, PathBuf::from("/a/b.txt.csv")))
    );
    // The history offers only the table: a page name becomes a table name.
    assert_eq!(
        got("/a/b.html", &[Export::Csv]),
        Some((Export::Csv, PathBuf::from("/a/b.html.csv")))
    );
    assert_eq!(got("/a/b", &[]), None);
}
