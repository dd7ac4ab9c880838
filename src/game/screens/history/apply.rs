//! What the history's actions do: open a saved conversation, delete one or everything, the
//! trend of one code, the table of them all, and back.

use bevy::prelude::*;

use super::{BackTo, Form, History};
use crate::game::log::GameLog;
use crate::game::saving::dialog::{self, OpenSaveWindow};
use crate::game::saving::export::{default_history_export, export_csv, export_path, export_xlsx};
use crate::game::saving::{Data, Resume, Viewing};
use crate::game::{
    Action, Cards, Conversation, Export, Notices, Screen, Setup, Source, Translations,
};

pub(super) fn apply(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    (setup, cards, talen, table): (
        Res<Setup>,
        Res<Cards>,
        Res<Translations>,
        Option<Res<Conversation>>,
    ),
    (mut data, mut viewing, mut history, mut resume): (
        ResMut<Data>,
        ResMut<Viewing>,
        ResMut<History>,
        ResMut<Resume>,
    ),
    mut form: Option<ResMut<Form>>,
    (mut notices, mut log): (ResMut<Notices>, ResMut<GameLog>),
    mut windows: MessageWriter<OpenSaveWindow>,
    packs: Res<crate::game::Packs>,
) {
    if !crate::game::screens::shows(Screen::History, &screen, &mut actions) {
        return;
    }
    let tr = talen.tr(setup.screen_lang());
    for action in actions.read() {
        let typed = form.as_ref().and_then(|f| f.export.clone());
        let action = match action {
            Action::ExportHere(Export::Csv) => {
                Action::ExportCsv(export_path(typed.as_ref(), default_history_export(), "csv"))
            }
            Action::ExportHere(Export::Xlsx) => Action::ExportXlsx(export_path(
                typed.as_ref(),
                default_history_export(),
                "xlsx",
            )),
            // The save window starts where the export field points; the tables only here.
            Action::ChooseExportPlace => {
                let start = export_path(typed.as_ref(), default_history_export(), "csv");
                let kinds = [Export::Csv, Export::Xlsx];
                windows.write(dialog::ask(tr, Screen::History, start, &kinds));
                continue;
            }
            Action::ExportChosen(kind, path) => {
                let Some(f) = form.as_mut() else { continue };
                dialog::take_chosen(*kind, path.clone(), &mut f.export, &mut data.replace)
            }
            other => other.clone(),
        };
        match action {
            Action::ViewSaved(id) => {
                if let Some(s) = history.sessions.iter().find(|s| s.id == id) {
                    *viewing = Viewing::Saved(Box::new(s.clone()));
                    next.set(Screen::Summary);
                }
            }
            Action::DeleteSaved(id) => {
                let Some(st) = data.store.clone() else {
                    continue;
                };
                notices.say(
                    Source::Answer,
                    match st.delete(&id) {
                        Ok(()) => {
                            log.say("gesprek verwijderd");
                            // The list without it: reading a long list again would take a
                            // while. The folder as it is now counts as read.
                            history.sessions.retain(|s| s.id != id);
                            history.restamp(&st);
                            tr.t("melding-verwijderd")
                        }
                        Err(e) => e.words(tr),
                    },
                );
            }
            Action::DeleteAll => {
                let Some(st) = data.store.clone() else {
                    continue;
                };
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
            Action::SelectLabel(l) => history.label = l,
            // The table of every conversation shown (one code's, or all).
            Action::ExportCsv(ref path) | Action::ExportXlsx(ref path) => {
                let sessions: Vec<_> = history
                    .sessions
                    .iter()
                    .filter(|s| history.label.as_ref().is_none_or(|l| &s.label == l))
                    .cloned()
                    .collect();
                let said = if matches!(action, Action::ExportCsv(_)) {
                    let libs = packs.libraries(crate::lang::BASE, (&cards, &talen));
                    export_csv(&sessions, path, &libs, &mut data, &mut log, tr)
                } else {
                    // For the professional's team: in the professional's language.
                    let code = &setup.languages.professional;
                    let libs = packs.libraries(code, (&cards, &talen));
                    export_xlsx(
                        &sessions,
                        path,
                        (&libs, talen.tr(code)),
                        &mut data,
                        &mut log,
                        tr,
                    )
                };
                notices.say(Source::Export, said);
            }
            Action::Back => {
                *viewing = Viewing::Live;
                // Back to the summary it came from, while that conversation is still here.
                let summary = history.back_to == BackTo::Summary && table.is_some();
                next.set(if summary {
                    Screen::Summary
                } else {
                    Screen::Start
                });
            }
            _ => {}
        }
    }
}
