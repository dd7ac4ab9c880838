//! History: saved sessions, the trend per code over time, delete and export. This folder is the
//! whole screen: its state (the list, the form), its actions (`apply`) and its view.

mod apply;
pub mod list;

use bevy::prelude::*;
use bevy_egui::egui::{self, Align, Color32, Layout, RichText, Stroke, Ui};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::style::{self, button, heading, sub};
use super::summary::{export_row, kenmerk_colour};
use crate::game::log::GameLog;
use crate::game::saving::Data;
use crate::game::{Action, ApplySet, Cards, Notices, Screen, Setup, Source, Translations};
use crate::lang::Tr;
use crate::profile::Profile;
use crate::report::fmt1;
use crate::store::SavedSession;

pub fn plugin(app: &mut App) {
    super::state_while::<Form>(app, Screen::History);
    // Asked for while a long list is read (the window's own plugin adds it too; the headless
    // game has none).
    app.add_message::<bevy::window::RequestRedraw>();
    app.init_resource::<History>()
        .add_systems(OnEnter(Screen::History), (refresh, came_from))
        // Leaving forgets a "replace?" that was not answered (the form goes by itself).
        .add_systems(OnExit(Screen::History), |mut d: ResMut<Data>| {
            d.replace = None
        })
        // And a save window still open (see `saving::dialog`).
        .add_systems(OnExit(Screen::History), crate::game::saving::dialog::forget)
        .add_systems(Update, apply::apply.in_set(ApplySet::Screen))
        .add_systems(
            Update,
            finish_reading
                .run_if(in_state(Screen::History))
                .in_set(crate::game::GameSet::Tick),
        )
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(in_state(Screen::History)).in_set(style::UiSet),
        );
}

/// The saved conversations, the code whose trend is shown (kept while the game runs), and where
/// "Terug" goes.
#[derive(Resource, Default)]
pub struct History {
    pub sessions: Vec<SavedSession>,
    pub label: Option<String>,
    pub back_to: BackTo,
    /// A long list being read on its own thread.
    pub reading: Option<Reading>,
    /// The sessions folder as it was when last read.
    read: Option<Stamp>,
}

impl History {
    /// The sessions folder as it is now counts as read (after a change made here).
    fn restamp(&mut self, st: &crate::store::Store) {
        self.read = stamp(st);
    }
}

/// The screen the history was opened from.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum BackTo {
    #[default]
    Start,
    Summary,
}

/// The history's form while it is open: the export path a user typed, a "delete" waiting for
/// its "yes", the filter by code and the codes folded in the list. Gone when the screen closes,
/// so a delete is never armed on arrival.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct Form {
    pub export: Option<String>,
    pub confirm: Confirm,
    pub filter: String,
    pub folded: std::collections::BTreeSet<String>,
    /// The list's lines, kept between frames.
    pub lines: list::Lines,
}

/// What is waiting for a "yes".
#[derive(Debug, Default, Clone, PartialEq)]
pub enum Confirm {
    #[default]
    Nothing,
    Delete(String),
    DeleteAll,
}

/// A list this long is read on a thread of its own: the screen opens at once and says it is
/// still reading (3000 conversations took about 1.9 s to read in the dev build; see README).
const READ_AT_ONCE: usize = 200;

/// A listing being read on its own thread.
pub struct Reading(std::sync::Mutex<std::sync::mpsc::Receiver<crate::store::Listing>>);

/// The sessions folder as it was when last read: read again only when it changed (a save or a
/// delete changes its time), so opening the history twice reads a long list once.
type Stamp = (std::path::PathBuf, std::time::SystemTime);

fn stamp(st: &crate::store::Store) -> Option<Stamp> {
    let dir = st.sessions_dir();
    let time = std::fs::metadata(&dir).and_then(|m| m.modified()).ok()?;
    Some((dir, time))
}

/// Reads the data folder's saved conversations, and which could not be read: at once when the
/// list is short, else on a thread (see [`READ_AT_ONCE`]); not at all when nothing changed.
fn refresh(
    data: Res<Data>,
    mut history: ResMut<History>,
    (mut notices, mut log): (ResMut<Notices>, ResMut<GameLog>),
    (setup, talen): (Res<Setup>, Res<Translations>),
) {
    let Some(st) = &data.store else { return };
    let tr = talen.tr(setup.screen_lang());
    let now = stamp(st);
    if now.is_some() && history.read == now && history.reading.is_none() {
        return;
    }
    let files = std::fs::read_dir(st.sessions_dir()).map_or(0, |d| d.count());
    if files <= READ_AT_ONCE {
        history.reading = None;
        take(&mut history, (&mut notices, &mut log), st.list(), tr);
        history.read = now;
        return;
    }
    let (send, receive) = std::sync::mpsc::channel();
    let store = st.clone();
    let spawned = std::thread::Builder::new()
        .name("geschiedenis".into())
        .spawn(move || {
            let _ = send.send(store.list());
        });
    match spawned {
        Ok(_) => {
            history.reading = Some(Reading(std::sync::Mutex::new(receive)));
            history.read = now;
        }
        // No thread: read it here, the screen waits.
        Err(_) => {
            take(&mut history, (&mut notices, &mut log), st.list(), tr);
            history.read = now;
        }
    }
}

/// A listing read on its thread, once it is there; the window keeps drawing while it reads.
fn finish_reading(
    mut history: ResMut<History>,
    (mut notices, mut log): (ResMut<Notices>, ResMut<GameLog>),
    (setup, talen): (Res<Setup>, Res<Translations>),
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let tr = talen.tr(setup.screen_lang());
    let got = match &history.reading {
        None => return,
        Some(Reading(r)) => match r.lock() {
            Ok(r) => r.try_recv(),
            Err(_) => Err(std::sync::mpsc::TryRecvError::Disconnected),
        },
    };
    match got {
        Ok(listing) => {
            history.reading = None;
            take(&mut history, (&mut notices, &mut log), listing, tr);
        }
        Err(std::sync::mpsc::TryRecvError::Empty) => {
            redraw.write(bevy::window::RequestRedraw);
        }
        // The thread ended without a listing: read again on the next visit.
        Err(std::sync::mpsc::TryRecvError::Disconnected) => {
            history.reading = None;
            history.read = None;
        }
    }
}

/// The sessions of a listing, and what could not be read said under the history's source.
fn take(
    history: &mut History,
    (notices, log): (&mut Notices, &mut GameLog),
    listing: crate::store::Listing,
    tr: Tr,
) {
    history.sessions = listing.sessions;
    log.say(&format!(
        "geschiedenis: {} gesprekken",
        history.sessions.len()
    ));
    for p in &listing.problems {
        warn!("{p}");
    }
    notices.say_all(
        Source::History,
        listing.problems.iter().map(|p| p.words(tr)).collect(),
    );
    if history
        .label
        .as_ref()
        .is_some_and(|l| !history.sessions.iter().any(|s| &s.label == l))
    {
        history.label = None;
    }
}

/// "Terug" goes back to the summary when the history was opened from one (also after looking
/// at a saved conversation's summary), else to the start.
fn came_from(mut moves: MessageReader<StateTransitionEvent<Screen>>, mut history: ResMut<History>) {
    if let Some(exited) = moves.read().last().and_then(|m| m.exited) {
        history.back_to = match exited {
            Screen::Summary => BackTo::Summary,
            _ => BackTo::Start,
        };
    }
}

/// Per kenmerk a small line chart over the sessions of one code: client solid, professional
/// dashed, 1 at the bottom, 5 at the top.
fn trend(
    ui: &mut egui::Ui,
    (lib, tr): (&crate::deck::Library, crate::lang::Tr),
    sessions: &[&SavedSession],
) {
    let profiles: Vec<Profile> = sessions
        .iter()
        .map(|s| Profile::of(&s.record, lib))
        .collect();
    for k in &lib.kenmerken {
        if !profiles.iter().any(|p| p.kenmerk(&k.id).is_some()) {
            continue;
        }
        let colour = kenmerk_colour(ui, lib, &k.id);
        ui.horizontal(|ui| {
            ui.add_sized(
                egui::vec2(190.0, 24.0),
                egui::Label::new(
                    RichText::new(&k.label)
                        .font(egui::FontId::new(style::px(ui, 21.0), style::bold())),
                ),
            );
            let (rect, _) = ui.allocate_exact_size(egui::vec2(520.0, 90.0), egui::Sense::hover());
            let p = ui.painter();
            p.rect_filled(rect, 6.0, style::soft_fill(ui));
            let n = profiles.len().max(2) as f32;
            let x = |i: usize| rect.left() + 24.0 + (rect.width() - 48.0) * i as f32 / (n - 1.0);
            let steps = lib.steps().max(2);
            let span = f32::from(steps) - 1.0;
            let y =
                |v: f64| rect.bottom() - 10.0 - (rect.height() - 20.0) * ((v as f32 - 1.0) / span);
            for (i, s) in sessions.iter().enumerate() {
                p.text(
                    egui::pos2(x(i), rect.bottom() - 1.0),
                    egui::Align2::CENTER_BOTTOM,
                    s.date(),
                    egui::FontId::new(style::px(ui, 12.0), egui::FontFamily::Proportional),
                    style::ink_soft(ui),
                );
            }
            for v in 1..=steps {
                p.line_segment(
                    [
                        egui::pos2(rect.left(), y(f64::from(v))),
                        egui::pos2(rect.right(), y(f64::from(v))),
                    ],
                    Stroke::new(1.0, Color32::from_white_alpha(200)),
                );
            }
            for (who, dashed) in [(0, false), (1, true)] {
                let points: Vec<egui::Pos2> = profiles
                    .iter()
                    .enumerate()
                    .filter_map(|(i, pr)| {
                        let kp = pr.kenmerk(&k.id)?;
                        let v = if who == 0 {
                            kp.client_mean
                        } else {
                            kp.professional_mean
                        }?;
                        Some(egui::pos2(x(i), y(v)))
                    })
                    .collect();
                let stroke = Stroke::new(
                    3.0,
                    if dashed {
                        colour.gamma_multiply(0.75)
                    } else {
                        colour
                    },
                );
                if dashed {
                    p.extend(egui::Shape::dashed_line(&points, stroke, 8.0, 6.0));
                } else if points.len() > 1 {
                    p.add(egui::Shape::line(points.clone(), stroke));
                }
                for pt in &points {
                    if dashed {
                        p.rect_stroke(
                            egui::Rect::from_center_size(*pt, egui::vec2(9.0, 9.0)),
                            1.0,
                            Stroke::new(2.5, colour),
                            egui::StrokeKind::Middle,
                        );
                    } else {
                        p.circle_filled(*pt, 5.0, colour);
                    }
                }
            }
        });
        // The means can stay level while the cards drift apart: how far apart per card, in
        // words under the chart, from old to new.
        let apart: Vec<String> = profiles
            .iter()
            .map(|p| {
                p.kenmerk(&k.id)
                    .and_then(|kp| kp.card_gap_mean)
                    .map_or("–".into(), |m| fmt1(m, tr))
            })
            .collect();
        ui.label(
            RichText::new(tr.f(
                "geschiedenis-per-kaart",
                [("waarden", apart.join(" · ").into())],
            ))
            .size(style::px(ui, 18.0)),
        );
    }
    ui.label(
        RichText::new(tr.t("geschiedenis-lijnen-uitleg"))
            .size(style::px(ui, 18.0))
            .color(style::ink_soft(ui)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    history: Res<History>,
    (data, notices): (Res<Data>, Res<Notices>),
    (cards, packs): (Res<Cards>, Res<crate::game::Packs>),
    setup: Res<Setup>,
    talen: Res<Translations>,
    form: Option<ResMut<Form>>,
    save_window: Option<Res<crate::game::saving::dialog::Open>>,
    mut out: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let tr = talen.tr(setup.screen_lang());
    let Some(mut form) = form else { return Ok(()) };
    let books = crate::game::Books {
        packs: &packs,
        cards: &cards,
        talen: &talen,
        code: setup.screen_lang(),
    };
    style::paper_page(ctx, "history", 1280.0, |ui| {
        title_row(ui, tr, &mut out);
        if let Some(root) = data.store.as_ref().map(|s| s.root().display().to_string()) {
            ui.label(
                RichText::new(tr.f("geschiedenis-waar", [("map", root.into())]))
                    .size(style::px(ui, 18.0))
                    .color(style::ink_soft(ui)),
            );
        }
        super::notices::show(
            ui,
            &notices,
            super::notices::HISTORY,
            tr,
            19.0,
            style::ink(ui),
        );
        if history.reading.is_some() {
            ui.label(RichText::new(tr.t("geschiedenis-lezen")).size(style::px(ui, 22.0)));
        } else if history.sessions.is_empty() && !notices.has(Source::History) {
            // "Nothing saved yet" only when nothing stood in the way of reading.
            ui.label(RichText::new(tr.t("geschiedenis-leeg")).size(style::px(ui, 22.0)));
        }
        if !history.sessions.is_empty()
            && let Some(action) = list::list_view(ui, (books, tr), &history, &mut form)
        {
            out.write(action);
        }
        if let Some(label) = &history.label {
            one_code_over_time(ui, (books, tr), &history, label, &mut out);
        }
        ui.add_space(8.0);
        ui.separator();
        if !history.sessions.is_empty() {
            let what = history
                .label
                .as_ref()
                .map_or(tr.t("geschiedenis-alle"), |l| {
                    tr.f("hervat-code", [("code", l.as_str().into())])
                });
            ui.label(
                RichText::new(tr.f("geschiedenis-tabel", [("wat", what.into())]))
                    .size(style::px(ui, 19.0)),
            );
            export_row(
                ui,
                (tr, &notices),
                &mut form.export,
                crate::game::saving::default_history_export(),
                &mut out,
                (false, save_window.is_some()),
            );
        }
        ui.add_space(6.0);
        delete_all_row(ui, tr, &mut form.confirm, &mut out);
    });
    Ok(())
}

/// The title, "Terug" and "Weergave".
fn title_row(ui: &mut Ui, tr: Tr, out: &mut MessageWriter<Action>) {
    ui.horizontal(|ui| {
        ui.label(heading(ui, &tr.t("start-eerdere")));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if button(
                ui,
                &tr.t("knop-terug"),
                crate::game::screens::keys::hint(&Action::Back),
            )
            .clicked()
            {
                out.write(Action::Back);
            }
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
    });
}

/// The conversations of one code over time, with "Sluiten".
fn one_code_over_time(
    ui: &mut Ui,
    (books, tr): (crate::game::Books, Tr),
    history: &History,
    label: &str,
    out: &mut MessageWriter<Action>,
) {
    let of_label: Vec<&SavedSession> = history
        .sessions
        .iter()
        .filter(|s| s.label == label)
        .collect();
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label(sub(
            ui,
            &tr.f(
                "geschiedenis-over-de-tijd",
                [("code", label.into()), ("n", of_label.len().into())],
            ),
        ));
        if ui.button(tr.t("knop-sluiten")).clicked() {
            out.write(Action::SelectLabel(None));
        }
    });
    // One chart per pack: their themes and scales differ. The pack's name over each when the
    // code has conversations of more than one pack.
    let mut by_pack: Vec<(&str, Vec<&SavedSession>)> = Vec::new();
    for s in &of_label {
        let id = books.lib(&s.record.selection.pack).pack.id.as_str();
        match by_pack.iter_mut().find(|(p, _)| *p == id) {
            Some((_, list)) => list.push(s),
            None => by_pack.push((id, vec![s])),
        }
    }
    let several = by_pack.len() > 1;
    for (_, sessions) in &by_pack {
        let lib = books.lib(&sessions[0].record.selection.pack);
        if several {
            ui.label(sub(ui, &lib.pack.name));
        }
        trend(ui, (lib, tr), sessions);
    }
}

/// "Alles verwijderen", asked once more.
fn delete_all_row(ui: &mut Ui, tr: Tr, confirm: &mut Confirm, out: &mut MessageWriter<Action>) {
    ui.horizontal(|ui| {
        if *confirm == Confirm::DeleteAll {
            ui.label(
                RichText::new(tr.t("geschiedenis-alles-vraag"))
                    .font(egui::FontId::new(style::px(ui, 20.0), style::bold())),
            );
            if ui
                .button(RichText::new(tr.t("geschiedenis-ja-alles")).color(style::alert(ui)))
                .clicked()
            {
                out.write(Action::DeleteAll);
                *confirm = Confirm::Nothing;
            }
            if ui.button(tr.t("knop-nee")).clicked() {
                *confirm = Confirm::Nothing;
            }
        } else if ui.button(tr.t("geschiedenis-alles-verwijderen")).clicked() {
            *confirm = Confirm::DeleteAll;
        }
    });
}
