//! F1: the keys, for playing without a mouse, under the game in three pictures. The same three
//! pictures, alone, are the first-time explanation at the first conversation on a computer.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style;
use crate::game::art::pictures::Picture;
use crate::game::log::GameLog;
use crate::game::look::Look;
use crate::game::screens::keys;
use crate::game::{Action, ApplySet, AskStop, HelpOpen, Screen, Setup, Translations};

/// The first-time explanation: whether the help now shows as it (the three pictures and
/// "Begrijp ik", no keys), and whether this start of the game may show it at all.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstTime {
    pub showing: bool,
    pub allowed: bool,
}

/// Whether a conversation that starts now shows the first-time explanation: on a computer that
/// keeps a data folder (so it can remember), never before, and not when the command line set up
/// the game.
pub fn shows_first_time(allowed: bool, has_data_folder: bool, seen: bool) -> bool {
    allowed && has_data_folder && !seen
}

/// The first conversation on this computer: the help opens as the first-time explanation, and
/// the settings remember that it was shown (once, also when the game stops before it is closed).
fn open_first_time(
    mut first: ResMut<FirstTime>,
    mut help: ResMut<HelpOpen>,
    mut look: ResMut<Look>,
    mut log: ResMut<GameLog>,
) {
    if !shows_first_time(first.allowed, look.dir.is_some(), look.settings.intro_seen) {
        return;
    }
    first.showing = true;
    help.0 = true;
    look.settings.intro_seen = true;
    log.say("uitleg: open");
    if let Some(dir) = look.dir.clone()
        && let Err(e) = look.settings.save(&dir)
    {
        // Not worth a notice: at worst the explanation shows once more next time.
        warn!("uitleg: {e}");
    }
}

/// F1 and the help buttons open and close the help; not over the question "Stoppen?", which is
/// answered first.
fn toggle(
    mut actions: MessageReader<Action>,
    mut help: ResMut<HelpOpen>,
    ask: Res<AskStop>,
    mut first: ResMut<FirstTime>,
) {
    for a in actions.read() {
        if *a == Action::ToggleHelp && !ask.0 {
            help.0 = !help.0;
            first.showing = false;
        }
    }
}

/// The three pictures side by side, each with its sentence under it, `size` pixels square.
fn pictures(ui: &mut egui::Ui, tr: crate::lang::Tr, size: f32, text: f32) {
    let steps = [
        (Picture::Secret, "uitleg-geheim"),
        (Picture::Flip, "uitleg-tegelijk"),
        (Picture::Talk, "uitleg-praten"),
    ];
    let ink = style::ink(ui);
    ui.columns(3, |cols| {
        for (i, (picture, key)) in steps.into_iter().enumerate() {
            let ui = &mut cols[i];
            ui.vertical_centered(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
                style::paint_picture(ui.painter(), rect.center(), picture, size, ink);
                ui.label(
                    RichText::new(format!("{}. {}", i + 1, tr.t(key)))
                        .font(egui::FontId::new(style::px(ui, text), style::bold())),
                );
            });
        }
    });
}

pub fn plugin(app: &mut App) {
    app.add_systems(Update, toggle.in_set(ApplySet::Help))
        .add_systems(OnEnter(Screen::Play), open_first_time);
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
    first: Res<FirstTime>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(super::lang_on(&setup, *screen.get()));
    if first.showing {
        egui::Modal::new(egui::Id::new("help"))
            .frame(style::sheet(ctx))
            .show(ctx, |ui| {
                let window = ui.ctx().content_rect();
                ui.set_width(900.0_f32.min(window.width() - 80.0));
                ui.label(style::heading(ui, &tr.t("uitleg-titel")));
                ui.add_space(8.0);
                // The pictures as large as the window's height allows; the words may scroll.
                let size = (window.height() * 0.25).clamp(64.0, 180.0);
                let room = (window.height() - style::px(ui, 160.0)).max(120.0);
                egui::ScrollArea::vertical()
                    .max_height(room)
                    .show(ui, |ui| {
                        pictures(ui, tr, size, 24.0);
                    });
                ui.add_space(12.0);
                ui.vertical_centered(|ui| {
                    if style::button(ui, &tr.t("knop-begrijp-ik"), "Enter").clicked() {
                        out.write(Action::ToggleHelp);
                    }
                });
            });
        return Ok(());
    }
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
            // (The heading, the two lines on Alt, the button and the sheet's margins: 240 at
            // 100 %; at 190 "Sluiten" was cut off at 1366×768.)
            let room = (ui.ctx().content_rect().height() - style::px(ui, 240.0)).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    // How the game goes, in three pictures, above the keys.
                    ui.label(style::sub(ui, &tr.t("uitleg-titel")));
                    pictures(ui, tr, 72.0, 20.0);
                    ui.add_space(10.0);
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
