//! After the flip: both choices, the prompt, the note and "Later bespreken".

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};

use crate::deck::Library;
use crate::game::screens::style;
use crate::game::table::seat_name;
use crate::game::{Action, Conversation};
use crate::lang::Tr;
use crate::session::{CardState, Player, TableView};

use super::Words;
use crate::report::gap_words;

pub(super) fn discuss(
    ui: &mut egui::Ui,
    words: Words,
    table: &mut Conversation,
    view: &TableView,
    out: &mut MessageWriter<Action>,
) {
    let CardState::Revealed {
        gap,
        client,
        professional,
    } = view.phase
    else {
        return;
    };
    let (tr, lib) = (words.tr, words.lib);
    // An own card has no prompts of its own, only the generic ones.
    let card = lib.card(&view.card_id);
    if card.is_none() && view.own.is_none() {
        return;
    }
    let Some(field) = lib.field(&table.session().selection().field) else {
        return;
    };
    // A prompt that fits what both chose: "goes well" only when it does. In the screen's
    // language; when the professional reads another, also in theirs, smaller, under it.
    let talk_in = |lib: &Library| {
        let field = lib.field(&table.session().selection().field)?;
        Some(lib.talk(
            lib.card(&view.card_id),
            (client.score(), professional.score()),
            field,
            view.position,
        ))
    };
    let talk_here = talk_in(lib).unwrap_or_default();
    let prompt = talk_here.prompt.clone();
    let (pro_tr, pro_lib) = words.seat(Player::Professional);
    let pro_prompt = (pro_tr.code() != tr.code())
        .then(|| talk_in(pro_lib).map(|t| t.prompt))
        .flatten();
    let pro_field = pro_lib.field(&table.session().selection().field);
    let wording = table.session().selection().wording;
    // The note field's text belongs to this card of this conversation.
    let note = table.note_draft.for_card(&view.card_id, &view.note);
    let title = RichText::new(gap_words(gap, tr))
        .font(egui::FontId::new(style::px(ui, 32.0), style::bold()));
    // The words to talk about, under the title.
    let talk = |ui: &mut egui::Ui| {
        ui.label(RichText::new(prompt.as_str()).size(style::px(ui, 25.0)));
        // "Aan het begin is dit vaak zo": where the research says a low score is common early.
        if let Some(note) = &talk_here.note {
            ui.label(
                RichText::new(note)
                    .size(style::px(ui, 21.0))
                    .color(style::ink_soft(ui)),
            );
        }
        if let Some(p) = &pro_prompt {
            // Not in italics: slanted letters are harder to read.
            ui.label(
                RichText::new(p)
                    .size(style::px(ui, 21.0))
                    .color(style::ink_soft(ui)),
            );
        }
        // "Raad de ander": with the largest text the tray covers the lines under the cards;
        // then what each thought stands here.
        if style::largest(ui) {
            for line in guess_lines(view, (lib, field), wording, tr) {
                ui.label(RichText::new(line).size(style::px(ui, 23.0)));
            }
        }
        // "Raad de ander": what surprised whom (never who was right).
        for line in guess_prompts(view, tr) {
            ui.label(
                RichText::new(line).font(egui::FontId::new(style::px(ui, 23.0), style::bold())),
            );
        }
        if card.is_some() && !talk_here.card_prompts.is_empty() {
            ui.add_space(2.0);
            ui.label(style::sub(ui, &tr.t("spel-verder-praten")));
            for p in &talk_here.card_prompts {
                ui.label(RichText::new(format!("•  {p}")).size(style::px(ui, 21.0)));
            }
        }
    };
    let large = style::largest(ui);
    // The professional's note, "Later verder praten" (and "Nog een keer kiezen").
    let mut note_and_marks = |ui: &mut egui::Ui, out: &mut MessageWriter<Action>| {
        // The note is the professional's: in their language.
        let title = ui.label(style::sub(
            ui,
            &pro_tr.f(
                "spel-notitie",
                [(
                    "naam",
                    seat_name(Player::Professional, pro_field)
                        .to_lowercase()
                        .into(),
                )],
            ),
        ));
        let id = egui::Id::new("note-field");
        style::takes_stray_letter(ui, id);
        let edit = egui::TextEdit::multiline(note)
            .id(id)
            .desired_rows(2)
            .desired_width(ui.available_width())
            .char_limit(crate::session::MAX_NOTE_CHARS)
            .hint_text(pro_tr.t("spel-notitie-hint"))
            .font(egui::FontId::new(
                style::px(ui, 22.0),
                egui::FontFamily::Proportional,
            ));
        // The field is named by its title, as a screen reader says it.
        if ui.add(edit).labelled_by(title.id).changed() {
            out.write(Action::SetNote(note.clone()));
        }
        ui.horizontal_wrapped(|ui| {
            if view.may.mark {
                mark_button(ui, tr, view.marked, out);
            }
            // With the largest text "Nog een keer kiezen" stands here; otherwise in the title
            // row, beside "Volgende kaart".
            if large && view.may.rerate {
                rerate_button(ui, tr, out);
            }
        });
    };
    // With larger text the talk may not fit the tray: it scrolls (by the wheel, and by Page
    // Down / Page Up, Home / End), nothing is cut off.
    let page = ui.available_height() * 0.8;
    if large {
        egui::ScrollArea::vertical().show(ui, |ui| {
            style::keyboard_scroll(ui, page);
            // Room for the scroll bar on the right: the note field ends inside the window.
            ui.set_max_width(ui.available_width() - 18.0);
            // The largest text: one column, what to talk about first (and "Volgende kaart"
            // beside the title), the note under it.
            ui.horizontal_top(|ui| {
                // "Volgende kaart" as wide as its words and key make it.
                let next_words = tr.t(if view.position == view.total {
                    "spel-klaar-overzicht"
                } else {
                    "spel-volgende-kaart"
                });
                let next_w = (ui
                    .painter()
                    .layout_no_wrap(
                        next_words,
                        egui::FontId::new(style::px(ui, 24.0), style::bold()),
                        style::ink(ui),
                    )
                    .size()
                    .x
                    + 140.0)
                    .min(ui.available_width() * 0.45);
                let width = ui.available_width() - next_w - 16.0;
                // On one line where it fits at 1.6 times its usual size or more; else two.
                let words = gap_words(gap, tr);
                let size =
                    style::one_line_size(ui, &words, style::px(ui, 32.0), style::bold(), width)
                        .max(32.0 * 1.6);
                ui.allocate_ui_with_layout(
                    egui::vec2(width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_max_width(width);
                        ui.add(
                            egui::Label::new(
                                RichText::new(words).font(egui::FontId::new(size, style::bold())),
                            )
                            .wrap(),
                        )
                    },
                );
                next_button(ui, tr, view, out);
            });
            talk(ui);
            ui.add_space(6.0);
            note_and_marks(ui, out);
        });
        return;
    }
    // Two columns, each scrolling on its own: what to talk about on the left; the note, the
    // mark and the next steps on the right (at 100 % all of it in view).
    ui.columns(2, |cols| {
        egui::ScrollArea::vertical()
            .id_salt("talk-left")
            .show(&mut cols[0], |ui| {
                style::keyboard_scroll(ui, page);
                ui.set_max_width(ui.available_width() - 18.0);
                // Not justified: egui stretches the letters of a wrapped line there.
                ui.vertical(|ui| {
                    ui.label(title.clone());
                    talk(ui);
                });
            });
        egui::ScrollArea::vertical()
            .id_salt("talk-right")
            .show(&mut cols[1], |ui| {
                style::keyboard_scroll(ui, page);
                ui.set_max_width(ui.available_width() - 18.0);
                ui.vertical(|ui| {
                    // With larger text the next steps come first, so they are always seen.
                    let next_first = style::text_scale(ui) > 1.1;
                    if next_first {
                        next_steps(ui, tr, view, out);
                    }
                    note_and_marks(ui, out);
                    if !next_first {
                        ui.add_space(4.0);
                        next_steps(ui, tr, view, out);
                    }
                });
            });
    });
}

/// "Nog een keer kiezen" and "Volgende kaart", from the right.
fn next_steps(ui: &mut egui::Ui, tr: Tr, view: &TableView, out: &mut MessageWriter<Action>) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        add_next(ui, tr, view, out);
        if view.may.rerate {
            rerate_button(ui, tr, out);
        }
    });
}

/// "Nog een keer kiezen": both choose this card once more (the round before is kept).
fn rerate_button(ui: &mut egui::Ui, tr: Tr, out: &mut MessageWriter<Action>) {
    if style::small_button(
        ui,
        &tr.t("spel-nog-een-keer"),
        crate::game::screens::keys::hint(&Action::Rerate),
    )
    .clicked()
    {
        out.write(Action::Rerate);
    }
}

/// "Volgende kaart", or "Klaar: naar het overzicht" on the last card; on the right.
fn next_button(ui: &mut egui::Ui, tr: Tr, view: &TableView, out: &mut MessageWriter<Action>) {
    ui.horizontal(|ui| {
        // On the right, however wide its words make it (with the largest text, wider than 340).
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            add_next(ui, tr, view, out);
        });
    });
}

/// The button "Volgende kaart" itself, where `ui` puts it (where the rules allow the move).
fn add_next(ui: &mut egui::Ui, tr: Tr, view: &TableView, out: &mut MessageWriter<Action>) {
    if !view.may.next {
        return;
    }
    let last = view.position == view.total;
    let text = tr.t(if last {
        "spel-klaar-overzicht"
    } else {
        "spel-volgende-kaart"
    });
    let width = 340.0_f32.min(ui.available_width());
    let key = crate::game::screens::keys::hint(&Action::Next);
    if style::keyed(
        ui,
        egui::Button::new(style::with_key(ui, &text, key))
            .min_size(egui::vec2(width, 56.0))
            .fill(style::highlight(ui)),
        &text,
        key,
    )
    .clicked()
    {
        out.write(Action::Next);
    }
}

/// "Later bespreken": a toggle, a star when on; a screen reader hears it as pressed or not.
fn mark_button(ui: &mut egui::Ui, tr: Tr, marked: bool, out: &mut MessageWriter<Action>) {
    let (mark, fill, stroke) = if marked {
        (
            format!("★ {}", tr.t("spel-later-ja")),
            style::highlight(ui),
            egui::Stroke::new(3.0, style::ink(ui)),
        )
    } else {
        (
            format!("☆ {}", tr.t("spel-later")),
            Color32::WHITE,
            egui::Stroke::new(2.0, style::ink_soft(ui)),
        )
    };
    let key = crate::game::screens::keys::hint(&Action::ToggleMark);
    let b = egui::Button::new(style::with_key(ui, &mark, key))
        .min_size(egui::vec2(0.0, 44.0))
        .fill(fill)
        .stroke(stroke);
    let response = ui.add(b);
    let name = tr.t("spel-later");
    style::speak(
        ui,
        &response,
        egui::WidgetType::Checkbox,
        &name,
        Some(marked),
        key,
    );
    if response.clicked() {
        out.write(Action::ToggleMark);
    }
}

/// "Raad de ander": the same questions for both seats, whoever guessed close (never who was
/// right). Nothing when the players do not guess.
fn guess_prompts(view: &TableView, tr: Tr) -> Vec<String> {
    if view.guesses.is_none() {
        return Vec::new();
    }
    vec![format!(
        "{} {}",
        tr.t("praat-raden-vertel"),
        tr.t("praat-raden-verrast")
    )]
}

/// "Raad de ander", after the flip: what each thought the other chose, as under the cards.
fn guess_lines(
    view: &TableView,
    (lib, field): (&Library, &crate::deck::Field),
    wording: crate::deck::Wording,
    tr: Tr,
) -> Vec<String> {
    let Some(guesses) = view.guesses else {
        return Vec::new();
    };
    Player::ALL
        .into_iter()
        .filter_map(|p| match guesses[p] {
            crate::session::Seat::Revealed(crate::session::Choice::Pass) => Some(tr.f(
                "tafel-wist-niet",
                [("naam", crate::game::table::seat_word(p, Some(field)).into())],
            )),
            crate::session::Seat::Revealed(g) => Some(tr.f(
                "tafel-dacht",
                [
                    ("naam", crate::game::table::seat_word(p, Some(field)).into()),
                    (
                        "woord",
                        crate::report::choice_words(lib, g, wording, tr).into(),
                    ),
                ],
            )),
            _ => None,
        })
        .collect()
}
