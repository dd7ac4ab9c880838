//! One conversation leaves no trace in the next; closing the window on the summary.

use super::*;
use werkalliantiespel::game::screens::history::{Confirm, Form};
use werkalliantiespel::game::screens::summary::ExportField;

// ---- one conversation leaves no trace in the next ----

#[test]
fn a_second_conversation_starts_with_no_trace_of_the_first() {
    let dir = crate::tempdir("no-trace");
    let store = Store::new(&dir);
    let mut app = app_with_store(
        Options {
            seed: Some(9),
            mode: Some(Mode::Together),
            label: Some("K-1".into()),
            ..Options::default()
        },
        Some(store.clone()),
    );
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    let first_card = view(&app).card_id;
    play_card(&mut app, KeyCode::Digit2, KeyCode::Digit9);
    // A note on the card, typed as the screen does: the draft, then the action.
    {
        let mut table = app.world_mut().resource_mut::<Conversation>();
        let card = table.session().view().card_id;
        table
            .note_draft
            .for_card(&card, "")
            .push_str("afspraken van K-1");
    }
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::SetNote(
            "afspraken van K-1".into(),
        ));
    updates(&mut app, 2);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    app.world_mut().resource_mut::<ExportField>().0 = Some("/tmp/K-1.csv".into());
    press_alt(&mut app, KeyCode::KeyN);
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::LeaveWithoutSaving);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Start);
    assert!(app.world().get_resource::<Conversation>().is_none());
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
    // The same seed deals the same first card: its note field must be empty.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).card_id, first_card);
    assert_eq!(view(&app).note, "");
    {
        let mut table = app.world_mut().resource_mut::<Conversation>();
        let card = table.session().view().card_id;
        assert_eq!(table.note_draft.for_card(&card, ""), "");
    }
    play_card(&mut app, KeyCode::Digit1, KeyCode::Digit6);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    assert_eq!(
        app.world().resource::<ExportField>().0,
        None,
        "the export path of the first conversation is not offered again"
    );
    assert_eq!(app.world().resource::<Setup>().label, "");
}

#[test]
fn the_history_from_an_unsaved_summary_comes_back_to_it() {
    let dir = crate::tempdir("history-back");
    let store = Store::new(&dir);
    let mut app = app_with_store(together("binding", 2), Some(store.clone()));
    play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    let record = app.world().resource::<Conversation>().session().record();
    press_alt(&mut app, KeyCode::KeyE);
    assert_eq!(screen(&app), Screen::History);
    assert!(store.progress_path().exists(), "nothing is thrown away");
    // A delete armed here is disarmed when the screen is left.
    app.world_mut().resource_mut::<Form>().confirm = Confirm::DeleteAll;
    press(&mut app, KeyCode::Escape);
    assert_eq!(
        screen(&app),
        Screen::Summary,
        "Terug goes back to the summary"
    );
    assert!(
        app.world().get_resource::<Form>().is_none(),
        "the history's form is gone with the screen"
    );
    // Back in the history: nothing armed.
    press_alt(&mut app, KeyCode::KeyE);
    assert_eq!(app.world().resource::<Form>().confirm, Confirm::Nothing);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Summary);
    assert_eq!(
        app.world().resource::<Conversation>().session().record(),
        record
    );
    // It can still be saved.
    press_alt(&mut app, KeyCode::KeyB);
    assert_eq!(store.list().sessions.len(), 1);
    assert!(!store.progress_path().exists());
}

#[test]
fn new_game_on_an_old_summary_does_not_switch_to_the_live_one() {
    let dir = crate::tempdir("old-summary");
    let store = Store::new(&dir);
    let mut app = app_with_store(together("binding", 2), Some(store.clone()));
    play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    press_alt(&mut app, KeyCode::KeyB);
    press_alt(&mut app, KeyCode::KeyE);
    let id = store.list().sessions[0].id.clone();
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::ViewSaved(id));
    updates(&mut app, 2);
    assert_eq!(screen(&app), Screen::Summary);
    // N is not a key of an old summary; it must not go anywhere.
    for _ in 0..3 {
        press_alt(&mut app, KeyCode::KeyN);
    }
    assert_eq!(screen(&app), Screen::Summary);
    assert!(matches!(
        *app.world()
            .resource::<werkalliantiespel::game::saving::Viewing>(),
        werkalliantiespel::game::saving::Viewing::Saved(_)
    ));
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::History);
}

#[test]
fn closing_the_window_on_the_summary_leaves_no_file() {
    let dir = crate::tempdir("close-window");
    let store = Store::new(&dir);
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        bevy::state::app::StatesPlugin,
        bevy::input::InputPlugin,
        bevy::window::WindowPlugin::default(),
    ))
    .insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
        std::time::Duration::from_millis(50),
    ))
    .add_plugins(werkalliantiespel::game::LogicPlugin {
        library: crate::shipped(),
        options: together("binding", 2),
        problems: Vec::new(),
        store: Some(store.clone()),
        languages: std::sync::Arc::new(werkalliantiespel::lang::Languages::built_in()),
        packs: Vec::new(),
    });
    updates(&mut app, 2);
    play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    assert!(store.progress_path().exists());
    let window = {
        let world = app.world_mut();
        let mut q = world.query_filtered::<Entity, With<bevy::window::PrimaryWindow>>();
        q.single(world).expect("a primary window")
    };
    app.world_mut()
        .write_message(bevy::window::WindowCloseRequested { window });
    // Bevy marks the window as closing, despawns it in the next frame, and then exits.
    let mut frames = 0;
    while app.should_exit().is_none() {
        app.update();
        frames += 1;
        assert!(frames < 5, "closing the window ends the app");
    }
    assert!(
        files_in(&dir).is_empty(),
        "left behind: {:?}",
        files_in(&dir)
    );
}
