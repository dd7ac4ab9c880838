//! What is chosen before play (field, wording, mode, languages, decks) and the cards and
//! languages it is chosen from.

use bevy::prelude::*;

use crate::cli::Options;
use crate::deck::{Library, Wording};
use crate::lang::{Languages, Tr};
use crate::session::{Mode, SeatLanguages, Selection};

/// The loaded cards.
#[derive(Resource, Clone)]
pub struct Cards(pub Library);

/// The languages, and the cards translated into each of them (Dutch is [`Cards`] itself).
#[derive(Resource, Clone)]
pub struct Translations {
    pub languages: std::sync::Arc<Languages>,
    libraries: std::collections::HashMap<String, Library>,
}

impl Translations {
    pub fn new(languages: std::sync::Arc<Languages>, dutch: &Library) -> Translations {
        let libraries = languages
            .all()
            .iter()
            .map(|l| (l.code.clone(), crate::lang::cards::translate(dutch, l)))
            .collect();
        Translations {
            languages,
            libraries,
        }
    }

    /// The cards in this language (Dutch for a code without a translation).
    pub fn library<'a>(&'a self, code: &str, dutch: &'a Library) -> &'a Library {
        self.libraries.get(code).unwrap_or(dutch)
    }

    /// The screens' words in this language.
    pub fn tr(&self, code: &str) -> Tr<'_> {
        self.languages.tr(code)
    }
}

impl Setup {
    /// The language of the shared screens: the client's (the client reads and chooses the themes).
    pub fn screen_lang(&self) -> &str {
        &self.languages.client
    }
}

/// What the professional and the client chose before play.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Setup {
    pub field: String,
    pub wording: Wording,
    pub mode: Mode,
    /// "Raad de ander": each also guesses the other's choice.
    pub guess: bool,
    /// A code for this conversation, never a name.
    pub label: String,
    /// Selected kenmerk ids, in the order of the library.
    pub decks: Vec<String>,
    pub short: bool,
    pub seed: Option<u64>,
    /// The language each player reads in; the shared screens follow the client's.
    pub languages: SeatLanguages,
    /// The client's language a new conversation starts with (`--taal-client`, else Dutch): the
    /// next client may read another language.
    pub client_lang_default: String,
}

impl Setup {
    pub fn new(library: &Library, options: &Options) -> Setup {
        Setup {
            field: options
                .field
                .clone()
                .or_else(|| library.fields.first().map(|f| f.id.clone()))
                .unwrap_or_default(),
            wording: options.wording.unwrap_or_default(),
            mode: options.mode.unwrap_or_default(),
            guess: options.guess,
            label: options.label.clone().unwrap_or_default(),
            decks: options
                .decks
                .clone()
                .unwrap_or_else(|| library.kenmerken.iter().map(|k| k.id.clone()).collect()),
            short: options.short,
            seed: options.seed,
            client_lang_default: options
                .client_lang
                .clone()
                .unwrap_or_else(|| crate::lang::BASE.to_string()),
            languages: SeatLanguages {
                client: options
                    .client_lang
                    .clone()
                    .unwrap_or_else(|| crate::lang::BASE.to_string()),
                professional: options
                    .professional_lang
                    .clone()
                    .unwrap_or_else(|| crate::lang::BASE.to_string()),
            },
        }
    }

    pub fn selection(&self) -> Selection {
        let seed = self.seed.unwrap_or_else(rand::random);
        Selection {
            kenmerken: self.decks.clone(),
            short: self.short,
            field: self.field.clone(),
            wording: self.wording,
            mode: self.mode,
            seed,
            languages: self.languages.clone(),
            guess: self.guess,
        }
    }

    /// How many cards the current choice deals.
    pub fn card_count(&self, library: &Library) -> usize {
        library
            .cards
            .iter()
            .filter(|c| self.decks.contains(&c.kenmerk))
            .filter(|c| !self.short || c.short)
            .count()
    }
}
