//! Nothing is lost by one key: a letter typed beside a text field plays nothing (WCAG 2.1.4),
//! and leaving a conversation that was not kept asks first ("Terug" is the default), also when
//! the window's close button is pressed.

use super::*;
use werkalliantiespel::game::Action;
use werkalliantiespel::game::screens::leave::{AskLeave, Leave};

const LETTERS: [KeyCode; 26] = [
    KeyCode::KeyA,
    KeyCode::KeyB,
    KeyCode::KeyC,
    KeyCode::KeyD,
    KeyCode::KeyE,
    KeyCode::KeyF,
    KeyCode::KeyG,
    KeyCode::KeyH,
    KeyCode::KeyI,
    KeyCode::KeyJ,
    KeyCode::KeyK,
    KeyCode::KeyL,
    KeyCode::KeyM,
    KeyCode::KeyN,
    KeyCode::KeyO,
    KeyCode::KeyP,
    KeyCode::KeyQ,
    KeyCode::KeyR,
    KeyCode::KeyS,
    KeyCode::KeyT,
    KeyCode::KeyU,
    KeyCode::KeyV,
    KeyCode::KeyW,
    KeyCode::KeyX,
    KeyCode::KeyY,
    KeyCode::KeyZ,
];

/// Everything a letter could change: the screen, the phase, the table, the overlays, the
/// question, what was said, what is on disk.
fn snapshot(app: &App, dir: &std::path::Path) -> String {
    let w = app.world();
    let table = w
        .get_resource::<Conversation>()
        .map(|t| format!("{:?}", t.session().record()));
    format!(
        "{:?} {:?} {table:?} help {:?} stop {:?} pause {:?} own {:?} look {:?} leave {:?} \
         notices {:?} setup {:?} files {:?}",
        screen(app),
        phase(app),
        w.resource::<HelpOpen>(),
        w.resource::<AskStop>(),
        w.resource::<werkalliantiespel::game::AskPause>(),
        w.resource::<werkalliantiespel::game::OwnCardDraft>(),
        w.resource::<werkalliantiespel::game::look::LookPanel>(),
        w.resource::<AskLeave>(),
        w.resource::<werkalliantiespel::game::Notices>(),
        w.resource::<Setup>(),
        files_in(dir),
    )
}

/// Types every letter, one by one, as someone who means to write a note would.
fn type_every_letter(app: &mut App, dir: &std::path::Path, where_: &str) {
    let before = snapshot(app, dir);
    for key in LETTERS {
        press(app, key);
        assert_eq!(
            snapshot(app, dir),
            before,
            "{where_}: {key:?} changed the game"
        );
    }
}

#[test]
fn letters_typed_beside_a_field_play_nothing_on_any_screen() {
    let dir = crate::tempdir("typing-letters");
    let store = Store::new(&dir);
    let mut app = app_with_store(together("vertrouwen", 7), Some(store.clone()));
    // The talk after the flip: the note field.
    play_card(&mut app, KeyCode::Digit4, KeyCode::Digit7);
    assert_eq!(phase(&app), Some(Phase::Discuss));
    type_every_letter(&mut app, &dir, "the talk");
    // With Alt the same letters still work: "Later verder praten".
    press_alt(&mut app, KeyCode::KeyM);
    assert!(view(&app).marked, "Alt+M marks the card");
    // The summary: its export field.
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    type_every_letter(&mut app, &dir, "the summary");
    // The history: its search field.
    press_alt(&mut app, KeyCode::KeyB);
    press_alt(&mut app, KeyCode::KeyE);
    assert_eq!(screen(&app), Screen::History);
    type_every_letter(&mut app, &dir, "the history");
    // The start screen: the code field.
    let mut start = app_with_store(Options::default(), Some(store));
    assert_eq!(screen(&start), Screen::Start);
    type_every_letter(&mut start, &dir, "the start screen");
}

#[test]
fn letters_still_play_where_there_is_no_field() {
    let mut app = app(together("vertrouwen", 7));
    // Choosing has no text field: Q is the client's pass, as the key table says.
    press(&mut app, KeyCode::KeyQ);
    assert_eq!(view(&app).client, Seat::Chosen);
}

fn asked(app: &App) -> Option<Leave> {
    app.world().resource::<AskLeave>().0
}

fn act(app: &mut App, a: Action) {
    app.world_mut().write_message(a);
    app.update();
    app.update();
}

/// The summary of a conversation that was stopped after one card, not kept.
fn unsaved_summary(dir: &std::path::Path) -> (App, Store) {
    let store = Store::new(dir);
    let mut app = app_with_store(together("vertrouwen", 7), Some(store.clone()));
    play_card(&mut app, KeyCode::Digit4, KeyCode::Digit7);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    (app, store)
}

#[test]
fn new_game_on_a_conversation_not_kept_asks_first_and_back_is_the_default() {
    let dir = crate::tempdir("leave-new");
    let (mut app, store) = unsaved_summary(&dir);
    press_alt(&mut app, KeyCode::KeyN);
    assert_eq!(asked(&app), Some(Leave::NewGame));
    assert_eq!(screen(&app), Screen::Summary, "asked, not left");
    // A second N (someone pressing on) does not leave either.
    press_alt(&mut app, KeyCode::KeyN);
    press(&mut app, KeyCode::KeyN);
    assert_eq!(screen(&app), Screen::Summary);
    // Enter and Esc are "Terug".
    press(&mut app, KeyCode::Enter);
    assert_eq!(asked(&app), None);
    press_alt(&mut app, KeyCode::KeyN);
    press(&mut app, KeyCode::Escape);
    assert_eq!(asked(&app), None);
    assert_eq!(
        screen(&app),
        Screen::Summary,
        "Esc in the question stays on the summary"
    );
    // "Bewaren" (B) in the question: kept, then the new conversation.
    press_alt(&mut app, KeyCode::KeyN);
    press(&mut app, KeyCode::KeyB);
    assert_eq!(screen(&app), Screen::Start);
    assert_eq!(store.list().sessions.len(), 1, "kept");
}

#[test]
fn quit_without_saving_leaves_only_after_the_answer() {
    let dir = crate::tempdir("leave-quit");
    let (mut app, store) = unsaved_summary(&dir);
    act(&mut app, Action::Quit);
    assert_eq!(asked(&app), Some(Leave::Quit));
    assert!(app.should_exit().is_none(), "not closed before the answer");
    act(&mut app, Action::LeaveWithoutSaving);
    assert!(app.should_exit().is_some(), "closed after Niet bewaren");
    assert!(store.list().sessions.is_empty(), "nothing kept, as asked");
}

#[test]
fn a_kept_conversation_leaves_at_once() {
    let dir = crate::tempdir("leave-kept");
    let (mut app, _store) = unsaved_summary(&dir);
    press_alt(&mut app, KeyCode::KeyB);
    press_alt(&mut app, KeyCode::KeyN);
    assert_eq!(asked(&app), None);
    assert_eq!(screen(&app), Screen::Start);
}

#[test]
fn the_close_button_asks_during_play_and_on_a_summary_not_kept() {
    let dir = crate::tempdir("leave-close");
    let store = Store::new(&dir);
    let mut app = app_with_store(together("vertrouwen", 7), Some(store.clone()));
    press(&mut app, KeyCode::Digit4);
    act(&mut app, Action::CloseWindow);
    assert_eq!(asked(&app), Some(Leave::ClosePlay));
    assert!(app.should_exit().is_none());
    // Under the question nothing on the table moves.
    press(&mut app, KeyCode::Digit9);
    assert_eq!(view(&app).professional, Seat::Waiting);
    press(&mut app, KeyCode::Escape);
    assert_eq!(asked(&app), None, "Esc: back to the table");
    assert!(
        !app.world().resource::<AskStop>().0,
        "Esc closed only the question"
    );
    act(&mut app, Action::CloseWindow);
    act(&mut app, Action::LeaveWithoutSaving);
    assert!(app.should_exit().is_some(), "Sluiten closes");
    assert!(
        store.progress_path().exists(),
        "the place is kept for next time"
    );
    // On the start screen nothing can be lost: it closes at once.
    let mut start = app_with_store(Options::default(), None);
    act(&mut start, Action::CloseWindow);
    assert!(start.should_exit().is_some());
    // On a summary not kept it asks.
    let (mut app, _) = unsaved_summary(&crate::tempdir("leave-close-summary"));
    act(&mut app, Action::CloseWindow);
    assert_eq!(asked(&app), Some(Leave::Quit));
    assert!(app.should_exit().is_none());
}
