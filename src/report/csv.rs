//! Tables for team and research use: the long format (one row per card per revealed round) and
//! the summary (one row per session per kenmerk). Machine words in the header, `.` as decimal
//! mark, so any spreadsheet or script reads them the same way.

use std::path::{Path, PathBuf};

use crate::deck::{Keying, Library};
use crate::profile::Profile;
use crate::session::Choice;
use crate::store::{SavedSession, civil};

/// A text cell, guarded against formulas. A spreadsheet reads a cell that starts with `=`, `+`,
/// `-` or `@` (or a tab or a carriage return before one) as a formula, which can run or fetch
/// things. Such a start gets a leading `'`, the usual mark for "this is text". A cell can also
/// start *inside* a field: Excel with Dutch settings splits on `;`, and a reader that splits on
/// `,` or a line break without minding quotes starts a new cell there. So the guard goes after
/// each of those marks too, and a text reads as text under every delimiter.
fn field(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    let mut at_start = true;
    // A line break in a cell ends the row for Excel with Dutch settings (it finds no quote at
    // the start of a cell that begins after a `,`): a space instead.
    for c in s
        .chars()
        .map(|c| if matches!(c, '\r' | '\n') { ' ' } else { c })
    {
        if at_start && matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r') {
            out.push('\'');
        }
        out.push(c);
        at_start = matches!(c, ',' | ';' | '\t' | '\r' | '\n' | '"');
    }
    out
}

fn date(s: &SavedSession) -> String {
    let (y, m, d, ..) = civil(s.saved_at);
    format!("{y:04}-{m:02}-{d:02}")
}

/// One cell as CSV: quoted whenever it holds a mark that some reader splits on (`,` `;` tab, a
/// quote or a line break), with its quotes doubled (RFC 4180). The comma is the delimiter; the
/// `;` is quoted too, so Excel with Dutch settings (which splits on `;`) keeps the cell whole.
fn cell(s: &str) -> String {
    if s.contains([',', ';', '\t', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The table as CSV text: a UTF-8 byte-order mark first (so Excel reads "ë" as "ë"), then
/// comma-separated rows with CRLF line ends (RFC 4180), each cell quoted where needed.
fn table<const N: usize>(header: [&str; N], rows: impl IntoIterator<Item = [String; N]>) -> String {
    let mut out = String::from(BOM);
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let cells: Vec<String> = cells.map(cell).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    line(&mut header.iter().copied());
    for row in rows {
        line(&mut row.iter().map(String::as_str));
    }
    out
}

/// The byte-order mark that starts every table: without it, Excel reads UTF-8 as the old
/// Windows code page.
pub const BOM: &str = "\u{feff}";

/// The CSV header of [`csv`].
pub const CSV_HEADER: [&str; 22] = [
    "session_id",
    "date",
    "label",
    "field",
    "kenmerk",
    "item",
    "card",
    "keying",
    "round",
    "client_score",
    "professional_score",
    "client_passed",
    "professional_passed",
    "marked",
    // "Eigen kaart": 1 for the players' own card (no kenmerk, item 0), and its sentence.
    "own_card",
    "own_text",
    // "Raad de ander": each one's guess of the other's choice (empty when they did not guess,
    // or guessed "Weet ik niet"; then the `_guess_unknown` column is 1).
    "client_guess",
    "professional_guess",
    "client_guess_unknown",
    "professional_guess_unknown",
    // Which pack (its id; empty: a save from before packs, the monitor's) and how many steps
    // its scale has: a 3 on four steps is not a 3 on five.
    "pack",
    "scale_steps",
];

/// Long format: one row per card per revealed round.
pub fn csv(sessions: &[SavedSession]) -> String {
    let mut rows = Vec::new();
    for s in sessions {
        let date = date(s);
        for c in &s.record.cards {
            for (round, (cl, pr)) in c.rounds.iter().enumerate() {
                let score = |ch: &Choice| ch.score().map_or(String::new(), |v| v.to_string());
                let passed = |ch: &Choice| if *ch == Choice::Pass { "1" } else { "0" };
                let guess = c.guesses.get(round);
                let guessed = |g: Option<Choice>| g.map_or(String::new(), |g| score(&g));
                let unknown = |g: Option<Choice>| match g {
                    Some(g) => passed(&g).to_string(),
                    None => String::new(),
                };
                let row = [
                    field(&s.id),
                    date.clone(),
                    field(&s.label),
                    field(&s.record.selection.field),
                    field(&c.kenmerk),
                    c.item.to_string(),
                    field(&c.card),
                    match c.keying {
                        Keying::Positive => "positive".into(),
                        Keying::Negative => "negative".into(),
                    },
                    (round + 1).to_string(),
                    score(cl),
                    score(pr),
                    passed(cl).into(),
                    passed(pr).into(),
                    if c.marked { "1".into() } else { "0".into() },
                    if c.own.is_some() {
                        "1".into()
                    } else {
                        "0".into()
                    },
                    field(c.own.as_deref().unwrap_or_default()),
                    guessed(guess.map(|g| g.0)),
                    guessed(guess.map(|g| g.1)),
                    unknown(guess.map(|g| g.0)),
                    unknown(guess.map(|g| g.1)),
                    field(&s.record.selection.pack),
                    s.record.selection.steps.to_string(),
                ];
                rows.push(row);
            }
        }
    }
    table(CSV_HEADER, rows)
}

/// The CSV header of [`summary_csv`].
pub const SUMMARY_HEADER: [&str; 21] = [
    "session_id",
    "date",
    "label",
    "field",
    "kenmerk",
    "cards",
    "both_scored",
    "client_mean",
    "professional_mean",
    "mean_gap",
    "card_gap_mean",
    "cards_far_apart",
    "client_passed",
    "professional_passed",
    "verdict",
    // "Raad de ander": per seat, the cards where the guess and the other's choice were scores,
    // and how many of those lay within one step (empty when they did not guess).
    "client_guessed",
    "client_guessed_near",
    "professional_guessed",
    "professional_guessed_near",
    "pack",
    "scale_steps",
];

fn number(x: Option<f64>) -> String {
    x.map_or(String::new(), |v| format!("{v:.2}"))
}

fn count(x: Option<usize>) -> String {
    x.map_or(String::new(), |v| v.to_string())
}

/// Summary: per session, per kenmerk played, both means (keyed), how far apart the two were
/// card by card and the verdict the summary screen words.
///
/// Each conversation is read with its own pack's cards, among `libs` (see
/// [`super::library_of`]).
pub fn summary_csv(sessions: &[SavedSession], libs: &[&Library]) -> String {
    let mut rows = Vec::new();
    for s in sessions {
        let Some(lib) = super::library_of(libs, s) else {
            continue;
        };
        let date = date(s);
        for k in Profile::of(&s.record, lib).kenmerken {
            let row = [
                field(&s.id),
                date.clone(),
                field(&s.label),
                field(&s.record.selection.field),
                field(&k.kenmerk),
                k.cards.to_string(),
                k.both_scored.to_string(),
                number(k.client_mean),
                number(k.professional_mean),
                number(k.gap()),
                number(k.card_gap_mean),
                k.far_apart.to_string(),
                k.client_passed.to_string(),
                k.professional_passed.to_string(),
                k.verdict().code().into(),
                count(k.guessed.map(|g| g.client.cards)),
                count(k.guessed.map(|g| g.client.near)),
                count(k.guessed.map(|g| g.professional.cards)),
                count(k.guessed.map(|g| g.professional.near)),
                field(&s.record.selection.pack),
                s.record.selection.steps.to_string(),
            ];
            rows.push(row);
        }
    }
    table(SUMMARY_HEADER, rows)
}

/// Where the summary goes beside a long table: `gesprek.csv` → `gesprek-per-thema.csv`.
pub fn summary_path(long: &Path) -> PathBuf {
    let stem = long
        .file_stem()
        .map_or_else(|| "werkalliantie".into(), |s| s.to_string_lossy());
    long.with_file_name(format!("{stem}-per-thema.csv"))
}
