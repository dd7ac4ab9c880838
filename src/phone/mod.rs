//! "Op je telefoon": each player chooses on their own phone, the laptop is the shared table.
//!
//! This module is the rules part, with no Bevy and no network types: what a phone may see of the
//! table ([`SeatView`], made only from the public [`TableView`], so a phone can never learn the
//! other seat's hidden choice), what a phone may say ([`PhoneMessage`], checked strictly), who
//! holds which seat ([`Seats`]) and how often a phone may speak ([`RateLimit`]).
//! The web server that carries these lives in [`server`].

mod messages;
pub mod server;

pub use messages::{OwnWords, PhoneMessage, Refusal, parse_message, seat_from};

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::deck::{Card, Library, Perspective};
use crate::session::{CardState, Choice, Player, Seat, SeatMay, Selection, TableView};

/// The biggest message a phone may send, in bytes. A choice is under 100; an own card of 200
/// characters in a script of three bytes a character is about 620.
pub const MAX_MESSAGE_BYTES: usize = 1024;

/// Own cards one seat's phone may write in a conversation (the rules allow
/// [`crate::session::MAX_OWN_CARDS`] in all); one between two cards.
pub const MAX_OWN_CARDS_PER_SEAT: usize = crate::session::MAX_OWN_CARDS / 2;

/// What one phone may see: its own sentence, the choices, and after the flip both choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatView {
    /// "client" or "professional".
    pub seat: &'static str,
    /// The field's word for this seat ("Bewoner", "Begeleider").
    pub seat_name: String,
    /// The field's word for the other seat.
    pub other_name: String,
    /// Where the phone is: "wachten" (no card yet), "kiezen", "raden" (chosen; now the guess
    /// of "Raad de ander"), "gekozen" (all placed), "omgedraaid", "pauze" (no card, no choice
    /// shows), "klaar".
    pub state: &'static str,
    /// The players play "Raad de ander": besides the choice, a guess of the other's.
    pub guess: bool,
    /// Whose pause it is while `state` is "pauze": "mine" (this phone goes on) or "other".
    pub pause: &'static str,
    /// The card is the players' own ("Eigen kaart"): the page names it so, `kenmerk` is empty.
    pub own: bool,
    /// After the flip: the page offers to write an own card, which comes next.
    pub can_add_own: bool,
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
    /// "Raad de ander", after the flip: what this seat guessed of the other's choice, and what
    /// the other guessed of this seat's (value 0: "Weet ik niet").
    pub my_guess: Option<OptionView>,
    pub their_guess: Option<OptionView>,
    /// The language this seat reads in ("nl", "en"): the page picks its words by it.
    pub lang: String,
    /// What the rules allow this seat now ([`crate::session::Session::may`]): the server lets
    /// through only these moves. Not sent: the page goes by `state`.
    #[serde(skip)]
    pub may: SeatMay,
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
            self.my_guess = None;
            self.their_guess = None;
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
            CardState::Revealed {
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
        let guess = view.guesses.map(|g| g[seat]);
        let state = match (view.phase, card.is_some() || view.own.is_some(), own) {
            (CardState::Finished, _, _) => "klaar",
            (_, false, _) => "wachten",
            (CardState::Revealed { .. }, _, _) => "omgedraaid",
            (_, _, Seat::Waiting) => "kiezen",
            _ if guess == Some(Seat::Waiting) => "raden",
            (_, _, _) => "gekozen",
        };
        let revealed_guess = |p: Player| match view.guesses.map(|g| g[p]) {
            Some(Seat::Revealed(c)) if state == "omgedraaid" => Some(option(c)),
            _ => None,
        };
        let (my_guess, their_guess) = (revealed_guess(seat), revealed_guess(seat.other()));
        let (kenmerk, colour, statement) = match (card, field) {
            _ if state == "klaar" => (String::new(), String::new(), String::new()),
            // An own card: the same sentence for both, as its writer put it.
            _ if view.own.is_some() => (
                String::new(),
                "#8a6410".to_string(),
                view.own.clone().unwrap_or_default(),
            ),
            (Some(card), Some(field)) => {
                let k = library.kenmerk(&card.kenmerk);
                let perspective = match seat {
                    Player::Client => Perspective::Client,
                    Player::Professional => Perspective::Professional,
                };
                (
                    k.map_or(String::new(), |k| k.label.clone()),
                    k.map_or(String::new(), |k| {
                        format!("#{:02x}{:02x}{:02x}", k.colour.0, k.colour.1, k.colour.2)
                    }),
                    card.text(perspective, selection.wording, field),
                )
            }
            _ => (String::new(), String::new(), String::new()),
        };
        // "Even pauze": the phone shows no card and no choice either, only whose pause it is.
        if let Some(by) = view
            .paused
            .filter(|_| state != "klaar" && state != "wachten")
        {
            return SeatView {
                seat: seat_id(seat),
                seat_name: name(seat),
                other_name: name(seat.other()),
                state: "pauze",
                guess: view.guesses.is_some(),
                pause: if by == seat { "mine" } else { "other" },
                own: false,
                can_add_own: false,
                position: view.position,
                total: view.total,
                kenmerk: String::new(),
                colour: String::new(),
                statement: String::new(),
                options: Vec::new(),
                mine: None,
                theirs: None,
                my_guess: None,
                their_guess: None,
                lang: crate::lang::BASE.to_string(),
                may: view.may.seats[seat],
            };
        }
        SeatView {
            seat: seat_id(seat),
            seat_name: name(seat),
            other_name: name(seat.other()),
            state,
            guess: view.guesses.is_some(),
            pause: "",
            own: view.own.is_some(),
            // After the flip only: before a choice it would depend on the other seat's choosing,
            // and every such change redraws the page under a finger about to tap. (On the
            // laptop `K` also puts one first, before anyone chose.)
            can_add_own: state == "omgedraaid" && view.may.own_card,
            position: view.position,
            total: view.total,
            kenmerk,
            colour,
            statement,
            options,
            mine,
            theirs,
            my_guess,
            their_guess,
            lang: crate::lang::BASE.to_string(),
            may: view.may.seats[seat],
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
pub const PAGE_WORDS: [&str; 35] = [
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
    "pauze-knop",
    "pauze-titel",
    "pauze-jij",
    "verder-gaan",
    "pauze-ander",
    "pauze-alleen-ander",
    "eigen-kaart",
    "eigen-zin",
    "eigen-uitleg",
    "eigen-op-tafel",
    "terug",
    "eigen-verstuurd",
    "raad",
    "geraden",
    "keuze-veranderen",
    "weet-niet",
    "dacht",
    "wist-niet",
    "jij-dacht",
    "jij-wist-niet",
    "lees-voor",
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
                ("ander", "{ander}".into()),
                ("woord", "{woord}".into()),
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

    /// The device takes the seat, or comes back to it. A refused join changes nothing.
    pub fn join(&mut self, seat: Player, device: &str) -> Result<(), Refusal> {
        if self.holder(seat).is_some_and(|d| d != device) {
            return Err(Refusal::SeatTaken);
        }
        // One device holds one seat: moving to the other seat frees the first.
        let other = self.slot(seat.other());
        if other.as_deref() == Some(device) {
            *other = None;
        }
        *self.slot(seat) = Some(device.to_string());
        Ok(())
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

    /// For a phone, every frame it sends: 20 at once, then 5 a second (a person taps far less).
    pub fn for_phone(now: Instant) -> RateLimit {
        RateLimit::new(20, 5.0, now)
    }

    /// For a phone's choices, passes and guesses, which the laptop acts on (saves, draws): 12 at
    /// once, then one a second. A person who changes their mind a few times is never held back,
    /// also with "Raad de ander" (two taps a card).
    pub fn for_choices(now: Instant) -> RateLimit {
        RateLimit::new(12, 1.0, now)
    }

    /// Whether the limit has filled up again by `now`: then it is the same as a new one.
    pub fn rested(&self, now: Instant) -> bool {
        let passed = now.saturating_duration_since(self.last);
        self.tokens + passed.as_secs_f64() * self.per_second >= self.burst
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
mod tests;
