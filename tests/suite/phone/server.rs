//! The server on 127.0.0.1: addresses, the page, secrets, seats, garbage.

use super::views::sample_views;
use super::*;

fn hidden(score: u8) -> werkalliantiespel::session::Hidden {
    werkalliantiespel::session::Hidden::new(score).expect("1 to 5")
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
    events_until(&s, |e| *e == PhoneEvent::Chose(Player::Client, hidden(4)));
    say(&mut phone, r#"{"t":"pass"}"#);
    events_until(&s, |e| *e == PhoneEvent::Passed(Player::Client));
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
        *e == PhoneEvent::Chose(Player::Professional, hidden(5))
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
    // Counted, not passed on to the game.
    assert_eq!(s.refused(), 7);
    assert!(s.events().is_empty(), "a refusal is no event for the game");
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

/// A raw TCP connection to `to` from the loopback address `from` (127.0.0.x), as another
/// device on the network would open one.
pub(super) fn tcp_from(from: [u8; 4], to: SocketAddr) -> TcpStream {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime for connecting");
    runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        socket
            .bind(SocketAddr::from((from, 0)))
            .expect("bind to a loopback address");
        let stream = socket.connect(to).await.expect("connect");
        let stream = stream.into_std().expect("a std stream");
        stream.set_nonblocking(false).expect("blocking");
        stream
    })
}

/// Whether the server closed this connection within `within` (it reads end of file or an error).
fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    stream.set_read_timeout(Some(within)).ok();
    let mut buf = [0u8; 512];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) => {
                return !matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                );
            }
        }
    }
}

#[test]
fn a_refused_join_shares_no_seat() {
    // The attack: s1 takes the client seat, the professional joins, s1 asks for the
    // professional's seat and is refused. Before, that emptied the client seat while s1 kept
    // acting for it, and a second phone could take it too: two sockets for one seat.
    let (s, secret) = server();
    let mut s1 = connect(addr(&s), &secret).unwrap();
    next(&mut s1);
    join(&mut s1, "client", "attacker-0000000000a");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    let mut prof = connect(addr(&s), &secret).unwrap();
    next(&mut prof);
    join(&mut prof, "professional", "phone-prof-000000000");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Professional));
    join(&mut s1, "professional", "attacker-0000000000a");
    assert_eq!(next(&mut s1)["code"], "plek-bezet");
    // The refused join changed nothing: the client seat is still s1's, not free for another.
    assert!(s.taken(Player::Client));
    let mut real = connect(addr(&s), &secret).unwrap();
    next(&mut real);
    join(&mut real, "client", "phone-client-0000000");
    assert_eq!(next(&mut real)["code"], "plek-bezet");
    // A socket is one device: it cannot take a free seat under another device's name either.
    s.free(Player::Professional);
    events_until(&s, |e| *e == PhoneEvent::Left(Player::Professional));
    join(&mut s1, "professional", "attacker-0000000000b");
    let m = loop {
        let m = next(&mut s1);
        if m["t"] == "refused" {
            break m;
        }
    };
    assert_eq!(m["code"], "foute-code");
    assert!(!s.taken(Player::Professional));
    // And the real client, refused, cannot choose for anyone.
    say(&mut real, r#"{"t":"choose","score":1}"#);
    assert_eq!(next(&mut real)["code"], "geen-plek");
    s.events();
    say(&mut s1, r#"{"t":"choose","score":5}"#);
    let seen = events_until(&s, |e| matches!(e, PhoneEvent::Chose(..)));
    assert_eq!(seen, vec![PhoneEvent::Chose(Player::Client, hidden(5))]);
}

#[test]
fn a_half_sent_request_neither_holds_the_stop_nor_stays() {
    let (s, _) = server();
    let at = addr(&s);
    // Anyone on the network, no secret needed: half a request, then silence.
    let mut half = TcpStream::connect(at).unwrap();
    half.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    let mut idle = TcpStream::connect(at).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(s.open_connections().0, 2);
    // The server closes both once the head's deadline has passed.
    let deadline = werkalliantiespel::phone::server::listen::HEADER_DEADLINE;
    assert!(closed_within(&mut half, deadline + Duration::from_secs(2)));
    assert!(closed_within(&mut idle, Duration::from_secs(1)));
    // And a stop with such a connection open returns at once; the server's thread ends soon.
    let mut again = TcpStream::connect(at).unwrap();
    again.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let start = Instant::now();
    s.stop();
    while !s.stopped() {
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "the thread still runs"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let start = Instant::now();
    drop(s);
    assert!(
        start.elapsed() < Duration::from_millis(100),
        "dropping waited"
    );
    assert!(closed_within(&mut again, Duration::from_secs(1)));
}

#[test]
fn connections_are_capped_in_all_and_per_address() {
    use werkalliantiespel::phone::server::listen::{MAX_HTTP, MAX_SEATLESS, MAX_SOCKETS};
    let (s, secret) = server();
    let at = addr(&s);
    // One address opens many: it gets its share, the rest are closed at once.
    let mut many: Vec<TcpStream> = (0..3 * MAX_HTTP.1)
        .map(|_| tcp_from([127, 0, 0, 2], at))
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(s.open_connections().0, MAX_HTTP.1);
    let closed = many
        .iter_mut()
        .map(|c| closed_within(c, Duration::from_millis(20)))
        .filter(|closed| *closed)
        .count();
    assert_eq!(closed, 2 * MAX_HTTP.1);
    // Many addresses: the cap in all holds.
    let others: Vec<TcpStream> = (10..10 + MAX_HTTP.0 as u8)
        .map(|i| tcp_from([127, 0, 0, i], at))
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(s.open_connections().0, MAX_HTTP.0);
    drop(others);
    drop(many);
    // A phone from another address still gets the page and a socket.
    let start = Instant::now();
    while s.open_connections().0 > 0 {
        assert!(start.elapsed() < Duration::from_secs(2));
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(get(at, &format!("/{secret}/")).starts_with("HTTP/1.1 200"));
    // WebSockets: a few per address, whatever else is open (and fewer without a seat).
    let mut sockets = Vec::new();
    for _ in 0..MAX_SEATLESS.1.min(MAX_SOCKETS.1) {
        let mut ws = connect(at, &secret).expect("a socket within the cap");
        next(&mut ws);
        sockets.push(ws);
    }
    match connect(at, &secret) {
        Err(tungstenite::Error::Http(r)) => assert_eq!(r.status(), 503),
        other => panic!("a socket over the cap: {:?}", other.map(|_| ())),
    }
    assert_eq!(s.open_connections().1, MAX_SEATLESS.1);
    drop(sockets);
    let start = Instant::now();
    while s.open_connections().1 > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "sockets give their place back"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(connect(at, &secret).is_ok());
}

#[test]
fn refusals_wake_nothing_and_every_frame_counts() {
    let wakes = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = wakes.clone();
    let secret = new_secret();
    let s = PhoneServer::start(
        &[LOOPBACK],
        0,
        secret.clone(),
        ["Cliënt".into(), "Professional".into()],
        Box::new(move || {
            counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }),
    )
    .unwrap();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    let woke = wakes.load(std::sync::atomic::Ordering::Relaxed);
    // Binary frames, pings and junk alike use up the burst; then everything is refused, and
    // the phone hears "too fast" once a second at most.
    for i in 0..300 {
        let m = match i % 3 {
            0 => Message::Binary(vec![1, 2, 3].into()),
            1 => Message::Ping(vec![1].into()),
            _ => Message::Text("{\"t\":\"pass\",\"x\":1}".into()),
        };
        a.send(m).unwrap();
    }
    let start = Instant::now();
    // Pings within the first burst pass; all else is refused.
    while s.refused() < 290 {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "refused {}",
            s.refused()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut too_fast = 0;
    if let MaybeTlsStream::Plain(t) = a.get_mut() {
        t.set_read_timeout(Some(Duration::from_millis(300))).ok();
    }
    while let Ok(m) = a.read() {
        if let Message::Text(t) = m
            && t.contains("te-snel")
        {
            too_fast += 1;
        }
    }
    assert!(
        (1..=3).contains(&too_fast),
        "told {too_fast} times, not 280"
    );
    assert_eq!(
        wakes.load(std::sync::atomic::Ordering::Relaxed),
        woke,
        "no refusal woke the game"
    );
    assert!(s.events().is_empty());
}

#[test]
fn every_other_request_gets_the_same_404() {
    let (s, secret) = server();
    let at = addr(&s);
    let ask = |line: &str| {
        let mut c = TcpStream::connect(at).unwrap();
        c.set_read_timeout(Some(Duration::from_secs(5))).ok();
        write!(c, "{line}\r\nHost: {at}\r\nConnection: close\r\n\r\n").unwrap();
        let mut out = String::new();
        c.read_to_string(&mut out).ok();
        out
    };
    for line in [
        format!("POST /{secret}/ HTTP/1.1"),
        format!("DELETE /{secret}/app.js HTTP/1.1"),
        format!("GET /{secret}/ws HTTP/1.1"),
        format!("GET /{}/ws HTTP/1.1", new_secret()),
        "PUT / HTTP/1.1".to_string(),
    ] {
        let r = ask(&line);
        assert!(r.starts_with("HTTP/1.1 404"), "{line}: {r}");
        assert!(r.ends_with("Niet gevonden."), "{line}: {r}");
    }
}

#[test]
fn choices_have_a_stricter_limit_of_their_own() {
    // The laptop saves and draws for every choice: a seat's holder gets 12 at once, then one a
    // second; the rest is refused as too fast and reaches nobody.
    let (s, secret) = server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    for i in 0..16 {
        say(
            &mut a,
            &format!(r#"{{"t":"choose","score":{}}}"#, 1 + i % 5),
        );
    }
    let start = Instant::now();
    while s.refused() < 3 {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "refused {}",
            s.refused()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(50));
    let chose = s
        .events()
        .iter()
        .filter(|e| matches!(e, PhoneEvent::Chose(..)))
        .count();
    assert!((12..=13).contains(&chose), "{chose} choices passed");
}
