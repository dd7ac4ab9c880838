//! The shape of the RON files, exactly as a person writes them.

use std::cell::Cell;

use serde::{Deserialize, Deserializer};

thread_local! {
    static STRING_ORDINAL: Cell<usize> = const { Cell::new(0) };
}

/// Starts counting strings again for a new file.
pub fn reset_ordinals() {
    STRING_ORDINAL.with(|c| c.set(0));
}

/// A string together with its place among the string literals of its file.
#[derive(Debug, Clone)]
pub struct Located {
    pub value: String,
    pub ordinal: usize,
}

impl<'de> Deserialize<'de> for Located {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = String::deserialize(d)?;
        let ordinal = STRING_ORDINAL.with(|c| {
            let n = c.get();
            c.set(n + 1);
            n
        });
        Ok(Located { value, ordinal })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum RawFile {
    /// The pack itself: its id, its name and one sentence about it.
    Pakket {
        id: Located,
        name: Located,
        explain: Located,
        /// Lower stands first on the start screen; the first pack is the one the game starts
        /// with.
        #[serde(default)]
        order: Option<u8>,
    },
    Kenmerken(Vec<RawKenmerk>),
    Werkvelden(Vec<RawField>),
    Schaal {
        points: Vec<RawPoint>,
        pass: RawPass,
    },
    Gespreksvragen {
        #[serde(default)]
        same: Vec<Located>,
        #[serde(default)]
        same_good: Vec<Located>,
        #[serde(default)]
        same_middle: Vec<Located>,
        #[serde(default)]
        same_hard: Vec<Located>,
        #[serde(default)]
        small: Vec<Located>,
        #[serde(default)]
        small_good: Vec<Located>,
        #[serde(default)]
        small_hard: Vec<Located>,
        /// One step apart across the middle of an even scale (none on an odd one).
        #[serde(default)]
        small_across: Vec<Located>,
        #[serde(default)]
        large: Vec<Located>,
        #[serde(default)]
        passed: Vec<Located>,
        /// Said beside the prompt on a card marked `early_low` when a choice lies on the hard
        /// side: that this is often so at the start.
        #[serde(default)]
        early_low: Vec<Located>,
    },
    Kaarten(Vec<RawCard>),
}

/// The generic prompts, by what the two chose. `same` is the older single list: it still
/// counts for all three "same" lists when those are not given.
#[derive(Debug)]
pub struct RawPrompts<'a> {
    pub same: &'a Vec<Located>,
    pub same_good: &'a Vec<Located>,
    pub same_middle: &'a Vec<Located>,
    pub same_hard: &'a Vec<Located>,
    pub small: &'a Vec<Located>,
    pub small_good: &'a Vec<Located>,
    pub small_hard: &'a Vec<Located>,
    pub small_across: &'a Vec<Located>,
    pub large: &'a Vec<Located>,
    pub passed: &'a Vec<Located>,
    pub early_low: &'a Vec<Located>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum GoodWhen {
    High,
    Low,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
pub enum Keying {
    Positive,
    Negative,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKenmerk {
    pub id: Located,
    pub name: Located,
    /// The deck's name in everyday words; the research name (`name`) when there is none.
    #[serde(default)]
    pub label: Option<Located>,
    pub colour: Located,
    pub explain: Located,
    pub good_when: GoodWhen,
    /// The deck's picture by name ("wegwijzer"); none in older files.
    #[serde(default)]
    pub pictogram: Option<Located>,
    /// A sentence the summary adds when the two often look differently at this kenmerk (the
    /// monitor's Vertrouwen: talking about it helps); none for most kenmerken.
    #[serde(default)]
    pub when_apart: Option<Located>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawField {
    pub id: Located,
    pub name: Located,
    pub werker: Located,
    pub client: Located,
    pub voorwaarden: Located,
    /// The article of {werker} and {client}: the cards say "deze {client}", so "de".
    #[serde(default)]
    pub werker_lidwoord: Option<Located>,
    #[serde(default)]
    pub client_lidwoord: Option<Located>,
    /// {voorwaarden} is a plural: "de {voorwaarden} ... houden".
    #[serde(default)]
    pub voorwaarden_meervoud: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPoint {
    pub value: u8,
    pub label: Located,
    /// The monitor's own word for this point; the B1 label when not given.
    #[serde(default)]
    pub original: Option<Located>,
    pub pictogram: Located,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPass {
    pub label: Located,
    pub pictogram: Located,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCard {
    pub id: Located,
    pub item: u16,
    pub kenmerk: Located,
    pub keying: Keying,
    pub short: bool,
    pub client: RawWordings,
    pub professional: RawWordings,
    pub prompts: Vec<Located>,
    /// Prompts that fit only when a choice lies on the hard side of this card.
    #[serde(default)]
    pub prompts_hard: Vec<Located>,
    /// A low score here is common at the start of the help (the research: joint goals grow
    /// later in a forced frame); the players read that when a choice lies on the hard side.
    #[serde(default)]
    pub early_low: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWordings {
    /// The instrument's own words (the monitor's); the B1 text in a pack of our own.
    #[serde(default)]
    pub original: Option<Located>,
    pub b1: Located,
}
