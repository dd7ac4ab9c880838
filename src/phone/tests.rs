//! The phone rules: views, messages, seats, the rate limit.

use super::*;

#[test]
fn messages_are_read_strictly() {
    assert_eq!(
        parse_message(r#"{"t":"choose","score":3}"#),
        Ok(PhoneMessage::Choose {
            score: crate::session::Hidden::new(3).unwrap()
        })
    );
    assert_eq!(parse_message(r#"{"t":"pass"}"#), Ok(PhoneMessage::Pass));
    // "pass" takes no fields, like the others take only their own.
    assert_eq!(
        parse_message(r#"{"t":"pass","x":1}"#),
        Err(Refusal::NotUnderstood)
    );
    // Beyond every scale a pack may have (2 to 7 steps); a score beyond this pack's scale is
    // the session's to refuse.
    assert_eq!(
        parse_message(r#"{"t":"choose","score":8}"#),
        Err(Refusal::BadScore)
    );
    assert_eq!(
        parse_message(r#"{"t":"choose","score":0}"#),
        Err(Refusal::BadScore)
    );
    assert_eq!(
        parse_message(r#"{"t":"choose","score":3,"x":1}"#),
        Err(Refusal::NotUnderstood)
    );
    // "Raad de ander": 1 to 5, or 0 for "Weet ik niet"; nothing else.
    assert_eq!(
        parse_message(r#"{"t":"guess","score":4}"#),
        Ok(PhoneMessage::Guess {
            guess: crate::session::Hidden::new(4)
        })
    );
    assert_eq!(
        parse_message(r#"{"t":"guess","score":0}"#),
        Ok(PhoneMessage::Guess { guess: None })
    );
    assert_eq!(
        parse_message(r#"{"t":"guess","score":8}"#),
        Err(Refusal::BadScore)
    );
    assert_eq!(
        parse_message(r#"{"t":"guess"}"#),
        Err(Refusal::NotUnderstood)
    );
    assert_eq!(parse_message("garbage"), Err(Refusal::NotUnderstood));
    assert_eq!(
        parse_message(&format!(r#"{{"t":"pass","pad":"{}"}}"#, "x".repeat(1100))),
        Err(Refusal::TooBig)
    );
    assert_eq!(
        parse_message(r#"{"t":"join","seat":"boss","device":"abcdefabcdefabcdef"}"#),
        Err(Refusal::UnknownSeat)
    );
    assert_eq!(
        parse_message(r#"{"t":"join","seat":"client","device":"short"}"#),
        Err(Refusal::BadDevice)
    );
    assert_eq!(
        parse_message(r#"{"t":"join","seat":"client","device":"abcdefabcdef<script>"}"#),
        Err(Refusal::BadDevice)
    );
}

#[test]
fn a_seat_belongs_to_one_device() {
    let mut seats = Seats::default();
    seats.join(Player::Client, "phone-a-0000000000").unwrap();
    assert_eq!(
        seats.join(Player::Client, "phone-b-0000000000"),
        Err(Refusal::SeatTaken)
    );
    // The same phone comes back.
    assert_eq!(seats.join(Player::Client, "phone-a-0000000000"), Ok(()));
    // One phone, one seat: moving frees the first.
    seats
        .join(Player::Professional, "phone-a-0000000000")
        .unwrap();
    assert_eq!(seats.holder(Player::Client), None);
    seats.join(Player::Client, "phone-b-0000000000").unwrap();
    seats.free(Player::Client);
    assert_eq!(seats.join(Player::Client, "phone-c-0000000000"), Ok(()));
}

#[test]
fn a_refused_join_changes_nothing() {
    // a holds the client seat, b the professional's; a asks for b's seat and is refused: a
    // still holds its own, and nobody else can take it.
    let mut seats = Seats::default();
    seats.join(Player::Client, "phone-a-0000000000").unwrap();
    seats
        .join(Player::Professional, "phone-b-0000000000")
        .unwrap();
    let before = seats.clone();
    assert_eq!(
        seats.join(Player::Professional, "phone-a-0000000000"),
        Err(Refusal::SeatTaken)
    );
    assert_eq!(seats, before);
    assert_eq!(
        seats.join(Player::Client, "phone-c-0000000000"),
        Err(Refusal::SeatTaken)
    );
}

#[test]
fn every_refusal_has_its_own_place_and_code() {
    for (i, r) in Refusal::ALL.iter().enumerate() {
        assert_eq!(r.index(), i);
    }
    let codes: std::collections::BTreeSet<_> = Refusal::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes.len(), Refusal::ALL.len());
}

#[test]
fn rate_limit_allows_a_burst_then_refills() {
    let t0 = Instant::now();
    let mut r = RateLimit::new(3, 2.0, t0);
    assert!(r.allow(t0) && r.allow(t0) && r.allow(t0));
    assert!(!r.allow(t0));
    assert!(r.allow(t0 + Duration::from_millis(600)));
    assert!(!r.allow(t0 + Duration::from_millis(600)));
}

#[test]
fn secrets_are_128_bits_and_new_each_time() {
    let a = new_secret();
    assert_eq!(a.len(), 32);
    assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_ne!(a, new_secret());
}

#[test]
fn no_phone_hint_only_after_a_while_and_only_without_a_phone() {
    use std::time::Duration;
    let later = NO_PHONE_HINT_AFTER + Duration::from_secs(1);
    assert_eq!(no_phone_hint(Duration::from_secs(10), false, 0), None);
    assert_eq!(no_phone_hint(later, true, 0), None);
    let tr = crate::lang::Languages::built_in();
    let tr = tr.tr("nl");
    let nothing = tr.t(no_phone_hint(later, false, 0).expect("a hint"));
    assert!(nothing.contains("firewall") && nothing.contains("Tegelijk"));
    let opened = tr.t(no_phone_hint(later, false, 3).expect("a hint"));
    assert!(opened.contains("opende de pagina"));
    for text in [nothing, opened] {
        for sentence in text.split(['.', '?']) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 12, "B1: at most 12 words: {sentence}");
        }
    }
}
