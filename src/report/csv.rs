//! Tables for team and research use: the long format (one row per card per revealed round) and
//! the summary (one row per session per kenmerk). Machine words in the header, `.` as decimal
//! mark, so any spreadsheet or script reads them the same way.

use std::path::{Path, PathBuf};

use crate::deck::{Keying, Library};
use crate::profile::{Profile, Verdict};
use crate::session::Choice;
use crate::store::{SavedSession, civil};

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn date(s: &SavedSession) -> String {
    let (y, m, d, ..) = civil(s.saved_at);
    format!("{y:04}-{m:02}-{d:02}")
}

fn push_row(out: &mut String, row: &[String]) {
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// The CSV header of [`csv`].
pub const CSV_HEADER: [&str; 14] = [
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
];

/// Long format: one row per card per revealed round.
pub fn csv(sessions: &[SavedSession]) -> String {
    let mut out = String::new();
    push_row(&mut out, &CSV_HEADER.map(String::from));
    for s in sessions {
        let date = date(s);
        for c in &s.record.cards {
            for (round, (cl, pr)) in c.rounds.iter().enumerate() {
                let score = |ch: &Choice| ch.score().map_or(String::new(), |v| v.to_string());
                let passed = |ch: &Choice| if *ch == Choice::Pass { "1" } else { "0" };
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
                ];
                push_row(&mut out, &row);
            }
        }
    }
    out
}

/// The CSV header of [`summary_csv`].
pub const SUMMARY_HEADER: [&str; 15] = [
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
];

fn number(x: Option<f64>) -> String {
    x.map_or(String::new(), |v| format!("{v:.2}"))
}

fn verdict_code(v: Verdict) -> &'static str {
    match v {
        Verdict::NoComparison => "no_comparison",
        Verdict::SameView => "same_view",
        Verdict::SmallDifferences => "small_differences",
        Verdict::SometimesApart => "sometimes_apart",
        Verdict::OftenApart => "often_apart",
    }
}

/// Summary: per session, per kenmerk played, both means (keyed), how far apart the two were
/// card by card and the verdict the summary screen words.
pub fn summary_csv(sessions: &[SavedSession], lib: &Library) -> String {
    let mut out = String::new();
    push_row(&mut out, &SUMMARY_HEADER.map(String::from));
    for s in sessions {
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
                verdict_code(k.verdict()).into(),
            ];
            push_row(&mut out, &row);
        }
    }
    out
}

/// Where the summary goes beside a long table: `gesprek.csv` → `gesprek-per-thema.csv`.
pub fn summary_path(long: &Path) -> PathBuf {
    let stem = long
        .file_stem()
        .map_or_else(|| "werkalliantie".into(), |s| s.to_string_lossy());
    long.with_file_name(format!("{stem}-per-thema.csv"))
}
