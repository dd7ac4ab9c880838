//! Languages: the words of the screens and a translation of the cards, per language. No Bevy.
//!
//! The screens' words are built in (`assets/talen/<code>/spel.ftl`); each pack brings the
//! translation of its cards. In a pack's folder every language lives in `talen/<code>/`:
//! - `spel.ftl`: the words of the screens (Fluent), the same keys in every language. Dutch (`nl`)
//!   is the reference: a key missing elsewhere falls back to Dutch and `--check-cards` says so.
//! - `kaarten.ftl`: the cards, kenmerken, werkvelden, scale and prompts in this language; keys
//!   made from the ids in the Dutch card files (see [`cards`]). Dutch has none: the card files
//!   are Dutch.
//!
//! Why Fluent: plurals and variables differ per language (Arabic has six plural forms), and
//! translators and their tools know the format; an organisation adds a language by adding a
//! folder, without touching code.

pub mod cards;
mod load;

pub use load::{first_few, summary};

use std::collections::BTreeSet;
use std::fmt;
use std::path::PathBuf;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The reference language: the card files and the screens are written in Dutch first.
pub const BASE: &str = "nl";

/// The words of the screens shipped with the game, compiled in: (code, file, text). The cards'
/// translations belong to each pack (`cards/<pack>/talen/<code>/kaarten.ftl`).
pub const BUILT_IN: [(&str, &str, &str); 2] = [
    (
        "nl",
        "spel.ftl",
        include_str!("../../assets/talen/nl/spel.ftl"),
    ),
    (
        "en",
        "spel.ftl",
        include_str!("../../assets/talen/en/spel.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// A problem in a language file, with its place: the same shape and wording as a problem in a
/// card file (line and column from 1; 0 when it is about the file as a whole).
pub use crate::deck::LoadError as LangProblem;

/// One parsed file of a language.
struct Part {
    file: PathBuf,
    bundle: Bundle,
    keys: BTreeSet<String>,
}

/// One language: the words of the screens and, except for Dutch, the cards.
pub struct Language {
    pub code: String,
    /// The language's own name ("English"), from the key `taal-naam`.
    pub name: String,
    ui: Option<Part>,
    cards: Option<Part>,
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Language")
            .field("code", &self.code)
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl Language {
    /// Whether the card translation says it was tested with clients (`kaarten-getest = ja`).
    /// Dutch is the research's own language.
    pub fn cards_tested(&self) -> bool {
        if self.code == BASE {
            return true;
        }
        self.card_text("kaarten-getest", None).as_deref() == Some("ja")
    }

    /// Whether this language has a translation of the cards.
    pub fn has_cards(&self) -> bool {
        self.cards.is_some()
    }

    fn ui_text(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        format(self.ui.as_ref()?, key, args)
    }

    /// One text of the card translation, with variables filled in.
    pub fn card_text(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        format(self.cards.as_ref()?, key, args)
    }

    /// The keys of the card translation.
    pub fn card_keys(&self) -> impl Iterator<Item = &str> {
        self.cards
            .iter()
            .flat_map(|p| p.keys.iter().map(String::as_str))
    }

    /// The keys of the screens' words.
    pub fn ui_keys(&self) -> impl Iterator<Item = &str> {
        self.ui
            .iter()
            .flat_map(|p| p.keys.iter().map(String::as_str))
    }

    /// The variables a screen text of this language asks for, or `None` when it has no such
    /// text: for the check that the code passes them all.
    pub fn ui_variables(&self, key: &str) -> Option<Vec<String>> {
        variables(&self.ui.as_ref()?.bundle, key)
    }

    /// Every screen text of this language as written (variables left as `{ $x }`): for checks.
    pub fn ui_sources(&self) -> Vec<(String, String)> {
        let Some(part) = &self.ui else {
            return Vec::new();
        };
        part.keys
            .iter()
            .filter_map(|k| Some((k.clone(), raw_text(&part.bundle, k)?)))
            .collect()
    }
}

fn format(part: &Part, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let message = part.bundle.get_message(key)?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    let text = part.bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        said_once(key, &errors);
    }
    Some(text.into_owned())
}

/// A text that could not be filled in (a value the code did not pass shows as `{$naam}`) is said
/// in the log once per key: the key and the kind of error, never a value.
fn said_once(key: &str, errors: &[fluent_bundle::FluentError]) {
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|e| e.into_inner());
    if said.iter().any(|k| k == key) {
        return;
    }
    said.push(key.to_string());
    let kinds: Vec<String> = errors
        .iter()
        .map(|e| match e {
            fluent_bundle::FluentError::ResolverError(r) => r.to_string(),
            other => format!("{other:?}"),
        })
        .collect();
    log::warn!(
        "woorden: '{key}' is niet helemaal ingevuld: {}",
        kinds.join("; ")
    );
}

/// The variables a message uses (`{ $naam }`, also in a select), in the order they come.
fn variables(bundle: &Bundle, key: &str) -> Option<Vec<String>> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn walk(p: &Pattern<&str>, out: &mut Vec<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
                out.push(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    let message = bundle.get_message(key)?;
    let pattern = message.value()?;
    let mut out = Vec::new();
    walk(pattern, &mut out);
    Some(out)
}

/// A message's text with every variable shown as its name (`{ $n }` → `n`), for checks that
/// read the words (B1, no Dutch in English).
fn raw_text(bundle: &Bundle, key: &str) -> Option<String> {
    let message = bundle.get_message(key)?;
    let pattern = message.value()?;
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            fluent_syntax::ast::PatternElement::TextElement { value } => out.push_str(value),
            fluent_syntax::ast::PatternElement::Placeable { expression } => {
                use fluent_syntax::ast::{Expression, InlineExpression};
                // A select ({ $n -> [one] … *[other] … }): take the default variant's words.
                match expression {
                    Expression::Select { variants, .. } => {
                        if let Some(v) = variants.iter().find(|v| v.default) {
                            for e in &v.value.elements {
                                if let fluent_syntax::ast::PatternElement::TextElement { value } = e
                                {
                                    out.push_str(value);
                                } else {
                                    out.push('X');
                                }
                            }
                        }
                    }
                    Expression::Inline(InlineExpression::StringLiteral { value }) => {
                        out.push_str(value)
                    }
                    Expression::Inline(_) => out.push('X'),
                }
            }
        }
    }
    Some(out)
}

/// All languages the game knows, Dutch first.
pub struct Languages {
    list: Vec<Language>,
    /// Problems found while reading the files (missing keys, syntax errors).
    pub problems: Vec<LangProblem>,
}

impl fmt::Debug for Languages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.list.iter()).finish()
    }
}

/// The screens' words in one language, with Dutch behind it for a key the language lacks.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    lang: &'a Language,
    base: &'a Language,
}

impl<'a> Tr<'a> {
    /// The language's code ("en").
    pub fn code(&self) -> &'a str {
        &self.lang.code
    }

    /// A text without variables. A key no language has shows as itself (and a test fails).
    pub fn t(&self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// A text with variables: `tr.f("kaarten-gehad", [("n", 3.into())])`.
    pub fn f<'b>(
        &self,
        key: &str,
        args: impl IntoIterator<Item = (&'b str, FluentValue<'b>)>,
    ) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(k, v);
        }
        self.lookup(key, Some(&fa))
    }

    fn lookup(&self, key: &str, args: Option<&FluentArgs>) -> String {
        self.lang
            .ui_text(key, args)
            .or_else(|| self.base.ui_text(key, args))
            .unwrap_or_else(|| key.to_string())
    }
}

impl Languages {
    /// Every language, Dutch first.
    pub fn all(&self) -> &[Language] {
        &self.list
    }

    pub fn get(&self, code: &str) -> Option<&Language> {
        self.list.iter().find(|l| l.code == code)
    }

    /// The screens' words in this language (Dutch when the code is unknown).
    pub fn tr(&self, code: &str) -> Tr<'_> {
        let base = self.get(BASE).or_else(|| self.list.first());
        let lang = self.get(code).or(base);
        match (lang, base) {
            (Some(lang), Some(base)) => Tr { lang, base },
            // Unreachable in practice: built_in() always has Dutch. Keep a fallback anyway.
            _ => Tr {
                lang: &EMPTY,
                base: &EMPTY,
            },
        }
    }
}

static EMPTY: Language = Language {
    code: String::new(),
    name: String::new(),
    ui: None,
    cards: None,
};
