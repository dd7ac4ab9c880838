//! What a screen reader says about the play table. The table is drawn as Bevy sprites, which
//! have no accessibility nodes; these lines mirror it as egui labels (AccessKit), made only from
//! the session's public [`TableView`] — so before the flip they cannot hold a hidden choice.

use bevy_egui::egui;

use crate::deck::{Library, Perspective};
use crate::game::table::{gap_words, seat_name};
use crate::session::{Phase, Player, Seat, Selection, TableView};

/// The table in sentences, in reading order: the card, each player's sentence, where each seat
/// is, and after the flip what both chose.
pub fn table_lines(view: &TableView, lib: &Library, selection: &Selection) -> Vec<String> {
    let Some(card) = lib.card(&view.card_id) else {
        return Vec::new();
    };
    let Some(field) = lib.field(&selection.field) else {
        return Vec::new();
    };
    let kenmerk = lib
        .kenmerk(&card.kenmerk)
        .map_or(card.kenmerk.as_str(), |k| k.name.as_str());
    let mut lines = vec![format!(
        "Kaart {} van {}. Thema: {kenmerk}.",
        view.position, view.total
    )];
    if view.round > 1 {
        lines.push(format!("Ronde {}.", view.round));
    }
    for (p, who, seat) in [
        (Player::Client, Perspective::Client, view.client),
        (
            Player::Professional,
            Perspective::Professional,
            view.professional,
        ),
    ] {
        let name = seat_name(p, Some(field));
        lines.push(format!(
            "Zin voor {name}: {}",
            card.text(who, selection.wording, field)
        ));
        lines.push(match seat {
            Seat::Waiting if view.turn == Some(p) => format!("{name} is aan de beurt."),
            Seat::Waiting => format!("{name} kiest nog."),
            Seat::Chosen => format!("{name} heeft gekozen."),
            Seat::Revealed(c) => format!(
                "{name} koos: {}.",
                super::summary::choice_words(lib, c, selection.wording)
            ),
        });
    }
    if let Phase::Revealed { gap, .. } = view.phase {
        lines.push(format!("{}.", gap_words(gap)));
    }
    lines
}

/// Puts `lines` into the accessibility tree as labels over `rect` (the table), without drawing
/// anything: sighted players see the sprites there.
pub fn announce(ui: &mut egui::Ui, rect: egui::Rect, lines: &[String]) {
    for (i, line) in lines.iter().enumerate() {
        let id = ui.id().with(("table-line", i));
        let response = ui.interact(rect, id, egui::Sense::hover());
        let text = line.clone();
        response.widget_info(move || {
            egui::WidgetInfo::labeled(egui::WidgetType::Label, true, text.clone())
        });
    }
}
