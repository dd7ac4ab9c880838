//! A hidden value stays hidden in the types too: a score on its way to the table (from a key, a
//! button or a phone) prints no number, whatever prints it.

use werkalliantiespel::game::Action;
use werkalliantiespel::phone::server::PhoneEvent;
use werkalliantiespel::phone::{PhoneMessage, parse_message};
use werkalliantiespel::session::{Hidden, Player};

#[test]
fn a_score_on_its_way_prints_no_number() {
    for score in 1..=5u8 {
        let h = Hidden::new(score).expect("1 to 5");
        // What the phone sent, as the server reads it: face down from the first step.
        let read = parse_message(&format!(r#"{{"t":"choose","score":{score}}}"#));
        assert_eq!(read, Ok(PhoneMessage::Choose { score: h }));
        for p in [Player::Client, Player::Professional] {
            for text in [
                format!("{h:?}"),
                format!("{:?}", Action::Choose(p, h)),
                format!("{:#?}", Action::Choose(p, h)),
                format!("{:?}", PhoneEvent::Chose(p, h)),
                format!("{read:?}"),
                format!("{read:#?}"),
            ] {
                assert!(
                    !text.chars().any(|c| c.is_ascii_digit()),
                    "a number in {text:?}"
                );
            }
        }
    }
    // The same text for every score: nothing to tell them apart by.
    let texts: std::collections::BTreeSet<String> = (1..=5u8)
        .filter_map(Hidden::new)
        .map(|h| format!("{:?}", Action::Choose(Player::Client, h)))
        .collect();
    assert_eq!(texts.len(), 1);
}

#[test]
fn only_a_step_of_some_scale_can_be_hidden() {
    // A pack's scale has 2 to 7 steps; the session refuses a step beyond its own scale
    // (tests/suite/deck/packs.rs).
    assert!(Hidden::new(0).is_none());
    assert!(Hidden::new(8).is_none());
    assert!((1..=7).all(|s| Hidden::new(s).is_some()));
}
