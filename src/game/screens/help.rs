//! F1: the keys, for playing without a mouse.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style;
use crate::game::{Action, HelpOpen};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(|h: Res<HelpOpen>| h.0)
            .in_set(super::style::UiSet),
    );
}

const KEYS: &[(&str, &[(&str, &str)])] = &[
    (
        "Overal",
        &[("F1", "help open of dicht"), ("Enter", "verder")],
    ),
    (
        "Thema's kiezen",
        &[
            ("1 – 4", "stapel kiezen of weghalen"),
            ("K", "korte versie"),
            ("A", "alle thema's"),
            ("Esc", "terug"),
        ],
    ),
    (
        "Om de beurt",
        &[
            ("Enter of spatie", "ik ben aan de beurt"),
            ("1 – 5", "kiezen"),
            ("P", "sla ik over"),
            ("S", "kaart overslaan (voor het kiezen)"),
        ],
    ),
    (
        "Tegelijk",
        &[
            ("1 – 5", "cliënt kiest"),
            ("Q", "cliënt slaat over"),
            ("6 – 0", "professional kiest (6 = 1 … 0 = 5)"),
            ("P", "professional slaat over"),
        ],
    ),
    (
        "Na het omdraaien",
        &[
            ("Enter", "volgende kaart"),
            ("M", "later verder praten"),
            ("R", "nog een keer kiezen"),
        ],
    ),
    ("Altijd", &[("Esc", "stoppen en naar het overzicht")]),
    (
        "Overzicht",
        &[
            ("B", "bewaren"),
            ("E", "eerdere gesprekken"),
            ("N", "nieuw gesprek"),
        ],
    ),
];

fn ui(mut contexts: EguiContexts, mut out: MessageWriter<Action>) -> Result {
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("help")
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .frame(style::sheet())
        .fixed_size(egui::vec2(900.0, 0.0))
        .show(ctx, |ui| {
            ui.label(style::heading("Help: de toetsen"));
            ui.spacing_mut().interact_size.y = 24.0;
            ui.columns(2, |cols| {
                for (i, (group, rows)) in KEYS.iter().enumerate() {
                    let ui = &mut cols[if i < 4 { 0 } else { 1 }];
                    ui.label(style::sub(group));
                    egui::Grid::new(("keys", i))
                        .num_columns(2)
                        .spacing(egui::vec2(18.0, 4.0))
                        .show(ui, |ui| {
                            for (key, what) in *rows {
                                ui.label(
                                    RichText::new(*key)
                                        .font(egui::FontId::new(20.0, style::bold())),
                                );
                                ui.label(RichText::new(*what).size(20.0));
                                ui.end_row();
                            }
                        });
                    ui.add_space(6.0);
                }
            });
            ui.add_space(8.0);
            ui.vertical_centered(|ui| {
                if style::button(ui, "Sluiten", "F1").clicked() {
                    out.write(Action::ToggleHelp);
                }
            });
        });
    Ok(())
}
