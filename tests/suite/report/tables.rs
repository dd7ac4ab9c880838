//! The exported tables as a spreadsheet reads them: the CSV under both delimiters Excel uses
//! (`,`, and `;` with Dutch settings), and the workbook for Excel read back cell by cell.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use werkalliantiespel::deck::Keying;
use werkalliantiespel::report;
use werkalliantiespel::session::Choice::{Pass, Score};
use werkalliantiespel::store::{FORMAT, SavedSession};

use crate::profile::{card, record};
use crate::shipped;

/// Text a player could type that a spreadsheet would take for a formula, inside a field.
const SLY: &str = "tekst;=1+1;-2+3;@SUM(1),=2\"+3\"\n@x";

fn session() -> SavedSession {
    let mut own = card(
        "eigen-1",
        0,
        "",
        Keying::Positive,
        vec![(Score(2), Score(4))],
    );
    own.own = Some(SLY.into());
    let mut trust = card(
        "vertrouwen-4",
        4,
        "vertrouwen",
        Keying::Positive,
        vec![(Score(5), Pass)],
    );
    trust.note = "Samen één afspraak; =ook hier".into();
    trust.marked = true;
    SavedSession {
        format: FORMAT,
        id: "gesprek-1".into(),
        label: "K;=7".into(),
        saved_at: 1_790_000_000,
        saved_at_text: String::new(),
        record: record(vec![trust, own]),
    }
}

/// Every cell of `text` read with `delimiter`, quotes minded or (as a naive reader) not.
fn cells(text: &str, delimiter: u8, quoting: bool) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quoting(quoting)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .flat_map(|r| {
            r.expect("a row")
                .iter()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn no_cell_starts_a_formula_under_either_delimiter() {
    let lib = shipped();
    let s = session();
    for text in [
        report::csv(std::slice::from_ref(&s)),
        report::summary_csv(std::slice::from_ref(&s), &[&lib]),
    ] {
        assert!(text.starts_with('\u{feff}'), "a byte-order mark for Excel");
        for (delimiter, quoting) in [(b',', true), (b';', true), (b';', false), (b',', false)] {
            for cell in cells(&text, delimiter, quoting) {
                let cell = cell.trim_start_matches('\u{feff}').trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "{:?} under {:?} (quotes {quoting}): {cell:?}",
                    text.lines().next(),
                    delimiter as char
                );
            }
        }
    }
}

#[test]
fn the_csv_keeps_its_columns_and_reads_back_whole_with_commas() {
    let s = session();
    let text = report::csv(std::slice::from_ref(&s));
    let (header, rows) = crate::store::read_csv(&text);
    assert_eq!(
        header,
        report::CSV_HEADER,
        "the BOM is not part of the header"
    );
    assert_eq!(rows.len(), 2);
    // The own card's sentence is one cell, each formula start marked as text.
    let own = &rows[1][15];
    assert_eq!(own, "tekst;'=1+1;'-2+3;'@SUM(1),'=2\"'+3\" @x");
    assert_eq!(&rows[0][2], "K;'=7");
    // Under Dutch settings (`;`) a row stays one row: the `;` inside cells is quoted.
    let mut semi = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.as_bytes());
    assert_eq!(semi.records().count(), 3, "header and two rows");
}

fn workbook(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("an xlsx file")
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn the_workbook_has_dutch_headers_text_cells_and_numbers() {
    let lib = shipped();
    let langs = werkalliantiespel::lang::Languages::built_in();
    let tr = langs.tr("nl");
    let bytes = report::xlsx(&[session()], &[&lib], tr).expect("written");
    let mut book = workbook(bytes);
    assert_eq!(book.sheet_names(), vec!["Kaarten", "Per thema"]);
    let cards = book.worksheet_range("Kaarten").expect("sheet");
    let rows: Vec<Vec<String>> = cards.rows().map(|r| r.iter().map(text).collect()).collect();
    let header = &rows[0];
    for dutch in [
        "Gesprek",
        "Thema",
        "Zin van de cliënt",
        "Keuze cliënt",
        "Notitie",
    ] {
        assert!(header.iter().any(|h| h == dutch), "{dutch} in {header:?}");
    }
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let trust = &rows[1];
    assert_eq!(
        trust[col("Code")],
        "K;=7",
        "as typed: a text cell, not a formula"
    );
    assert_eq!(trust[col("Thema")], "Vertrouwen", "the deck's name");
    assert_eq!(
        trust[col("Notitie")],
        "Samen één afspraak; =ook hier",
        "ë intact"
    );
    assert_eq!(trust[col("Later verder praten")], "ja");
    let pro = werkalliantiespel::session::Player::Professional.name(lib.field("reclassering"));
    assert_eq!(
        trust[col("Overgeslagen door")],
        pro,
        "who skipped, by the field's word"
    );
    assert!(
        matches!(cards.get((1, col("Keuze cliënt"))), Some(Data::Float(v)) if *v == 5.0),
        "a score is a number"
    );
    let own = &rows[2];
    assert_eq!(own[col("Zin van de cliënt")], SLY);
    assert_eq!(own[col("Eigen kaart")], "ja");
    // No cell holds a formula.
    let formulas = book.worksheet_formula("Kaarten").expect("formulas");
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    let themes = book.worksheet_range("Per thema").expect("sheet");
    let first: Vec<String> = themes
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(text)
        .collect();
    assert!(first.iter().any(|h| h == "Gemiddelde cliënt"), "{first:?}");
    assert_eq!(themes.height(), 2, "one theme played");
}

#[test]
fn the_workbook_speaks_english_for_an_english_professional() {
    let lib = shipped();
    let langs = werkalliantiespel::lang::Languages::built_in();
    let bytes = report::xlsx(&[session()], &[&lib], langs.tr("en")).expect("written");
    let mut book = workbook(bytes);
    assert_eq!(book.sheet_names(), vec!["Cards", "Per theme"]);
    let cards = book.worksheet_range("Cards").expect("sheet");
    let header: Vec<String> = cards
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(text)
        .collect();
    assert!(
        header.iter().any(|h| h == "Client's statement"),
        "{header:?}"
    );
}
