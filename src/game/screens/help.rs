//! F1: the keys, for playing without a mouse.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style;
use crate::game::screens::keys;
use crate::game::{Action, ApplySet, AskStop, HelpOpen, Setup, Translations};

/// F1 and the help buttons open and close the help; not over the question "Stoppen?", which is
/// answered first.
fn toggle(mut actions: MessageReader<Action>, mut help: ResMut<HelpOpen>, ask: Res<AskStop>) {
    for a in actions.read() {
        if *a == Action::ToggleHelp && !ask.0 {
            help.0 = !help.0;
        }
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(Update, toggle.in_set(ApplySet::Help));
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(|h: Res<HelpOpen>| h.0)
            .in_set(super::style::UiSet),
    );
}

pub(super) fn ui(
    mut contexts: EguiContexts,
    setup: Res<Setup>,
    (talen, screen): (Res<Translations>, Res<State<crate::game::Screen>>),
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(super::lang_on(&setup, *screen.get()));
    // A modal: nothing under it can be clicked while it is open (the table's cards check the
    // same with `paused`).
    egui::Modal::new(egui::Id::new("help"))
        .frame(style::sheet(ctx))
        .show(ctx, |ui| {
            // Never wider than the window; with the largest text, one column.
            let window = ui.ctx().content_rect().width();
            ui.set_width(900.0_f32.min(window - 80.0));
            let one_column = style::largest(ui);
            ui.label(style::heading(ui, &tr.t("help-titel")));
            // Letters and text fields: the one rule that is not in a row.
            ui.label(RichText::new(tr.t("help-alt")).size(style::px(ui, 20.0)));
            ui.spacing_mut().interact_size.y = 24.0;
            // On a small screen the list scrolls; "Sluiten" stays in view.
            let room = (ui.ctx().content_rect().height() - style::px(ui, 190.0)).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    let groups = keys::help_groups(tr);
                    // About half the rows on the left.
                    let rows: usize = groups.iter().map(|(_, r)| r.len() + 2).sum();
                    let mut left = 0;
                    ui.columns(if one_column { 1 } else { 2 }, |cols| {
                        for (i, (group, rows_of)) in groups.iter().enumerate() {
                            let col = usize::from(!one_column && left * 2 >= rows);
                            left += rows_of.len() + 2;
                            let ui = &mut cols[col];
                            ui.label(style::sub(ui, group));
                            egui::Grid::new(("keys", i))
                                .num_columns(2)
                                .spacing(egui::vec2(18.0, 4.0))
                                .show(ui, |ui| {
                                    for (key, what) in rows_of {
                                        ui.label(RichText::new(key).font(egui::FontId::new(
                                            style::px(ui, 20.0),
                                            style::bold(),
                                        )));
                                        ui.label(RichText::new(what).size(style::px(ui, 20.0)));
                                        ui.end_row();
                                    }
                                });
                            ui.add_space(6.0);
                        }
                    });
                });
            ui.add_space(8.0);
            ui.vertical_centered(|ui| {
                let close = Action::ToggleHelp;
                if style::button(ui, &tr.t("knop-sluiten"), keys::hint(&close)).clicked() {
                    out.write(close);
                }
            });
        });
    Ok(())
}
