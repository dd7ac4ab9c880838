//! Packs in the game: "Kennismaken" chosen on the start screen and played to its summary with
//! its four steps; keys beyond its scale choose nothing; a conversation of another pack resumes
//! with its own pack.

use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::{Action, Cards, Conversation, Packs, Screen, Setup};
use werkalliantiespel::session::{CardState, Choice, Mode};

use super::*;

fn send(app: &mut App, action: Action) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

#[test]
fn kennismaken_is_chosen_on_the_start_screen_and_plays_four_steps_to_its_summary() {
    let mut app = app(Options {
        seed: Some(5),
        mode: Some(Mode::Together),
        ..Options::default()
    });
    assert_eq!(screen(&app), Screen::Start);
    assert_eq!(app.world().resource::<Packs>().0.len(), 2);
    assert_eq!(
        app.world().resource::<Cards>().0.pack.id,
        "werkalliantiemonitor"
    );
    send(&mut app, Action::ChoosePack("kennismaken".into()));
    assert_eq!(app.world().resource::<Cards>().0.pack.id, "kennismaken");
    let setup = app.world().resource::<Setup>();
    assert_eq!(setup.pack, "kennismaken");
    assert_eq!(setup.decks, ["kennen", "doel", "eerlijk"]);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    // Only the first theme.
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Digit3);
    assert_eq!(app.world().resource::<Setup>().decks, ["kennen"]);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    let table = app.world().resource::<Conversation>();
    assert_eq!(table.session().selection().pack, "kennismaken");
    assert_eq!(table.session().selection().steps, 4);
    assert_eq!(table.session().view().total, 3);
    // 5 (client) and 0 (the professional's 5) are beyond the scale: nothing is chosen.
    press(&mut app, KeyCode::Digit5);
    press(&mut app, KeyCode::Digit0);
    let v = app.world().resource::<Conversation>().session().view();
    assert_eq!(
        (v.client, v.professional),
        (
            werkalliantiespel::session::Seat::Waiting,
            werkalliantiespel::session::Seat::Waiting
        )
    );
    for (c, p, want) in [
        (KeyCode::Digit4, KeyCode::Digit6, (4, 1)),
        (KeyCode::Digit2, KeyCode::Digit8, (2, 3)),
        (KeyCode::Digit3, KeyCode::Digit9, (3, 4)),
    ] {
        press(&mut app, c);
        press(&mut app, p);
        run_flip(&mut app, (Choice::Score(want.0), Choice::Score(want.1)));
        let v = app.world().resource::<Conversation>().session().view();
        let CardState::Revealed {
            client,
            professional,
            ..
        } = v.phase
        else {
            panic!("not turned over: {:?}", v.phase);
        };
        assert_eq!(
            (client, professional),
            (Choice::Score(want.0), Choice::Score(want.1))
        );
        press(&mut app, KeyCode::Enter);
    }
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Summary);
}

#[test]
fn started_with_pack_kennismaken_the_game_deals_its_cards() {
    let app = app(Options {
        pack: Some("kennismaken".into()),
        seed: Some(2),
        mode: Some(Mode::Together),
        decks: Some(vec!["eerlijk".into()]),
        ..Options::default()
    });
    assert_eq!(screen(&app), Screen::Play);
    let table = app.world().resource::<Conversation>();
    let card = table.session().view().card_id;
    assert!(
        [
            "wat-er-gebeurt",
            "eerlijk-zeggen",
            "zeggen-als-het-niet-duidelijk-is"
        ]
        .contains(&card.as_str()),
        "{card}"
    );
}
