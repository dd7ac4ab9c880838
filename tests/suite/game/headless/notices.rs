//! Each message shows under its own source: a failing autosave on the table in its own words, a
//! laptop without Wi-Fi in phone mode as the phones' message only.

use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::screens::notices::{PLAY, lines};
use werkalliantiespel::game::screens::phones::{PhoneLink, PhoneOptions, PhonesPanel};
use werkalliantiespel::game::{Action, Notices, Screen, Source, Translations};
use werkalliantiespel::session::Mode;
use werkalliantiespel::store::Store;

use super::*;

fn options(mode: Mode) -> Options {
    Options {
        seed: Some(8),
        mode: Some(mode),
        decks: Some(vec!["binding".into()]),
        ..Options::default()
    }
}

/// What the table says above the cards, as the play screen shows it.
fn table_says(app: &App) -> Vec<String> {
    let tr = app.world().resource::<Translations>().tr("nl");
    lines(app.world().resource::<Notices>(), PLAY, tr)
        .into_iter()
        .map(|l| l.text)
        .collect()
}

#[test]
fn a_failing_autosave_is_said_on_the_table_until_a_write_works() {
    let dir = crate::tempdir("notices-autosave");
    let data = dir.join("data");
    // A folder where the in-progress file goes: it cannot be written.
    let progress = data.join("bezig.ron");
    std::fs::create_dir_all(&progress).unwrap();
    let mut app = app_with_store(options(Mode::Together), Some(Store::new(data.clone())));
    assert_eq!(screen(&app), Screen::Play);
    // The new conversation is written at once: the trouble shows before the first choice.
    let said = table_says(&app);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("⚠ Tussendoor bewaren lukt niet."),
        "{said:?}"
    );
    assert!(said[0].contains("De computer zegt"), "{said:?}");
    play_card(&mut app, KeyCode::Digit3, KeyCode::Digit8);
    assert_eq!(table_says(&app), said, "still said after a card");
    // The way is free again: the next change is written and the table says nothing more.
    std::fs::remove_dir_all(&progress).unwrap();
    press(&mut app, KeyCode::Enter);
    assert!(progress.is_file(), "written once it could be");
    assert_eq!(table_says(&app), Vec::<String>::new());
}

#[test]
fn without_wifi_in_phone_mode_the_table_says_so_and_nothing_about_saving() {
    let dir = crate::tempdir("notices-no-wifi");
    let data = dir.join("data");
    let mut app = unstarted(
        App::new(),
        options(Mode::Phones),
        Some(Store::new(data.clone())),
    );
    // A laptop on no network: no address for the phones.
    app.insert_resource(PhoneOptions {
        address: None,
        find: || None,
    });
    app.update();
    app.update();
    assert!(app.world().get_resource::<PhoneLink>().is_some());
    let wifi = "⚠ Deze computer is niet verbonden met een wifi-netwerk.";
    let notices = app.world().resource::<Notices>();
    assert!(notices.get(Source::Phone).is_some());
    assert!(!notices.has(Source::Autosave));
    // The panel is closed: the laptop plays on while the message stays on the table.
    press(&mut app, KeyCode::Enter);
    assert!(!app.world().resource::<PhonesPanel>().0);
    play_card(&mut app, KeyCode::Digit2, KeyCode::Digit9);
    assert!(data.join("bezig.ron").is_file(), "saving works");
    let said = table_says(&app);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].starts_with(wifi), "{said:?}");
    assert!(
        said.iter().all(|l| !l.contains("bewaren")),
        "never the autosave's words: {said:?}"
    );
    // Another way of choosing: no server, no message about it.
    app.world_mut()
        .write_message(Action::SwitchMode(Mode::Together));
    app.update();
    app.update();
    assert!(app.world().get_resource::<PhoneLink>().is_none());
    assert_eq!(table_says(&app), Vec::<String>::new());
}

/// An answer belongs to its screen: "Kies minstens één thema" is gone once the players go back.
#[test]
fn an_answer_goes_with_its_screen() {
    let mut app = app(Options::default());
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    app.world_mut()
        .resource_mut::<werkalliantiespel::game::Setup>()
        .decks
        .clear();
    press(&mut app, KeyCode::Enter);
    let said = |app: &App| {
        app.world()
            .resource::<Notices>()
            .get(Source::Answer)
            .map(str::to_string)
    };
    assert_eq!(said(&app).as_deref(), Some("Kies minstens één thema."));
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Start);
    assert_eq!(said(&app), None);
}
