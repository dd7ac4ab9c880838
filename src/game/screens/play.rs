//! Play: progress on top; below the table the rating buttons, the cover screen, or the talk
//! after the flip. Reads only the session's public view.

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Color32, Layout, Margin, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button};
use crate::deck::Library;
use crate::game::phones::{PhoneLink, PhoneTrouble, PhonesPanel};
use crate::game::table::{gap_words, seat_name};
use crate::game::{Action, AskStop, Cards, Phase, Screen, Table, Talen};
use crate::lang::Tr;

/// The words of this table: the shared screen's (the client's language), and each seat's own
/// (the rating buttons and the question to the one who chooses).
#[derive(Clone, Copy)]
struct Words<'a> {
    tr: Tr<'a>,
    lib: &'a Library,
    seats: [(Tr<'a>, &'a Library); 2],
}

impl<'a> Words<'a> {
    fn new(talen: &'a Talen, dutch: &'a Library, langs: &crate::session::SeatLanguages) -> Self {
        let of = |code: &str| (talen.tr(code), talen.library(code, dutch));
        let (tr, lib) = of(&langs.client);
        Words {
            tr,
            lib,
            seats: [of(&langs.client), of(&langs.professional)],
        }
    }

    fn seat(&self, p: Player) -> (Tr<'a>, &'a Library) {
        self.seats[usize::from(p == Player::Professional)]
    }
}
use crate::session::{Mode, Phase as CardPhase, Player, Seat, TableView};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Play))
            .in_set(super::style::UiSet),
    );
}

fn ui(
    mut contexts: EguiContexts,
    table: Option<ResMut<Table>>,
    phase: Res<State<Phase>>,
    cards: Res<Cards>,
    talen: Res<Talen>,
    ask: Res<AskStop>,
    phones: (Res<PhonesPanel>, Option<Res<PhoneLink>>, Res<PhoneTrouble>),
    mut out: MessageWriter<Action>,
) -> Result {
    let Some(mut table) = table else {
        return Ok(());
    };
    let languages = table.session.selection().languages.clone();
    let words = Words::new(&talen, &cards.0, &languages);
    let tr = words.tr;
    let (panel, link, trouble) = phones;
    let link = link.as_deref();
    let ctx = contexts.ctx_mut()?;
    if ask.0 {
        ask_stop(ctx, tr, &mut out);
    } else if panel.0 {
        let field = words.lib.field(&table.session.selection().field);
        let hint = link.and_then(|l| l.hint(tr));
        let trouble = trouble.0.as_deref().or(hint.as_deref());
        phones_panel(ctx, tr, link, trouble, field, &mut out);
    }
    // Only the note draft is written here; that is no change to the game.
    let table = table.bypass_change_detection();
    let view = table.session.view();
    if view.phase == CardPhase::Finished {
        return Ok(());
    }
    let lib = words.lib;
    let mode = table.session.selection().mode;
    let wording = table.session.selection().wording;
    let field = lib.field(&table.session.selection().field);
    let name = |p| seat_name(p, field);
    let mut root = style::root(ctx, "play");

    let bar = egui::Frame::new()
        .fill(style::table_dark())
        .inner_margin(Margin::symmetric(20, 4));
    egui::Panel::top("play-top")
        .frame(bar)
        .show_separator_line(false)
        .show(&mut root, |ui| {
            ui.horizontal(|ui| {
                let progress = tr.f(
                    "spel-kaart-van",
                    [("n", view.position.into()), ("totaal", view.total.into())],
                );
                ui.label(
                    RichText::new(progress)
                        .font(egui::FontId::new(style::px(26.0), style::bold()))
                        .color(style::paper()),
                );
                // With the largest text the bar keeps to one row: no little cards, and the keys
                // only in the help (F1).
                let scale = crate::game::art::text_scale();
                let roomy = scale <= 1.6;
                let key = |k: &'static str| if roomy { k } else { "" };
                // little cards for the progress, so it is seen without reading; only where the
                // buttons on the right leave room for them (about 170 px a button at 100 %)
                let buttons = if view.can_skip { 4.0 } else { 3.0 } * 170.0 * scale;
                let room = ui.available_width() - buttons;
                let cards_w = (view.total as f32 * 16.0).min(420.0).min(room);
                let roomy = roomy && cards_w >= 80.0;
                let cards_w = if roomy { cards_w } else { 0.0 };
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(cards_w, 24.0), egui::Sense::hover());
                let step = rect.width() / view.total.max(1) as f32;
                for i in (0..view.total).filter(|_| roomy) {
                    let r = egui::Rect::from_min_size(
                        rect.min + egui::vec2(i as f32 * step + 2.0, 2.0),
                        egui::vec2((step - 4.0).max(3.0), 20.0),
                    );
                    let fill = if i + 1 < view.position {
                        style::gold()
                    } else if i + 1 == view.position {
                        style::paper()
                    } else {
                        Color32::from_white_alpha(40)
                    };
                    ui.painter().rect_filled(r, 3.0, fill);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if style::small_button(ui, &tr.t("spel-stoppen"), key("Esc")).clicked() {
                        out.write(Action::Stop);
                    }
                    if style::small_button(ui, &tr.t("knop-help"), key("F1")).clicked() {
                        out.write(Action::ToggleHelp);
                    }
                    if style::small_button(ui, &tr.t("knop-weergave"), key("F2")).clicked() {
                        out.write(Action::ToggleLook);
                    }
                    if mode == Mode::Phones
                        && style::small_button(ui, &tr.t("spel-telefoons"), key("T")).clicked()
                    {
                        out.write(Action::TogglePhones);
                    }
                    let choosing = matches!(*phase.get(), Phase::Cover | Phase::Choosing);
                    if choosing
                        && view.can_skip
                        && style::small_button(ui, &tr.t("spel-kaart-overslaan"), key("S"))
                            .clicked()
                    {
                        out.write(Action::Skip);
                    }
                });
            });
        });

    let tray = egui::Frame::new()
        .fill(style::paper())
        .inner_margin(Margin::symmetric(24, 14))
        .stroke(egui::Stroke::new(3.0, style::table_dark()));
    // With the largest text the tray takes the room under the cards that the table leaves free.
    let tray_height = if crate::game::art::text_scale() > 1.6 {
        340.0
    } else if *phase.get() == Phase::Discuss {
        300.0
    } else {
        250.0
    };
    let field_id = table.session.selection().field.clone();
    // "Tegelijk" and phones: the tray in two halves, while choosing and during the 3-2-1.
    let split = |ui: &mut egui::Ui, out: &mut MessageWriter<Action>| {
        together(ui, words, (wording, &field_id), &view, link, out);
    };
    egui::Panel::bottom("play-bottom")
        .frame(tray)
        .show_separator_line(false)
        .exact_size(tray_height)
        .show(&mut root, |ui| match *phase.get() {
            Phase::Dealing => {}
            Phase::Cover => cover(ui, tr, &view, &name, &mut out),
            Phase::Choosing => match mode {
                Mode::TakeTurns => {
                    if let Some(p) = view.turn {
                        // The one who chooses reads the question and the buttons in their own
                        // language.
                        let (own, own_lib) = words.seat(p);
                        let own_name =
                            seat_name(p, own_lib.field(&table.session.selection().field));
                        ui.vertical_centered(|ui| {
                            // One line, so the buttons stay in the tray.
                            let q = own.f("spel-hoe-goed-klopt", [("naam", own_name.into())]);
                            let width = ui.available_width();
                            let size = style::one_line_size(
                                ui,
                                &q,
                                style::px(38.0),
                                style::bold(),
                                width * 0.95,
                            );
                            ui.label(RichText::new(q).font(egui::FontId::new(size, style::bold())));
                        });
                        buttons(ui, own_lib, wording, p, mode, ui.available_width());
                        send_pressed(ui, &mut out);
                    }
                }
                Mode::Together | Mode::Phones => split(ui, &mut out),
            },
            Phase::Countdown => {
                if mode != Mode::TakeTurns {
                    split(ui, &mut out);
                } else {
                    ui.vertical_centered(|ui| {
                        ui.add_space(40.0);
                        ui.label(style::heading(&tr.t("spel-allebei-gekozen")));
                    });
                }
            }
            Phase::Flipping => {
                ui.vertical_centered(|ui| {
                    ui.add_space(40.0);
                    ui.label(style::heading(&tr.t("spel-draaien-om")));
                });
            }
            Phase::Discuss => discuss(ui, words, table, &view, &mut out),
        });
    // The table (sprites) for a screen reader: the space between the bars, as labels.
    let lines = super::speech::table_lines(
        &view,
        (
            [
                words.seat(Player::Client).1,
                words.seat(Player::Professional).1,
            ],
            tr,
        ),
        table.session.selection(),
    );
    egui::CentralPanel::no_frame().show(&mut root, |ui| {
        super::speech::announce(ui, ui.max_rect(), &lines);
    });
    Ok(())
}

/// "Stoppen?": the conversation ends only after a yes; "Verder spelen" is the default.
fn ask_stop(ctx: &egui::Context, tr: Tr, out: &mut MessageWriter<Action>) {
    egui::Modal::new(egui::Id::new("ask-stop"))
        .frame(style::sheet().stroke(egui::Stroke::new(4.0, style::gold())))
        .show(ctx, |ui| {
            ui.set_width(620.0);
            ui.label(style::heading(&tr.t("stoppen-vraag")));
            ui.label(RichText::new(tr.t("stoppen-overzicht")).size(style::px(23.0)));
            ui.label(RichText::new(tr.t("stoppen-verder-kan")).size(style::px(23.0)));
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let keep = ui.add(
                    egui::Button::new(style::with_key(&tr.t("hervat-verder"), "Enter"))
                        .min_size(egui::vec2(260.0, 56.0))
                        .fill(style::highlight())
                        .stroke(egui::Stroke::new(3.0, style::ink())),
                );
                if keep.clicked() {
                    out.write(Action::CancelStop);
                }
                if button(ui, &tr.t("stoppen-ja"), "J").clicked() {
                    out.write(Action::ConfirmStop);
                }
            });
        });
}

fn cover(
    ui: &mut egui::Ui,
    tr: Tr,
    view: &TableView,
    name: &dyn Fn(Player) -> String,
    out: &mut MessageWriter<Action>,
) {
    let Some(p) = view.turn else { return };
    let other = p.other();
    ui.vertical_centered(|ui| {
        ui.add_space(4.0);
        ui.label(
            RichText::new(tr.f("spel-is-aan-de-beurt", [("naam", name(p).into())]))
                .font(egui::FontId::new(style::px(40.0), style::bold())),
        );
        // One line, so the button under it stays in the tray at any text size.
        let look_away = tr.f("spel-kijk-weg", [("naam", name(other).into())]);
        let width = ui.available_width() * 0.95;
        let size = style::one_line_size(
            ui,
            &look_away,
            style::px(27.0),
            egui::FontFamily::Proportional,
            width,
        );
        ui.label(RichText::new(look_away).size(size).color(style::ink_soft()));
        ui.add_space(10.0);
        let text = tr.f("spel-ik-kies-nu", [("naam", name(p).to_lowercase().into())]);
        if ui
            .add(
                egui::Button::new(style::with_key(&text, "Enter"))
                    .min_size(egui::vec2(460.0, 60.0)),
            )
            .clicked()
        {
            out.write(Action::ConfirmCover);
        }
    });
}

/// The key hints for one player: "1"…"5" and the pass key.
fn keys(p: Player, mode: Mode) -> ([&'static str; 5], &'static str) {
    match (mode, p) {
        (Mode::Together | Mode::Phones, Player::Professional) => (["6", "7", "8", "9", "0"], "P"),
        (Mode::Together | Mode::Phones, Player::Client) => (["1", "2", "3", "4", "5"], "Q"),
        (Mode::TakeTurns, _) => (["1", "2", "3", "4", "5"], "P"),
    }
}

/// The five rating buttons and the pass button for one player. Clicks are stored in egui's
/// memory for this frame and sent by [`send_pressed`].
fn buttons(
    ui: &mut egui::Ui,
    lib: &Library,
    wording: crate::deck::Wording,
    p: Player,
    mode: Mode,
    width: f32,
) {
    let Some(scale) = &lib.scale else { return };
    let (digits, pass_key) = keys(p, mode);
    let n = scale.points.len() as f32 + 1.0;
    let gap = 10.0;
    // Larger text, larger buttons, as far as the tray has room: the words stay large.
    // (Only with the largest text: then the tray is taller too.)
    let grow = if crate::game::art::text_scale() > 1.6 {
        1.5
    } else {
        1.0
    };
    let w = ((width - gap * (n - 1.0)) / n).clamp(70.0, 170.0 * grow);
    let high = if mode == Mode::Together { 140.0 } else { 128.0 };
    let size = egui::vec2(w, high * grow.min(1.4));
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        let total = w * n + gap * (n - 1.0);
        ui.add_space(((ui.available_width() - total) / 2.0).max(0.0));
        for (i, point) in scale.points.iter().enumerate() {
            let r = style::rating_button(
                ui,
                size,
                point.pictogram,
                point.word(wording),
                digits.get(i).copied().unwrap_or(""),
            );
            if r.clicked() {
                ui.ctx().data_mut(|d| {
                    d.insert_temp(
                        egui::Id::new("pressed"),
                        Some(Action::Choose(p, point.value)),
                    )
                });
            }
        }
        let r = style::rating_button(ui, size, scale.pass_pictogram, &scale.pass_label, pass_key);
        if r.clicked() {
            ui.ctx()
                .data_mut(|d| d.insert_temp(egui::Id::new("pressed"), Some(Action::Pass(p))));
        }
    });
}

fn send_pressed(ui: &mut egui::Ui, out: &mut MessageWriter<Action>) {
    let pressed: Option<Option<Action>> = ui
        .ctx()
        .data_mut(|d| d.remove_temp(egui::Id::new("pressed")));
    if let Some(Some(a)) = pressed {
        out.write(a);
    }
}

/// "Tegelijk": the screen in two halves, client left, professional right.
fn together(
    ui: &mut egui::Ui,
    words: Words,
    (wording, field_id): (crate::deck::Wording, &str),
    view: &TableView,
    phones: Option<&PhoneLink>,
    out: &mut MessageWriter<Action>,
) {
    let half = (ui.available_width() - 30.0) / 2.0;
    ui.horizontal_top(|ui| {
        for (p, seat) in [
            (Player::Client, view.client),
            (Player::Professional, view.professional),
        ] {
            ui.allocate_ui_with_layout(
                egui::vec2(half, 220.0),
                Layout::top_down(Align::Center),
                |ui| {
                    let on_phone = phones.is_some_and(|l| l.holds(p));
                    // Each half in its own player's language.
                    let (own, own_lib) = words.seat(p);
                    let status = own.t(match (seat, on_phone) {
                        (Seat::Waiting, false) => "spel-status-nog-kiezen",
                        (_, false) => "spel-status-gekozen",
                        (Seat::Waiting, true) => "spel-status-kiest-telefoon",
                        (_, true) => "spel-status-gekozen-telefoon",
                    });
                    // The seat's name in its own language too, so the line is one language.
                    let own_name = seat_name(p, own_lib.field(field_id));
                    // One line, so the buttons under it stay in the tray.
                    let line = format!("{own_name}: {status}");
                    let size =
                        style::one_line_size(ui, &line, style::px(26.0), style::bold(), half - 8.0);
                    ui.label(RichText::new(line).font(egui::FontId::new(size, style::bold())));
                    if on_phone {
                        phone_seat(ui, own, p, phones, out);
                    } else {
                        buttons(ui, own_lib, wording, p, Mode::Together, half);
                    }
                },
            );
            if p == Player::Client {
                let (r, _) = ui.allocate_exact_size(egui::vec2(6.0, 200.0), egui::Sense::hover());
                ui.painter().rect_filled(r, 3.0, style::table_dark());
            }
        }
    });
    send_pressed(ui, out);
}

fn discuss(
    ui: &mut egui::Ui,
    words: Words,
    table: &mut Table,
    view: &TableView,
    out: &mut MessageWriter<Action>,
) {
    let CardPhase::Revealed {
        gap,
        client,
        professional,
    } = view.phase
    else {
        return;
    };
    let (tr, lib) = (words.tr, words.lib);
    let Some(card) = lib.card(&view.card_id) else {
        return;
    };
    let Some(field) = lib.field(&table.session.selection().field) else {
        return;
    };
    // A prompt that fits what both chose: "goes well" only when it does. In the screen's
    // language; when the professional reads another, also in theirs, smaller, under it.
    let prompt_in = |lib: &Library| {
        let (Some(card), Some(field)) = (
            lib.card(&view.card_id),
            lib.field(&table.session.selection().field),
        ) else {
            return String::new();
        };
        let generic = lib.prompts_for(card, client.score(), professional.score());
        generic
            .get(view.position % generic.len().max(1))
            .map(|p| crate::deck::template::render(p, field))
            .unwrap_or_default()
    };
    let prompt = prompt_in(lib);
    let (pro_tr, pro_lib) = words.seat(Player::Professional);
    let pro_prompt = (pro_tr.code() != tr.code()).then(|| prompt_in(pro_lib));
    // The note field's text belongs to this card of this conversation.
    let note = table.note_draft.for_card(&view.card_id, &view.note);
    // With larger text the talk may not fit the tray: it scrolls, nothing is cut off.
    egui::ScrollArea::vertical().show(ui, |ui| {
        // Room for the scroll bar on the right: the note field and "Volgende kaart" end
        // inside the window.
        ui.set_max_width(ui.available_width() - 18.0);
        ui.columns(2, |cols| {
            // Each column not justified: egui stretches the letters of a wrapped line there.
            cols[0].vertical(|ui| {
                ui.label(
                    RichText::new(gap_words(gap, tr))
                        .font(egui::FontId::new(style::px(32.0), style::bold())),
                );
                ui.label(RichText::new(prompt).size(style::px(25.0)));
                if let Some(p) = &pro_prompt {
                    // Not in italics: slanted letters are harder to read.
                    ui.label(
                        RichText::new(p)
                            .size(style::px(21.0))
                            .color(style::ink_soft()),
                    );
                }
                ui.add_space(2.0);
                ui.label(style::sub(&tr.t("spel-verder-praten")));
                for p in card.prompts_for(field) {
                    ui.label(RichText::new(format!("•  {p}")).size(style::px(21.0)));
                }
            });
            let next = |ui: &mut egui::Ui, out: &mut MessageWriter<Action>| {
                ui.horizontal(|ui| {
                    let last = view.position == view.total;
                    let text = tr.t(if last {
                        "spel-klaar-overzicht"
                    } else {
                        "spel-volgende-kaart"
                    });
                    let width = 340.0_f32.min(ui.available_width());
                    ui.add_space((ui.available_width() - width).max(0.0));
                    if ui
                        .add(
                            egui::Button::new(style::with_key(&text, "Enter"))
                                .min_size(egui::vec2(width, 56.0))
                                .fill(style::highlight()),
                        )
                        .clicked()
                    {
                        out.write(Action::Next);
                    }
                });
            };
            cols[1].vertical(|ui| {
                // With larger text the tray scrolls: the next step comes first, so it is always seen.
                let next_first = crate::game::art::text_scale() > 1.1;
                if next_first {
                    next(ui, out);
                }
                // The note is the professional's: in their language.
                ui.label(style::sub(
                    &pro_tr.f(
                        "spel-notitie",
                        [(
                            "naam",
                            seat_name(
                                Player::Professional,
                                pro_lib.field(&table.session.selection().field),
                            )
                            .to_lowercase()
                            .into(),
                        )],
                    ),
                ));
                let edit = egui::TextEdit::multiline(note)
                    .desired_rows(2)
                    .desired_width(ui.available_width())
                    .char_limit(crate::session::MAX_NOTE_CHARS)
                    .hint_text(pro_tr.t("spel-notitie-hint"))
                    .font(egui::FontId::new(
                        style::px(22.0),
                        egui::FontFamily::Proportional,
                    ));
                if ui.add(edit).changed() {
                    out.write(Action::SetNote(note.clone()));
                }
                ui.horizontal_wrapped(|ui| {
                    let (mark, fill, stroke) = if view.marked {
                        (
                            format!("★ {}", tr.t("spel-later-ja")),
                            style::highlight(),
                            egui::Stroke::new(3.0, style::ink()),
                        )
                    } else {
                        (
                            format!("☆ {}", tr.t("spel-later")),
                            Color32::WHITE,
                            egui::Stroke::new(2.0, style::ink_soft()),
                        )
                    };
                    let b = egui::Button::new(style::with_key(&mark, "M"))
                        .min_size(egui::vec2(0.0, 52.0))
                        .fill(fill)
                        .stroke(stroke);
                    if ui.add(b).clicked() {
                        out.write(Action::ToggleMark);
                    }
                    if button(ui, &tr.t("spel-nog-een-keer"), "R").clicked() {
                        out.write(Action::Rerate);
                    }
                });
                if !next_first {
                    next(ui, out);
                }
            });
        })
    });
}

/// A seat that chooses on its phone: whether the phone is there, and a way to take the seat
/// back when it is gone for good.
fn phone_seat(
    ui: &mut egui::Ui,
    tr: Tr,
    p: Player,
    phones: Option<&PhoneLink>,
    out: &mut MessageWriter<Action>,
) {
    let connected = phones.is_some_and(|l| l.connected[usize::from(p == Player::Professional)]);
    ui.add_space(12.0);
    if connected {
        ui.label(RichText::new(tr.t("telefoon-verbonden")).size(style::px(22.0)));
    } else {
        ui.label(
            RichText::new(tr.t("telefoon-even-weg"))
                .size(style::px(22.0))
                .color(style::ink_soft()),
        );
        ui.add_space(6.0);
        if ui
            .button(RichText::new(tr.t("telefoon-kies-hier")).size(style::px(20.0)))
            .clicked()
        {
            out.write(Action::FreeSeat(p));
        }
    }
}

/// "Doe mee met je telefoon": the QR code and address, who is connected, and "Spelen".
fn phones_panel(
    ctx: &egui::Context,
    tr: Tr,
    link: Option<&PhoneLink>,
    trouble: Option<&str>,
    field: Option<&crate::deck::Field>,
    out: &mut MessageWriter<Action>,
) {
    egui::Modal::new(egui::Id::new("phones"))
        .frame(style::sheet())
        .show(ctx, |ui| {
            ui.set_width(900.0);
            ui.label(style::heading(&tr.t("telefoon-titel")));
            ui.add_space(8.0);
            // With large text the steps and the seats scroll; the title and "Spelen" stay in view.
            let room = (ui.ctx().content_rect().height() - style::px(170.0)).max(160.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    ui.horizontal_top(|ui| {
                        if let Some(link) = link.filter(|l| !l.qr.is_empty()) {
                            qr(ui, &link.qr, 300.0);
                            ui.add_space(20.0);
                        }
                        ui.vertical(|ui| {
                            ui.set_width(540.0);
                            for line in ["telefoon-stap-1", "telefoon-stap-2", "telefoon-stap-3"]
                                .map(|k| tr.t(k))
                            {
                                ui.label(RichText::new(line).size(style::px(22.0)));
                                ui.add_space(4.0);
                            }
                            if let Some(url) = link.and_then(|l| l.url.as_deref()) {
                                ui.add_space(6.0);
                                ui.label(
                                    RichText::new(tr.t("telefoon-adres")).size(style::px(18.0)),
                                );
                                ui.label(RichText::new(url).monospace().size(style::px(16.0)));
                            }
                            if let Some(t) = trouble {
                                ui.add_space(8.0);
                                ui.label(
                                    RichText::new(t).size(style::px(20.0)).color(style::alert()),
                                );
                            }
                            ui.add_space(10.0);
                            for p in [Player::Client, Player::Professional] {
                                let i = usize::from(p == Player::Professional);
                                let status = tr.t(match link {
                                    Some(l) if l.connected[i] => "telefoon-status-verbonden",
                                    Some(l) if l.held[i] => "telefoon-status-weg",
                                    _ => "telefoon-status-computer",
                                });
                                ui.label(
                                    RichText::new(format!("{}: {status}", seat_name(p, field)))
                                        .font(egui::FontId::new(style::px(22.0), style::bold())),
                                );
                            }
                        });
                    });
                });
            ui.add_space(12.0);
            // "Spelen" first; beside it the other two ways, on this computer: no phone needed.
            ui.horizontal_wrapped(|ui| {
                if style::button(ui, &tr.t("telefoon-spelen"), "Enter").clicked() {
                    out.write(Action::TogglePhones);
                }
                ui.add_space(24.0);
                ui.label(RichText::new(tr.t("telefoon-lukt-niet")).size(style::px(20.0)));
                if style::small_button(ui, &tr.t("modus-tegelijk"), "").clicked() {
                    out.write(Action::SwitchMode(Mode::Together));
                }
                if style::small_button(ui, &tr.t("modus-om-de-beurt"), "").clicked() {
                    out.write(Action::SwitchMode(Mode::TakeTurns));
                }
            });
        });
}

/// Draws a QR code: dark modules on white, with the quiet zone around it.
fn qr(ui: &mut egui::Ui, modules: &[Vec<bool>], size: f32) {
    let n = modules.len() as f32 + 8.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    let cell = size / n;
    for (y, row) in modules.iter().enumerate() {
        for (x, dark) in row.iter().enumerate() {
            if *dark {
                let min = rect.min + egui::vec2((x as f32 + 4.0) * cell, (y as f32 + 4.0) * cell);
                painter.rect_filled(
                    egui::Rect::from_min_size(min, egui::vec2(cell, cell)),
                    0.0,
                    Color32::BLACK,
                );
            }
        }
    }
}
