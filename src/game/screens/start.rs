//! Start: the professional picks the werkveld, the wording, the way of choosing, and a code.

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Layout, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button, choice_button, heading, sub};
use crate::deck::Wording;
use crate::game::saving::{Data, Resume};
use crate::game::{Action, CardProblems, Cards, Screen, Setup};
use crate::session::Mode;
use crate::store::InProgress;

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Start))
            .in_set(super::style::UiSet),
    );
}

fn ui(
    mut contexts: EguiContexts,
    setup: Res<Setup>,
    cards: Res<Cards>,
    problems: Res<CardProblems>,
    resume: Res<Resume>,
    data: Res<Data>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if let Some(p) = &resume.0 {
        resume_dialog(ctx, p, &cards.0, &mut out);
    }
    let mut root = style::root(ctx, "start");
    egui::CentralPanel::no_frame().show(&mut root, |ui| {
        ui.painter().rect_filled(ui.max_rect(), 0.0, style::table());
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(10.0);
                ui.label(
                    RichText::new("Werkalliantiespel")
                        .font(egui::FontId::new(style::px(42.0), style::bold()))
                        .color(style::paper()),
                );
                ui.label(
                    RichText::new("Samen praten over hoe jullie samenwerken.")
                        .size(style::px(22.0))
                        .color(style::paper()),
                );
                ui.add_space(4.0);
            });
            style::centered_sheet(ui, 1180.0, |ui| {
                ui.spacing_mut().item_spacing.y = 8.0;
                ui.horizontal_wrapped(|ui| {
                    ui.label(heading("Voor de professional"));
                    ui.label(
                        RichText::new(format!(
                            "Kies hoe jullie spelen. Daarna kiest de {} de thema's.",
                            cards.0.field(&setup.field).map_or("cliënt", |f| f.client.as_str())
                        ))
                            .size(style::px(21.0))
                            .color(style::ink_soft()),
                    );
                });

                ui.label(sub("Werkveld"));
                ui.horizontal_wrapped(|ui| {
                    for f in &cards.0.fields {
                        if choice_button(ui, &f.name, "", setup.field == f.id, 0.0).clicked() {
                            out.write(Action::SetField(f.id.clone()));
                        }
                    }
                });
                ui.add_space(2.0);
                let wording = |ui: &mut egui::Ui, out: &mut MessageWriter<Action>| {
                    ui.label(sub("Taal op de kaarten"));
                    for (w, name) in [
                        (Wording::B1, "Eenvoudig (B1)"),
                        (Wording::Original, "Woorden van de monitor"),
                    ] {
                        if choice_button(ui, name, "", setup.wording == w, 300.0).clicked() {
                            out.write(Action::SetWording(w));
                        }
                    }
                    ui.label(
                        RichText::new(
                            "De monitor: de vorm voor de reclassering, met de woorden van jullie werkveld.",
                        )
                        .size(style::px(18.0))
                        .color(style::ink_soft()),
                    );
                };
                let mode = |ui: &mut egui::Ui, out: &mut MessageWriter<Action>| {
                    ui.label(sub("Zo kiezen jullie"));
                    ui.horizontal_wrapped(|ui| {
                        for (m, name) in [
                            (Mode::TakeTurns, "Om de beurt"),
                            (Mode::Together, "Tegelijk"),
                            (Mode::Phones, "Op je telefoon"),
                        ] {
                            if choice_button(ui, name, "", setup.mode == m, 185.0).clicked() {
                                out.write(Action::SetMode(m));
                            }
                        }
                    });
                    let explain = match setup.mode {
                        Mode::TakeTurns => "Eén kiest, de ander kijkt even weg. Daarna andersom.",
                        Mode::Together => {
                            "Het scherm in twee delen. Ieder heeft eigen knoppen en toetsen."
                        }
                        Mode::Phones => {
                            "Ieder kiest op de eigen telefoon. Zo ziet niemand je keuze. Jullie hebben hetzelfde wifi nodig."
                        }
                    };
                    ui.label(RichText::new(explain).size(style::px(20.0)).color(style::ink_soft()));
                };
                // Side by side at the usual text size; under each other when the text is larger.
                if crate::game::art::text_scale() > 1.2 {
                    wording(ui, &mut out);
                    ui.add_space(4.0);
                    mode(ui, &mut out);
                } else {
                    ui.columns(2, |cols| {
                        wording(&mut cols[0], &mut out);
                        mode(&mut cols[1], &mut out);
                    });
                }
                ui.add_space(6.0);
                ui.label(sub("Code voor dit gesprek (mag leeg blijven)"));
                ui.horizontal(|ui| {
                    let mut label = setup.label.clone();
                    let edit = egui::TextEdit::singleline(&mut label)
                        .hint_text("bijvoorbeeld K-17")
                        .desired_width(260.0)
                        .char_limit(40)
                        .font(egui::FontId::new(style::px(24.0), egui::FontFamily::Proportional));
                    let field = ui.add(edit);
                    if field.changed() {
                        out.write(Action::SetLabel(label));
                    }
                    // Enter in the field goes on, as everywhere on this screen (it used to
                    // only leave the field, and a second Enter was needed).
                    if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        out.write(Action::Continue);
                    }
                    ui.label(
                        RichText::new("⚠ Gebruik een code, nooit een naam.")
                            .font(egui::FontId::new(style::px(22.0), style::bold()))
                            .color(style::alert()),
                    );
                });
                if !problems.0.is_empty() {
                    ui.add_space(6.0);
                    ui.label(
                        RichText::new(format!(
                            "Let op: {} fout(en) in de kaartbestanden. Die kaarten doen niet mee. \
                                 Meer uitleg: werkalliantiespel --check-cards",
                            problems.0.len()
                        ))
                        .size(style::px(19.0))
                        .color(style::alert()),
                    );
                }
                ui.add_space(8.0);
                let row = egui::vec2(ui.available_width(), 56.0);
                ui.allocate_ui_with_layout(row, Layout::right_to_left(Align::Center), |ui| {
                    if button(ui, "Verder: thema's kiezen", "Enter").clicked() {
                        out.write(Action::Continue);
                    }
                    ui.label(RichText::new("Help: F1").size(style::px(19.0)).color(style::ink_soft()));
                    if data.store.is_some() && button(ui, "Eerdere gesprekken", "E").clicked() {
                        out.write(Action::OpenHistory);
                    }
                });
                if let Some(n) = &data.notice {
                    ui.label(
                        RichText::new(n)
                            .size(style::px(18.0))
                            .color(style::alert()),
                    );
                }
            });
        });
    });
    Ok(())
}

/// After a crash or a closed window: go on with the unfinished session, or throw it away.
fn resume_dialog(
    ctx: &egui::Context,
    p: &InProgress,
    lib: &crate::deck::Library,
    out: &mut MessageWriter<Action>,
) {
    let total = p.record.cards.len();
    let done = p
        .record
        .cards
        .iter()
        .filter(|c| !c.rounds.is_empty() || c.skipped)
        .count();
    let code = if p.label.is_empty() {
        "zonder code".to_string()
    } else {
        format!("code {}", p.label)
    };
    let field = lib
        .field(&p.record.selection.field)
        .map_or(p.record.selection.field.clone(), |f| f.name.clone());
    egui::Window::new("resume")
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .frame(style::sheet().stroke(egui::Stroke::new(4.0, style::gold())))
        .fixed_size(egui::vec2(640.0, 0.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.label(heading("Een gesprek is nog niet af"));
            ui.label(
                RichText::new(format!(
                    "Gesprek {code} · {field} · {done} van de {total} kaarten gehad."
                ))
                .size(style::px(22.0)),
            );
            ui.label(
                RichText::new("Willen jullie verder waar jullie waren?").size(style::px(22.0)),
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if button(ui, "Verder spelen", "Enter").clicked() {
                    out.write(Action::Resume);
                }
                if button(ui, "Weggooien", "").clicked() {
                    out.write(Action::DiscardResume);
                }
            });
        });
}
