//! The countdown and the flip take their time and pause under the help; clicks on the decks.

use super::*;

// ---- timers ----

#[test]
fn the_countdown_takes_its_time() {
    const { assert!(COUNTDOWN_SECS >= 1.5, "3-2-1 needs time to look") };
    let mut app = app(together("vertrouwen", 3));
    press(&mut app, KeyCode::Digit2);
    // Time is 50 ms a frame here; the 3-2-1 starts with the second choice.
    app.world_mut()
        .write_message(key_message(KeyCode::Digit9, ButtonState::Pressed));
    let mut frames = 0;
    loop {
        app.update();
        if phase(&app) == Some(Phase::Countdown) {
            break;
        }
        frames += 1;
        assert!(frames < 5);
    }
    // Count the frames until the cards are turned over.
    let mut counted = 0;
    while view(&app).client == Seat::Chosen {
        assert_eq!(phase(&app), Some(Phase::Countdown));
        app.update();
        counted += 1;
        assert!(counted < 500);
    }
    assert!(matches!(view(&app).phase, CardState::Revealed { .. }));
    let seconds = counted as f32 * 0.05;
    assert!(
        seconds >= 1.5,
        "the 3-2-1 took {seconds} s of game time; it must take at least 1.5 s"
    );
}

#[test]
fn help_pauses_the_countdown_and_the_flip() {
    let mut app = app(together("vertrouwen", 3));
    press(&mut app, KeyCode::Digit2);
    press(&mut app, KeyCode::Digit9);
    press(&mut app, KeyCode::F1);
    assert!(app.world().resource::<HelpOpen>().0);
    updates(&mut app, 120);
    assert_eq!(phase(&app), Some(Phase::Countdown), "waits under the help");
    press(&mut app, KeyCode::F1);
    until(&mut app, Phase::Flipping);
    press(&mut app, KeyCode::F1);
    updates(&mut app, 60);
    assert_eq!(phase(&app), Some(Phase::Flipping), "the flip waits too");
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<HelpOpen>().0, "Esc closes the help");
    assert!(
        !app.world().resource::<AskStop>().0,
        "and does not ask to stop"
    );
    until(&mut app, Phase::Discuss);
}

// ---- clicks ----

fn click(app: &mut App, target: Entity) {
    let location = Location {
        target: bevy::camera::NormalizedRenderTarget::None {
            width: 1366,
            height: 768,
        },
        position: Vec2::ZERO,
    };
    let hit = HitData::new(Entity::PLACEHOLDER, 0.0, None, None);
    let event = Pointer::new_without_propagate(
        PointerId::Mouse,
        location,
        Click {
            button: PointerButton::Primary,
            hit,
            duration: std::time::Duration::from_millis(80),
            count: 1,
        },
        target,
    );
    app.world_mut().trigger(event);
    updates(app, 2);
}

fn deck_target<C: Component>(app: &mut App, index: impl Fn(&C) -> usize, i: usize) -> Entity {
    let world = app.world_mut();
    let mut q = world.query::<(Entity, &C)>();
    let found: Vec<Entity> = q
        .iter(world)
        .filter(|(_, c)| index(c) == i)
        .map(|(e, _)| e)
        .collect();
    assert_eq!(found.len(), 1, "one click target for deck {i}");
    found[0]
}

#[test]
fn clicks_on_the_theme_decks_and_not_through_the_help() {
    let mut app = app(Options::default());
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    let decks = |app: &App| app.world().resource::<Setup>().decks.clone();
    assert_eq!(decks(&app).len(), 4);
    let second = deck_target::<DeckCard>(&mut app, |d| d.0, 1);
    click(&mut app, second);
    assert_eq!(
        decks(&app),
        ["richting", "binding", "stroefheid"],
        "a click on Vertrouwen takes it out"
    );
    let third = deck_target::<OnlyDeckButton>(&mut app, |d| d.0, 2);
    click(&mut app, third);
    assert_eq!(decks(&app), ["binding"], "Alleen dit thema");
    // Under the help, a click on a deck does nothing.
    press(&mut app, KeyCode::F1);
    let first = deck_target::<DeckCard>(&mut app, |d| d.0, 0);
    click(&mut app, first);
    assert_eq!(decks(&app), ["binding"], "the click went through the help");
    press(&mut app, KeyCode::F1);
    let first = deck_target::<DeckCard>(&mut app, |d| d.0, 0);
    click(&mut app, first);
    assert_eq!(decks(&app), ["richting", "binding"]);
}
