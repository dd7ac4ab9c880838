//! Phones against the headless game: whole games, one phone, stopping, switching modes, languages.

use super::views::selection;
use super::*;

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
    play_a_whole_game(&mut app(phones_options()));
}

/// Two WebSocket phones play every card against the laptop, with the checks a player would see.
#[test]
fn two_phones_play_raad_de_ander() {
    let mut options = phones_options();
    options.guess = true;
    play_a_whole_game(&mut app(options));
}

/// Two phones play every card; with "Raad de ander" each also guesses after its choice (the
/// professional says "Weet ik niet" on card 2), and the flip brings all four to both phones.
pub(super) fn play_a_whole_game(app: &mut App) {
    let guessing = app
        .world()
        .resource::<Conversation>()
        .session()
        .selection()
        .guess;
    let guessed = |a: &App, p: Player| {
        a.world()
            .resource::<Conversation>()
            .session()
            .view()
            .guesses
            .is_some_and(|g| g[p] == werkalliantiespel::session::Seat::Chosen)
    };
    let (mut client, mut prof) = both_phones_joined(app);
    assert!(
        app.world().resource::<PhonesPanel>().0,
        "the panel opens first and stays open until \"Spelen\""
    );
    // While the panel is open the phones wait (a tap would be lost); "Spelen" (Enter) closes it.
    let mut early = Vec::new();
    let w = view_in(&mut client, "wachten", &mut early);
    assert!(w["statement"].as_str().unwrap_or("x").is_empty());
    crate::game::headless::press(app, KeyCode::Enter);
    until(app, "the panel closed", |a| {
        !a.world().resource::<PhonesPanel>().0
    });
    let mut seen_client = Vec::new();
    let mut seen_prof = Vec::new();
    let total = app
        .world()
        .resource::<Conversation>()
        .session()
        .view()
        .total;
    assert_eq!(total, 5);
    for card in 1..=total {
        let vc = view_in(&mut client, "kiezen", &mut seen_client);
        view_in(&mut prof, "kiezen", &mut seen_prof);
        assert_eq!(vc["position"], card);
        assert!(!vc["statement"].as_str().unwrap().is_empty());
        // The laptop's keys do not choose for a seat that has a phone.
        crate::game::headless::press(app, KeyCode::Digit1);
        app.update();
        assert_eq!(
            app.world()
                .resource::<Conversation>()
                .session()
                .view()
                .client,
            werkalliantiespel::session::Seat::Waiting
        );
        let (c, p) = (1 + (card as u8 % 5), 5 - (card as u8 % 5));
        say(&mut client, &format!(r#"{{"t":"choose","score":{c}}}"#));
        until(
            app,
            &format!("the client's phone chose on card {card}"),
            |a| {
                a.world().resource::<Conversation>().session().view().client
                    == werkalliantiespel::session::Seat::Chosen
            },
        );
        let (gc, gp) = (1 + (card as u8 + 1) % 5, if card == 2 { 0 } else { c });
        if guessing {
            // The same buttons, now for the guess.
            view_in(&mut client, "raden", &mut seen_client);
            say(&mut client, &format!(r#"{{"t":"guess","score":{gc}}}"#));
            until(app, "the client's phone guessed", |a| {
                guessed(a, Player::Client)
            });
        }
        view_in(&mut client, "gekozen", &mut seen_client);
        if card == 3 {
            say(&mut prof, r#"{"t":"pass"}"#);
        } else {
            say(&mut prof, &format!(r#"{{"t":"choose","score":{p}}}"#));
        }
        if guessing {
            until(app, "the professional's phone chose", |a| {
                a.world()
                    .resource::<Conversation>()
                    .session()
                    .view()
                    .professional
                    == werkalliantiespel::session::Seat::Chosen
            });
            view_in(&mut prof, "raden", &mut seen_prof);
            say(&mut prof, &format!(r#"{{"t":"guess","score":{gp}}}"#));
        }
        until(app, "the countdown", |a| phase(a) == Some(Phase::Countdown));
        until(app, "the talk", |a| phase(a) == Some(Phase::Discuss));
        let rc = view_in(&mut client, "omgedraaid", &mut seen_client);
        let rp = view_in(&mut prof, "omgedraaid", &mut seen_prof);
        assert_eq!(rc["mine"]["value"], c);
        assert_eq!(rp["theirs"]["value"], c);
        let pv = if card == 3 { 0 } else { p };
        assert_eq!(rc["theirs"]["value"], pv);
        assert_eq!(rp["mine"]["value"], pv);
        if guessing {
            // All four on both phones: each one's guess, and the other's of their choice.
            assert_eq!(rc["my_guess"]["value"], gc);
            assert_eq!(rp["their_guess"]["value"], gc);
            assert_eq!(rp["my_guess"]["value"], gp);
            assert_eq!(rc["their_guess"]["value"], gp);
        } else {
            assert!(rc["my_guess"].is_null() && rp["their_guess"].is_null());
        }
        crate::game::headless::press(app, KeyCode::Enter);
        app.update();
    }
    view_in(&mut client, "klaar", &mut seen_client);
    // Nothing a phone got before a flip held the other's choice.
    for v in seen_client.iter().chain(&seen_prof) {
        if v["state"] != "omgedraaid" {
            assert!(v["theirs"].is_null() && v["mine"].is_null(), "{v}");
            assert!(v["my_guess"].is_null() && v["their_guess"].is_null(), "{v}");
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
        a.world().resource::<PhoneLink>().held[Player::Client]
    });
    crate::game::headless::press(&mut app, KeyCode::Enter);
    until(&mut app, "the panel closed", |a| {
        !a.world().resource::<PhonesPanel>().0
    });
    let mut seen = Vec::new();
    view_in(&mut client, "kiezen", &mut seen);
    // The professional uses 6-0 on the laptop: 8 is a 3.
    crate::game::headless::press(&mut app, KeyCode::Digit8);
    app.update();
    assert_eq!(
        app.world()
            .resource::<Conversation>()
            .session()
            .view()
            .professional,
        werkalliantiespel::session::Seat::Chosen
    );
    say(&mut client, r#"{"t":"choose","score":2}"#);
    until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
    let r = view_in(&mut client, "omgedraaid", &mut seen);
    assert_eq!(r["mine"]["value"], 2);
    assert_eq!(r["theirs"]["value"], 3);
    // A phone gone for good: the laptop takes the seat back and its keys count again.
    crate::game::headless::press(&mut app, KeyCode::Enter);
    app.update();
    app.world_mut()
        .resource_mut::<Messages<werkalliantiespel::game::Action>>()
        .write(werkalliantiespel::game::Action::FreeSeat(Player::Client));
    until(&mut app, "the seat is free", |a| {
        !a.world().resource::<PhoneLink>().held[Player::Client]
    });
    until(&mut app, "card 2", |a| phase(a) == Some(Phase::Choosing));
    crate::game::headless::press(&mut app, KeyCode::Digit4);
    app.update();
    assert_eq!(
        app.world()
            .resource::<Conversation>()
            .session()
            .view()
            .client,
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
    // Stopping early: the summary still has the server (the phones show "Klaar").
    act(&mut app, werkalliantiespel::game::Action::TogglePhones);
    act(&mut app, werkalliantiespel::game::Action::Stop);
    act(&mut app, werkalliantiespel::game::Action::ConfirmStop);
    until(&mut app, "the summary", |a| {
        crate::game::headless::screen(a) == werkalliantiespel::game::Screen::Summary
    });
    assert!(app.world().contains_resource::<PhoneLink>());
    act(&mut app, werkalliantiespel::game::Action::NewGame);
    // Not kept: the game asks first; "Niet bewaren" leaves.
    assert!(
        app.world().contains_resource::<PhoneLink>(),
        "asked, not left"
    );
    act(
        &mut app,
        werkalliantiespel::game::Action::LeaveWithoutSaving,
    );
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
    // "Om de beurt" from the panel: the panel closes, the server stops, the cover screen comes.
    act(&mut app, Action::SwitchMode(Mode::TakeTurns));
    until(&mut app, "the cover screen", |a| {
        phase(a) == Some(Phase::Cover)
    });
    assert!(!app.world().resource::<PhonesPanel>().0);
    assert_eq!(
        app.world()
            .resource::<Conversation>()
            .session()
            .selection()
            .mode,
        Mode::TakeTurns
    );
    until(&mut app, "the server stopped", |a| {
        !a.world().contains_resource::<PhoneLink>()
    });
    // Play goes on in turns with the laptop keys.
    crate::game::headless::press(&mut app, KeyCode::Enter);
    until(&mut app, "choosing", |a| phase(a) == Some(Phase::Choosing));
    crate::game::headless::press(&mut app, KeyCode::Digit2);
    app.update();
    assert_eq!(
        app.world()
            .resource::<Conversation>()
            .session()
            .view()
            .client,
        werkalliantiespel::session::Seat::Chosen
    );
    // A phone mode cannot be asked for this way (only away from it).
    act(&mut app, Action::SwitchMode(Mode::Phones));
    assert_eq!(
        app.world()
            .resource::<Conversation>()
            .session()
            .selection()
            .mode,
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
        a.world().resource::<PhoneLink>().held[Player::Client]
    });
    assert!(app.world().resource::<PhoneLink>().ever_joined);
    assert_eq!(
        app.world()
            .resource::<PhoneLink>()
            .hint(werkalliantiespel::lang::Languages::built_in().tr("nl")),
        None
    );
    crate::game::headless::press(&mut app, KeyCode::Enter);
    until(&mut app, "the panel closed", |a| {
        !a.world().resource::<PhonesPanel>().0
    });
    let mut seen = Vec::new();
    view_in(&mut client, "kiezen", &mut seen);
    say(&mut client, r#"{"t":"choose","score":4}"#);
    until(&mut app, "the client chose", |a| {
        a.world().resource::<Conversation>().session().view().client
            == werkalliantiespel::session::Seat::Chosen
    });
    app.world_mut()
        .resource_mut::<Messages<Action>>()
        .write(Action::SwitchMode(Mode::Together));
    until(&mut app, "the server stopped", |a| {
        !a.world().contains_resource::<PhoneLink>()
    });
    // The client's choice stays; the professional chooses with 6-0 and the cards turn.
    crate::game::headless::press(&mut app, KeyCode::Digit7);
    until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
    let view = app.world().resource::<Conversation>().session().view();
    assert!(matches!(
        view.phase,
        werkalliantiespel::session::CardState::Revealed { .. }
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
            names: PerSeat {
                client: "Client".into(),
                professional: "Reclasseringswerker".into(),
            },
            langs: PerSeat {
                client: "en".into(),
                professional: "nl".into(),
            },
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

/// The server runs and both phones hold their seats (the laptop's panel still open).
fn both_phones_joined(app: &mut App) -> (Phone, Phone) {
    until(app, "the server runs", |a| {
        a.world().contains_resource::<PhoneLink>()
    });
    let (addr, secret) = (local_addr(app), secret_of(app));
    let mut client = connect(addr, &secret).unwrap();
    let mut prof = connect(addr, &secret).unwrap();
    join(&mut client, "client", "phone-client-00000000");
    join(&mut prof, "professional", "phone-prof-0000000000");
    until(app, "both phones joined", |a| {
        a.world().resource::<PhoneLink>().held == PerSeat::both(true)
    });
    (client, prof)
}

/// Both phones joined and the panel closed: the first card, both choosing.
fn two_phones_at_the_table(app: &mut App) -> (Phone, Phone) {
    let (mut client, mut prof) = both_phones_joined(app);
    crate::game::headless::press(app, KeyCode::Enter);
    until(app, "the panel closed", |a| {
        !a.world().resource::<PhonesPanel>().0
    });
    let mut seen = Vec::new();
    view_in(&mut client, "kiezen", &mut seen);
    view_in(&mut prof, "kiezen", &mut seen);
    (client, prof)
}

fn act(app: &mut App, a: werkalliantiespel::game::Action) {
    app.world_mut()
        .resource_mut::<Messages<werkalliantiespel::game::Action>>()
        .write(a);
    app.update();
}

/// Whether a phone's choice waits for the laptop's table.
fn waiting(app: &App, seat: Player) -> bool {
    !app.world()
        .resource::<werkalliantiespel::game::screens::phones::HeldChoices>()
        .0[seat]
        .is_empty()
}

#[test]
fn a_choice_made_while_the_laptop_is_covered_is_kept() {
    use werkalliantiespel::game::Action;
    use werkalliantiespel::session::Seat;
    let mut app = app(phones_options());
    let (mut client, mut prof) = two_phones_at_the_table(&mut app);
    let mut seen = Vec::new();
    // The help covers the table; the client chooses on the phone meanwhile.
    act(&mut app, Action::ToggleHelp);
    say(&mut client, r#"{"t":"choose","score":4}"#);
    for _ in 0..20 {
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
    let view = |a: &App| a.world().resource::<Conversation>().session().view();
    assert_eq!(
        view(&app).client,
        Seat::Waiting,
        "nothing moves under the help"
    );
    // The phone shows the choice as made, not a tap that went nowhere.
    view_in(&mut client, "gekozen", &mut seen);
    act(&mut app, Action::ToggleHelp);
    until(&mut app, "the kept choice counts", |a| {
        view(a).client == Seat::Chosen
    });
    // The same under "Stoppen?", answered "Verder spelen"; and under Weergave.
    act(&mut app, Action::Stop);
    say(&mut prof, r#"{"t":"pass"}"#);
    for _ in 0..20 {
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(view(&app).professional, Seat::Waiting);
    act(&mut app, Action::CancelStop);
    until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
    let r = view_in(&mut client, "omgedraaid", &mut seen);
    assert_eq!(r["mine"]["value"], 4);
    assert_eq!(r["theirs"]["value"], 0);
    crate::game::headless::press(&mut app, KeyCode::Enter);
    view_in(&mut client, "kiezen", &mut seen);
    act(&mut app, Action::ToggleLook);
    say(&mut client, r#"{"t":"choose","score":2}"#);
    until(&mut app, "the choice waits", |a| waiting(a, Player::Client));
    act(&mut app, Action::ToggleLook);
    until(&mut app, "the kept choice counts", |a| {
        view(a).client == Seat::Chosen
    });
    // A choice still waiting when the conversation stops is dropped with it.
    say(&mut prof, r#"{"t":"choose","score":3}"#);
    until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
    crate::game::headless::press(&mut app, KeyCode::Enter);
    act(&mut app, Action::Stop);
    say(&mut prof, r#"{"t":"choose","score":3}"#);
    until(&mut app, "the choice waits", |a| {
        waiting(a, Player::Professional)
    });
    act(&mut app, Action::ConfirmStop);
    until(&mut app, "the summary", |a| {
        crate::game::headless::screen(a) == werkalliantiespel::game::Screen::Summary
    });
    app.update();
    assert_eq!(
        *app.world()
            .resource::<werkalliantiespel::game::screens::phones::HeldChoices>(),
        Default::default()
    );
}

#[test]
fn leaving_phone_mode_with_a_half_sent_request_does_not_freeze_the_game() {
    let mut app = app(phones_options());
    until(&mut app, "the server runs", |a| {
        a.world().contains_resource::<PhoneLink>()
    });
    let addr = local_addr(&app);
    // Anyone on the network, no secret needed: half a request, kept open.
    let mut half = TcpStream::connect(addr).unwrap();
    half.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let start = Instant::now();
    act(
        &mut app,
        werkalliantiespel::game::Action::SwitchMode(Mode::Together),
    );
    until(&mut app, "the server is gone", |a| {
        !a.world().contains_resource::<PhoneLink>()
    });
    app.update();
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "the game waited {:?}",
        start.elapsed()
    );
}

/// "Even pauze" from a phone: both phones show the pause (no card, no choice), the laptop's
/// Enter and the other phone cannot end it, nothing chosen meanwhile counts, and the phone that
/// paused goes on.
#[test]
fn a_phone_pauses_and_only_that_phone_goes_on() {
    use werkalliantiespel::session::Seat;
    let mut app = app(phones_options());
    let (mut client, mut prof) = two_phones_at_the_table(&mut app);
    let mut seen = Vec::new();
    let view = |a: &App| a.world().resource::<Conversation>().session().view();
    say(&mut client, r#"{"t":"choose","score":4}"#);
    until(&mut app, "the client chose", |a| {
        view(a).client == Seat::Chosen
    });
    view_in(&mut client, "gekozen", &mut seen);
    say(&mut client, r#"{"t":"pause"}"#);
    until(&mut app, "the client's pause", |a| {
        view(a).paused == Some(Player::Client)
    });
    let mine = view_in(&mut client, "pauze", &mut seen);
    assert_eq!(mine["pause"], "mine");
    let theirs = view_in(&mut prof, "pauze", &mut seen);
    assert_eq!(theirs["pause"], "other");
    for v in [&mine, &theirs] {
        assert_eq!(v["statement"], "", "no card during the pause: {v}");
        assert_eq!(v["options"], serde_json::json!([]), "no choice: {v}");
        assert!(v["mine"].is_null() && v["theirs"].is_null(), "{v}");
    }
    // The laptop's Enter does not end a pause whose seat is on a phone; nor does the other
    // phone; a choice meanwhile does not count.
    crate::game::headless::press(&mut app, KeyCode::Enter);
    say(&mut prof, r#"{"t":"verder"}"#);
    say(&mut prof, r#"{"t":"choose","score":2}"#);
    // The server refuses both against the phone's view: they never reach the game.
    for _ in 0..2 {
        let m = next(&mut prof);
        assert_eq!(m["code"], "niet-nu", "{m}");
    }
    for _ in 0..30 {
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(view(&app).paused, Some(Player::Client));
    assert_eq!(view(&app).professional, Seat::Waiting);
    // A pause message takes no fields.
    say(&mut prof, r#"{"t":"pause","x":1}"#);
    let m = next(&mut prof);
    assert_eq!(m["t"], "refused", "{m}");
    // The client's phone goes on: the table is as it was.
    say(&mut client, r#"{"t":"verder"}"#);
    until(&mut app, "the pause is over", |a| view(a).paused.is_none());
    view_in(&mut client, "gekozen", &mut seen);
    view_in(&mut prof, "kiezen", &mut seen);
    assert_eq!(view(&app).client, Seat::Chosen, "the hidden choice stayed");
}

/// "Eigen kaart" from a phone: offered between cards only, the sentence comes next on the
/// table and to both phones as "Eigen kaart"; its words never in a `Debug` line; too long is
/// refused.
#[test]
fn a_phone_writes_an_own_card_for_both() {
    let mut app = app(phones_options());
    let (mut client, mut prof) = two_phones_at_the_table(&mut app);
    let mut seen = Vec::new();
    let view = |a: &App| a.world().resource::<Conversation>().session().view();
    // After a choice the page does not offer it; after the flip it does.
    say(&mut client, r#"{"t":"choose","score":3}"#);
    until(&mut app, "the client chose", |a| {
        view(a).client == werkalliantiespel::session::Seat::Chosen
    });
    let chosen = view_in(&mut client, "gekozen", &mut seen);
    assert_eq!(chosen["can_add_own"], false, "{chosen}");
    say(&mut prof, r#"{"t":"choose","score":4}"#);
    until(&mut app, "the talk", |a| phase(a) == Some(Phase::Discuss));
    let turned = view_in(&mut prof, "omgedraaid", &mut seen);
    assert_eq!(turned["can_add_own"], true);
    // Too long: refused, nothing added.
    let long = format!(r#"{{"t":"eigen","tekst":"{}"}}"#, "a".repeat(201));
    say(&mut prof, &long);
    let m = next(&mut prof);
    assert_eq!(m["t"], "refused", "{m}");
    say(
        &mut prof,
        r#"{"t":"eigen","tekst":"Wij praten over werk."}"#,
    );
    until(&mut app, "the own card comes next", |a| {
        a.world().resource::<Conversation>().session().view().total == 6
    });
    crate::game::headless::press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).own.as_deref(), Some("Wij praten over werk."));
    for phone in [&mut client, &mut prof] {
        let v = view_in(phone, "kiezen", &mut seen);
        assert_eq!(v["own"], true, "{v}");
        assert_eq!(v["statement"], "Wij praten over werk.", "{v}");
    }
    let debug = format!(
        "{:?}",
        werkalliantiespel::phone::parse_message(r#"{"t":"eigen","tekst":"Geheim plan"}"#)
    );
    assert!(!debug.contains("Geheim"), "{debug}");
}
