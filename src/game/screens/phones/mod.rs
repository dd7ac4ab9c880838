//! "Op je telefoon" in the game, an overlay of the play screen: starts and stops the phone server
//! with the conversation, turns what the phones send into [`Action`]s, shows each phone the
//! public view of its own seat, and the panel "Doe mee met je telefoon" (`panel`).

mod panel;

pub(crate) use panel::{phone_seat, phones_panel};

use bevy::prelude::*;

use crate::game::log::GameLog;
use crate::game::{Action, Cards, Conversation, GameSet, Notices, Screen, Source};
use crate::phone::SeatView;
use crate::phone::server::{PhoneEvent, PhoneServer, lan_address};
use crate::session::{Mode, Move, PerSeat, Player};

pub fn plugin(app: &mut App) {
    app.init_resource::<PhonesPanel>()
        .init_resource::<PhoneOptions>()
        .init_resource::<HeldChoices>()
        .add_systems(
            Update,
            (run_server, phone_events)
                .chain()
                .in_set(GameSet::Input)
                .in_set(PhonesInput),
        )
        .add_systems(Update, panel_actions.in_set(crate::game::ApplySet::Phones))
        .add_systems(Last, publish_views);
}

/// The phones' part of [`GameSet::Input`]: before the keys, which read whether the phone panel
/// is open and which seats the phones hold.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhonesInput;

/// The running phone server of this conversation, and what the laptop shows about it.
#[derive(Resource)]
pub struct PhoneLink {
    pub server: PhoneServer,
    /// The address a phone opens: on the local network, or `None` when there is none.
    pub url: Option<String>,
    /// The same on this computer (tests, and a browser on the laptop itself).
    pub local_url: String,
    /// The QR code of `url`: rows of dark (true) and light modules.
    pub qr: Vec<Vec<bool>>,
    /// Whether a phone holds each seat, and whether it is connected now.
    pub held: PerSeat<bool>,
    pub connected: PerSeat<bool>,
    /// When the server started, and whether any phone has taken a seat since: after a while
    /// without one, the panel says what may be in the way.
    pub started: std::time::Instant,
    pub ever_joined: bool,
}

impl PhoneLink {
    /// A hint when no phone came (another Wi-Fi, a firewall), in plain words.
    pub fn hint(&self, tr: crate::lang::Tr) -> Option<String> {
        crate::phone::no_phone_hint(
            self.started.elapsed(),
            self.ever_joined,
            self.server.requests(),
        )
        .map(|key| tr.t(key))
    }

    pub fn holds(&self, p: Player) -> bool {
        self.held[p]
    }
}

/// The panel "Doe mee met je telefoon" (QR code, who is connected, "Beginnen") is open.
/// It covers the table like the help: choices wait until it is closed.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct PhonesPanel(pub bool);

/// Where the phones reach the laptop: the address asked for with `--telefoon-adres`, else the
/// laptop's address on the local network, looked up by `find` when the server starts (tests
/// give a lookup that finds none: a laptop without Wi-Fi).
#[derive(Resource, Debug, Clone, Copy)]
pub struct PhoneOptions {
    pub address: Option<std::net::IpAddr>,
    pub find: fn() -> Option<std::net::IpAddr>,
}

impl Default for PhoneOptions {
    fn default() -> Self {
        PhoneOptions {
            address: None,
            find: lan_address,
        }
    }
}

/// Choices that phones made while something covered the laptop's table (the help, Weergave,
/// "Stoppen?"): kept, the last one per seat, and played as soon as the table is free again. The
/// phone meanwhile shows its choice as made ("gekozen"), as it would on a free table.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct HeldChoices(pub PerSeat<Vec<Action>>);

impl HeldChoices {
    /// Keeps `action` for seat `p`: the last choice and the last guess ("Raad de ander"), the
    /// choice first.
    fn hold(&mut self, p: Player, action: Action) {
        let guess = |a: &Action| matches!(a, Action::Guess(..));
        let kind = guess(&action);
        let held = &mut self.0[p];
        held.retain(|a| guess(a) != kind);
        held.push(action);
        held.sort_by_key(guess);
    }
}

fn who(p: Player) -> &'static str {
    match p {
        Player::Client => "cliënt",
        Player::Professional => "professional",
    }
}

/// A server while a conversation "Op je telefoon" is on the table (play and its summary);
/// none otherwise. Dropping the link stops the server.
fn run_server(
    mut commands: Commands,
    table: Option<Res<Conversation>>,
    screen: Res<State<Screen>>,
    link: Option<Res<PhoneLink>>,
    (cards, talen): (Res<Cards>, Res<crate::game::Translations>),
    options: Res<PhoneOptions>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut panel: ResMut<PhonesPanel>,
    mut notices: ResMut<Notices>,
    mut log: ResMut<GameLog>,
) {
    let on_phones = table
        .as_ref()
        .filter(|t| t.session().selection().mode == Mode::Phones);
    let wanted = on_phones.is_some() && matches!(screen.get(), Screen::Play | Screen::Summary);
    if !wanted && link.is_some() {
        commands.remove_resource::<PhoneLink>();
        notices.clear(Source::Phone);
        panel.0 = false;
        log.say("telefoon: server uit");
        return;
    }
    let (true, None, Some(table)) = (wanted, link, on_phones) else {
        return;
    };
    let selection = table.session().selection();
    let tr = talen.tr(&selection.languages.client);
    let lan = options.address.or_else(options.find);
    let started = PhoneServer::start(
        &addresses(lan),
        0,
        crate::phone::new_secret(),
        greeting(selection, &talen, &cards.0),
        waker(proxy.as_deref()),
    );
    // The panel opens either way: with the QR code, or with what stands in the way.
    panel.0 = true;
    let server = match started {
        Ok(server) => server,
        Err(e) => {
            let words = tr.f("telefoon-kan-niet", [("fout", e.to_string().into())]);
            notices.say(Source::Phone, words);
            log.say("telefoon: server lukt niet");
            return;
        }
    };
    commands.insert_resource(link_for(server, lan, tr, (&mut notices, &mut log)));
}

/// The link to a server that started: its addresses (the network's for the phones, when there
/// is one, and this computer's), the QR code, and what the table should know about it.
fn link_for(
    server: PhoneServer,
    lan: Option<std::net::IpAddr>,
    tr: crate::lang::Tr,
    (notices, log): (&mut Notices, &mut GameLog),
) -> PhoneLink {
    let addrs = server.addrs().to_vec();
    let local = addrs
        .iter()
        .find(|a| a.ip().is_loopback())
        .map(|a| server.url(*a))
        .unwrap_or_default();
    // The address for the phones: the network's, or the one asked for.
    let url = addrs
        .iter()
        .find(|a| Some(a.ip()) == lan)
        .map(|a| server.url(*a));
    if url.is_none() {
        notices.say(Source::Phone, tr.t("telefoon-geen-wifi"));
    } else {
        notices.clear(Source::Phone);
    }
    log.say(&format!(
        "telefoon: server aan · {}",
        if url.is_some() {
            "wifi"
        } else {
            "alleen deze computer"
        }
    ));
    PhoneLink {
        server,
        qr: url.as_deref().map(qr_modules).unwrap_or_default(),
        url,
        local_url: local,
        held: PerSeat::default(),
        connected: PerSeat::default(),
        started: std::time::Instant::now(),
        ever_joined: false,
    }
}

/// Where the server listens: the local network's address (when there is one) and this computer.
fn addresses(lan: Option<std::net::IpAddr>) -> Vec<std::net::IpAddr> {
    let loopback = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
    let mut ips: Vec<std::net::IpAddr> = lan.into_iter().collect();
    if !ips.contains(&loopback) {
        ips.push(loopback);
    }
    ips
}

/// What a phone hears first: each seat named, and the page worded, in that seat's language.
fn greeting(
    selection: &crate::session::Selection,
    talen: &crate::game::Translations,
    dutch: &crate::deck::Library,
) -> crate::phone::server::Greeting {
    let langs = PerSeat::new(|p| selection.languages.of(p).to_string());
    let names = PerSeat::new(|p| {
        let lib = talen.library(selection.languages.of(p), dutch);
        crate::game::table::seat_name(p, lib.field(&selection.field))
    });
    let words = langs
        .iter()
        .map(|(_, code)| (code.clone(), crate::phone::page_words(talen.tr(code))))
        .collect();
    crate::phone::server::Greeting {
        names,
        langs,
        words,
    }
}

/// How the server wakes the window when a phone said something (a resting window waits for
/// input); nothing to wake without one.
fn waker(proxy: Option<&bevy::winit::EventLoopProxyWrapper>) -> Box<dyn Fn() + Send + Sync> {
    match proxy {
        Some(proxy) => {
            let proxy = std::sync::Mutex::new((**proxy).clone());
            Box::new(move || {
                if let Ok(p) = proxy.lock() {
                    let _ = p.send_event(bevy::winit::WinitUserEvent::WakeUp);
                }
            })
        }
        None => Box::new(|| {}),
    }
}

/// The modules of a QR code for `text`, or none when it does not fit.
pub fn qr_modules(text: &str) -> Vec<Vec<bool>> {
    let Ok(code) = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M) else {
        return Vec::new();
    };
    let width = code.width();
    let colors = code.to_colors();
    colors
        .chunks(width)
        .map(|row| row.iter().map(|c| *c == qrcode::Color::Dark).collect())
        .collect()
}

/// What the phones said becomes actions, as if typed on the laptop. While something covers the
/// table a choice waits in [`HeldChoices`] instead of being lost.
fn phone_events(
    link: Option<ResMut<PhoneLink>>,
    mut out: MessageWriter<Action>,
    mut log: ResMut<GameLog>,
    (table, talen, mut notices): (
        Option<Res<Conversation>>,
        Res<crate::game::Translations>,
        ResMut<Notices>,
    ),
    (mut held, screen): (ResMut<HeldChoices>, Res<State<Screen>>),
    covers: (
        Res<crate::game::HelpOpen>,
        Res<crate::game::AskStop>,
        Res<PhonesPanel>,
        Res<crate::game::look::LookPanel>,
    ),
) {
    let Some(mut link) = link else {
        if *held != HeldChoices::default() {
            *held = HeldChoices::default();
        }
        return;
    };
    let covered = crate::game::paused(&covers.0, &covers.1, &covers.2, &covers.3);
    if *screen.get() != Screen::Play {
        // The conversation ended (or stopped) with a choice still waiting: nothing to play.
        if *held != HeldChoices::default() {
            *held = HeldChoices::default();
        }
    } else if !covered && held.0.iter().any(|(_, c)| !c.is_empty()) {
        // Only touched when a choice waits: a mutable look every frame would mark it changed
        // and rebuild the phones' views each frame.
        for actions in held.0.values_mut() {
            for action in actions.drain(..) {
                out.write(action);
            }
        }
    }
    for event in link.server.events() {
        let choice = match event {
            PhoneEvent::Joined(p) => {
                link.ever_joined = true;
                log.say(&format!("telefoon: {} verbonden", who(p)));
                None
            }
            PhoneEvent::Left(p) => {
                log.say(&format!("telefoon: {} weg", who(p)));
                None
            }
            PhoneEvent::Chose(p, score) => Some((p, Action::Choose(p, score))),
            PhoneEvent::Passed(p) => Some((p, Action::Pass(p))),
            PhoneEvent::Guessed(p, guess) => Some((p, Action::Guess(p, guess))),
            // A pause goes over every cover: never held back.
            PhoneEvent::Paused(p) => {
                out.write(Action::Pause(p));
                None
            }
            PhoneEvent::GoesOn(p) => {
                out.write(Action::GoOn(Some(p)));
                None
            }
            // Between cards only; the rules refuse it otherwise, and the table says why.
            PhoneEvent::OwnCard(p, words) => {
                log.say(&format!("telefoon: eigen kaart van {}", who(p)));
                out.write(Action::AddOwnCard(words.0));
                None
            }
            // Said on the laptop, in the words used when the server cannot start at all.
            PhoneEvent::Stopped(why) => {
                log.say("telefoon: server gestopt");
                let code = table.as_ref().map_or(crate::lang::BASE, |t| {
                    t.session().selection().languages.client.as_str()
                });
                notices.say(
                    Source::Phone,
                    talen
                        .tr(code)
                        .f("telefoon-kan-niet", [("fout", why.into())]),
                );
                None
            }
        };
        match choice {
            Some((p, action)) if covered && *screen.get() == Screen::Play => {
                log.say(&format!("telefoon: keuze {} wacht", who(p)));
                held.hold(p, action);
            }
            Some((_, action)) => {
                out.write(action);
            }
            None => {}
        }
    }
    let held_seats = PerSeat::new(|p| link.server.taken(p));
    let connected = PerSeat::new(|p| link.server.connected(p));
    if link.held != held_seats || link.connected != connected {
        link.held = held_seats;
        link.connected = connected;
    }
}

fn panel_actions(
    mut actions: MessageReader<Action>,
    mut panel: ResMut<PhonesPanel>,
    link: Option<Res<PhoneLink>>,
    mut log: ResMut<GameLog>,
    table: Option<ResMut<Conversation>>,
    mut setup: ResMut<crate::game::Setup>,
    mut next_phase: Option<ResMut<NextState<crate::game::Phase>>>,
) {
    let mut table = table;
    for action in actions.read() {
        match action {
            Action::SwitchMode(mode) if *mode != Mode::Phones => {
                let Some(table) = table.as_mut() else {
                    continue;
                };
                if let Err(e) = table.apply(Move::SetMode(*mode)) {
                    warn!("kiezen: {e}");
                    continue;
                }
                // The next conversation starts with the way that worked.
                setup.mode = *mode;
                panel.0 = false;
                // Enter the phase of the new way (a cover screen in "om de beurt").
                if let Some(next) = next_phase.as_mut() {
                    next.set(crate::game::Phase::Dealing);
                }
                log.say(match mode {
                    Mode::TakeTurns => "kiezen: om de beurt",
                    _ => "kiezen: tegelijk",
                });
            }
            Action::TogglePhones => {
                panel.0 = !panel.0;
                log.say(if panel.0 {
                    "telefoons: open"
                } else {
                    "telefoons: dicht"
                });
            }
            Action::FreeSeat(p) => {
                if let Some(link) = link.as_ref() {
                    link.server.free(*p);
                    log.say(&format!("telefoon: plek {} vrij", who(*p)));
                }
            }
            _ => {}
        }
    }
}

/// Each phone sees its own seat's public view; the server sends it only when it changed.
fn publish_views(
    link: Option<Res<PhoneLink>>,
    table: Option<Res<Conversation>>,
    cards: Res<Cards>,
    talen: Res<crate::game::Translations>,
    (panel, held): (Res<PhonesPanel>, Res<HeldChoices>),
) {
    let (Some(link), Some(table)) = (link, table) else {
        return;
    };
    // Only when something a phone shows may have changed (not every frame of the 3-2-1 is news,
    // but the server drops a view equal to the last one anyway).
    if !(link.is_added() || table.is_changed() || panel.is_changed() || held.is_changed()) {
        return;
    }
    let view = table.session().view();
    for p in Player::ALL {
        // Each phone in its own player's language.
        let selection = table.session().selection();
        let code = selection.languages.of(p);
        let seat = SeatView::of(&view, p, talen.library(code, &cards.0), selection).in_lang(code);
        // Until "Spelen" on the laptop the phones wait: a tap now would be lost.
        let mut seat = if panel.0 { seat.waiting() } else { seat };
        // A choice (and a guess) that waits for the laptop's table shows as made.
        let waits = |guess: bool| {
            held.0[p]
                .iter()
                .any(|a| matches!(a, Action::Guess(..)) == guess)
        };
        if waits(false) && seat.state == "kiezen" {
            seat.state = if seat.guess { "raden" } else { "gekozen" };
        }
        if waits(true) && seat.state == "raden" {
            seat.state = "gekozen";
        }
        link.server.publish(p, &seat);
    }
}
