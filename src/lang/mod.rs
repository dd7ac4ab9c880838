//! Languages: the words of the screens and a translation of the cards, per language. No Bevy.
//!
//! Every language lives in a folder `talen/<code>/` beside the card files:
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

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The reference language: the card files and the screens are written in Dutch first.
pub const BASE: &str = "nl";

/// The languages shipped with the game, compiled in: (code, file, text).
pub const BUILT_IN: [(&str, &str, &str); 3] = [
    (
        "nl",
        "spel.ftl",
        include_str!("../../cards/talen/nl/spel.ftl"),
    ),
    (
        "en",
        "spel.ftl",
        include_str!("../../cards/talen/en/spel.ftl"),
    ),
    (
        "en",
        "kaarten.ftl",
        include_str!("../../cards/talen/en/kaarten.ftl"),
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
    Some(text.into_owned())
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
    /// The built-in languages only.
    pub fn built_in() -> Languages {
        let files: Vec<(String, PathBuf, String)> = BUILT_IN
            .iter()
            .map(|(code, name, text)| {
                (
                    code.to_string(),
                    Path::new("(ingebouwd)").join("talen").join(code).join(name),
                    text.to_string(),
                )
            })
            .collect();
        Languages::from_files(files)
    }

    /// The built-in languages, with the folders under `<cards>/talen/` on top: a language
    /// folder there replaces the built-in files of that language or adds a language.
    pub fn load(cards_dir: &Path) -> Languages {
        let mut files: Vec<(String, PathBuf, String)> = Vec::new();
        let mut problems = Vec::new();
        let root = cards_dir.join("talen");
        let mut from_dir: BTreeSet<(String, String)> = BTreeSet::new();
        if let Ok(entries) = std::fs::read_dir(&root) {
            let mut dirs: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            dirs.sort();
            for dir in dirs {
                let code = dir
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                if code.parse::<unic_langid::LanguageIdentifier>().is_err() {
                    problems.push(LangProblem {
                        file: dir.clone(),
                        line: 0,
                        col: 0,
                        message: format!(
                            "\"{code}\" is geen taalcode. Gebruik een code als en, tr, ar of pl"
                        ),
                    });
                    continue;
                }
                for name in ["spel.ftl", "kaarten.ftl"] {
                    let path = dir.join(name);
                    if !path.exists() {
                        continue;
                    }
                    match read_small(&path) {
                        Ok(text) => {
                            from_dir.insert((code.clone(), name.to_string()));
                            files.push((code.clone(), path, text));
                        }
                        Err(message) => problems.push(LangProblem {
                            file: path,
                            line: 0,
                            col: 0,
                            message,
                        }),
                    }
                }
            }
        }
        for (code, name, text) in BUILT_IN {
            if !from_dir.contains(&(code.to_string(), name.to_string())) {
                files.push((
                    code.to_string(),
                    Path::new("(ingebouwd)").join("talen").join(code).join(name),
                    text.to_string(),
                ));
            }
        }
        let mut langs = Languages::from_files(files);
        problems.append(&mut langs.problems);
        langs.problems = problems;
        langs
    }

    fn from_files(files: Vec<(String, PathBuf, String)>) -> Languages {
        let mut list: Vec<Language> = Vec::new();
        let mut problems = Vec::new();
        for (code, path, text) in files {
            let Ok(id) = code.parse::<unic_langid::LanguageIdentifier>() else {
                continue;
            };
            let part = parse(&path, text, id, &mut problems);
            let lang = match list.iter_mut().position(|l| l.code == code) {
                Some(i) => &mut list[i],
                None => {
                    list.push(Language {
                        code: code.clone(),
                        name: code.clone(),
                        ui: None,
                        cards: None,
                    });
                    let last = list.len() - 1;
                    &mut list[last]
                }
            };
            if path.file_name().and_then(|n| n.to_str()) == Some("kaarten.ftl") {
                lang.cards = Some(part);
            } else {
                lang.ui = Some(part);
            }
        }
        for lang in &mut list {
            if let Some(name) = lang.ui_text("taal-naam", None) {
                lang.name = name;
            }
        }
        // Dutch first, then the others in the order of their codes.
        list.sort_by(|a, b| (a.code != BASE, &a.code).cmp(&(b.code != BASE, &b.code)));
        let mut langs = Languages { list, problems };
        langs.check_keys();
        langs
    }

    /// Keys missing from or extra in a language's `spel.ftl`, compared with Dutch.
    fn check_keys(&mut self) {
        let Some(base) = self.list.iter().find(|l| l.code == BASE) else {
            self.problems.push(LangProblem {
                file: PathBuf::from("talen/nl/spel.ftl"),
                line: 0,
                col: 0,
                message: "de Nederlandse woorden ontbreken".to_string(),
            });
            return;
        };
        let reference: BTreeSet<&str> = base.ui_keys().collect();
        let mut found = Vec::new();
        for lang in &self.list {
            if lang.code == BASE {
                continue;
            }
            let Some(ui) = &lang.ui else {
                found.push(LangProblem {
                    file: PathBuf::from(format!("talen/{}/spel.ftl", lang.code)),
                    line: 0,
                    col: 0,
                    message: "dit bestand ontbreekt: de schermen blijven in het Nederlands"
                        .to_string(),
                });
                continue;
            };
            let keys: BTreeSet<&str> = ui.keys.iter().map(String::as_str).collect();
            let missing: Vec<&str> = reference.difference(&keys).copied().collect();
            let extra: Vec<&str> = keys.difference(&reference).copied().collect();
            if !missing.is_empty() {
                found.push(LangProblem {
                    file: ui.file.clone(),
                    line: 0,
                    col: 0,
                    message: format!(
                        "{} woord(en) ontbreken (dan staat er Nederlands): {}",
                        missing.len(),
                        first_few(&missing)
                    ),
                });
            }
            if !extra.is_empty() {
                found.push(LangProblem {
                    file: ui.file.clone(),
                    line: 0,
                    col: 0,
                    message: format!(
                        "{} sleutel(s) die het Nederlands niet heeft (worden niet gebruikt): {}",
                        extra.len(),
                        first_few(&extra)
                    ),
                });
            }
        }
        self.problems.append(&mut found);
    }

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

/// A short summary for `--check-cards`: the languages and whether their cards were tested.
pub fn summary(languages: &Languages) -> String {
    let mut out = String::from("Talen:");
    for l in languages.all() {
        let cards = if l.code == BASE {
            "de kaartbestanden zelf".to_string()
        } else if !l.has_cards() {
            "geen vertaling van de kaarten".to_string()
        } else if l.cards_tested() {
            "kaarten getest met cliënten".to_string()
        } else {
            "kaarten vertaald, niet getest met cliënten".to_string()
        };
        out.push_str(&format!("\n  {:<4} {:<14} {cards}", l.code, l.name));
    }
    out.push('\n');
    out
}

fn parse(
    path: &Path,
    text: String,
    id: unic_langid::LanguageIdentifier,
    problems: &mut Vec<LangProblem>,
) -> Part {
    let source = text.clone();
    let resource = match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // The start of the entry that broke, else where the parser stopped.
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                let (line, col) = line_col(&source, at);
                problems.push(LangProblem {
                    file: path.to_path_buf(),
                    line,
                    col,
                    message: format!("deze regel kan niet gelezen worden ({})", e.kind),
                });
            }
            r
        }
    };
    let mut keys = BTreeSet::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if !keys.insert(m.id.name.to_string()) {
                problems.push(LangProblem {
                    file: path.to_path_buf(),
                    line: 0,
                    col: 0,
                    message: format!("\"{}\" staat er twee keer in", m.id.name),
                });
            }
        }
    }
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No invisible direction marks around variables: egui would draw them as boxes.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        for e in errors {
            problems.push(LangProblem {
                file: path.to_path_buf(),
                line: 0,
                col: 0,
                message: format!("{e}"),
            });
        }
    }
    Part {
        file: path.to_path_buf(),
        bundle,
        keys,
    }
}

/// A list of keys, the first twenty and how many more, so one line stays readable.
pub fn first_few(keys: &[&str]) -> String {
    const SHOWN: usize = 20;
    if keys.len() <= SHOWN {
        keys.join(", ")
    } else {
        format!("{} en nog {}", keys[..SHOWN].join(", "), keys.len() - SHOWN)
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    // Never a panic on an offset inside a character: then count up to the end.
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn read_small(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let file =
        std::fs::File::open(path).map_err(|e| format!("kan dit bestand niet openen ({e})"))?;
    let mut bytes = Vec::new();
    file.take(crate::deck::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("kan dit bestand niet lezen ({e})"))?;
    if bytes.len() as u64 > crate::deck::MAX_FILE_BYTES {
        return Err("dit bestand is te groot voor een taalbestand".to_string());
    }
    String::from_utf8(bytes).map_err(|_| "dit bestand is geen UTF-8-tekst".to_string())
}
