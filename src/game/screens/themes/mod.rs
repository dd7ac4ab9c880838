//! Themes: the client chooses the decks. The decks themselves are cards on the table
//! (`decks.rs`); this adds the title and the buttons.

mod apply;
mod decks;
mod list;

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Layout, Margin, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::game::screens::style::{self, button, toggle_button};
use crate::game::{Action, Cards, Notices, Screen, Setup, Source, Translations};

pub use decks::{Bars, DeckCard, OnlyDeckButton, ThemesItem};

mod reader;

/// The screen: the decks on the table (sprites, also without a window), its actions and the
/// egui part of its view.
pub fn plugin(app: &mut App) {
    app.add_plugins(decks::plugin);
    app.add_systems(Update, apply::apply.in_set(crate::game::ApplySet::Screen));
    app.add_systems(Last, log_decks);
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Themes))
            .in_set(crate::game::screens::style::UiSet),
    );
}

/// How many cards the chosen themes deal, as they change. (Runs on every screen, as
/// `log_code` does.)
fn log_decks(
    screen: Res<State<Screen>>,
    setup: Res<Setup>,
    cards: Res<Cards>,
    mut log: ResMut<crate::game::log::GameLog>,
) {
    if *screen.get() == Screen::Themes && setup.is_changed() && !setup.is_added() {
        log.say(&format!("thema's: {} kaarten", setup.card_count(&cards.0)));
    }
}

fn ui(
    mut contexts: EguiContexts,
    setup: Res<Setup>,
    cards: Res<Cards>,
    notices: Res<Notices>,
    talen: Res<Translations>,
    mut out: MessageWriter<Action>,
    (mut bars, mut redraw): (ResMut<Bars>, MessageWriter<bevy::window::RequestRedraw>),
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(setup.screen_lang());
    let lib = talen.library(setup.screen_lang(), &cards.0);
    let mut root = style::root(ctx, "themes");
    // (With the largest text the decks are a list under the bars, egui widgets of their own;
    // the explanation and who sees what scroll with them, so the bars leave the list room.)
    let list = style::largest(&root);
    // The explanation above the decks and who sees what under them: in the bars, or in the list.
    let werker = lib
        .field(&setup.field)
        .map_or(String::new(), |f| f.werker.clone());
    let words = [
        tr.t("thema-uitleg"),
        tr.f("thema-wie-ziet", [("werker", werker.into())]),
    ];
    let bar = egui::Frame::new()
        .fill(style::table_dark(ctx))
        .inner_margin(Margin::symmetric(28, 12));
    let top = egui::Panel::top("themes-top")
        .frame(bar)
        .show_separator_line(false)
        .show(&mut root, |ui| {
            let client = crate::game::table::seat_name(
                crate::session::Player::Client,
                lib.field(&setup.field),
            );
            // Room on the right for the "Weergave" button in the corner.
            // (The button grows with the text: 230 at 100 %, 310 at 200 %.)
            let free = ui.available_width() - 150.0 - 80.0 * style::text_scale(ui);
            ui.set_max_width(free);
            // The question on one line, so the bar leaves room for the decks at any text size.
            let question = tr.f("thema-vraag", [("client", client.to_lowercase().into())]);
            // (A little to spare: the measured width and the drawn one differ by hinting.)
            let width = free * 0.95;
            let size =
                style::one_line_size(ui, &question, style::px(ui, 34.0), style::bold(), width);
            ui.label(
                RichText::new(question)
                    .font(egui::FontId::new(size, style::bold()))
                    .color(style::paper(ui)),
            );
            // Clients in the study felt they were grading their worker.
            if !list {
                ui.label(
                    RichText::new(&words[0])
                        .size(style::px(ui, 21.0))
                        .color(style::paper(ui)),
                );
            }
        });
    // The decks for a screen reader, between the question and the buttons below, as a reader
    // meets them (placed where the bars left them last frame).
    if !list {
        reader::decks(&mut root, (lib, tr), (&setup, *bars), &mut out);
    }
    let bottom = egui::Panel::bottom("themes-bottom")
        .frame(bar.inner_margin(Margin::symmetric(28, 14)))
        .show_separator_line(false)
        .show(&mut root, |ui| {
            let n = setup.card_count(&cards.0);
            let (text, color) = match (notices.get(Source::Answer), n) {
                (Some(msg), _) => (msg.to_string(), style::gold(ui)),
                (None, 0) => (tr.t("thema-kies-minstens-een"), style::gold(ui)),
                (None, n) => (
                    tr.f("thema-jullie-spelen", [("n", n.into())]),
                    style::paper(ui),
                ),
            };
            let count = RichText::new(text)
                .font(egui::FontId::new(style::px(ui, 24.0), style::bold()))
                .color(color);
            // Who sees what, before the first card, with the field's word for the worker. (Here,
            // under the decks: the bar above keeps the room the decks need.)
            if !list {
                ui.label(
                    RichText::new(&words[1])
                        .size(style::px(ui, 20.0))
                        .color(style::paper(ui)),
                );
            }
            // With larger text the count and "Beginnen" get their own line, so no button lies
            // over another.
            let own_line = style::text_scale(ui) > 1.1;
            let begin = |ui: &mut egui::Ui, out: &mut MessageWriter<Action>| {
                let (text, key) = (
                    tr.t("thema-beginnen"),
                    crate::game::screens::keys::hint(&Action::Continue),
                );
                let go = ui.add_enabled(
                    n > 0,
                    egui::Button::new(style::with_key(ui, &text, key))
                        .min_size(egui::vec2(0.0, 52.0)),
                );
                style::speak(ui, &go, egui::WidgetType::Button, &text, None, key);
                if go.clicked() {
                    out.write(Action::Continue);
                }
            };
            if own_line {
                ui.horizontal(|ui| {
                    ui.label(count.clone());
                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                        begin(ui, &mut out)
                    });
                });
            }
            ui.horizontal_wrapped(|ui| {
                if button(
                    ui,
                    &tr.t("knop-terug"),
                    crate::game::screens::keys::hint(&Action::Back),
                )
                .clicked()
                {
                    out.write(Action::Back);
                }
                if toggle_button(
                    ui,
                    &tr.t("thema-alle"),
                    crate::game::screens::keys::hint(&Action::AllDecks),
                    setup.decks.len() == cards.0.kenmerken.len(),
                    0.0,
                )
                .clicked()
                {
                    out.write(Action::AllDecks);
                }
                if toggle_button(
                    ui,
                    &tr.t("thema-kort"),
                    crate::game::screens::keys::hint(&Action::ToggleShort),
                    setup.short,
                    0.0,
                )
                .clicked()
                {
                    out.write(Action::ToggleShort);
                }
                if !own_line {
                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                        begin(ui, &mut out);
                        ui.label(count);
                    });
                }
            });
        });
    if list {
        list::decks(&mut root, (lib, tr), (&setup, &words), &mut out);
    }
    // The decks take the room the bars leave (redrawn when that changes by a pixel or more).
    let now = Bars {
        top: top.response.rect.height(),
        bottom: bottom.response.rect.height(),
    };
    if (now.top - bars.top).abs() >= 1.0 || (now.bottom - bars.bottom).abs() >= 1.0 {
        *bars = now;
        // A resting window draws only on input: ask for the frame that lays the decks out.
        redraw.write(bevy::window::RequestRedraw);
    }
    Ok(())
}
