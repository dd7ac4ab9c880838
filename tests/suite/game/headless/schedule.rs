//! The game's systems run in one defined order: Bevy's ambiguity detection finds no two systems
//! that touch the same data with no order between them.

use bevy::ecs::schedule::{LogLevel, ScheduleBuildSettings};
use bevy::prelude::*;
use werkalliantiespel::cli::Options;

use super::*;

/// Every pair of systems in `label` that conflict with no order, by name.
fn ambiguities(app: &mut App, label: impl bevy::ecs::schedule::ScheduleLabel + Clone) -> String {
    app.edit_schedule(label.clone(), |s| {
        s.set_build_settings(ScheduleBuildSettings {
            ambiguity_detection: LogLevel::Error,
            ..default()
        });
    });
    let world = app.world_mut();
    let mut schedule = world
        .resource_mut::<Schedules>()
        .remove(label)
        .expect("the schedule");
    let found = match schedule.initialize(world) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(schedule.graph(), world),
    };
    world.resource_mut::<Schedules>().insert(schedule);
    found
}

#[test]
fn the_game_systems_run_in_one_defined_order() {
    let mut app = unstarted(App::new(), Options::default(), None);
    let found = ambiguities(&mut app, Update);
    assert!(found.is_empty(), "{found}");
}

/// An action is meant for the screen it was made on: the `Enter` that leaves the start screen
/// does not also deal the cards on the themes screen, and `Esc` that leaves the history does not
/// also act on the screen it goes back to. (An action made in a frame is still there to read in
/// the next one, when the next screen already shows.)
#[test]
fn an_action_never_lands_on_the_next_screen() {
    use werkalliantiespel::game::{Conversation, Screen, Setup};
    let mut app = app(Options::default());
    assert_eq!(screen(&app), Screen::Start);
    app.world_mut().resource_mut::<Setup>().decks = vec!["binding".into()];
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    for _ in 0..3 {
        app.update();
    }
    assert!(
        app.world().get_resource::<Conversation>().is_none(),
        "the themes screen did not deal"
    );
    assert_eq!(screen(&app), Screen::Themes);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Start);
    press_alt(&mut app, KeyCode::KeyE);
    assert_eq!(screen(&app), Screen::History);
    press(&mut app, KeyCode::Escape);
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Start);
}
