//! The profile as a picture: per kenmerk both means as bars, the verdict from the cards, and the
//! cards that were the same, far apart, or marked. Shared with the history screen.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText, Stroke};

use crate::deck::{GoodWhen, Library, Perspective};
use crate::game::screens::style::{self, sub};
use crate::game::table::seat_name;
use crate::lang::Tr;
use crate::profile::FAR_APART;
use crate::profile::Profile;
use crate::report::{choice_words, mean_words, verdict_words};
use crate::session::Player;
use crate::store::SavedSession;

pub fn kenmerk_colour(ui: &egui::Ui, lib: &Library, kenmerk: &str) -> Color32 {
    lib.kenmerk(kenmerk)
        .map_or(style::ink_soft(ui), |k| style::kenmerk(ui, k.colour).0)
}

/// One bar from 1 to the scale's last step, with no number beside it: a mean such as "3,0" reads as a school mark
/// (the numbers are in the exports for the professional's file). The professional's bar is
/// striped, so the two differ without colour. No bar at all: "–".
///
/// A screen reader hears the bar in words: who, and the scale's word nearest to it.
fn bar(
    ui: &mut egui::Ui,
    (who, spoken): (&str, &str),
    (value, steps): (Option<f64>, u8),
    color: Color32,
    (striped, name_width): (bool, f32),
) {
    let span = f32::from(steps.max(2)) - 1.0;
    ui.horizontal(|ui| {
        // As wide as the longer seat name at this text size, so both bars start at one x.
        name_cell(ui, who, name_width);
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(BAR_WIDTH, 26.0), egui::Sense::hover());
        let said = format!("{who}: {spoken}");
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, said.clone()));
        let p = ui.painter();
        p.rect_filled(rect, 6.0, Color32::from_rgb(232, 226, 212));
        for i in 1..steps.max(2) - 1 {
            let x = rect.left() + rect.width() * f32::from(i) / span;
            p.line_segment(
                [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
                Stroke::new(1.0, Color32::from_white_alpha(160)),
            );
        }
        if let Some(v) = value {
            let w = rect.width() * ((v as f32 - 1.0) / span).clamp(0.02, 1.0);
            let r = egui::Rect::from_min_size(rect.min, egui::vec2(w, rect.height()));
            fill_bar(p, r, color, striped);
        }
        if value.is_none() {
            ui.label(
                RichText::new("–").font(egui::FontId::new(style::px(ui, 24.0), style::bold())),
            );
        }
    });
}

/// The width of the bars (at every text size: the names beside them grow, the bars do not).
const BAR_WIDTH: f32 = 320.0;

/// A seat's name in a cell of `width`, so what follows starts at one x.
fn name_cell(ui: &mut egui::Ui, who: &str, width: f32) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, 28.0),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.add(
                egui::Label::new(RichText::new(who).size(style::px(ui, 20.0)))
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
        },
    );
}

/// The width the longer of `names` needs at this text size.
fn names_width(ui: &egui::Ui, names: &[&str]) -> f32 {
    names
        .iter()
        .map(|n| {
            ui.painter()
                .layout_no_wrap(
                    n.to_string(),
                    egui::FontId::new(style::px(ui, 20.0), egui::FontFamily::Proportional),
                    style::ink(ui),
                )
                .size()
                .x
        })
        .fold(0.0, f32::max)
        + 16.0
}

/// A bar's filled part: the client's plain, the professional's striped (they differ without
/// colour).
fn fill_bar(p: &egui::Painter, r: egui::Rect, color: Color32, striped: bool) {
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

/// What the bars mean, once above them: whose bar is plain and whose striped, and which end is
/// which, in the scale's own words.
fn legend(
    ui: &mut egui::Ui,
    (lib, tr): (&Library, Tr),
    (client, professional): (&str, &str),
    wording: crate::deck::Wording,
) {
    use crate::session::Choice::Score;
    // Each piece on its own in the wrapping row, so a long name moves to the next line.
    let swatch = |ui: &mut egui::Ui, who: &str, striped: bool| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(56.0, 22.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(r, 6.0, Color32::from_rgb(232, 226, 212));
        fill_bar(ui.painter(), r, style::ink_soft(ui), striped);
        ui.label(RichText::new(who).size(style::px(ui, 20.0)));
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr.t("overzicht-legenda-balk"))
                .size(style::px(ui, 20.0))
                .color(style::ink_soft(ui)),
        );
        swatch(ui, client, false);
        ui.add_space(8.0);
        swatch(ui, professional, true);
    });
    // The two ends, in the scale's own words.
    let low = choice_words(lib, Score(1), wording, tr);
    let high = choice_words(lib, Score(lib.steps()), wording, tr);
    ui.label(
        RichText::new(tr.f(
            "overzicht-legenda-eind",
            [("laag", low.into()), ("hoog", high.into())],
        ))
        .size(style::px(ui, 20.0))
        .color(style::ink_soft(ui)),
    );
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
            .rect_filled(r, 2.0, kenmerk_colour(ui, lib, &c.kenmerk));
        if c.marked {
            ui.label(
                RichText::new("★")
                    .size(style::px(ui, 22.0))
                    .color(Color32::from_rgb(190, 130, 0)),
            );
        }
        ui.label(RichText::new(text).font(egui::FontId::new(style::px(ui, 21.0), style::bold())));
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
        .size(style::px(ui, 20.0)),
    );
    if !c.note.is_empty() {
        ui.label(
            RichText::new(tr.f("overzicht-notitie", [("notitie", c.note.as_str().into())]))
                .size(style::px(ui, 20.0))
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
        .size(style::px(ui, 22.0)),
    );
    // The players' own cards first: what they chose to talk about. No kenmerk, no bars; their
    // sentence and both choices.
    if !profile.own.is_empty() {
        ui.add_space(4.0);
        ui.label(sub(ui, &tr.t("eigen-kaarten")));
        for c in &profile.own {
            own_line(ui, (lib, tr), session, c);
        }
        ui.add_space(8.0);
    }
    if profile.kenmerken.is_empty() {
        if profile.own.is_empty() {
            ui.label(RichText::new(tr.t("overzicht-niets")).size(style::px(ui, 22.0)));
        }
        return;
    }
    // "Raad de ander": what "dichtbij" means, once.
    if profile.kenmerken.iter().any(|k| k.guessed.is_some()) {
        ui.label(
            RichText::new(tr.t("overzicht-raden-uitleg"))
                .size(style::px(ui, 20.0))
                .color(style::ink_soft(ui)),
        );
    }
    let field = lib.field(&session.record.selection.field);
    let names = (
        seat_name(Player::Client, field),
        seat_name(Player::Professional, field),
    );
    let name_width = names_width(ui, &[&names.0, &names.1]);
    legend(
        ui,
        (lib, tr),
        (&names.0, &names.1),
        session.record.selection.wording,
    );
    let columns = if ui.available_width() > 2.0 * (name_width + BAR_WIDTH) + 120.0 {
        2
    } else {
        1
    };
    egui::Grid::new("profile")
        .num_columns(columns)
        .spacing(egui::vec2(40.0, 10.0))
        .show(ui, |ui| {
            for (i, k) in profile.kenmerken.iter().enumerate() {
                ui.vertical(|ui| {
                    let c = kenmerk_colour(ui, lib, &k.kenmerk);
                    let info = lib.kenmerk(&k.kenmerk);
                    ui.horizontal(|ui| {
                        let (r, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 30.0), egui::Sense::hover());
                        ui.painter().rect_filled(r, 3.0, c);
                        style::deck_pictogram(
                            ui,
                            info.and_then(|i| i.pictogram),
                            style::px(ui, 32.0).min(56.0),
                            c,
                        );
                        // The deck's name as the client chose it ("Contact"), and the
                        // research's name under which the monitor knows it ("Binding").
                        ui.label(
                            RichText::new(info.map_or(k.kenmerk.as_str(), |i| i.label.as_str()))
                                .font(egui::FontId::new(style::px(ui, 27.0), style::bold())),
                        );
                        if let Some(i) = info.filter(|i| i.label != i.name) {
                            ui.label(
                                RichText::new(format!("({})", i.name))
                                    .size(style::px(ui, 20.0))
                                    .color(style::ink_soft(ui)),
                            );
                        }
                        if info.is_some_and(|i| i.good_when == GoodWhen::Low) {
                            ui.label(
                                RichText::new(tr.t("overzicht-lager-beter"))
                                    .size(style::px(ui, 20.0))
                                    .color(style::ink_soft(ui)),
                            );
                        }
                    });
                    let field = lib.field(&session.record.selection.field);
                    let wording = session.record.selection.wording;
                    let said = |mean| mean_words(lib, mean, wording, tr);
                    bar(
                        ui,
                        (&seat_name(Player::Client, field), &said(k.client_mean)),
                        (k.client_mean, session.record.selection.steps),
                        c,
                        (false, name_width),
                    );
                    bar(
                        ui,
                        (
                            &seat_name(Player::Professional, field),
                            &said(k.professional_mean),
                        ),
                        (k.professional_mean, session.record.selection.steps),
                        c.gamma_multiply(0.8),
                        (true, name_width),
                    );
                    // The verdict from the cards, not from the means: equal means can hide
                    // cards far apart. In words only: the mean gap per card ("gemiddeld 3,2")
                    // is for the professional's export.
                    ui.label(
                        RichText::new(verdict_words(k, tr))
                            .font(egui::FontId::new(style::px(ui, 20.0), style::bold())),
                    );
                    // "Raad de ander": one line for both; no points, no winner.
                    let names = (
                        seat_name(Player::Client, field),
                        seat_name(Player::Professional, field),
                    );
                    for line in crate::report::guess_words(k, tr) {
                        ui.label(RichText::new(line).size(style::px(ui, 20.0)));
                    }
                    // Plain words, no alarm, where the pack says one (the monitor: a gap on
                    // trust is a reason to talk, not a fault).
                    if let Some(line) = info
                        .and_then(|i| i.when_apart.as_ref())
                        .filter(|_| k.apart())
                    {
                        ui.label(
                            RichText::new(line)
                                .size(style::px(ui, 20.0))
                                .color(style::ink(ui)),
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
                                // Whose choice is whose, by name, never "X / Y".
                                let wording = session.record.selection.wording;
                                ui.label(
                                    RichText::new(format!(
                                        "• {}: {}: {} · {}: {}",
                                        text.trim_end_matches('.'),
                                        names.0,
                                        choice_words(lib, c.client, wording, tr),
                                        names.1,
                                        choice_words(lib, c.professional, wording, tr),
                                    ))
                                    .size(style::px(ui, 18.0)),
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
    ui.label(sub(ui, &tr.t("overzicht-hetzelfde")));
    if agreed.is_empty() {
        ui.label(RichText::new(tr.t("overzicht-geen-hetzelfde")).size(style::px(ui, 20.0)));
    }
    for c in agreed.iter().take(4) {
        card_line(ui, (lib, tr), session, c);
    }
    ui.add_space(6.0);
    let biggest: Vec<_> = profile
        .cards
        .iter()
        .filter(|c| c.gap.is_some_and(|g| g >= FAR_APART))
        .take(4)
        .collect();
    ui.label(sub(ui, &tr.t("overzicht-grootste")));
    if biggest.is_empty() {
        ui.label(RichText::new(tr.t("overzicht-geen-groot")).size(style::px(ui, 20.0)));
    }
    for c in biggest {
        card_line(ui, (lib, tr), session, c);
    }
    ui.add_space(6.0);
    ui.label(sub(ui, &tr.t("overzicht-later")));
    let remembered: Vec<_> = profile
        .cards
        .iter()
        .filter(|c| c.marked || !c.note.is_empty())
        .collect();
    if remembered.is_empty() {
        ui.label(RichText::new(tr.t("overzicht-geen-later")).size(style::px(ui, 20.0)));
    }
    for c in remembered {
        card_line(ui, (lib, tr), session, c);
    }
}

fn own_line(
    ui: &mut egui::Ui,
    (lib, tr): (&Library, Tr),
    session: &SavedSession,
    c: &crate::profile::OwnResult,
) {
    let field = lib.field(&session.record.selection.field);
    ui.horizontal_wrapped(|ui| {
        if c.marked {
            ui.label(
                RichText::new("★")
                    .size(style::px(ui, 22.0))
                    .color(Color32::from_rgb(190, 130, 0)),
            );
        }
        ui.label(
            RichText::new(&c.text).font(egui::FontId::new(style::px(ui, 21.0), style::bold())),
        );
    });
    let wording = session.record.selection.wording;
    ui.label(
        RichText::new(format!(
            "{}: {} · {}: {}",
            seat_name(Player::Client, field),
            choice_words(lib, c.client, wording, tr),
            seat_name(Player::Professional, field),
            choice_words(lib, c.professional, wording, tr),
        ))
        .size(style::px(ui, 20.0)),
    );
    if !c.note.is_empty() {
        ui.label(
            RichText::new(tr.f("overzicht-notitie", [("notitie", c.note.as_str().into())]))
                .size(style::px(ui, 20.0))
                .italics(),
        );
    }
}
