//! "Live": with `--cards DIR`, saving a card file changes the running game within a second. The
//! watching and reading happen on a thread of their own ([`crate::pack::watch`]); here the new
//! reading goes into play, or, when it is broken, a banner says where, and the last good cards
//! stay in play.

use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy::winit::{EventLoopProxy, EventLoopProxyWrapper, WinitUserEvent};
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::game::log::GameLog;
use crate::game::screens::style;
use crate::game::{Cards, Conversation, Packs, Setup, Translations};
use crate::pack::{self, Pack};

/// The pack folders being watched, and what was wrong in the newest reading of one.
#[derive(Resource, Default)]
pub struct Live {
    watches: Vec<pack::Watch>,
    /// The banner: the first problems of the newest reading (file:line:col and what), while
    /// the folder stays broken.
    pub problem: Option<Vec<String>>,
    /// The problem was there when the game started (no earlier cards of that file in play).
    pub since_start: bool,
}

/// The window's wake-up, for the watcher threads; filled once the window exists.
#[derive(Resource, Clone, Default)]
pub struct Waker(Arc<Mutex<Option<EventLoopProxy<WinitUserEvent>>>>);

impl Waker {
    fn wake(&self) {
        if let Some(proxy) = self.0.lock().ok().and_then(|p| p.clone()) {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }
    }
}

/// Starts watching every pack read from a folder; says in the log and the notices where
/// watching cannot start.
pub fn start(packs: &[Pack]) -> (Live, Waker, Vec<String>) {
    let waker = Waker::default();
    let mut live = Live::default();
    let mut problems = Vec::new();
    // Files that were already broken when the game started: the banner says so at once.
    let broken: Vec<String> = packs
        .iter()
        .filter(|p| p.dir.is_some())
        .flat_map(|p| {
            let mut all: Vec<String> = p.report.errors.iter().map(|e| e.to_string()).collect();
            all.extend(p.library().missing_for_play());
            all
        })
        .collect();
    if !broken.is_empty() {
        info!("kaarten: {} fout(en) bij het starten", broken.len());
        live.problem = Some(broken);
        live.since_start = true;
    }
    for dir in packs.iter().filter_map(|p| p.dir.as_ref()) {
        let w = waker.clone();
        match pack::watch(dir, move || w.wake()) {
            Ok(watch) => live.watches.push(watch),
            Err(e) => problems.push(format!(
                "{}: wijzigingen ziet het spel pas na opnieuw starten ({e})",
                dir.display()
            )),
        }
    }
    (live, waker, problems)
}

pub fn plugin(app: &mut App) {
    app.init_resource::<Live>()
        .init_resource::<Waker>()
        // Before the frame's systems read the cards: a new reading is in place for all of them.
        .add_systems(PreUpdate, (fill_waker, take_readings))
        // Before the screens: they start under the banner's height.
        .add_systems(
            EguiPrimaryContextPass,
            banner
                .before(style::UiSet)
                .run_if(resource_exists::<style::StyleReady>),
        );
}

fn fill_waker(proxy: Option<Res<EventLoopProxyWrapper>>, waker: Res<Waker>, mut done: Local<bool>) {
    if *done {
        return;
    }
    if let (Some(proxy), Ok(mut slot)) = (proxy, waker.0.lock()) {
        *slot = Some((**proxy).clone());
        *done = true;
    }
}

/// How many problems the banner lists before "…".
const SHOWN: usize = 3;

/// A new reading: into play when it is good, else the banner.
fn take_readings(
    mut live: ResMut<Live>,
    (mut cards, mut talen, mut packs): (ResMut<Cards>, ResMut<Translations>, ResMut<Packs>),
    mut setup: ResMut<Setup>,
    table: Option<Res<Conversation>>,
    mut log: ResMut<GameLog>,
) {
    let readings: Vec<(std::path::PathBuf, Result<Pack, crate::deck::DirError>)> = live
        .watches
        .iter()
        .filter_map(|w| w.latest().map(|r| (w.dir.clone(), r)))
        .collect();
    for (dir, reading) in readings {
        let new = match reading {
            Ok(p) => p,
            Err(e) => {
                live.problem = Some(vec![e.to_string()]);
                live.since_start = false;
                log.say("kaarten: de map kan niet gelezen worden");
                continue;
            }
        };
        let mut problems: Vec<String> = new.report.errors.iter().map(|e| e.to_string()).collect();
        problems.extend(new.library().missing_for_play());
        if !problems.is_empty() {
            log.say(&format!(
                "kaarten: {} fout(en) in {}, de vorige kaarten blijven",
                problems.len(),
                dir.display()
            ));
            live.problem = Some(problems);
            live.since_start = false;
            continue;
        }
        live.problem = None;
        let id = new.id().to_string();
        let mut library = new.library().clone();
        let in_play = cards.0.pack.id == id;
        if in_play && let Some(t) = &table {
            let session = t.session();
            let ids: Vec<String> = session
                .record()
                .cards
                .iter()
                .map(|c| c.card.clone())
                .collect();
            let kept =
                pack::keep_for_conversation(&mut library, &cards.0, session.selection(), &ids);
            if !kept.is_empty() {
                log.say(&format!(
                    "kaarten: {} kaart(en) blijven tot het einde van dit gesprek",
                    kept.len()
                ));
            }
        }
        let book = crate::game::PackBook {
            translations: Translations::new(new.languages.clone(), &library),
            library,
        };
        match packs.0.iter_mut().find(|b| b.library.pack.id == id) {
            Some(b) => *b = book.clone(),
            None => packs.0.push(book.clone()),
        }
        if in_play {
            cards.0 = book.library.clone();
            *talen = book.translations;
            // The decks as they are now, on the themes screen too.
            let decks = setup.decks.clone();
            setup.decks = decks
                .into_iter()
                .filter(|d| cards.0.kenmerk(d).is_some())
                .collect();
            if table.is_none() && setup.decks.is_empty() {
                setup.switch_pack(&cards.0);
            }
            // The table draws its cards again, with the new words (it watches `Cards`).
        }
        log.say(&format!(
            "kaarten opnieuw gelezen: {id}, {} kaarten",
            cards.0.cards.len()
        ));
    }
}

/// The banner over every screen while a saved card file is broken.
fn banner(
    mut contexts: EguiContexts,
    live: Res<Live>,
    setup: Res<Setup>,
    talen: Res<Translations>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let height = egui::Id::new(style::BANNER_HEIGHT);
    let Some(problems) = &live.problem else {
        ctx.data_mut(|d| d.remove::<f32>(height));
        return Ok(());
    };
    let tr = talen.tr(setup.screen_lang());
    let shown = egui::Area::new(egui::Id::new("live-banner"))
        // At the top of the window; the screens start under it, so it covers nothing.
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 4.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(style::paper(ui))
                .stroke(egui::Stroke::new(3.0, style::alert(ui)))
                .corner_radius(8.0)
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_max_width(ui.ctx().content_rect().width() - 60.0);
                    ui.label(
                        RichText::new(format!(
                            "⚠ {}",
                            tr.t(if live.since_start {
                                "kaarten-live-kapot-start"
                            } else {
                                "kaarten-live-kapot"
                            })
                        ))
                        .font(egui::FontId::new(style::px(ui, 20.0), style::bold()))
                        .color(style::alert(ui)),
                    );
                    for line in problems.iter().take(SHOWN) {
                        ui.label(
                            RichText::new(line)
                                .size(style::px(ui, 17.0))
                                .color(style::ink(ui)),
                        );
                    }
                    if problems.len() > SHOWN {
                        ui.label(
                            RichText::new(tr.f(
                                "kaarten-live-meer",
                                [("n", (problems.len() - SHOWN).into())],
                            ))
                            .size(style::px(ui, 17.0))
                            .color(style::ink_soft(ui)),
                        );
                    }
                });
        });
    let bottom = shown.response.rect.bottom() + 4.0;
    ctx.data_mut(|d| d.insert_temp(height, bottom));
    Ok(())
}
