//! "Voorlezen": what is read (only what the table shows: never a hidden choice before the flip;
//! each seat's sentence in its language), the commands per system (never a shell, the text never
//! inside a script), and a real voice that writes a WAV file that is no silence.

use std::path::Path;

use rand::{RngExt, SeedableRng};

use crate::Moves;
use werkalliantiespel::deck::{Library, Wording};
use werkalliantiespel::lang::{Languages, cards::translate};
use werkalliantiespel::session::{
    CardState, Mode, Player, Seat, SeatLanguages, Selection, Session, TableView,
};
use werkalliantiespel::voice::command::{self, Engine, Os};
use werkalliantiespel::voice::{Utterance, log_line, utterances, wav};

fn selection(client: &str, professional: &str) -> Selection {
    Selection {
        kenmerken: Vec::new(),
        short: false,
        field: "reclassering".into(),
        wording: Wording::B1,
        mode: Mode::Together,
        seed: 0,
        languages: SeatLanguages {
            client: client.into(),
            professional: professional.into(),
        },
        guess: false,
        ..Selection::default()
    }
}

/// What "Voorlezen" reads for `view`, with each seat's words as the play screen has them.
fn read(view: &TableView, dutch: &Library, sel: &Selection) -> Vec<Utterance> {
    let langs = Languages::built_in();
    let lib = |code: &str| translate(dutch, langs.get(code).expect("a language"));
    let (client, pro) = (lib(&sel.languages.client), lib(&sel.languages.professional));
    utterances(
        view,
        [
            (langs.tr(&sel.languages.client), &client),
            (langs.tr(&sel.languages.professional), &pro),
        ],
        sel,
    )
}

#[test]
fn before_the_flip_each_sentence_in_its_seats_language_after_it_the_choices_and_prompt() {
    let lib = crate::shipped();
    let sel = selection("en", "nl");
    let mut s = Session::new(&lib, sel.clone()).expect("session");
    let before = read(&s.view(), &lib, &sel);
    assert_eq!(before.len(), 2, "{before:?}");
    assert_eq!(before[0].lang, "en");
    assert!(
        before[0].text.starts_with("Statement for the client: "),
        "{before:?}"
    );
    assert_eq!(before[1].lang, "nl");
    let card = lib.card(&s.view().card_id).expect("card");
    let field = lib.field("reclassering").expect("field");
    let dutch = card.text(
        werkalliantiespel::deck::Perspective::Professional,
        Wording::B1,
        field,
    );
    assert!(before[1].text.ends_with(&dutch), "{before:?}");
    s.choose(Player::Client, 2).expect("choose");
    s.choose(Player::Professional, 4).expect("choose");
    // Both chose: still only the sentences.
    assert_eq!(read(&s.view(), &lib, &sel), before);
    s.reveal().expect("reveal");
    let after = read(&s.view(), &lib, &sel);
    assert_eq!(after[0].lang, "en", "{after:?}");
    assert!(after[0].text.contains("The client chose: "), "{after:?}");
    let prompt = werkalliantiespel::voice::prompt(&s.view(), &lib, &sel);
    assert!(!prompt.is_empty());
    // The professional reads Dutch: the prompt once more, in Dutch.
    assert_eq!(after.len(), 2, "{after:?}");
    assert_eq!(after[1].lang, "nl");
    assert_eq!(after[1].text, prompt);
    assert_eq!(log_line(&after), "voorlezen: en, nl");
}

#[test]
fn one_language_is_one_utterance_and_a_pause_reads_nothing() {
    let lib = crate::shipped();
    let sel = selection("nl", "nl");
    let mut s = Session::new(&lib, sel.clone()).expect("session");
    let said = read(&s.view(), &lib, &sel);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].text.starts_with("Zin voor de cliënt: "), "{said:?}");
    assert!(
        said[0].text.contains("Zin voor de reclasseringswerker: "),
        "{said:?}"
    );
    s.apply_move(werkalliantiespel::session::Move::Pause(Player::Client))
        .expect("pause");
    assert_eq!(read(&s.view(), &lib, &sel), Vec::new());
    assert_eq!(log_line(&[]), "voorlezen: niets");
}

#[test]
fn before_the_flip_what_is_read_never_holds_a_hidden_choice() {
    let lib = crate::shipped();
    let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(32);
    let mut compared = 0;
    for game in 0..6u64 {
        let codes = ["nl", "en"];
        let sel = selection(codes[(game % 2) as usize], codes[((game / 2) % 2) as usize]);
        let mut a = Session::new(&lib, sel.clone()).expect("session");
        for _ in 0..80 {
            if a.view().phase == CardState::Finished {
                break;
            }
            let p = if rng.random_bool(0.5) {
                Player::Client
            } else {
                Player::Professional
            };
            let _ = match rng.random_range(0..10) {
                0..=5 => a.choose(p, rng.random_range(1..=5u8)),
                6 => a.pass(p),
                7 => a.reveal(),
                8 => a.next_card(),
                _ => a.rerate(),
            };
            let view = a.view();
            if matches!(view.phase, CardState::Revealed { .. }) {
                continue;
            }
            let mut b = a.clone();
            for (seat, state) in [
                (Player::Client, view.client),
                (Player::Professional, view.professional),
            ] {
                if state == Seat::Chosen {
                    let _ = b.choose(seat, rng.random_range(1..=5u8));
                }
            }
            assert_eq!(
                read(&view, &lib, &sel),
                read(&b.view(), &lib, &sel),
                "the voice told a hidden choice"
            );
            compared += 1;
        }
    }
    assert!(compared > 100, "only {compared} compared");
}

#[test]
fn each_system_has_its_voice_and_none_goes_through_a_shell() {
    let all = |_: &str| true;
    assert_eq!(command::find(Os::Linux, all), Some(Engine::SpdSay));
    assert_eq!(
        command::find(Os::Linux, |p| p == "espeak-ng" || p == "espeak"),
        Some(Engine::EspeakNg)
    );
    assert_eq!(
        command::find(Os::Linux, |p| p == "espeak"),
        Some(Engine::Espeak)
    );
    assert_eq!(command::find(Os::Linux, |_| false), None);
    assert_eq!(command::find(Os::Windows, all), Some(Engine::PowerShell));
    assert_eq!(command::find(Os::MacOs, all), Some(Engine::Say));
    assert_eq!(command::find(Os::Other, all), None);
    let text = "-x \"$(rm -rf ~)\"; `echo` & del *";
    for engine in [
        Engine::SpdSay,
        Engine::EspeakNg,
        Engine::Espeak,
        Engine::PowerShell,
        Engine::Say,
    ] {
        let c = command::command(engine, ("nl", text), Some("Xander"), None).expect("a command");
        assert!(
            !["sh", "bash", "cmd", "cmd.exe"].contains(&c.program.as_str()),
            "{c:?}"
        );
        // The text is one whole argument, the input, or an environment variable: never part of
        // another argument (PowerShell's script is always the same).
        let whole = |s: &str| s == text;
        let places = c
            .args
            .iter()
            .filter(|a| a.to_str().is_some_and(whole))
            .count()
            + usize::from(c.stdin.as_deref().is_some_and(whole))
            + c.env.iter().filter(|(_, v)| whole(v)).count();
        assert_eq!(places, 1, "{engine:?}: {c:?}");
        let inside = c
            .args
            .iter()
            .filter_map(|a| a.to_str())
            .filter(|a| !whole(a) && a.contains("rm -rf"))
            .count();
        assert_eq!(inside, 0, "{engine:?}: {c:?}");
        // Nothing to say: no command.
        assert_eq!(command::command(engine, ("nl", " \n\t "), None, None), None);
    }
    let ps = command::command(Engine::PowerShell, ("en", "Hello"), None, None).expect("ps");
    assert!(
        ps.env
            .contains(&(command::ENV_CULTURE.to_string(), "en-US".to_string()))
    );
    assert!(ps.args.iter().any(|a| a == command::POWERSHELL_SCRIPT));
    let espeak = command::command(Engine::EspeakNg, ("en", "Hello"), None, None).expect("e");
    assert_eq!(espeak.args, ["-v", "en", "--stdin"]);
    let spd = command::command(Engine::SpdSay, ("nl", "-Hallo"), None, None).expect("spd");
    assert_eq!(spd.args, ["-l", "nl", "-P", "text", "-w", "--", "-Hallo"]);
    // A language code from a folder's name cannot become an option or a path.
    assert_eq!(command::clean_lang("../-x; rm"), Some("xrm".into()));
    assert_eq!(command::clean_lang("--"), None);
    // Line breaks and control characters become spaces.
    assert_eq!(command::clean("a\nb\u{7}\tc"), "a b c");
}

#[test]
fn macos_picks_a_voice_of_the_language() {
    let list = "Alex                en_US    # Most people recognize me by my voice.\n\
                Good News           en_US    # We must rejoice!\n\
                Xander              nl_NL    # Hallo! Mijn naam is Xander.\n";
    assert_eq!(command::mac_voice(list, "nl").as_deref(), Some("Xander"));
    assert_eq!(command::mac_voice(list, "en").as_deref(), Some("Alex"));
    assert_eq!(command::mac_voice(list, "tr"), None);
    let say = command::command(Engine::Say, ("nl", "Hallo"), Some("Xander"), None).expect("say");
    assert_eq!(say.args, ["-v", "Xander", "-f", "-"]);
}

/// The voice of this computer writes what it reads to a file, and the file is no silence. Skips
/// without espeak-ng, unless `WERKALLIANTIESPEL_VOICE_TEST=1` (CI) says it must run.
#[test]
fn espeak_ng_reads_a_card_aloud_and_it_is_no_silence() {
    let must = std::env::var("WERKALLIANTIESPEL_VOICE_TEST").is_ok_and(|v| v == "1");
    if !command::on_path("espeak-ng") {
        assert!(
            !must,
            "WERKALLIANTIESPEL_VOICE_TEST=1 but espeak-ng is not installed"
        );
        eprintln!("skipped: espeak-ng is not installed (apt-get install espeak-ng)");
        return;
    }
    let dir = crate::tempdir("voice");
    let listen = |lang: &str, text: &str, name: &str| {
        let file = dir.join(name);
        let spoken = command::command(Engine::EspeakNg, (lang, text), None, Some(&file));
        if let Some(spoken) = &spoken {
            werkalliantiespel::voice::speaker::run(spoken).expect("espeak-ng runs");
        }
        file
    };
    for (lang, text) in [
        ("nl", "Zin voor de cliënt: ik vertrouw mijn begeleider."),
        (
            "en",
            "Sentence for the client: I trust my probation officer.",
        ),
    ] {
        let file = listen(lang, text, &format!("{lang}.wav"));
        let bytes = std::fs::read(&file).expect("espeak-ng wrote the file");
        let l = wav::loudness(&bytes).expect("a WAV file");
        println!(
            "voice {lang}: {:.2} s, rms {:.4}, peak {:.4}",
            l.seconds, l.rms, l.peak
        );
        assert!(l.seconds > 1.0, "{lang}: {l:?}");
        assert!(l.rms > 0.02, "{lang}: silence? {l:?}");
        assert!(l.peak > 0.1, "{lang}: silence? {l:?}");
    }
    // Nothing to say: no file, no sound.
    let empty = listen("nl", "  \n ", "empty.wav");
    assert!(!Path::new(&empty).exists());
    // Aloud: the game's thread never waits for the voice, and a second request (or stop) takes
    // over at once.
    let speaker = werkalliantiespel::voice::Speaker::new(Some(Engine::EspeakNg));
    let long = "Zin voor de cliënt: ik vertrouw mijn begeleider. ".repeat(20);
    for _ in 0..2 {
        let start = std::time::Instant::now();
        let said = speaker.say(vec![Utterance {
            lang: "nl".into(),
            text: long.clone(),
        }]);
        assert_eq!(said, Ok(()));
        assert!(start.elapsed().as_millis() < 500, "{:?}", start.elapsed());
    }
    let start = std::time::Instant::now();
    speaker.stop();
    assert!(start.elapsed().as_millis() < 500, "{:?}", start.elapsed());
}

#[test]
fn the_loudness_of_a_wav_file() {
    // 0.1 s of silence at 8 kHz, then a square wave at half scale.
    let mut samples: Vec<i16> = vec![0; 800];
    samples.extend((0..800).map(|i| if i % 20 < 10 { 16384 } else { -16384 }));
    let data: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
    let mut f = Vec::new();
    f.extend(b"RIFF");
    f.extend(((36 + data.len()) as u32).to_le_bytes());
    f.extend(b"WAVEfmt ");
    f.extend(16u32.to_le_bytes());
    f.extend(1u16.to_le_bytes());
    f.extend(1u16.to_le_bytes());
    f.extend(8000u32.to_le_bytes());
    f.extend(16000u32.to_le_bytes());
    f.extend(2u16.to_le_bytes());
    f.extend(16u16.to_le_bytes());
    f.extend(b"data");
    f.extend((data.len() as u32).to_le_bytes());
    f.extend(&data);
    let l = wav::loudness(&f).expect("wav");
    assert!((l.seconds - 0.2).abs() < 1e-9, "{l:?}");
    assert!((l.peak - 0.5).abs() < 1e-9, "{l:?}");
    assert!((l.rms - 0.5 / 2f64.sqrt()).abs() < 1e-9, "{l:?}");
    assert!(wav::loudness(b"RIFF....WAVE").is_err());
    assert!(wav::loudness(b"not a wav").is_err());
}

/// The game without a voice (the headless game has none): `V` says so on the table, and the
/// card stays as it was.
#[test]
fn v_on_a_computer_without_a_voice_says_so() {
    use bevy::prelude::KeyCode;
    use werkalliantiespel::game::{Conversation, Notices, Source};
    let mut app = crate::game::headless::app(werkalliantiespel::cli::Options {
        seed: Some(9),
        mode: Some(Mode::Together),
        decks: Some(vec!["vertrouwen".into()]),
        ..Default::default()
    });
    crate::game::headless::press(&mut app, KeyCode::Digit4);
    let before = app.world().resource::<Conversation>().session().view();
    crate::game::headless::press(&mut app, KeyCode::KeyV);
    let notices = app.world().resource::<Notices>();
    assert_eq!(
        notices.get(Source::Answer),
        Some("Deze computer heeft geen stem om voor te lezen.")
    );
    assert_eq!(
        app.world().resource::<Conversation>().session().view(),
        before
    );
}
