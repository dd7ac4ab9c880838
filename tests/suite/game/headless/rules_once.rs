//! Rules decided once: in each way of choosing, every key the screen offers and every button of
//! the play bar makes a move the rules accept now, and every move the rules allow now is
//! offered by a key. The rules' answer is [`Session::may`]; the keys, the buttons, the phones
//! and the screen reader (which reads the buttons) show it.
//!
//! One step is the screen's own, not the rules': in "om de beurt" the cover screen first asks
//! the other to look away. There `Enter` ("Ik ben aan de beurt") stands for the choice the
//! rules allow the seat on turn, and the choice keys come one screen later.

use bevy::prelude::*;
use rand::{RngExt, SeedableRng};
use werkalliantiespel::cli::Options;
use werkalliantiespel::game::screens::keys::{self, KeysHere};
use werkalliantiespel::game::{Action, Conversation, OwnAgain, OwnCardDraft, Phase, Screen};
use werkalliantiespel::session::{Mode, Move, Player, Session};

use super::*;

/// The move an offered action makes on the table (as the key input makes it: after a seat's
/// choice in "Raad de ander" its keys place its guess), if it makes one.
fn move_of(a: &Action, s: &Session, again: &OwnAgain) -> Option<Move> {
    let view = s.view();
    Some(match a {
        Action::Choose(p, h) if again.guessing(&view, *p) => Move::Guess(*p, Some(*h)),
        Action::Pass(p) if again.guessing(&view, *p) => Move::Guess(*p, None),
        Action::Choose(p, h) => Move::Choose(*p, *h),
        Action::Pass(p) => Move::Pass(*p),
        Action::Guess(p, g) => Move::Guess(*p, *g),
        Action::Skip => Move::Skip,
        Action::Next => Move::Next,
        Action::Rerate => Move::Rerate,
        Action::ToggleMark => Move::Mark(!view.marked),
        Action::OpenOwnCard => Move::AddOwnCard("Wat ik zelf wil vragen.".into()),
        Action::Pause(p) => Move::Pause(*p),
        Action::GoOn(_) => Move::GoOn(view.paused?),
        _ => return None,
    })
}

/// A key the screen offers, what it does, and whether it needs `Alt` here (a letter beside the
/// note field).
type Offer = (KeyCode, Action, bool);

/// Which moves count as one kind ("the same card again" with any value).
type Kind<'a> = &'a dyn Fn(&Move) -> bool;

/// Checks the keys and the bar against the rules here; returns what the keys offer.
fn check_here(app: &mut App, context: &str) -> Vec<Offer> {
    let here = app
        .world()
        .resource::<KeysHere>()
        .0
        .unwrap_or_else(|| panic!("{context}: the keys were never read"));
    let table = app.world().resource::<Conversation>();
    let session = table.session();
    let again = app.world().resource::<OwnAgain>();
    let may = session.may();
    assert_eq!(
        here.may, may,
        "{context}: the keys read another answer than the rules'"
    );
    let mut offered: Vec<Offer> = keys::offered(&here)
        .into_iter()
        .map(|(k, a)| (k, a, false))
        .collect();
    let alt = keys::Here { alt: true, ..here };
    for (k, a) in keys::offered(&alt) {
        if !offered.iter().any(|(o, _, _)| *o == k) {
            offered.push((k, a, true));
        }
    }
    // Everything the keys offer, the rules accept.
    for (key, action, _) in &offered {
        if let Some(m) = move_of(action, session, again) {
            assert!(
                session.allows(&m).is_ok(),
                "{context}: {key:?} offers {action:?}, the rules refuse it: {:?}",
                session.allows(&m)
            );
        }
        if *action == Action::AskPause {
            assert!(
                may.pause(),
                "{context}: {key:?} offers a pause the rules refuse"
            );
        }
        if *action == Action::ConfirmCover {
            let turn = session.view().turn;
            assert!(
                turn.is_some_and(|p| may.seats[p].choose || may.seats[p].guess),
                "{context}: the cover offers a turn the rules do not give ({turn:?})"
            );
        }
    }
    // The bar's buttons (a screen reader reads the same buttons).
    let phase = phase(app);
    if let (Some(phase), None) = (phase, here.cover) {
        let languages = werkalliantiespel::lang::Languages::built_in();
        let view = session.view();
        let mode = session.selection().mode;
        for (_, _, action) in werkalliantiespel::game::screens::play::bar_items(
            languages.tr("nl"),
            (&view, mode, phase),
            true,
        ) {
            if let Some(m) = move_of(&action, session, again) {
                assert!(
                    session.allows(&m).is_ok(),
                    "{context}: the bar offers {action:?}, the rules refuse it"
                );
            }
            if action == Action::AskPause {
                assert!(
                    may.pause(),
                    "{context}: the bar offers a pause the rules refuse"
                );
            }
        }
    }
    // Every move the rules allow, a key offers (where the screen is at rest: not while the
    // cards turn, not under the help or a question).
    let makes = |wanted: &dyn Fn(&Move) -> bool| {
        offered
            .iter()
            .any(|(_, a, _)| move_of(a, session, again).is_some_and(|m| wanted(&m)))
    };
    let resting = matches!(phase, Some(Phase::Cover | Phase::Choosing | Phase::Discuss));
    if here.cover.is_none() && resting {
        for p in Player::ALL {
            let seat = may.seats[p];
            if (seat.choose || seat.guess) && phase != Some(Phase::Cover) {
                assert!(
                    makes(
                        &|m| matches!(m, Move::Choose(q, _) | Move::Pass(q) | Move::Guess(q, _) if *q == p)
                    ),
                    "{context}: the rules let {p:?} choose, no key offers it"
                );
            }
        }
        if phase == Some(Phase::Cover) {
            assert!(
                offered.iter().any(|(_, a, _)| *a == Action::ConfirmCover),
                "{context}: the cover offers no way on"
            );
        }
        let kinds: [(bool, &str, Kind); 5] = [
            (may.skip, "skip", &|m| *m == Move::Skip),
            (may.next, "next", &|m| *m == Move::Next),
            (may.rerate, "rerate", &|m| *m == Move::Rerate),
            (may.mark, "mark", &|m| matches!(m, Move::Mark(_))),
            (may.own_card, "own card", &|m| {
                matches!(m, Move::AddOwnCard(_))
            }),
        ];
        for (allowed, name, wanted) in kinds {
            assert!(
                !allowed || makes(wanted),
                "{context}: the rules allow {name}, no key offers it"
            );
        }
        assert!(
            !may.pause() || offered.iter().any(|(_, a, _)| *a == Action::AskPause),
            "{context}: the rules allow a pause, no key offers it"
        );
    }
    if here.cover == Some(keys::Cover::Pause) {
        let by = session.paused().expect("a pause");
        assert!(
            offered.iter().any(|(_, a, _)| matches!(a, Action::GoOn(_))) == may.seats[by].go_on,
            "{context}: going on offered against the rules"
        );
    }
    offered
}

fn settle(app: &mut App) {
    for _ in 0..3 {
        app.update();
    }
}

/// Plays one conversation by keys the screen offers, chosen at random, checking every step.
fn play(mode: Mode, guess: bool, seed: u64) -> usize {
    let mut app = app(Options {
        seed: Some(seed),
        mode: Some(mode),
        guess,
        decks: Some(vec!["vertrouwen".into()]),
        ..Options::default()
    });
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Play, "{mode:?}: straight to play");
    let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut steps = 0;
    while screen(&app) == Screen::Play && steps < 400 {
        // Let the 3-2-1 and the flip run out: those are the screen's, not a step of a player.
        let mut n = 0;
        while matches!(
            phase(&app),
            Some(Phase::Countdown | Phase::Flipping | Phase::Dealing)
        ) && n < 200
        {
            app.update();
            n += 1;
        }
        if screen(&app) != Screen::Play {
            break;
        }
        let context = format!(
            "{mode:?} guess {guess} seed {seed} step {steps} ({:?})",
            phase(&app)
        );
        let offered = check_here(&mut app, &context);
        // A key the screen offers (Esc, V, F1 and F2 left out); a pause, an own card and the
        // same card again now and then, so that every conversation ends.
        let choices: Vec<&Offer> = offered
            .iter()
            .filter(|(_, a, _)| {
                !matches!(
                    a,
                    Action::Stop | Action::ReadAloud | Action::ToggleHelp | Action::ToggleLook
                )
            })
            .filter(|(_, a, _)| {
                !matches!(a, Action::AskPause | Action::Rerate | Action::OpenOwnCard)
                    || rng.random_range(0..6) == 0
            })
            .collect();
        assert!(
            !choices.is_empty(),
            "{context}: no key offered: {offered:?}"
        );
        let (key, action, alt) = choices[rng.random_range(0..choices.len())].clone();
        if alt {
            press_alt(&mut app, key);
        } else {
            press(&mut app, key);
        }
        settle(&mut app);
        match action {
            // The own card's field: no key in it makes a move but its own; closed again.
            Action::OpenOwnCard => {
                assert!(
                    app.world().resource::<OwnCardDraft>().open,
                    "{context}: K opened no field"
                );
                check_here(&mut app, &format!("{context}, own card field"));
                press(&mut app, KeyCode::Escape);
                settle(&mut app);
            }
            // The question who pauses, then the pause: only going on is offered.
            Action::AskPause => {
                let offered = check_here(&mut app, &format!("{context}, who pauses"));
                let who = offered
                    .iter()
                    .find(|(_, a, _)| matches!(a, Action::Pause(_)));
                let (k, _, _) = who.unwrap_or_else(|| panic!("{context}: nobody offered a pause"));
                press(&mut app, *k);
                settle(&mut app);
                let offered = check_here(&mut app, &format!("{context}, paused"));
                assert!(
                    offered.iter().all(|(_, a, _)| !matches!(
                        a,
                        Action::Choose(..)
                            | Action::Pass(_)
                            | Action::Guess(..)
                            | Action::Next
                            | Action::Skip
                    )),
                    "{context}: keys move the table during a pause: {offered:?}"
                );
                let (k, _, _) = offered
                    .iter()
                    .find(|(_, a, _)| matches!(a, Action::GoOn(_)))
                    .unwrap_or_else(|| panic!("{context}: no way out of the pause"));
                press(&mut app, *k);
                settle(&mut app);
            }
            _ => {}
        }
        steps += 1;
    }
    assert_eq!(
        screen(&app),
        Screen::Summary,
        "{mode:?} guess {guess} seed {seed}: never ended"
    );
    steps
}

#[test]
fn every_key_and_button_offered_is_a_move_the_rules_accept() {
    let mut steps = 0;
    for (mode, guess) in [
        (Mode::TakeTurns, false),
        (Mode::Together, false),
        (Mode::TakeTurns, true),
        (Mode::Together, true),
    ] {
        for seed in 0..3 {
            steps += play(mode, guess, seed);
        }
    }
    assert!(steps > 150, "too few steps checked: {steps}");
}

/// The phones: each seat's view carries the rules' answer, the page offers what it allows.
#[test]
fn a_phone_is_offered_what_the_rules_allow_its_seat() {
    use werkalliantiespel::phone::SeatView;
    use werkalliantiespel::session::{Hidden, Selection};
    let lib = crate::shipped();
    let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(5);
    let mut checked = 0;
    for guess in [false, true] {
        let selection = Selection {
            mode: Mode::Phones,
            guess,
            field: "reclassering".into(),
            ..Selection::default()
        };
        let mut s = Session::new(&lib, selection).expect("a session");
        for _ in 0..300 {
            if s.is_finished() {
                break;
            }
            let may = s.may();
            for p in Player::ALL {
                let seat = SeatView::of(&s.view(), p, &lib, s.selection());
                assert_eq!(
                    seat.may, may.seats[p],
                    "the phone's view holds the rules' answer"
                );
                let buttons = matches!(seat.state, "kiezen" | "raden" | "gekozen");
                assert_eq!(
                    buttons,
                    may.seats[p].choose || may.seats[p].guess,
                    "{p:?} in {}: the page's buttons against the rules",
                    seat.state
                );
                if seat.can_add_own {
                    assert!(s.allows(&Move::AddOwnCard("Mijn vraag.".into())).is_ok());
                }
                assert_eq!(seat.pause == "mine", may.seats[p].go_on);
                checked += 1;
            }
            let p = Player::ALL[rng.random_range(0..2)];
            let m = match rng.random_range(0..8) {
                0..=2 => Move::Choose(p, Hidden::new(rng.random_range(1..=5)).expect("1-5")),
                3 => Move::Guess(p, Hidden::new(3)),
                4 => Move::Pause(p),
                5 => Move::GoOn(p),
                6 => Move::Reveal,
                _ => Move::Next,
            };
            // What the rules refuse changes nothing; `may` said so beforehand.
            let allowed = may.offers(&m);
            let before = s.view();
            match s.apply(m.clone()) {
                Ok(_) => assert!(allowed, "{m:?} went through, `may` said no"),
                Err(_) => {
                    assert!(!allowed, "{m:?} refused, `may` said yes");
                    assert_eq!(s.view(), before, "{m:?} was refused and changed the table");
                }
            }
        }
    }
    assert!(checked > 200, "{checked}");
}
