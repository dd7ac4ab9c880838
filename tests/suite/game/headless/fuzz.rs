//! Random keys on every screen.

use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::{Phase, Screen};
use werkalliantiespel::session::Mode;

use super::*;

/// Random keys on every screen: no panic, no rating shown before the flip, both faces together.
#[test]
fn random_keyboard_input_never_leaks_or_panics() {
    use rand::{RngExt, SeedableRng};
    let keys = [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
        KeyCode::Digit0,
        KeyCode::KeyQ,
        KeyCode::KeyP,
        KeyCode::KeyS,
        KeyCode::KeyR,
        KeyCode::KeyM,
        KeyCode::KeyA,
        KeyCode::KeyK,
        KeyCode::KeyN,
        KeyCode::KeyB,
        KeyCode::KeyE,
        KeyCode::Enter,
        KeyCode::Space,
        KeyCode::Escape,
        KeyCode::F1,
        KeyCode::Numpad3,
        KeyCode::Numpad5,
        KeyCode::KeyJ,
        KeyCode::KeyV,
        KeyCode::Backspace,
    ];
    let mut presses = 0;
    // Frames spent where it matters: a run that sticks on the start screen checks nothing.
    let (mut choosing, mut talking, mut summary) = (0, 0, 0);
    for seed in 0..24u64 {
        let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(seed);
        let mode = if seed % 2 == 0 {
            Mode::TakeTurns
        } else {
            Mode::Together
        };
        let mut app = app(Options {
            seed: Some(seed),
            mode: Some(mode),
            ..Options::default()
        });
        for _ in 0..250 {
            let key = keys[rng.random_range(0..keys.len())];
            // Esc, J and N end the game quickly, and E (a pause) holds it still; make them rare
            // so games get deep.
            if matches!(
                key,
                KeyCode::Escape | KeyCode::KeyN | KeyCode::KeyJ | KeyCode::KeyE
            ) && rng.random_range(0..8) != 0
            {
                continue;
            }
            app.world_mut()
                .write_message(key_message(key, ButtonState::Pressed));
            app.update();
            app.world_mut()
                .write_message(key_message(key, ButtonState::Released));
            for _ in 0..rng.random_range(1..8) {
                app.update();
                let (_, faces) = table_texts(&mut app);
                assert!(
                    faces.is_empty() || faces.len() == 2,
                    "seed {seed}: {faces:?}"
                );
                let now = phase(&app);
                match (screen(&app), now) {
                    (_, Some(Phase::Choosing | Phase::Cover)) => choosing += 1,
                    (_, Some(Phase::Discuss)) => talking += 1,
                    (Screen::Summary, _) => summary += 1,
                    _ => {}
                }
                if !matches!(now, Some(Phase::Flipping | Phase::Discuss)) {
                    assert_nothing_revealed(&mut app, &format!("seed {seed}, phase {now:?}"));
                }
            }
            presses += 1;
        }
    }
    assert!(presses > 4000, "{presses}");
    eprintln!("fuzz frames: choosing {choosing}, talking {talking}, summary {summary}");
    assert!(
        choosing > 1500 && talking > 1000 && summary > 50,
        "too few frames in play: choosing {choosing}, talking {talking}, summary {summary}"
    );
}
