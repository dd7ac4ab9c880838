//! What the players' actions do to the files: resume, "Bewaren", export, history, delete.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use super::export::export_action;
use super::*;
use crate::game::{Action, Cards, Setup};
use crate::report;
use crate::session::{Move, Session};

/// The saving state the actions change, as one system parameter.
#[derive(SystemParam)]
pub(super) struct SavingState<'w> {
    data: ResMut<'w, Data>,
    resume: ResMut<'w, Resume>,
    saved: ResMut<'w, SavedAs>,
    viewing: ResMut<'w, Viewing>,
    history: ResMut<'w, History>,
}

pub(super) fn data_actions(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    state: SavingState,
    mut setup: ResMut<Setup>,
    mut table: Option<ResMut<Table>>,
    cards: Res<Cards>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
    mut log: ResMut<crate::game::flow::GameLog>,
    (forms, talen): (Res<crate::game::Forms>, Res<crate::game::Talen>),
    mut notices: ResMut<Notices>,
) {
    let SavingState {
        mut data,
        mut resume,
        mut saved,
        mut viewing,
        mut history,
    } = state;
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
                    Err(e) => notices.say(
                        Source::Answer,
                        tr.f("melding-verder-lukt-niet", [("fout", e.words(tr).into())]),
                    ),
                }
            }
            (Screen::Start, Action::DiscardResume) => {
                resume.0 = None;
                if let Some(st) = &store
                    && let Err(e) = st.clear_progress()
                {
                    notices.say(Source::Answer, e.words(tr));
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
                    Some(before) => st.save_again(&before, &setup.label, &t.session().record()),
                    None => st.save(&setup.label, &t.session().record()),
                };
                match result {
                    Ok(s) => {
                        if let Err(e) = st.clear_progress() {
                            warn!("het bestand van het lopende gesprek blijft staan: {e}");
                        }
                        log.say("bewaard");
                        notices.say(
                            Source::Answer,
                            tr.f("melding-bewaard", [("datum", s.date().into())]),
                        );
                        saved.0 = Some(s);
                    }
                    Err(e) => notices.say(Source::Answer, e.words(tr)),
                }
            }
            (Screen::Summary, Action::ContinuePlay) => {
                let (Some(t), Viewing::Live) = (table.as_mut(), &*viewing) else {
                    continue;
                };
                if t.apply(Move::Reopen).is_ok() {
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
                // The long table, and beside it one row per session per theme.
                let summary = report::summary_path(path);
                if let Some(notice) = export_refused(&mut data, &[path, &summary], tr) {
                    notices.say(Source::Answer, notice);
                    continue;
                }
                let written = store::write_atomic(path, report::csv(&sessions).as_bytes())
                    .and_then(|()| {
                        store::write_atomic(
                            &summary,
                            report::summary_csv(&sessions, &cards.0).as_bytes(),
                        )
                    });
                notices.say(
                    Source::Answer,
                    match written {
                        Ok(()) => {
                            log.say("export: tabel (CSV) en per thema");
                            tr.f(
                                "melding-opgeslagen-twee",
                                [
                                    ("pad", path.display().to_string().into()),
                                    ("pad2", summary.display().to_string().into()),
                                ],
                            )
                        }
                        Err(e) => e.words(tr),
                    },
                );
            }
            (Screen::Summary, Action::ExportHtml(path)) => {
                let Some(s) = current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                else {
                    continue;
                };
                // In the language the client played in, as the summary on screen.
                let code = &s.record.selection.languages.client;
                let page = report::html(&s, talen.library(code, &cards.0), talen.tr(code));
                if let Some(notice) = export_refused(&mut data, &[path], tr) {
                    notices.say(Source::Answer, notice);
                    continue;
                }
                notices.say(
                    Source::Answer,
                    match store::write_atomic(path, page.as_bytes()) {
                        Ok(()) => {
                            log.say("export: om te printen (HTML)");
                            tr.f(
                                "melding-opgeslagen-html",
                                [("pad", path.display().to_string().into())],
                            )
                        }
                        Err(e) => e.words(tr),
                    },
                );
            }
            (Screen::History, Action::ViewSaved(id)) => {
                if let Some(s) = history.sessions.iter().find(|s| &s.id == id) {
                    *viewing = Viewing::Saved(Box::new(s.clone()));
                    next.set(Screen::Summary);
                }
            }
            (Screen::History, Action::DeleteSaved(id)) => {
                if let Some(st) = &store {
                    notices.say(
                        Source::Answer,
                        match st.delete(id) {
                            Ok(()) => {
                                log.say("gesprek verwijderd");
                                tr.t("melding-verwijderd")
                            }
                            Err(e) => e.words(tr),
                        },
                    );
                    let listing = st.list();
                    history.sessions = listing.sessions;
                }
            }
            (Screen::History, Action::DeleteAll) => {
                if let Some(st) = &store {
                    notices.say(
                        Source::Answer,
                        match st.delete_all() {
                            Ok(()) => {
                                log.say("alle gegevens verwijderd");
                                tr.t("melding-alles-verwijderd")
                            }
                            Err(e) => e.words(tr),
                        },
                    );
                    history.sessions.clear();
                    notices.clear(Source::History);
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

/// Why an export does not write now, in the reader's words; `None` when it may. A file that is
/// there already is replaced only when the same export is asked for once more, right after.
fn export_refused(
    data: &mut Data,
    paths: &[&std::path::Path],
    tr: crate::lang::Tr,
) -> Option<String> {
    let first = paths.first()?.to_path_buf();
    let replace = data.replace.take().is_some_and(|p| p == first);
    match store::export_check(paths, replace) {
        Ok(()) => None,
        Err(store::ExportCheck::NoFolder(dir)) => Some(tr.f(
            "melding-map-bestaat-niet",
            [("map", dir.display().to_string().into())],
        )),
        Err(store::ExportCheck::Exists(file)) => {
            data.replace = Some(first);
            Some(tr.f(
                "melding-bestand-bestaat-al",
                [("pad", file.display().to_string().into())],
            ))
        }
    }
}
