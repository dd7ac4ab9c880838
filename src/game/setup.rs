//! What is chosen before play (field, wording, mode, languages, decks) and the cards and
//! languages it is chosen from.

use bevy::prelude::*;

use crate::cli::Options;
use crate::deck::{Library, Wording};
use crate::lang::{Languages, Tr};
use crate::session::{Mode, SeatLanguages, Selection};

/// The cards of the pack in play (Dutch).
#[derive(Resource, Clone)]
pub struct Cards(pub Library);

/// Every pack the game can play, each with its cards in every language (start-screen order).
/// The pack in play is also [`Cards`] and [`Translations`]; a saved conversation is read with
/// its own pack.
#[derive(Resource, Clone, Default)]
pub struct Packs(pub Vec<PackBook>);

/// One pack: its cards in Dutch, and in every language.
#[derive(Clone)]
pub struct PackBook {
    pub library: Library,
    pub translations: Translations,
}

impl Packs {
    pub fn from_packs(packs: &[crate::pack::Pack]) -> Packs {
        Packs(
            packs
                .iter()
                .map(|p| PackBook {
                    library: p.library().clone(),
                    translations: Translations::new(p.languages.clone(), p.library()),
                })
                .collect(),
        )
    }

    pub fn find(&self, id: &str) -> Option<&PackBook> {
        self.0.iter().find(|b| b.library.pack.id == id)
    }

    /// Every pack's cards in this language, the first pack first (what a save from before
    /// packs was played with): for exports of many conversations.
    pub fn libraries<'a>(
        &'a self,
        code: &str,
        (cards, talen): (&'a Cards, &'a Translations),
    ) -> Vec<&'a Library> {
        if self.0.is_empty() {
            return vec![talen.library(code, &cards.0)];
        }
        self.0
            .iter()
            .map(|b| {
                let (dutch, t) = self.book(&b.library.pack.id, (cards, talen));
                t.library(code, dutch)
            })
            .collect()
    }

    /// The cards (Dutch) and their translations a conversation of this pack is read with: its
    /// own pack; a save from before packs (no id) was played with the first pack; the pack in
    /// play when the pack is not here (any more).
    pub fn book<'a>(
        &'a self,
        pack: &str,
        (cards, talen): (&'a Cards, &'a Translations),
    ) -> (&'a Library, &'a Translations) {
        let id = if pack.is_empty() {
            self.0.first().map_or("", |b| b.library.pack.id.as_str())
        } else {
            pack
        };
        if id == cards.0.pack.id {
            return (&cards.0, talen);
        }
        match self.find(id) {
            Some(b) => (&b.library, &b.translations),
            None => (&cards.0, talen),
        }
    }
}

/// Saved conversations of any pack, read in one language: each with its own pack's cards.
#[derive(Clone, Copy)]
pub struct Books<'a> {
    pub packs: &'a Packs,
    pub cards: &'a Cards,
    pub talen: &'a Translations,
    /// The language (a code such as "nl").
    pub code: &'a str,
}

impl<'a> Books<'a> {
    /// The cards, in this language, of the pack a conversation was played with.
    pub fn lib(&self, pack: &str) -> &'a Library {
        let (dutch, talen) = self.packs.book(pack, (self.cards, self.talen));
        talen.library(self.code, dutch)
    }

    /// Whether `pack` is another pack than the first (the one most conversations are of):
    /// such a line says its pack.
    pub fn not_first(&self, pack: &str) -> bool {
        self.packs
            .0
            .first()
            .is_some_and(|first| first.library.pack.id != pack)
    }
}

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
    /// The pack to play (its id).
    pub pack: String,
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
            pack: library.pack.id.clone(),
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

    /// Another pack chosen on the start screen: its decks, and its first field when this one
    /// is not in it.
    pub fn switch_pack(&mut self, library: &Library) {
        self.pack = library.pack.id.clone();
        if library.field(&self.field).is_none() {
            self.field = library
                .fields
                .first()
                .map(|f| f.id.clone())
                .unwrap_or_default();
        }
        self.decks = library.kenmerken.iter().map(|k| k.id.clone()).collect();
        if !library.cards.iter().any(|c| c.short) {
            self.short = false;
        }
        if !library.has_original_words() {
            self.wording = Wording::B1;
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
            ..Selection::default()
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
