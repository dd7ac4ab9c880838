//! Reading a folder of exports: the long CSV (one row per card per round) and the per-theme CSV
//! (one row per conversation per kenmerk), of any version this game wrote. Each conversation is
//! counted once, by its id; whatever cannot be read is said per file (file, line, what), and the
//! rest is read. Nothing is written.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::path::{Path, PathBuf};

use crate::profile::{FAR_APART, Verdict};
use crate::session::Choice;

use super::{Conversation, KenmerkView, Overview, TeamCard};

/// A file larger than this is no export of one team (a long CSV row is about 120 bytes: this is
/// over a million rows); it is said, not read.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// How deep under the chosen folder files are looked for (a folder per laptop, a folder per
/// month inside it).
pub const MAX_DEPTH: usize = 3;

/// What went wrong with one file, or one line of it. The screen words it.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file could not be opened or read (its own words from the system).
    Unreadable(String),
    /// Too big to be an export (`MAX_FILE_BYTES`).
    TooBig,
    /// A CSV whose header is not one of ours.
    NotOurs,
    /// One of our tables, from a version before a column this overview needs.
    Missing(&'static str),
    /// A row that cannot be read: which column, and the value found.
    BadRow { column: &'static str, value: String },
    /// The same conversation in another file with other cards or judgments; the first one read
    /// is kept.
    Disagrees { id: String, other: PathBuf },
}

/// A problem with its place: the file, and the line (1 is the header) when it is one row.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub file: PathBuf,
    pub line: Option<u64>,
    pub problem: Problem,
}

/// Which of our tables a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// The long CSV: one row per card per round.
    Long,
    /// The per-theme CSV: one row per conversation per kenmerk.
    PerTheme,
}

/// One file read: which table, how many conversations it held, and whether it is an older
/// version (no pack columns: every conversation in it is the first pack's, on five steps).
#[derive(Debug, Clone, PartialEq)]
pub struct FileRead {
    pub file: PathBuf,
    pub table: Table,
    pub conversations: usize,
    pub older: bool,
}

/// The columns every version of the long CSV has: the export's first thirteen (`CSV_HEADER`,
/// read by name; later versions added columns after them).
const LONG_NEEDS: usize = 13;

/// The columns every version of the per-theme CSV has.
const PER_THEME_NEEDS: [&str; 8] = [
    "session_id",
    "date",
    "label",
    "field",
    "kenmerk",
    "both_scored",
    "card_gap_mean",
    "cards_far_apart",
];

/// Every `.csv` under `dir` (to [`MAX_DEPTH`]), sorted by path so a reading is the same each
/// time. Hidden files and folders are left out.
pub fn csv_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let Ok(entry) = entry else { continue };
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if depth < MAX_DEPTH {
                    // A folder that cannot be opened is left, the rest read.
                    let _ = walk(&path, depth + 1, out);
                }
            } else if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
            {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, 1, &mut out)?;
    out.sort();
    Ok(out)
}

/// Reads every export under `dir`. Only an unreadable folder is an error; a bad file or row is a
/// [`FileProblem`] in the overview.
pub fn read_folder(dir: &Path) -> std::io::Result<Overview> {
    let files = csv_files(dir)?;
    let mut reading = Reading::default();
    for file in files {
        let shown = file.strip_prefix(dir).unwrap_or(&file).to_path_buf();
        match std::fs::metadata(&file) {
            Ok(m) if m.len() > MAX_FILE_BYTES => reading.problem(&shown, None, Problem::TooBig),
            Ok(_) => match std::fs::read(&file) {
                Ok(bytes) => reading.file(&shown, &bytes),
                Err(e) => reading.problem(&shown, None, Problem::Unreadable(e.to_string())),
            },
            Err(e) => reading.problem(&shown, None, Problem::Unreadable(e.to_string())),
        }
    }
    Ok(reading.finish())
}

/// Reads exports given as (name, contents): what [`read_folder`] does after the files are read.
pub fn read_files<'a>(files: impl IntoIterator<Item = (&'a Path, &'a [u8])>) -> Overview {
    let mut reading = Reading::default();
    for (name, bytes) in files {
        reading.file(name, bytes);
    }
    reading.finish()
}

/// A conversation while its files are read: from the long CSV (cards) and/or the per-theme CSV
/// (judgments), each remembered with the file it came from.
struct Found {
    id: String,
    date: String,
    code: String,
    field: String,
    pack: String,
    steps: u8,
    cards: Option<(PathBuf, Vec<TeamCard>)>,
    judged: Option<(PathBuf, Vec<KenmerkView>)>,
}

#[derive(Default)]
struct Reading {
    found: BTreeMap<String, Found>,
    problems: Vec<FileProblem>,
    files: Vec<FileRead>,
}

/// One file's rows of one conversation, before they are compared with other files.
struct Rows {
    line: u64,
    date: String,
    code: String,
    field: String,
    pack: String,
    steps: u8,
    cards: Vec<TeamCard>,
    judged: Vec<KenmerkView>,
}

/// A column the rows are read by: its place among [`NAMES`].
#[derive(Debug, Clone, Copy)]
struct Col(usize);

impl Col {
    fn name(self) -> &'static str {
        NAMES[self.0]
    }
}

/// The columns a row is read by (every version's names): `NAMES`, and `col::X` for each, at its
/// place in `NAMES` (made from this one list, so the two cannot drift apart).
macro_rules! columns {
    ($($konst:ident $name:literal),* $(,)?) => {
        const NAMES: &[&str] = &[$($name),*];
        mod col {
            use super::Col;
            columns!(@at 0usize; $($konst)*);
        }
    };
    (@at $i:expr; $konst:ident $($rest:ident)*) => {
        pub const $konst: Col = Col($i);
        columns!(@at $i + 1; $($rest)*);
    };
    (@at $i:expr;) => {};
}

columns! {
    SESSION_ID "session_id",
    DATE "date",
    LABEL "label",
    FIELD "field",
    KENMERK "kenmerk",
    ITEM "item",
    CARD "card",
    ROUND "round",
    CLIENT_SCORE "client_score",
    PROFESSIONAL_SCORE "professional_score",
    CLIENT_PASSED "client_passed",
    PROFESSIONAL_PASSED "professional_passed",
    MARKED "marked",
    OWN_CARD "own_card",
    OWN_TEXT "own_text",
    PACK "pack",
    SCALE_STEPS "scale_steps",
    BOTH_SCORED "both_scored",
    CARDS_FAR_APART "cards_far_apart",
    CARD_GAP_MEAN "card_gap_mean",
}

/// The columns of a header, by name; where each of [`NAMES`] stands found once per file (a cell
/// is then one index away: looking each name up in every row was a fifth of reading a folder).
struct Columns {
    names: Vec<String>,
    at: [Option<usize>; NAMES.len()],
}

impl Columns {
    fn new(names: Vec<String>) -> Columns {
        let at = std::array::from_fn(|i| names.iter().position(|c| c == NAMES[i]));
        Columns { names, at }
    }
    fn at(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|c| c == name)
    }
    fn has(&self, col: Col) -> bool {
        self.at[col.0].is_some()
    }
    fn has_all(&self, names: &[&str]) -> bool {
        names.iter().all(|n| self.at(n).is_some())
    }
}

/// A row's cells by column name (empty where the version has no such column).
struct Row<'a> {
    columns: &'a Columns,
    record: &'a csv::StringRecord,
}

impl Row<'_> {
    fn get(&self, col: Col) -> &str {
        self.columns.at[col.0]
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
    }

    /// A text cell as written: the export's guard (`'` before `=`, `+`, `-`, `@`) taken off.
    fn text(&self, col: Col) -> String {
        let s = self.get(col);
        match s.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
            _ => s.to_string(),
        }
    }

    fn number<T: std::str::FromStr>(&self, col: Col) -> Result<T, Problem> {
        let s = self.get(col);
        s.trim().parse().map_err(|_| Problem::BadRow {
            column: col.name(),
            value: s.to_string(),
        })
    }

    fn flag(&self, col: Col) -> Result<bool, Problem> {
        match self.get(col) {
            "1" => Ok(true),
            "0" | "" => Ok(false),
            other => Err(Problem::BadRow {
                column: col.name(),
                value: other.to_string(),
            }),
        }
    }

    fn date(&self) -> Result<String, Problem> {
        let s = self.get(col::DATE);
        let b = s.as_bytes();
        let ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if ok {
            Ok(s.to_string())
        } else {
            Err(Problem::BadRow {
                column: "date",
                value: s.to_string(),
            })
        }
    }

    fn steps(&self) -> Result<u8, Problem> {
        if !self.columns.has(col::SCALE_STEPS) {
            return Ok(5);
        }
        match self.number::<u8>(col::SCALE_STEPS)? {
            s @ 2..=9 => Ok(s),
            s => Err(Problem::BadRow {
                column: "scale_steps",
                value: s.to_string(),
            }),
        }
    }

    /// The pack's id; empty in an export from before packs (the first pack's, as a save of
    /// that time: see `report::library_of`).
    fn pack(&self) -> String {
        self.text(col::PACK)
    }

    /// One seat's choice: a score within the scale, or a pass.
    fn choice(&self, score: Col, passed: Col, steps: u8) -> Result<Choice, Problem> {
        if self.flag(passed)? {
            return Ok(Choice::Pass);
        }
        match self.number::<u8>(score)? {
            s @ 1.. if s <= steps => Ok(Choice::Score(s)),
            s => Err(Problem::BadRow {
                column: score.name(),
                value: s.to_string(),
            }),
        }
    }
}

impl Reading {
    fn problem(&mut self, file: &Path, line: Option<u64>, problem: Problem) {
        self.problems.push(FileProblem {
            file: file.to_path_buf(),
            line,
            problem,
        });
    }

    fn file(&mut self, name: &Path, bytes: &[u8]) {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut records = reader.records();
        let columns = match records.next() {
            Some(Ok(header)) => Columns::new(header.iter().map(|c| c.trim().to_string()).collect()),
            Some(Err(_)) | None => return self.problem(name, None, Problem::NotOurs),
        };
        let table = if columns.at("round").is_some() || columns.at("client_score").is_some() {
            Table::Long
        } else if columns.at("cards_far_apart").is_some() || columns.at("verdict").is_some() {
            Table::PerTheme
        } else {
            return self.problem(name, None, Problem::NotOurs);
        };
        if columns.at("session_id").is_none() {
            return self.problem(name, None, Problem::NotOurs);
        }
        let needs: &[&'static str] = match table {
            Table::Long => &crate::report::CSV_HEADER[..LONG_NEEDS],
            Table::PerTheme => &PER_THEME_NEEDS,
        };
        if let Some(missing) = needs.iter().find(|n| columns.at(n).is_none()) {
            return self.problem(name, Some(1), Problem::Missing(missing));
        }
        let older = !columns.has_all(&["pack", "scale_steps"]);
        // The rows of each conversation in this file, in the order met.
        let mut here: BTreeMap<String, Rows> = BTreeMap::new();
        let mut line = 1u64;
        for record in records {
            line += 1;
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    self.problem(
                        name,
                        Some(line),
                        Problem::BadRow {
                            column: "",
                            value: e.to_string(),
                        },
                    );
                    continue;
                }
            };
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let row = Row {
                columns: &columns,
                record: &record,
            };
            if let Err(p) = Self::row(table, &row, line, &mut here) {
                self.problem(name, Some(line), p);
            }
        }
        self.files.push(FileRead {
            file: name.to_path_buf(),
            table,
            conversations: here.len(),
            older,
        });
        for (id, rows) in here {
            self.merge(name, table, id, rows);
        }
    }

    /// One row into its conversation of this file.
    fn row(
        table: Table,
        row: &Row,
        line: u64,
        here: &mut BTreeMap<String, Rows>,
    ) -> Result<(), Problem> {
        let id = row.text(col::SESSION_ID);
        if id.is_empty() {
            return Err(Problem::BadRow {
                column: "session_id",
                value: String::new(),
            });
        }
        let steps = row.steps()?;
        let date = row.date()?;
        let rows = here.entry(id).or_insert_with(|| Rows {
            line,
            date: date.clone(),
            code: row.text(col::LABEL),
            field: row.text(col::FIELD),
            pack: row.pack(),
            steps,
            cards: Vec::new(),
            judged: Vec::new(),
        });
        match table {
            Table::Long => {
                let client = row.choice(col::CLIENT_SCORE, col::CLIENT_PASSED, steps)?;
                let professional =
                    row.choice(col::PROFESSIONAL_SCORE, col::PROFESSIONAL_PASSED, steps)?;
                let round: u16 = row.number(col::ROUND)?;
                let own = row.flag(col::OWN_CARD)?;
                let card = TeamCard {
                    card: row.text(col::CARD),
                    kenmerk: row.text(col::KENMERK),
                    item: row.number(col::ITEM)?,
                    round,
                    client,
                    professional,
                    marked: row.flag(col::MARKED)?,
                    own: own.then(|| row.text(col::OWN_TEXT)),
                };
                // A card played again: the last round counts (as on the summary).
                match rows.cards.iter_mut().find(|c| c.card == card.card) {
                    Some(earlier) if earlier.round <= card.round => *earlier = card,
                    Some(_) => {}
                    None => rows.cards.push(card),
                }
            }
            Table::PerTheme => {
                let kenmerk = row.text(col::KENMERK);
                let both_scored: usize = row.number(col::BOTH_SCORED)?;
                let far_apart: usize = row.number(col::CARDS_FAR_APART)?;
                let card_gap_mean = match row.get(col::CARD_GAP_MEAN).trim() {
                    "" => None,
                    _ => Some(row.number::<f64>(col::CARD_GAP_MEAN)?),
                };
                if far_apart > both_scored
                    || card_gap_mean.is_some_and(|m| !(0.0..=9.0).contains(&m))
                {
                    return Err(Problem::BadRow {
                        column: "cards_far_apart",
                        value: far_apart.to_string(),
                    });
                }
                rows.judged.push(KenmerkView {
                    kenmerk,
                    both_scored,
                    far_apart,
                    card_gap_mean,
                    verdict: Verdict::judge(both_scored, far_apart, card_gap_mean),
                });
            }
        }
        Ok(())
    }

    /// A conversation of one file into the overview: the first file read keeps it; another file
    /// with the same table and other contents is said.
    fn merge(&mut self, name: &Path, table: Table, id: String, rows: Rows) {
        let line = rows.line;
        let found = match self.found.entry(id.clone()) {
            Entry::Vacant(v) => v.insert(Found {
                id: id.clone(),
                date: rows.date.clone(),
                code: rows.code.clone(),
                field: rows.field.clone(),
                pack: rows.pack.clone(),
                steps: rows.steps,
                cards: None,
                judged: None,
            }),
            Entry::Occupied(o) => o.into_mut(),
        };
        let same_head = found.date == rows.date
            && found.code == rows.code
            && found.field == rows.field
            && found.pack == rows.pack
            && found.steps == rows.steps;
        let first_file = match (&found.cards, &found.judged) {
            (Some((f, _)), _) | (None, Some((f, _))) => f.clone(),
            (None, None) => PathBuf::new(),
        };
        let other = if !same_head {
            Some(first_file)
        } else {
            match table {
                Table::Long => match &found.cards {
                    Some((f, cards)) => (*cards != rows.cards).then(|| f.clone()),
                    None => {
                        found.cards = Some((name.to_path_buf(), rows.cards));
                        None
                    }
                },
                Table::PerTheme => match &found.judged {
                    Some((f, judged)) => (*judged != rows.judged).then(|| f.clone()),
                    None => {
                        found.judged = Some((name.to_path_buf(), rows.judged));
                        None
                    }
                },
            }
        };
        if let Some(other) = other {
            self.problem(name, Some(line), Problem::Disagrees { id, other });
        }
    }

    fn finish(self) -> Overview {
        let mut problems = self.problems;
        let mut conversations: Vec<Conversation> = self
            .found
            .into_values()
            .map(|f| {
                let (cards, judged) = match (f.cards, f.judged) {
                    // The cards decide: the same judgment the summary made, from them; a
                    // per-theme file that counts otherwise is said.
                    (Some((long, cards)), per_theme) => {
                        let judged = judge(&cards);
                        if let Some((file, written)) = per_theme {
                            let counts = |v: &[KenmerkView]| {
                                let mut c: Vec<_> = v
                                    .iter()
                                    .map(|k| (k.kenmerk.clone(), k.both_scored, k.far_apart))
                                    .collect();
                                c.sort();
                                c
                            };
                            if counts(&written) != counts(&judged) {
                                problems.push(FileProblem {
                                    file,
                                    line: None,
                                    problem: Problem::Disagrees {
                                        id: f.id.clone(),
                                        other: long,
                                    },
                                });
                            }
                        }
                        (cards, judged)
                    }
                    (None, Some((_, judged))) => (Vec::new(), judged),
                    (None, None) => (Vec::new(), Vec::new()),
                };
                Conversation {
                    id: f.id,
                    date: f.date,
                    code: f.code,
                    field: f.field,
                    pack: f.pack,
                    steps: f.steps,
                    cards,
                    kenmerken: judged,
                }
            })
            .collect();
        conversations.sort_by(|a, b| (&a.date, &a.id).cmp(&(&b.date, &b.id)));
        Overview {
            conversations,
            problems,
            files: self.files,
        }
    }
}

/// Per kenmerk, as the summary judges it: the cards both scored, those [`FAR_APART`] steps or
/// more apart, and the mean difference. Own cards have no kenmerk and count in none.
pub fn judge(cards: &[TeamCard]) -> Vec<KenmerkView> {
    let mut out: Vec<KenmerkView> = Vec::new();
    let mut gaps: Vec<Vec<u8>> = Vec::new();
    for c in cards.iter().filter(|c| c.own.is_none()) {
        let i = match out.iter().position(|k| k.kenmerk == c.kenmerk) {
            Some(i) => i,
            None => {
                out.push(KenmerkView {
                    kenmerk: c.kenmerk.clone(),
                    both_scored: 0,
                    far_apart: 0,
                    card_gap_mean: None,
                    verdict: Verdict::NoComparison,
                });
                gaps.push(Vec::new());
                out.len() - 1
            }
        };
        if let Some(gap) = c.gap() {
            gaps[i].push(gap);
        }
    }
    for (k, gaps) in out.iter_mut().zip(gaps) {
        k.both_scored = gaps.len();
        k.far_apart = gaps.iter().filter(|&&g| g >= FAR_APART).count();
        k.card_gap_mean = (!gaps.is_empty())
            .then(|| gaps.iter().map(|&g| f64::from(g)).sum::<f64>() / gaps.len() as f64);
        k.verdict = Verdict::judge(k.both_scored, k.far_apart, k.card_gap_mean);
    }
    out
}
