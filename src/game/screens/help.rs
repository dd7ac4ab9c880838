//! F1: the keys, for playing without a mouse.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style;
use crate::game::{Action, HelpOpen, Setup, Talen};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(|h: Res<HelpOpen>| h.0)
            .in_set(super::style::UiSet),
    );
}

/// The groups of keys; every text is a key into the screens' words (`help-…`).
const KEYS: &[(&str, &[(&str, &str)])] = &[
    (
        "help-overal",
        &[
            ("F1", "help-f1"),
            ("F2", "help-f2"),
            ("Enter", "help-enter"),
        ],
    ),
    (
        "help-themas",
        &[
            ("1 – 4", "help-stapel"),
            ("K", "help-kort"),
            ("A", "help-alle"),
            ("Esc", "help-terug"),
        ],
    ),
    (
        "modus-om-de-beurt",
        &[
            ("help-toets-enter-spatie", "help-aan-de-beurt"),
            ("1 – 5", "help-kiezen"),
            ("P", "help-sla-over"),
            ("S", "help-kaart-overslaan"),
        ],
    ),
    (
        "help-altijd",
        &[("Esc", "help-stoppen"), ("J", "help-ja-stoppen")],
    ),
    (
        "modus-tegelijk",
        &[
            ("1 – 5", "help-client-kiest"),
            ("Q", "help-client-slaat-over"),
            ("6 – 0", "help-pro-kiest-06"),
            ("Num 1 – 5", "help-pro-kiest"),
            ("P", "help-pro-slaat-over"),
        ],
    ),
    (
        "help-na-omdraaien",
        &[
            ("Enter", "help-volgende"),
            ("M", "help-later"),
            ("R", "help-nog-een-keer"),
        ],
    ),
    (
        "help-overzicht",
        &[
            ("B", "help-bewaren"),
            ("E", "help-eerdere"),
            ("N", "help-nieuw"),
            ("V", "help-verder"),
            ("C / P", "help-export"),
        ],
    ),
];

pub(super) fn ui(
    mut contexts: EguiContexts,
    setup: Res<Setup>,
    talen: Res<Talen>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(setup.screen_lang());
    // A modal: nothing under it can be clicked while it is open (the table's cards check the
    // same with `paused`).
    egui::Modal::new(egui::Id::new("help"))
        .frame(style::sheet())
        .show(ctx, |ui| {
            // Never wider than the window; with the largest text, one column.
            let window = ui.ctx().content_rect().width();
            ui.set_width(900.0_f32.min(window - 80.0));
            let one_column = crate::game::art::text_scale() > 1.6;
            ui.label(style::heading(&tr.t("help-titel")));
            ui.spacing_mut().interact_size.y = 24.0;
            // On a small screen the list scrolls; "Sluiten" stays in view.
            let room = (ui.ctx().content_rect().height() - style::px(190.0)).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    ui.columns(if one_column { 1 } else { 2 }, |cols| {
                        for (i, (group, rows)) in KEYS.iter().enumerate() {
                            // Overal, Thema's, Om de beurt, Altijd left; the rest right.
                            let ui = &mut cols[if i < 4 || one_column { 0 } else { 1 }];
                            ui.label(style::sub(&tr.t(group)));
                            egui::Grid::new(("keys", i))
                                .num_columns(2)
                                .spacing(egui::vec2(18.0, 4.0))
                                .show(ui, |ui| {
                                    for (key, what) in *rows {
                                        // A key name with a word in it is in the language files.
                                        let key = if key.starts_with("help-") {
                                            tr.t(key)
                                        } else {
                                            key.to_string()
                                        };
                                        ui.label(RichText::new(key).font(egui::FontId::new(
                                            style::px(20.0),
                                            style::bold(),
                                        )));
                                        ui.label(RichText::new(tr.t(what)).size(style::px(20.0)));
                                        ui.end_row();
                                    }
                                });
                            ui.add_space(6.0);
                        }
                    });
                });
            ui.add_space(8.0);
            ui.vertical_centered(|ui| {
                if style::button(ui, &tr.t("knop-sluiten"), "F1").clicked() {
                    out.write(Action::ToggleHelp);
                }
            });
        });
    Ok(())
}
