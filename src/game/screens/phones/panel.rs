//! Phones at the table: a seat held by a phone, and the panel with the QR code.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};

use crate::game::Action;
use crate::game::screens::style::{self};
use crate::game::table::seat_name;
use crate::lang::Tr;
use crate::session::{Mode, Player};

use super::PhoneLink;

/// A seat that chooses on its phone: whether the phone is there, and a way to take the seat
/// back when it is gone for good.
pub(crate) fn phone_seat(
    ui: &mut egui::Ui,
    tr: Tr,
    p: Player,
    phones: Option<&PhoneLink>,
    out: &mut MessageWriter<Action>,
) {
    let connected = phones.is_some_and(|l| l.connected[p]);
    ui.add_space(12.0);
    if connected {
        ui.label(RichText::new(tr.t("telefoon-verbonden")).size(style::px(ui, 22.0)));
    } else {
        ui.label(
            RichText::new(tr.t("telefoon-even-weg"))
                .size(style::px(ui, 22.0))
                .color(style::ink_soft(ui)),
        );
        ui.add_space(6.0);
        if ui
            .button(RichText::new(tr.t("telefoon-kies-hier")).size(style::px(ui, 20.0)))
            .clicked()
        {
            out.write(Action::FreeSeat(p));
        }
    }
}

/// "Doe mee met je telefoon": the QR code and address, who is connected, and "Spelen".
pub(crate) fn phones_panel(
    ctx: &egui::Context,
    tr: Tr,
    link: Option<&PhoneLink>,
    trouble: Option<&str>,
    field: Option<&crate::deck::Field>,
    out: &mut MessageWriter<Action>,
) {
    egui::Modal::new(egui::Id::new("phones"))
        .frame(style::sheet(ctx))
        .show(ctx, |ui| {
            ui.set_width(900.0);
            ui.label(style::heading(ui, &tr.t("telefoon-titel")));
            ui.add_space(8.0);
            // With large text the steps and the seats scroll; the title and "Spelen" stay in view.
            let room = (ui.ctx().content_rect().height() - style::px(ui, 170.0)).max(160.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    ui.horizontal_top(|ui| {
                        if let Some(link) = link.filter(|l| !l.qr.is_empty()) {
                            qr(ui, &link.qr, 300.0);
                            ui.add_space(20.0);
                        }
                        ui.vertical(|ui| {
                            ui.set_width(540.0);
                            for line in ["telefoon-stap-1", "telefoon-stap-2", "telefoon-stap-3"]
                                .map(|k| tr.t(k))
                            {
                                ui.label(RichText::new(line).size(style::px(ui, 22.0)));
                                ui.add_space(4.0);
                            }
                            if let Some(url) = link.and_then(|l| l.url.as_deref()) {
                                ui.add_space(6.0);
                                ui.label(
                                    RichText::new(tr.t("telefoon-adres")).size(style::px(ui, 18.0)),
                                );
                                ui.label(RichText::new(url).monospace().size(style::px(ui, 16.0)));
                            }
                            if let Some(t) = trouble {
                                ui.add_space(8.0);
                                ui.label(
                                    RichText::new(t)
                                        .size(style::px(ui, 20.0))
                                        .color(style::alert(ui)),
                                );
                            }
                            ui.add_space(10.0);
                            for p in Player::ALL {
                                let status = tr.t(match link {
                                    Some(l) if l.connected[p] => "telefoon-status-verbonden",
                                    Some(l) if l.held[p] => "telefoon-status-weg",
                                    // Until a phone came, the seat waits for one (it may
                                    // still choose on this computer once the other came).
                                    Some(l) if !l.ever_joined => "telefoon-status-wacht",
                                    _ => "telefoon-status-computer",
                                });
                                ui.label(
                                    RichText::new(format!("{}: {status}", seat_name(p, field)))
                                        .font(egui::FontId::new(
                                            style::px(ui, 22.0),
                                            style::bold(),
                                        )),
                                );
                            }
                        });
                    });
                });
            ui.add_space(12.0);
            // "Spelen" first; beside it the other two ways, on this computer: no phone needed.
            ui.horizontal_wrapped(|ui| {
                if style::button(
                    ui,
                    &tr.t("telefoon-spelen"),
                    crate::game::screens::keys::hint(&Action::TogglePhones),
                )
                .clicked()
                {
                    out.write(Action::TogglePhones);
                }
                ui.add_space(24.0);
                ui.label(RichText::new(tr.t("telefoon-lukt-niet")).size(style::px(ui, 20.0)));
                if style::small_button(ui, &tr.t("modus-tegelijk"), "").clicked() {
                    out.write(Action::SwitchMode(Mode::Together));
                }
                if style::small_button(ui, &tr.t("modus-om-de-beurt"), "").clicked() {
                    out.write(Action::SwitchMode(Mode::TakeTurns));
                }
            });
        });
}

/// Draws a QR code: dark modules on white, with the quiet zone around it.
fn qr(ui: &mut egui::Ui, modules: &[Vec<bool>], size: f32) {
    let n = modules.len() as f32 + 8.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    let cell = size / n;
    for (y, row) in modules.iter().enumerate() {
        for (x, dark) in row.iter().enumerate() {
            if *dark {
                let min = rect.min + egui::vec2((x as f32 + 4.0) * cell, (y as f32 + 4.0) * cell);
                painter.rect_filled(
                    egui::Rect::from_min_size(min, egui::vec2(cell, cell)),
                    0.0,
                    Color32::BLACK,
                );
            }
        }
    }
}
