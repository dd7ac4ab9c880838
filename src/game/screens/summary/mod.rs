//! Summary: per kenmerk both views side by side as a picture, the biggest gaps, then the cards
//! to remember. From here: "Bewaren", export, history, a new conversation.

mod apply;
mod profile;

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::game::saving::{self, Data, SavedAs, Viewing};
use crate::game::screens::style::{self, button, heading};
use crate::game::{
    Action, ApplySet, Cards, Conversation, Export, Notices, Screen, Setup, Translations,
};
use crate::lang::Tr;

pub use profile::{kenmerk_colour, profile_view};

/// The export path a user typed on this summary; gone when the screen closes.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct ExportField(pub Option<String>);

/// Closing the window on the summary counts as leaving it: a conversation not kept leaves no
/// file behind.
fn forget_unsaved_on_exit(
    mut exits: MessageReader<AppExit>,
    screen: Res<State<Screen>>,
    data: Res<Data>,
    viewing: Res<Viewing>,
    saved: Res<SavedAs>,
) {
    if exits.read().next().is_some() && *screen.get() == Screen::Summary {
        saving::forget_unsaved(&data.store, &viewing, &saved);
    }
}

pub fn plugin(app: &mut App) {
    // The typed path goes with the screen (the next conversation never sees this one's file
    // name), and so does a "replace?" that was not answered.
    super::state_while::<ExportField>(app, Screen::Summary);
    app.add_systems(OnExit(Screen::Summary), |mut d: ResMut<Data>| {
        d.replace = None
    })
    .add_systems(OnExit(Screen::Summary), saving::dialog::forget)
    .add_systems(Update, apply::apply.in_set(ApplySet::Screen))
    // After Bevy's own exit systems (closing the window), or their exit is not seen before the
    // app stops.
    .add_systems(
        Last,
        forget_unsaved_on_exit.after(bevy::window::ExitSystems),
    )
    .add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Summary)).in_set(style::UiSet),
    );
}

/// The export row: a file name the user can change (the folder by its name only: the whole path
/// is not for the shared screen), the system's save window to choose a place ("Kies een plek…",
/// waiting while that window is open), the export buttons, and under them what the last export
/// did.
pub fn export_row(
    ui: &mut egui::Ui,
    (tr, notices): (Tr, &Notices),
    path: &mut Option<String>,
    default: String,
    out: &mut MessageWriter<Action>,
    (html, window_open): (bool, bool),
) {
    let full = path.clone().unwrap_or(default);
    let (folder, mut name) = split_export_path(&full);
    style::takes_stray_letter(ui, egui::Id::new(EXPORT_FIELD));
    let mut text = full.clone();
    ui.horizontal_wrapped(|ui| {
        let title = ui.label(RichText::new(tr.t("export-naar")).size(style::px(ui, 20.0)));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut name)
                    .id(egui::Id::new(EXPORT_FIELD))
                    .desired_width(360.0)
                    .font(egui::FontId::new(
                        style::px(ui, 19.0),
                        egui::FontFamily::Proportional,
                    )),
            )
            .labelled_by(title.id);
        if edit.changed() {
            text = join_export_path(&folder, &name);
        }
        if let Some(f) = folder.file_name() {
            ui.label(
                RichText::new(tr.f("export-in-map", [("map", f.to_string_lossy().into())]))
                    .size(style::px(ui, 19.0))
                    .color(style::ink_soft(ui)),
            );
        }
        // While the save window is open: words, not a greyed button (AccessKit tells a screen
        // reader every button is usable, greyed or not).
        if window_open {
            ui.label(RichText::new(tr.t("export-venster-open")).size(style::px(ui, 20.0)));
        } else if button(
            ui,
            &tr.t("export-kies-plek"),
            crate::game::screens::keys::hint(&Action::ChooseExportPlace),
        )
        .clicked()
        {
            out.write(Action::ChooseExportPlace);
        }
        let base = crate::game::saving::export::without_ending(&text).to_string();
        if button(
            ui,
            &tr.t("export-csv"),
            crate::game::screens::keys::hint(&Action::ExportHere(Export::Csv)),
        )
        .clicked()
        {
            out.write(Action::ExportCsv(format!("{base}.csv").into()));
        }
        if button(
            ui,
            &tr.t("export-xlsx"),
            crate::game::screens::keys::hint(&Action::ExportHere(Export::Xlsx)),
        )
        .clicked()
        {
            out.write(Action::ExportXlsx(format!("{base}.xlsx").into()));
        }
        if html
            && button(
                ui,
                &tr.t("export-html"),
                crate::game::screens::keys::hint(&Action::ExportHere(Export::Html)),
            )
            .clicked()
        {
            out.write(Action::ExportHtml(format!("{base}.html").into()));
        }
    });
    // What the export did, where the eye is: right under the buttons. A new answer (an export
    // by its key, with the buttons out of view) scrolls the page to it.
    super::notices::show(
        ui,
        notices,
        super::notices::EXPORT,
        tr,
        19.0,
        style::ink(ui),
    );
    let said = notices.get(crate::game::Source::Export).map(str::to_owned);
    let seen = egui::Id::new("export-answer-seen");
    if said.is_some() && ui.data(|d| d.get_temp::<Option<String>>(seen)) != Some(said.clone()) {
        ui.scroll_to_cursor(Some(egui::Align::Max));
    }
    ui.data_mut(|d| d.insert_temp(seen, said));
    *path = Some(text);
}

/// The egui id of the export field (stray letters go into it: see `keys`).
pub const EXPORT_FIELD: &str = "export-field";

/// A typed or chosen export path as (its folder, its file name without the export ending).
pub fn split_export_path(full: &str) -> (std::path::PathBuf, String) {
    let base = crate::game::saving::export::without_ending(full);
    let p = std::path::Path::new(base);
    let name = p
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into());
    let folder = p
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    (folder, name)
}

/// The path from the folder and a typed name; a name with a folder in it (`/`, `\\`) is taken
/// as the whole path, as typed.
pub fn join_export_path(folder: &std::path::Path, name: &str) -> String {
    if name.contains(['/', '\\']) || folder.as_os_str().is_empty() {
        name.to_string()
    } else {
        folder.join(name).display().to_string()
    }
}

fn ui(
    mut contexts: EguiContexts,
    table: Option<Res<Conversation>>,
    cards: Res<Cards>,
    setup: Res<Setup>,
    viewing: Res<Viewing>,
    saved: Res<SavedAs>,
    (data, notices): (Res<Data>, Res<Notices>),
    (talen, packs): (Res<Translations>, Res<crate::game::Packs>),
    export_field: Option<ResMut<ExportField>>,
    save_window: Option<Res<saving::dialog::Open>>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut export_field) = export_field else {
        return Ok(());
    };
    let Some(session) = saving::current_saved(&viewing, &saved, table.as_deref(), &setup.label)
    else {
        return Ok(());
    };
    // In the language the client played in.
    let code = session.record.selection.languages.client.clone();
    let (dutch, book) = packs.book(&session.record.selection.pack, (&cards, &talen));
    let (lib, tr) = (book.library(&code, dutch), book.tr(&code));
    let old = matches!(*viewing, Viewing::Saved(_));
    let can_go_on = !old && table.as_ref().is_some_and(|t| t.session().can_reopen());
    style::paper_page(ctx, "summary", 1280.0, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(heading(ui, &tr.t("overzicht-titel")));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if style::small_button(
                    ui,
                    &tr.t("knop-weergave"),
                    crate::game::screens::keys::hint(&Action::ToggleLook),
                )
                .clicked()
                {
                    out.write(Action::ToggleLook);
                }
            });
        });
        // Which card game, where there is more than one.
        let text = if packs.0.len() > 1 {
            format!("{} · {}", lib.pack.name, tr.t("overzicht-geen-cijfer"))
        } else {
            tr.t("overzicht-geen-cijfer")
        };
        ui.label(RichText::new(text).size(style::px(ui, 21.0)));
        // Saving first, in reading order: nothing is kept unless the professional chooses it.
        if !old {
            save_box(ui, tr, (&saved, &data), &session.label, &mut out);
        }
        // The way on: its own row, so the heading never hides a button.
        way_on(ui, tr, (old, can_go_on), &mut out);
        let code = if session.label.is_empty() {
            tr.t("hervat-zonder-code")
        } else {
            tr.f("hervat-code", [("code", session.label.as_str().into())])
        };
        let field = lib
            .field(&session.record.selection.field)
            .map_or(session.record.selection.field.clone(), |f| f.name.clone());
        ui.label(
            RichText::new(format!(
                "{}{}",
                tr.f(
                    "overzicht-gesprek",
                    [("code", code.into()), ("werkveld", field.into())]
                ),
                if old {
                    format!(" · {}", session.date())
                } else {
                    String::new()
                }
            ))
            .size(style::px(ui, 20.0))
            .color(style::ink_soft(ui)),
        );
        // In ink, not blue.
        super::notices::show(
            ui,
            &notices,
            super::notices::SUMMARY,
            tr,
            19.0,
            style::ink(ui),
        );
        ui.add_space(4.0);
        profile_view(ui, (lib, tr), &session);
        ui.add_space(10.0);
        ui.separator();
        let default = saving::default_export(&session, "csv");
        let window_open = save_window.is_some();
        export_row(
            ui,
            (tr, &notices),
            &mut export_field.0,
            default,
            &mut out,
            (true, window_open),
        );
        if !old
            && data.store.is_some()
            && button(
                ui,
                &tr.t("start-eerdere"),
                crate::game::screens::keys::hint(&Action::OpenHistory),
            )
            .clicked()
        {
            out.write(Action::OpenHistory);
        }
    });
    Ok(())
}

/// "Terug" on an old conversation; on a new one "Verder spelen" (stopped early), "Nieuw gesprek"
/// and "Afsluiten".
fn way_on(
    ui: &mut egui::Ui,
    tr: Tr,
    (old, can_go_on): (bool, bool),
    out: &mut MessageWriter<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        if old {
            if button(
                ui,
                &tr.t("knop-terug"),
                crate::game::screens::keys::hint(&Action::Back),
            )
            .clicked()
            {
                out.write(Action::Back);
            }
        } else {
            // Stopped early: the cards that are left can still be played.
            if can_go_on
                && button(
                    ui,
                    &tr.t("hervat-verder"),
                    crate::game::screens::keys::hint(&Action::ContinuePlay),
                )
                .clicked()
            {
                out.write(Action::ContinuePlay);
            }
            if button(
                ui,
                &tr.t("overzicht-nieuw"),
                crate::game::screens::keys::hint(&Action::NewGame),
            )
            .clicked()
            {
                out.write(Action::NewGame);
            }
            if button(ui, &tr.t("overzicht-afsluiten"), "").clicked() {
                out.write(Action::Quit);
            }
        }
    });
}

/// "Bewaren" with where it goes, "Bewaard" once done, or why it cannot be kept.
fn save_box(
    ui: &mut egui::Ui,
    tr: Tr,
    (saved, data): (&SavedAs, &Data),
    label: &str,
    out: &mut MessageWriter<Action>,
) {
    let shown = egui::Frame::new()
        .fill(style::soft_fill(ui))
        .corner_radius(10)
        .inner_margin(12)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| match (&saved.0, &data.store) {
                (Some(_), _) => {
                    ui.label(
                        RichText::new(format!("✔ {}", tr.t("bewaren-klaar")))
                            .font(egui::FontId::new(style::px(ui, 21.0), style::bold())),
                    );
                }
                (None, Some(_)) => {
                    if button(
                        ui,
                        &tr.t("bewaren"),
                        crate::game::screens::keys::hint(&Action::Save),
                    )
                    .clicked()
                    {
                        out.write(Action::Save);
                    }
                    let under = if label.is_empty() {
                        tr.t("hervat-zonder-code")
                    } else {
                        tr.f("bewaren-onder-code", [("code", label.into())])
                    };
                    ui.label(
                        RichText::new(tr.f("bewaren-uitleg", [("onder", under.into())]))
                            .size(style::px(ui, 19.0)),
                    );
                }
                (None, None) => {
                    ui.label(RichText::new(tr.t("bewaren-kan-niet")).size(style::px(ui, 19.0)));
                }
            });
        });
    // Just kept (by its key, with the page scrolled down to the exports): the page goes up to
    // say so.
    let kept = egui::Id::new("save-answer-seen");
    let now = saved.0.is_some();
    if now && !ui.data(|d| d.get_temp::<bool>(kept).unwrap_or(false)) {
        ui.scroll_to_rect(shown.response.rect, Some(egui::Align::Center));
    }
    ui.data_mut(|d| d.insert_temp(kept, now));
}
