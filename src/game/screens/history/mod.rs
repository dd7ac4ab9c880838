//! History: saved sessions, the trend per code over time, delete and export. This folder is the
//! whole screen: its state (the list, the form), its actions (`apply`) and its view.

mod apply;

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Color32, Layout, RichText, Stroke, Ui};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button, heading, sub};
use super::summary::{export_row, kenmerk_colour};
use crate::deck::Library;
use crate::game::saving::Data;
use crate::game::{Action, ApplySet, Cards, Notices, Screen, Setup, Source, Translations};
use crate::lang::Tr;
use crate::profile::Profile;
use crate::report::fmt1;
use crate::store::SavedSession;

pub fn plugin(app: &mut App) {
    super::state_while::<Form>(app, Screen::History);
    app.init_resource::<History>()
        .add_systems(OnEnter(Screen::History), (refresh, came_from))
        // Leaving forgets a "replace?" that was not answered (the form goes by itself).
        .add_systems(OnExit(Screen::History), |mut d: ResMut<Data>| {
            d.replace = None
        })
        .add_systems(Update, apply::apply.in_set(ApplySet::Screen))
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(in_state(Screen::History)).in_set(style::UiSet),
        );
}

/// The saved conversations, the code whose trend is shown (kept while the game runs), and where
/// "Terug" goes.
#[derive(Resource, Default)]
pub struct History {
    pub sessions: Vec<SavedSession>,
    pub label: Option<String>,
    pub back_to: BackTo,
}

/// The screen the history was opened from.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum BackTo {
    #[default]
    Start,
    Summary,
}

/// The history's form while it is open: the export path a user typed, and a "delete" waiting
/// for its "yes". Gone when the screen closes, so a delete is never armed on arrival.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct Form {
    pub export: Option<String>,
    pub confirm: Confirm,
}

/// What is waiting for a "yes".
#[derive(Debug, Default, Clone, PartialEq)]
pub enum Confirm {
    #[default]
    Nothing,
    Delete(String),
    DeleteAll,
}

/// Reads the data folder's saved conversations, and which could not be read.
fn refresh(data: Res<Data>, mut history: ResMut<History>, mut notices: ResMut<Notices>) {
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

/// "Terug" goes back to the summary when the history was opened from one (also after looking
/// at a saved conversation's summary), else to the start.
fn came_from(mut moves: MessageReader<StateTransitionEvent<Screen>>, mut history: ResMut<History>) {
    if let Some(exited) = moves.read().last().and_then(|m| m.exited) {
        history.back_to = match exited {
            Screen::Summary => BackTo::Summary,
            _ => BackTo::Start,
        };
    }
}

/// Per kenmerk a small line chart over the sessions of one code: client solid, professional
/// dashed, 1 at the bottom, 5 at the top.
fn trend(
    ui: &mut egui::Ui,
    (lib, tr): (&crate::deck::Library, crate::lang::Tr),
    sessions: &[&SavedSession],
) {
    let profiles: Vec<Profile> = sessions
        .iter()
        .map(|s| Profile::of(&s.record, lib))
        .collect();
    for k in &lib.kenmerken {
        if !profiles.iter().any(|p| p.kenmerk(&k.id).is_some()) {
            continue;
        }
        let colour = kenmerk_colour(ui, lib, &k.id);
        ui.horizontal(|ui| {
            ui.add_sized(
                egui::vec2(190.0, 24.0),
                egui::Label::new(
                    RichText::new(&k.name)
                        .font(egui::FontId::new(style::px(ui, 21.0), style::bold())),
                ),
            );
            let (rect, _) = ui.allocate_exact_size(egui::vec2(520.0, 90.0), egui::Sense::hover());
            let p = ui.painter();
            p.rect_filled(rect, 6.0, style::soft_fill(ui));
            let n = profiles.len().max(2) as f32;
            let x = |i: usize| rect.left() + 24.0 + (rect.width() - 48.0) * i as f32 / (n - 1.0);
            let y =
                |v: f64| rect.bottom() - 10.0 - (rect.height() - 20.0) * ((v as f32 - 1.0) / 4.0);
            for (i, s) in sessions.iter().enumerate() {
                p.text(
                    egui::pos2(x(i), rect.bottom() - 1.0),
                    egui::Align2::CENTER_BOTTOM,
                    s.date(),
                    egui::FontId::new(style::px(ui, 12.0), egui::FontFamily::Proportional),
                    style::ink_soft(ui),
                );
            }
            for v in 1..=5 {
                p.line_segment(
                    [
                        egui::pos2(rect.left(), y(f64::from(v))),
                        egui::pos2(rect.right(), y(f64::from(v))),
                    ],
                    Stroke::new(1.0, Color32::from_white_alpha(200)),
                );
            }
            for (who, dashed) in [(0, false), (1, true)] {
                let points: Vec<egui::Pos2> = profiles
                    .iter()
                    .enumerate()
                    .filter_map(|(i, pr)| {
                        let kp = pr.kenmerk(&k.id)?;
                        let v = if who == 0 {
                            kp.client_mean
                        } else {
                            kp.professional_mean
                        }?;
                        Some(egui::pos2(x(i), y(v)))
                    })
                    .collect();
                let stroke = Stroke::new(
                    3.0,
                    if dashed {
                        colour.gamma_multiply(0.75)
                    } else {
                        colour
                    },
                );
                if dashed {
                    p.extend(egui::Shape::dashed_line(&points, stroke, 8.0, 6.0));
                } else if points.len() > 1 {
                    p.add(egui::Shape::line(points.clone(), stroke));
                }
                for pt in &points {
                    if dashed {
                        p.rect_stroke(
                            egui::Rect::from_center_size(*pt, egui::vec2(9.0, 9.0)),
                            1.0,
                            Stroke::new(2.5, colour),
                            egui::StrokeKind::Middle,
                        );
                    } else {
                        p.circle_filled(*pt, 5.0, colour);
                    }
                }
            }
        });
        // The means can stay level while the cards drift apart: how far apart per card, in
        // words under the chart, from old to new.
        let apart: Vec<String> = profiles
            .iter()
            .map(|p| {
                p.kenmerk(&k.id)
                    .and_then(|kp| kp.card_gap_mean)
                    .map_or("–".into(), |m| fmt1(m, tr))
            })
            .collect();
        ui.label(
            RichText::new(tr.f(
                "geschiedenis-per-kaart",
                [("waarden", apart.join(" · ").into())],
            ))
            .size(style::px(ui, 18.0)),
        );
    }
    ui.label(
        RichText::new(tr.t("geschiedenis-lijnen-uitleg"))
            .size(style::px(ui, 18.0))
            .color(style::ink_soft(ui)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    history: Res<History>,
    (data, notices): (Res<Data>, Res<Notices>),
    cards: Res<Cards>,
    setup: Res<Setup>,
    talen: Res<Translations>,
    form: Option<ResMut<Form>>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(setup.screen_lang());
    let Some(mut form) = form else { return Ok(()) };
    let Form { export, confirm } = &mut *form;
    let lib = talen.library(setup.screen_lang(), &cards.0);
    style::paper_page(ctx, "history", 1280.0, |ui| {
        title_row(ui, tr, &mut out);
        if let Some(root) = data.store.as_ref().map(|s| s.root().display().to_string()) {
            ui.label(
                RichText::new(tr.f("geschiedenis-waar", [("map", root.into())]))
                    .size(style::px(ui, 18.0))
                    .color(style::ink_soft(ui)),
            );
        }
        super::notices::show(
            ui,
            &notices,
            super::notices::HISTORY,
            tr,
            19.0,
            style::ink(ui),
        );
        // "Nothing saved yet" only when nothing stood in the way of reading.
        if history.sessions.is_empty() && !notices.has(Source::History) {
            ui.label(RichText::new(tr.t("geschiedenis-leeg")).size(style::px(ui, 22.0)));
        }
        session_list(ui, (lib, tr), &history, confirm, &mut out);
        if let Some(label) = &history.label {
            one_code_over_time(ui, (lib, tr), &history, label, &mut out);
        }
        ui.add_space(8.0);
        ui.separator();
        if !history.sessions.is_empty() {
            let what = history
                .label
                .as_ref()
                .map_or(tr.t("geschiedenis-alle"), |l| {
                    tr.f("hervat-code", [("code", l.as_str().into())])
                });
            ui.label(
                RichText::new(tr.f("geschiedenis-tabel", [("wat", what.into())]))
                    .size(style::px(ui, 19.0)),
            );
            export_row(
                ui,
                tr,
                export,
                crate::game::saving::default_history_export(),
                &mut out,
                false,
            );
        }
        ui.add_space(6.0);
        delete_all_row(ui, tr, confirm, &mut out);
    });
    Ok(())
}

/// The title, "Terug" and "Weergave".
fn title_row(ui: &mut Ui, tr: Tr, out: &mut MessageWriter<Action>) {
    ui.horizontal(|ui| {
        ui.label(heading(ui, &tr.t("start-eerdere")));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if button(
                ui,
                &tr.t("knop-terug"),
                crate::game::screens::keys::hint(&Action::Back),
            )
            .clicked()
            {
                out.write(Action::Back);
            }
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
}

/// The saved conversations, newest first: date, code (choose it to see its line), field,
/// themes, and "Bekijken"/"Verwijderen" (asked once more).
fn session_list(
    ui: &mut Ui,
    (lib, tr): (&Library, Tr),
    history: &History,
    confirm: &mut Confirm,
    out: &mut MessageWriter<Action>,
) {
    egui::Grid::new("sessions")
        .num_columns(5)
        .striped(true)
        .spacing(egui::vec2(22.0, 8.0))
        .show(ui, |ui| {
            if !history.sessions.is_empty() {
                for h in [
                    "geschiedenis-datum",
                    "geschiedenis-code",
                    "start-werkveld",
                    "geschiedenis-themas",
                ] {
                    ui.label(sub(ui, &tr.t(h)));
                }
                ui.end_row();
            }
            for s in history.sessions.iter().rev() {
                session_row(ui, (lib, tr), history, s, confirm, out);
                ui.end_row();
            }
        });
}

fn session_row(
    ui: &mut Ui,
    (lib, tr): (&Library, Tr),
    history: &History,
    s: &SavedSession,
    confirm: &mut Confirm,
    out: &mut MessageWriter<Action>,
) {
    ui.label(RichText::new(s.date()).size(style::px(ui, 20.0)));
    let code = if s.label.is_empty() {
        "–".to_string()
    } else {
        s.label.clone()
    };
    let selected = history.label.as_deref() == Some(s.label.as_str()) && !s.label.is_empty();
    // For a screen reader each row's buttons say which conversation they are for.
    let which = if s.label.is_empty() {
        format!("{}, {}", s.date(), tr.t("hervat-zonder-code"))
    } else {
        format!("{}, {} {}", s.date(), tr.t("geschiedenis-code"), s.label)
    };
    let line = ui
        .add_enabled(
            !s.label.is_empty(),
            egui::Button::new(RichText::new(code).size(style::px(ui, 20.0))).selected(selected),
        )
        .on_hover_text(tr.t("geschiedenis-lijn-tonen"));
    style::speak(
        ui,
        &line,
        egui::WidgetType::Button,
        &format!("{}: {which}", tr.t("geschiedenis-lijn-tonen")),
        Some(selected),
        "",
    );
    if line.clicked() {
        out.write(Action::SelectLabel(Some(s.label.clone())));
    }
    let field = lib
        .field(&s.record.selection.field)
        .map_or(s.record.selection.field.clone(), |f| f.name.clone());
    ui.label(RichText::new(field).size(style::px(ui, 20.0)));
    let themes: Vec<String> = s
        .kenmerken()
        .iter()
        .map(|k| lib.kenmerk(k).map_or(k.clone(), |i| i.name.clone()))
        .collect();
    ui.label(
        RichText::new(if themes.is_empty() {
            "–".into()
        } else {
            themes.join(", ")
        })
        .size(style::px(ui, 19.0)),
    );
    ui.horizontal(|ui| {
        let view = ui.button(tr.t("geschiedenis-bekijken"));
        let name = format!("{}: {which}", tr.t("geschiedenis-bekijken"));
        style::speak(ui, &view, egui::WidgetType::Button, &name, None, "");
        if view.clicked() {
            out.write(Action::ViewSaved(s.id.clone()));
        }
        if *confirm == Confirm::Delete(s.id.clone()) {
            if ui
                .button(RichText::new(tr.t("geschiedenis-ja-verwijderen")).color(style::alert(ui)))
                .clicked()
            {
                out.write(Action::DeleteSaved(s.id.clone()));
                *confirm = Confirm::Nothing;
            }
            if ui.button(tr.t("knop-nee")).clicked() {
                *confirm = Confirm::Nothing;
            }
        } else {
            let delete = ui.button(tr.t("geschiedenis-verwijderen"));
            let name = format!("{}: {which}", tr.t("geschiedenis-verwijderen"));
            style::speak(ui, &delete, egui::WidgetType::Button, &name, None, "");
            if delete.clicked() {
                *confirm = Confirm::Delete(s.id.clone());
            }
        }
    });
}

/// The conversations of one code over time, with "Sluiten".
fn one_code_over_time(
    ui: &mut Ui,
    (lib, tr): (&Library, Tr),
    history: &History,
    label: &str,
    out: &mut MessageWriter<Action>,
) {
    let of_label: Vec<&SavedSession> = history
        .sessions
        .iter()
        .filter(|s| s.label == label)
        .collect();
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label(sub(
            ui,
            &tr.f(
                "geschiedenis-over-de-tijd",
                [("code", label.into()), ("n", of_label.len().into())],
            ),
        ));
        if ui.button(tr.t("knop-sluiten")).clicked() {
            out.write(Action::SelectLabel(None));
        }
    });
    trend(ui, (lib, tr), &of_label);
}

/// "Alles verwijderen", asked once more.
fn delete_all_row(ui: &mut Ui, tr: Tr, confirm: &mut Confirm, out: &mut MessageWriter<Action>) {
    ui.horizontal(|ui| {
        if *confirm == Confirm::DeleteAll {
            ui.label(
                RichText::new(tr.t("geschiedenis-alles-vraag"))
                    .font(egui::FontId::new(style::px(ui, 20.0), style::bold())),
            );
            if ui
                .button(RichText::new(tr.t("geschiedenis-ja-alles")).color(style::alert(ui)))
                .clicked()
            {
                out.write(Action::DeleteAll);
                *confirm = Confirm::Nothing;
            }
            if ui.button(tr.t("knop-nee")).clicked() {
                *confirm = Confirm::Nothing;
            }
        } else if ui.button(tr.t("geschiedenis-alles-verwijderen")).clicked() {
            *confirm = Confirm::DeleteAll;
        }
    });
}
