//! What a phone may say, read strictly, and why a message is refused.

use serde::Deserialize;

use crate::session::Player;

use super::MAX_MESSAGE_BYTES;

/// What a phone may send. Anything else is refused.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "t", rename_all = "lowercase", deny_unknown_fields)]
pub enum PhoneMessage {
    /// Take a seat. `device` is a random id the page keeps for this conversation only (in the
    /// address' fragment, never stored), so a phone that comes back gets its own seat again.
    Join { seat: String, device: String },
    /// A score from 1 to 5.
    Choose { score: u8 },
    /// "Sla ik over".
    Pass,
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
}

impl Refusal {
    /// A short name, for the page's words in the phone's language (`telefoon-geweigerd-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::TooBig => "te-lang",
            Refusal::NotUnderstood => "niet-begrepen",
            Refusal::UnknownSeat => "onbekende-plek",
            Refusal::BadDevice => "foute-code",
            Refusal::SeatTaken => "plek-bezet",
            Refusal::NoSeat => "geen-plek",
            Refusal::BadScore => "foute-keuze",
            Refusal::TooFast => "te-snel",
        }
    }

    pub const ALL: [Refusal; 8] = [
        Refusal::TooBig,
        Refusal::NotUnderstood,
        Refusal::UnknownSeat,
        Refusal::BadDevice,
        Refusal::SeatTaken,
        Refusal::NoSeat,
        Refusal::BadScore,
        Refusal::TooFast,
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
        }
    }
}

/// Reads one message from a phone: at most [`MAX_MESSAGE_BYTES`], one known shape.
pub fn parse_message(text: &str) -> Result<PhoneMessage, Refusal> {
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(Refusal::TooBig);
    }
    let message: PhoneMessage = serde_json::from_str(text).map_err(|_| Refusal::NotUnderstood)?;
    match &message {
        PhoneMessage::Join { seat, device } => {
            seat_from(seat)?;
            let ok = (16..=64).contains(&device.len())
                && device
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !ok {
                return Err(Refusal::BadDevice);
            }
        }
        PhoneMessage::Choose { score } if !(1..=5).contains(score) => {
            return Err(Refusal::BadScore);
        }
        _ => {}
    }
    Ok(message)
}

/// "client" or "professional".
pub fn seat_from(name: &str) -> Result<Player, Refusal> {
    match name {
        "client" => Ok(Player::Client),
        "professional" => Ok(Player::Professional),
        _ => Err(Refusal::UnknownSeat),
    }
}
