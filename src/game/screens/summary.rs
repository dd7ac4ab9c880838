//! Summary (first version): per kenmerk both views side by side, then the cards to remember.

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Color32, Layout, RichText, Stroke};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button, heading, sub};
use crate::deck::{GoodWhen, Library, Perspective};
use crate::game::{Action, Cards, Screen, Table};
use crate::profile::Profile;
use crate::session::Choice;

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Summary))
            .in_set(super::style::UiSet),
    );
}

fn colour(lib: &Library, kenmerk: &str) -> Color32 {
    lib.kenmerk(kenmerk).map_or(style::INK_SOFT, |k| {
        Color32::from_rgb(k.colour.0, k.colour.1, k.colour.2)
    })
}

fn choice_words(lib: &Library, c: Choice) -> String {
    match (c, &lib.scale) {
        (Choice::Score(v), Some(s)) => s.point(v).map_or(v.to_string(), |p| p.label.clone()),
        (Choice::Pass, Some(s)) => s.pass_label.clone(),
        (Choice::Score(v), None) => v.to_string(),
        (Choice::Pass, None) => "overgeslagen".into(),
    }
}

fn fmt1(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

/// One bar from 1 to 5 with the value written beside it.
fn bar(ui: &mut egui::Ui, who: &str, value: Option<f64>, color: Color32, hatched: bool) {
    ui.horizontal(|ui| {
        ui.add_sized(
            egui::vec2(150.0, 30.0),
            egui::Label::new(RichText::new(who).size(21.0)),
        );
        let (rect, _) = ui.allocate_exact_size(egui::vec2(360.0, 28.0), egui::Sense::hover());
        let p = ui.painter();
        p.rect_filled(rect, 6.0, Color32::from_rgb(232, 226, 212));
        if let Some(v) = value {
            let w = rect.width() * ((v - 1.0) / 4.0).clamp(0.02, 1.0) as f32;
            let r = egui::Rect::from_min_size(rect.min, egui::vec2(w, rect.height()));
            p.rect_filled(r, 6.0, color);
            if hatched {
                // the professional's bar gets stripes, so the two differ without colour
                let mut x = r.left() + 6.0;
                while x < r.right() {
                    p.line_segment(
                        [
                            egui::pos2(x, r.bottom()),
                            egui::pos2((x + 10.0).min(r.right()), r.top()),
                        ],
                        Stroke::new(2.0, Color32::from_white_alpha(110)),
                    );
                    x += 12.0;
                }
            }
        }
        let text = value.map_or("—".to_string(), fmt1);
        ui.label(RichText::new(text).font(egui::FontId::new(24.0, style::bold())));
    });
}

fn ui(
    mut contexts: EguiContexts,
    table: Option<Res<Table>>,
    cards: Res<Cards>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lib = &cards.0;
    let Some(table) = table else { return Ok(()) };
    let record = table.session.record();
    let profile = Profile::of(&record, lib);
    let field = lib.field(&record.selection.field);
    let mut root = style::root(ctx, "summary");
    egui::CentralPanel::no_frame().show(&mut root, |ui| {
        ui.painter().rect_filled(ui.max_rect(), 0.0, style::TABLE);
        egui::ScrollArea::vertical().show(ui, |ui| {
            let width = ui.available_width().min(1240.0);
            ui.vertical_centered(|ui| {
                ui.set_max_width(width);
                ui.add_space(12.0);
                style::sheet().show(ui, |ui| {
                    ui.set_width(width - 72.0);
                    ui.horizontal(|ui| {
                        ui.label(heading("Zo kijken jullie naar de samenwerking"));
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            if button(ui, "Afsluiten", "").clicked() {
                                out.write(Action::Quit);
                            }
                            if button(ui, "Nieuw gesprek", "N").clicked() {
                                out.write(Action::NewGame);
                            }
                        });
                    });
                    let played: usize = record.cards.iter().filter(|c| !c.rounds.is_empty()).count();
                    ui.label(RichText::new(format!("Jullie bespraken {played} van de {} kaarten.", record.cards.len())).size(22.0));
                    if profile.kenmerken.is_empty() {
                        ui.label(RichText::new("Er is geen kaart omgedraaid. Er is nog niets te laten zien.").size(22.0));
                    }
                    for k in &profile.kenmerken {
                        let c = colour(lib, &k.kenmerk);
                        let info = lib.kenmerk(&k.kenmerk);
                        ui.add_space(6.0);
                        ui.horizontal(|ui| {
                            let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 34.0), egui::Sense::hover());
                            ui.painter().rect_filled(r, 3.0, c);
                            ui.label(RichText::new(info.map_or(k.kenmerk.as_str(), |i| i.name.as_str())).font(egui::FontId::new(28.0, style::bold())));
                            if info.is_some_and(|i| i.good_when == GoodWhen::Low) {
                                ui.label(RichText::new("(lager is beter)").size(20.0).color(style::INK_SOFT));
                            }
                        });
                        bar(ui, "Cliënt", k.client_mean, c, false);
                        bar(ui, "Professional", k.professional_mean, c.gamma_multiply(0.75), true);
                        let mut words = match k.gap() {
                            Some(g) if g < 0.5 => "Op één lijn.".to_string(),
                            Some(g) if g < 1.5 => format!("Klein verschil ({}).", fmt1(g)),
                            Some(g) => format!("Jullie kijken er anders naar (verschil {}).", fmt1(g)),
                            None => "Geen verschil te berekenen.".to_string(),
                        };
                        let passes = k.client_passed + k.professional_passed;
                        if passes > 0 {
                            words.push_str(&format!(" {passes} keer overgeslagen."));
                        }
                        ui.label(RichText::new(words).size(21.0).color(style::INK_SOFT));
                        if k.kenmerk == "vertrouwen" && k.gap().is_some_and(|g| g >= 2.0) {
                            ui.label(
                                RichText::new("Let op: bij Vertrouwen is een groot verschil belangrijk om samen te bespreken.")
                                    .font(egui::FontId::new(21.0, style::bold()))
                                    .color(Color32::from_rgb(150, 60, 0)),
                            );
                        }
                    }
                    let remembered: Vec<_> = profile.cards.iter().filter(|c| c.marked || !c.note.is_empty()).collect();
                    ui.add_space(10.0);
                    ui.label(sub("Om later verder over te praten"));
                    if remembered.is_empty() {
                        ui.label(RichText::new("Geen kaarten gemarkeerd of met een notitie.").size(21.0));
                    }
                    for c in remembered {
                        let Some(card) = lib.card(&c.card) else { continue };
                        let text = field.map_or(card.client.b1.clone(), |f| card.text(Perspective::Client, record.selection.wording, f));
                        ui.horizontal_wrapped(|ui| {
                            if c.marked {
                                ui.label(RichText::new("★").size(22.0).color(Color32::from_rgb(200, 140, 0)));
                            }
                            ui.label(RichText::new(text).font(egui::FontId::new(21.0, style::bold())));
                        });
                        ui.label(RichText::new(format!(
                            "Cliënt: {} · Professional: {}",
                            choice_words(lib, c.client),
                            choice_words(lib, c.professional)
                        )).size(20.0));
                        if !c.note.is_empty() {
                            ui.label(RichText::new(format!("Notitie: {}", c.note)).size(20.0).italics());
                        }
                    }
                });
                ui.add_space(12.0);
            });
        });
    });
    Ok(())
}
