//! Play: progress on top; below the table the rating buttons, the cover screen, or the talk
//! after the flip. Reads only the session's public view.

mod apply;
mod discuss;
mod pause;
pub mod table;
mod tray;
mod voice;

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Color32, Layout, Margin, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::deck::Library;
use crate::game::screens::phones::{PhoneLink, PhonesPanel};
use crate::game::screens::style::{self, button};
use crate::game::table::seat_name;
use crate::game::{
    Action, ApplySet, AskStop, Cards, Conversation, Notices, Phase, Screen, Source, Translations,
};
use crate::lang::Tr;
use crate::session::{CardState, Mode, PerSeat, Player, TableView};

use crate::game::screens::phones::phones_panel;
use discuss::discuss;
use tray::{buttons, together};
pub use voice::window_plugin as voice_window_plugin;

/// The words of this table: the shared screen's (the client's language), and each seat's own
/// (the rating buttons and the question to the one who chooses).
#[derive(Clone, Copy)]
pub(super) struct Words<'a> {
    pub(super) tr: Tr<'a>,
    pub(super) lib: &'a Library,
    seats: PerSeat<(Tr<'a>, &'a Library)>,
}

impl<'a> Words<'a> {
    fn new(
        talen: &'a Translations,
        dutch: &'a Library,
        langs: &crate::session::SeatLanguages,
    ) -> Self {
        let of = |code: &str| (talen.tr(code), talen.library(code, dutch));
        let (tr, lib) = of(&langs.client);
        Words {
            tr,
            lib,
            seats: PerSeat::new(|p| of(langs.of(p))),
        }
    }

    pub(super) fn seat(&self, p: Player) -> (Tr<'a>, &'a Library) {
        self.seats[p]
    }
}

pub fn plugin(app: &mut App) {
    use crate::game::saving::{SavedAs, Viewing};
    use crate::game::{AskStop, GameSet, not_paused};
    app.add_plugins((table::plugin, voice::plugin));
    app.add_systems(Update, apply::apply.in_set(ApplySet::Screen))
        .add_systems(
            Update,
            (
                apply::first_phase.run_if(in_state(Phase::Dealing)),
                apply::tick_countdown.run_if(in_state(Phase::Countdown).and_then(not_paused)),
                apply::tick_flip.run_if(in_state(Phase::Flipping).and_then(not_paused)),
            )
                .chain()
                .in_set(GameSet::Tick),
        )
        // A new conversation on the table is not saved yet, and the summary will be about it.
        .add_systems(
            OnEnter(Screen::Play),
            |mut s: ResMut<SavedAs>, mut v: ResMut<Viewing>| {
                s.0 = None;
                *v = Viewing::Live;
            },
        )
        // The question belongs to the play screen; it never survives leaving it.
        .add_systems(
            OnExit(Screen::Play),
            |mut a: ResMut<AskStop>,
             mut p: ResMut<crate::game::AskPause>,
             mut o: ResMut<crate::game::OwnCardDraft>| {
                a.set_if_neq(AskStop(false));
                p.set_if_neq(crate::game::AskPause(false));
                o.set_if_neq(crate::game::OwnCardDraft::default());
            },
        )
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(in_state(Screen::Play)).in_set(style::UiSet),
        );
}

fn ui(
    mut contexts: EguiContexts,
    table: Option<ResMut<Conversation>>,
    phase: Res<State<Phase>>,
    cards: Res<Cards>,
    talen: Res<Translations>,
    (ask, ask_pause): (Res<AskStop>, Res<crate::game::AskPause>),
    mut own: ResMut<crate::game::OwnCardDraft>,
    phones: (Res<PhonesPanel>, Option<Res<PhoneLink>>),
    notices: Res<Notices>,
    own_again: Res<crate::game::OwnAgain>,
    (mut room, mut redraw): (
        ResMut<table::TableRoom>,
        MessageWriter<bevy::window::RequestRedraw>,
    ),
    mut out: MessageWriter<Action>,
) -> Result {
    let Some(mut table) = table else {
        return Ok(());
    };
    let languages = table.session().selection().languages.clone();
    let words = Words::new(&talen, &cards.0, &languages);
    let tr = words.tr;
    let (panel, link) = phones;
    let link = link.as_deref();
    let ctx = contexts.ctx_mut()?;
    let field = words.lib.field(&table.session().selection().field);
    let name = |p: Player| seat_name(p, field);
    // "Even pauze" covers everything: no card, no choice, no 3-2-1, for a reader neither.
    if let Some(by) = table.session().paused() {
        let on_phone = link.is_some_and(|l| l.holds(by));
        pause::cover(ctx, tr, (&name(by), on_phone), &mut out);
        // After a crash in a pause the phones join again: their panel (the QR code) comes over
        // the pause, and the phone of the one who paused goes on.
        if panel.0 {
            let field = words.lib.field(&table.session().selection().field);
            let hint = link.and_then(|l| l.hint(tr));
            let trouble = notices.get(Source::Phone).or(hint.as_deref());
            phones_panel(ctx, tr, link, trouble, field, &mut out);
        }
        return Ok(());
    }
    if !own.open {
        // The field takes the keys again the next time it opens.
        ctx.data_mut(|d| d.remove::<bool>(egui::Id::new("own-card-focus")));
    }
    if own.open {
        let said = notices.get(Source::Answer);
        // Only the text changes here: no change to the game for the rest of it.
        let own = own.bypass_change_detection();
        pause::own_card(ctx, tr, &mut own.text, said, &mut out);
    } else if ask_pause.0 {
        pause::ask_who(ctx, tr, &name, &mut out);
    } else if ask.0 {
        ask_stop(ctx, tr, &mut out);
    } else if panel.0 {
        let field = words.lib.field(&table.session().selection().field);
        let hint = link.and_then(|l| l.hint(tr));
        let trouble = notices.get(Source::Phone).or(hint.as_deref());
        phones_panel(ctx, tr, link, trouble, field, &mut out);
    }
    // Only the note draft is written here; that is no change to the game.
    let table = table.bypass_change_detection();
    let view = table.session().view();
    if view.phase == CardState::Finished {
        return Ok(());
    }
    let mode = table.session().selection().mode;
    let mut root = style::root(ctx, "play");

    top_bar(&mut root, tr, (&view, mode, *phase.get()), &mut out);
    notices_band(&mut root, &notices, tr);
    // The table (sprites) for a screen reader, as labels: after the bar on top and before the
    // tray, so a reader meets the card before the choices.
    let lines = super::speech::table_lines(
        &view,
        (
            [
                words.seat(Player::Client).1,
                words.seat(Player::Professional).1,
            ],
            tr,
        ),
        table.session().selection(),
    );
    let table_rect = root.available_rect_before_wrap();
    super::speech::announce(&mut root, table_rect, &lines);
    // The table fills the room between the bar and the tray (in table units: y up from the
    // window's centre); laid out again when that changes by a unit or more.
    let screen = root.ctx().content_rect();
    let bottom = table_rect.bottom()
        - tray_height(style::text_scale(&root), (*phase.get(), mode), &view)
            .unwrap_or(table_rect.height());
    let now = table::TableRoom {
        top: screen.center().y - table_rect.top(),
        bottom: screen.center().y - bottom,
        half_width: screen.width() / 2.0,
    };
    if now.key() != room.key() {
        *room = now;
        // A resting window draws only on input: ask for the frame that lays the table out.
        redraw.write(bevy::window::RequestRedraw);
    }
    tray(
        &mut root,
        (words, table, (&view, &own_again)),
        (*phase.get(), link),
        &mut out,
    );
    Ok(())
}

/// How tall the tray is in this phase; `None`: all the room under the bar on top.
fn tray_height(text_scale: f32, (phase, mode): (Phase, Mode), view: &TableView) -> Option<f32> {
    let large = crate::game::art::largest(text_scale);
    let height = match phase {
        // "Tegelijk" with the largest text: each half holds its seat's sentence over its
        // buttons, as large as on the table (the table has no room for two sentences that size).
        Phase::Choosing if large && mode == Mode::Together => return None,
        // While the cards turn the tray says only that: the table gets the room.
        Phase::Flipping if large => 150.0,
        Phase::Countdown if large && mode != Mode::Phones => 150.0,
        // With the largest text the tray takes room from the table (which then fills the rest).
        _ if large => 340.0,
        Phase::Discuss => 300.0,
        _ => 250.0,
    };
    // "Raad de ander" in two halves: room for "Mijn keuze veranderen" under the buttons.
    Some(
        if view.guesses.is_some()
            && mode != Mode::TakeTurns
            && matches!(phase, Phase::Choosing | Phase::Countdown)
            && !(large && phase == Phase::Countdown && mode == Mode::Together)
        {
            height + 46.0
        } else {
            height
        },
    )
}

/// The tray under the table: what this phase asks of the players (the cover, the rating buttons
/// of one seat or of both, the 3-2-1, the flip, the talk).
fn tray(
    root: &mut egui::Ui,
    (words, table, (view, own_again)): (
        Words,
        &mut Conversation,
        (&TableView, &crate::game::OwnAgain),
    ),
    (phase, link): (Phase, Option<&PhoneLink>),
    out: &mut MessageWriter<Action>,
) {
    let tr = words.tr;
    let selection = table.session().selection();
    let (mode, wording) = (selection.mode, selection.wording);
    let field_id = selection.field.clone();
    let field = words.lib.field(&field_id);
    let name = |p| seat_name(p, field);
    let frame = egui::Frame::new()
        .fill(style::paper(root))
        .inner_margin(Margin::symmetric(24, 14))
        .stroke(egui::Stroke::new(3.0, style::table_dark(root)));
    let large = style::largest(root);
    let tray_height = tray_height(style::text_scale(root), (phase, mode), view)
        .unwrap_or_else(|| root.available_height());
    // "Tegelijk" and phones: the tray in two halves, while choosing and during the 3-2-1.
    // (Each half with its seat's sentence when the tray has all the room.)
    let sentences = large && mode == Mode::Together && phase == Phase::Choosing;
    let split = |ui: &mut egui::Ui, out: &mut MessageWriter<Action>| {
        together(
            ui,
            words,
            (wording, &field_id),
            (view, own_again, sentences),
            link,
            out,
        );
    };
    egui::Panel::bottom("play-bottom")
        .frame(frame)
        .show_separator_line(false)
        .exact_size(tray_height)
        .show(root, |ui| match phase {
            Phase::Dealing => {}
            Phase::Cover => cover(ui, tr, view, &name, out),
            Phase::Choosing => match mode {
                Mode::TakeTurns => {
                    if let Some(p) = view.turn {
                        let guessing = own_again.guessing(view, p);
                        turn_choice(ui, words, (wording, &field_id), (p, guessing), out);
                    }
                }
                Mode::Together | Mode::Phones => split(ui, out),
            },
            Phase::Countdown => {
                // (With the largest text in "Tegelijk" the table shows the 3-2-1 in the room.)
                if mode == Mode::Phones || (mode == Mode::Together && !large) {
                    split(ui, out);
                } else {
                    ui.vertical_centered(|ui| {
                        ui.add_space(if large { 12.0 } else { 40.0 });
                        ui.label(style::heading(ui, &tr.t("spel-allebei-gekozen")));
                    });
                }
            }
            Phase::Flipping => {
                ui.vertical_centered(|ui| {
                    ui.add_space(if large { 12.0 } else { 40.0 });
                    ui.label(style::heading(ui, &tr.t("spel-draaien-om")));
                });
            }
            Phase::Discuss => discuss(ui, words, table, view, out),
        });
}

/// The bar on top: which card of how many (also as little cards), and Stoppen, Help, Weergave,
/// the phones and "Kaart overslaan" with their keys.
fn top_bar(
    root: &mut egui::Ui,
    tr: Tr,
    (view, mode, phase): (&TableView, Mode, Phase),
    out: &mut MessageWriter<Action>,
) {
    let bar = egui::Frame::new()
        .fill(style::table_dark(root))
        .inner_margin(Margin::symmetric(20, 4));
    egui::Panel::top("play-top")
        .frame(bar)
        .show_separator_line(false)
        .show(root, |ui| {
            ui.horizontal(|ui| {
                // With the largest text, "1 van 19": the buttons on the right need the room.
                let short = style::largest(ui);
                let progress = tr.f(
                    if short {
                        "spel-kaart-kort"
                    } else {
                        "spel-kaart-van"
                    },
                    [("n", view.position.into()), ("totaal", view.total.into())],
                );
                ui.label(
                    RichText::new(progress)
                        .font(egui::FontId::new(style::px(ui, 26.0), style::bold()))
                        .color(style::paper(ui)),
                );
                // With the largest text the bar keeps to one row: no little cards, and the keys
                // only in the help (F1).
                let scale = style::text_scale(ui);
                let keys_shown = scale <= 1.6;
                let items = bar_items(tr, (view, mode, phase), keys_shown);
                // The buttons that fit beside the card count, most needed first; the rest in
                // "Meer…" (with larger text, or with many buttons).
                let width_of = |ui: &egui::Ui, text: &str, key: &str| {
                    let font = egui::FontId::new(style::px(ui, 24.0), style::bold());
                    let galley =
                        ui.painter()
                            .layout_no_wrap(text.to_string(), font, Color32::BLACK);
                    galley.size().x + 40.0 + if key.is_empty() { 0.0 } else { 42.0 }
                };
                let more_w = width_of(ui, &tr.t("spel-meer"), "");
                let room = ui.available_width() - 24.0;
                let all: f32 = items.iter().map(|i| width_of(ui, &i.0, i.1)).sum();
                let shown = if all <= room {
                    items.len()
                } else {
                    let mut used = more_w;
                    items
                        .iter()
                        .take_while(|i| {
                            used += width_of(ui, &i.0, i.1);
                            used <= room
                        })
                        .count()
                };
                let used: f32 = items[..shown]
                    .iter()
                    .map(|i| width_of(ui, &i.0, i.1))
                    .sum::<f32>()
                    + if shown < items.len() { more_w } else { 0.0 };
                // little cards for the progress, so it is seen without reading; only where the
                // buttons on the right leave room for them
                let cards_w = (view.total as f32 * 16.0)
                    .min(420.0)
                    .min(ui.available_width() - used - 24.0);
                let roomy = keys_shown && cards_w >= 80.0;
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
                        style::gold(ui)
                    } else if i + 1 == view.position {
                        style::paper(ui)
                    } else {
                        Color32::from_white_alpha(40)
                    };
                    ui.painter().rect_filled(r, 3.0, fill);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    for (text, key, action) in &items[..shown] {
                        if style::small_button(ui, text, key).clicked() {
                            out.write(action.clone());
                        }
                    }
                    if shown < items.len() {
                        let more = ui.menu_button(
                            RichText::new(tr.t("spel-meer"))
                                .font(egui::FontId::new(style::px(ui, 24.0), style::bold())),
                            |ui| {
                                for (text, key, action) in &items[shown..] {
                                    if style::small_button(ui, text, key).clicked() {
                                        out.write(action.clone());
                                        ui.close();
                                    }
                                }
                            },
                        );
                        style::speak(
                            ui,
                            &more.response,
                            egui::WidgetType::Button,
                            &tr.t("spel-meer"),
                            None,
                            "",
                        );
                    }
                });
            });
        });
}

/// The top bar's buttons, most needed first: (words, key, action).
pub fn bar_items(
    tr: Tr,
    (view, mode, phase): (&TableView, Mode, Phase),
    keys_shown: bool,
) -> Vec<(String, &'static str, Action)> {
    use crate::game::screens::keys::{When, hint, hint_in, with_alt};
    // In the talk the note field takes letters: the letter keys need Alt there. The bar then
    // shows no letter hints ("Alt+K" on every button would push the card count off the bar;
    // the help says how Alt works), only Esc, F1 and F2.
    let typing = phase == Phase::Discuss;
    let key = |k: &'static str| match (keys_shown, typing) {
        (false, _) => "",
        (true, true) if with_alt(k) != k => "",
        (true, _) => k,
    };
    let mut items = vec![
        (tr.t("spel-stoppen"), key(hint(&Action::Stop)), Action::Stop),
        (
            tr.t("knop-pauze"),
            key(hint(&Action::AskPause)),
            Action::AskPause,
        ),
        (
            tr.t("knop-help"),
            key(hint(&Action::ToggleHelp)),
            Action::ToggleHelp,
        ),
        (
            tr.t("knop-weergave"),
            key(hint(&Action::ToggleLook)),
            Action::ToggleLook,
        ),
    ];
    // "Even pauze" where some seat may pause (always while a card is on the table).
    if !view.may.pause() {
        items.retain(|(_, _, a)| *a != Action::AskPause);
    }
    if mode == Mode::Phones {
        items.push((
            tr.t("spel-telefoons"),
            key(hint_in(When::PlayOnPhones, &Action::TogglePhones)),
            Action::TogglePhones,
        ));
    }
    // After the flip an own card comes next; before anyone chose it comes first (where the
    // rules allow it: the same answer the keys and the phones get).
    let choosing = matches!(phase, Phase::Cover | Phase::Choosing);
    if (phase == Phase::Discuss || choosing) && view.may.own_card {
        items.push((
            tr.t("knop-eigen-kaart"),
            key(hint(&Action::OpenOwnCard)),
            Action::OpenOwnCard,
        ));
    }
    if choosing && view.may.skip {
        items.push((
            tr.t("spel-kaart-overslaan"),
            key(hint(&Action::Skip)),
            Action::Skip,
        ));
    }
    // "Voorlezen" last: where the bar has no room it goes into "Meer…" first.
    items.push((
        tr.t("knop-voorlezen"),
        key(hint(&Action::ReadAloud)),
        Action::ReadAloud,
    ));
    items
}

/// What stands in the way (the in-progress file could not be written, the phones cannot join):
/// said on the table, each in its own words.
fn notices_band(root: &mut egui::Ui, notices: &Notices, tr: Tr) {
    let play = crate::game::screens::notices::PLAY;
    if !play.iter().any(|s| notices.has(*s)) {
        return;
    }
    egui::Panel::top("play-trouble")
        .frame(
            egui::Frame::new()
                .fill(style::paper(root))
                .inner_margin(Margin::symmetric(20, 4)),
        )
        .show_separator_line(false)
        .show(root, |ui| {
            crate::game::screens::notices::show(ui, notices, play, tr, 18.0, style::ink(ui));
        });
}

/// "Om de beurt": the one who chooses reads the question and the buttons in their own language.
fn turn_choice(
    ui: &mut egui::Ui,
    words: Words,
    (wording, field_id): (crate::deck::Wording, &str),
    (p, guessing): (Player, bool),
    out: &mut MessageWriter<Action>,
) {
    let (own, own_lib) = words.seat(p);
    let own_name = seat_name(p, own_lib.field(field_id));
    ui.vertical_centered(|ui| {
        // One line, so the buttons stay in the tray.
        let q = if guessing {
            let other = seat_name(p.other(), own_lib.field(field_id)).to_lowercase();
            own.f(
                "spel-raad-vraag",
                [
                    ("naam", own_name.to_lowercase().into()),
                    ("ander", other.into()),
                ],
            )
        } else {
            own.f(
                "spel-hoe-goed-klopt",
                [("naam", own_name.to_lowercase().into())],
            )
        };
        let width = ui.available_width();
        let size = style::one_line_size(ui, &q, style::px(ui, 38.0), style::bold(), width * 0.95);
        ui.label(RichText::new(q).font(egui::FontId::new(size, style::bold())));
    });
    let width = ui.available_width();
    let seat = (own, own_name.as_str());
    let who = (p, guessing);
    if let Some(a) = buttons(ui, (own_lib, seat), wording, who, Mode::TakeTurns, width) {
        out.write(a);
    }
}

/// "Stoppen?": the conversation ends only after a yes; "Verder spelen" is the default.
fn ask_stop(ctx: &egui::Context, tr: Tr, out: &mut MessageWriter<Action>) {
    egui::Modal::new(egui::Id::new("ask-stop"))
        .frame(style::sheet(ctx).stroke(egui::Stroke::new(4.0, style::gold(ctx))))
        .show(ctx, |ui| {
            ui.set_width(620.0);
            ui.label(style::heading(ui, &tr.t("stoppen-vraag")));
            ui.label(RichText::new(tr.t("stoppen-overzicht")).size(style::px(ui, 23.0)));
            ui.label(RichText::new(tr.t("stoppen-verder-kan")).size(style::px(ui, 23.0)));
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let (text, key) = (
                    tr.t("hervat-verder"),
                    crate::game::screens::keys::hint(&Action::CancelStop),
                );
                let keep = style::keyed(
                    ui,
                    egui::Button::new(style::with_key(ui, &text, key))
                        .min_size(egui::vec2(260.0, 56.0))
                        .fill(style::highlight(ui))
                        .stroke(egui::Stroke::new(3.0, style::ink(ui))),
                    &text,
                    key,
                );
                if keep.clicked() {
                    out.write(Action::CancelStop);
                }
                if button(
                    ui,
                    &tr.t("stoppen-ja"),
                    crate::game::screens::keys::hint(&Action::ConfirmStop),
                )
                .clicked()
                {
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
            RichText::new(tr.f(
                "spel-is-aan-de-beurt",
                [("naam", name(p).to_lowercase().into())],
            ))
            .font(egui::FontId::new(style::px(ui, 40.0), style::bold())),
        );
        // One line, so the button under it stays in the tray at any text size.
        let look_away = tr.f(
            "spel-kijk-weg",
            [("naam", name(other).to_lowercase().into())],
        );
        let width = ui.available_width() * 0.95;
        let size = style::one_line_size(
            ui,
            &look_away,
            style::px(ui, 27.0),
            egui::FontFamily::Proportional,
            width,
        );
        ui.label(
            RichText::new(look_away)
                .size(size)
                .color(style::ink_soft(ui)),
        );
        ui.add_space(10.0);
        let text = tr.f("spel-ik-kies-nu", [("naam", name(p).to_lowercase().into())]);
        let key = crate::game::screens::keys::hint(&Action::ConfirmCover);
        if style::keyed(
            ui,
            egui::Button::new(style::with_key(ui, &text, key)).min_size(egui::vec2(460.0, 60.0)),
            &text,
            key,
        )
        .clicked()
        {
            out.write(Action::ConfirmCover);
        }
    });
}
