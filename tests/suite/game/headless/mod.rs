//! The game without a window: MinimalPlugins, StatesPlugin, InputPlugin and the game's logic,
//! driven by real key messages. This module is the harness; the tests are in `flow`, `saving`
//! and `fuzz`.

mod flow;
mod fuzz;
mod notices;
mod packs;
mod rules_once;
mod saving;
mod schedule;

use std::time::Duration;

use bevy::input::ButtonState;
use bevy::input::InputPlugin;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::screens::play::table::RatingFace;
use werkalliantiespel::game::{LogicPlugin, Phase, Screen};
use werkalliantiespel::session::{Choice, Player};
use werkalliantiespel::store::Store;

use crate::shipped;

pub(crate) fn app(options: Options) -> App {
    app_with_store(options, None)
}

pub(crate) fn app_with_store(options: Options, store: Option<Store>) -> App {
    app_on(App::new(), options, store)
}

/// The headless game on `app`, which may hold plugins of its own already (a log).
pub(crate) fn app_on(app: App, options: Options, store: Option<Store>) -> App {
    let mut app = unstarted(app, options, store);
    app.update();
    app.update();
    app
}

/// The headless game on `app`, built but not updated yet: a test may change a resource before
/// the first frame.
pub(crate) fn unstarted(mut app: App, options: Options, store: Option<Store>) -> App {
    // The pack `--pack` names (the built-in copy), else the monitor's cards from cards/.
    let packs = werkalliantiespel::pack::built_in();
    let chosen = options
        .pack
        .as_deref()
        .and_then(|id| werkalliantiespel::pack::find(&packs, id))
        .cloned();
    let (library, languages) = match chosen {
        Some(p) => (p.library().clone(), p.languages.clone()),
        None => (
            shipped(),
            std::sync::Arc::new(werkalliantiespel::lang::Languages::built_in()),
        ),
    };
    app.add_plugins((MinimalPlugins, StatesPlugin, InputPlugin))
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
            50,
        )))
        .add_plugins(LogicPlugin {
            library,
            options,
            problems: Vec::new(),
            store,
            languages,
            packs,
        })
        // No test opens the computer's own save window (`K`): as on a machine without one.
        .insert_resource(werkalliantiespel::game::saving::dialog::Opener(
            std::sync::Arc::new(|_| werkalliantiespel::game::saving::dialog::Answer::Unavailable),
        ));
    app
}

pub(crate) fn key_message(key: KeyCode, state: ButtonState) -> KeyboardInput {
    KeyboardInput {
        key_code: key,
        logical_key: Key::Unidentified(bevy::input::keyboard::NativeKey::Unidentified),
        state,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    }
}

/// Presses and releases a key, one update each, like a person would, and lets the frame that a
/// state change asks for run.
pub(crate) fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .write_message(key_message(key, ButtonState::Pressed));
    app.update();
    app.world_mut()
        .write_message(key_message(key, ButtonState::Released));
    app.update();
    app.update();
}

/// Presses `key` with Alt held, as on a screen with a text field (where a bare letter is typed
/// into the field).
pub(crate) fn press_alt(app: &mut App, key: KeyCode) {
    app.world_mut()
        .write_message(key_message(KeyCode::AltLeft, ButtonState::Pressed));
    app.update();
    press(app, key);
    app.world_mut()
        .write_message(key_message(KeyCode::AltLeft, ButtonState::Released));
    app.update();
}

pub(crate) fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub(crate) fn phase(app: &App) -> Option<Phase> {
    app.world().get_resource::<State<Phase>>().map(|p| *p.get())
}

/// Every word of the scale, in B1 and in the monitor's words.
const LABELS: [&str; 11] = [
    "Klopt helemaal niet",
    "Klopt niet echt",
    "Soms wel, soms niet",
    "Klopt een beetje",
    "Klopt helemaal",
    "Helemaal mee oneens",
    "Beetje oneens",
    "Niet eens, niet oneens",
    "Beetje eens",
    "Helemaal mee eens",
    "Sla ik over",
];

/// Every text on the table, and the revealed faces.
pub(crate) fn table_texts(app: &mut App) -> (Vec<String>, Vec<RatingFace>) {
    let world = app.world_mut();
    let texts = world
        .query::<&Text2d>()
        .iter(world)
        .map(|t| t.0.clone())
        .collect();
    let faces = world.query::<&RatingFace>().iter(world).cloned().collect();
    (texts, faces)
}

/// Before the flip: no face entity and no text that holds a rating word or pictogram.
pub(crate) fn assert_nothing_revealed(app: &mut App, context: &str) {
    let (texts, faces) = table_texts(app);
    assert!(
        faces.is_empty(),
        "{context}: a face exists before the flip: {faces:?}"
    );
    for t in &texts {
        for label in LABELS {
            assert!(
                !t.contains(label),
                "{context}: text {t:?} shows {label:?} before the flip"
            );
        }
        assert!(
            !t.contains('👍') && !t.contains('👎') && !t.contains('✋'),
            "{context}: pictogram in {t:?}"
        );
    }
}

/// Runs updates until the flip is over, checking that both faces appear in the same update.
pub(crate) fn run_flip(app: &mut App, expect: (Choice, Choice)) {
    let mut updates = 0;
    while phase(app) != Some(Phase::Discuss) {
        app.update();
        updates += 1;
        assert!(
            updates < 200,
            "the flip never ended (phase {:?})",
            phase(app)
        );
        let (_, faces) = table_texts(app);
        assert!(
            faces.is_empty() || faces.len() == 2,
            "faces turn over together, got {faces:?}"
        );
        if faces.is_empty() {
            assert_nothing_revealed(app, "during the 3-2-1");
        }
    }
    let (_, mut faces) = table_texts(app);
    faces.sort_by_key(|f| f.player == Player::Professional);
    assert_eq!(faces.len(), 2);
    assert_eq!(
        (faces[0].player, faces[0].choice),
        (Player::Client, expect.0)
    );
    assert_eq!(
        (faces[1].player, faces[1].choice),
        (Player::Professional, expect.1)
    );
}

pub(crate) fn digit(n: u8) -> KeyCode {
    [
        KeyCode::Digit0,
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ][usize::from(n % 10)]
}

pub(crate) fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_in(&p));
            } else {
                out.push(p.display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// Plays one card in "tegelijk" with keys: client `c`, professional `p` (6-0).
pub(crate) fn play_card(app: &mut App, c: KeyCode, p: KeyCode) {
    press(app, c);
    press(app, p);
    let mut n = 0;
    while phase(app) != Some(Phase::Discuss) && n < 200 {
        app.update();
        n += 1;
    }
}
