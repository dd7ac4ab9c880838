//! A seat's view never holds the other seat's hidden choice.

use super::*;

/// Two views of a fresh shipped session, for the server tests.
pub(super) fn sample_views() -> (SeatView, SeatView) {
    let lib = crate::shipped();
    let session = Session::new(&lib, selection(1)).unwrap();
    let v = session.view();
    (
        SeatView::of(&v, Player::Client, &lib, session.selection()),
        SeatView::of(&v, Player::Professional, &lib, session.selection()),
    )
}

pub(super) fn selection(seed: u64) -> Selection {
    Selection {
        kenmerken: vec![],
        short: false,
        field: "reclassering".into(),
        wording: Default::default(),
        mode: Mode::Phones,
        seed,
        languages: Default::default(),
        guess: false,
        ..Selection::default()
    }
}

/// Non-interference: two sessions that differ only in the other seat's hidden choice give each
/// seat the very same view, over thousands of random steps. So no view (and no message built
/// from one) can carry the other's choice before the reveal.
#[test]
fn a_seat_view_never_holds_the_other_seats_hidden_choice() {
    let lib = crate::shipped();
    let mut rng = rand::rngs::Xoshiro256PlusPlus::seed_from_u64(11);
    let mut checked = 0;
    // Pairs of sessions whose other seat really chose differently (both choices taken).
    let mut twins = 0;
    for game in 0..40 {
        let mut a = Session::new(&lib, selection(game)).unwrap();
        let mut b = a.clone();
        for _ in 0..300 {
            let v = a.view();
            if v.phase == CardState::Finished {
                break;
            }
            match rng.random_range(0..10) {
                0..=5 => {
                    // Both sessions get the same choice for one seat, and different hidden
                    // choices for the other seat when it chooses too.
                    let p = if rng.random_bool(0.5) {
                        Player::Client
                    } else {
                        Player::Professional
                    };
                    let x = rng.random_range(1..=5u8);
                    let other = p.other();
                    assert_eq!(a.choose(p, x).is_ok(), b.choose(p, x).is_ok());
                    if rng.random_bool(0.5) {
                        // The other seat: a score in `a`; in `b` a pass or another score.
                        let mine = rng.random_range(1..=5u8);
                        let yours = 1 + (mine + rng.random_range(0..4u8)) % 5;
                        assert_ne!(mine, yours);
                        let in_a = a.choose(other, mine);
                        let in_b = if rng.random_bool(0.3) {
                            b.pass(other)
                        } else {
                            b.choose(other, yours)
                        };
                        assert_eq!(in_a.is_ok(), in_b.is_ok(), "the twins went apart");
                        if in_a.is_err() {
                            // Not a moment for choosing (the talk, a finished card): nothing
                            // differs, nothing to compare.
                            b = a.clone();
                            continue;
                        }
                        twins += 1;
                        // Before the reveal, each seat sees only its own side.
                        for seat in [p, other] {
                            let va = SeatView::of(&a.view(), seat, &lib, a.selection());
                            let vb = SeatView::of(&b.view(), seat, &lib, b.selection());
                            if seat == p {
                                assert_eq!(va, vb, "{seat:?} learned the other's choice");
                                assert_eq!(
                                    serde_json::to_string(&va).unwrap(),
                                    serde_json::to_string(&vb).unwrap()
                                );
                            }
                            if !matches!(a.view().phase, CardState::Revealed { .. }) {
                                assert!(va.mine.is_none() && va.theirs.is_none());
                            }
                            checked += 1;
                        }
                        // Make the two sessions equal again before going on.
                        b = a.clone();
                    }
                }
                6 => {
                    let _ = a.reveal();
                    b = a.clone();
                }
                7 => {
                    let _ = a.next_card();
                    b = a.clone();
                }
                8 => {
                    let _ = a.rerate();
                    b = a.clone();
                }
                _ => {
                    let _ = a.skip();
                    b = a.clone();
                }
            }
            for seat in [Player::Client, Player::Professional] {
                let view: TableView = a.view();
                let sv = SeatView::of(&view, seat, &lib, a.selection());
                let revealed = matches!(view.phase, CardState::Revealed { .. });
                assert_eq!(sv.theirs.is_some(), revealed);
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} views checked");
    assert!(twins > 1000, "only {twins} twin pairs that differ");
}

/// A phone offers an own card after the flip only (it comes next): not while choosing, not
/// during a pause.
#[test]
fn a_phone_offers_an_own_card_between_cards_only() {
    let lib = crate::shipped();
    let mut s = Session::new(&lib, selection(4)).unwrap();
    let offers = |s: &Session| {
        Player::ALL.map(|p| SeatView::of(&s.view(), p, &lib, s.selection()).can_add_own)
    };
    assert_eq!(offers(&s), [false, false]);
    s.choose(Player::Client, 2).unwrap();
    assert_eq!(offers(&s), [false, false]);
    s.choose(Player::Professional, 2).unwrap();
    s.reveal().unwrap();
    assert_eq!(offers(&s), [true, true]);
    s.apply(werkalliantiespel::session::Move::Pause(Player::Client))
        .unwrap();
    assert_eq!(offers(&s), [false, false]);
}

/// "Raad de ander": a seat's view holds nothing of the other seat's hidden guess, and its own
/// guess shows only after the flip.
#[test]
fn a_seat_view_never_holds_the_other_seats_hidden_guess() {
    let lib = crate::shipped();
    let mut sel = selection(9);
    sel.guess = true;
    let play = |guess: Option<u8>| {
        let mut s = Session::new(&lib, sel.clone()).unwrap();
        s.choose(Player::Client, 2).unwrap();
        s.choose(Player::Professional, 4).unwrap();
        s.apply(werkalliantiespel::session::Move::Guess(
            Player::Professional,
            guess.and_then(werkalliantiespel::session::Hidden::new),
        ))
        .unwrap();
        s
    };
    let (a, b) = (play(Some(1)), play(None));
    let seat = |s: &Session, p: Player| SeatView::of(&s.view(), p, &lib, s.selection());
    assert_eq!(seat(&a, Player::Client), seat(&b, Player::Client));
    assert_eq!(seat(&a, Player::Client).state, "raden");
    assert_eq!(
        seat(&a, Player::Professional),
        seat(&b, Player::Professional)
    );
    assert_eq!(seat(&a, Player::Professional).state, "gekozen");
    assert!(seat(&a, Player::Professional).my_guess.is_none());
}
