//! The decks with the largest text. Four decks side by side have no room for their words at
//! 200 % (a deck would need twice its height), so they become a list between the bars that
//! scrolls: each deck a row with its band (number and name, in the kenmerk's colour: the button
//! that takes it or puts it back), what it is about, how many cards it deals, whether it is
//! chosen, and "Alleen dit thema". Every word at least 1.6 times its size at 100 %.
//! egui widgets, so a screen reader meets them as it meets the sprites' nodes at other sizes.

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Layout, RichText, Stroke, WidgetType};

use crate::deck::Library;
use crate::game::screens::style::{self, button};
use crate::game::{Action, Setup};
use crate::lang::Tr;

/// The list of decks, in the room under the bars; what was clicked goes to `out`.
/// `words`: what stands in the bars at other sizes (the explanation above the decks, who sees
/// what under them); here they scroll with the list.
pub(super) fn decks(
    ui: &mut egui::Ui,
    (lib, tr): (&Library, Tr),
    (setup, words): (&Setup, &[String; 2]),
    out: &mut MessageWriter<Action>,
) {
    let page = egui::Frame::new()
        .fill(style::table(ui))
        .inner_margin(egui::Margin::symmetric(24, 10));
    page.show(ui, |ui| {
        let page = ui.available_height() * 0.8;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Page Down / Page Up, Home / End, as on the other pages that scroll.
                style::keyboard_scroll(ui, page);
                ui.set_width(ui.available_width() - 18.0);
                ui.spacing_mut().item_spacing.y = 12.0;
                let said = |ui: &mut egui::Ui, text: &str, size: f32| {
                    ui.add(
                        egui::Label::new(
                            RichText::new(text)
                                .size(style::px(ui, size))
                                .color(style::paper(ui)),
                        )
                        .wrap(),
                    );
                };
                said(ui, &words[0], 21.0);
                // A deck taken or put back (by its number key too) comes into view, the first
                // one when several changed at once ("Alle thema's").
                let id = egui::Id::new("themes-list-chosen");
                let now: Vec<bool> = lib
                    .kenmerken
                    .iter()
                    .map(|k| setup.decks.contains(&k.id))
                    .collect();
                let before: Option<Vec<bool>> = ui.data(|d| d.get_temp(id));
                let changed = before.and_then(|b| (0..now.len()).find(|&i| b.get(i) != now.get(i)));
                for (i, k) in lib.kenmerken.iter().enumerate() {
                    let rect = deck(ui, (lib, tr), (setup, i, k), out);
                    if changed == Some(i) {
                        ui.scroll_to_rect(rect, None);
                        ui.ctx().request_repaint();
                    }
                }
                ui.data_mut(|d| d.insert_temp(id, now));
                said(ui, &words[1], 20.0);
            });
    });
}

/// One deck's row; where it lies.
fn deck(
    ui: &mut egui::Ui,
    (lib, tr): (&Library, Tr),
    (setup, i, k): (&Setup, usize, &crate::deck::Kenmerk),
    out: &mut MessageWriter<Action>,
) -> egui::Rect {
    let count = lib.deck(&k.id).filter(|c| !setup.short || c.short).count();
    let chosen = setup.decks.contains(&k.id);
    let (colour, on_colour) = style::kenmerk(ui, k.colour);
    let count_words = tr.f("thema-kaarten", [("n", count.into())]);
    // Chosen: a gold edge and "✔ Gekozen" in words, never the colour alone.
    let frame = egui::Frame::new()
        .fill(style::paper(ui))
        .corner_radius(14)
        .inner_margin(egui::Margin::same(12))
        .stroke(if chosen {
            Stroke::new(5.0, style::gold(ui))
        } else {
            Stroke::NONE
        });
    // The list's own sizes: 1.6 times the deck's words at 100 % (the deck's 30 and 25), or the
    // text size's when larger: so two decks fit the room at 1366×768.
    let scale = (style::text_scale(ui) * 0.8).max(1.6);
    let shown = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            // The band: the deck itself, to take or put back (its number key too).
            let key = crate::game::screens::keys::hint(&Action::ToggleDeck(i));
            // The deck's pictogram before its band, in the deck's colour on the paper.
            style::deck_pictogram(ui, k.pictogram, 30.0 * scale * 1.4, colour);
            let label = RichText::new(format!("{}   {}", i + 1, k.label))
                .font(egui::FontId::new(30.0 * scale, style::bold()))
                .color(on_colour);
            let band = ui.add(
                egui::Button::new(label)
                    .fill(colour)
                    .corner_radius(10)
                    .min_size(egui::vec2(ui.available_width() * 0.45, 30.0 * scale * 1.5)),
            );
            let name = format!("{}, {count_words}", k.label);
            style::speak(ui, &band, WidgetType::Checkbox, &name, Some(chosen), key);
            if band.clicked() {
                out.write(Action::ToggleDeck(i));
            }
            ui.add_space(10.0);
            let state = if chosen {
                format!("{count_words} · ✔ {}", tr.t("thema-gekozen"))
            } else {
                format!("{count_words} · {}", tr.t("thema-niet-gekozen"))
            };
            ui.label(
                RichText::new(state)
                    .font(egui::FontId::new(25.0 * scale, style::bold()))
                    .color(if chosen {
                        style::ink(ui)
                    } else {
                        style::ink_soft(ui)
                    }),
            );
        });
        ui.horizontal_top(|ui| {
            let only = tr.t("thema-alleen-dit");
            let button_w = ui
                .painter()
                .layout_no_wrap(
                    only.clone(),
                    egui::FontId::new(style::px(ui, 24.0), style::bold()),
                    style::ink(ui),
                )
                .size()
                .x
                + 60.0;
            let text_w = (ui.available_width() - button_w - 16.0).max(200.0);
            ui.allocate_ui_with_layout(
                egui::vec2(text_w, 0.0),
                Layout::top_down(Align::Min),
                |ui| {
                    ui.add(
                        egui::Label::new(
                            RichText::new(&k.explain)
                                .size(25.0 * scale)
                                .color(style::ink(ui)),
                        )
                        .wrap(),
                    );
                },
            );
            ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                let r = button(ui, &only, "");
                let spoken = format!("{only}: {}", k.label);
                style::speak(ui, &r, WidgetType::Button, &spoken, None, "");
                if r.clicked() {
                    out.write(Action::OnlyDeck(i));
                }
            });
        });
    });
    shown.response.rect
}
