//! One phone's WebSocket: what it may say (checked, rate-limited) and what it hears.

use super::http::secret_ok;
use super::*;
use crate::phone::{PhoneMessage, RateLimit, Refusal, SILENT_AFTER, parse_message};

#[derive(serde::Serialize)]
#[serde(tag = "t", rename_all = "lowercase")]
pub(super) enum Outgoing<'a> {
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

pub(super) async fn socket(
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
            let p = crate::phone::seat_from(&name)?;
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
            let score = Hidden::new(score).ok_or(Refusal::BadScore)?;
            shared.send(PhoneEvent::Chose(*p, score));
            Ok(None)
        }
        PhoneMessage::Pass => {
            let (p, _) = seat.as_ref().ok_or(Refusal::NoSeat)?;
            shared.send(PhoneEvent::Passed(*p));
            Ok(None)
        }
    }
}
