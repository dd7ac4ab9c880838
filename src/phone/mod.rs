//! "Op je telefoon": each player chooses on their own phone, the laptop is the shared table.
//!
//! This module is the rules part, with no Bevy and no network types: what a phone may see of the
//! table ([`SeatView`], made only from the public [`TableView`], so a phone can never learn the
//! other seat's hidden choice), what a phone may say ([`PhoneMessage`], checked strictly), who
//! holds which seat ([`Seats`]) and how often a phone may speak ([`RateLimit`]).
//! The web server that carries these lives in [`server`].

pub mod server;

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::deck::{Card, Library, Perspective};
use crate::session::{Choice, Phase, Player, Seat, Selection, TableView};

/// The biggest message a phone may send, in bytes. A real one is under 100.
pub const MAX_MESSAGE_BYTES: usize = 512;

/// What one phone may see: its own sentence, the choices, and after the flip both choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatView {
    /// "client" or "professional".
    pub seat: &'static str,
    /// The field's word for this seat ("Bewoner", "Begeleider").
    pub seat_name: String,
    /// The field's word for the other seat.
    pub other_name: String,
    /// Where the phone is: "wachten" (no card yet), "kiezen", "gekozen", "omgedraaid", "klaar".
    pub state: &'static str,
    pub position: usize,
    pub total: usize,
    /// The kenmerk's name and colour ("#rrggbb"), empty when there is no card.
    pub kenmerk: String,
    pub colour: String,
    /// The sentence for this seat, in the chosen wording with the field's words.
    pub statement: String,
    /// The five points and the pass, as buttons.
    pub options: Vec<OptionView>,
    /// After the flip: what this seat chose and what the other seat chose.
    pub mine: Option<OptionView>,
    pub theirs: Option<OptionView>,
    /// The language this seat reads in ("nl", "en"): the page picks its words by it.
    pub lang: String,
}

impl SeatView {
    /// The same seat before play starts (the laptop still shows "Doe mee met je telefoon"):
    /// no card, no buttons, "Even wachten".
    pub fn waiting(mut self) -> SeatView {
        if self.state != "klaar" {
            self.state = "wachten";
            self.statement.clear();
            self.kenmerk.clear();
            self.colour.clear();
            self.mine = None;
            self.theirs = None;
        }
        self
    }
}

/// One button on the phone: a score (1–5) or the pass (0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptionView {
    pub value: u8,
    pub word: String,
    /// "meter-3", "overslaan", …: the page draws it.
    pub pictogram: String,
}

fn seat_id(p: Player) -> &'static str {
    match p {
        Player::Client => "client",
        Player::Professional => "professional",
    }
}

impl SeatView {
    /// The view for `seat`, made from the public view of the table and nothing else.
    pub fn of(
        view: &TableView,
        seat: Player,
        library: &Library,
        selection: &Selection,
    ) -> SeatView {
        let field = library.field(&selection.field);
        let name = |p: Player| p.name(field);
        let option = |c: Choice| -> OptionView {
            let scale = library.scale.as_ref();
            match c {
                Choice::Score(v) => {
                    let point = scale.and_then(|s| s.point(v));
                    OptionView {
                        value: v,
                        word: point
                            .map_or(v.to_string(), |p| p.word(selection.wording).to_string()),
                        pictogram: point.map_or(String::new(), |p| p.pictogram.name().to_string()),
                    }
                }
                Choice::Pass => OptionView {
                    value: 0,
                    word: scale.map_or("Sla ik over".into(), |s| s.pass_label.clone()),
                    pictogram: scale.map_or(String::new(), |s| s.pass_pictogram.name().to_string()),
                },
            }
        };
        let options = library
            .scale
            .as_ref()
            .map(|s| s.points.iter().map(|p| option(Choice::Score(p.value))))
            .into_iter()
            .flatten()
            .chain(std::iter::once(option(Choice::Pass)))
            .collect();
        let card: Option<&Card> = library.card(&view.card_id);
        let (mine, theirs) = match view.phase {
            Phase::Revealed {
                client,
                professional,
                ..
            } => match seat {
                Player::Client => (Some(option(client)), Some(option(professional))),
                Player::Professional => (Some(option(professional)), Some(option(client))),
            },
            _ => (None, None),
        };
        let own = match seat {
            Player::Client => view.client,
            Player::Professional => view.professional,
        };
        let state = match (view.phase, card, own) {
            (Phase::Finished, _, _) => "klaar",
            (_, None, _) => "wachten",
            (Phase::Revealed { .. }, _, _) => "omgedraaid",
            (_, _, Seat::Waiting) => "kiezen",
            (_, _, _) => "gekozen",
        };
        let (kenmerk, colour, statement) = match (card, field) {
            (Some(card), Some(field)) if state != "klaar" => {
                let k = library.kenmerk(&card.kenmerk);
                let perspective = match seat {
                    Player::Client => Perspective::Client,
                    Player::Professional => Perspective::Professional,
                };
                (
                    k.map_or(String::new(), |k| k.name.clone()),
                    k.map_or(String::new(), |k| {
                        format!("#{:02x}{:02x}{:02x}", k.colour.0, k.colour.1, k.colour.2)
                    }),
                    card.text(perspective, selection.wording, field),
                )
            }
            _ => (String::new(), String::new(), String::new()),
        };
        SeatView {
            seat: seat_id(seat),
            seat_name: name(seat),
            other_name: name(seat.other()),
            state,
            position: view.position,
            total: view.total,
            kenmerk,
            colour,
            statement,
            options,
            mine,
            theirs,
            lang: crate::lang::BASE.to_string(),
        }
    }

    /// The same view, marked as read in the language `code`.
    pub fn in_lang(mut self, code: &str) -> SeatView {
        self.lang = code.to_string();
        self
    }
}

/// The keys of the phone page's words (`telefoon-pagina-<key>` in the screens' words), and the
/// refusals (`telefoon-geweigerd-<code>`).
pub const PAGE_WORDS: [&str; 14] = [
    "wie-ben-jij",
    "ik-ben",
    "kaart-van",
    "wachten",
    "klaar",
    "jouw-zin",
    "omgedraaid",
    "jij",
    "praat-samen",
    "gekozen",
    "mag-veranderen",
    "hoe-goed",
    "geen-verbinding",
    "teruggenomen",
];

/// The page's words in one language, keyed as the page asks for them. Variables stay as
/// `{naam}`, `{n}`, `{totaal}` for the page to fill in.
pub fn page_words(tr: crate::lang::Tr) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for key in PAGE_WORDS {
        let text = tr.f(
            &format!("telefoon-pagina-{key}"),
            [
                ("naam", "{naam}".into()),
                ("n", "{n}".into()),
                ("totaal", "{totaal}".into()),
            ],
        );
        out.insert(key.to_string(), text);
    }
    for r in Refusal::ALL {
        out.insert(
            format!("geweigerd-{}", r.code()),
            tr.t(&format!("telefoon-geweigerd-{}", r.code())),
        );
    }
    out
}

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

/// Which device holds which seat. A seat belongs to one device until the laptop frees it; the
/// same device may come back to it (a phone that slept or lost Wi-Fi).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seats {
    client: Option<String>,
    professional: Option<String>,
}

impl Seats {
    fn slot(&mut self, seat: Player) -> &mut Option<String> {
        match seat {
            Player::Client => &mut self.client,
            Player::Professional => &mut self.professional,
        }
    }

    /// The device takes the seat, or comes back to it.
    pub fn join(&mut self, seat: Player, device: &str) -> Result<(), Refusal> {
        // One device holds one seat: moving to the other seat frees the first.
        let other = self.slot(seat.other());
        if other.as_deref() == Some(device) {
            *other = None;
        }
        let slot = self.slot(seat);
        match slot {
            Some(d) if d != device => Err(Refusal::SeatTaken),
            _ => {
                *slot = Some(device.to_string());
                Ok(())
            }
        }
    }

    /// The laptop takes the seat back (a phone that is gone for good).
    pub fn free(&mut self, seat: Player) {
        *self.slot(seat) = None;
    }

    pub fn holder(&self, seat: Player) -> Option<&str> {
        match seat {
            Player::Client => self.client.as_deref(),
            Player::Professional => self.professional.as_deref(),
        }
    }
}

/// At most `burst` messages at once, refilled at `per_second`.
#[derive(Debug, Clone)]
pub struct RateLimit {
    tokens: f64,
    burst: f64,
    per_second: f64,
    last: Instant,
}

impl RateLimit {
    pub fn new(burst: u32, per_second: f64, now: Instant) -> RateLimit {
        RateLimit {
            tokens: f64::from(burst),
            burst: f64::from(burst),
            per_second,
            last: now,
        }
    }

    /// For a phone: 20 at once, then 5 a second (a person taps far less).
    pub fn for_phone(now: Instant) -> RateLimit {
        RateLimit::new(20, 5.0, now)
    }

    /// Whether one more message may pass at `now`.
    pub fn allow(&mut self, now: Instant) -> bool {
        let passed = now.saturating_duration_since(self.last);
        self.last = now;
        self.tokens = (self.tokens + passed.as_secs_f64() * self.per_second).min(self.burst);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// A new secret for the address: 128 random bits as 32 hexadecimal characters.
pub fn new_secret() -> String {
    let bits: u128 = rand::random();
    format!("{bits:032x}")
}

/// How long a phone may stay silent before the laptop says it is gone (the page pings).
pub const SILENT_AFTER: Duration = Duration::from_secs(20);

/// How long the panel waits for a first phone before it says what may be in the way.
pub const NO_PHONE_HINT_AFTER: std::time::Duration = std::time::Duration::from_secs(45);

/// What the laptop says when no phone came after [`NO_PHONE_HINT_AFTER`]: nothing reached the
/// server (another Wi-Fi, or the firewall), or a page was opened but no seat taken. `None` while
/// waiting is still normal, or once a phone joined.
pub fn no_phone_hint(
    waited: std::time::Duration,
    ever_joined: bool,
    requests: u64,
) -> Option<&'static str> {
    if ever_joined || waited < NO_PHONE_HINT_AFTER {
        return None;
    }
    // Keys into the screens' words (talen/*/spel.ftl).
    Some(if requests == 0 {
        "telefoon-hint-geen-telefoon"
    } else {
        "telefoon-hint-geen-plek"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_read_strictly() {
        assert_eq!(
            parse_message(r#"{"t":"choose","score":3}"#),
            Ok(PhoneMessage::Choose { score: 3 })
        );
        assert_eq!(parse_message(r#"{"t":"pass"}"#), Ok(PhoneMessage::Pass));
        assert_eq!(
            parse_message(r#"{"t":"choose","score":6}"#),
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
        assert_eq!(parse_message("garbage"), Err(Refusal::NotUnderstood));
        assert_eq!(
            parse_message(&format!(r#"{{"t":"pass","pad":"{}"}}"#, "x".repeat(600))),
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
}
