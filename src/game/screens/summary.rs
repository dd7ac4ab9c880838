//! Summary: per kenmerk both views side by side as a picture, the biggest gaps, then the cards
//! to remember. From here: "Bewaren", export, history, a new conversation.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText, Stroke};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button, heading, sub};
use crate::deck::{GoodWhen, Library, Perspective};
use crate::game::saving::{self, Data, SavedAs, Viewing};
use crate::game::table::seat_name;
use crate::game::{Action, Cards, Forms, Screen, Setup, Table, Talen};
use crate::lang::Tr;
use crate::profile::{KenmerkProfile, Profile};
use crate::session::{Choice, Player};
use crate::store::SavedSession;

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Summary)).in_set(style::UiSet),
    );
}

pub fn kenmerk_colour(lib: &Library, kenmerk: &str) -> Color32 {
    lib.kenmerk(kenmerk)
        .map_or(style::ink_soft(), |k| style::kenmerk(k.colour).0)
}

pub fn choice_words(lib: &Library, c: Choice, wording: crate::deck::Wording, tr: Tr) -> String {
    match (c, &lib.scale) {
        (Choice::Score(v), Some(s)) => s
            .point(v)
            .map_or(v.to_string(), |p| p.word(wording).to_string()),
        (Choice::Pass, Some(s)) => s.pass_label.clone(),
        (Choice::Score(v), None) => v.to_string(),
        (Choice::Pass, None) => tr.t("verschil-overgeslagen"),
    }
}

/// A number with one decimal, with the language's decimal mark ("1,5" in Dutch).
pub fn fmt1(x: f64, tr: Tr) -> String {
    format!("{x:.1}").replace('.', &tr.t("getal-komma"))
}

/// One bar from 1 to 5 with the value written beside it. The professional's bar is striped, so
/// the two differ without colour.
fn bar(ui: &mut egui::Ui, tr: Tr, who: &str, value: Option<f64>, color: Color32, striped: bool) {
    ui.horizontal(|ui| {
        // Wide enough for the field's longest word ("Reclasseringswerker"), so the bars line up.
        ui.add_sized(
            egui::vec2(220.0, 28.0),
            egui::Label::new(RichText::new(who).size(style::px(20.0))),
        );
        let (rect, _) = ui.allocate_exact_size(egui::vec2(320.0, 26.0), egui::Sense::hover());
        let p = ui.painter();
        p.rect_filled(rect, 6.0, Color32::from_rgb(232, 226, 212));
        for i in 1..4 {
            let x = rect.left() + rect.width() * i as f32 / 4.0;
            p.line_segment(
                [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
                Stroke::new(1.0, Color32::from_white_alpha(160)),
            );
        }
        if let Some(v) = value {
            let w = rect.width() * ((v - 1.0) / 4.0).clamp(0.02, 1.0) as f32;
            let r = egui::Rect::from_min_size(rect.min, egui::vec2(w, rect.height()));
            p.rect_filled(r, 6.0, color);
            if striped {
                let mut x = r.left() + 6.0;
                while x < r.right() {
                    p.line_segment(
                        [
                            egui::pos2(x, r.bottom()),
                            egui::pos2((x + 10.0).min(r.right()), r.top()),
                        ],
                        Stroke::new(2.5, Color32::from_white_alpha(130)),
                    );
                    x += 11.0;
                }
            }
        }
        ui.label(
            RichText::new(value.map_or("–".to_string(), |v| fmt1(v, tr)))
                .font(egui::FontId::new(style::px(24.0), style::bold())),
        );
    });
}

fn gap_text(k: &KenmerkProfile, tr: Tr) -> String {
    let mut words = match k.gap() {
        Some(g) if g < 0.5 => tr.t("overzicht-een-lijn"),
        Some(g) if g < 1.5 => tr.f(
            "overzicht-klein-verschil",
            [("verschil", fmt1(g, tr).into())],
        ),
        Some(g) => tr.f(
            "overzicht-groot-verschil",
            [("verschil", fmt1(g, tr).into())],
        ),
        None => tr.t("overzicht-geen-verschil"),
    };
    let passes = k.client_passed + k.professional_passed;
    if passes > 0 {
        words.push(' ');
        words.push_str(&tr.f("overzicht-overgeslagen", [("n", passes.into())]));
    }
    words
}

fn card_line(
    ui: &mut egui::Ui,
    (lib, tr): (&Library, Tr),
    session: &SavedSession,
    c: &crate::profile::CardResult,
) {
    let Some(card) = lib.card(&c.card) else {
        return;
    };
    let field = lib.field(&session.record.selection.field);
    let text = field.map_or(card.client.b1.clone(), |f| {
        card.text(Perspective::Client, session.record.selection.wording, f)
    });
    ui.horizontal_wrapped(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(8.0, 22.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(r, 2.0, kenmerk_colour(lib, &c.kenmerk));
        if c.marked {
            ui.label(
                RichText::new("★")
                    .size(style::px(22.0))
                    .color(Color32::from_rgb(190, 130, 0)),
            );
        }
        ui.label(RichText::new(text).font(egui::FontId::new(style::px(21.0), style::bold())));
    });
    let wording = session.record.selection.wording;
    ui.label(
        RichText::new(format!(
            "{}: {} · {}: {}{}",
            seat_name(Player::Client, field),
            choice_words(lib, c.client, wording, tr),
            seat_name(Player::Professional, field),
            choice_words(lib, c.professional, wording, tr),
            if c.rounds > 1 {
                format!(
                    " · {}",
                    tr.f("overzicht-keer-gekozen", [("n", c.rounds.into())])
                )
            } else {
                String::new()
            }
        ))
        .size(style::px(20.0)),
    );
    if !c.note.is_empty() {
        ui.label(
            RichText::new(tr.f("overzicht-notitie", [("notitie", c.note.as_str().into())]))
                .size(style::px(20.0))
                .italics(),
        );
    }
}

/// The profile picture and the card lists, shared with the history screen.
pub fn profile_view(ui: &mut egui::Ui, (lib, tr): (&Library, Tr), session: &SavedSession) {
    let profile = Profile::of(&session.record, lib);
    let played = session
        .record
        .cards
        .iter()
        .filter(|c| !c.rounds.is_empty())
        .count();
    ui.label(
        RichText::new(tr.f(
            "overzicht-besproken",
            [
                ("n", played.into()),
                ("totaal", session.record.cards.len().into()),
            ],
        ))
        .size(style::px(22.0)),
    );
    if profile.kenmerken.is_empty() {
        ui.label(RichText::new(tr.t("overzicht-niets")).size(style::px(22.0)));
        return;
    }
    let columns = if ui.available_width() > 1000.0 { 2 } else { 1 };
    egui::Grid::new("profile")
        .num_columns(columns)
        .spacing(egui::vec2(40.0, 10.0))
        .show(ui, |ui| {
            for (i, k) in profile.kenmerken.iter().enumerate() {
                ui.vertical(|ui| {
                    let c = kenmerk_colour(lib, &k.kenmerk);
                    let info = lib.kenmerk(&k.kenmerk);
                    ui.horizontal(|ui| {
                        let (r, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 30.0), egui::Sense::hover());
                        ui.painter().rect_filled(r, 3.0, c);
                        ui.label(
                            RichText::new(info.map_or(k.kenmerk.as_str(), |i| i.name.as_str()))
                                .font(egui::FontId::new(style::px(27.0), style::bold())),
                        );
                        if info.is_some_and(|i| i.good_when == GoodWhen::Low) {
                            ui.label(
                                RichText::new(tr.t("overzicht-lager-beter"))
                                    .size(style::px(20.0))
                                    .color(style::ink_soft()),
                            );
                        }
                    });
                    let field = lib.field(&session.record.selection.field);
                    bar(
                        ui,
                        tr,
                        &seat_name(Player::Client, field),
                        k.client_mean,
                        c,
                        false,
                    );
                    bar(
                        ui,
                        tr,
                        &seat_name(Player::Professional, field),
                        k.professional_mean,
                        c.gamma_multiply(0.8),
                        true,
                    );
                    ui.label(
                        RichText::new(gap_text(k, tr))
                            .size(style::px(20.0))
                            .color(style::ink_soft()),
                    );
                    if k.kenmerk == "vertrouwen" && k.gap().is_some_and(|g| g >= 2.0) {
                        ui.label(
                            RichText::new(format!("⚠ {}", tr.t("overzicht-vertrouwen-let-op")))
                                .font(egui::FontId::new(style::px(20.0), style::bold()))
                                .color(style::alert()),
                        );
                    }
                    // Stroefheid as a sum is weak: show its cards one by one as well.
                    if info.is_some_and(|i| i.good_when == GoodWhen::Low) {
                        let field = lib.field(&session.record.selection.field);
                        for c in profile.cards.iter().filter(|c| c.kenmerk == k.kenmerk) {
                            if let (Some(card), Some(field)) = (lib.card(&c.card), field) {
                                let text = card.text(
                                    Perspective::Client,
                                    session.record.selection.wording,
                                    field,
                                );
                                ui.label(
                                    RichText::new(format!(
                                        "• {}: {} / {}",
                                        text.trim_end_matches('.'),
                                        choice_words(
                                            lib,
                                            c.client,
                                            session.record.selection.wording,
                                            tr
                                        ),
                                        choice_words(
                                            lib,
                                            c.professional,
                                            session.record.selection.wording,
                                            tr
                                        )
                                    ))
                                    .size(style::px(18.0)),
                                );
                            }
                        }
                    }
                });
                if (i + 1) % columns == 0 {
                    ui.end_row();
                }
            }
        });
    ui.add_space(8.0);
    // First what they see the same, then where they differ.
    let agreed: Vec<_> = profile.cards.iter().filter(|c| c.gap == Some(0)).collect();
    ui.label(sub(&tr.t("overzicht-hetzelfde")));
    if agreed.is_empty() {
        ui.label(RichText::new(tr.t("overzicht-geen-hetzelfde")).size(style::px(20.0)));
    }
    for c in agreed.iter().take(4) {
        card_line(ui, (lib, tr), session, c);
    }
    ui.add_space(6.0);
    let biggest: Vec<_> = profile
        .cards
        .iter()
        .filter(|c| c.gap.is_some_and(|g| g >= 2))
        .take(4)
        .collect();
    ui.label(sub(&tr.t("overzicht-grootste")));
    if biggest.is_empty() {
        ui.label(RichText::new(tr.t("overzicht-geen-groot")).size(style::px(20.0)));
    }
    for c in biggest {
        card_line(ui, (lib, tr), session, c);
    }
    ui.add_space(6.0);
    ui.label(sub(&tr.t("overzicht-later")));
    let remembered: Vec<_> = profile
        .cards
        .iter()
        .filter(|c| c.marked || !c.note.is_empty())
        .collect();
    if remembered.is_empty() {
        ui.label(RichText::new(tr.t("overzicht-geen-later")).size(style::px(20.0)));
    }
    for c in remembered {
        card_line(ui, (lib, tr), session, c);
    }
}

/// The export row: a path the user can change, and two buttons.
pub fn export_row(
    ui: &mut egui::Ui,
    tr: Tr,
    path: &mut Option<String>,
    default: String,
    out: &mut MessageWriter<Action>,
    html: bool,
) {
    let mut text = path.clone().unwrap_or(default);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr.t("export-naar")).size(style::px(20.0)));
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(520.0)
                .font(egui::FontId::new(
                    style::px(19.0),
                    egui::FontFamily::Proportional,
                )),
        );
        let base = text
            .trim_end_matches(".csv")
            .trim_end_matches(".html")
            .to_string();
        if button(ui, &tr.t("export-csv"), "C").clicked() {
            out.write(Action::ExportCsv(format!("{base}.csv").into()));
        }
        if html && button(ui, &tr.t("export-html"), "P").clicked() {
            out.write(Action::ExportHtml(format!("{base}.html").into()));
        }
    });
    *path = Some(text);
}

#[allow(clippy::too_many_arguments)]
fn ui(
    mut contexts: EguiContexts,
    table: Option<Res<Table>>,
    cards: Res<Cards>,
    setup: Res<Setup>,
    viewing: Res<Viewing>,
    saved: Res<SavedAs>,
    data: Res<Data>,
    talen: Res<Talen>,
    mut forms: ResMut<Forms>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(session) = saving::current_saved(&viewing, &saved, table.as_deref(), &setup.label)
    else {
        return Ok(());
    };
    // In the language the client played in.
    let code = session.record.selection.languages.client.clone();
    let (lib, tr) = (talen.library(&code, &cards.0), talen.tr(&code));
    let old = matches!(*viewing, Viewing::Saved(_));
    let can_go_on = !old && table.as_ref().is_some_and(|t| t.session.can_reopen());
    style::paper_page(ctx, "summary", 1280.0, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(heading(&tr.t("overzicht-titel")));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if style::small_button(ui, &tr.t("knop-weergave"), "F2").clicked() {
                    out.write(Action::ToggleLook);
                }
            });
        });
        ui.label(RichText::new(tr.t("overzicht-geen-cijfer")).size(style::px(21.0)));
        // The way on: its own row, so the heading never hides a button.
        ui.horizontal_wrapped(|ui| {
            if old {
                if button(ui, &tr.t("knop-terug"), "Esc").clicked() {
                    out.write(Action::Back);
                }
            } else {
                // Stopped early: the cards that are left can still be played.
                if can_go_on && button(ui, &tr.t("hervat-verder"), "V").clicked() {
                    out.write(Action::ContinuePlay);
                }
                if button(ui, &tr.t("overzicht-nieuw"), "N").clicked() {
                    out.write(Action::NewGame);
                }
                if button(ui, &tr.t("overzicht-afsluiten"), "").clicked() {
                    out.write(Action::Quit);
                }
            }
        });
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
            .size(style::px(20.0))
            .color(style::ink_soft()),
        );
        // Saving: nothing is kept unless the professional chooses it.
        if !old {
            egui::Frame::new()
                .fill(style::soft_fill())
                .corner_radius(10)
                .inner_margin(12)
                .show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| match (&saved.0, &data.store) {
                        (Some(_), _) => {
                            ui.label(
                                RichText::new(format!("✔ {}", tr.t("bewaren-klaar")))
                                    .font(egui::FontId::new(style::px(21.0), style::bold())),
                            );
                        }
                        (None, Some(_)) => {
                            if button(ui, &tr.t("bewaren"), "B").clicked() {
                                out.write(Action::Save);
                            }
                            let under = if session.label.is_empty() {
                                tr.t("hervat-zonder-code")
                            } else {
                                tr.f(
                                    "bewaren-onder-code",
                                    [("code", session.label.as_str().into())],
                                )
                            };
                            ui.label(
                                RichText::new(tr.f("bewaren-uitleg", [("onder", under.into())]))
                                    .size(style::px(19.0)),
                            );
                        }
                        (None, None) => {
                            ui.label(RichText::new(tr.t("bewaren-kan-niet")).size(style::px(19.0)));
                        }
                    });
                });
        }
        if let Some(n) = &data.notice {
            // In ink, not blue: a path is hard enough to read.
            ui.label(RichText::new(n).size(style::px(19.0)).color(style::ink()));
        }
        ui.add_space(4.0);
        profile_view(ui, (lib, tr), &session);
        ui.add_space(10.0);
        ui.separator();
        let default = saving::default_export(&session, "csv");
        export_row(ui, tr, &mut forms.summary_export, default, &mut out, true);
        if !old && data.store.is_some() && button(ui, &tr.t("start-eerdere"), "E").clicked() {
            out.write(Action::OpenHistory);
        }
    });
    Ok(())
}
