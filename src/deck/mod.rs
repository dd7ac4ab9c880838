//! The cards: the model, loading from RON files, and validation with exact error positions.
//!
//! No Bevy types here. The game, `--check-cards` and the tests all load cards through
//! [`load_dir`] or [`load_sources`].

mod lex;
mod messages;
mod raw;
pub mod template;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub use raw::{GoodWhen, Keying};
use raw::{Located, RawCard, RawFile, RawPrompts, RawWordings};
use template::{Key, Words};

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
    pub name: String,
    pub colour: Rgb,
    pub explain: String,
    pub good_when: GoodWhen,
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
}

/// Conversation prompts for every card, chosen by what the two chose.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenericPrompts {
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
    pub large: Vec<String>,
    pub passed: Vec<String>,
}

/// Which list of generic prompts fits two revealed choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    SameGood,
    SameMiddle,
    SameHard,
    Small,
    SmallGood,
    SmallHard,
    Large,
    Passed,
}

/// Where a score lies for the working alliance: 1-2 hard, 3 the middle, 4-5 good, after
/// turning the scale round when a high score means "harder" (Stroefheid, item 5).
fn side(score: u8, higher_is_better: bool) -> std::cmp::Ordering {
    let s = if higher_is_better { score } else { 6 - score };
    s.cmp(&3)
}

impl PromptKind {
    /// The kind for two choices on a card where a high score is (or is not) good.
    pub fn of(client: Option<u8>, professional: Option<u8>, higher_is_better: bool) -> PromptKind {
        use std::cmp::Ordering::*;
        let (Some(c), Some(p)) = (client, professional) else {
            return PromptKind::Passed;
        };
        let (a, b) = (side(c, higher_is_better), side(p, higher_is_better));
        match c.abs_diff(p) {
            0 => match a {
                Greater => PromptKind::SameGood,
                Equal => PromptKind::SameMiddle,
                Less => PromptKind::SameHard,
            },
            1 => match (a, b) {
                (Greater, Greater) => PromptKind::SmallGood,
                (Less, Less) => PromptKind::SmallHard,
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
            PromptKind::SameGood => &self.same_good,
            PromptKind::SameMiddle => &self.same_middle,
            PromptKind::SameHard => &self.same_hard,
            PromptKind::Small => &self.small,
            PromptKind::SmallGood => &self.small_good,
            PromptKind::SmallHard => &self.small_hard,
            PromptKind::Large => &self.large,
            PromptKind::Passed => &self.passed,
        };
        if list.is_empty() && matches!(kind, PromptKind::SmallGood | PromptKind::SmallHard) {
            return &self.small;
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
    pub prompts: Vec<String>,
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

    /// The card's own prompts with the field's words filled in.
    pub fn prompts_for(&self, field: &Field) -> Vec<String> {
        self.prompts
            .iter()
            .map(|p| template::render(p, field))
            .collect()
    }
}

/// Everything loaded from a card folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
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
            client,
            professional,
            self.higher_is_better(card),
        ))
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

/// A problem in a card file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: PathBuf,
    /// 0 when the problem is about the file as a whole.
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.col,
                self.message
            )
        }
    }
}

/// The result of loading: what loaded, what was wrong, and which files were read.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub library: Library,
    pub errors: Vec<LoadError>,
    pub files: Vec<PathBuf>,
}

/// A folder that cannot be read at all.
#[derive(Debug)]
pub struct DirError {
    pub dir: PathBuf,
    pub message: String,
}

impl fmt::Display for DirError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.dir.display(), self.message)
    }
}

impl std::error::Error for DirError {}

/// Loads every `.ron` file of a folder (not its subfolders), in name order.
pub fn load_dir(dir: &Path) -> Result<LoadReport, DirError> {
    let entries = std::fs::read_dir(dir).map_err(|e| DirError {
        dir: dir.to_path_buf(),
        message: match e.kind() {
            std::io::ErrorKind::NotFound => "deze map bestaat niet".to_string(),
            std::io::ErrorKind::NotADirectory => "dit is geen map".to_string(),
            _ => format!("deze map kan niet gelezen worden ({e})"),
        },
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("ron")))
        .collect();
    paths.sort();
    let mut sources = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        match read_limited(&path) {
            Ok(bytes) => sources.push((path, bytes)),
            Err(message) => unreadable.push(LoadError {
                file: path,
                line: 0,
                col: 0,
                message,
            }),
        }
    }
    let mut report = load_bytes(&sources);
    for e in unreadable {
        report.files.push(e.file.clone());
        report.errors.push(e);
    }
    Ok(report)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file =
        std::fs::File::open(path).map_err(|e| format!("kan dit bestand niet openen ({e})"))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("kan dit bestand niet lezen ({e})"))?;
    if !meta.is_file() {
        return Err("dit is geen gewoon bestand".to_string());
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("kan dit bestand niet lezen ({e})"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "dit bestand is te groot (meer dan {} MB); een kaartbestand is veel kleiner",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// Loads card files given as (name, text) pairs. Used for the built-in cards and in tests.
pub fn load_sources(sources: &[(PathBuf, String)]) -> LoadReport {
    let bytes: Vec<(PathBuf, Vec<u8>)> = sources
        .iter()
        .map(|(p, s)| (p.clone(), s.as_bytes().to_vec()))
        .collect();
    load_bytes(&bytes)
}

struct Parsed<'a> {
    file: &'a Path,
    src: &'a str,
    lines: lex::Lines,
    strings: Vec<lex::StringToken>,
    content: RawFile,
}

impl Parsed<'_> {
    fn at(&self, s: &Located, message: impl Into<String>) -> LoadError {
        let byte = self.strings.get(s.ordinal).map_or(0, |t| t.start);
        let (line, col) = self.lines.position(self.src, byte);
        LoadError {
            file: self.file.to_path_buf(),
            line,
            col,
            message: message.into(),
        }
    }

    /// Position of a byte offset inside a string's decoded text, when it can be found exactly.
    fn at_offset(&self, s: &Located, offset: usize, message: impl Into<String>) -> LoadError {
        if let Some(tok) = self.strings.get(s.ordinal) {
            let raw = &self.src[tok.content.clone()];
            if raw == s.value {
                let (line, col) = self.lines.position(self.src, tok.content.start + offset);
                return LoadError {
                    file: self.file.to_path_buf(),
                    line,
                    col,
                    message: message.into(),
                };
            }
        }
        self.at(s, message)
    }
}

fn load_bytes(sources: &[(PathBuf, Vec<u8>)]) -> LoadReport {
    let mut report = LoadReport::default();
    let mut parsed = Vec::new();
    for (path, bytes) in sources {
        report.files.push(path.clone());
        let src = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let valid = &bytes[..e.valid_up_to()];
                let valid = std::str::from_utf8(valid).unwrap_or("");
                let (line, col) = lex::position(valid, valid.len());
                report.errors.push(LoadError {
                    file: path.clone(),
                    line,
                    col,
                    message: "Het bestand is geen geldige tekst (UTF-8). Sla het op als UTF-8."
                        .into(),
                });
                continue;
            }
        };
        raw::reset_ordinals();
        // Optional fields (the monitor's scale words, the articles of a field) are written
        // without Some(…).
        match ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .with_recursion_limit(64)
            .from_str::<RawFile>(src)
        {
            Ok(content) => parsed.push(Parsed {
                file: path,
                src,
                lines: lex::Lines::new(src),
                strings: lex::string_literals(src),
                content,
            }),
            Err(e) => report.errors.push(LoadError {
                file: path.clone(),
                line: e.span.start.line,
                col: e.span.start.col,
                message: messages::explain(&e.code),
            }),
        }
    }

    let mut v = Validator {
        report: &mut report,
        seen_scale: None,
    };
    // Kenmerken and fields first: cards are checked against them.
    for p in &parsed {
        match &p.content {
            RawFile::Kenmerken(list) => v.kenmerken(p, list),
            RawFile::Werkvelden(list) => v.fields(p, list),
            _ => {}
        }
    }
    for p in &parsed {
        match &p.content {
            RawFile::Schaal { points, pass } => v.scale(p, points, pass),
            RawFile::Gespreksvragen {
                same,
                same_good,
                same_middle,
                same_hard,
                small,
                small_good,
                small_hard,
                large,
                passed,
            } => v.generic_prompts(
                p,
                &RawPrompts {
                    same,
                    same_good,
                    same_middle,
                    same_hard,
                    small,
                    small_good,
                    small_hard,
                    large,
                    passed,
                },
            ),
            _ => {}
        }
    }
    let mut card_ids: HashMap<String, Origin> = HashMap::new();
    let mut items: HashMap<u16, String> = HashMap::new();
    for p in &parsed {
        if let RawFile::Kaarten(cards) = &p.content {
            for raw in cards {
                v.card(p, raw, &mut card_ids, &mut items);
            }
        }
    }
    report
        .errors
        .sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    report
}

struct Validator<'r> {
    report: &'r mut LoadReport,
    seen_scale: Option<PathBuf>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

const ID_RULE: &str = "gebruik alleen kleine letters, cijfers en -, zonder spaties";

fn parse_colour(s: &str) -> Option<Rgb> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
}

impl Validator<'_> {
    fn push(&mut self, e: LoadError) {
        self.report.errors.push(e);
    }

    /// Checks a text that players read: not empty, placeholders valid. Returns false if bad.
    fn text(&mut self, p: &Parsed, s: &Located, what: &str) -> bool {
        if s.value.trim().is_empty() {
            self.push(p.at(s, format!("{what} is leeg. Schrijf hier een tekst.")));
            return false;
        }
        let n = s.value.chars().count();
        if n > MAX_TEXT_CHARS {
            self.push(p.at(s, format!("{what} is te lang ({n} tekens). Houd het kort: hoogstens {MAX_TEXT_CHARS} tekens.")));
            return false;
        }
        if let Err(e) = template::parse(&s.value) {
            self.push(p.at_offset(s, e.offset, format!("{what}: {e}.")));
            return false;
        }
        true
    }

    /// Checks a text that is shown as is (a name, a label): only not empty.
    fn plain(&mut self, p: &Parsed, s: &Located, what: &str) -> bool {
        if s.value.trim().is_empty() {
            self.push(p.at(s, format!("{what} is leeg. Schrijf hier een tekst.")));
            return false;
        }
        if s.value.chars().count() > MAX_TEXT_CHARS {
            self.push(p.at(
                s,
                format!("{what} is te lang. Houd het kort: hoogstens {MAX_TEXT_CHARS} tekens."),
            ));
            return false;
        }
        true
    }

    fn kenmerken(&mut self, p: &Parsed, list: &[raw::RawKenmerk]) {
        for k in list {
            if !valid_id(&k.id.value) {
                self.push(p.at(
                    &k.id,
                    format!("Het id \"{}\" kan niet: {ID_RULE}.", k.id.value),
                ));
                continue;
            }
            if self.report.library.kenmerk(&k.id.value).is_some() {
                self.push(p.at(&k.id, format!("Het kenmerk \"{}\" bestaat al.", k.id.value)));
                continue;
            }
            let Some(colour) = parse_colour(&k.colour.value) else {
                self.push(p.at(
                    &k.colour,
                    format!(
                        "De kleur \"{}\" kan niet. Schrijf een kleur als \"#1F6FB2\".",
                        k.colour.value
                    ),
                ));
                continue;
            };
            let ok = self.plain(p, &k.name, "De naam") & self.plain(p, &k.explain, "De uitleg");
            if ok {
                self.report.library.kenmerken.push(Kenmerk {
                    id: k.id.value.clone(),
                    name: k.name.value.clone(),
                    colour,
                    explain: k.explain.value.clone(),
                    good_when: k.good_when,
                });
            }
        }
    }

    fn fields(&mut self, p: &Parsed, list: &[raw::RawField]) {
        for f in list {
            if !valid_id(&f.id.value) {
                self.push(p.at(
                    &f.id,
                    format!("Het id \"{}\" kan niet: {ID_RULE}.", f.id.value),
                ));
                continue;
            }
            if self.report.library.field(&f.id.value).is_some() {
                self.push(p.at(
                    &f.id,
                    format!("Het werkveld \"{}\" bestaat al.", f.id.value),
                ));
                continue;
            }
            let ok = self.plain(p, &f.name, "De naam")
                & self.plain(p, &f.werker, "Het woord voor {werker}")
                & self.plain(p, &f.client, "Het woord voor {client}")
                & self.plain(p, &f.voorwaarden, "Het woord voor {voorwaarden}")
                & self.grammar(p, f);
            if ok {
                self.report.library.fields.push(Field {
                    id: f.id.value.clone(),
                    name: f.name.value.clone(),
                    werker: f.werker.value.clone(),
                    client: f.client.value.clone(),
                    voorwaarden: f.voorwaarden.value.clone(),
                });
            }
        }
    }

    /// The cards say "mijn {werker}", "deze {client}" and "de {voorwaarden} houden": the words
    /// must be de-words and a plural, or a sentence like "deze kind" comes out. The file says so
    /// for every field, and is checked.
    fn grammar(&mut self, p: &Parsed, f: &raw::RawField) -> bool {
        let mut ok = true;
        for (article, word, key) in [
            (&f.werker_lidwoord, &f.werker, "werker"),
            (&f.client_lidwoord, &f.client, "client"),
        ] {
            match article {
                None => {
                    self.push(p.at(
                        &f.id,
                        format!(
                            "Schrijf bij dit werkveld het lidwoord van \"{}\": {key}_lidwoord: \"de\".",
                            word.value
                        ),
                    ));
                    ok = false;
                }
                Some(a) if a.value != "de" => {
                    self.push(p.at(
                        a,
                        format!(
                            "\"{}\" is een {}-woord. De kaarten zeggen \"deze {{{key}}}\"; dat kan alleen met een de-woord. Kies een ander woord.",
                            word.value, a.value
                        ),
                    ));
                    ok = false;
                }
                Some(_) => {}
            }
        }
        match f.voorwaarden_meervoud {
            None => {
                self.push(p.at(
                    &f.voorwaarden,
                    "Schrijf erbij of dit een meervoud is: voorwaarden_meervoud: true.".to_string(),
                ));
                ok = false;
            }
            Some(false) => {
                self.push(p.at(
                    &f.voorwaarden,
                    format!(
                        "\"{}\" moet een meervoud zijn, zoals \"afspraken\". De kaarten zeggen \"de {{voorwaarden}}\".",
                        f.voorwaarden.value
                    ),
                ));
                ok = false;
            }
            Some(true) => {}
        }
        ok
    }

    fn pictogram(&mut self, p: &Parsed, s: &Located) -> Option<Pictogram> {
        let found = Pictogram::from_name(&s.value);
        if found.is_none() {
            let names: Vec<String> = Pictogram::ALL
                .iter()
                .map(|(n, _)| format!("\"{n}\""))
                .collect();
            self.push(p.at(
                s,
                format!(
                    "Onbekend plaatje \"{}\". Kies uit {}.",
                    s.value,
                    names.join(", ")
                ),
            ));
        }
        found
    }

    fn scale(&mut self, p: &Parsed, points: &[raw::RawPoint], pass: &raw::RawPass) {
        if let Some(first) = &self.seen_scale {
            self.push(LoadError {
                file: p.file.to_path_buf(),
                line: 1,
                col: 1,
                message: format!(
                    "Er is al een schaal in {}. Er mag maar één schaal zijn.",
                    first.display()
                ),
            });
            return;
        }
        let mut ok = true;
        let mut out = Vec::new();
        for (i, point) in points.iter().enumerate() {
            let expected = i as u8 + 1;
            if point.value != expected {
                self.push(p.at(
                    &point.label,
                    format!(
                        "Punt {} van de schaal moet value: {expected} hebben, niet {}.",
                        i + 1,
                        point.value
                    ),
                ));
                ok = false;
            }
            ok &= self.plain(p, &point.label, "Het woord");
            if let Some(original) = &point.original {
                ok &= self.plain(p, original, "Het woord van de monitor");
            }
            let pic = self.pictogram(p, &point.pictogram);
            ok &= pic.is_some();
            if let Some(pictogram) = pic {
                out.push(ScalePoint {
                    value: point.value,
                    label: point.label.value.clone(),
                    original: point
                        .original
                        .as_ref()
                        .map_or_else(|| point.label.value.clone(), |o| o.value.clone()),
                    pictogram,
                });
            }
        }
        if points.len() != 5 {
            self.push(LoadError {
                file: p.file.to_path_buf(),
                line: 1,
                col: 1,
                message: format!(
                    "De schaal heeft 5 punten nodig, hier staan er {}.",
                    points.len()
                ),
            });
            ok = false;
        }
        ok &= self.plain(p, &pass.label, "Het woord voor overslaan");
        let pass_pic = self.pictogram(p, &pass.pictogram);
        if let (true, Some(pass_pictogram)) = (ok, pass_pic) {
            self.seen_scale = Some(p.file.to_path_buf());
            self.report.library.scale = Some(Scale {
                points: out,
                pass_label: pass.label.value.clone(),
                pass_pictogram,
            });
        }
    }

    fn generic_prompts(&mut self, p: &Parsed, raw: &RawPrompts<'_>) {
        let take = |list: &Vec<Located>, v: &mut Self| -> Vec<String> {
            list.iter()
                .filter(|s| v.text(p, s, "Een gespreksvraag"))
                .map(|s| s.value.clone())
                .collect()
        };
        // The older single "same" list counts where the three new ones are not given.
        let same = take(raw.same, self);
        let mut lists = [
            take(raw.same_good, self),
            take(raw.same_middle, self),
            take(raw.same_hard, self),
        ];
        for list in &mut lists {
            if list.is_empty() {
                list.clone_from(&same);
            }
        }
        let [same_good, same_middle, same_hard] = lists;
        let small = take(raw.small, self);
        let small_good = take(raw.small_good, self);
        let small_hard = take(raw.small_hard, self);
        let large = take(raw.large, self);
        let passed = take(raw.passed, self);
        let g = &mut self.report.library.prompts;
        g.same_good.extend(same_good);
        g.same_middle.extend(same_middle);
        g.same_hard.extend(same_hard);
        g.small.extend(small);
        g.small_good.extend(small_good);
        g.small_hard.extend(small_hard);
        g.large.extend(large);
        g.passed.extend(passed);
    }

    fn card(
        &mut self,
        p: &Parsed,
        raw: &RawCard,
        ids: &mut HashMap<String, Origin>,
        items: &mut HashMap<u16, String>,
    ) {
        let id = &raw.id.value;
        let here = p.at(&raw.id, "");
        let origin = Origin {
            file: here.file.clone(),
            line: here.line,
            col: here.col,
        };
        if !valid_id(id) {
            self.push(p.at(&raw.id, format!("Het id \"{id}\" kan niet: {ID_RULE}.")));
            return;
        }
        if let Some(first) = ids.get(id) {
            self.push(p.at(
                &raw.id,
                format!(
                    "Het id \"{id}\" is al gebruikt in {}:{}:{}. Elke kaart heeft een eigen id nodig.",
                    first.file.display(),
                    first.line,
                    first.col
                ),
            ));
            return;
        }
        ids.insert(id.clone(), origin.clone());
        let mut ok = true;
        if self.report.library.kenmerk(&raw.kenmerk.value).is_none() {
            let known: Vec<String> = self
                .report
                .library
                .kenmerken
                .iter()
                .map(|k| format!("\"{}\"", k.id))
                .collect();
            let choose = if known.is_empty() {
                "Er zijn geen kenmerken geladen (zie kenmerken.ron).".to_string()
            } else {
                format!("Kies uit {}.", known.join(", "))
            };
            self.push(p.at(
                &raw.kenmerk,
                format!("Onbekend kenmerk \"{}\". {choose}", raw.kenmerk.value),
            ));
            ok = false;
        }
        if raw.item == 0 {
            self.push(p.at(
                &raw.id,
                format!("Kaart \"{id}\": item moet 1 of hoger zijn."),
            ));
            ok = false;
        } else if let Some(other) = items.get(&raw.item) {
            self.push(p.at(
                &raw.id,
                format!(
                    "Kaart \"{id}\": item {} staat ook al op kaart \"{other}\".",
                    raw.item
                ),
            ));
            ok = false;
        }
        let wordings = |w: &RawWordings, who: &str, v: &mut Self| -> bool {
            v.text(p, &w.original, &format!("De zin voor de {who} (original)"))
                & v.text(p, &w.b1, &format!("De zin voor de {who} (b1)"))
        };
        ok &= wordings(&raw.client, "cliënt", self);
        ok &= wordings(&raw.professional, "professional", self);
        if raw.prompts.is_empty() || raw.prompts.len() > 3 {
            self.push(p.at(
                &raw.id,
                format!(
                    "Kaart \"{id}\" heeft {} gespreksvragen. Schrijf er 1, 2 of 3.",
                    raw.prompts.len()
                ),
            ));
            ok = false;
        }
        for prompt in &raw.prompts {
            ok &= self.text(p, prompt, "Een gespreksvraag");
        }
        if !ok {
            return;
        }
        items.insert(raw.item, id.clone());
        let words = |w: &RawWordings| Wordings {
            original: w.original.value.clone(),
            b1: w.b1.value.clone(),
        };
        self.report.library.cards.push(Card {
            id: id.clone(),
            item: raw.item,
            kenmerk: raw.kenmerk.value.clone(),
            keying: raw.keying,
            short: raw.short,
            client: words(&raw.client),
            professional: words(&raw.professional),
            prompts: raw.prompts.iter().map(|s| s.value.clone()).collect(),
            origin,
        });
    }
}

/// The card files shipped with the game, compiled in, so the game also runs without `cards/`.
pub const BUILT_IN: [(&str, &str); 8] = [
    ("kenmerken.ron", include_str!("../../cards/kenmerken.ron")),
    ("werkvelden.ron", include_str!("../../cards/werkvelden.ron")),
    ("schaal.ron", include_str!("../../cards/schaal.ron")),
    (
        "gespreksvragen.ron",
        include_str!("../../cards/gespreksvragen.ron"),
    ),
    (
        "richting-en-kader.ron",
        include_str!("../../cards/richting-en-kader.ron"),
    ),
    ("vertrouwen.ron", include_str!("../../cards/vertrouwen.ron")),
    ("binding.ron", include_str!("../../cards/binding.ron")),
    ("stroefheid.ron", include_str!("../../cards/stroefheid.ron")),
];

/// Loads the built-in copy of the shipped cards.
pub fn load_built_in() -> LoadReport {
    let sources: Vec<(PathBuf, String)> = BUILT_IN
        .iter()
        .map(|(name, text)| (Path::new("(ingebouwd)").join(name), text.to_string()))
        .collect();
    load_sources(&sources)
}

/// A short summary for `--check-cards`: decks with card counts, fields, scale.
pub fn summary(report: &LoadReport) -> String {
    use std::fmt::Write;
    let lib = &report.library;
    let mut out = String::new();
    let _ = writeln!(out, "Gelezen: {} bestand(en).", report.files.len());
    let _ = writeln!(out, "Stapels: {}", lib.kenmerken.len());
    let mut seen: HashSet<&str> = HashSet::new();
    for k in &lib.kenmerken {
        seen.insert(&k.id);
        let n = lib.deck(&k.id).count();
        let short = lib.deck(&k.id).filter(|c| c.short).count();
        let _ = writeln!(
            out,
            "  {:<20} {:>2} kaarten ({short} in de korte versie)",
            k.name, n
        );
    }
    let _ = writeln!(out, "Kaarten: {} in totaal", lib.cards.len());
    let _ = writeln!(out, "Werkvelden: {}", lib.fields.len());
    for f in &lib.fields {
        let _ = writeln!(
            out,
            "  {:<20} {{werker}} = {}, {{client}} = {}",
            f.id, f.werker, f.client
        );
    }
    match &lib.scale {
        Some(s) => {
            let labels: Vec<&str> = s.points.iter().map(|p| p.label.as_str()).collect();
            let _ = writeln!(
                out,
                "Schaal: {} · overslaan: {}",
                labels.join(" / "),
                s.pass_label
            );
        }
        None => {
            let _ = writeln!(out, "Schaal: geen");
        }
    }
    out
}
