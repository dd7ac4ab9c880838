//! "Even pauze" on the laptop: the question who wants it, and the calm screen that covers the
//! whole table (no card, no choice, no 3-2-1) until the one who paused goes on.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use crate::game::Action;
use crate::game::screens::keys;
use crate::game::screens::style::{self, button};
use crate::lang::Tr;
use crate::session::Player;

/// "Wie wil even pauze?": one button per seat, and back.
pub(super) fn ask_who(
    ctx: &egui::Context,
    tr: Tr,
    name: &dyn Fn(Player) -> String,
    out: &mut MessageWriter<Action>,
) {
    egui::Modal::new(egui::Id::new("ask-pause"))
        .frame(style::sheet(ctx).stroke(egui::Stroke::new(4.0, style::gold(ctx))))
        .show(ctx, |ui| {
            ui.set_width(620.0);
            ui.label(style::heading(ui, &tr.t("pauze-wie")));
            ui.label(RichText::new(tr.t("pauze-wie-uitleg")).size(style::px(ui, 23.0)));
            ui.add_space(10.0);
            ui.horizontal_wrapped(|ui| {
                for p in Player::ALL {
                    let action = Action::Pause(p);
                    if button(ui, &name(p), keys::hint(&action)).clicked() {
                        out.write(action);
                    }
                }
                if button(ui, &tr.t("knop-terug"), keys::hint(&Action::CancelPause)).clicked() {
                    out.write(Action::CancelPause);
                }
            });
        });
}

/// The pause over the whole window. `on_phone`: the one who paused holds their seat on a
/// phone, so only that phone goes on.
pub(super) fn cover(
    ctx: &egui::Context,
    tr: Tr,
    (by, on_phone): (&str, bool),
    out: &mut MessageWriter<Action>,
) {
    let root = style::root(ctx, "pause");
    // Painted on the layer itself: under the phones' panel the root is disabled, and a disabled
    // Ui fades what it paints (the table would show through).
    ctx.layer_painter(egui::LayerId::background()).rect_filled(
        root.max_rect(),
        0.0,
        style::table_dark(&root),
    );
    // One calm sheet in the middle of the window.
    egui::Area::new(egui::Id::new("pause-sheet"))
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            style::sheet(ui)
                .inner_margin(egui::Margin::same(36))
                .show(ui, |ui| {
                    ui.set_max_width(760.0_f32.min(ctx.content_rect().width() - 60.0));
                    ui.vertical_centered(|ui| {
                        ui.label(style::heading(ui, &tr.t("pauze-titel")));
                        ui.add_space(8.0);
                        let size = style::px(ui, 26.0);
                        ui.label(
                            RichText::new(tr.f("pauze-van", [("naam", by.to_lowercase().into())]))
                                .size(size),
                        );
                        ui.label(RichText::new(tr.t("pauze-rust")).size(size));
                        ui.add_space(16.0);
                        if on_phone {
                            ui.label(
                                RichText::new(
                                    tr.f("pauze-telefoon", [("naam", by.to_lowercase().into())]),
                                )
                                .size(size)
                                .color(style::ink_soft(ui)),
                            );
                        } else {
                            ui.label(
                                RichText::new(
                                    tr.f("pauze-alleen", [("naam", by.to_lowercase().into())]),
                                )
                                .size(style::px(ui, 21.0))
                                .color(style::ink_soft(ui)),
                            );
                            let go_on = Action::GoOn(None);
                            if button(ui, &tr.t("pauze-verder"), keys::hint(&go_on)).clicked() {
                                out.write(go_on);
                            }
                        }
                    });
                });
        });
}

/// "Eigen kaart": a field for the players' own sentence, put on the table as the next card.
/// `said`: why the last try did not work, if it did not.
pub(super) fn own_card(
    ctx: &egui::Context,
    tr: Tr,
    draft: &mut String,
    said: Option<&str>,
    out: &mut MessageWriter<Action>,
) {
    let id = egui::Id::new("own-card");
    // No fade: its first frame shows it whole (a resting window may not draw the next one).
    egui::Modal::new(id)
        .area(egui::Modal::default_area(id).fade_in(false))
        .frame(style::sheet(ctx).stroke(egui::Stroke::new(4.0, style::gold(ctx))))
        .show(ctx, |ui| {
            ui.set_width(680.0_f32.min(ctx.content_rect().width() - 80.0));
            let title = ui.label(style::heading(ui, &tr.t("eigen-titel")));
            ui.label(RichText::new(tr.t("eigen-uitleg")).size(style::px(ui, 23.0)));
            ui.add_space(6.0);
            let field = ui
                .add(
                    egui::TextEdit::multiline(draft)
                        .char_limit(crate::session::MAX_OWN_CARD_CHARS)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .return_key(None)
                        .hint_text(tr.t("eigen-voorbeeld"))
                        .font(egui::FontId::new(
                            style::px(ui, 24.0),
                            egui::FontFamily::Proportional,
                        )),
                )
                .labelled_by(title.id);
            // The field has the keys as soon as it opens: typing starts at once.
            let asked = egui::Id::new("own-card-focus");
            if !ui.data(|d| d.get_temp::<bool>(asked).unwrap_or(false)) {
                field.request_focus();
                ui.data_mut(|d| d.insert_temp(asked, true));
            }
            let enter = field.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
            if let Some(said) = said {
                ui.label(
                    RichText::new(said)
                        .size(style::px(ui, 21.0))
                        .color(style::ink(ui)),
                );
            }
            ui.add_space(8.0);
            let mut add = enter;
            let mut back = escape;
            ui.horizontal_wrapped(|ui| {
                add |= button(ui, &tr.t("eigen-op-tafel"), "Enter").clicked();
                back |= button(ui, &tr.t("knop-terug"), "Esc").clicked();
            });
            if add {
                out.write(Action::AddOwnCard(draft.clone()));
            } else if back {
                ui.data_mut(|d| d.remove::<bool>(asked));
                out.write(Action::CancelOwnCard);
            }
        });
}
