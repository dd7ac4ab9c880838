//! F2 "Weergave": text size, contrast and motion, from every screen. Changes show at once and
//! are kept on this computer.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style;
use crate::game::look::{Look, LookPanel};
use crate::game::screens::keys;
use crate::game::{Action, Notices, Screen, Setup, Source, Translations};
use crate::settings::{Contrast, Motion, Settings, TextSize};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (
            ui.run_if(|p: Res<LookPanel>| p.0).after(super::help::ui),
            corner_button.run_if(in_state(Screen::Start).or_else(in_state(Screen::Themes))),
        )
            .in_set(super::style::UiSet),
    );
}

/// "Weergave" in the top right corner of the start and themes screens (play has it in its top
/// bar, the summary and the history in their rows of buttons).
fn corner_button(
    mut contexts: EguiContexts,
    setup: Res<Setup>,
    (talen, screen): (Res<Translations>, Res<State<Screen>>),
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(super::lang_on(&setup, *screen.get()));
    // Under a banner at the top, as the screens are.
    let banner = ctx
        .data(|d| d.get_temp::<f32>(egui::Id::new(style::BANNER_HEIGHT)))
        .unwrap_or(0.0);
    egui::Area::new(egui::Id::new("look-corner"))
        .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-16.0, 12.0 + banner))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            if style::small_button(
                ui,
                &tr.t("knop-weergave"),
                crate::game::screens::keys::hint(&Action::ToggleLook),
            )
            .clicked()
            {
                out.write(Action::ToggleLook);
            }
        });
    Ok(())
}

/// A row of choices: the one in use is marked (colour and a check), so it is seen without
/// reading the colour.
fn choices<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    now: T,
    options: &[(T, String, &str)],
    act: impl Fn(T) -> Action,
    out: &mut MessageWriter<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        for (value, text, key) in options {
            let chosen = *value == now;
            let label = if chosen {
                format!("✔ {text}")
            } else {
                text.clone()
            };
            let button = egui::Button::new(style::with_key(ui, &label, key))
                .min_size(egui::vec2(0.0, 48.0))
                .selected(chosen);
            let r = ui.add(button);
            style::speak(
                ui,
                &r,
                egui::WidgetType::RadioButton,
                text,
                Some(chosen),
                key,
            );
            if r.clicked() && !chosen {
                out.write(act(*value));
            }
        }
    });
}

fn ui(
    mut contexts: EguiContexts,
    look: Res<Look>,
    notices: Res<Notices>,
    setup: Res<Setup>,
    (talen, screen): (Res<Translations>, Res<State<Screen>>),
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(super::lang_on(&setup, *screen.get()));
    let s = look.settings;
    // Wider with larger text, so each row of choices stays one row. (egui's areas start at
    // 600 wide: the width is given to the area too, not only to its contents.)
    let wanted: f32 = if style::largest(ctx) {
        1100.0
    } else {
        760.0 * style::text_scale(ctx).max(1.0)
    };
    let width = wanted.min(ctx.content_rect().width() - 80.0);
    let id = egui::Id::new("look");
    egui::Modal::new(id)
        .area(egui::Modal::default_area(id).default_width(width + 72.0))
        .frame(style::sheet(ctx))
        .show(ctx, |ui| {
            ui.set_width(width);
            ui.label(style::heading(ui, &tr.t("knop-weergave")));
            // At the largest text the panel scrolls; "Klaar" stays in view.
            let room = (ui.ctx().content_rect().height() - style::px(ui, 200.0)).max(120.0);
            // The panel's whole width (a shrunk area wrapped the four sizes into two rows).
            egui::ScrollArea::vertical()
                .max_height(room)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    ui.label(style::sub(ui, &tr.t("weergave-tekst")));
                    // Each choice's key, from the key table (as if pressed from `from`).
                    let key = |a: Action, from: Settings| {
                        let here = keys::Here {
                            screen: Screen::Start,
                            phase: None,
                            mode: Default::default(),
                            turn: None,
                            cover: Some(keys::Cover::Look),
                            look: from,
                            may: Default::default(),
                            typing: false,
                            alt: false,
                            steps: *crate::deck::SCALE_STEPS.end(),
                        };
                        keys::key_for(&here, &a).map_or_else(String::new, keys::cap)
                    };
                    let size_keys: Vec<String> = crate::game::look::OFFERED
                        .iter()
                        .map(|t| key(Action::SetTextSize(*t), s))
                        .collect();
                    let sizes: Vec<(TextSize, String, &str)> = crate::game::look::OFFERED
                        .iter()
                        .zip(&size_keys)
                        .map(|(t, k)| (*t, format!("{} %", t.percent()), k.as_str()))
                        .collect();
                    let contrast_key = key(
                        Action::SetContrast(Contrast::High),
                        Settings {
                            contrast: Contrast::Normal,
                            ..s
                        },
                    );
                    let calm_key = key(
                        Action::SetMotion(Motion::Calm),
                        Settings {
                            motion: Motion::Normal,
                            ..s
                        },
                    );
                    choices(ui, s.text_size, &sizes, Action::SetTextSize, &mut out);
                    ui.add_space(6.0);
                    ui.label(style::sub(ui, &tr.t("weergave-kleuren")));
                    choices(
                        ui,
                        s.contrast,
                        &[
                            (Contrast::Normal, tr.t("weergave-gewoon"), ""),
                            (Contrast::High, tr.t("weergave-contrast"), &contrast_key),
                        ],
                        Action::SetContrast,
                        &mut out,
                    );
                    ui.add_space(6.0);
                    ui.label(style::sub(ui, &tr.t("weergave-bewegen")));
                    choices(
                        ui,
                        s.motion,
                        &[
                            (Motion::Normal, tr.t("weergave-draaien"), ""),
                            (Motion::Calm, tr.t("weergave-rustig"), &calm_key),
                        ],
                        Action::SetMotion,
                        &mut out,
                    );
                    ui.add_space(6.0);
                    let kept = tr.t(if look.dir.is_some() {
                        "weergave-onthouden"
                    } else {
                        "weergave-tot-sluiten"
                    });
                    ui.label(
                        RichText::new(kept)
                            .size(style::px(ui, 20.0))
                            .color(style::ink_soft(ui)),
                    );
                    super::notices::show(ui, &notices, &[Source::Look], tr, 20.0, style::ink(ui));
                });
            ui.add_space(8.0);
            ui.vertical_centered(|ui| {
                if style::button(
                    ui,
                    &tr.t("weergave-klaar"),
                    crate::game::screens::keys::hint(&Action::ToggleLook),
                )
                .clicked()
                {
                    out.write(Action::ToggleLook);
                }
            });
        });
    Ok(())
}
