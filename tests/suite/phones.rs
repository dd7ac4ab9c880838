//! "Op je telefoon": the server on 127.0.0.1 only (join, wrong secret, seat taken, garbage and
//! oversized messages, reconnect, the laptop taking a seat back), a whole game played by two
//! WebSocket phones against the headless game, and the rule that a phone never learns the
//! other seat's hidden choice.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use rand::{RngExt, SeedableRng};
use serde_json::Value;
use tungstenite::{Message, WebSocket, stream::MaybeTlsStream};
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::phones::{PhoneLink, PhonesPanel};
use werkalliantiespel::game::{Phase, Table};
use werkalliantiespel::phone::server::{PhoneEvent, PhoneServer, allowed};
use werkalliantiespel::phone::{SeatView, new_secret};
use werkalliantiespel::session::{
    Choice, Mode, Phase as CardPhase, Player, Selection, Session, TableView,
};

use crate::headless::{app, phase};

type Phone = WebSocket<MaybeTlsStream<TcpStream>>;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

fn server() -> (PhoneServer, String) {
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

fn addr(s: &PhoneServer) -> SocketAddr {
    s.addrs()[0]
}

fn connect(addr: SocketAddr, secret: &str) -> Result<Phone, tungstenite::Error> {
    let (mut ws, _) = tungstenite::connect(format!("ws://{addr}/{secret}/ws"))?;
    if let MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_secs(5))).ok();
    }
    Ok(ws)
}

/// The next text message as JSON (pings are skipped).
fn next(ws: &mut Phone) -> Value {
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

fn say(ws: &mut Phone, text: &str) {
    ws.send(Message::Text(text.into())).expect("send");
}

fn join(ws: &mut Phone, seat: &str, device: &str) {
    say(
        ws,
        &format!(r#"{{"t":"join","seat":"{seat}","device":"{device}"}}"#),
    );
}

/// Waits for the events the game side would see.
fn events_until(s: &PhoneServer, want: impl Fn(&PhoneEvent) -> bool) -> Vec<PhoneEvent> {
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
fn get(addr: SocketAddr, path: &str) -> String {
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

#[test]
fn only_private_and_loopback_addresses_are_allowed() {
    for ok in [
        "127.0.0.1",
        "192.168.1.20",
        "10.0.0.5",
        "172.16.3.4",
        "169.254.1.1",
        "::1",
        "fd00::1",
        "fe80::1",
    ] {
        assert!(allowed(ok.parse().unwrap()), "{ok}");
    }
    for no in ["8.8.8.8", "0.0.0.0", "172.32.0.1", "2001:db8::1", "::"] {
        assert!(!allowed(no.parse().unwrap()), "{no}");
    }
    let public = PhoneServer::start(
        &["0.0.0.0".parse().unwrap()],
        0,
        new_secret(),
        ["a".into(), "b".into()],
        Box::new(|| {}),
    );
    assert!(public.is_err(), "all interfaces is refused");
}

#[test]
fn the_page_needs_the_secret_and_loads_nothing_from_elsewhere() {
    let (s, secret) = server();
    let page = get(addr(&s), &format!("/{secret}/"));
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let lower = page.to_lowercase();
    assert!(lower.contains("content-security-policy: default-src 'none'"));
    assert!(lower.contains("cache-control: no-store"));
    assert!(page.contains("app.js"));
    for path in ["app.js", "app.css", "font.ttf"] {
        assert!(get(addr(&s), &format!("/{secret}/{path}")).starts_with("HTTP/1.1 200"));
    }
    // No address of anywhere else in the page or its script (the SVG namespace is a name,
    // never loaded).
    for path in ["", "app.js", "app.css"] {
        let body =
            get(addr(&s), &format!("/{secret}/{path}")).replace("http://www.w3.org/2000/svg", "");
        assert!(
            !body.contains("http://") && !body.contains("https://") && !body.contains("//cdn"),
            "{path}"
        );
    }
    let wrong = new_secret();
    for path in [
        format!("/{wrong}/"),
        format!("/{wrong}/app.js"),
        "/".into(),
        "/x".into(),
    ] {
        let r = get(addr(&s), &path);
        assert!(r.starts_with("HTTP/1.1 404"), "{path}: {r}");
    }
    // The secret's first half is not enough either.
    let half = &secret[..16];
    assert!(get(addr(&s), &format!("/{half}/")).starts_with("HTTP/1.1 404"));
}

#[test]
fn a_wrong_secret_gets_no_socket() {
    let (s, _) = server();
    assert!(connect(addr(&s), &new_secret()).is_err());
}

#[test]
fn join_choose_and_see_the_view() {
    let (s, secret) = server();
    let mut phone = connect(addr(&s), &secret).unwrap();
    let hello = next(&mut phone);
    assert_eq!(hello["t"], "hello");
    assert_eq!(hello["names"]["client"], "Cliënt");
    // Choosing before taking a seat is refused.
    say(&mut phone, r#"{"t":"choose","score":3}"#);
    assert_eq!(next(&mut phone)["t"], "refused");
    join(&mut phone, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    assert!(s.connected(Player::Client) && !s.connected(Player::Professional));
    // A view published for the seat arrives.
    let (view, _) = sample_views();
    s.publish(Player::Client, &view);
    let got = next(&mut phone);
    assert_eq!(got["t"], "view");
    assert_eq!(got["seat"], "client");
    say(&mut phone, r#"{"t":"choose","score":4}"#);
    events_until(&s, |e| {
        *e == PhoneEvent::Chose(Player::Client, Choice::Score(4))
    });
    say(&mut phone, r#"{"t":"pass"}"#);
    events_until(&s, |e| {
        *e == PhoneEvent::Chose(Player::Client, Choice::Pass)
    });
}

#[test]
fn a_taken_seat_is_refused_until_the_laptop_frees_it() {
    let (s, secret) = server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    let mut b = connect(addr(&s), &secret).unwrap();
    next(&mut b);
    join(&mut b, "client", "phone-b-1234567890ab");
    let refused = next(&mut b);
    assert_eq!(refused["t"], "refused");
    assert!(refused["reason"].as_str().unwrap().contains("bezet"));
    // b may not choose for the client.
    say(&mut b, r#"{"t":"choose","score":1}"#);
    assert_eq!(next(&mut b)["t"], "refused");
    // The laptop takes the seat back: a is told, b may take it.
    s.free(Player::Client);
    assert_eq!(next(&mut a)["t"], "freed");
    join(&mut b, "client", "phone-b-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    // a's choices no longer count.
    say(&mut a, r#"{"t":"choose","score":2}"#);
    assert_eq!(next(&mut a)["t"], "refused");
}

#[test]
fn a_phone_that_comes_back_gets_its_own_seat() {
    let (s, secret) = server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "professional", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Professional));
    a.close(None).ok();
    drop(a);
    events_until(&s, |e| *e == PhoneEvent::Left(Player::Professional));
    assert!(s.taken(Player::Professional), "the seat stays its own");
    // Another device may not take it meanwhile.
    let mut b = connect(addr(&s), &secret).unwrap();
    next(&mut b);
    join(&mut b, "professional", "phone-b-1234567890ab");
    assert_eq!(next(&mut b)["t"], "refused");
    // The same device comes back.
    let mut again = connect(addr(&s), &secret).unwrap();
    next(&mut again);
    join(&mut again, "professional", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Professional));
    say(&mut again, r#"{"t":"choose","score":5}"#);
    events_until(&s, |e| {
        *e == PhoneEvent::Chose(Player::Professional, Choice::Score(5))
    });
}

#[test]
fn garbage_oversized_and_floods_are_refused() {
    let (s, secret) = server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    for bad in [
        "garbage",
        "{}",
        r#"{"t":"choose","score":9}"#,
        r#"{"t":"choose","score":"3"}"#,
        r#"{"t":"join","seat":"client","device":"x"}"#,
        r#"{"t":"reveal"}"#,
    ] {
        say(&mut a, bad);
        let r = next(&mut a);
        assert_eq!(r["t"], "refused", "{bad}");
    }
    a.send(Message::Binary(vec![1, 2, 3].into())).unwrap();
    assert_eq!(next(&mut a)["t"], "refused");
    let refusals = events_until(&s, |e| matches!(e, PhoneEvent::Refused(_)));
    assert!(!refusals.is_empty());
    // A flood: at most a burst passes, the rest is refused.
    join(&mut a, "client", "phone-a-1234567890ab");
    for _ in 0..40 {
        say(&mut a, r#"{"t":"choose","score":3}"#);
    }
    let mut too_fast = 0;
    for _ in 0..40 {
        let m = next(&mut a);
        if m["t"] == "refused" && m["reason"].as_str().unwrap_or("").contains("Te veel") {
            too_fast += 1;
        }
        if too_fast > 0 {
            break;
        }
    }
    assert!(too_fast > 0, "a flood is slowed down");
    // A message over the size limit closes the connection.
    let mut b = connect(addr(&s), &secret).unwrap();
    next(&mut b);
    let huge = format!(r#"{{"t":"pass","x":"{}"}}"#, "x".repeat(10_000));
    let _ = b.send(Message::Text(huge.into()));
    let closed = (0..5).any(|_| matches!(b.read(), Err(_) | Ok(Message::Close(_))));
    assert!(closed, "an oversized message ends the connection");
}

/// Two views of a fresh shipped session, for the server tests.
fn sample_views() -> (SeatView, SeatView) {
    let lib = crate::shipped();
    let session = Session::new(&lib, selection(1)).unwrap();
    let v = session.view();
    (
        SeatView::of(&v, Player::Client, &lib, session.selection()),
        SeatView::of(&v, Player::Professional, &lib, session.selection()),
    )
}

fn selection(seed: u64) -> Selection {
    Selection {
        kenmerken: vec![],
        short: false,
        field: "reclassering".into(),
        wording: Default::default(),
        mode: Mode::Phones,
        seed,
        languages: Default::default(),
    }
}

/// Non-interference: two sessions that differ only in the other seat's hidden choice give each
/// seat the very same view, over thousands of random steps. So no view (and no message built
/// from one) can carry the other's choice before the reveal.
#[test]
fn a_seat_view_never_holds_the_other_seats_hidden_choice() {
    let lib = crate::shipped();
    let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(11);
    let mut checked = 0;
    for game in 0..40 {
        let mut a = Session::new(&lib, selection(game)).unwrap();
        let mut b = a.clone();
        for _ in 0..300 {
            let v = a.view();
            if v.phase == CardPhase::Finished {
                break;
            }
            match rng.random_range(0..10) {
                0..=5 => {
                    // Both sessions get the same choice for one seat, and different hidden
                    // choices for the other seat when it chooses too.
                    let p = if rng.random_bool(0.5) {
                        Player::Client
                    } else {
                        Player::Professional
                    };
                    let x = rng.random_range(1..=5u8);
                    let y = rng.random_range(1..=5u8);
                    let other = p.other();
                    let _ = a.choose(p, x);
                    let _ = b.choose(p, x);
                    if rng.random_bool(0.5) {
                        let _ = a.choose(other, x);
                        if rng.random_bool(0.3) {
                            let _ = b.pass(other);
                        } else {
                            let _ = b.choose(other, y);
                        }
                        // Before the reveal, each seat sees only its own side.
                        for seat in [p, other] {
                            let va = SeatView::of(&a.view(), seat, &lib, a.selection());
                            let vb = SeatView::of(&b.view(), seat, &lib, b.selection());
                            if seat == p {
                                assert_eq!(va, vb, "{seat:?} learned the other's choice");
                                assert_eq!(
                                    serde_json::to_string(&va).unwrap(),
                                    serde_json::to_string(&vb).unwrap()
                                );
                            }
                            if !matches!(a.view().phase, CardPhase::Revealed { .. }) {
                                assert!(va.mine.is_none() && va.theirs.is_none());
                            }
                            checked += 1;
                        }
                        // Make the two sessions equal again before going on.
                        b = a.clone();
                    }
                }
                6 => {
                    let _ = a.reveal();
                    b = a.clone();
                }
                7 => {
                    let _ = a.next();
                    b = a.clone();
                }
                8 => {
                    let _ = a.rerate();
                    b = a.clone();
                }
                _ => {
                    let _ = a.skip();
                    b = a.clone();
                }
            }
            for seat in [Player::Client, Player::Professional] {
                let view: TableView = a.view();
                let sv = SeatView::of(&view, seat, &lib, a.selection());
                let revealed = matches!(view.phase, CardPhase::Revealed { .. });
                assert_eq!(sv.theirs.is_some(), revealed);
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} views checked");
}

fn phones_options() -> Options {
    Options {
        seed: Some(5),
        mode: Some(Mode::Phones),
        decks: Some(vec!["vertrouwen".into()]),
        ..Options::default()
    }
}

fn local_addr(app: &App) -> SocketAddr {
    let link = app.world().resource::<PhoneLink>();
    *link
        .server
        .addrs()
        .iter()
        .find(|a| a.ip().is_loopback())
        .expect("the server listens on 127.0.0.1")
}

fn secret_of(app: &App) -> String {
    let link = app.world().resource::<PhoneLink>();
    link.local_url
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Runs updates until `f` holds (at most 5 s).
fn until(app: &mut App, what: &str, f: impl Fn(&mut App) -> bool) {
    let start = Instant::now();
    while !f(app) {
        assert!(start.elapsed() < Duration::from_secs(5), "never: {what}");
        app.update();
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The next view message; refusals fail the test.
fn next_view(ws: &mut Phone) -> Value {
    loop {
        let m = next(ws);
        match m["t"].as_str() {
            Some("view") => return m,
            Some("hello") => continue,
            _ => panic!("unexpected message {m}"),
        }
    }
}

/// Reads views until one has the given state (at most 20).
fn view_in(ws: &mut Phone, state: &str, seen: &mut Vec<Value>) -> Value {
    for _ in 0..20 {
        let v = next_view(ws);
        seen.push(v.clone());
        if v["state"] == state {
            return v;
        }
    }
    panic!("no view in state {state}; last: {:?}", seen.last());
}

#[test]
fn two_phones_play_a_whole_game_with_the_laptop() {
    let mut app = app(phones_options());
    until(&mut app, "the server runs", |a| {
        a.world().contains_resource::<PhoneLink>()
    });
    assert!(
        app.world().resource::<PhonesPanel>().0,
        "the panel opens first"
    );
    let (addr, secret) = (local_addr(&app), secret_of(&app));
    let mut client = connect(addr, &secret).unwrap();
    let mut prof = connect(addr, &secret).unwrap();
    join(&mut client, "client", "phone-client-00000000");
    join(&mut prof, "professional", "phone-prof-0000000000");
    until(&mut app, "both phones joined", |a| {
        a.world().resource::<PhoneLink>().held == [true, true]
    });
    // While the panel is open the phones wait (a tap would be lost); "Spelen" (Enter) closes it.
    let mut early = Vec::new();
    let w = view_in(&mut client, "wachten", &mut early);
    assert!(w["statement"].as_str().unwrap_or("x").is_empty());
    crate::headless::press(&mut app, KeyCode::Enter);
    until(&mut app, "the panel closed", |a| {
        !a.world().resource::<PhonesPanel>().0
    });
    let mut seen_client = Vec::new();
    let mut seen_prof = Vec::new();
    let total = app.world().resource::<Table>().session.view().total;
    assert_eq!(total, 5);
    for card in 1..=total {
        let vc = view_in(&mut client, "kiezen", &mut seen_client);
        view_in(&mut prof, "kiezen", &mut seen_prof);
        assert_eq!(vc["position"], card);
        assert!(!vc["statement"].as_str().unwrap().is_empty());
        // The laptop's keys do not choose for a seat that has a phone.
        crate::headless::press(&mut app, KeyCode::Digit1);
        app.update();
        assert_eq!(
            app.world().resource::<Table>().session.view().client,
            werkalliantiespel::session::Seat::Waiting
        );
        let (c, p) = (1 + (card as u8 % 5), 5 - (card as u8 % 5));
        say(&mut client, &format!(r#"{{"t":"choose","score":{c}}}"#));
        until(&mut app, "the client's phone chose", |a| {
            a.world().resource::<Table>().session.view().client
                == werkalliantiespel::session::Seat::Chosen
        });
        view_in(&mut client, "gekozen", &mut seen_client);
        if card == 3 {
            say(&mut prof, r#"{"t":"pass"}"#);
        } else {
            say(&mut prof, &format!(r#"{{"t":"choose","score":{p}}}"#));
        }
        until(&mut app, "the countdown", |a| {
            phase(a) == Some(Phase::Countdown)
        });
        until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
        let rc = view_in(&mut client, "omgedraaid", &mut seen_client);
        let rp = view_in(&mut prof, "omgedraaid", &mut seen_prof);
        assert_eq!(rc["mine"]["value"], c);
        assert_eq!(rp["theirs"]["value"], c);
        let pv = if card == 3 { 0 } else { p };
        assert_eq!(rc["theirs"]["value"], pv);
        assert_eq!(rp["mine"]["value"], pv);
        crate::headless::press(&mut app, KeyCode::Enter);
        app.update();
    }
    view_in(&mut client, "klaar", &mut seen_client);
    // Nothing a phone got before a flip held the other's choice.
    for v in seen_client.iter().chain(&seen_prof) {
        if v["state"] != "omgedraaid" {
            assert!(v["theirs"].is_null() && v["mine"].is_null(), "{v}");
        }
    }
}

#[test]
fn one_phone_and_the_laptop_keys() {
    let mut app = app(phones_options());
    until(&mut app, "the server runs", |a| {
        a.world().contains_resource::<PhoneLink>()
    });
    let (addr, secret) = (local_addr(&app), secret_of(&app));
    let mut client = connect(addr, &secret).unwrap();
    join(&mut client, "client", "phone-client-00000000");
    until(&mut app, "the client's phone joined", |a| {
        a.world().resource::<PhoneLink>().held[0]
    });
    crate::headless::press(&mut app, KeyCode::Enter);
    until(&mut app, "the panel closed", |a| {
        !a.world().resource::<PhonesPanel>().0
    });
    let mut seen = Vec::new();
    view_in(&mut client, "kiezen", &mut seen);
    // The professional uses 6-0 on the laptop: 8 is a 3.
    crate::headless::press(&mut app, KeyCode::Digit8);
    app.update();
    assert_eq!(
        app.world().resource::<Table>().session.view().professional,
        werkalliantiespel::session::Seat::Chosen
    );
    say(&mut client, r#"{"t":"choose","score":2}"#);
    until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
    let r = view_in(&mut client, "omgedraaid", &mut seen);
    assert_eq!(r["mine"]["value"], 2);
    assert_eq!(r["theirs"]["value"], 3);
    // A phone gone for good: the laptop takes the seat back and its keys count again.
    crate::headless::press(&mut app, KeyCode::Enter);
    app.update();
    app.world_mut()
        .resource_mut::<Messages<werkalliantiespel::game::Action>>()
        .write(werkalliantiespel::game::Action::FreeSeat(Player::Client));
    until(&mut app, "the seat is free", |a| {
        !a.world().resource::<PhoneLink>().held[0]
    });
    until(&mut app, "card 2", |a| phase(a) == Some(Phase::Choosing));
    crate::headless::press(&mut app, KeyCode::Digit4);
    app.update();
    assert_eq!(
        app.world().resource::<Table>().session.view().client,
        werkalliantiespel::session::Seat::Chosen
    );
}

#[test]
fn the_server_stops_with_the_conversation() {
    let mut app = app(phones_options());
    until(&mut app, "the server runs", |a| {
        a.world().contains_resource::<PhoneLink>()
    });
    let addr = local_addr(&app);
    let send = |app: &mut App, a: werkalliantiespel::game::Action| {
        app.world_mut()
            .resource_mut::<Messages<werkalliantiespel::game::Action>>()
            .write(a);
        app.update();
    };
    // Stopping early: the summary still has the server (the phones show "Klaar").
    send(&mut app, werkalliantiespel::game::Action::TogglePhones);
    send(&mut app, werkalliantiespel::game::Action::Stop);
    send(&mut app, werkalliantiespel::game::Action::ConfirmStop);
    until(&mut app, "the summary", |a| {
        crate::headless::screen(a) == werkalliantiespel::game::Screen::Summary
    });
    assert!(app.world().contains_resource::<PhoneLink>());
    send(&mut app, werkalliantiespel::game::Action::NewGame);
    until(&mut app, "the server stopped", |a| {
        !a.world().contains_resource::<PhoneLink>()
    });
    // Nobody listens there any more.
    let start = Instant::now();
    while TcpStream::connect(addr).is_ok() {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "the port is still open"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn other_modes_run_no_server() {
    let mut app = app(Options {
        mode: Some(Mode::Together),
        ..phones_options()
    });
    for _ in 0..5 {
        app.update();
    }
    assert!(!app.world().contains_resource::<PhoneLink>());
}

#[test]
fn no_phone_can_join_so_the_laptop_switches_to_turns() {
    use werkalliantiespel::game::Action;
    let mut app = app(phones_options());
    until(&mut app, "the server runs", |a| {
        a.world().contains_resource::<PhoneLink>()
    });
    assert!(app.world().resource::<PhonesPanel>().0, "the panel is open");
    // A page request counts: the network lets phones through.
    let addr = local_addr(&app);
    assert!(get(addr, "/nothing").starts_with("HTTP/1.1 404"));
    assert!(app.world().resource::<PhoneLink>().server.requests() >= 1);
    let send = |app: &mut App, a: Action| {
        app.world_mut().resource_mut::<Messages<Action>>().write(a);
        app.update();
    };
    // "Om de beurt" from the panel: the panel closes, the server stops, the cover screen comes.
    send(&mut app, Action::SwitchMode(Mode::TakeTurns));
    until(&mut app, "the cover screen", |a| {
        phase(a) == Some(Phase::Cover)
    });
    assert!(!app.world().resource::<PhonesPanel>().0);
    assert_eq!(
        app.world().resource::<Table>().session.selection().mode,
        Mode::TakeTurns
    );
    until(&mut app, "the server stopped", |a| {
        !a.world().contains_resource::<PhoneLink>()
    });
    // Play goes on in turns with the laptop keys.
    crate::headless::press(&mut app, KeyCode::Enter);
    until(&mut app, "choosing", |a| phase(a) == Some(Phase::Choosing));
    crate::headless::press(&mut app, KeyCode::Digit2);
    app.update();
    assert_eq!(
        app.world().resource::<Table>().session.view().client,
        werkalliantiespel::session::Seat::Chosen
    );
    // A phone mode cannot be asked for this way (only away from it).
    send(&mut app, Action::SwitchMode(Mode::Phones));
    assert_eq!(
        app.world().resource::<Table>().session.selection().mode,
        Mode::TakeTurns
    );
}

#[test]
fn tegelijk_from_the_panel_keeps_a_choice_already_made() {
    use werkalliantiespel::game::Action;
    let mut app = app(phones_options());
    until(&mut app, "the server runs", |a| {
        a.world().contains_resource::<PhoneLink>()
    });
    let (addr, secret) = (local_addr(&app), secret_of(&app));
    let mut client = connect(addr, &secret).unwrap();
    join(&mut client, "client", "phone-client-00000000");
    until(&mut app, "the client's phone joined", |a| {
        a.world().resource::<PhoneLink>().held[0]
    });
    assert!(app.world().resource::<PhoneLink>().ever_joined);
    assert_eq!(
        app.world()
            .resource::<PhoneLink>()
            .hint(werkalliantiespel::lang::Languages::built_in().tr("nl")),
        None
    );
    crate::headless::press(&mut app, KeyCode::Enter);
    until(&mut app, "the panel closed", |a| {
        !a.world().resource::<PhonesPanel>().0
    });
    let mut seen = Vec::new();
    view_in(&mut client, "kiezen", &mut seen);
    say(&mut client, r#"{"t":"choose","score":4}"#);
    until(&mut app, "the client chose", |a| {
        a.world().resource::<Table>().session.view().client
            == werkalliantiespel::session::Seat::Chosen
    });
    app.world_mut()
        .resource_mut::<Messages<Action>>()
        .write(Action::SwitchMode(Mode::Together));
    until(&mut app, "the server stopped", |a| {
        !a.world().contains_resource::<PhoneLink>()
    });
    // The client's choice stays; the professional chooses with 6-0 and the cards turn.
    crate::headless::press(&mut app, KeyCode::Digit7);
    until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
    let view = app.world().resource::<Table>().session.view();
    assert!(matches!(
        view.phase,
        werkalliantiespel::session::Phase::Revealed { .. }
    ));
}

/// Each phone speaks its player's language: "hello" carries both seats' languages and the page's
/// words in each; a refusal carries a code the page words in the phone's language; the seat's
/// view is marked with its language.
#[test]
fn the_phone_page_speaks_each_seats_language() {
    use werkalliantiespel::phone::server::Greeting;
    let langs = werkalliantiespel::lang::Languages::built_in();
    let words = ["en", "nl"]
        .iter()
        .map(|c| {
            (
                c.to_string(),
                werkalliantiespel::phone::page_words(langs.tr(c)),
            )
        })
        .collect();
    let secret = new_secret();
    let s = PhoneServer::start(
        &[LOOPBACK],
        0,
        secret.clone(),
        Greeting {
            names: ["Client".into(), "Reclasseringswerker".into()],
            langs: ["en".into(), "nl".into()],
            words,
        },
        Box::new(|| {}),
    )
    .expect("the server starts on 127.0.0.1");
    let mut phone = connect(addr(&s), &secret).expect("connect");
    let hello = next(&mut phone);
    assert_eq!(hello["t"], "hello");
    assert_eq!(hello["langs"][0], "en");
    assert_eq!(hello["langs"][1], "nl");
    assert_eq!(hello["words"]["en"]["wie-ben-jij"], "Who are you?");
    assert_eq!(hello["words"]["nl"]["wie-ben-jij"], "Wie ben jij?");
    // The page fills in {n} and {totaal} itself.
    assert_eq!(hello["words"]["en"]["kaart-van"], "Card {n} of {totaal}");
    assert_eq!(
        hello["words"]["en"]["geweigerd-geen-plek"],
        "First choose who you are."
    );
    // Choosing before taking a seat: refused, with the code the page looks up.
    say(&mut phone, r#"{"t":"choose","score":3}"#);
    let refused = next(&mut phone);
    assert_eq!(refused["t"], "refused");
    assert_eq!(refused["code"], "geen-plek");
    // Every refusal has English words.
    for r in werkalliantiespel::phone::Refusal::ALL {
        let key = format!("geweigerd-{}", r.code());
        let en = hello["words"]["en"][key.as_str()]
            .as_str()
            .unwrap_or_default();
        assert!(
            !en.is_empty() && !en.starts_with("telefoon-"),
            "{key}: {en}"
        );
    }
    // A view for a seat is marked with the seat's language.
    let lib = crate::shipped();
    let session = Session::new(&lib, selection(3)).expect("session");
    let view =
        SeatView::of(&session.view(), Player::Client, &lib, session.selection()).in_lang("en");
    assert_eq!(serde_json::to_value(&view).expect("json")["lang"], "en");
}
