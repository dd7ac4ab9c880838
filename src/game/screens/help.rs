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
        &[
            ("F1", "help open of dicht"),
            ("F2", "weergave: tekst, kleuren, bewegen"),
            ("Enter", "verder"),
        ],
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
        "Altijd",
        &[("Esc", "stoppen? (eerst een vraag)"), ("J", "ja, stoppen")],
    ),
    (
        "Tegelijk",
        &[
            ("1 – 5", "cliënt kiest"),
            ("Q", "cliënt slaat over"),
            ("6 – 0", "professional kiest (6 = 1 … 0 = 5)"),
            ("numeriek 1 – 5", "professional kiest"),
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
    (
        "Overzicht",
        &[
            ("B", "bewaren"),
            ("E", "eerdere gesprekken"),
            ("N", "nieuw gesprek"),
            ("V", "verder spelen (na stoppen)"),
            ("C / P", "tabel (CSV) / om te printen"),
        ],
    ),
];

pub(super) fn ui(mut contexts: EguiContexts, mut out: MessageWriter<Action>) -> Result {
    let ctx = contexts.ctx_mut()?;
    // A modal: nothing under it can be clicked while it is open (the table's cards check the
    // same with `paused`).
    egui::Modal::new(egui::Id::new("help"))
        .frame(style::sheet())
        .show(ctx, |ui| {
            ui.set_width(900.0);
            ui.label(style::heading("Help: de toetsen"));
            ui.spacing_mut().interact_size.y = 24.0;
            // On a small screen the list scrolls; "Sluiten" stays in view.
            let room = (ui.ctx().content_rect().height() - 190.0).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    ui.columns(2, |cols| {
                        for (i, (group, rows)) in KEYS.iter().enumerate() {
                            // Overal, Thema's, Om de beurt, Altijd left; the rest right.
                            let ui = &mut cols[if i < 4 { 0 } else { 1 }];
                            ui.label(style::sub(group));
                            egui::Grid::new(("keys", i))
                                .num_columns(2)
                                .spacing(egui::vec2(18.0, 4.0))
                                .show(ui, |ui| {
                                    for (key, what) in *rows {
                                        ui.label(RichText::new(*key).font(egui::FontId::new(
                                            style::px(20.0),
                                            style::bold(),
                                        )));
                                        ui.label(RichText::new(*what).size(style::px(20.0)));
                                        ui.end_row();
                                    }
                                });
                            ui.add_space(6.0);
                        }
                    });
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
