//! What a phone may say, read strictly, and why a message is refused.

use serde::Deserialize;

use crate::session::{Hidden, Player};

use super::MAX_MESSAGE_BYTES;

/// What a phone may send, as read: anything else is refused. A score is face down from here on
/// ([`Hidden`]: its `Debug` shows no number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneMessage {
    /// Take a seat. `device` is a random id the page keeps for this conversation only (in the
    /// address' fragment, never stored), so a phone that comes back gets its own seat again.
    Join { seat: String, device: String },
    /// A score from 1 to 5.
    Choose { score: Hidden },
    /// "Sla ik over".
    Pass,
    /// "Raad de ander": the guess of the other's choice, face down (`None`: "Weet ik niet").
    Guess { guess: Option<Hidden> },
    /// "Even pauze" for this phone's seat.
    Pause,
    /// The end of this seat's pause ("Verder gaan").
    GoOn,
    /// "Eigen kaart": this player's own sentence, for the next card (at most
    /// [`crate::session::MAX_OWN_CARD_CHARS`] characters). Its `Debug` shows no words.
    OwnCard(OwnWords),
}

/// The words of an own card from a phone: shown on the table and to both phones, never in a
/// log line (`Debug` says only how long they are).
#[derive(Clone, PartialEq, Eq)]
pub struct OwnWords(pub String);

impl std::fmt::Debug for OwnWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OwnWords({} chars)", self.0.chars().count())
    }
}

/// The message's shape on the wire. Every kind takes exactly its own fields ("pass" none).
#[derive(Deserialize)]
#[serde(tag = "t", rename_all = "lowercase", deny_unknown_fields)]
enum Wire {
    Join {
        seat: String,
        device: String,
    },
    Choose {
        score: u8,
    },
    Pass {},
    /// 1 to 5, or 0 for "Weet ik niet".
    Guess {
        score: u8,
    },
    Pause {},
    Verder {},
    Eigen {
        tekst: String,
    },
}

/// Why a message from a phone was refused; the phone shows the Dutch text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    TooBig,
    NotUnderstood,
    UnknownSeat,
    BadDevice,
    SeatTaken,
    NoSeat,
    BadScore,
    TooFast,
    /// A move the rules would refuse now (a pause during a pause, "verder" for another's
    /// pause, a choice after the flip, an own card before it).
    NotNow,
    /// This seat's own card already waits for the next card.
    OwnCardWaits,
    /// This seat wrote [`super::MAX_OWN_CARDS_PER_SEAT`] own cards already.
    OwnCardsEnough,
}

impl Refusal {
    /// A short name, for the page's words in the phone's language (`telefoon-geweigerd-<code>`).
    pub const fn code(&self) -> &'static str {
        match self {
            Refusal::TooBig => "te-lang",
            Refusal::NotUnderstood => "niet-begrepen",
            Refusal::UnknownSeat => "onbekende-plek",
            Refusal::BadDevice => "foute-code",
            Refusal::SeatTaken => "plek-bezet",
            Refusal::NoSeat => "geen-plek",
            Refusal::BadScore => "foute-keuze",
            Refusal::TooFast => "te-snel",
            Refusal::NotNow => "niet-nu",
            Refusal::OwnCardWaits => "eigen-wacht",
            Refusal::OwnCardsEnough => "eigen-genoeg",
        }
    }

    /// Where this refusal stands in [`Refusal::ALL`].
    pub fn index(&self) -> usize {
        Refusal::ALL.iter().position(|r| r == self).unwrap_or(0)
    }

    pub const ALL: [Refusal; 11] = [
        Refusal::TooBig,
        Refusal::NotUnderstood,
        Refusal::UnknownSeat,
        Refusal::BadDevice,
        Refusal::SeatTaken,
        Refusal::NoSeat,
        Refusal::BadScore,
        Refusal::TooFast,
        Refusal::NotNow,
        Refusal::OwnCardWaits,
        Refusal::OwnCardsEnough,
    ];

    /// The reason in plain Dutch, for the phone and the log.
    pub fn reason(&self) -> &'static str {
        match self {
            Refusal::TooBig => "Dit bericht is te lang.",
            Refusal::NotUnderstood => "Dit bericht begrijpt het spel niet.",
            Refusal::UnknownSeat => "Deze plek bestaat niet.",
            Refusal::BadDevice => "Deze telefoon geeft geen goede code mee.",
            Refusal::SeatTaken => {
                "Deze plek is al bezet door een andere telefoon. Vraag het aan de professional."
            }
            Refusal::NoSeat => "Kies eerst wie je bent.",
            Refusal::BadScore => "Deze keuze bestaat niet.",
            Refusal::TooFast => "Te veel berichten. Wacht even.",
            Refusal::NotNow => "Dit kan nu niet.",
            Refusal::OwnCardWaits => "Je eigen kaart ligt al klaar. Die komt na deze kaart.",
            Refusal::OwnCardsEnough => {
                "Je hebt al 5 eigen kaarten geschreven. Meer kan niet in dit gesprek."
            }
        }
    }
}

/// Reads one message from a phone: at most [`MAX_MESSAGE_BYTES`], one known shape.
pub fn parse_message(text: &str) -> Result<PhoneMessage, Refusal> {
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(Refusal::TooBig);
    }
    let wire: Wire = serde_json::from_str(text).map_err(|_| Refusal::NotUnderstood)?;
    match wire {
        Wire::Join { seat, device } => {
            seat_from(&seat)?;
            let ok = (16..=64).contains(&device.len())
                && device
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !ok {
                return Err(Refusal::BadDevice);
            }
            Ok(PhoneMessage::Join { seat, device })
        }
        Wire::Choose { score } => Hidden::new(score)
            .map(|score| PhoneMessage::Choose { score })
            .ok_or(Refusal::BadScore),
        Wire::Pass {} => Ok(PhoneMessage::Pass),
        Wire::Guess { score: 0 } => Ok(PhoneMessage::Guess { guess: None }),
        Wire::Guess { score } => Hidden::new(score)
            .map(|h| PhoneMessage::Guess { guess: Some(h) })
            .ok_or(Refusal::BadScore),
        Wire::Pause {} => Ok(PhoneMessage::Pause),
        Wire::Verder {} => Ok(PhoneMessage::GoOn),
        Wire::Eigen { tekst } => {
            // Control characters and direction marks never reach the table (the rules clean
            // it again; this way the length counted is the length shown).
            let tekst = crate::session::clean_card_text(&tekst);
            if tekst.chars().count() > crate::session::MAX_OWN_CARD_CHARS {
                return Err(Refusal::TooBig);
            }
            if tekst.is_empty() {
                return Err(Refusal::NotUnderstood);
            }
            Ok(PhoneMessage::OwnCard(OwnWords(tekst)))
        }
    }
}

/// "client" or "professional".
pub fn seat_from(name: &str) -> Result<Player, Refusal> {
    match name {
        "client" => Ok(Player::Client),
        "professional" => Ok(Player::Professional),
        _ => Err(Refusal::UnknownSeat),
    }
}
