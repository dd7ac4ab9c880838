//! "Raad de ander" in the game: after one's own choice the same keys (and buttons) place the
//! guess, "Mijn keuze veranderen" goes back to the choice; in turns the cover comes after the
//! guess, not after the choice; the flip shows all four; and nothing of a hidden guess reaches
//! the table, its words for a screen reader, the log or the file kept for a crash.

use super::*;
use werkalliantiespel::game::Action;
use werkalliantiespel::game::screens::play::table::GuessLine;
use werkalliantiespel::session::{PerSeat, Player};

fn guessing(mut options: Options) -> Options {
    options.guess = true;
    options
}

fn act(app: &mut App, a: Action) {
    app.world_mut().resource_mut::<Messages<Action>>().write(a);
    app.update();
    app.update();
}

fn guess_lines(app: &mut App) -> Vec<(Player, String)> {
    let world = app.world_mut();
    let mut lines: Vec<(Player, String)> = world
        .query::<(&GuessLine, &Text2d)>()
        .iter(world)
        .map(|(g, t)| (g.0, t.0.clone()))
        .collect();
    lines.sort_by_key(|(p, _)| *p == Player::Professional);
    lines
}

#[test]
fn together_the_same_keys_guess_after_a_choice_and_the_flip_shows_four() {
    let mut app = app(guessing(together("vertrouwen", 7)));
    let waiting = Some(PerSeat::both(Seat::Waiting));
    assert_eq!(view(&app).guesses, waiting);
    // The client's 4 is a choice; the next key, 3, is the guess.
    press(&mut app, KeyCode::Digit4);
    assert_eq!(view(&app).client, Seat::Chosen);
    assert_eq!(view(&app).guesses, waiting);
    press(&mut app, KeyCode::Digit3);
    assert_eq!(
        view(&app).guesses.map(|g| g.client),
        Some(Seat::Chosen),
        "the second key guessed"
    );
    assert_eq!(phase(&app), Some(Phase::Choosing));
    // "Mijn keuze veranderen": the next key chooses again (2); the guess stays.
    act(&mut app, Action::ChooseAgain(Player::Client));
    press(&mut app, KeyCode::Digit2);
    assert_eq!(view(&app).guesses.map(|g| g.client), Some(Seat::Chosen));
    // The professional: 9 is the choice 4, then Q… no: P ("Weet ik niet") is the guess.
    press(&mut app, KeyCode::Digit9);
    assert_eq!(
        phase(&app),
        Some(Phase::Choosing),
        "a guess is still missing"
    );
    assert_nothing_revealed(&mut app, "three of four placed");
    assert!(guess_lines(&mut app).is_empty());
    press(&mut app, KeyCode::KeyP);
    assert_eq!(phase(&app), Some(Phase::Countdown));
    assert_nothing_revealed(&mut app, "all four placed, before the flip");
    assert!(
        guess_lines(&mut app).is_empty(),
        "no guess line before the flip"
    );
    until(&mut app, Phase::Flipping);
    run_flip(&mut app, (Choice::Score(2), Choice::Score(4)));
    assert_eq!(
        view(&app).guesses,
        Some(PerSeat {
            client: Seat::Revealed(Choice::Score(3)),
            professional: Seat::Revealed(Choice::Pass),
        })
    );
    // Under each card what the other thought it would be.
    let lines = guess_lines(&mut app);
    assert_eq!(
        lines,
        [
            (
                Player::Client,
                "De cliënt raadde: Soms wel, soms niet".to_string()
            ),
            (
                Player::Professional,
                "De reclasseringswerker wist het niet".to_string()
            ),
        ]
    );
}

#[test]
fn in_turns_the_cover_comes_after_the_guess() {
    let options = guessing(Options {
        seed: Some(7),
        decks: Some(vec!["vertrouwen".into()]),
        ..Options::default()
    });
    let mut app = app(options);
    assert_eq!(phase(&app), Some(Phase::Cover));
    let first = view(&app).turn.expect("someone starts");
    press(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Some(Phase::Choosing));
    press(&mut app, KeyCode::Digit4);
    // Still this player's turn, on the same screen: now the guess.
    assert_eq!(phase(&app), Some(Phase::Choosing));
    assert_eq!(view(&app).turn, Some(first));
    press(&mut app, KeyCode::Digit2);
    assert_eq!(
        phase(&app),
        Some(Phase::Cover),
        "handed over after the guess"
    );
    assert_eq!(view(&app).turn, Some(first.other()));
    assert_nothing_revealed(&mut app, "in turns, one seat done");
}

/// The table, its sentences for a reader and the file kept for a crash, with the client's
/// guess `g` placed (and everything else the same).
fn table_with_guess(g: KeyCode, name: &str) -> (Vec<String>, Vec<String>, String) {
    let dir = crate::tempdir(name);
    let store = Store::new(&dir);
    let mut app = app_with_store(guessing(together("vertrouwen", 7)), Some(store));
    press(&mut app, KeyCode::Digit3);
    press(&mut app, g);
    press(&mut app, KeyCode::Digit8);
    updates(&mut app, 3);
    let (mut texts, _) = crate::game::headless::table_texts(&mut app);
    texts.sort();
    let conversation = app.world().resource::<Conversation>();
    let session = conversation.session();
    let langs = werkalliantiespel::lang::Languages::built_in();
    let lib = app
        .world()
        .resource::<werkalliantiespel::game::Cards>()
        .0
        .clone();
    let lines = werkalliantiespel::game::screens::speech::table_lines(
        &session.view(),
        ([&lib, &lib], langs.tr("nl")),
        session.selection(),
    );
    drop(app);
    let mut files = String::new();
    for f in files_in(&dir) {
        // The clock's second is no secret: the two runs may fall in different seconds.
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for line in text.lines() {
            if !line.trim_start().starts_with("updated_at:") {
                files.push_str(line);
                files.push('\n');
            }
        }
    }
    (texts, lines, files)
}

#[test]
fn a_hidden_guess_is_nowhere_before_the_flip() {
    let one = table_with_guess(KeyCode::Digit1, "guess-one");
    let five = table_with_guess(KeyCode::Digit5, "guess-five");
    assert_eq!(one.0, five.0, "the table's texts");
    assert_eq!(one.1, five.1, "the sentences a screen reader reads");
    assert!(
        one.1
            .iter()
            .any(|l| l == "De cliënt heeft gekozen en geraden."),
        "{:?}",
        one.1
    );
    assert_eq!(one.2, five.2, "the file kept for a crash");
    assert!(!one.2.is_empty(), "the conversation is kept as it goes");
}
