//! What a screen reader says about the play table. The table is drawn as Bevy sprites, which
//! have no accessibility nodes; these lines mirror it as egui labels (AccessKit), made only from
//! the session's public [`TableView`] — so before the flip they cannot hold a hidden choice.

use bevy_egui::egui;

use crate::deck::{Library, Perspective};
use crate::game::table::seat_name;
use crate::lang::Tr;
use crate::report::gap_words;
use crate::session::{CardState, Player, Seat, Selection, TableView};

/// The table in sentences, in reading order: the card, each player's sentence, where each seat
/// is, and after the flip what both chose. `seats` are the cards in the client's and the
/// professional's language; the rest is in the screen's language (`tr`, with `seats[0]`).
pub fn table_lines(
    view: &TableView,
    (seats, tr): ([&Library; 2], Tr),
    selection: &Selection,
) -> Vec<String> {
    let lib = seats[0];
    let card = lib.card(&view.card_id);
    if card.is_none() && view.own.is_none() {
        return Vec::new();
    }
    let Some(field) = lib.field(&selection.field) else {
        return Vec::new();
    };
    let kenmerk = match card {
        Some(card) => lib
            .kenmerk(&card.kenmerk)
            .map_or(card.kenmerk.clone(), |k| k.label.clone()),
        None => tr.t("eigen-kaart"),
    };
    let mut lines = vec![tr.f(
        "lezer-kaart",
        [
            ("n", view.position.into()),
            ("totaal", view.total.into()),
            ("thema", kenmerk.as_str().into()),
        ],
    )];
    if view.round > 1 {
        lines.push(format!(
            "{}.",
            tr.f("tafel-ronde", [("n", view.round.into())])
        ));
    }
    for (i, (p, who, seat)) in [
        (Player::Client, Perspective::Client, view.client),
        (
            Player::Professional,
            Perspective::Professional,
            view.professional,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        // The seat as a role in a sentence: "De jongere kiest nog".
        let name = seat_name(p, Some(field)).to_lowercase();
        // Each sentence in its reader's language, as on the table.
        let own = seats[i];
        let sentence = match (
            &view.own,
            card,
            own.card(&view.card_id),
            own.field(&selection.field),
        ) {
            (Some(text), ..) => text.clone(),
            (None, _, Some(c), Some(f)) => c.text(who, selection.wording, f),
            (None, Some(card), ..) => card.text(who, selection.wording, field),
            (None, None, ..) => String::new(),
        };
        lines.push(tr.f(
            "lezer-zin",
            [("naam", name.as_str().into()), ("zin", sentence.into())],
        ));
        let n = name.as_str();
        lines.push(match seat {
            Seat::Waiting if view.turn == Some(p) => {
                tr.f("lezer-aan-de-beurt", [("naam", n.into())])
            }
            Seat::Waiting => tr.f("lezer-kiest-nog", [("naam", n.into())]),
            // "Raad de ander": whether the guess is placed too (never what).
            Seat::Chosen if view.guesses.is_some_and(|g| matches!(g[p], Seat::Chosen)) => {
                tr.f("lezer-geraden", [("naam", n.into())])
            }
            Seat::Chosen => tr.f("lezer-gekozen", [("naam", n.into())]),
            Seat::Revealed(c) => tr.f(
                "lezer-koos",
                [
                    ("naam", n.into()),
                    (
                        "keuze",
                        crate::report::choice_words(lib, c, selection.wording, tr).into(),
                    ),
                ],
            ),
        });
    }
    if let CardState::Revealed { gap, .. } = view.phase {
        lines.push(format!("{}.", gap_words(gap, tr)));
    }
    // "Raad de ander", after the flip: what each thought the other would choose.
    if let Some(guesses) = view.guesses {
        for p in Player::ALL {
            let Seat::Revealed(guess) = guesses[p] else {
                continue;
            };
            let name = seat_name(p, Some(field)).to_lowercase();
            let other = seat_name(p.other(), Some(field)).to_lowercase();
            let args = |keuze: Option<String>| {
                let mut a = vec![
                    ("naam", name.as_str().into()),
                    ("ander", other.as_str().into()),
                ];
                if let Some(k) = keuze {
                    a.push(("keuze", k.into()));
                }
                a
            };
            lines.push(match guess {
                crate::session::Choice::Pass => tr.f("lezer-wist-niet", args(None)),
                g => tr.f(
                    "lezer-dacht",
                    args(Some(crate::report::choice_words(
                        lib,
                        g,
                        selection.wording,
                        tr,
                    ))),
                ),
            });
        }
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
