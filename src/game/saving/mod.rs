//! Saving in the game: autosave while playing, resume after a crash, what a summary is about,
//! and writing exports. The screens' actions (summary, history, start) use these. The files themselves are handled by [`crate::store`].

mod autosave;
pub mod dialog;
pub mod export;

use bevy::prelude::*;

use super::{Conversation, GameSet, Notices, Source};
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
            // Nothing happened yet in that session: nothing to go back to (a pause is
            // something: the crash came while someone needed a break).
            Ok(Some(p))
                if p.record.paused.is_none()
                    && p.record
                        .cards
                        .iter()
                        .all(|c| c.rounds.is_empty() && !c.skipped) =>
            {
                if let Err(e) = st.clear_progress() {
                    notices.say(Source::DataFolder, e.words(tr));
                }
            }
            Ok(p) => resume = p,
            Err(problem) => {
                warn!("{problem}");
                notices.say(Source::DataFolder, problem.words(tr));
            }
        }
    } else {
        notices.say(Source::DataFolder, tr.t("melding-geen-map"));
    }
    let found = resume.is_some();
    app.insert_resource(data).insert_resource(Resume(resume));
    found
}

pub fn plugin(app: &mut App) {
    dialog::plugin(app);
    app.init_resource::<SavedAs>()
        .init_resource::<Viewing>()
        .init_resource::<LastAutosave>()
        .add_systems(Update, autosave::autosave.in_set(GameSet::Show))
        // After Bevy's own exit systems (closing the window), or their exit is not seen before
        // the app stops.
        .add_systems(
            Last,
            autosave::write_note_on_exit.after(bevy::window::ExitSystems),
        );
}

/// The session a summary or an export is about.
pub fn current_saved(
    viewing: &Viewing,
    saved: &SavedAs,
    table: Option<&Conversation>,
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
pub fn forget_unsaved(store: &Option<Store>, viewing: &Viewing, saved: &SavedAs) {
    if let (Some(st), Viewing::Live, None) = (store, viewing, &saved.0)
        && let Err(e) = st.clear_progress()
    {
        warn!("het bestand van het lopende gesprek kan niet weg: {e}");
    }
}
