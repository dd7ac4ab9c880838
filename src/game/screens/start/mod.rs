//! Start: the professional picks the werkveld, the wording, the way of choosing, and a code.
//! This folder is the whole screen: its actions (`apply`) and its view.

mod apply;

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Layout, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button, choice_button, heading, sub, toggle_button};
use crate::deck::Wording;
use crate::game::saving::{Data, Resume};
use crate::game::{Action, Cards, Notices, Packs, Screen, Setup, Translations};
use crate::lang::Tr;
use crate::session::Mode;
use crate::session::Player;
use crate::store::InProgress;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, apply::apply.in_set(crate::game::ApplySet::Screen));
    app.add_systems(Last, log_code);
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Start))
            .in_set(super::style::UiSet),
    );
}

/// The code as it is typed: how long it is, never the code itself. (Runs on every screen, so a
/// change made elsewhere is not taken for one made here later.)
fn log_code(
    screen: Res<State<Screen>>,
    setup: Res<Setup>,
    mut log: ResMut<crate::game::log::GameLog>,
) {
    if *screen.get() == Screen::Start && setup.is_changed() && !setup.is_added() {
        let n = setup.label.chars().count();
        log.say(&format!(
            "code: {n} {}",
            if n == 1 { "teken" } else { "tekens" }
        ));
    }
}

/// What every part of the start screen reads.
#[derive(Clone, Copy)]
struct Page<'a> {
    setup: &'a Setup,
    packs: &'a Packs,
    talen: &'a Translations,
    lib: &'a crate::deck::Library,
    tr: Tr<'a>,
}

fn ui(
    mut contexts: EguiContexts,
    setup: Res<Setup>,
    cards: Res<Cards>,
    notices: Res<Notices>,
    resume: Res<Resume>,
    data: Res<Data>,
    (talen, packs): (Res<Translations>, Res<Packs>),
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    // The start screen is the professional's (the client's language only sets the screens
    // from the themes on): in the professional's language.
    let own = super::lang_on(&setup, Screen::Start);
    let tr = talen.tr(own);
    let lib = talen.library(own, &cards.0);
    let page = Page {
        setup: &setup,
        packs: &packs,
        talen: &talen,
        lib,
        tr,
    };
    if let Some(p) = &resume.0 {
        resume_dialog(ctx, p, (lib, tr), &mut out);
    }
    let mut root = style::root(ctx, "start");
    egui::CentralPanel::no_frame().show(&mut root, |ui| {
        ui.painter()
            .rect_filled(ui.max_rect(), 0.0, style::table(ui));
        // With larger text the page scrolls: by the wheel, and by Page Down / Page Up, Home / End.
        let step = ui.available_height() * 0.8;
        egui::ScrollArea::vertical().show(ui, |ui| {
            style::keyboard_scroll(ui, step);
            title(ui, tr);
            style::centered_sheet(ui, 1180.0, |ui| {
                ui.spacing_mut().item_spacing.y = 8.0;
                field_and_languages(ui, page, &mut out);
                ui.add_space(2.0);
                wording_and_way(ui, page, &mut out);
                ui.add_space(6.0);
                code(ui, page, &mut out);
                ui.add_space(2.0);
                go_on(ui, tr, data.store.is_some(), &mut out);
                ui.add_space(6.0);
                super::notices::show(
                    ui,
                    &notices,
                    super::notices::START,
                    tr,
                    19.0,
                    style::ink(ui),
                );
            });
        });
    });
    Ok(())
}

/// The words on the cards and the way of choosing: side by side at the usual text size, under
/// each other when the text is larger.
fn wording_and_way(ui: &mut egui::Ui, page: Page, out: &mut MessageWriter<Action>) {
    // A pack with B1 words only has no choice of words.
    if style::text_scale(ui) > 1.2 || !page.lib.has_original_words() {
        wording(ui, page, out);
        ui.add_space(4.0);
        way_of_choosing(ui, page, out);
        return;
    }
    // The way of choosing has three buttons: it gets the wider part, so each group is one row
    // of buttons.
    let gap = 24.0;
    let left = (ui.available_width() - gap) * 0.4;
    let right = ui.available_width() - gap - left - 2.0 * ui.spacing().item_spacing.x;
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(left);
            wording(ui, page, out);
        });
        ui.add_space(gap);
        ui.vertical(|ui| {
            ui.set_width(right);
            way_of_choosing(ui, page, out);
        });
    });
}

/// The game's name and what it is for, on the table.
fn title(ui: &mut egui::Ui, tr: Tr) {
    ui.vertical_centered(|ui| {
        // With the largest text the title would reach the "Weergave" button in the corner: it
        // starts under it.
        let corner = if style::largest(ui) { 70.0 } else { 0.0 };
        ui.add_space(4.0 + corner);
        ui.label(
            RichText::new(tr.t("start-titel"))
                .font(egui::FontId::new(style::px(ui, 42.0), style::bold()))
                .color(style::paper(ui)),
        );
        // On a low window (a laptop's 768 less its task bar) the subtitle gives its room to the
        // buttons at the bottom, which then stay in view without scrolling.
        if ui.ctx().content_rect().height() >= 820.0 || style::largest(ui) {
            ui.label(
                RichText::new(tr.t("start-ondertitel"))
                    .size(style::px(ui, 22.0))
                    .color(style::paper(ui)),
            );
        }
        ui.add_space(4.0);
    });
}

/// The card game to play, when there is more than one: each pack's name, and a sentence about
/// the chosen one, on one row.
fn pack(ui: &mut egui::Ui, page: Page, out: &mut MessageWriter<Action>) {
    let Page {
        setup, packs, lib, ..
    } = page;
    if packs.0.len() < 2 {
        return;
    }
    let own = super::lang_on(setup, Screen::Start);
    let text = RichText::new(&lib.pack.explain)
        .size(style::px(ui, 19.0))
        .color(style::ink_soft(ui));
    let beside = ui.horizontal_wrapped(|ui| {
        ui.label(sub(ui, &page.tr.t("start-kaartspel")));
        ui.add_space(12.0);
        let top = ui.cursor().top();
        for book in &packs.0 {
            let pack = &book.translations.library(own, &book.library).pack;
            let on = book.library.pack.id == setup.pack;
            let r = choice_button(ui, &pack.name, "", on, 0.0).on_hover_text(&pack.explain);
            let explain = pack.explain.clone();
            ui.ctx()
                .accesskit_node_builder(r.id, |node| node.set_description(explain));
            if r.clicked() {
                out.write(Action::ChoosePack(book.library.pack.id.clone()));
            }
        }
        // The chosen pack's sentence beside the buttons when they and it fit on one row; else
        // under them, so it never stands beside another pack's button.
        let galley = egui::WidgetText::from(text.clone()).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        );
        let one_row = ui.cursor().top() <= top + 1.0;
        let fits = one_row && galley.size().x + 12.0 <= ui.available_width();
        if fits {
            ui.add_space(12.0);
            ui.label(text.clone());
        }
        fits
    });
    if !beside.inner {
        ui.label(text);
    }
}

/// "Voor de professional", the card game, the werkveld, and each player's language (the client's also sets
/// the words of the screens).
fn field_and_languages(ui: &mut egui::Ui, page: Page, out: &mut MessageWriter<Action>) {
    let Page {
        setup,
        talen,
        lib,
        tr,
        ..
    } = page;
    ui.horizontal_wrapped(|ui| {
        ui.label(heading(ui, &tr.t("start-voor-professional")));
        let client = lib
            .field(&setup.field)
            .map_or(String::new(), |f| f.client.clone());
        ui.label(
            RichText::new(tr.f("start-kies-hoe", [("client", client.into())]))
                .size(style::px(ui, 21.0))
                .color(style::ink_soft(ui)),
        );
    });
    pack(ui, page, out);
    // The label on the buttons' first row: the start screen keeps its buttons in the window at
    // 1366×768 with the card game's row above.
    ui.horizontal_wrapped(|ui| {
        ui.label(sub(ui, &tr.t("start-werkveld")));
        ui.add_space(12.0);
        for f in &lib.fields {
            if choice_button(ui, &f.name, "", setup.field == f.id, 0.0).clicked() {
                out.write(Action::SetField(f.id.clone()));
            }
        }
    });
    if talen.languages.all().len() < 2 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(sub(ui, &tr.t("start-taal")));
        ui.add_space(12.0);
        for player in Player::ALL {
            let name = crate::game::table::seat_name(player, lib.field(&setup.field));
            ui.label(
                RichText::new(format!("{name}:"))
                    .size(style::px(ui, 21.0))
                    .color(style::ink_soft(ui)),
            );
            for l in talen.languages.all() {
                let on = setup.languages.of(player) == l.code;
                if choice_button(ui, &l.name, "", on, 0.0).clicked() {
                    out.write(Action::SetLanguage(player, l.code.clone()));
                }
            }
            ui.add_space(20.0);
        }
    });
}

/// The words on the cards: B1 or the monitor's, and a word on a translation not yet tested.
fn wording(ui: &mut egui::Ui, page: Page, out: &mut MessageWriter<Action>) {
    let Page {
        setup,
        talen,
        tr,
        lib,
        ..
    } = page;
    if lib.has_original_words() {
        ui.label(sub(ui, &tr.t("start-woorden")));
        ui.horizontal_wrapped(|ui| {
            for (w, name) in [
                (Wording::B1, tr.t("start-woorden-b1")),
                (Wording::Original, tr.t("start-woorden-monitor")),
            ] {
                if choice_button(ui, &name, "", setup.wording == w, 0.0).clicked() {
                    out.write(Action::SetWording(w));
                }
            }
        });
        ui.label(
            RichText::new(tr.t("start-woorden-uitleg"))
                .size(style::px(ui, 18.0))
                .color(style::ink_soft(ui)),
        );
    }
    // Said where the card words are chosen: a translation not tested with clients.
    let untested = Player::ALL
        .into_iter()
        .filter_map(|p| talen.languages.get(setup.languages.of(p)))
        .find(|l| !l.cards_tested());
    if let Some(language) = untested {
        ui.label(
            RichText::new(tr.f(
                "start-taal-niet-getest",
                [("taal", language.name.as_str().into())],
            ))
            .size(style::px(ui, 18.0))
            .color(style::ink_soft(ui)),
        );
    }
}

/// The way of choosing, and what it means.
fn way_of_choosing(ui: &mut egui::Ui, page: Page, out: &mut MessageWriter<Action>) {
    let Page { setup, tr, .. } = page;
    ui.label(sub(ui, &tr.t("start-zo-kiezen")));
    ui.horizontal_wrapped(|ui| {
        for (m, name) in [
            (Mode::TakeTurns, tr.t("modus-om-de-beurt")),
            (Mode::Together, tr.t("modus-tegelijk")),
            (Mode::Phones, tr.t("modus-telefoon")),
        ] {
            let r = choice_button(ui, &name, "", setup.mode == m, 0.0);
            // Heard only with a screen reader: in one room its voice says each choice aloud.
            if m != Mode::Phones {
                let warn = tr.t("modus-lezer-hoort");
                ui.ctx()
                    .accesskit_node_builder(r.id, |node| node.set_description(warn));
            }
            if r.clicked() {
                out.write(Action::SetMode(m));
            }
        }
    });
    let explain = tr.t(match setup.mode {
        Mode::TakeTurns => "modus-om-de-beurt-uitleg",
        Mode::Together => "modus-tegelijk-uitleg",
        Mode::Phones => "modus-telefoon-uitleg",
    });
    ui.label(
        RichText::new(explain)
            .size(style::px(ui, 20.0))
            .color(style::ink_soft(ui)),
    );
    // "Raad de ander" goes with every way of choosing; its words beside it, so the start screen
    // keeps its buttons in view at 1366×768.
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let hint = crate::game::screens::keys::hint(&Action::ToggleGuess);
        let r = toggle_button(ui, &tr.t("start-raden"), hint, setup.guess, 0.0);
        if r.clicked() {
            out.write(Action::ToggleGuess);
        }
        ui.add(
            egui::Label::new(
                RichText::new(tr.t("start-raden-uitleg"))
                    .size(style::px(ui, 20.0))
                    .color(style::ink_soft(ui)),
            )
            .wrap(),
        );
    });
}

/// The code for this conversation (never a name); `Enter` in it goes on.
fn code(ui: &mut egui::Ui, page: Page, out: &mut MessageWriter<Action>) {
    let Page { setup, tr, .. } = page;
    let title = ui.label(sub(ui, &tr.t("start-code")));
    ui.horizontal(|ui| {
        let mut label = setup.label.clone();
        let id = egui::Id::new("code-field");
        style::takes_stray_letter(ui, id);
        let edit = egui::TextEdit::singleline(&mut label)
            .id(id)
            .hint_text(tr.t("start-code-voorbeeld"))
            .desired_width(260.0)
            .char_limit(crate::session::MAX_LABEL_CHARS)
            .font(egui::FontId::new(
                style::px(ui, 24.0),
                egui::FontFamily::Proportional,
            ));
        // Named by its title, as a screen reader says it.
        let field = ui.add(edit).labelled_by(title.id);
        if field.changed() {
            out.write(Action::SetLabel(label));
        }
        // Enter in the field goes on, as everywhere on this screen (it used to only leave the
        // field, and a second Enter was needed).
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            out.write(Action::Continue);
        }
        ui.label(
            RichText::new(format!("⚠ {}", tr.t("start-code-geen-naam")))
                .font(egui::FontId::new(style::px(ui, 22.0), style::bold()))
                .color(style::alert(ui)),
        );
    });
}

/// On to the themes; the history when there is a data folder.
fn go_on(ui: &mut egui::Ui, tr: Tr, history: bool, out: &mut MessageWriter<Action>) {
    let hint = crate::game::screens::keys::hint;
    // From the right; what does not fit wraps to a row under it (the largest text), never out
    // of the window.
    let row = egui::vec2(ui.available_width(), 56.0);
    let layout = Layout::right_to_left(Align::Center).with_main_wrap(true);
    ui.allocate_ui_with_layout(row, layout, |ui| {
        if button(ui, &tr.t("start-verder"), hint(&Action::Continue)).clicked() {
            out.write(Action::Continue);
        }
        ui.label(
            RichText::new(tr.t("start-help"))
                .size(style::px(ui, 19.0))
                .color(style::ink_soft(ui)),
        );
        if history && button(ui, &tr.t("start-eerdere"), hint(&Action::OpenHistory)).clicked() {
            out.write(Action::OpenHistory);
        }
    });
}

/// After a crash or a closed window: go on with the unfinished session, or throw it away.
fn resume_dialog(
    ctx: &egui::Context,
    p: &InProgress,
    (lib, tr): (&crate::deck::Library, Tr),
    out: &mut MessageWriter<Action>,
) {
    let total = p.record.cards.len();
    let done = p
        .record
        .cards
        .iter()
        .filter(|c| !c.rounds.is_empty() || c.skipped)
        .count();
    let code = if p.label.is_empty() {
        tr.t("hervat-zonder-code")
    } else {
        tr.f("hervat-code", [("code", p.label.as_str().into())])
    };
    let field = lib
        .field(&p.record.selection.field)
        .map_or(p.record.selection.field.clone(), |f| f.name.clone());
    egui::Window::new("resume")
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .frame(style::sheet(ctx).stroke(egui::Stroke::new(4.0, style::gold(ctx))))
        .fixed_size(egui::vec2(640.0, 0.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.label(heading(ui, &tr.t("hervat-titel")));
            ui.label(
                RichText::new(tr.f(
                    "hervat-regel",
                    [
                        ("code", code.into()),
                        ("werkveld", field.into()),
                        ("gehad", done.into()),
                        ("totaal", total.into()),
                    ],
                ))
                .size(style::px(ui, 22.0)),
            );
            ui.label(RichText::new(tr.t("hervat-vraag")).size(style::px(ui, 22.0)));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if button(
                    ui,
                    &tr.t("hervat-verder"),
                    crate::game::screens::keys::hint(&Action::Resume),
                )
                .clicked()
                {
                    out.write(Action::Resume);
                }
                if button(ui, &tr.t("hervat-weggooien"), "").clicked() {
                    out.write(Action::DiscardResume);
                }
            });
        });
}
