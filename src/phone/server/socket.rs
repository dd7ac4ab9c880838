//! One phone's WebSocket: what it may say (checked, rate-limited) and what it hears.

use super::*;
use crate::phone::{PhoneMessage, RateLimit, Refusal, SILENT_AFTER, parse_message};

#[derive(serde::Serialize)]
#[serde(tag = "t", rename_all = "lowercase")]
pub(super) enum Outgoing<'a> {
    Hello {
        names: Names<'a>,
        /// Each seat's language (client, professional).
        langs: [&'a str; 2],
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
    pub(super) fn refused(r: &Refusal) -> Outgoing<'static> {
        Outgoing::Refused {
            reason: r.reason(),
            code: r.code(),
        }
    }
}

#[derive(serde::Serialize)]
pub(super) struct Names<'a> {
    pub(super) client: &'a str,
    pub(super) professional: &'a str,
}

/// The biggest WebSocket frame or message accepted; bigger ones close the connection.
const MAX_FRAME: usize = 4096;

/// How long one message to a phone may take to leave; a phone that does not read is let go.
pub const SEND_DEADLINE: Duration = Duration::from_secs(10);

/// A phone that sends too fast hears "Te veel berichten" at most this often.
const TOO_FAST_SAID_EVERY: Duration = Duration::from_secs(1);

pub(super) async fn socket(
    State(shared): State<Arc<Shared>>,
    Path(secret): Path<String>,
    peer: Option<axum::Extension<listen::Peer>>,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    // The secret first: without it, every request gets the same 404, an upgrade or not.
    let (true, Ok(upgrade), Some(axum::Extension(peer))) =
        (shared.secret_ok(&secret), upgrade, peer)
    else {
        return not_found_now();
    };
    let Some(pass) = shared.sockets.enter(peer.0) else {
        shared.tally.add(Tally::OVER_CAP);
        return (StatusCode::SERVICE_UNAVAILABLE, "Te veel verbindingen.").into_response();
    };
    // Until it takes a seat, a socket also holds a place among the waiting ones.
    let Some(waiting) = shared.lobby.enter(peer.0) else {
        shared.tally.add(Tally::OVER_CAP);
        return (StatusCode::SERVICE_UNAVAILABLE, "Te veel verbindingen.").into_response();
    };
    upgrade
        .max_frame_size(MAX_FRAME)
        .max_message_size(MAX_FRAME)
        .on_upgrade(move |ws| async move {
            connection(ws, &shared, peer.0, waiting).await;
            drop(pass);
        })
}

/// Sends one message within [`SEND_DEADLINE`]; false when the phone is gone or does not read.
async fn send_text(ws: &mut WebSocket, text: String) -> bool {
    matches!(
        tokio::time::timeout(SEND_DEADLINE, ws.send(Message::Text(text.into()))).await,
        Ok(Ok(()))
    )
}

async fn send(ws: &mut WebSocket, message: &Outgoing<'_>) -> bool {
    match serde_json::to_string(message) {
        Ok(text) => send_text(ws, text).await,
        Err(_) => false,
    }
}

/// What one connection holds: the seat it acts for, as which device, and the view it follows.
/// A connection is one device: the first join names it, and it never acts for another.
struct Holder {
    /// The address it came from: joins are limited per address too.
    ip: IpAddr,
    device: Option<String>,
    seat: Option<Player>,
    view: Option<watch::Receiver<String>>,
    /// Choices and passes have a stricter limit than other frames: the laptop acts on each one.
    choices: RateLimit,
}

impl Holder {
    /// The seat this connection may act for now: it still holds it in [`Seats`] (the laptop
    /// may have freed it, and then another phone may have taken it).
    fn acting_for(&mut self, shared: &Shared) -> Result<Player, Refusal> {
        let (Some(p), Some(device)) = (self.seat, self.device.as_deref()) else {
            return Err(Refusal::NoSeat);
        };
        if shared.seats().holder(p) == Some(device) {
            Ok(p)
        } else {
            self.let_go(shared);
            Err(Refusal::NoSeat)
        }
    }

    fn choice_allowed(&mut self) -> Result<(), Refusal> {
        if self.choices.allow(Instant::now()) {
            Ok(())
        } else {
            Err(Refusal::TooFast)
        }
    }

    /// The connection no longer acts for its seat.
    fn let_go(&mut self, shared: &Shared) {
        if let Some(p) = self.seat.take() {
            self.view = None;
            leave(shared, p);
        }
    }
}

/// One phone's connection: join a seat, then choose; receives its seat's view on every change.
async fn connection(mut ws: WebSocket, shared: &Shared, ip: IpAddr, waiting: gate::Waiting) {
    let mut waiting = Some(waiting);
    // Since when this socket holds no seat (closed after SEATLESS_FOR).
    let mut seatless_since = Some(tokio::time::Instant::now());
    let mut holder = Holder {
        ip,
        device: None,
        seat: None,
        view: None,
        choices: RateLimit::for_choices(Instant::now()),
    };
    let mut freed = shared.freed.subscribe();
    let mut closing = shared.closing.subscribe();
    let mut limit = RateLimit::for_phone(Instant::now());
    let mut too_fast_said: Option<Instant> = None;
    let mut heard = Instant::now();
    let mut ping = tokio::time::interval(Duration::from_secs(5));
    if !send_text(&mut ws, shared.hello.clone()).await {
        return;
    }
    loop {
        if holder.seat.is_none() {
            seatless_since.get_or_insert_with(tokio::time::Instant::now);
        }
        let seatless_until = seatless_since
            .filter(|_| holder.seat.is_none())
            .map(|t| t + listen::SEATLESS_FOR);
        tokio::select! {
            incoming = ws.recv() => {
                let Some(Ok(message)) = incoming else { break };
                heard = Instant::now();
                // Every frame counts against the limit, whatever its kind.
                if !limit.allow(heard) {
                    shared.tally.refusal(&Refusal::TooFast);
                    if too_fast_said.is_none_or(|t| t.elapsed() >= TOO_FAST_SAID_EVERY) {
                        too_fast_said = Some(heard);
                        if !send(&mut ws, &Outgoing::refused(&Refusal::TooFast)).await {
                            break;
                        }
                    }
                    continue;
                }
                let text = match message {
                    Message::Text(t) => t,
                    Message::Close(_) => break,
                    Message::Ping(_) | Message::Pong(_) => continue,
                    Message::Binary(_) => {
                        if !refuse(&mut ws, shared, Refusal::NotUnderstood).await {
                            break;
                        }
                        continue;
                    }
                };
                match handle(shared, &mut holder, text.as_str()) {
                    Ok(Some(joined)) => {
                        // A seat: its place among the waiting ones is free for the next.
                        waiting = None;
                        seatless_since = None;
                        // Subscribe to the seat's view and show it at once.
                        let mut rx = shared.views[joined].subscribe();
                        let now = rx.borrow_and_update().clone();
                        holder.view = Some(rx);
                        if !now.is_empty() && !send_text(&mut ws, now).await {
                            break;
                        }
                    }
                    Ok(None) => {}
                    Err(refusal) => {
                        if !refuse(&mut ws, shared, refusal).await {
                            break;
                        }
                    }
                }
            }
            changed = async {
                match holder.view.as_mut() {
                    Some(rx) => rx.changed().await.map(|_| rx.borrow_and_update().clone()),
                    None => std::future::pending().await,
                }
            } => {
                let Ok(text) = changed else { break };
                if !send_text(&mut ws, text).await {
                    break;
                }
            }
            _ = freed.changed() => {
                if holder.seat.is_some() && holder.acting_for(shared).is_err() {
                    let _ = send(&mut ws, &Outgoing::Freed).await;
                }
            }
            _ = ping.tick() => {
                if heard.elapsed() > SILENT_AFTER {
                    break;
                }
                let ping = ws.send(Message::Ping(Vec::new().into()));
                if !matches!(tokio::time::timeout(SEND_DEADLINE, ping).await, Ok(Ok(()))) {
                    break;
                }
            }
            // No seat in time, or a newcomer took its waiting place: let go.
            _ = async {
                match seatless_until {
                    Some(t) => tokio::time::sleep_until(t).await,
                    None => std::future::pending().await,
                }
            } => {
                let bye = ws.send(Message::Close(None));
                let _ = tokio::time::timeout(Duration::from_millis(100), bye).await;
                break;
            }
            _ = async {
                match waiting.as_ref() {
                    Some(w) => w.sent_away().await,
                    None => std::future::pending().await,
                }
            } => {
                let bye = ws.send(Message::Close(None));
                let _ = tokio::time::timeout(Duration::from_millis(100), bye).await;
                break;
            }
            _ = async { let _ = closing.wait_for(|c| *c).await; } => {
                let bye = ws.send(Message::Close(None));
                let _ = tokio::time::timeout(Duration::from_millis(100), bye).await;
                break;
            }
        }
    }
    holder.let_go(shared);
}

/// Counts the refusal and tells the phone; false when the phone is gone.
async fn refuse(ws: &mut WebSocket, shared: &Shared, refusal: Refusal) -> bool {
    shared.tally.refusal(&refusal);
    send(ws, &Outgoing::refused(&refusal)).await
}

fn leave(shared: &Shared, p: Player) {
    {
        let mut c = shared.connected();
        c[p] = c[p].saturating_sub(1);
    }
    shared.seat_changed(p);
}

fn arrive(shared: &Shared, p: Player) {
    shared.connected()[p] += 1;
    shared.seat_changed(p);
}

/// One message from a connection. `Ok(Some(seat))` when it just took a seat. A refused message
/// changes nothing.
fn handle(shared: &Shared, holder: &mut Holder, text: &str) -> Result<Option<Player>, Refusal> {
    match parse_message(text)? {
        PhoneMessage::Join { seat: name, device } => {
            let p = crate::phone::seat_from(&name)?;
            if holder.device.as_ref().is_some_and(|d| *d != device) {
                return Err(Refusal::BadDevice);
            }
            // The seat this socket holds already: nothing to do, nothing to tell.
            if holder.seat == Some(p) && shared.seats().holder(p) == Some(device.as_str()) {
                return Ok(None);
            }
            // Any other join counts across connections, by address and by device.
            shared.join_allowed(holder.ip, &device)?;
            shared.seats().join(p, &device)?;
            holder.let_go(shared);
            holder.device = Some(device);
            holder.seat = Some(p);
            arrive(shared, p);
            Ok(Some(p))
        }
        PhoneMessage::Choose { score } => {
            let p = holder.acting_for(shared)?;
            let gist = shared.gist(p);
            may(gist.may_choose())?;
            // A score beyond this pack's scale (1–7 pass the parser) is no choice on this page.
            if !gist.on_scale(score) {
                return Err(Refusal::BadScore);
            }
            holder.choice_allowed()?;
            shared.send(PhoneEvent::Chose(p, score));
            Ok(None)
        }
        PhoneMessage::Pass => {
            let p = holder.acting_for(shared)?;
            may(shared.gist(p).may_choose())?;
            holder.choice_allowed()?;
            shared.send(PhoneEvent::Passed(p));
            Ok(None)
        }
        PhoneMessage::Guess { guess } => {
            let p = holder.acting_for(shared)?;
            let gist = shared.gist(p);
            may(gist.may_choose())?;
            if guess.is_some_and(|h| !gist.on_scale(h)) {
                return Err(Refusal::BadScore);
            }
            holder.choice_allowed()?;
            shared.send(PhoneEvent::Guessed(p, guess));
            Ok(None)
        }
        // Counted by the same limit as choices: a pause is a message like any other.
        // A pause or "verder" the rules would refuse never reaches the game: no frame drawn.
        PhoneMessage::Pause => {
            let p = holder.acting_for(shared)?;
            may(shared.gist(p).may_pause())?;
            holder.choice_allowed()?;
            shared.send(PhoneEvent::Paused(p));
            Ok(None)
        }
        PhoneMessage::GoOn => {
            let p = holder.acting_for(shared)?;
            may(shared.gist(p).may_go_on())?;
            holder.choice_allowed()?;
            shared.send(PhoneEvent::GoesOn(p));
            Ok(None)
        }
        // After the flip only (as the page offers it), one between two cards, and a few in a
        // conversation.
        PhoneMessage::OwnCard(words) => {
            let p = holder.acting_for(shared)?;
            let gist = shared.gist(p);
            may(gist.can_add_own)?;
            let tally = shared.own()[p];
            if tally.at == Some(gist.position) {
                return Err(Refusal::OwnCardWaits);
            }
            if tally.sent >= crate::phone::MAX_OWN_CARDS_PER_SEAT {
                return Err(Refusal::OwnCardsEnough);
            }
            holder.choice_allowed()?;
            shared.own()[p] = OwnTally {
                at: Some(gist.position),
                sent: tally.sent + 1,
            };
            shared.send(PhoneEvent::OwnCard(p, words));
            Ok(None)
        }
    }
}

/// `Ok` when the rules would take the move now, else [`Refusal::NotNow`].
fn may(allowed: bool) -> Result<(), Refusal> {
    if allowed {
        Ok(())
    } else {
        Err(Refusal::NotNow)
    }
}
