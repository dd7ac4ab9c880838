//! The small web server of "Op je telefoon": one page and one WebSocket per phone, on the local
//! network and loopback only, behind a secret address that is new for every conversation.
//!
//! It runs axum on a single-threaded Tokio runtime in its own thread, so the game thread never
//! waits for the network, not even to stop it. The game talks to it through [`PhoneServer`]: it
//! publishes each seat's [`SeatView`](super::SeatView) and drains [`PhoneEvent`]s. Every
//! connection has a place under a cap and deadlines ([`listen`]); refused messages are counted,
//! not passed on, so a flood neither wakes the game nor fills its log.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::watch;

mod gate;
mod http;
pub mod listen;
mod socket;

use listen::{
    ARRIVALS_PER_ADDRESS, CHURN_TOLD, JOINS_PER_ADDRESS, JOINS_PER_DEVICE, MAX_HTTP, MAX_SEATLESS,
    MAX_SOCKETS, Tally, serve,
};
use socket::Outgoing;

use super::{RateLimit, Refusal, SeatView, Seats};
use crate::session::{Hidden, PerSeat, Player};

/// What happened on the phones, for the game to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneEvent {
    /// A phone took this seat (or came back to it).
    Joined(Player),
    /// The last connection of this seat closed or went silent.
    Left(Player),
    /// The phone of this seat chose a score, face down (its `Debug` shows no number).
    Chose(Player, Hidden),
    /// The phone of this seat passed.
    Passed(Player),
    /// "Raad de ander": the phone of this seat guessed the other's choice, face down (`None`:
    /// "Weet ik niet").
    Guessed(Player, Option<Hidden>),
    /// The phone of this seat asked for "Even pauze".
    Paused(Player),
    /// The phone of this seat ends its pause.
    GoesOn(Player),
    /// The phone of this seat wrote an own card (its `Debug` shows no words).
    OwnCard(Player, crate::phone::OwnWords),
    /// The server stopped listening on an address (the operating system's reason): phones can
    /// no longer join there.
    Stopped(String),
}

/// Why the server could not start.
#[derive(Debug)]
pub struct StartError(pub String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Shared between the game side and the connections.
struct Shared {
    secret: String,
    seats: Mutex<Seats>,
    /// Open connections per seat.
    connected: Mutex<PerSeat<usize>>,
    events: Mutex<mpsc::Sender<PhoneEvent>>,
    wake: Box<dyn Fn() + Send + Sync>,
    views: PerSeat<watch::Sender<String>>,
    /// Bumped when the laptop frees a seat: connections of that seat let go of it.
    freed: watch::Sender<u64>,
    closing: watch::Sender<bool>,
    /// Requests that reached the server (any path): a phone got through the network.
    requests: std::sync::atomic::AtomicU64,
    /// Refused messages and connections, by kind: said in the log as a sum now and then.
    tally: Tally,
    /// Places for open HTTP connections and for open WebSockets.
    http: Arc<gate::Gate>,
    sockets: Arc<gate::Gate>,
    /// Places for sockets until they take a seat.
    lobby: Arc<gate::Lobby>,
    /// Joins across connections, by address and by device.
    joins: Mutex<JoinLimits>,
    /// New connections by address.
    arrivals: Mutex<std::collections::HashMap<IpAddr, RateLimit>>,
    /// The first message to every phone, made once: the seats' names and the page's words, for
    /// "Wie ben jij?" and every view after.
    hello: String,
    /// What the game was told of each seat's coming and going.
    churn: Mutex<Churn>,
    /// What each seat's phone shows now, as far as the rules need it here.
    gist: Mutex<PerSeat<Gist>>,
    /// Own cards each seat wrote.
    own: Mutex<PerSeat<OwnTally>>,
}

/// Joins across connections: one limit per address and one per device.
#[derive(Default)]
struct JoinLimits {
    by_address: std::collections::HashMap<IpAddr, RateLimit>,
    by_device: std::collections::HashMap<String, RateLimit>,
}

impl JoinLimits {
    /// Whether one more join from `ip` as `device` may pass at `now`.
    fn allow(&mut self, ip: IpAddr, device: &str, now: Instant) -> bool {
        // Limits that have filled up again are the same as new ones: forget them, so the
        // lists stay small whatever ids someone makes up.
        if self.by_address.len() + self.by_device.len() > 64 {
            self.by_address.retain(|_, l| !l.rested(now));
            self.by_device.retain(|_, l| !l.rested(now));
        }
        let (burst, rate) = JOINS_PER_ADDRESS;
        let address = self
            .by_address
            .entry(ip)
            .or_insert_with(|| RateLimit::new(burst, rate, now));
        if !address.allow(now) {
            return false;
        }
        let (burst, rate) = JOINS_PER_DEVICE;
        self.by_device
            .entry(device.to_string())
            .or_insert_with(|| RateLimit::new(burst, rate, now))
            .allow(now)
    }
}

/// What the game was told of each seat: connected or not. A seat's coming and going is told
/// as [`PhoneEvent::Joined`] / [`PhoneEvent::Left`] under [`CHURN_TOLD`]; the rest is counted
/// and settled now and then ([`Churn::settle`]).
struct Churn {
    told: PerSeat<bool>,
    limit: PerSeat<RateLimit>,
    /// Comings and goings not told one by one since the last settle.
    quiet: u64,
}

impl Churn {
    fn new() -> Churn {
        let (burst, rate) = CHURN_TOLD;
        Churn {
            told: PerSeat::default(),
            limit: PerSeat::new(|_| RateLimit::new(burst, rate, Instant::now())),
            quiet: 0,
        }
    }

    /// Tells the game where each seat stands now, if it does not know; returns (and forgets)
    /// how many comings and goings were not told one by one.
    fn settle(&mut self, shared: &Shared) -> u64 {
        let connected = *shared.connected();
        for p in Player::ALL {
            let now = connected[p] > 0;
            if self.told[p] != now {
                self.told[p] = now;
                shared.send(if now {
                    PhoneEvent::Joined(p)
                } else {
                    PhoneEvent::Left(p)
                });
            }
        }
        std::mem::take(&mut self.quiet)
    }
}

/// The little of a seat's view the server checks a message against, so that a move the rules
/// would refuse never reaches (or wakes) the game: the rules' own answer for this seat
/// ([`crate::session::Session::may`], carried by the published view).
#[derive(Debug, Clone, Copy, Default)]
struct Gist {
    /// The game published a view for this seat. Before that the game's rules alone decide.
    published: bool,
    may: crate::session::SeatMay,
    /// The steps of the pack's scale (the highest value among the page's choices).
    steps: u8,
    position: usize,
    can_add_own: bool,
}

impl Gist {
    /// A choice, pass or guess can count now.
    fn may_choose(&self) -> bool {
        !self.published || self.may.choose || self.may.guess
    }

    /// The score lies on this pack's scale (1–7 pass the parser).
    fn on_scale(&self, score: crate::session::Hidden) -> bool {
        !self.published || score.within(self.steps)
    }

    /// "Even pauze" can start now.
    fn may_pause(&self) -> bool {
        !self.published || self.may.pause
    }

    /// This seat's own pause is on.
    fn may_go_on(&self) -> bool {
        self.may.go_on
    }
}

/// The own cards one seat wrote: how many, and at which card the last one.
#[derive(Debug, Clone, Copy, Default)]
struct OwnTally {
    at: Option<usize>,
    sent: usize,
}

impl Shared {
    fn send(&self, event: PhoneEvent) {
        // A send fails only when the game has dropped its end: nobody is left to tell. A lock
        // poisoned by a panic elsewhere still holds a good sender.
        let tx = self.events.lock().unwrap_or_else(|e| e.into_inner());
        tx.send(event).ok();
        drop(tx);
        (self.wake)();
    }

    /// The seats, also after a panic elsewhere left the lock poisoned (they are never left
    /// half-changed: every change is one assignment).
    fn seats(&self) -> std::sync::MutexGuard<'_, Seats> {
        self.seats.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn connected(&self) -> std::sync::MutexGuard<'_, PerSeat<usize>> {
        self.connected.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn churn(&self) -> std::sync::MutexGuard<'_, Churn> {
        self.churn.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn gist(&self, p: Player) -> Gist {
        self.gist.lock().unwrap_or_else(|e| e.into_inner())[p]
    }

    fn own(&self) -> std::sync::MutexGuard<'_, PerSeat<OwnTally>> {
        self.own.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// One more new connection from `ip` (see [`ARRIVALS_PER_ADDRESS`]).
    fn arrival_allowed(&self, ip: IpAddr) -> bool {
        let now = Instant::now();
        let mut arrivals = self.arrivals.lock().unwrap_or_else(|e| e.into_inner());
        if arrivals.len() > 64 {
            arrivals.retain(|_, l| !l.rested(now));
        }
        let (burst, rate) = ARRIVALS_PER_ADDRESS;
        arrivals
            .entry(ip)
            .or_insert_with(|| RateLimit::new(burst, rate, now))
            .allow(now)
    }

    /// One more join from `ip` as `device`, across connections.
    fn join_allowed(&self, ip: IpAddr, device: &str) -> Result<(), Refusal> {
        let mut joins = self.joins.lock().unwrap_or_else(|e| e.into_inner());
        if joins.allow(ip, device, Instant::now()) {
            Ok(())
        } else {
            Err(Refusal::TooFast)
        }
    }

    /// A seat's connections changed: the game hears of it when the seat came or went, under
    /// [`CHURN_TOLD`] (never one event for each of a flood's joins).
    fn seat_changed(&self, p: Player) {
        let now = self.connected()[p] > 0;
        let mut churn = self.churn();
        if churn.told[p] == now {
            return;
        }
        if churn.limit[p].allow(Instant::now()) {
            churn.told[p] = now;
            drop(churn);
            self.send(if now {
                PhoneEvent::Joined(p)
            } else {
                PhoneEvent::Left(p)
            });
        } else {
            churn.quiet += 1;
        }
    }

    /// The secret compared in full, whatever its first wrong character.
    fn secret_ok(&self, given: &str) -> bool {
        let a = self.secret.as_bytes();
        let b = given.as_bytes();
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// The one answer to anything that is not the page of this conversation.
fn not_found_now() -> Response {
    (StatusCode::NOT_FOUND, "Niet gevonden.").into_response()
}

/// A running server. Dropping it stops it.
pub struct PhoneServer {
    shared: Arc<Shared>,
    events: Mutex<mpsc::Receiver<PhoneEvent>>,
    addrs: Vec<SocketAddr>,
    /// Only looked at, never joined: the game does not wait for the network.
    thread: Option<std::thread::JoinHandle<()>>,
}

impl PhoneServer {
    /// Starts listening on `ips` (each on `port`; 0 lets the system choose one port, which is
    /// then used for every address). `names` are the field's words for the client and the
    /// professional. `wake` is called after every event, to wake the game.
    pub fn start(
        ips: &[IpAddr],
        port: u16,
        secret: String,
        greeting: impl Into<Greeting>,
        wake: Box<dyn Fn() + Send + Sync>,
    ) -> Result<PhoneServer, StartError> {
        let greeting = greeting.into();
        if ips.is_empty() {
            return Err(StartError("geen netwerk om op te luisteren".into()));
        }
        let mut listeners = Vec::new();
        let mut port = port;
        for ip in ips {
            if !allowed(*ip) {
                return Err(StartError(format!(
                    "{ip} is geen adres van een thuis- of kantoornetwerk"
                )));
            }
            let listener = TcpListener::bind(SocketAddr::new(*ip, port))
                .map_err(|e| StartError(format!("kan niet luisteren op {ip}:{port}: {e}")))?;
            listener
                .set_nonblocking(true)
                .map_err(|e| StartError(e.to_string()))?;
            if port == 0 {
                port = listener
                    .local_addr()
                    .map_err(|e| StartError(e.to_string()))?
                    .port();
            }
            listeners.push(listener);
        }
        let addrs = listeners
            .iter()
            .filter_map(|l| l.local_addr().ok())
            .collect();
        let (tx, rx) = mpsc::channel();
        let hello = serde_json::to_string(&Outgoing::Hello {
            names: socket::Names {
                client: &greeting.names.client,
                professional: &greeting.names.professional,
            },
            langs: [&greeting.langs.client, &greeting.langs.professional],
            words: &greeting.words,
        })
        .map_err(|e| StartError(e.to_string()))?;
        let shared = Arc::new(Shared {
            hello,
            arrivals: Mutex::new(std::collections::HashMap::new()),
            secret,
            seats: Mutex::new(Seats::default()),
            connected: Mutex::new(PerSeat::default()),
            events: Mutex::new(tx),
            wake,
            views: PerSeat::new(|_| watch::Sender::new(String::new())),
            freed: watch::Sender::new(0),
            closing: watch::Sender::new(false),
            requests: std::sync::atomic::AtomicU64::new(0),
            tally: Tally::new(),
            http: gate::Gate::new(MAX_HTTP.0, MAX_HTTP.1),
            sockets: gate::Gate::new(MAX_SOCKETS.0, MAX_SOCKETS.1),
            lobby: gate::Lobby::new(MAX_SEATLESS.0, MAX_SEATLESS.1),
            joins: Mutex::new(JoinLimits::default()),
            churn: Mutex::new(Churn::new()),
            gist: Mutex::new(PerSeat::default()),
            own: Mutex::new(PerSeat::default()),
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| StartError(format!("kan de server niet starten: {e}")))?;
        let for_thread = shared.clone();
        let thread = std::thread::Builder::new()
            .name("telefoons".into())
            .spawn(move || runtime.block_on(serve(listeners, for_thread)))
            .map_err(|e| StartError(e.to_string()))?;
        Ok(PhoneServer {
            shared,
            events: Mutex::new(rx),
            addrs,
            thread: Some(thread),
        })
    }

    /// How many messages and connections were refused so far, of every kind.
    pub fn refused(&self) -> u64 {
        self.shared.tally.counts().iter().sum()
    }

    /// Open connections now: plain HTTP ones and WebSockets.
    pub fn open_connections(&self) -> (usize, usize) {
        (self.shared.http.open(), self.shared.sockets.open())
    }

    /// How many requests reached the server so far (any path, right secret or not).
    pub fn requests(&self) -> u64 {
        self.shared
            .requests
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The addresses it listens on.
    pub fn addrs(&self) -> &[SocketAddr] {
        &self.addrs
    }

    /// The page's address on one of them.
    pub fn url(&self, addr: SocketAddr) -> String {
        format!("http://{addr}/{}/", self.shared.secret)
    }

    /// Everything that happened since the last call.
    pub fn events(&self) -> Vec<PhoneEvent> {
        self.events
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .try_iter()
            .collect()
    }

    /// Shows this view on the seat's phone (only sent when it changed).
    pub fn publish(&self, seat: Player, view: &SeatView) {
        self.shared.gist.lock().unwrap_or_else(|e| e.into_inner())[seat] = Gist {
            published: true,
            may: view.may,
            steps: view.options.iter().map(|o| o.value).max().unwrap_or(0),
            position: view.position,
            can_add_own: view.can_add_own,
        };
        let Ok(json) = serde_json::to_string(&Outgoing::View(view)) else {
            return;
        };
        self.shared.views[seat].send_if_modified(|old| {
            if *old == json {
                false
            } else {
                *old = json;
                true
            }
        });
    }

    /// Whether a phone holds the seat and is connected now.
    pub fn connected(&self, seat: Player) -> bool {
        self.shared.connected()[seat] > 0
    }

    /// Whether a phone holds the seat (connected or not).
    pub fn taken(&self, seat: Player) -> bool {
        self.shared.seats().holder(seat).is_some()
    }

    /// The laptop takes the seat back: its phone is told, another phone may take it.
    pub fn free(&self, seat: Player) {
        self.shared.seats().free(seat);
        self.shared.freed.send_modify(|n| *n += 1);
    }

    /// Whether the server's thread has ended (it does within [`listen::SHUTDOWN_GRACE`] of a
    /// stop, whatever the connections do).
    pub fn stopped(&self) -> bool {
        self.thread.as_ref().is_none_or(|t| t.is_finished())
    }

    /// Stops listening and lets go of the connections; returns at once. The server's thread
    /// ends within [`listen::SHUTDOWN_GRACE`] by itself.
    pub fn stop(&self) {
        self.shared.closing.send_replace(true);
    }
}

impl Drop for PhoneServer {
    /// Never waits for the server's thread: a connection that hangs must not hang the game.
    fn drop(&mut self) {
        self.stop();
    }
}

/// Only private, link-local and loopback addresses: never a public one.
pub fn allowed(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_private() || v4.is_loopback() || v4.is_link_local(),
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// The laptop's address on the local network, if it has one: the address the system would send
/// from towards a private network (no packet is sent). `None` without a private network.
pub fn lan_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect((Ipv4Addr::new(10, 254, 254, 254), 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (allowed(ip) && !ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

/// What a phone hears first: the two seats' names and languages, and the page's words in each
/// seat's language (so the page speaks the player's language before and after choosing a seat).
#[derive(Debug, Clone, Default)]
pub struct Greeting {
    pub names: PerSeat<String>,
    pub langs: PerSeat<String>,
    pub words: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

impl From<[String; 2]> for Greeting {
    /// Names only: the page uses its own Dutch words.
    fn from([client, professional]: [String; 2]) -> Greeting {
        Greeting {
            names: PerSeat {
                client,
                professional,
            },
            langs: PerSeat::both(crate::lang::BASE.to_string()),
            words: Default::default(),
        }
    }
}
