//! `Esc` asks first; the note field keeps its keys; the number pad; fast keys.

use super::*;

// ---- Esc asks first ----

#[test]
fn esc_asks_first_and_the_countdown_waits_for_the_answer() {
    let mut app = app(together("vertrouwen", 7));
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Digit9);
    assert_eq!(phase(&app), Some(Phase::Countdown));
    press(&mut app, KeyCode::Escape);
    assert!(
        app.world().resource::<AskStop>().0,
        "Esc opens the question"
    );
    assert_eq!(screen(&app), Screen::Play);
    let left = app.world().resource::<Conversation>().countdown;
    updates(&mut app, 100);
    assert_eq!(phase(&app), Some(Phase::Countdown), "the 3-2-1 waits");
    assert_eq!(app.world().resource::<Conversation>().countdown, left);
    // Rating keys do nothing under the question.
    press(&mut app, KeyCode::Digit5);
    // Enter is the safe default: play on, with both hidden choices.
    press(&mut app, KeyCode::Enter);
    assert!(!app.world().resource::<AskStop>().0);
    run_flip(&mut app, (Choice::Score(2), Choice::Score(4)));
    // Esc again, then J: stop.
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<AskStop>().0, "Esc answers no too");
    assert_eq!(screen(&app), Screen::Play);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    assert!(!app.world().resource::<AskStop>().0);
    let session = &app.world().resource::<Conversation>().session();
    assert!(session.record().ended_early);
    assert!(session.can_reopen());
}

#[test]
fn after_stopping_the_summary_offers_to_play_on() {
    let mut app = app(together("binding", 4));
    play_card(&mut app, KeyCode::Digit1, KeyCode::Digit6);
    press(&mut app, KeyCode::Enter);
    // Card 2: the client chose, then stop. The hidden choice is dropped.
    press(&mut app, KeyCode::Digit3);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    press_alt(&mut app, KeyCode::KeyV);
    updates(&mut app, 3);
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(phase(&app), Some(Phase::Choosing));
    let v = view(&app);
    assert_eq!((v.position, v.client), (2, Seat::Waiting));
    // Stop in the talk of card 2: playing on comes back to that talk.
    play_card(&mut app, KeyCode::Digit4, KeyCode::Digit9);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    press_alt(&mut app, KeyCode::KeyV);
    updates(&mut app, 3);
    assert_eq!(phase(&app), Some(Phase::Discuss));
    assert_eq!(view(&app).position, 2);
    for _ in 2..4 {
        press(&mut app, KeyCode::Enter);
        play_card(&mut app, KeyCode::Digit2, KeyCode::Digit7);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Summary);
    let session = &app.world().resource::<Conversation>().session();
    assert!(!session.can_reopen(), "all cards were played");
    assert!(!session.record().ended_early);
    // V on a finished summary does nothing.
    press_alt(&mut app, KeyCode::KeyV);
    updates(&mut app, 2);
    assert_eq!(screen(&app), Screen::Summary);
}

/// A text field with egui's keyboard focus, or none: an egui context as the window has, one
/// frame run with a field in it, read by bevy_egui's own system as in the real game.
fn text_field_focus(app: &mut App, focused: bool) {
    widget_focus(app, focused, true);
}

/// The window's egui context, made once.
fn window_egui(app: &mut App) -> egui::Context {
    let world = app.world_mut();
    let mut contexts = world.query_filtered::<&mut EguiContext, With<PrimaryEguiContext>>();
    match contexts.iter_mut(world).next() {
        Some(mut c) => c.get_mut().clone(),
        None => {
            let mut c = EguiContext::default();
            let ctx = c.get_mut().clone();
            world.spawn((c, PrimaryEguiContext));
            ctx
        }
    }
}

/// A text field (`text`) or a plain button with the keyboard's focus, or neither.
fn widget_focus(app: &mut App, focused: bool, text: bool) {
    let ctx = window_egui(app);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let widget = if text {
            ui.text_edit_singleline(&mut String::new())
        } else {
            ui.button("Volgende kaart")
        };
        if focused {
            widget.request_focus();
        } else {
            widget.surrender_focus();
        }
    });
    // No renderer here: the font atlas is not needed (egui asserts deltas are handled).
    output.textures_delta.clear();
    assert_eq!(ctx.egui_wants_keyboard_input(), focused);
    assert_eq!(ctx.text_edit_focused(), focused && text);
    app.update();
}

#[test]
fn a_focused_button_takes_enter_and_space_and_leaves_the_other_keys_to_the_game() {
    let mut app = app(together("vertrouwen", 3));
    app.add_systems(PostUpdate, write_egui_wants_input_system);
    play_card(&mut app, KeyCode::Digit2, KeyCode::Digit9);
    widget_focus(&mut app, true, false);
    // Enter presses the focused button (egui's click), not the key table's "Volgende kaart".
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).position, 1, "Enter is the focused button's");
    // Other keys still play: Alt+M marks the card, Esc asks "Stoppen?".
    press_alt(&mut app, KeyCode::KeyM);
    assert!(view(&app).marked, "Alt+M plays with a button focused");
    press(&mut app, KeyCode::Escape);
    assert!(app.world().resource::<AskStop>().0);
}

#[test]
fn esc_in_the_note_field_only_leaves_the_field() {
    let mut app = app(together("vertrouwen", 3));
    app.add_systems(PostUpdate, write_egui_wants_input_system);
    play_card(&mut app, KeyCode::Digit2, KeyCode::Digit9);
    // The note field has the keyboard.
    text_field_focus(&mut app, true);
    for key in [
        KeyCode::KeyR,
        KeyCode::Digit3,
        KeyCode::KeyM,
        KeyCode::Escape,
    ] {
        press(&mut app, key);
    }
    assert_eq!(phase(&app), Some(Phase::Discuss), "typing is not playing");
    assert_eq!(view(&app).round, 1, "r did not start a new round");
    assert!(!view(&app).marked);
    assert!(!app.world().resource::<AskStop>().0);
    // The field gave the keyboard back: now Esc asks.
    text_field_focus(&mut app, false);
    press(&mut app, KeyCode::Escape);
    assert!(app.world().resource::<AskStop>().0);
    assert_eq!(screen(&app), Screen::Play);
}

// ---- keys ----

#[test]
fn the_number_pad_is_the_professionals_in_together() {
    let mut app = app(together("vertrouwen", 3));
    press(&mut app, KeyCode::Numpad2);
    let v = view(&app);
    assert_eq!(
        (v.client, v.professional),
        (Seat::Waiting, Seat::Chosen),
        "the number pad never sets the client's hidden choice"
    );
    press(&mut app, KeyCode::Digit4);
    run_flip(&mut app, (Choice::Score(4), Choice::Score(2)));
}

/// Writes key presses and releases in one frame, as a fast typist or a pasted text does.
fn keys_in_one_frame(app: &mut App, keys: &[KeyCode]) {
    for &k in keys {
        app.world_mut()
            .write_message(key_message(k, ButtonState::Pressed));
        app.world_mut()
            .write_message(key_message(k, ButtonState::Released));
    }
    updates(app, 12);
}

#[test]
fn fast_keys_in_one_frame_are_all_read_in_order() {
    let mut app = app(Options {
        seed: Some(1),
        ..Options::default()
    });
    // Enter twice in one frame: start screen, themes, play.
    keys_in_one_frame(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(screen(&app), Screen::Play);
    // The cover screen, then a choice, right after each other.
    until(&mut app, Phase::Cover);
    keys_in_one_frame(&mut app, &[KeyCode::Enter, KeyCode::Digit4]);
    assert_eq!(view(&app).phase, CardState::Choosing);
    assert_eq!(
        phase(&app),
        Some(Phase::Cover),
        "handed over after the choice"
    );
    let chosen = [view(&app).client, view(&app).professional];
    assert!(chosen.contains(&Seat::Chosen), "{chosen:?}");
}

#[test]
fn themes_keys_in_one_frame_toggle_then_start() {
    let mut app = app(Options {
        seed: Some(1),
        ..Options::default()
    });
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    keys_in_one_frame(
        &mut app,
        &[KeyCode::Digit1, KeyCode::Digit2, KeyCode::Enter],
    );
    assert_eq!(screen(&app), Screen::Play);
    let decks = &app
        .world()
        .resource::<Conversation>()
        .session()
        .selection()
        .kenmerken;
    assert_eq!(decks, &["binding", "stroefheid"]);
}

/// README's key table is the key table of the game, word for word (in Dutch): change a key in
/// `src/game/keys.rs` and this says what README should hold.
#[test]
fn readme_says_the_keys_the_game_has() {
    let languages = werkalliantiespel::lang::Languages::built_in();
    let want = werkalliantiespel::game::screens::keys::readme_table(languages.tr("nl"));
    let readme = crate::read(&crate::repo().join("README.md"));
    let start = readme
        .find("| waar | toetsen |")
        .expect("README has a key table");
    let end = readme[start..]
        .find("\n\n")
        .map_or(readme.len(), |e| start + e + 1);
    assert_eq!(
        &readme[start..end],
        want,
        "README's key table is not the game's; it should read:\n{want}"
    );
}
