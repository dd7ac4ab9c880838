//! Saving in the game: autosave while playing, resume after a crash, "Bewaren", history and
//! export. The files themselves are handled by [`crate::store`].

use bevy::prelude::*;

use super::{Action, Cards, GameSet, Screen, Setup, Table};
use crate::session::{Session, SessionRecord};
use crate::store::{self, InProgress, SavedSession, Store};

/// The data folder, and the last thing to tell the players about it.
#[derive(Resource, Default)]
pub struct Data {
    pub store: Option<Store>,
    /// A short message: "Bewaard", or what went wrong.
    pub notice: Option<String>,
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
    /// An old session from the history.
    Saved(SavedSession),
}

/// The history screen's data.
#[derive(Resource, Default)]
pub struct History {
    pub sessions: Vec<SavedSession>,
    pub problems: Vec<String>,
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

/// The last record written to the in-progress file, to write only on change.
#[derive(Resource, Default)]
struct LastAutosave(Option<SessionRecord>);

/// Reads the data folder at start-up. Returns true when there is a session to resume.
/// `no_folder` is what to say when there is no folder for data (in the screen's language).
pub fn startup(app: &mut App, store: Option<Store>, no_folder: String) -> bool {
    let mut data = Data {
        store,
        notice: None,
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
                let _ = st.clear_progress();
            }
            Ok(p) => resume = p,
            Err(problem) => data.notice = Some(problem.to_string()),
        }
    } else {
        data.notice = Some(no_folder);
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
                data_actions.in_set(GameSet::Apply),
                autosave.in_set(GameSet::Show),
            ),
        )
        .add_systems(OnEnter(Screen::History), refresh_history)
        .add_systems(OnExit(Screen::Summary), |mut d: ResMut<Data>| {
            d.notice = None
        })
        .add_systems(OnExit(Screen::History), |mut d: ResMut<Data>| {
            d.notice = None
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
            forget_unsaved_on_exit.after(bevy::window::ExitSystems),
        );
}

/// After every action that changes the session, write it to the in-progress file.
fn autosave(
    table: Option<Res<Table>>,
    setup: Res<Setup>,
    data: Res<Data>,
    saved: Res<SavedAs>,
    mut last: ResMut<LastAutosave>,
    viewing: Res<Viewing>,
) {
    let (Some(table), Some(st)) = (table, &data.store) else {
        return;
    };
    if saved.0.is_some() || matches!(*viewing, Viewing::Saved(_)) || !table.is_changed() {
        return;
    }
    let record = table.session.record();
    if last.0.as_ref() == Some(&record) {
        return;
    }
    if let Err(e) = st.autosave(&setup.label, &record) {
        warn!("automatisch bewaren lukt niet: {e}");
    }
    last.0 = Some(record);
}

fn refresh_history(data: Res<Data>, mut history: ResMut<History>) {
    let Some(st) = &data.store else { return };
    let listing = st.list();
    history.sessions = listing.sessions;
    history.problems = listing.problems.iter().map(|p| p.to_string()).collect();
    if history
        .label
        .as_ref()
        .is_some_and(|l| !history.sessions.iter().any(|s| &s.label == l))
    {
        history.label = None;
    }
}

/// The folder exports go to unless the user types another path: Documents, else home.
fn export_dir() -> std::path::PathBuf {
    dirs::document_dir()
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| std::path::PathBuf::from("."))
}

/// Where a conversation's export goes unless the user types another path: the code and the
/// date in the name, never more.
pub fn default_export(session: &SavedSession, ext: &str) -> String {
    let code: String = session
        .label
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let (y, m, d, ..) = store::civil(session.saved_at);
    let name = if code.is_empty() {
        format!("werkalliantie-{y:04}{m:02}{d:02}.{ext}")
    } else {
        format!("werkalliantie-{code}-{y:04}{m:02}{d:02}.{ext}")
    };
    export_dir().join(name).display().to_string()
}

/// Where the history's table goes unless the user types another path.
pub fn default_history_export() -> String {
    export_dir()
        .join("werkalliantie-gesprekken.csv")
        .display()
        .to_string()
}

/// The path an export key (`C`, `P`) writes to: what the export field shows, with the right
/// ending.
fn export_path(typed: Option<&String>, default: String, ext: &str) -> std::path::PathBuf {
    let text = typed.cloned().unwrap_or(default);
    let base = text.trim_end_matches(".csv").trim_end_matches(".html");
    format!("{base}.{ext}").into()
}

/// What an export key does on this screen: the same as the button next to the path.
fn export_action(
    screen: Screen,
    kind: super::Export,
    typed: Option<&String>,
    session: Option<&SavedSession>,
) -> Option<Action> {
    use super::Export;
    match (screen, kind) {
        (Screen::History, Export::Csv) => Some(Action::ExportCsv(export_path(
            typed,
            default_history_export(),
            "csv",
        ))),
        (Screen::Summary, Export::Csv) => Some(Action::ExportCsv(export_path(
            typed,
            default_export(session?, "csv"),
            "csv",
        ))),
        (Screen::Summary, Export::Html) => Some(Action::ExportHtml(export_path(
            typed,
            default_export(session?, "csv"),
            "html",
        ))),
        _ => None,
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
        Viewing::Saved(s) => Some(s.clone()),
        Viewing::Live => saved.0.clone().or_else(|| {
            let record = table?.session.record();
            let at = store::now();
            Some(SavedSession {
                format: store::FORMAT,
                id: "niet-bewaard".into(),
                label: label.to_string(),
                saved_at: at,
                saved_at_text: String::new(),
                record,
            })
        }),
    }
}

#[allow(clippy::too_many_arguments)]
fn data_actions(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut data: ResMut<Data>,
    mut resume: ResMut<Resume>,
    mut saved: ResMut<SavedAs>,
    mut viewing: ResMut<Viewing>,
    mut history: ResMut<History>,
    mut setup: ResMut<Setup>,
    mut table: Option<ResMut<Table>>,
    cards: Res<Cards>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
    mut log: ResMut<super::flow::GameLog>,
    (forms, talen): (Res<super::Forms>, Res<super::Talen>),
) {
    let tr = talen.tr(setup.screen_lang());
    for action in actions.read() {
        // The export keys write to the path the export field shows, as its buttons do.
        let resolved;
        let action = match action {
            Action::ExportHere(kind) => {
                let typed = match screen.get() {
                    Screen::History => forms.history_export.as_ref(),
                    _ => forms.summary_export.as_ref(),
                };
                let live = current_saved(&viewing, &saved, table.as_deref(), &setup.label);
                resolved = export_action(*screen.get(), *kind, typed, live.as_ref());
                match &resolved {
                    Some(a) => a,
                    None => continue,
                }
            }
            other => other,
        };
        let store = data.store.clone();
        match (screen.get(), action) {
            (Screen::Start, Action::Resume) => {
                let Some(p) = resume.0.take() else { continue };
                match Session::from_record(&p.record) {
                    Ok(session) => {
                        setup.label = p.label.clone();
                        setup.mode = session.selection().mode;
                        setup.field = session.selection().field.clone();
                        setup.wording = session.selection().wording;
                        setup.languages = session.selection().languages.clone();
                        let finished = session.is_finished();
                        log.say("verder spelen na onderbreking");
                        commands.insert_resource(Table::new(session));
                        next.set(if finished {
                            Screen::Summary
                        } else {
                            Screen::Play
                        });
                    }
                    Err(e) => {
                        data.notice =
                            Some(tr.f("melding-verder-lukt-niet", [("fout", e.to_string().into())]))
                    }
                }
            }
            (Screen::Start, Action::DiscardResume) => {
                resume.0 = None;
                if let Some(st) = &store
                    && let Err(e) = st.clear_progress()
                {
                    data.notice = Some(e.to_string());
                }
            }
            // The summary just played stays: "Terug" in the history comes back to it.
            (Screen::Start | Screen::Summary, Action::OpenHistory) => {
                history.back_to = if *screen.get() == Screen::Summary {
                    BackTo::Summary
                } else {
                    BackTo::Start
                };
                next.set(Screen::History);
            }
            (Screen::Summary, Action::Save) => {
                let (Some(st), Some(t), Viewing::Live) = (&store, table.as_mut(), &*viewing) else {
                    continue;
                };
                if saved.0.is_some() {
                    continue;
                }
                // Saved before "Verder spelen": the same file is written again.
                let result = match t.saved_before.take() {
                    Some(before) => st.save_again(&before, &setup.label, &t.session.record()),
                    None => st.save(&setup.label, &t.session.record()),
                };
                match result {
                    Ok(s) => {
                        if let Err(e) = st.clear_progress() {
                            warn!("het bestand van het lopende gesprek blijft staan: {e}");
                        }
                        log.say("bewaard");
                        data.notice = Some(tr.f("melding-bewaard", [("datum", s.date().into())]));
                        saved.0 = Some(s);
                    }
                    Err(e) => data.notice = Some(e.to_string()),
                }
            }
            (Screen::Summary, Action::ContinuePlay) => {
                let (Some(t), Viewing::Live) = (table.as_mut(), &*viewing) else {
                    continue;
                };
                if t.session.reopen().is_ok() {
                    t.saved_before = saved.0.take();
                    log.say("verder spelen na stoppen");
                    next.set(Screen::Play);
                }
            }
            (Screen::Summary | Screen::History, Action::ExportCsv(path)) => {
                let sessions: Vec<SavedSession> = if *screen.get() == Screen::History {
                    history
                        .sessions
                        .iter()
                        .filter(|s| history.label.as_ref().is_none_or(|l| &s.label == l))
                        .cloned()
                        .collect()
                } else {
                    current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                        .into_iter()
                        .collect()
                };
                data.notice = Some(
                    match store::write_atomic(path, store::csv(&sessions).as_bytes()) {
                        Ok(()) => {
                            log.say("export: tabel (CSV)");
                            tr.f(
                                "melding-opgeslagen",
                                [("pad", path.display().to_string().into())],
                            )
                        }
                        Err(e) => e.to_string(),
                    },
                );
            }
            (Screen::Summary, Action::ExportHtml(path)) => {
                let Some(s) = current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                else {
                    continue;
                };
                data.notice = Some(
                    match store::write_atomic(path, store::html(&s, &cards.0).as_bytes()) {
                        Ok(()) => {
                            log.say("export: om te printen (HTML)");
                            tr.f(
                                "melding-opgeslagen-html",
                                [("pad", path.display().to_string().into())],
                            )
                        }
                        Err(e) => e.to_string(),
                    },
                );
            }
            (Screen::History, Action::ViewSaved(id)) => {
                if let Some(s) = history.sessions.iter().find(|s| &s.id == id) {
                    *viewing = Viewing::Saved(s.clone());
                    next.set(Screen::Summary);
                }
            }
            (Screen::History, Action::DeleteSaved(id)) => {
                if let Some(st) = &store {
                    data.notice = Some(match st.delete(id) {
                        Ok(()) => {
                            log.say("gesprek verwijderd");
                            tr.t("melding-verwijderd")
                        }
                        Err(e) => e.to_string(),
                    });
                    let listing = st.list();
                    history.sessions = listing.sessions;
                }
            }
            (Screen::History, Action::DeleteAll) => {
                if let Some(st) = &store {
                    data.notice = Some(match st.delete_all() {
                        Ok(()) => {
                            log.say("alle gegevens verwijderd");
                            tr.t("melding-alles-verwijderd")
                        }
                        Err(e) => e.to_string(),
                    });
                    history.sessions.clear();
                    history.problems.clear();
                    history.label = None;
                    resume.0 = None;
                }
            }
            (Screen::History, Action::SelectLabel(l)) => history.label = l.clone(),
            (Screen::History, Action::Back) => {
                *viewing = Viewing::Live;
                // Back to the summary it came from, while that conversation is still here.
                let summary = history.back_to == BackTo::Summary && table.is_some();
                next.set(if summary {
                    Screen::Summary
                } else {
                    Screen::Start
                });
            }
            (Screen::Summary, Action::Back) if matches!(*viewing, Viewing::Saved(_)) => {
                next.set(Screen::History);
            }
            // The one owner of "Nieuw gesprek" and "Afsluiten": only on the summary just played.
            (Screen::Summary, Action::NewGame) if matches!(*viewing, Viewing::Live) => {
                forget_unsaved(&store, &viewing, &saved);
                // A new conversation is often with someone else: do not carry the code or the
                // client's language over (the professional's stays).
                setup.label.clear();
                setup.languages.client = setup.client_lang_default.clone();
                commands.remove_resource::<Table>();
                next.set(Screen::Start);
            }
            (Screen::Summary, Action::Quit) => {
                forget_unsaved(&store, &viewing, &saved);
                *viewing = Viewing::Live;
                exit.write(AppExit::Success);
            }
            _ => {}
        }
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
