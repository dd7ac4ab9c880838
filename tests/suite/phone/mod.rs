//! "Op je telefoon": the server on 127.0.0.1 only (join, wrong secret, seat taken, garbage and
//! oversized messages, reconnect, the laptop taking a seat back), a whole game played by two
//! WebSocket phones against the headless game, and the rule that a phone never learns the
//! other seat's hidden choice. This module holds the phone helpers; the tests are in `server`,
//! `views` and `game`.

mod game;
mod log;
mod seat;
mod server;
mod views;

use std::io::{Read, Write};

use crate::Moves;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use rand::{RngExt, SeedableRng};
use serde_json::Value;
use tungstenite::{Message, WebSocket, stream::MaybeTlsStream};
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::screens::phones::{PhoneLink, PhonesPanel};
use werkalliantiespel::game::{Conversation, Phase};
use werkalliantiespel::phone::server::{PhoneEvent, PhoneServer, allowed};
use werkalliantiespel::phone::{SeatView, new_secret};
use werkalliantiespel::session::{CardState, Mode, PerSeat, Player, Selection, Session, TableView};

use crate::game::headless::{app, phase};

pub(super) type Phone = WebSocket<MaybeTlsStream<TcpStream>>;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

pub(super) fn server() -> (PhoneServer, String) {
    let secret = new_secret();
    let s = PhoneServer::start(
        &[LOOPBACK],
        0,
        secret.clone(),
        ["Cliënt".into(), "Professional".into()],
        Box::new(|| {}),
    )
    .expect("the server starts on 127.0.0.1");
    (s, secret)
}

pub(super) fn addr(s: &PhoneServer) -> SocketAddr {
    s.addrs()[0]
}

pub(super) fn connect(addr: SocketAddr, secret: &str) -> Result<Phone, tungstenite::Error> {
    let (mut ws, _) = tungstenite::connect(format!("ws://{addr}/{secret}/ws"))?;
    if let MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_secs(5))).ok();
    }
    Ok(ws)
}

/// The next text message as JSON (pings are skipped).
pub(super) fn next(ws: &mut Phone) -> Value {
    let start = Instant::now();
    loop {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no message came in 10 s"
        );
        match ws.read() {
            Ok(Message::Text(t)) => {
                return serde_json::from_str(t.as_str()).expect("the server sends JSON");
            }
            Ok(Message::Ping(_) | Message::Pong(_)) => continue,
            other => panic!("expected a text message, got {other:?}"),
        }
    }
}

pub(super) fn say(ws: &mut Phone, text: &str) {
    ws.send(Message::Text(text.into())).expect("send");
}

pub(super) fn join(ws: &mut Phone, seat: &str, device: &str) {
    say(
        ws,
        &format!(r#"{{"t":"join","seat":"{seat}","device":"{device}"}}"#),
    );
}

/// Waits for the events the game side would see.
pub(super) fn events_until(s: &PhoneServer, want: impl Fn(&PhoneEvent) -> bool) -> Vec<PhoneEvent> {
    let start = Instant::now();
    let mut seen = Vec::new();
    while start.elapsed() < Duration::from_secs(5) {
        let batch = s.events();
        let done = batch.iter().any(&want);
        seen.extend(batch);
        if done {
            return seen;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the event never came; seen: {seen:?}");
}

/// A plain HTTP GET, for the status line and headers.
pub(super) fn get(addr: SocketAddr, path: &str) -> String {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5))).ok();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("write");
    let mut out = Vec::new();
    s.read_to_end(&mut out).ok();
    String::from_utf8_lossy(&out).into_owned()
}
