//! A seat is not a licence (issue 30): a phone that holds a seat (or the secret) cannot flood
//! the game, its log or the table. `join` again is nothing; joins across connections are
//! limited; a socket without a seat is closed after a while and never keeps a real phone out;
//! own cards wait one per seat between two cards; a move the rules refuse never reaches the
//! game.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use werkalliantiespel::phone::server::listen::{
    CHURN_TOLD, JOINS_PER_DEVICE, MAX_SEATLESS, SEATLESS_FOR,
};
use werkalliantiespel::phone::{MAX_OWN_CARDS_PER_SEAT, OptionView};

fn counted_server() -> (PhoneServer, String, Arc<AtomicUsize>) {
    let wakes = Arc::new(AtomicUsize::new(0));
    let counted = wakes.clone();
    let secret = new_secret();
    let s = PhoneServer::start(
        &[LOOPBACK],
        0,
        secret.clone(),
        ["Cliënt".into(), "Professional".into()],
        Box::new(move || {
            counted.fetch_add(1, Ordering::Relaxed);
        }),
    )
    .expect("the server starts");
    (s, secret, wakes)
}

/// The next refusal's code, skipping views.
fn refused_code(ws: &mut Phone) -> String {
    loop {
        let m = next(ws);
        if m["t"] == "refused" {
            return m["code"].as_str().unwrap_or_default().to_string();
        }
    }
}

/// A phone from another loopback address.
fn connect_from(
    from: [u8; 4],
    addr: SocketAddr,
    secret: &str,
) -> Result<Phone, tungstenite::Error> {
    let stream = super::server::tcp_from(from, addr);
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
    let (ws, _) = tungstenite::client(
        format!("ws://{addr}/{secret}/ws"),
        MaybeTlsStream::Plain(stream),
    )
    .map_err(|e| match e {
        tungstenite::HandshakeError::Failure(e) => e,
        tungstenite::HandshakeError::Interrupted(_) => {
            tungstenite::Error::Io(std::io::ErrorKind::WouldBlock.into())
        }
    })?;
    Ok(ws)
}

fn quiet(s: &PhoneServer, for_ms: u64) -> Vec<PhoneEvent> {
    std::thread::sleep(Duration::from_millis(for_ms));
    s.events()
}

#[test]
fn join_again_is_nothing_and_joins_are_limited_across_connections() {
    let (s, secret, wakes) = counted_server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    let woke = wakes.load(Ordering::Relaxed);
    // The same seat on the same socket: no event, no wake, no refusal.
    for _ in 0..5 {
        join(&mut a, "client", "phone-a-1234567890ab");
    }
    assert_eq!(quiet(&s, 200), vec![]);
    assert_eq!(wakes.load(Ordering::Relaxed), woke);
    drop(a);
    events_until(&s, |e| *e == PhoneEvent::Left(Player::Client));
    // A joined phone is shown its view at once.
    s.publish(Player::Client, &view("kiezen", "", 1, false));
    // Connect, join, close, in a loop: the device's joins run out, and the game hears of the
    // coming and going a few times only.
    let mut refused = None;
    for i in 0..JOINS_PER_DEVICE.0 as usize + 2 {
        let mut b = connect(addr(&s), &secret).unwrap();
        next(&mut b);
        join(&mut b, "client", "phone-a-1234567890ab");
        let m = next(&mut b);
        if m["t"] == "refused" {
            assert_eq!(m["code"], "te-snel", "{m}");
            refused = Some(i);
            break;
        }
    }
    assert!(refused.is_some(), "the joins never ran out");
    let told = quiet(&s, 300);
    assert!(
        told.len() <= CHURN_TOLD.0 as usize,
        "the game heard of every join: {told:?}"
    );
}

#[test]
fn a_socket_without_a_seat_is_closed_and_never_keeps_a_phone_out() {
    let (s, secret) = server();
    let at = addr(&s);
    // Sockets that never join, from two addresses, as many as each may open.
    let mut idle = Vec::new();
    for from in [[127, 0, 0, 2], [127, 0, 0, 3], [127, 0, 0, 4]] {
        for _ in 0..MAX_SEATLESS.1 {
            if let Ok(mut ws) = connect_from(from, at, &secret) {
                next(&mut ws);
                idle.push(ws);
            }
        }
    }
    assert!(idle.len() >= MAX_SEATLESS.0, "opened {}", idle.len());
    // A real phone still gets a socket and a seat.
    let mut phone = connect(at, &secret).expect("a real phone gets a socket");
    next(&mut phone);
    join(&mut phone, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    // Past the time without a seat, every idle socket is closed; the phone stays.
    std::thread::sleep(SEATLESS_FOR + Duration::from_millis(500));
    for ws in &mut idle {
        if let MaybeTlsStream::Plain(t) = ws.get_mut() {
            t.set_read_timeout(Some(Duration::from_millis(200))).ok();
        }
        let closed = (0..5).any(|_| matches!(ws.read(), Err(_) | Ok(Message::Close(_))));
        assert!(closed, "a socket without a seat stayed open");
    }
    assert_eq!(s.open_connections().1, 1);
    say(&mut phone, r#"{"t":"choose","score":3}"#);
    events_until(&s, |e| matches!(e, PhoneEvent::Chose(Player::Client, _)));
}

/// A view as the game would publish it, with only what the server checks: the rules' answer
/// for the seat as the game gives it in this state.
fn view(state: &'static str, pause: &'static str, position: usize, own: bool) -> SeatView {
    let playing = !matches!(state, "pauze" | "klaar" | "omgedraaid");
    let may = werkalliantiespel::session::SeatMay {
        choose: playing,
        guess: false,
        pause: !matches!(state, "pauze" | "klaar"),
        go_on: state == "pauze" && pause == "mine",
    };
    SeatView {
        seat: "client",
        seat_name: "Cliënt".into(),
        other_name: "Professional".into(),
        state,
        guess: false,
        pause,
        own: false,
        can_add_own: own,
        position,
        total: 5,
        kenmerk: String::new(),
        colour: String::new(),
        statement: String::new(),
        // Five steps and the pass, as the monitor's page.
        options: (0..=5)
            .map(|value| OptionView {
                value,
                word: String::new(),
                pictogram: String::new(),
            })
            .collect(),
        mine: None,
        theirs: None,
        my_guess: None,
        their_guess: None,
        lang: "nl".into(),
        may,
    }
}

#[test]
fn a_move_the_rules_refuse_never_reaches_the_game() {
    let (s, secret, wakes) = counted_server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    // The other seat's pause.
    s.publish(Player::Client, &view("pauze", "other", 1, false));
    next(&mut a);
    let woke = wakes.load(Ordering::Relaxed);
    for m in [
        r#"{"t":"verder"}"#,
        r#"{"t":"pause"}"#,
        r#"{"t":"choose","score":2}"#,
        r#"{"t":"eigen","tekst":"Nu niet"}"#,
    ] {
        say(&mut a, m);
        assert_eq!(refused_code(&mut a), "niet-nu", "{m}");
    }
    assert_eq!(quiet(&s, 100), vec![]);
    assert_eq!(wakes.load(Ordering::Relaxed), woke, "nothing woke the game");
    // Its own pause: "verder" goes through.
    s.publish(Player::Client, &view("pauze", "mine", 1, false));
    next(&mut a);
    say(&mut a, r#"{"t":"verder"}"#);
    events_until(&s, |e| *e == PhoneEvent::GoesOn(Player::Client));
}

/// A pack of four steps: a phone's 5 (which the parser lets through, packs have up to seven)
/// is refused by the server, and the game never hears of it.
#[test]
fn a_score_beyond_the_packs_scale_never_reaches_the_game() {
    let (s, secret, wakes) = counted_server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    let mut four = view("kiezen", "", 1, false);
    four.options.retain(|o| o.value <= 4);
    s.publish(Player::Client, &four);
    next(&mut a);
    let woke = wakes.load(Ordering::Relaxed);
    for m in [
        r#"{"t":"choose","score":5}"#,
        r#"{"t":"choose","score":7}"#,
        r#"{"t":"guess","score":5}"#,
    ] {
        say(&mut a, m);
        assert_eq!(refused_code(&mut a), "foute-keuze", "{m}");
    }
    assert_eq!(quiet(&s, 100), vec![]);
    assert_eq!(wakes.load(Ordering::Relaxed), woke, "nothing woke the game");
    say(&mut a, r#"{"t":"choose","score":4}"#);
    events_until(&s, |e| matches!(e, PhoneEvent::Chose(Player::Client, _)));
}

#[test]
fn one_own_card_per_seat_between_two_cards_and_a_few_in_all() {
    let (s, secret) = server();
    let mut a = connect(addr(&s), &secret).unwrap();
    next(&mut a);
    join(&mut a, "client", "phone-a-1234567890ab");
    events_until(&s, |e| *e == PhoneEvent::Joined(Player::Client));
    let own = r#"{"t":"eigen","tekst":"Wij \u001b[31m praten \u202e over geld"}"#;
    for position in 1..=MAX_OWN_CARDS_PER_SEAT {
        s.publish(Player::Client, &view("omgedraaid", "", position, true));
        next(&mut a);
        say(&mut a, own);
        let seen = events_until(&s, |e| matches!(e, PhoneEvent::OwnCard(..)));
        let words = seen.iter().find_map(|e| match e {
            PhoneEvent::OwnCard(_, w) => Some(w.0.clone()),
            _ => None,
        });
        assert_eq!(words.as_deref(), Some("Wij [31m praten over geld"));
        // A second one between the same two cards waits.
        say(&mut a, own);
        assert_eq!(refused_code(&mut a), "eigen-wacht");
    }
    s.publish(Player::Client, &view("omgedraaid", "", 99, true));
    next(&mut a);
    say(&mut a, own);
    assert_eq!(refused_code(&mut a), "eigen-genoeg");
    assert!(s.events().is_empty());
}
