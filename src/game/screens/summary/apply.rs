//! What the summary's actions do: "Bewaren", export, "Verder spelen" after stopping, the
//! history, a new conversation, closing the game; back to the history for an old one.

use bevy::prelude::*;

use super::ExportField;
use crate::game::log::GameLog;
use crate::game::saving::dialog::{self, OpenSaveWindow};
use crate::game::saving::export::{
    default_export, export_csv, export_html, export_path, export_xlsx,
};
use crate::game::saving::{Data, SavedAs, Viewing, current_saved, forget_unsaved};
use crate::game::{
    Action, Cards, Conversation, Export, Notices, Screen, Setup, Source, Translations,
};
use crate::session::Move;

pub(super) fn apply(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut setup: ResMut<Setup>,
    mut table: Option<ResMut<Conversation>>,
    (cards, talen, packs): (Res<Cards>, Res<Translations>, Res<crate::game::Packs>),
    (mut data, mut saved, mut viewing): (ResMut<Data>, ResMut<SavedAs>, ResMut<Viewing>),
    mut field: Option<ResMut<ExportField>>,
    (mut notices, mut log): (ResMut<Notices>, ResMut<GameLog>),
    mut windows: MessageWriter<OpenSaveWindow>,
    mut commands: Commands,
    (mut exit, mut ask): (
        MessageWriter<AppExit>,
        ResMut<crate::game::screens::leave::AskLeave>,
    ),
) {
    use crate::game::screens::leave::{Leave, unsaved};
    if !crate::game::screens::shows(Screen::Summary, &screen, &mut actions) {
        return;
    }
    let tr = talen.tr(setup.screen_lang());
    for action in actions.read() {
        let live = matches!(*viewing, Viewing::Live);
        // The conversation this summary is about (just played, or from the history): see
        // `current_saved`.
        // The export keys write to the path the export field shows, as its buttons do.
        let typed = field.as_ref().and_then(|f| f.0.clone());
        let action = match action {
            Action::ExportHere(kind) => {
                let Some(s) = current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                else {
                    continue;
                };
                let default = default_export(&s, "csv");
                match kind {
                    Export::Csv => Action::ExportCsv(export_path(typed.as_ref(), default, "csv")),
                    Export::Html => {
                        Action::ExportHtml(export_path(typed.as_ref(), default, "html"))
                    }
                    Export::Xlsx => {
                        Action::ExportXlsx(export_path(typed.as_ref(), default, "xlsx"))
                    }
                }
            }
            // The save window starts where the export field points.
            Action::ChooseExportPlace => {
                let Some(s) = current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                else {
                    continue;
                };
                let start = export_path(typed.as_ref(), default_export(&s, "csv"), "csv");
                let kinds = [Export::Csv, Export::Xlsx, Export::Html];
                windows.write(dialog::ask(tr, Screen::Summary, start, &kinds));
                continue;
            }
            Action::ExportChosen(kind, path) => {
                let Some(f) = field.as_mut() else { continue };
                dialog::take_chosen(*kind, path.clone(), &mut f.0, &mut data.replace)
            }
            // Leaving a conversation not kept asks first ("Terug" is the default).
            Action::NewGame | Action::Quit if live && unsaved(&viewing, &saved) => {
                let kind = if *action == Action::NewGame {
                    Leave::NewGame
                } else {
                    Leave::Quit
                };
                log.say("vraag: nog niet bewaard");
                ask.0 = Some(kind);
                continue;
            }
            // The answers: without keeping it, or kept first (when keeping fails, the question
            // closes and the summary says why).
            Action::LeaveWithoutSaving | Action::LeaveSave => {
                let Some(kind @ (Leave::NewGame | Leave::Quit)) = ask.0 else {
                    continue;
                };
                ask.0 = None;
                let leave = if kind == Leave::NewGame {
                    Action::NewGame
                } else {
                    Action::Quit
                };
                let kept = *action == Action::LeaveWithoutSaving
                    || save(
                        &mut data,
                        &mut table,
                        &setup,
                        &mut saved,
                        (&mut notices, &mut log),
                        tr,
                    );
                if !kept {
                    continue;
                }
                leave
            }
            other => other.clone(),
        };
        match action {
            Action::Save if live && saved.0.is_none() => {
                save(
                    &mut data,
                    &mut table,
                    &setup,
                    &mut saved,
                    (&mut notices, &mut log),
                    tr,
                );
            }
            Action::ContinuePlay if live => {
                let Some(t) = table.as_mut() else { continue };
                if t.apply(Move::Reopen).is_ok() {
                    t.saved_before = saved.0.take();
                    log.say("verder spelen na stoppen");
                    next.set(Screen::Play);
                }
            }
            Action::ExportCsv(path) => {
                let sessions: Vec<_> =
                    current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                        .into_iter()
                        .collect();
                let libs = packs.libraries(crate::lang::BASE, (&cards, &talen));
                let said = export_csv(&sessions, &path, &libs, &mut data, &mut log, tr);
                notices.say(Source::Export, said);
            }
            Action::ExportXlsx(path) => {
                let Some(s) = current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                else {
                    continue;
                };
                // For the professional's team: in the professional's language.
                let code = s.record.selection.languages.professional.clone();
                let libs = packs.libraries(&code, (&cards, &talen));
                let said = export_xlsx(
                    &[s],
                    &path,
                    (&libs, talen.tr(&code)),
                    &mut data,
                    &mut log,
                    tr,
                );
                notices.say(Source::Export, said);
            }
            Action::ExportHtml(path) => {
                let Some(s) = current_saved(&viewing, &saved, table.as_deref(), &setup.label)
                else {
                    continue;
                };
                // The client's copy in the language the client played in, as the summary on
                // screen; the professional's file in the professional's.
                use crate::report::{Reader, html};
                let langs = &s.record.selection.languages;
                let (c, p) = (&langs.client, &langs.professional);
                let (dutch, book) = packs.book(&s.record.selection.pack, (&cards, &talen));
                let client_page = html(&s, book.library(c, dutch), book.tr(c), Reader::Client);
                let pro_page = html(&s, book.library(p, dutch), book.tr(p), Reader::Professional);
                let said = export_html((&client_page, &pro_page), &path, &mut data, &mut log, tr);
                notices.say(Source::Export, said);
            }
            // The summary just played stays: "Terug" in the history comes back to it.
            Action::OpenHistory => next.set(Screen::History),
            Action::Back if !live => next.set(Screen::History),
            // The one owner of "Nieuw gesprek" and "Afsluiten": only on the summary just played.
            Action::NewGame if live => {
                log.say("nieuw gesprek");
                forget_unsaved(&data.store, &viewing, &saved);
                // A new conversation is often with someone else: do not carry the code or the
                // client's language over (the professional's stays).
                setup.label.clear();
                setup.languages.client = setup.client_lang_default.clone();
                commands.remove_resource::<Conversation>();
                next.set(Screen::Start);
            }
            Action::Quit => {
                forget_unsaved(&data.store, &viewing, &saved);
                *viewing = Viewing::Live;
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
}

/// "Bewaren": keeps the conversation just played; true when it was kept (the summary then says
/// so, and otherwise why not).
fn save(
    data: &mut Data,
    table: &mut Option<ResMut<Conversation>>,
    setup: &Setup,
    saved: &mut SavedAs,
    (notices, log): (&mut Notices, &mut GameLog),
    tr: crate::lang::Tr,
) -> bool {
    let (Some(st), Some(t)) = (data.store.clone(), table.as_mut()) else {
        return false;
    };
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
            true
        }
        Err(e) => {
            notices.say(Source::Answer, e.words(tr));
            false
        }
    }
}
