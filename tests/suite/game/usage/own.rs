//! "Eigen kaart" in the game: `K` opens the field between cards only, the sentence lies on the
//! table for both (the sprites show it), a field with no words says so and stays open, Esc
//! closes it, and the summary's profile lists the own card.

use super::*;
use werkalliantiespel::game::{Action, Notices, OwnCardDraft, Source};

fn draft(app: &App) -> OwnCardDraft {
    app.world().resource::<OwnCardDraft>().clone()
}

fn act(app: &mut App, a: Action) {
    app.world_mut().resource_mut::<Messages<Action>>().write(a);
    app.update();
    app.update();
}

fn said(app: &App) -> String {
    app.world()
        .resource::<Notices>()
        .get(Source::Answer)
        .unwrap_or_default()
        .to_string()
}

#[test]
fn an_own_card_is_written_between_cards_and_played() {
    let mut app = app(together("vertrouwen", 7));
    // Before anyone chose: K opens the field; the card goes on the table at once.
    press(&mut app, KeyCode::KeyK);
    assert!(draft(&app).open);
    act(&mut app, Action::AddOwnCard("Ik weet wat ik wil.".into()));
    assert!(!draft(&app).open);
    assert_eq!(said(&app), "Jullie eigen kaart ligt nu op tafel.");
    assert_eq!(view(&app).own.as_deref(), Some("Ik weet wat ik wil."));
    let (texts, _) = crate::game::headless::table_texts(&mut app);
    assert!(
        texts.iter().any(|t| t == "Ik weet wat ik wil."),
        "the sentence on the table: {texts:?}"
    );
    // While choosing: K does nothing.
    press(&mut app, KeyCode::Digit4);
    press(&mut app, KeyCode::KeyK);
    assert!(!draft(&app).open);
    press(&mut app, KeyCode::Digit7);
    until(&mut app, Phase::Discuss);
    // After the flip (the note field takes letters: Alt): no words is said, the field stays;
    // Esc closes it.
    press_alt(&mut app, KeyCode::KeyK);
    assert!(draft(&app).open);
    assert_eq!(said(&app), "", "a new field starts with nothing said");
    act(&mut app, Action::AddOwnCard("  ".into()));
    assert!(draft(&app).open);
    assert_eq!(said(&app), "Schrijf eerst een zin.");
    press(&mut app, KeyCode::Escape);
    assert!(!draft(&app).open);
    assert!(
        !app.world().resource::<AskStop>().0,
        "Esc closed only the field"
    );
    press_alt(&mut app, KeyCode::KeyK);
    act(&mut app, Action::AddOwnCard("We praten over werk.".into()));
    assert_eq!(said(&app), "Jullie eigen kaart komt hierna.");
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).own.as_deref(), Some("We praten over werk."));
    assert_eq!(said(&app), "", "said once it came");
    play_card(&mut app, KeyCode::Digit2, KeyCode::Digit0);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::KeyJ);
    assert_eq!(screen(&app), Screen::Summary);
    let record = app.world().resource::<Conversation>().session().record();
    let lib = crate::shipped();
    let profile = werkalliantiespel::profile::Profile::of(&record, &lib);
    let own: Vec<_> = profile.own.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(own, ["Ik weet wat ik wil.", "We praten over werk."]);
}

/// A sentence that comes while the cards still turn (a phone may send it then) comes next, and
/// the table says so.
#[test]
fn an_own_card_written_during_the_flip_comes_next() {
    let mut app = app(together("vertrouwen", 7));
    press(&mut app, KeyCode::Digit4);
    press(&mut app, KeyCode::Digit7);
    until(&mut app, Phase::Flipping);
    act(&mut app, Action::AddOwnCard("Tijdens het draaien.".into()));
    assert_eq!(said(&app), "Jullie eigen kaart komt hierna.");
    until(&mut app, Phase::Discuss);
    press(&mut app, KeyCode::Enter);
    assert_eq!(view(&app).own.as_deref(), Some("Tijdens het draaien."));
}
