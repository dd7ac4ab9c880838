//! The decks for a screen reader. They are Bevy sprites, which have no accessibility nodes; each
//! gets an egui node over it: a check box named after the deck with its card count ("Vertrouwen,
//! 5 kaarten"), checked when chosen, its explanation as the description, and "Alleen dit thema"
//! as a button under it. The screen reader's default action (click) takes the deck or puts it
//! back, as a click or its number key does. A mouse click still goes to the sprite: the nodes
//! only take focus and the reader's actions, never the pointer.

use bevy::prelude::*;
use bevy_egui::egui::{self, WidgetInfo, WidgetType, accesskit};

use super::decks::{Bars, places};
use crate::deck::Library;
use crate::game::{Action, Setup};
use crate::lang::Tr;

/// One node per deck and one per "Alleen dit thema" button, in the decks' order.
pub(super) fn decks(
    ui: &mut egui::Ui,
    (lib, tr): (&Library, Tr),
    (setup, bars): (&Setup, Bars),
    out: &mut MessageWriter<Action>,
) {
    // Table units are egui points (the window is scaled to VIEW); the table's centre is the
    // window's, y pointing up.
    let centre = ui.ctx().content_rect().center();
    let rect = |at: Vec2, size: Vec2| {
        egui::Rect::from_center_size(
            egui::pos2(centre.x + at.x, centre.y - at.y),
            egui::vec2(size.x, size.y),
        )
    };
    for ((i, k), place) in lib
        .kenmerken
        .iter()
        .enumerate()
        .zip(places(lib.kenmerken.len(), bars))
    {
        let count = lib.deck(&k.id).filter(|c| !setup.short || c.short).count();
        let chosen = setup.decks.contains(&k.id);
        let name = format!(
            "{}, {}",
            k.label,
            tr.f("thema-kaarten", [("n", count.into())])
        );
        if node(
            ui,
            (("deck", i), rect(place.deck, place.size)),
            WidgetInfo::selected(WidgetType::Checkbox, true, chosen, name),
            Some(&if k.name == k.label {
                k.explain.clone()
            } else {
                format!("{}. {}", k.name, k.explain)
            }),
        ) {
            out.write(Action::ToggleDeck(i));
        }
        let only = format!("{}: {}", tr.t("thema-alleen-dit"), k.label);
        if node(
            ui,
            (("only", i), rect(place.pill, place.pill_size)),
            WidgetInfo::labeled(WidgetType::Button, true, only),
            None,
        ) {
            out.write(Action::OnlyDeck(i));
        }
    }
}

/// A node that takes focus and the reader's click (never the pointer); true when clicked.
fn node(
    ui: &mut egui::Ui,
    (id, rect): ((&'static str, usize), egui::Rect),
    info: WidgetInfo,
    description: Option<&str>,
) -> bool {
    let id = ui.id().with(id);
    let response = ui.interact(rect, id, egui::Sense::FOCUSABLE);
    response.widget_info(|| info.clone());
    ui.ctx().accesskit_node_builder(id, |node| {
        node.add_action(accesskit::Action::Click);
        if let Some(d) = description {
            node.set_description(d);
        }
    });
    ui.input(|i| i.has_accesskit_action_request(id, accesskit::Action::Click))
}
