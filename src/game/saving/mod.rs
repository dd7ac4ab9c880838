//! Saving in the game: autosave while playing, resume after a crash, "Bewaren", history and
//! export. The files themselves are handled by [`crate::store`].

mod actions;
mod autosave;
mod export;

use bevy::prelude::*;

use super::{GameSet, Notices, Screen, Source, Table};
use crate::store::{self, InProgress, SavedSession, Store};

pub use autosave::{LastAutosave, NOTE_SETTLE};
pub use export::{default_export, default_history_export};

/// The data folder, and an export waiting for its "replace?".
#[derive(Resource, Default)]
pub struct Data {
    pub store: Option<Store>,
    /// An export that would replace this file waits for the same export once more.
    pub replace: Option<std::path::PathBuf>,
}

/// A session that was not finished, found at start-up.
#[derive(Resource, Default)]
pub struct Resume(pub Option<InProgress>);

/// The live session was saved as this (so "Bewaren" is done).
#[derive(Resource, Default)]
pub struct SavedAs(pub Option<SavedSession>);

/// What the summary screen shows.
#[derive(Resource, Default, Clone)]
pub enum Viewing {
    /// The session just played.
    #[default]
    Live,
    /// An old session from the history (boxed: a session is large, `Live` is nothing).
    Saved(Box<SavedSession>),
}

/// The history screen's data.
#[derive(Resource, Default)]
pub struct History {
    pub sessions: Vec<SavedSession>,
    pub label: Option<String>,
    /// Where "Terug" goes: the start screen, or the summary the history was opened from.
    pub back_to: BackTo,
}

/// The screen the history was opened from.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum BackTo {
    #[default]
    Start,
    Summary,
}

/// Reads the data folder at start-up. Returns true when there is a session to resume. What
/// stands in the way is said in `notices` (in the screen's language, `tr`).
pub fn startup(
    app: &mut App,
    store: Option<Store>,
    notices: &mut Notices,
    tr: crate::lang::Tr,
) -> bool {
    let data = Data {
        store,
        replace: None,
    };
    let mut resume = None;
    if let Some(st) = &data.store {
        match st.load_progress() {
            // Nothing happened yet in that session: nothing to go back to.
            Ok(Some(p))
                if p.record
                    .cards
                    .iter()
                    .all(|c| c.rounds.is_empty() && !c.skipped) =>
            {
                if let Err(e) = st.clear_progress() {
                    notices.say(Source::DataFolder, e.words(tr));
                }
            }
            Ok(p) => resume = p,
            Err(problem) => notices.say(Source::DataFolder, problem.to_string()),
        }
    } else {
        notices.say(Source::DataFolder, tr.t("melding-geen-map"));
    }
    let found = resume.is_some();
    app.insert_resource(data).insert_resource(Resume(resume));
    found
}

pub fn plugin(app: &mut App) {
    app.init_resource::<SavedAs>()
        .init_resource::<Viewing>()
        .init_resource::<History>()
        .init_resource::<LastAutosave>()
        .add_systems(
            Update,
            (
                actions::data_actions.in_set(GameSet::Apply),
                autosave::autosave.in_set(GameSet::Show),
            ),
        )
        .add_systems(OnEnter(Screen::History), refresh_history)
        // Leaving the screen forgets a "replace?" that was not answered (its words go with
        // the screen's other answers).
        .add_systems(OnExit(Screen::Summary), |mut d: ResMut<Data>| {
            d.replace = None
        })
        .add_systems(OnExit(Screen::History), |mut d: ResMut<Data>| {
            d.replace = None
        })
        .add_systems(
            OnEnter(Screen::Play),
            |mut s: ResMut<SavedAs>, mut v: ResMut<Viewing>| {
                s.0 = None;
                *v = Viewing::Live;
            },
        )
        // After Bevy's own exit systems (closing the window), or their exit is not seen before
        // the app stops.
        .add_systems(
            Last,
            (autosave::write_note_on_exit, forget_unsaved_on_exit)
                .chain()
                .after(bevy::window::ExitSystems),
        );
}

fn refresh_history(data: Res<Data>, mut history: ResMut<History>, mut notices: ResMut<Notices>) {
    let Some(st) = &data.store else { return };
    let listing = st.list();
    history.sessions = listing.sessions;
    notices.say_all(
        Source::History,
        listing.problems.iter().map(|p| p.to_string()).collect(),
    );
    if history
        .label
        .as_ref()
        .is_some_and(|l| !history.sessions.iter().any(|s| &s.label == l))
    {
        history.label = None;
    }
}

/// The session a summary or an export is about.
pub fn current_saved(
    viewing: &Viewing,
    saved: &SavedAs,
    table: Option<&Table>,
    label: &str,
) -> Option<SavedSession> {
    match viewing {
        Viewing::Saved(s) => Some(s.as_ref().clone()),
        Viewing::Live => saved.0.clone().or_else(|| {
            let record = table?.session().record();
            let at = store::now();
            Some(SavedSession {
                format: store::FORMAT,
                id: table?.unsaved_id.clone(),
                label: label.to_string(),
                saved_at: at,
                saved_at_text: String::new(),
                record,
            })
        }),
    }
}
/// Leaving a finished session without "Bewaren" leaves no file behind.
fn forget_unsaved(store: &Option<Store>, viewing: &Viewing, saved: &SavedAs) {
    if let (Some(st), Viewing::Live, None) = (store, viewing, &saved.0)
        && let Err(e) = st.clear_progress()
    {
        warn!("het bestand van het lopende gesprek kan niet weg: {e}");
    }
}

/// Closing the window on the summary counts as leaving it.
fn forget_unsaved_on_exit(
    mut exits: MessageReader<AppExit>,
    screen: Res<State<Screen>>,
    data: Res<Data>,
    viewing: Res<Viewing>,
    saved: Res<SavedAs>,
) {
    if exits.read().next().is_some() && *screen.get() == Screen::Summary {
        forget_unsaved(&data.store, &viewing, &saved);
    }
}
