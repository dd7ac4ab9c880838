//! The rating buttons of one seat, and "Tegelijk": the tray in two halves.

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Layout, RichText};

use crate::deck::Library;
use crate::game::Action;
use crate::game::screens::style::{self};
use crate::game::table::seat_name;
use crate::lang::Tr;
use crate::session::{Hidden, Mode, Player, Seat, TableView};

use super::Words;
use crate::game::screens::phones::PhoneLink;
use crate::game::screens::phones::phone_seat;

/// "Tegelijk" at the largest text, where the tray has all the room under the bar: each half's
/// buttons are a list, one answer a row, its words on one line. (Three buttons a row, as
/// before, fitted "helemaal niet" at 26 points only: 1.44 times its size at 100 %.)
const LIST_ROW: f32 = 46.0;
const LIST_GAP: f32 = 6.0;

/// The height of a list of `count` rating buttons.
fn list_height(count: usize) -> f32 {
    let n = count as f32;
    n * LIST_ROW + (n - 1.0).max(0.0) * LIST_GAP
}

/// The key hint of `action` for player `p` choosing in `mode`, from the key table.
fn key_hint(p: Player, mode: Mode, action: &Action) -> String {
    let here = crate::game::screens::keys::Here {
        screen: crate::game::Screen::Play,
        phase: Some(crate::game::Phase::Choosing),
        mode,
        turn: Some(p),
        cover: None,
        look: Default::default(),
        may: crate::session::May::all(),
        typing: false,
        alt: false,
        steps: *crate::deck::SCALE_STEPS.end(),
    };
    crate::game::screens::keys::key_for(&here, action)
        .map_or_else(String::new, crate::game::screens::keys::cap)
}

/// The five rating buttons and the pass button for one player; what was clicked, as an action.
/// For a screen reader they are one group named after the seat ("Keuze: cliënt"), each button
/// with its scale words and place ("Klopt een beetje, 4 van 5"), in the seat's language.
/// `guessing` ("Raad de ander"): the same buttons place the seat's guess of the other's choice,
/// the pass button reads "Weet ik niet", the group "Gok: cliënt".
pub(super) fn buttons(
    ui: &mut egui::Ui,
    (lib, (tr, seat)): (&Library, (Tr, &str)),
    wording: crate::deck::Wording,
    (p, guessing): (Player, bool),
    mode: Mode,
    width: f32,
) -> Option<Action> {
    let scale = lib.scale.as_ref()?;
    let large = style::largest(ui);
    let count = scale.points.len() + 1;
    // With the largest text the half of "Tegelijk" is too narrow for six buttons with words that
    // size: a list where the tray has the room, else two rows of three.
    let list = large && mode == Mode::Together && ui.available_height() >= list_height(count);
    let per_row = if list {
        1
    } else if large && mode == Mode::Together {
        count.div_ceil(2)
    } else {
        count
    };
    let n = per_row as f32;
    let gap = if list { LIST_GAP } else { 10.0 };
    // Larger text, larger buttons, as far as the tray has room: the words stay large.
    // (Only with the largest text: then the tray is taller too.)
    let grow = if large { 1.5 } else { 1.0 };
    let w = if list {
        width - 16.0
    } else {
        ((width - gap * (n - 1.0)) / n).clamp(70.0, 170.0 * grow)
    };
    let high = match (mode, per_row < count) {
        _ if list => LIST_ROW,
        (_, true) => 118.0,
        (Mode::Together, false) => 140.0 * grow.min(1.4),
        // In turn with the largest text the buttons take the tray's height: larger words.
        (Mode::TakeTurns, false) if large => 212.0,
        _ => 128.0 * grow.min(1.4),
    };
    let size = egui::vec2(w, high);
    let top = scale.points.iter().map(|p| p.value).max().unwrap_or(5);
    // Every button of the seat: its action, pictogram, words, spoken name and key.
    let mut all: Vec<(Option<Action>, crate::deck::Pictogram, &str, String, String)> = scale
        .points
        .iter()
        .map(|point| {
            let hidden = Hidden::new(point.value);
            let choose = hidden.map(|h| Action::Choose(p, h));
            let key = choose
                .as_ref()
                .map_or_else(String::new, |a| key_hint(p, mode, a));
            let choose = match hidden {
                Some(h) if guessing => Some(Action::Guess(p, Some(h))),
                _ => choose,
            };
            let word = point.word(wording);
            let spoken = tr.f(
                "lezer-keuze",
                [
                    ("woord", word.into()),
                    ("n", point.value.into()),
                    ("van", top.into()),
                ],
            );
            (choose, point.pictogram, word, spoken, key)
        })
        .collect();
    let unknown = tr.t("raad-weet-niet");
    let pass = if guessing {
        unknown.as_str()
    } else {
        scale.pass_label.as_str()
    };
    all.push((
        Some(if guessing {
            Action::Guess(p, None)
        } else {
            Action::Pass(p)
        }),
        scale.pass_pictogram,
        pass,
        pass.to_string(),
        key_hint(p, mode, &Action::Pass(p)),
    ));
    let labels: Vec<&str> = all.iter().map(|b| b.2).collect();
    let font = style::rating_words_size(ui, size, &labels);
    let mut clicked = None;
    ui.vertical(|ui| {
        let group_key = if guessing {
            "lezer-gok-groep"
        } else {
            "lezer-keuze-groep"
        };
        let group = tr.f(group_key, [("naam", seat.into())]);
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(egui::accesskit::Role::Group);
            node.set_label(group);
        });
        ui.spacing_mut().item_spacing.y = gap;
        for row in all.chunks(per_row) {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                let total = w * n + gap * (n - 1.0);
                ui.add_space(((ui.available_width() - total) / 2.0).max(0.0));
                for (action, pictogram, word, spoken, key) in row {
                    let r = style::rating_button(ui, (size, font), *pictogram, (word, spoken), key);
                    if r.clicked() {
                        clicked = action.clone();
                    }
                }
            });
        }
    });
    clicked
}

/// "Tegelijk": the screen in two halves, client left, professional right.
pub(super) fn together(
    ui: &mut egui::Ui,
    words: Words,
    (wording, field_id): (crate::deck::Wording, &str),
    (view, own_again, sentences): (&TableView, &crate::game::OwnAgain, bool),
    phones: Option<&PhoneLink>,
    out: &mut MessageWriter<Action>,
) {
    let half = (ui.available_width() - 30.0) / 2.0;
    let high = if sentences {
        ui.available_height()
    } else {
        220.0
    };
    // Each half's line: the seat's name and where it is, in the seat's own language.
    let lines = crate::session::PerSeat::new(|p: Player| {
        let seat = match p {
            Player::Client => view.client,
            Player::Professional => view.professional,
        };
        let on_phone = phones.is_some_and(|l| l.holds(p));
        let (own, own_lib) = words.seat(p);
        // "Raad de ander": this seat's guess, and whether its buttons guess now.
        let guess = view.guesses.map(|g| g[p]);
        let guessing = own_again.guessing(view, p);
        let done = seat != Seat::Waiting && guess != Some(Seat::Waiting);
        let other = seat_name(p.other(), own_lib.field(field_id)).to_lowercase();
        let status = match (seat, on_phone) {
            (Seat::Waiting, false) => own.t("spel-status-nog-kiezen"),
            (_, false) if guessing && !done => {
                own.f("spel-status-raad", [("ander", other.as_str().into())])
            }
            (_, false) if guessing => own.t("spel-status-geraden"),
            (_, false) => own.t("spel-status-gekozen"),
            (_, true) if done => own.t("spel-status-gekozen-telefoon"),
            (_, true) => own.t("spel-status-kiest-telefoon"),
        };
        // The seat's name in its own language too, so the line is one language.
        format!("{}: {status}", seat_name(p, own_lib.field(field_id)))
    });
    // One line each, so the buttons under it stay in the tray; each as large as fits its half,
    // in a band as high as the larger, so both halves' buttons stand level.
    // (With the sentences: at most 1.6 times its size at 100 %, for the sentence's room.)
    let wanted = if sentences {
        style::px(ui, 26.0).min(26.0 * 1.6)
    } else {
        style::px(ui, 26.0)
    };
    // One line where it fits at a readable size; otherwise it wraps at that size (at 200 % "Client:
    // what does the probation officer choose, do you think?" would shrink under its 100 % size).
    let least = style::px(ui, 16.0).min(wanted);
    let heading = lines
        .map(|line| style::one_line_size(ui, line, wanted, style::bold(), half - 8.0).max(least));
    let band = Player::ALL
        .iter()
        .map(|p| {
            let font = egui::FontId::new(heading[*p], style::bold());
            ui.painter()
                .layout(lines[*p].clone(), font, style::ink(ui), half - 8.0)
                .size()
                .y
        })
        .fold(0.0, f32::max)
        + heading.client.max(heading.professional) * 0.1;
    // "Mijn keuze veranderen" under a half's buttons: both halves leave its room, so their
    // buttons stand level.
    let change = if Player::ALL.iter().any(|p| own_again.guessing(view, *p)) {
        4.0 + style::small_button_height(ui)
    } else {
        0.0
    };
    ui.horizontal_top(|ui| {
        for p in Player::ALL {
            ui.allocate_ui_with_layout(
                egui::vec2(half, high),
                Layout::top_down(Align::Center),
                |ui| {
                    let on_phone = phones.is_some_and(|l| l.holds(p));
                    // Each half in its own player's language.
                    let (own, own_lib) = words.seat(p);
                    let guessing = own_again.guessing(view, p);
                    let own_name = seat_name(p, own_lib.field(field_id));
                    let line = lines[p].clone();
                    ui.allocate_ui_with_layout(
                        egui::vec2(half, band),
                        Layout::top_down(Align::Center),
                        |ui| {
                            ui.set_min_height(band);
                            let font = egui::FontId::new(heading[p], style::bold());
                            ui.add(egui::Label::new(RichText::new(line).font(font)).wrap());
                        },
                    );
                    if sentences {
                        let perspective = match p {
                            Player::Client => crate::deck::Perspective::Client,
                            Player::Professional => crate::deck::Perspective::Professional,
                        };
                        let text = match (&view.own, own_lib.card(&view.card_id)) {
                            (Some(own), _) => own.clone(),
                            (None, Some(card)) => own_lib
                                .field(field_id)
                                .map(|f| card.text(perspective, wording, f))
                                .unwrap_or_default(),
                            (None, None) => String::new(),
                        };
                        // Room for the buttons (and "Mijn keuze veranderen") under it.
                        let count = own_lib.scale.as_ref().map_or(0, |s| s.points.len() + 1);
                        let below = list_height(count) + change + 16.0;
                        sentence(ui, &text, (half - 16.0, ui.available_height() - below));
                    }
                    // A seat's buttons only where the rules let it choose or guess now.
                    let may = view.may.seats[p];
                    if on_phone {
                        phone_seat(ui, own, p, phones, out);
                    } else if may.choose || may.guess {
                        let seat_words = (own, own_name.as_str());
                        let a = buttons(
                            ui,
                            (own_lib, seat_words),
                            wording,
                            (p, guessing),
                            Mode::Together,
                            half,
                        );
                        if let Some(a) = a {
                            out.write(a);
                        }
                        // Back to one's own choice, until the flip.
                        if guessing {
                            ui.add_space(4.0);
                            let words = own.t("spel-keuze-veranderen");
                            if style::small_button(ui, &words, "").clicked() {
                                out.write(Action::ChooseAgain(p));
                            }
                        }
                    }
                },
            );
            if p == Player::Client {
                let (r, _) =
                    ui.allocate_exact_size(egui::vec2(6.0, high - 20.0), egui::Sense::hover());
                ui.painter().rect_filled(r, 3.0, style::table_dark(ui));
            }
        }
    });
}

/// A seat's sentence in its half of the tray ("Tegelijk", the largest text): 26 × the text size
/// (52 at 200 %, 1.6 times the table's 32 at 100 %), smaller only when the half has no room for
/// it whole.
fn sentence(ui: &mut egui::Ui, text: &str, (width, room): (f32, f32)) {
    let wanted = style::px(ui, 26.0);
    let galley = |size: f32| {
        ui.painter().layout(
            text.to_string(),
            egui::FontId::proportional(size),
            style::ink(ui),
            width,
        )
    };
    let size = (0..)
        .map(|i| wanted - 2.0 * i as f32)
        .take_while(|s| *s > 16.0)
        .find(|s| galley(*s).size().y <= room)
        .unwrap_or(16.0);
    // The whole room, however long the sentence: both halves' buttons stand level.
    let used = ui
        .allocate_ui_with_layout(
            egui::vec2(width, room),
            Layout::top_down(Align::Min),
            |ui| {
                ui.label(
                    RichText::new(text)
                        .font(egui::FontId::proportional(size))
                        .color(style::ink(ui)),
                );
            },
        )
        .response
        .rect
        .height();
    ui.add_space((room - used).max(0.0));
}
