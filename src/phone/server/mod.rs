//! The small web server of "Op je telefoon": one page and one WebSocket per phone, on the local
//! network and loopback only, behind a secret address that is new for every conversation.
//!
//! It runs axum on a single-threaded Tokio runtime in its own thread, so the game thread never
//! waits for the network. The game talks to it through [`PhoneServer`]: it publishes each seat's
//! [`SeatView`](super::SeatView) and drains [`PhoneEvent`]s.

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

mod http;
mod socket;

use http::serve;
use socket::Outgoing;

use super::{SeatView, Seats};
use crate::session::{Hidden, Player};

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
    /// A message or a join was refused; the reason is in plain Dutch.
    Refused(&'static str),
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
    /// The seats' names and the page's words, for "Wie ben jij?" and every view after.
    greeting: Greeting,
    seats: Mutex<Seats>,
    /// Open connections per seat (client, professional).
    connected: Mutex<[usize; 2]>,
    events: Mutex<mpsc::Sender<PhoneEvent>>,
    wake: Box<dyn Fn() + Send + Sync>,
    views: [watch::Sender<String>; 2],
    /// Bumped when the laptop frees a seat: connections of that seat let go of it.
    freed: watch::Sender<u64>,
    closing: watch::Sender<bool>,
    /// Requests that reached the server (any path): a phone got through the network.
    requests: std::sync::atomic::AtomicU64,
}

impl Shared {
    fn send(&self, event: PhoneEvent) {
        // A send fails only when the game has dropped its end: nobody is left to tell.
        if let Ok(tx) = self.events.lock() {
            tx.send(event).ok();
        }
        (self.wake)();
    }
}

fn index(p: Player) -> usize {
    match p {
        Player::Client => 0,
        Player::Professional => 1,
    }
}

/// A running server. Dropping it stops it.
pub struct PhoneServer {
    shared: Arc<Shared>,
    events: Mutex<mpsc::Receiver<PhoneEvent>>,
    addrs: Vec<SocketAddr>,
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
        let shared = Arc::new(Shared {
            secret,
            greeting,
            seats: Mutex::new(Seats::default()),
            connected: Mutex::new([0, 0]),
            events: Mutex::new(tx),
            wake,
            views: [
                watch::Sender::new(String::new()),
                watch::Sender::new(String::new()),
            ],
            freed: watch::Sender::new(0),
            closing: watch::Sender::new(false),
            requests: std::sync::atomic::AtomicU64::new(0),
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
            .map(|rx| rx.try_iter().collect())
            .unwrap_or_default()
    }

    /// Shows this view on the seat's phone (only sent when it changed).
    pub fn publish(&self, seat: Player, view: &SeatView) {
        let Ok(json) = serde_json::to_string(&Outgoing::View(view)) else {
            return;
        };
        self.shared.views[index(seat)].send_if_modified(|old| {
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
        self.shared
            .connected
            .lock()
            .map(|c| c[index(seat)] > 0)
            .unwrap_or(false)
    }

    /// Whether a phone holds the seat (connected or not).
    pub fn taken(&self, seat: Player) -> bool {
        self.shared
            .seats
            .lock()
            .map(|s| s.holder(seat).is_some())
            .unwrap_or(false)
    }

    /// The laptop takes the seat back: its phone is told, another phone may take it.
    pub fn free(&self, seat: Player) {
        if let Ok(mut seats) = self.shared.seats.lock() {
            seats.free(seat);
        }
        self.shared.freed.send_modify(|n| *n += 1);
    }
}

impl Drop for PhoneServer {
    fn drop(&mut self) {
        self.shared.closing.send_replace(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
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
    pub names: [String; 2],
    pub langs: [String; 2],
    pub words: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

impl From<[String; 2]> for Greeting {
    /// Names only: the page uses its own Dutch words.
    fn from(names: [String; 2]) -> Greeting {
        Greeting {
            names,
            langs: [crate::lang::BASE.to_string(), crate::lang::BASE.to_string()],
            words: Default::default(),
        }
    }
}
