//! "Nog niet bewaard": leaving a conversation asks first. "Nieuw gesprek" and "Afsluiten" on the
//! summary of a conversation that was not kept, and closing the window (its close button,
//! Alt+F4) there or during play, open a question; "Terug" is its default (`Enter`, `Esc`).
//! The summary's `apply` does what the answer says for its own two buttons; this module does it
//! for the window.

use bevy::prelude::*;
use bevy::window::WindowCloseRequested;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button};
use crate::game::saving::{SavedAs, Viewing};
use crate::game::{Action, ApplySet, Conversation, Screen, Setup, Translations};
use crate::lang::Tr;

/// What the players asked to do while the question is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// "Nieuw gesprek" on the summary of a conversation not kept.
    NewGame,
    /// "Afsluiten" (or the window's close button) on the summary of a conversation not kept.
    Quit,
    /// The window's close button during play: the game keeps the place, so nothing is lost,
    /// but a stray Alt+F4 still asks.
    ClosePlay,
}

/// The question "Nog niet bewaard" / "Het spel sluiten?", while it is open.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct AskLeave(pub Option<Leave>);

pub fn plugin(app: &mut App) {
    app.init_resource::<AskLeave>()
        .add_systems(Update, apply.in_set(ApplySet::Screen))
        // The question goes with its screen.
        .add_systems(
            StateTransition,
            goes_with_its_screen.in_set(bevy::state::state::StateTransitionSystems::ExitSchedules),
        )
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(|ask: Res<AskLeave>| ask.0.is_some())
                .after(style::UiSet),
        );
}

/// A screen change closes the question (it was about that screen).
fn goes_with_its_screen(
    mut moves: MessageReader<bevy::state::state::StateTransitionEvent<Screen>>,
    mut ask: ResMut<AskLeave>,
) {
    let left = moves
        .read()
        .any(|m| m.exited.is_some() && m.exited != m.entered);
    if left && ask.0.is_some() {
        ask.0 = None;
    }
}

/// The window's part: its close button asks the game first (see [`Action::CloseWindow`]).
pub fn window_plugin(app: &mut App) {
    app.add_systems(PreUpdate, close_asks);
}

/// The window's close button (or Alt+F4) becomes [`Action::CloseWindow`]: the game decides.
fn close_asks(mut asked: MessageReader<WindowCloseRequested>, mut out: MessageWriter<Action>) {
    if asked.read().count() > 0 {
        out.write(Action::CloseWindow);
    }
}

/// True when the summary shows a conversation just played that was not kept.
pub fn unsaved(viewing: &Viewing, saved: &SavedAs) -> bool {
    matches!(viewing, Viewing::Live) && saved.0.is_none()
}

/// The window asks to close; the question's "Terug" and, during play, "Sluiten".
fn apply(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut ask: ResMut<AskLeave>,
    table: Option<Res<Conversation>>,
    (viewing, saved): (Res<Viewing>, Res<SavedAs>),
    mut exit: MessageWriter<AppExit>,
    mut log: ResMut<crate::game::log::GameLog>,
) {
    for action in actions.read() {
        match action {
            Action::CloseWindow => {
                let screen = *screen.get();
                let question = match screen {
                    Screen::Play if table.is_some() => Some(Leave::ClosePlay),
                    Screen::Summary if unsaved(&viewing, &saved) => Some(Leave::Quit),
                    _ => None,
                };
                match question {
                    // A second press of the close button while it asks: the person means it
                    // only after an answer; the question stays.
                    Some(q) => {
                        if ask.0 != Some(q) {
                            log.say("vraag: nog niet bewaard");
                            ask.0 = Some(q);
                        }
                    }
                    None => {
                        exit.write(AppExit::Success);
                    }
                }
            }
            Action::CancelLeave if ask.0.is_some() => {
                log.say("vraag dicht: terug");
                ask.0 = None;
            }
            // During play the place is kept (the file of the conversation going on): closing
            // loses nothing, and the start screen offers to go on next time.
            Action::LeaveWithoutSaving if ask.0 == Some(Leave::ClosePlay) => {
                ask.0 = None;
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
}

fn ui(
    mut contexts: EguiContexts,
    ask: Res<AskLeave>,
    setup: Res<Setup>,
    talen: Res<Translations>,
    data: Res<crate::game::saving::Data>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(leave) = ask.0 else { return Ok(()) };
    let tr = talen.tr(setup.screen_lang());
    question(ctx, tr, leave, data.store.is_some(), &mut out);
    Ok(())
}

/// The question and its answers; "Terug" stands out as the default.
fn question(
    ctx: &egui::Context,
    tr: Tr,
    leave: Leave,
    can_save: bool,
    out: &mut MessageWriter<Action>,
) {
    use crate::game::screens::keys::hint;
    egui::Modal::new(egui::Id::new("ask-leave"))
        .frame(style::sheet(ctx).stroke(egui::Stroke::new(4.0, style::gold(ctx))))
        .show(ctx, |ui| {
            let window = ui.ctx().content_rect().width();
            ui.set_width(680.0_f32.min(window - 80.0));
            let (title, lines): (&str, &[&str]) = match leave {
                Leave::ClosePlay => ("sluiten-vraag", &["sluiten-plek", "sluiten-verder"]),
                Leave::NewGame | Leave::Quit if can_save => (
                    "niet-bewaard-vraag",
                    &["niet-bewaard-weg", "niet-bewaard-bewaren"],
                ),
                Leave::NewGame | Leave::Quit => ("niet-bewaard-vraag", &["niet-bewaard-weg"]),
            };
            ui.label(style::heading(ui, &tr.t(title)));
            for line in lines {
                ui.label(RichText::new(tr.t(line)).size(style::px(ui, 23.0)));
            }
            ui.add_space(10.0);
            ui.horizontal_wrapped(|ui| {
                // In reading order: keep it first, then leave, then back (the default).
                if leave != Leave::ClosePlay
                    && can_save
                    && button(ui, &tr.t("niet-bewaard-bewaar"), hint(&Action::LeaveSave)).clicked()
                {
                    out.write(Action::LeaveSave);
                }
                let go = match leave {
                    Leave::ClosePlay => "sluiten-ja",
                    Leave::NewGame | Leave::Quit => "niet-bewaard-niet",
                };
                if button(ui, &tr.t(go), "").clicked() {
                    out.write(Action::LeaveWithoutSaving);
                }
                let (text, key) = (tr.t("knop-terug"), hint(&Action::CancelLeave));
                let back = style::keyed(
                    ui,
                    egui::Button::new(style::with_key(ui, &text, key))
                        .min_size(egui::vec2(200.0, 56.0))
                        .fill(style::highlight(ui))
                        .stroke(egui::Stroke::new(3.0, style::ink(ui))),
                    &text,
                    key,
                );
                if back.clicked() {
                    out.write(Action::CancelLeave);
                }
            });
        });
}
