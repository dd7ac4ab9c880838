//! The cards as the game uses them: kenmerken, fields, the scale, prompts and the library.

use std::path::PathBuf;

use super::raw::{GoodWhen, Keying};
use super::template::{self, Key, Words};

/// The largest card file the loader reads; anything bigger is not a card file.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The longest text on a card, in characters: more does not fit on a card or in a conversation.
pub const MAX_TEXT_CHARS: usize = 400;

/// A colour as written in the card files (`"#RRGGBB"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// One of the four (or more) kenmerken of the working alliance.
#[derive(Debug, Clone, PartialEq)]
pub struct Kenmerk {
    pub id: String,
    /// The research's name ("Richting en Kader"): the summary, the history and the exports.
    pub name: String,
    /// The deck's name in everyday words ("Doelen en regels"): the themes screen and the cards.
    pub label: String,
    pub colour: Rgb,
    pub explain: String,
    pub good_when: GoodWhen,
    /// The deck's picture (the themes screen, the card's band, the summary); none in an older
    /// file without the field.
    pub pictogram: Option<DeckPictogram>,
    /// Said on the summary and the printouts when the two often look differently at this
    /// kenmerk (the pack decides where: the monitor says it for Vertrouwen).
    pub when_apart: Option<String>,
}

/// Which pack a library is: its id (saved with every conversation), its name and one sentence
/// about it, from the pack's `pakket.ron`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PackInfo {
    pub id: String,
    pub name: String,
    pub explain: String,
    /// Where the pack stands on the start screen: lower first; the first is the one the game
    /// starts with.
    pub order: u8,
}

/// The pictures the game can draw for a deck: one clear idea each, never a judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeckPictogram {
    /// A signpost: where we are going, and the way there (Doelen en regels).
    Wegwijzer,
    /// A shield with a heart: safe to be open (Vertrouwen).
    Schild,
    /// Two speech balloons: talking with each other (Contact).
    Praatwolkjes,
    /// A line with a knot in it: it does not run smoothly (Als het stroef gaat).
    Knoop,
}

impl DeckPictogram {
    pub const ALL: [(&'static str, DeckPictogram); 4] = [
        ("wegwijzer", DeckPictogram::Wegwijzer),
        ("schild", DeckPictogram::Schild),
        ("praatwolkjes", DeckPictogram::Praatwolkjes),
        ("knoop", DeckPictogram::Knoop),
    ];

    /// The name card files use ("wegwijzer").
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, p)| *p == self)
            .map_or("", |(n, _)| n)
    }

    pub fn from_name(name: &str) -> Option<DeckPictogram> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
    }
}

/// A werkveld and the words it puts into the cards.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub id: String,
    pub name: String,
    pub werker: String,
    pub client: String,
    pub voorwaarden: String,
}

impl Words for Field {
    fn word(&self, key: Key) -> &str {
        match key {
            Key::Werker => &self.werker,
            Key::Client => &self.client,
            Key::Voorwaarden => &self.voorwaarden,
        }
    }
}

/// The pictograms the game can draw for the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pictogram {
    /// A meter of five bars with this many filled: how much the sentence fits, never "good".
    Meter(u8),
    ThumbsDownTwo,
    ThumbsDown,
    HandHalf,
    ThumbsUp,
    ThumbsUpTwo,
    Skip,
}

impl Pictogram {
    pub const ALL: [(&'static str, Pictogram); 11] = [
        ("meter-1", Pictogram::Meter(1)),
        ("meter-2", Pictogram::Meter(2)),
        ("meter-3", Pictogram::Meter(3)),
        ("meter-4", Pictogram::Meter(4)),
        ("meter-5", Pictogram::Meter(5)),
        ("duim-omlaag-twee", Pictogram::ThumbsDownTwo),
        ("duim-omlaag", Pictogram::ThumbsDown),
        ("hand-half", Pictogram::HandHalf),
        ("duim-omhoog", Pictogram::ThumbsUp),
        ("duim-omhoog-twee", Pictogram::ThumbsUpTwo),
        ("overslaan", Pictogram::Skip),
    ];

    /// The name card files use ("meter-3"); the phone page draws by it too.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, p)| *p == self)
            .map_or("", |(n, _)| n)
    }

    pub fn from_name(name: &str) -> Option<Pictogram> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
    }
}

/// One point of the five-point scale.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalePoint {
    pub value: u8,
    /// The word in plain language (B1).
    pub label: String,
    /// The monitor's own word ("Beetje eens").
    pub original: String,
    pub pictogram: Pictogram,
}

impl ScalePoint {
    /// The word for this point in the wording the cards are shown in.
    pub fn word(&self, wording: Wording) -> &str {
        match wording {
            Wording::B1 => &self.label,
            Wording::Original => &self.original,
        }
    }
}

/// The scale and the pass option.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub points: Vec<ScalePoint>,
    pub pass_label: String,
    pub pass_pictogram: Pictogram,
}

impl Scale {
    pub fn point(&self, value: u8) -> Option<&ScalePoint> {
        self.points.iter().find(|p| p.value == value)
    }

    /// How many steps: the values run from 1 to this.
    pub fn steps(&self) -> u8 {
        u8::try_from(self.points.len()).unwrap_or(u8::MAX)
    }
}

/// The fewest and the most steps a pack's scale may have.
pub const SCALE_STEPS: std::ops::RangeInclusive<u8> = 2..=7;

/// Conversation prompts for every card, chosen by what the two chose.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenericPrompts {
    /// The same choice, saying nothing about which side it is on: an own card, where whether
    /// a high score helps is the players' to say.
    pub same: Vec<String>,
    /// The same choice, on the side that is good for the working alliance.
    pub same_good: Vec<String>,
    /// The same choice, in the middle of the scale.
    pub same_middle: Vec<String>,
    /// The same choice, on the side that says it is hard.
    pub same_hard: Vec<String>,
    pub small: Vec<String>,
    /// One step apart, both on the good side.
    pub small_good: Vec<String>,
    /// One step apart, both on the hard side.
    pub small_hard: Vec<String>,
    /// One step apart across the middle an even scale does not have: one on each side.
    pub small_across: Vec<String>,
    pub large: Vec<String>,
    pub passed: Vec<String>,
    /// Said beside the prompt on a card marked `early_low` when a choice lies on the hard side.
    pub early_low: Vec<String>,
}

/// Which list of generic prompts fits two revealed choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// The same choice on an own card.
    Same,
    SameGood,
    SameMiddle,
    SameHard,
    Small,
    SmallGood,
    SmallHard,
    SmallAcross,
    Large,
    Passed,
}

/// Where a score lies for the working alliance on a scale of `steps`: below the middle hard,
/// above it good, the middle (only an odd scale has one) neither; after turning the scale round
/// when a high score means "harder" (the monitor's Stroefheid, item 5).
fn side(score: u8, steps: u8, higher_is_better: bool) -> std::cmp::Ordering {
    let s = if higher_is_better {
        score
    } else {
        (steps + 1).saturating_sub(score)
    };
    (2 * u16::from(s)).cmp(&(u16::from(steps) + 1))
}

/// Whether a score is the middle of a scale of `steps` (an even scale has none).
pub fn is_middle(score: u8, steps: u8) -> bool {
    2 * u16::from(score) == u16::from(steps) + 1
}

impl PromptKind {
    /// The kind for two choices on a card where a high score is (or is not) good, on a scale
    /// of `steps`.
    pub fn of(
        (client, professional): (Option<u8>, Option<u8>),
        steps: u8,
        higher_is_better: bool,
    ) -> PromptKind {
        use std::cmp::Ordering::*;
        let (Some(c), Some(p)) = (client, professional) else {
            return PromptKind::Passed;
        };
        let (a, b) = (
            side(c, steps, higher_is_better),
            side(p, steps, higher_is_better),
        );
        match c.abs_diff(p) {
            0 => match a {
                Greater => PromptKind::SameGood,
                Equal => PromptKind::SameMiddle,
                Less => PromptKind::SameHard,
            },
            1 => match (a, b) {
                (Greater, Greater) => PromptKind::SmallGood,
                (Less, Less) => PromptKind::SmallHard,
                (Less, Greater) | (Greater, Less) => PromptKind::SmallAcross,
                _ => PromptKind::Small,
            },
            _ => PromptKind::Large,
        }
    }
}

impl GenericPrompts {
    /// The prompts of one kind; a list left empty in the file falls back to the neutral one.
    pub fn of(&self, kind: PromptKind) -> &[String] {
        let list = match kind {
            PromptKind::Same => &self.same,
            PromptKind::SameGood => &self.same_good,
            PromptKind::SameMiddle => &self.same_middle,
            PromptKind::SameHard => &self.same_hard,
            PromptKind::Small => &self.small,
            PromptKind::SmallGood => &self.small_good,
            PromptKind::SmallHard => &self.small_hard,
            PromptKind::SmallAcross => &self.small_across,
            PromptKind::Large => &self.large,
            PromptKind::Passed => &self.passed,
        };
        if list.is_empty()
            && matches!(
                kind,
                PromptKind::SmallGood | PromptKind::SmallHard | PromptKind::SmallAcross
            )
        {
            return &self.small;
        }
        if list.is_empty() && kind == PromptKind::Same {
            return &self.same_middle;
        }
        list
    }
}

/// The client's or the professional's sentence, in both wordings.
#[derive(Debug, Clone, PartialEq)]
pub struct Wordings {
    pub original: String,
    pub b1: String,
}

impl Wordings {
    pub fn get(&self, wording: Wording) -> &str {
        match wording {
            Wording::B1 => &self.b1,
            Wording::Original => &self.original,
        }
    }
}

/// Which wording the cards are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Wording {
    #[default]
    B1,
    Original,
}

/// Whose sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Perspective {
    Client,
    Professional,
}

/// Where something was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
}

/// One card: a monitor item with both perspectives.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub id: String,
    pub item: u16,
    pub kenmerk: String,
    pub keying: Keying,
    pub short: bool,
    pub client: Wordings,
    pub professional: Wordings,
    /// Prompts for every pair of choices.
    pub prompts: Vec<String>,
    /// Prompts that fit only when a choice lies on the hard side of this card: they never
    /// show when both choices say it goes fine.
    pub prompts_hard: Vec<String>,
    /// A low score is common at the start here (see `GenericPrompts::early_low`).
    pub early_low: bool,
    pub origin: Origin,
}

impl Card {
    pub fn wordings(&self, who: Perspective) -> &Wordings {
        match who {
            Perspective::Client => &self.client,
            Perspective::Professional => &self.professional,
        }
    }

    /// The final sentence for one player, with the field's words filled in.
    pub fn text(&self, who: Perspective, wording: Wording, field: &Field) -> String {
        template::render(self.wordings(who).get(wording), field)
    }

    /// The card's own prompts for every pair of choices, with the field's words filled in.
    pub fn prompts_for(&self, field: &Field) -> Vec<String> {
        self.prompts
            .iter()
            .map(|p| template::render(p, field))
            .collect()
    }
}

/// Everything the players read after a flip, the field's words filled in: the prompt that fits
/// both choices, a note that a low score is common at the start (where the card says so and a
/// choice is low), and the card's own prompts that fit these choices.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Talk {
    pub prompt: String,
    pub note: Option<String>,
    pub card_prompts: Vec<String>,
}

/// Everything loaded from a card folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    /// Which pack this is (empty id: a folder without `pakket.ron`, read as it is).
    pub pack: PackInfo,
    pub kenmerken: Vec<Kenmerk>,
    pub fields: Vec<Field>,
    pub scale: Option<Scale>,
    pub prompts: GenericPrompts,
    pub cards: Vec<Card>,
}

impl Library {
    pub fn kenmerk(&self, id: &str) -> Option<&Kenmerk> {
        self.kenmerken.iter().find(|k| k.id == id)
    }

    /// Whether the cards have the instrument's own words beside the B1 words (the monitor's
    /// pack has; a pack of our own text has only B1).
    pub fn has_original_words(&self) -> bool {
        self.cards.iter().any(|c| {
            c.client.original != c.client.b1 || c.professional.original != c.professional.b1
        })
    }

    /// How many steps the scale has (the values run from 1 to this); 0 without a scale.
    pub fn steps(&self) -> u8 {
        self.scale.as_ref().map_or(0, Scale::steps)
    }

    /// Whether "klopt helemaal" on this card is good for the working alliance: high scores are
    /// good when the kenmerk is good when high and the card says it straight, or when the kenmerk
    /// is good when low (Stroefheid) and the card says the opposite.
    pub fn higher_is_better(&self, card: &Card) -> bool {
        let high = self
            .kenmerk(&card.kenmerk)
            .is_none_or(|k| k.good_when == GoodWhen::High);
        high == (card.keying == Keying::Positive)
    }

    /// The generic prompts that fit two revealed choices on this card.
    pub fn prompts_for(
        &self,
        card: &Card,
        client: Option<u8>,
        professional: Option<u8>,
    ) -> &[String] {
        self.prompts.of(PromptKind::of(
            (client, professional),
            self.steps(),
            self.higher_is_better(card),
        ))
    }

    /// The generic prompts for an own card ("Eigen kaart"): whether a high score is good there
    /// is the players' to say, so only how far apart they are counts.
    pub fn prompts_for_own(&self, client: Option<u8>, professional: Option<u8>) -> &[String] {
        self.prompts.of(match (client, professional) {
            (Some(c), Some(p)) => match c.abs_diff(p) {
                0 if is_middle(c, self.steps()) => PromptKind::SameMiddle,
                0 => PromptKind::Same,
                1 => PromptKind::Small,
                _ => PromptKind::Large,
            },
            _ => PromptKind::Passed,
        })
    }

    /// Whether one of two choices lies on the side of this card that says it is hard.
    pub fn a_choice_is_hard(
        &self,
        card: &Card,
        client: Option<u8>,
        professional: Option<u8>,
    ) -> bool {
        let better = self.higher_is_better(card);
        [client, professional]
            .into_iter()
            .flatten()
            .any(|s| side(s, self.steps(), better) == std::cmp::Ordering::Less)
    }

    /// What the players read after the flip of a card (`None`: an own card). `turn` picks one
    /// of several fitting prompts, so the same pair of choices does not always read the same.
    pub fn talk(
        &self,
        card: Option<&Card>,
        (client, professional): (Option<u8>, Option<u8>),
        field: &Field,
        turn: usize,
    ) -> Talk {
        let generic = match card {
            Some(card) => self.prompts_for(card, client, professional),
            None => self.prompts_for_own(client, professional),
        };
        let prompt = generic
            .get(turn % generic.len().max(1))
            .map(|p| template::render(p, field))
            .unwrap_or_default();
        let Some(card) = card else {
            return Talk {
                prompt,
                ..Talk::default()
            };
        };
        let hard = self.a_choice_is_hard(card, client, professional);
        let note = (hard && card.early_low)
            .then(|| self.prompts.early_low.first())
            .flatten()
            .map(|n| template::render(n, field));
        let mut card_prompts = card.prompts_for(field);
        if hard {
            card_prompts.extend(card.prompts_hard.iter().map(|p| template::render(p, field)));
        }
        Talk {
            prompt,
            note,
            card_prompts,
        }
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// The cards of one kenmerk, in file order.
    pub fn deck(&self, kenmerk: &str) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(move |c| c.kenmerk == kenmerk)
    }

    /// Why this library cannot be played with, if it cannot.
    pub fn missing_for_play(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.scale.is_none() {
            out.push("Er is geen schaal gevonden (een bestand dat begint met Schaal).".to_string());
        }
        if self.fields.is_empty() {
            out.push(
                "Er is geen werkveld gevonden (een bestand dat begint met Werkvelden).".to_string(),
            );
        }
        if self.kenmerken.is_empty() {
            out.push(
                "Er is geen kenmerk gevonden (een bestand dat begint met Kenmerken).".to_string(),
            );
        }
        if self.cards.is_empty() {
            out.push(
                "Er zijn geen kaarten gevonden (bestanden die beginnen met Kaarten).".to_string(),
            );
        }
        out
    }
}
