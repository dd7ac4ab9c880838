//! Languages: every screen text comes from the language files; English is complete, plain (B1)
//! and holds no Dutch; each player reads their own card in their own language on one table.

mod args;
mod dutch;

use bevy::prelude::*;
use werkalliantiespel::cli::Options;
use werkalliantiespel::deck::{Perspective, Wording};
use werkalliantiespel::game::{Screen, Translations};
use werkalliantiespel::lang::{self, Languages};
use werkalliantiespel::session::{Choice, Mode};

use crate::cards::{b1_problem, ui_strings};
use crate::game::headless::{app, digit, press, press_alt, run_flip, screen, table_texts};

#[test]
fn english_is_complete() {
    let langs = Languages::built_in();
    assert!(langs.problems.is_empty(), "{:#?}", langs.problems);
    let en = langs.get("en").expect("English");
    assert_eq!(en.name, "English");
    assert!(
        !en.cards_tested(),
        "the English cards are marked as not tested with clients"
    );
    let nl: Vec<&str> = langs.get("nl").expect("Dutch").ui_keys().collect();
    assert!(nl.len() > 150, "only {} keys", nl.len());
    assert_eq!(nl, en.ui_keys().collect::<Vec<_>>());
    let problems = lang::cards::check(&crate::shipped(), &langs);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A key missing in a language is said (with its name), falls back to Dutch, and an extra key
/// is said too; a syntax error gets its line.
#[test]
fn missing_and_extra_keys_are_reported() {
    let dir = crate::tempdir("talen");
    let tr_dir = dir.join("talen").join("tr");
    std::fs::create_dir_all(&tr_dir).expect("dir");
    std::fs::write(
        tr_dir.join("spel.ftl"),
        "taal-naam = Türkçe\nstart-verder = Devam\nbestaat-niet = x\nkapot = {\n",
    )
    .expect("write");
    std::fs::write(
        tr_dir.join("kaarten.ftl"),
        "kaarten-getest = nee\nkaart-mag-me-client = Bir cümle.\nkaart-bestaat-niet-client = x\n",
    )
    .expect("write");
    let langs = Languages::load(&dir);
    let all: Vec<String> = langs.problems.iter().map(|p| p.to_string()).collect();
    let text = all.join("\n");
    assert!(
        text.contains("ontbreken") && text.contains("bewaren"),
        "{text}"
    );
    assert!(text.contains("bestaat-niet"), "{text}");
    assert!(
        langs.problems.iter().any(|p| p.line == 4),
        "the syntax error has its line: {text}"
    );
    let tr = langs.tr("tr");
    assert_eq!(tr.t("start-verder"), "Devam");
    assert_eq!(
        tr.t("start-titel"),
        "Werkalliantiespel",
        "Dutch behind a missing key"
    );
    let cards = lang::cards::check(&crate::shipped(), &langs);
    let text: String = cards.iter().map(|p| p.to_string()).collect();
    assert!(text.contains("kaart-echt-luisteren-client"), "{text}");
    assert!(text.contains("kaart-bestaat-niet-client"), "{text}");
    // A folder whose name is no language code is said, not used.
    std::fs::create_dir_all(dir.join("talen").join("geen code!")).expect("dir");
    let langs = Languages::load(&dir);
    assert!(
        langs
            .problems
            .iter()
            .any(|p| p.message.contains("geen taalcode"))
    );
    assert!(langs.get("geen code!").is_none());
}

/// Every screen text, in every language, is B1: at most 12 words a sentence, no long words.
/// No exceptions; the game's name (one long word, also in the command `werkalliantiespel
/// --check-cards`) counts as a name, as the field words do.
#[test]
fn every_screen_text_in_every_language_is_b1() {
    let langs = Languages::built_in();
    let mut problems = Vec::new();
    let mut checked = 0;
    for l in langs.all() {
        for (key, text) in l.ui_sources() {
            let text = text
                .replace("werkalliantiespel", "")
                .replace("Werkalliantiespel", "");
            if let Some(why) = b1_problem(&text) {
                problems.push(format!("{} {key}: {why}", l.code));
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "not B1:\n{}", problems.join("\n"));
    assert!(checked > 300, "only {checked} texts checked");
}

/// The translated cards are B1 too, with the field's words filled in, in every field.
#[test]
fn every_translated_card_text_is_b1() {
    let lib = crate::shipped();
    let langs = Languages::built_in();
    let mut problems = Vec::new();
    for l in langs.all().iter().filter(|l| l.has_cards()) {
        let t = lang::cards::translate(&lib, l);
        for field in &t.fields {
            for c in &t.cards {
                for who in [Perspective::Client, Perspective::Professional] {
                    let s = c.text(who, Wording::B1, field);
                    if let Some(why) = b1_problem(&s) {
                        problems.push(format!("{} {} {}: {why}", l.code, field.id, c.id));
                    }
                }
                for p in c.prompts_for(field) {
                    if let Some(why) = b1_problem(&p) {
                        problems.push(format!("{} {} prompt: {why}", l.code, c.id));
                    }
                }
            }
        }
        for k in &t.kenmerken {
            if let Some(why) = b1_problem(&k.explain) {
                problems.push(format!("{} {}: {why}", l.code, k.id));
            }
        }
    }
    assert!(problems.is_empty(), "not B1:\n{}", problems.join("\n"));
}

/// One table, two languages: the client reads English, the professional Dutch. The shared words
/// (kenmerk, seats, "chosen") follow the client; each sentence its reader; after the flip the
/// faces say the choice in the client's (the screen's) language.
#[test]
fn the_table_speaks_each_players_language() {
    let mut app = app(Options {
        mode: Some(Mode::Together),
        field: Some("reclassering".into()),
        decks: Some(vec!["vertrouwen".into()]),
        seed: Some(4),
        client_lang: Some("en".into()),
        professional_lang: Some("nl".into()),
        ..Default::default()
    });
    assert_eq!(screen(&app), Screen::Play);
    let (texts, _) = table_texts(&mut app);
    let talen = app.world().resource::<Translations>().clone();
    let dutch = crate::shipped();
    let english = talen.library("en", &dutch).clone();
    let table = app
        .world()
        .resource::<werkalliantiespel::game::Conversation>();
    let id = table.session().view().card_id.clone();
    let client_en = english.card(&id).expect("card").text(
        Perspective::Client,
        Wording::B1,
        english.field("reclassering").expect("field"),
    );
    let pro_nl = dutch.card(&id).expect("card").text(
        Perspective::Professional,
        Wording::B1,
        dutch.field("reclassering").expect("field"),
    );
    assert!(texts.contains(&client_en), "{texts:?} lacks {client_en}");
    assert!(texts.contains(&pro_nl), "{texts:?} lacks {pro_nl}");
    assert!(
        texts.iter().any(|t| t == "Trust"),
        "the kenmerk in English: {texts:?}"
    );
    assert!(texts.iter().any(|t| t == "Client"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Probation officer"), "{texts:?}");
    assert!(
        !texts
            .iter()
            .any(|t| t == "Vertrouwen" || t == "Nog kiezen…"),
        "{texts:?}"
    );
    // Both choose; before the flip no English rating word is on the table either.
    press(&mut app, digit(2));
    press(&mut app, KeyCode::Digit9);
    let (texts, faces) = table_texts(&mut app);
    assert!(faces.is_empty());
    for word in ["true", "Skip", "skip"] {
        assert!(
            !texts.iter().any(|t| t.contains(word)),
            "{word} before the flip: {texts:?}"
        );
    }
    run_flip(&mut app, (Choice::Score(2), Choice::Score(4)));
    let (texts, _) = table_texts(&mut app);
    assert!(texts.iter().any(|t| t == "Not really true"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "A little true"), "{texts:?}");
}

/// The language is chosen on the start screen (per player) and kept in the session.
#[test]
fn languages_are_chosen_per_player_and_kept_in_the_session() {
    use werkalliantiespel::game::{Action, Setup};
    use werkalliantiespel::session::Player;
    let mut app = app(Options::default());
    assert_eq!(screen(&app), Screen::Start);
    app.world_mut()
        .write_message(Action::SetLanguage(Player::Client, "en".into()));
    app.update();
    app.world_mut()
        .write_message(Action::SetLanguage(Player::Professional, "xx".into()));
    app.update();
    let setup = app.world().resource::<Setup>();
    assert_eq!(setup.languages.client, "en");
    assert_eq!(
        setup.languages.professional, "nl",
        "an unknown language is not taken"
    );
    assert_eq!(setup.screen_lang(), "en");
    // Deal: the session carries the languages.
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Themes);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    let table = app
        .world()
        .resource::<werkalliantiespel::game::Conversation>();
    assert_eq!(table.session().selection().languages.client, "en");
    // A language cannot change under a session that runs.
    app.world_mut()
        .write_message(Action::SetLanguage(Player::Client, "nl".into()));
    app.update();
    assert_eq!(app.world().resource::<Setup>().languages.client, "en");
}

/// "Nieuw gesprek" is often with someone else: the client's language goes back to the one the
/// game started with; the professional's stays.
#[test]
fn a_new_conversation_starts_in_the_default_client_language() {
    use werkalliantiespel::game::{Action, Setup};
    use werkalliantiespel::session::Player;
    let mut app = app(Options {
        mode: Some(Mode::Together),
        ..Default::default()
    });
    for (who, code) in [(Player::Client, "en"), (Player::Professional, "en")] {
        app.world_mut()
            .write_message(Action::SetLanguage(who, code.into()));
        app.update();
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    press_alt(&mut app, KeyCode::KeyN);
    app.world_mut()
        .write_message(werkalliantiespel::game::Action::LeaveWithoutSaving);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Start);
    let setup = app.world().resource::<Setup>();
    assert_eq!(setup.languages.client, "nl");
    assert_eq!(setup.languages.professional, "en");
}
