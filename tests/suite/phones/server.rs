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
