//! The log of a whole phone conversation at the most talkative level holds no secret, no code and
//! no message of a phone. The game is played in a child process (this test binary again, one
//! ignored test) with the game's own log set-up and `RUST_LOG=trace`; this test reads what it
//! wrote.

use std::process::Command;

use super::game::play_a_whole_game;
use super::*;

const CHILD: &str = "WERKALLIANTIESPEL_LOG_CHILD";
const CODE: &str = "ZK-4471-QX";

#[test]
fn a_whole_phone_conversation_logs_no_secret_code_or_message() {
    let exe = std::env::current_exe().expect("the test binary");
    // The child's name as the test harness knows it (the module path without the crate's name),
    // so moving this file cannot make the child silently run no test at all.
    let module = module_path!().split_once("::").map_or("", |(_, m)| m);
    let child = format!("{module}::child_plays_with_every_log_line_on");
    let out = Command::new(exe)
        .args([
            "--exact",
            child.as_str(),
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        // Every line of every crate, the game's own included (its default `info` is a directive of
        // its own, which a bare "trace" would leave as it is).
        .env("RUST_LOG", "trace,werkalliantiespel=trace")
        .output()
        .expect("the child runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the child failed:\n{stdout}\n{log}");
    let secret = stdout
        .split("secret ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the child says its secret on standard output");
    assert_eq!(secret.len(), 32);
    // The log is really at trace level, and it saw the conversation.
    assert!(log.contains("TRACE"), "no trace lines: {log}");
    assert!(log.contains("telefoon: cliënt verbonden"), "{log}");
    assert!(log.contains("scherm: Overzicht"), "{log}");
    assert!(log.contains("action Choose(Client, Hidden)"), "{log}");
    assert!(log.contains("action Guess(Professional, Hidden)"), "{log}");
    assert!(log.contains("gegokt: cliënt"), "{log}");
    assert!(
        log.contains("pauze: aan") && log.contains("pauze: uit"),
        "{log}"
    );
    for line in log.lines() {
        if line.contains("pauze") || line.contains("Pause") || line.contains("GoOn") {
            assert!(
                !line.contains("rofessional")
                    && !line.contains("Client")
                    && !line.contains("cliënt"),
                "who paused, in the log: {line}"
            );
        }
        assert!(!line.contains(secret), "the secret in the log: {line}");
        assert!(!line.contains(CODE), "the code in the log: {line}");
        // A phone's message quoted (a score, a join's device), or a frame dumped.
        for quoted in ["score", "\"t\"", "phone-client", "payload", "Some(", "None"] {
            assert!(
                !line.contains(quoted),
                "a phone's message in the log: {line}"
            );
        }
    }
}

#[test]
#[ignore = "run as a child by a_whole_phone_conversation_logs_no_secret_code_or_message"]
fn child_plays_with_every_log_line_on() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let mut app = App::new();
    app.add_plugins(werkalliantiespel::game::logging::log_plugin());
    let mut app = crate::game::headless::app_on(
        app,
        Options {
            label: Some(CODE.into()),
            seed: Some(5),
            mode: Some(Mode::Phones),
            // "Raad de ander": the guesses go through the log's lines too.
            guess: true,
            decks: Some(vec!["vertrouwen".into()]),
            ..Options::default()
        },
        None,
    );
    for _ in 0..50 {
        if app.world().contains_resource::<PhoneLink>() {
            break;
        }
        app.update();
    }
    let url = app.world().resource::<PhoneLink>().local_url.clone();
    let secret = url
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    println!("secret {secret}");
    // A pause first: who asked for it is no line in the log.
    for a in [
        werkalliantiespel::game::Action::Pause(werkalliantiespel::session::Player::Professional),
        werkalliantiespel::game::Action::GoOn(None),
    ] {
        app.world_mut()
            .resource_mut::<Messages<werkalliantiespel::game::Action>>()
            .write(a);
        app.update();
    }
    play_a_whole_game(&mut app);
    for _ in 0..5 {
        app.update();
    }
}
