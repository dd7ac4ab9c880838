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

use super::{PhoneMessage, RateLimit, Refusal, SILENT_AFTER, SeatView, Seats, parse_message};
use crate::session::{Choice, Player};

/// What happened on the phones, for the game to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneEvent {
    /// A phone took this seat (or came back to it).
    Joined(Player),
    /// The last connection of this seat closed or went silent.
    Left(Player),
    /// The phone of this seat chose.
    Chose(Player, Choice),
    /// A message or a join was refused; the reason is in plain Dutch.
    Refused(&'static str),
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
        if let Ok(tx) = self.events.lock() {
            let _ = tx.send(event);
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

#[derive(serde::Serialize)]
#[serde(tag = "t", rename_all = "lowercase")]
enum Outgoing<'a> {
    Hello {
        names: Names<'a>,
        /// Each seat's language (client, professional).
        langs: &'a [String; 2],
        /// The page's words per language code.
        words: &'a std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    },
    View(&'a SeatView),
    /// `reason` in Dutch (as in the log); `code` picks the words in the phone's language.
    Refused {
        reason: &'a str,
        code: &'a str,
    },
    Freed,
}

impl Outgoing<'static> {
    fn refused(r: &Refusal) -> Outgoing<'static> {
        Outgoing::Refused {
            reason: r.reason(),
            code: r.code(),
        }
    }
}

#[derive(serde::Serialize)]
struct Names<'a> {
    client: &'a str,
    professional: &'a str,
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

async fn serve(listeners: Vec<TcpListener>, shared: Arc<Shared>) {
    let app = Router::new()
        .route("/{secret}/", get(page))
        .route("/{secret}/app.js", get(script))
        .route("/{secret}/app.css", get(style))
        .route("/{secret}/font.ttf", get(font))
        .route("/{secret}/ws", get(socket))
        .fallback(not_found)
        .layer(axum::middleware::map_response(security_headers))
        .layer(axum::middleware::map_request_with_state(
            shared.clone(),
            count_request,
        ))
        .with_state(shared.clone());
    // Wake the resting game once when the hint for "no phone yet" is due, so it is shown then.
    let waker = shared.clone();
    let mut hint_closing = shared.closing.subscribe();
    tokio::spawn(async move {
        tokio::select! {
            _ = tokio::time::sleep(crate::phone::NO_PHONE_HINT_AFTER + Duration::from_millis(200)) => {
                (waker.wake)();
            }
            _ = hint_closing.wait_for(|c| *c) => {}
        }
    });
    let mut tasks = Vec::new();
    for listener in listeners {
        let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
            continue;
        };
        let app = app.clone();
        let mut closing = shared.closing.subscribe();
        tasks.push(tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = closing.wait_for(|c| *c).await;
                })
                .await;
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
}

async fn count_request(
    State(shared): State<Arc<Shared>>,
    request: axum::extract::Request,
) -> axum::extract::Request {
    shared
        .requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    request
}

async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; \
             img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; \
             frame-ancestors 'none'",
        ),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// The secret compared in full, whatever its first wrong character.
fn secret_ok(shared: &Shared, given: &str) -> bool {
    let a = shared.secret.as_bytes();
    let b = given.as_bytes();
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "Niet gevonden.").into_response()
}

fn asset(shared: &Shared, secret: &str, kind: &'static str, body: &'static [u8]) -> Response {
    if !secret_ok(shared, secret) {
        return (StatusCode::NOT_FOUND, "Niet gevonden.").into_response();
    }
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}

async fn page(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "text/html; charset=utf-8",
        include_bytes!("page/index.html"),
    )
}

async fn script(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "text/javascript; charset=utf-8",
        include_bytes!("page/app.js"),
    )
}

async fn style(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "text/css; charset=utf-8",
        include_bytes!("page/app.css"),
    )
}

async fn font(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "font/ttf",
        include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf"),
    )
}

/// The biggest WebSocket frame or message accepted; bigger ones close the connection.
const MAX_FRAME: usize = 4096;

async fn socket(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
    upgrade: WebSocketUpgrade,
) -> Response {
    if !secret_ok(&shared, &secret) {
        return (StatusCode::NOT_FOUND, "Niet gevonden.").into_response();
    }
    upgrade
        .max_frame_size(MAX_FRAME)
        .max_message_size(MAX_FRAME)
        .on_upgrade(move |ws| connection(ws, shared))
}

async fn send(ws: &mut WebSocket, message: &Outgoing<'_>) -> bool {
    match serde_json::to_string(message) {
        Ok(text) => ws.send(Message::Text(text.into())).await.is_ok(),
        Err(_) => false,
    }
}

/// One phone's connection: join a seat, then choose; receives its seat's view on every change.
async fn connection(mut ws: WebSocket, shared: Arc<Shared>) {
    let mut seat: Option<(Player, String)> = None;
    let mut view: Option<watch::Receiver<String>> = None;
    let mut freed = shared.freed.subscribe();
    let mut closing = shared.closing.subscribe();
    let mut limit = RateLimit::for_phone(Instant::now());
    let mut heard = Instant::now();
    let mut ping = tokio::time::interval(Duration::from_secs(5));
    let hello = Outgoing::Hello {
        names: Names {
            client: &shared.greeting.names[0],
            professional: &shared.greeting.names[1],
        },
        langs: &shared.greeting.langs,
        words: &shared.greeting.words,
    };
    if !send(&mut ws, &hello).await {
        return;
    }
    loop {
        tokio::select! {
            incoming = ws.recv() => {
                let Some(Ok(message)) = incoming else { break };
                heard = Instant::now();
                let text = match message {
                    Message::Text(t) => t.to_string(),
                    Message::Close(_) => break,
                    Message::Ping(_) | Message::Pong(_) => continue,
                    Message::Binary(_) => {
                        let _ = send(&mut ws, &Outgoing::refused(&Refusal::NotUnderstood)).await;
                        shared.send(PhoneEvent::Refused(Refusal::NotUnderstood.reason()));
                        continue;
                    }
                };
                if !limit.allow(Instant::now()) {
                    let _ = send(&mut ws, &Outgoing::refused(&Refusal::TooFast)).await;
                    shared.send(PhoneEvent::Refused(Refusal::TooFast.reason()));
                    continue;
                }
                match handle(&shared, &mut seat, &text) {
                    Ok(Some(joined)) => {
                        // Subscribe to the seat's view and show it at once.
                        let mut rx = shared.views[index(joined)].subscribe();
                        let now = rx.borrow_and_update().clone();
                        view = Some(rx);
                        if !now.is_empty() && ws.send(Message::Text(now.into())).await.is_err() {
                            break;
                        }
                    }
                    Ok(None) => {}
                    Err(refusal) => {
                        let _ = send(&mut ws, &Outgoing::refused(&refusal)).await;
                        shared.send(PhoneEvent::Refused(refusal.reason()));
                    }
                }
            }
            changed = async {
                match view.as_mut() {
                    Some(rx) => rx.changed().await.map(|_| rx.borrow_and_update().clone()),
                    None => std::future::pending().await,
                }
            } => {
                let Ok(text) = changed else { break };
                if ws.send(Message::Text(text.into())).await.is_err() {
                    break;
                }
            }
            _ = freed.changed() => {
                let still = seat.as_ref().is_some_and(|(p, device)| {
                    shared.seats.lock().is_ok_and(|s| s.holder(*p) == Some(device.as_str()))
                });
                if !still && let Some((p, _)) = seat.take() {
                    view = None;
                    leave(&shared, p);
                    let _ = send(&mut ws, &Outgoing::Freed).await;
                }
            }
            _ = ping.tick() => {
                if heard.elapsed() > SILENT_AFTER {
                    break;
                }
                if ws.send(Message::Ping(Vec::new().into())).await.is_err() {
                    break;
                }
            }
            _ = async { let _ = closing.wait_for(|c| *c).await; } => break,
        }
    }
    if let Some((p, _)) = seat {
        leave(&shared, p);
    }
}

fn leave(shared: &Shared, p: Player) {
    let gone = shared.connected.lock().is_ok_and(|mut c| {
        c[index(p)] = c[index(p)].saturating_sub(1);
        c[index(p)] == 0
    });
    if gone {
        shared.send(PhoneEvent::Left(p));
    }
}

/// One message from a connection. `Ok(Some(seat))` when it just took a seat.
fn handle(
    shared: &Shared,
    seat: &mut Option<(Player, String)>,
    text: &str,
) -> Result<Option<Player>, Refusal> {
    match parse_message(text)? {
        PhoneMessage::Join { seat: name, device } => {
            let p = super::seat_from(&name)?;
            shared
                .seats
                .lock()
                .map_err(|_| Refusal::NotUnderstood)?
                .join(p, &device)?;
            if let Some((old, _)) = seat.take() {
                leave(shared, old);
            }
            if let Ok(mut c) = shared.connected.lock() {
                c[index(p)] += 1;
            }
            *seat = Some((p, device));
            shared.send(PhoneEvent::Joined(p));
            Ok(Some(p))
        }
        PhoneMessage::Choose { score } => {
            let (p, _) = seat.as_ref().ok_or(Refusal::NoSeat)?;
            shared.send(PhoneEvent::Chose(*p, Choice::Score(score)));
            Ok(None)
        }
        PhoneMessage::Pass => {
            let (p, _) = seat.as_ref().ok_or(Refusal::NoSeat)?;
            shared.send(PhoneEvent::Chose(*p, Choice::Pass));
            Ok(None)
        }
    }
}
