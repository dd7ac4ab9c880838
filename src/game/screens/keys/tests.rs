//! The key contract: which key does what, on which screen, for whom.

use super::*;
use crate::settings::TextSize;

fn here(screen: Screen, phase: Option<Phase>, mode: Mode, turn: Option<Player>) -> Here {
    Here {
        screen,
        phase,
        mode,
        turn,
        cover: None,
        look: Settings::default(),
        may: May::all(),
        typing: false,
        alt: false,
        steps: *crate::deck::SCALE_STEPS.end(),
    }
}

fn action_for(
    key: KeyCode,
    screen: Screen,
    phase: Option<Phase>,
    mode: Mode,
    turn: Option<Player>,
) -> Option<Action> {
    action(key, &here(screen, phase, mode, turn))
}

fn choose(p: Player, v: u8) -> Action {
    Action::Choose(p, Hidden::new(v).expect("1 to 5"))
}

#[test]
fn together_keys_follow_the_contract() {
    let a = |k| action_for(k, Screen::Play, Some(Phase::Choosing), Mode::Together, None);
    assert_eq!(a(KeyCode::Digit1), Some(choose(Player::Client, 1)));
    assert_eq!(a(KeyCode::Digit5), Some(choose(Player::Client, 5)));
    assert_eq!(a(KeyCode::Digit6), Some(choose(Player::Professional, 1)));
    assert_eq!(a(KeyCode::Digit9), Some(choose(Player::Professional, 4)));
    assert_eq!(a(KeyCode::Digit0), Some(choose(Player::Professional, 5)));
    assert_eq!(a(KeyCode::KeyQ), Some(Action::Pass(Player::Client)));
    assert_eq!(a(KeyCode::KeyP), Some(Action::Pass(Player::Professional)));
    assert_eq!(a(KeyCode::Escape), Some(Action::Stop));
    // The number pad is the professional's: it never sets the client's hidden choice.
    assert_eq!(a(KeyCode::Numpad2), Some(choose(Player::Professional, 2)));
    assert_eq!(a(KeyCode::Numpad5), Some(choose(Player::Professional, 5)));
    assert_eq!(a(KeyCode::Numpad7), None);
    assert_eq!(a(KeyCode::Numpad0), None);
}

#[test]
fn turn_keys_choose_for_whoever_is_on_turn() {
    let a = |k, t| {
        action_for(
            k,
            Screen::Play,
            Some(Phase::Choosing),
            Mode::TakeTurns,
            Some(t),
        )
    };
    assert_eq!(
        a(KeyCode::Digit3, Player::Professional),
        Some(choose(Player::Professional, 3))
    );
    assert_eq!(a(KeyCode::Digit7, Player::Client), None);
    assert_eq!(
        a(KeyCode::KeyP, Player::Client),
        Some(Action::Pass(Player::Client))
    );
    let cover = action_for(
        KeyCode::Space,
        Screen::Play,
        Some(Phase::Cover),
        Mode::TakeTurns,
        Some(Player::Client),
    );
    assert_eq!(cover, Some(Action::ConfirmCover));
}

#[test]
fn a_key_makes_no_move_the_rules_refuse() {
    // The same screen and step; only the rules' answer differs.
    let mut h = here(Screen::Play, Some(Phase::Choosing), Mode::Together, None);
    assert_eq!(action(KeyCode::Digit3, &h), Some(choose(Player::Client, 3)));
    h.may.seats.client.choose = false;
    h.may.seats.client.guess = false;
    assert_eq!(
        action(KeyCode::Digit3, &h),
        None,
        "the client may not choose now"
    );
    assert_eq!(
        action(KeyCode::Digit8, &h),
        Some(choose(Player::Professional, 3))
    );
    assert_eq!(action(KeyCode::KeyS, &h), Some(Action::Skip));
    h.may.skip = false;
    assert_eq!(
        action(KeyCode::KeyS, &h),
        None,
        "skip only before anyone chose"
    );
    let mut talk = here(Screen::Play, Some(Phase::Discuss), Mode::Together, None);
    assert_eq!(action(KeyCode::Enter, &talk), Some(Action::Next));
    talk.may = May::default();
    assert_eq!(action(KeyCode::Enter, &talk), None);
    assert_eq!(
        action(KeyCode::Escape, &talk),
        Some(Action::Stop),
        "stopping needs no move"
    );
}

#[test]
fn themes_keys() {
    let a = |k| action_for(k, Screen::Themes, None, Mode::TakeTurns, None);
    assert_eq!(a(KeyCode::Digit1), Some(Action::ToggleDeck(0)));
    assert_eq!(a(KeyCode::Digit4), Some(Action::ToggleDeck(3)));
    assert_eq!(a(KeyCode::KeyK), Some(Action::ToggleShort));
    assert_eq!(a(KeyCode::KeyA), Some(Action::AllDecks));
    assert_eq!(a(KeyCode::Enter), Some(Action::Continue));
}

#[test]
fn a_cover_takes_only_its_own_keys() {
    let mut h = here(Screen::Play, Some(Phase::Choosing), Mode::Together, None);
    h.cover = Some(Cover::AskStop);
    assert_eq!(
        action(KeyCode::Digit3, &h),
        None,
        "no choice under the question"
    );
    assert_eq!(action(KeyCode::KeyJ, &h), Some(Action::ConfirmStop));
    assert_eq!(action(KeyCode::Escape, &h), Some(Action::CancelStop));
    assert_eq!(
        action(KeyCode::F1, &h),
        None,
        "the question is answered first"
    );
    h.cover = Some(Cover::Look);
    assert_eq!(
        action(KeyCode::Digit4, &h),
        Some(Action::SetTextSize(TextSize::Largest))
    );
    assert_eq!(
        action(KeyCode::KeyC, &h),
        Some(Action::SetContrast(Contrast::High))
    );
    assert_eq!(action(KeyCode::Escape, &h), Some(Action::ToggleLook));
    h.cover = Some(Cover::Help);
    assert_eq!(action(KeyCode::KeyS, &h), None);
    assert_eq!(action(KeyCode::Escape, &h), Some(Action::ToggleHelp));
    h.screen = Screen::Start;
    h.cover = Some(Cover::Resume);
    assert_eq!(action(KeyCode::Enter, &h), Some(Action::Resume));
    assert_eq!(action(KeyCode::KeyE, &h), None);
}

#[test]
fn every_row_has_words_and_keys_in_both_languages() {
    let languages = crate::lang::Languages::built_in();
    for code in ["nl", "en"] {
        let tr = languages.tr(code);
        for b in KEYS {
            assert!(!b.keys.is_empty());
            if let Some(g) = b.group {
                for key in [g, b.help] {
                    let words = tr.t(key);
                    assert!(!words.is_empty() && words != key, "{code}: {key}");
                }
            }
        }
        assert!(help_groups(tr).len() >= 8);
    }
}

#[test]
fn buttons_show_the_key_that_does_the_same() {
    assert_eq!(hint(&Action::ToggleHelp), "F1");
    assert_eq!(hint(&Action::ToggleLook), "F2");
    assert_eq!(hint(&Action::Next), "Enter");
    // On screens with a text field a letter key needs Alt, and the button says so.
    assert_eq!(hint(&Action::Rerate), "Alt+R");
    assert_eq!(hint(&Action::Save), "Alt+B");
    assert_eq!(hint_typing(&Action::AskPause, true), "Alt+E");
    assert_eq!(hint_typing(&Action::AskPause, false), "E");
    assert_eq!(hint(&Action::ConfirmStop), "J");
    // "Voorlezen": V while playing, Alt+V beside the note field.
    assert_eq!(hint(&Action::ReadAloud), "V");
    assert_eq!(hint_typing(&Action::ReadAloud, true), "Alt+V");
    assert_eq!(hint_in(When::PlayOnPhones, &Action::TogglePhones), "T");
    assert_eq!(hint(&Action::TogglePhones), "Enter");
}

#[test]
fn a_letter_beside_a_text_field_plays_nothing_but_alt_and_covers_keep_their_keys() {
    let mut talk = here(Screen::Play, Some(Phase::Discuss), Mode::Together, None);
    talk.typing = Here::has_field(Screen::Play, Some(Phase::Discuss));
    assert!(talk.typing);
    for key in [
        KeyCode::KeyR,
        KeyCode::KeyM,
        KeyCode::KeyE,
        KeyCode::KeyK,
        KeyCode::KeyV,
    ] {
        assert_eq!(action(key, &talk), None, "{key:?} is for the note field");
    }
    // Enter and Esc are no letters: they still play.
    assert_eq!(action(KeyCode::Enter, &talk), Some(Action::Next));
    assert_eq!(action(KeyCode::Escape, &talk), Some(Action::Stop));
    talk.alt = true;
    assert_eq!(action(KeyCode::KeyR, &talk), Some(Action::Rerate));
    assert_eq!(action(KeyCode::KeyM, &talk), Some(Action::ToggleMark));
    assert_eq!(action(KeyCode::KeyV, &talk), Some(Action::ReadAloud));
    // A question over the screen takes its letters bare (J: "ja, stoppen").
    talk.alt = false;
    talk.cover = Some(Cover::AskStop);
    assert_eq!(action(KeyCode::KeyJ, &talk), Some(Action::ConfirmStop));
    // Choosing has no field: letters play bare.
    assert!(!Here::has_field(Screen::Play, Some(Phase::Choosing)));
    let choosing = here(Screen::Play, Some(Phase::Choosing), Mode::Together, None);
    assert_eq!(
        action(KeyCode::KeyQ, &choosing),
        Some(Action::Pass(Player::Client))
    );
}

#[test]
fn the_rating_buttons_show_the_keys_of_the_table() {
    let together = here(Screen::Play, Some(Phase::Choosing), Mode::Together, None);
    let key = |h: &Here, a: Action| key_for(h, &a).map(cap);
    let score = |p, v| Action::Choose(p, Hidden::new(v).expect("1 to 5"));
    assert_eq!(
        key(&together, score(Player::Client, 1)).as_deref(),
        Some("1")
    );
    assert_eq!(
        key(&together, score(Player::Professional, 1)).as_deref(),
        Some("6")
    );
    assert_eq!(
        key(&together, score(Player::Professional, 5)).as_deref(),
        Some("0")
    );
    assert_eq!(
        key(&together, Action::Pass(Player::Client)).as_deref(),
        Some("Q")
    );
    assert_eq!(
        key(&together, Action::Pass(Player::Professional)).as_deref(),
        Some("P")
    );
    let turns = here(
        Screen::Play,
        Some(Phase::Choosing),
        Mode::TakeTurns,
        Some(Player::Professional),
    );
    assert_eq!(
        key(&turns, score(Player::Professional, 3)).as_deref(),
        Some("3")
    );
    assert_eq!(
        key(&turns, Action::Pass(Player::Professional)).as_deref(),
        Some("P")
    );
    assert_eq!(key(&turns, score(Player::Client, 3)), None, "not on turn");
}
