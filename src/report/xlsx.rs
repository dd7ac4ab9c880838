//! The workbook a team opens in Excel: one sheet per table ("Kaarten": one row per card per
//! revealed round, with both sentences, the theme, the note and the mark; "Per thema": one row per
//! conversation per theme), headers in the reader's language, scores as numbers, every text a
//! text cell (never a formula, whatever it starts with). The CSV stays for research tools.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::deck::{Library, Perspective};
use crate::lang::Tr;
use crate::profile::Profile;
use crate::session::{Choice, Player};
use crate::store::{SavedSession, civil};

/// One cell of a row: a text or a number (an empty text is an empty cell).
enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        s.to_string().into()
    }
}

fn score(c: Choice) -> Cell {
    c.score()
        .map_or(Cell::Empty, |v| Cell::Number(f64::from(v)))
}

fn mean(x: Option<f64>) -> Cell {
    x.filter(|v| v.is_finite())
        .map_or(Cell::Empty, |v| Cell::Number((v * 100.0).round() / 100.0))
}

fn date(s: &SavedSession) -> String {
    let (y, m, d, ..) = civil(s.saved_at);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The header keys of the sheet "Kaarten", in the language files.
pub const CARD_HEADERS: [&str; 18] = [
    "xlsx-gesprek",
    "xlsx-datum",
    "xlsx-code",
    "xlsx-werkveld",
    "xlsx-thema",
    "xlsx-kenmerk",
    "xlsx-kaart",
    "xlsx-zin-client",
    "xlsx-zin-professional",
    "xlsx-ronde",
    "xlsx-keuze-client",
    "xlsx-keuze-professional",
    "xlsx-overgeslagen",
    "xlsx-later",
    "xlsx-eigen-kaart",
    "xlsx-raden",
    "xlsx-notitie",
    "xlsx-kaartspel",
];

/// The header keys of the sheet "Per thema".
pub const THEME_HEADERS: [&str; 14] = [
    "xlsx-gesprek",
    "xlsx-datum",
    "xlsx-code",
    "xlsx-werkveld",
    "xlsx-thema",
    "xlsx-kenmerk",
    "xlsx-kaarten",
    "xlsx-allebei-gekozen",
    "xlsx-gemiddelde-client",
    "xlsx-gemiddelde-professional",
    "xlsx-verschil-per-kaart",
    "xlsx-ver-uit-elkaar",
    "xlsx-oordeel",
    "xlsx-kaartspel",
];

/// Writes `header` in bold, then `rows`; the header row stays in view, each column filters.
fn sheet(
    ws: &mut Worksheet,
    name: &str,
    header: &[String],
    rows: &[Vec<Cell>],
    widths: &[f64],
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let bold = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    for (c, h) in header.iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        ws.write_string_with_format(0, col, h, &bold)?;
        ws.set_column_width(col, widths.get(c).copied().unwrap_or(14.0))?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            match cell {
                // Always a text cell: "=1+1" stays the words "=1+1".
                Cell::Text(t) => {
                    ws.write_string_with_format(r, col, t, &wrap)?;
                }
                Cell::Number(v) => {
                    ws.write_number(r, col, *v)?;
                }
                Cell::Empty => {}
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    let last_col = u16::try_from(header.len().saturating_sub(1)).unwrap_or(0);
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    ws.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

/// The rows of "Kaarten" for one conversation.
fn card_rows(s: &SavedSession, lib: &Library, tr: Tr, rows: &mut Vec<Vec<Cell>>) {
    let selection = &s.record.selection;
    let field = lib.field(&selection.field);
    let field_name = field.map_or(selection.field.clone(), |f| f.name.clone());
    let yes = || Cell::from(tr.t("xlsx-ja"));
    for c in &s.record.cards {
        let kenmerk = lib.kenmerk(&c.kenmerk);
        let theme = kenmerk.map_or(String::new(), |k| k.label.clone());
        let research = kenmerk.map_or(c.kenmerk.clone(), |k| k.name.clone());
        let sentence = |who: Perspective| match (&c.own, lib.card(&c.card), field) {
            (Some(own), _, _) => own.clone(),
            (None, Some(card), Some(f)) => card.text(who, selection.wording, f),
            _ => String::new(),
        };
        for (round, (cl, pr)) in c.rounds.iter().enumerate() {
            let passed: Vec<String> = [(Player::Client, cl), (Player::Professional, pr)]
                .into_iter()
                .filter(|(_, ch)| **ch == Choice::Pass)
                .map(|(p, _)| p.name(field))
                .collect();
            let guess = c.guesses.get(round).map_or(String::new(), |(gc, gp)| {
                let one = |g: &Choice| g.score().map_or(tr.t("xlsx-weet-niet"), |v| v.to_string());
                tr.f(
                    "xlsx-raden-waarde",
                    [("client", one(gc).into()), ("professional", one(gp).into())],
                )
            });
            rows.push(vec![
                s.id.as_str().into(),
                date(s).into(),
                s.label.as_str().into(),
                field_name.as_str().into(),
                theme.as_str().into(),
                research.as_str().into(),
                if c.own.is_some() {
                    Cell::Empty
                } else {
                    Cell::Number(f64::from(c.item))
                },
                sentence(Perspective::Client).into(),
                sentence(Perspective::Professional).into(),
                Cell::Number((round + 1) as f64),
                score(*cl),
                score(*pr),
                passed.join(", ").into(),
                if c.marked { yes() } else { Cell::Empty },
                if c.own.is_some() { yes() } else { Cell::Empty },
                guess.into(),
                c.note.as_str().into(),
                lib.pack.name.as_str().into(),
            ]);
        }
    }
}

/// The rows of "Per thema" for one conversation.
fn theme_rows(s: &SavedSession, lib: &Library, tr: Tr, rows: &mut Vec<Vec<Cell>>) {
    let selection = &s.record.selection;
    let field_name = lib
        .field(&selection.field)
        .map_or(selection.field.clone(), |f| f.name.clone());
    for k in Profile::of(&s.record, lib).kenmerken {
        let kenmerk = lib.kenmerk(&k.kenmerk);
        rows.push(vec![
            s.id.as_str().into(),
            date(s).into(),
            s.label.as_str().into(),
            field_name.as_str().into(),
            kenmerk.map_or(String::new(), |m| m.label.clone()).into(),
            kenmerk.map_or(k.kenmerk.clone(), |m| m.name.clone()).into(),
            Cell::Number(k.cards as f64),
            Cell::Number(k.both_scored as f64),
            mean(k.client_mean),
            mean(k.professional_mean),
            mean(k.card_gap_mean),
            Cell::Number(k.far_apart as f64),
            super::verdict_words(&k, tr).into(),
            lib.pack.name.as_str().into(),
        ]);
    }
}

/// The workbook of `sessions` as the bytes of an `.xlsx` file, headers and words in `tr`'s
/// language; an error only when the writer itself fails.
///
/// Each conversation is read with its own pack's cards, among `libs` (see
/// [`super::library_of`]).
pub fn xlsx(sessions: &[SavedSession], libs: &[&Library], tr: Tr) -> Result<Vec<u8>, String> {
    let mut cards = Vec::new();
    let mut themes = Vec::new();
    for s in sessions {
        let Some(lib) = super::library_of(libs, s) else {
            continue;
        };
        card_rows(s, lib, tr, &mut cards);
        theme_rows(s, lib, tr, &mut themes);
    }
    let words = |keys: &[&str]| keys.iter().map(|k| tr.t(k)).collect::<Vec<_>>();
    let mut book = Workbook::new();
    let result = (|| {
        sheet(
            book.add_worksheet(),
            &tr.t("xlsx-blad-kaarten"),
            &words(&CARD_HEADERS),
            &cards,
            &[
                14.0, 11.0, 10.0, 16.0, 18.0, 18.0, 7.0, 40.0, 40.0, 7.0, 9.0, 9.0, 14.0, 10.0,
                9.0, 12.0, 40.0, 18.0,
            ],
        )?;
        sheet(
            book.add_worksheet(),
            &tr.t("xlsx-blad-per-thema"),
            &words(&THEME_HEADERS),
            &themes,
            &[
                14.0, 11.0, 10.0, 16.0, 18.0, 18.0, 8.0, 9.0, 11.0, 11.0, 11.0, 10.0, 50.0, 18.0,
            ],
        )?;
        book.save_to_buffer()
    })();
    result.map_err(|e| e.to_string())
}

/// Where the workbook goes beside a table's path: `gesprek.csv` → `gesprek.xlsx`.
pub fn xlsx_path(long: &std::path::Path) -> std::path::PathBuf {
    long.with_extension("xlsx")
}
