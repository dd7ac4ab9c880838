//! Accepting connections: each one under a cap and with deadlines, so nobody on the network can
//! hold the server (or the laptop) up; and stopping without waiting for anyone.

use std::convert::Infallible;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tower_service::Service;

use super::*;

/// A request's head (the first line and the headers) must arrive within this time, also the next
/// one on a kept-alive connection: a half-sent request is closed then.
pub const HEADER_DEADLINE: Duration = Duration::from_secs(5);

/// A plain HTTP connection (the page, its script, style and font) lives at most this long. A
/// WebSocket has its own rules (pings, [`SILENT_AFTER`](crate::phone::SILENT_AFTER)).
pub const HTTP_LIFETIME: Duration = Duration::from_secs(30);

/// How long a stop waits for connections to close by themselves before it abandons them. The
/// game never waits for this: it runs on the server's own thread.
pub const SHUTDOWN_GRACE: Duration = Duration::from_millis(300);

/// Open HTTP connections at most, in all and from one address (a browser opens up to six).
pub const MAX_HTTP: (usize, usize) = (32, 8);

/// Open WebSockets at most, in all and from one address (two phones, and a phone that comes
/// back before its old socket has gone silent), with or without a seat.
pub const MAX_SOCKETS: (usize, usize) = (12, 6);

/// Of those, sockets that have not taken a seat yet, in all and from one address: they have
/// their own small cap ([`gate::Lobby`]), so they never fill the places of the phones that play.
pub const MAX_SEATLESS: (usize, usize) = (6, 3);

/// A socket that has not taken a seat after this time is closed (the page opens a new one).
pub const SEATLESS_FOR: Duration = Duration::from_secs(10);

/// Joins at most, across connections: from one address (burst, then per second) and by one
/// device. A phone that comes back after a lost Wi-Fi joins a few times a minute at most.
pub const JOINS_PER_ADDRESS: (u32, f64) = (10, 0.5);
pub const JOINS_PER_DEVICE: (u32, f64) = (6, 0.2);

/// New connections from one address (burst, then per second): a page and its files take six
/// at most. One over this is held without a word until [`HEADER_DEADLINE`] (under its place in
/// [`MAX_HTTP`]), so a loop of reconnects waits instead of costing the laptop work each time.
pub const ARRIVALS_PER_ADDRESS: (u32, f64) = (20, 2.0);

/// A seat's coming and going is told to the game (a log line, a frame) this often at most
/// (burst, then per second); more churn is said in the log as one line per
/// [`REFUSALS_SAID_EVERY`].
pub const CHURN_TOLD: (u32, f64) = (3, 0.1);

/// The address a request came from, for the WebSocket cap.
#[derive(Debug, Clone, Copy)]
pub(super) struct Peer(pub IpAddr);

/// Serves `listeners` until the game closes the server, then gives open connections
/// [`SHUTDOWN_GRACE`] and returns; what is still open then is dropped with the runtime.
pub(super) async fn serve(listeners: Vec<TcpListener>, shared: Arc<Shared>) {
    let app = super::http::routes(shared.clone());
    tokio::spawn(no_phone_hint(shared.clone()));
    tokio::spawn(say_refusals(shared.clone()));
    for listener in listeners {
        match tokio::net::TcpListener::from_std(listener) {
            Ok(l) => {
                tokio::spawn(accept(l, app.clone(), shared.clone()));
            }
            Err(e) => shared.send(PhoneEvent::Stopped(e.to_string())),
        }
    }
    let mut closing = shared.closing.subscribe();
    let _ = closing.wait_for(|c| *c).await;
    let deadline = Instant::now() + SHUTDOWN_GRACE;
    while (shared.http.open() > 0 || shared.sockets.open() > 0) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Wakes the resting game once when the hint for "no phone yet" is due, so it is shown then.
async fn no_phone_hint(shared: Arc<Shared>) {
    tokio::time::sleep(crate::phone::NO_PHONE_HINT_AFTER + Duration::from_millis(200)).await;
    (shared.wake)();
}

/// How often refused messages are summed up in one log line.
pub const REFUSALS_SAID_EVERY: Duration = Duration::from_secs(10);

/// One log line per [`REFUSALS_SAID_EVERY`] with the refusals of that time, by kind (never the
/// message itself): a flood neither wakes the game nor fills the log.
async fn say_refusals(shared: Arc<Shared>) {
    let mut said = shared.tally.counts();
    let mut tick = tokio::time::interval(REFUSALS_SAID_EVERY);
    tick.tick().await;
    loop {
        tick.tick().await;
        let now = shared.tally.counts();
        let new: Vec<String> = now
            .iter()
            .zip(&said)
            .zip(Tally::CODES)
            .filter(|((n, s), _)| n > s)
            .map(|((n, s), code)| format!("{code} {}", n - s))
            .collect();
        // Coming and going that was not told one by one: one line, and the game learns where
        // each seat stands now.
        let quiet = shared.churn().settle(&shared);
        if quiet > 0 {
            log::info!(
                "telefoon: {quiet} keer verbonden of weg in {} s",
                REFUSALS_SAID_EVERY.as_secs()
            );
        }
        if !new.is_empty() {
            log::info!(
                "telefoon: geweigerd in {} s: {}",
                REFUSALS_SAID_EVERY.as_secs(),
                new.join(", ")
            );
        }
        said = now;
    }
}

/// Takes connections until the game closes the server; then the listener is dropped at once, so
/// nobody new comes in during the grace for the open ones.
async fn accept(listener: tokio::net::TcpListener, app: axum::Router, shared: Arc<Shared>) {
    let mut closing = shared.closing.subscribe();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = closing.wait_for(|c| *c) => return,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(_) => {
                // Out of file handles, or a connection that was reset before it was taken: wait
                // a moment instead of spinning, then go on.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Some(pass) = shared.http.enter(peer.ip()) else {
            shared.tally.add(Tally::OVER_CAP);
            drop(stream);
            continue;
        };
        if !shared.arrival_allowed(peer.ip()) {
            shared.tally.add(Tally::OVER_CAP);
            tokio::spawn(async move {
                tokio::time::sleep(HEADER_DEADLINE).await;
                drop(stream);
                drop(pass);
            });
            continue;
        }
        stream.set_nodelay(true).ok();
        tokio::spawn(connection(stream, Peer(peer.ip()), app.clone(), pass));
    }
}

/// One HTTP connection: a deadline for every request's head, a lifetime, and an upgrade to a
/// WebSocket handed over (the socket then holds its own place, under [`MAX_SOCKETS`]).
async fn connection(
    stream: tokio::net::TcpStream,
    peer: Peer,
    app: axum::Router,
    pass: gate::Pass,
) {
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(peer);
        let mut app = app.clone();
        async move { Ok::<_, Infallible>(app.call(request).await.unwrap_or_else(|e| match e {})) }
    });
    let served = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_DEADLINE)
        .max_buf_size(16 * 1024)
        .serve_connection(TokioIo::new(stream), service)
        .with_upgrades();
    // An error here is the peer's (reset, a broken request, a deadline): nothing to tell.
    let _ = tokio::time::timeout(HTTP_LIFETIME, served).await;
    drop(pass);
}

/// Refused messages and connections, counted by kind.
pub(super) struct Tally([std::sync::atomic::AtomicU64; Tally::KINDS]);

impl Tally {
    const KINDS: usize = Refusal::ALL.len() + 1;
    /// Connections closed at once because the cap was reached.
    pub const OVER_CAP: usize = Refusal::ALL.len();
    const CODES: [&'static str; Tally::KINDS] = {
        let mut codes = ["te-veel-verbindingen"; Tally::KINDS];
        let mut i = 0;
        while i < Refusal::ALL.len() {
            codes[i] = Refusal::ALL[i].code();
            i += 1;
        }
        codes
    };

    pub fn new() -> Tally {
        Tally(std::array::from_fn(|_| {
            std::sync::atomic::AtomicU64::new(0)
        }))
    }

    pub fn add(&self, kind: usize) {
        if let Some(n) = self.0.get(kind) {
            n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    pub fn refusal(&self, r: &Refusal) {
        self.add(r.index());
    }

    pub fn counts(&self) -> [u64; Tally::KINDS] {
        std::array::from_fn(|i| self.0[i].load(std::sync::atomic::Ordering::Relaxed))
    }
}
