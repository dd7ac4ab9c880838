//! "Teamoverleg": reading many laptops' exports (duplicates, broken files, versions) and the
//! ranking of codes. Exports are written by the game's own export functions from hand-made
//! conversations, then read back.

use std::path::Path;

use werkalliantiespel::deck::Keying;
use werkalliantiespel::profile::{Profile, Verdict};
use werkalliantiespel::report;
use werkalliantiespel::session::{CardRecord, Choice};
use werkalliantiespel::store::{FORMAT, SavedSession};
use werkalliantiespel::team::{self, Direction, Filter, Problem, Table};

use crate::profile::{card, record};
use crate::shipped;

use Choice::{Pass, Score};

const DAY: u64 = 86_400;

/// A conversation: `kenmerk` → pairs of choices, one card each.
fn conv(id: &str, code: &str, day: u64, kenmerken: &[(&str, &[(Choice, Choice)])]) -> SavedSession {
    let mut cards: Vec<CardRecord> = Vec::new();
    for (kenmerk, pairs) in kenmerken {
        for (i, &(c, p)) in pairs.iter().enumerate() {
            cards.push(card(
                &format!("{kenmerk}-{i}"),
                i as u16 + 1,
                kenmerk,
                Keying::Positive,
                vec![(c, p)],
            ));
        }
    }
    SavedSession {
        format: FORMAT,
        id: id.into(),
        label: code.into(),
        // 2026-09-01 plus `day` days, at noon UTC (the same date in every time zone near).
        saved_at: 1_788_264_000 + day * DAY,
        saved_at_text: String::new(),
        record: record(cards),
    }
}

fn long(sessions: &[SavedSession]) -> Vec<u8> {
    report::csv(sessions).into_bytes()
}

fn per_theme(sessions: &[SavedSession]) -> Vec<u8> {
    let lib = shipped();
    report::summary_csv(sessions, &[&lib]).into_bytes()
}

fn read(files: &[(&str, Vec<u8>)]) -> team::Overview {
    team::read_files(files.iter().map(|(n, b)| (Path::new(*n), b.as_slice())))
}

const FAR: (Choice, Choice) = (Score(1), Score(5));
const NEAR: (Choice, Choice) = (Score(4), Score(4));

#[test]
fn a_conversation_in_several_files_counts_once_and_is_judged_as_the_summary_judges() {
    let a = conv(
        "s1",
        "K17",
        0,
        &[
            ("vertrouwen", &[FAR, FAR, NEAR]),
            ("binding", &[NEAR, (Score(3), Pass), (Score(2), Score(4))]),
        ],
    );
    let b = conv("s2", "K18", 3, &[("vertrouwen", &[NEAR, NEAR])]);
    let both = [a.clone(), b.clone()];
    let overview = read(&[
        ("laptop-1/gesprekken.csv", long(&both)),
        ("laptop-1/gesprekken-per-thema.csv", per_theme(&both)),
        // The same conversation exported again on another laptop: counted once.
        ("laptop-2/k17.csv", long(std::slice::from_ref(&a))),
    ]);
    assert!(overview.problems.is_empty(), "{:#?}", overview.problems);
    assert_eq!(overview.conversations.len(), 2);
    assert_eq!(overview.files.len(), 3);
    assert_eq!(overview.files[1].table, Table::PerTheme);
    let s1 = &overview.conversations[0];
    assert_eq!(
        (s1.id.as_str(), s1.code.as_str(), s1.field.as_str()),
        ("s1", "K17", "reclassering")
    );
    assert_eq!(s1.cards.len(), 6);
    // The same judgment as the summary's, kenmerk by kenmerk.
    let lib = shipped();
    let profile = Profile::of(&a.record, &lib);
    for k in &s1.kenmerken {
        let p = profile.kenmerk(&k.kenmerk).expect("played");
        assert_eq!(
            (k.both_scored, k.far_apart, k.verdict),
            (p.both_scored, p.far_apart, p.verdict()),
            "{}",
            k.kenmerk
        );
    }
    assert_eq!(s1.kenmerken[0].verdict, Verdict::OftenApart);
}

#[test]
fn only_a_per_theme_table_still_gives_the_judgment() {
    let a = conv("s1", "K17", 0, &[("vertrouwen", &[FAR, NEAR, NEAR])]);
    let overview = read(&[("x-per-thema.csv", per_theme(&[a]))]);
    assert!(overview.problems.is_empty(), "{:#?}", overview.problems);
    let c = &overview.conversations[0];
    assert!(c.cards.is_empty());
    assert_eq!(c.kenmerken[0].verdict, Verdict::SometimesApart);
    assert_eq!(c.kenmerken[0].far_apart, 1);
}

#[test]
fn bad_files_and_rows_are_said_per_file_and_line_and_the_rest_is_read() {
    let a = conv("s1", "K17", 0, &[("vertrouwen", &[FAR, NEAR])]);
    let good = String::from_utf8(long(std::slice::from_ref(&a))).expect("utf-8");
    // A score beyond the scale on the second data row (line 3).
    let mut lines: Vec<String> = good.split("\r\n").map(str::to_string).collect();
    lines[2] = lines[2].replacen(",4,4,", ",4,9,", 1);
    let broken = lines.join("\r\n");
    let other = conv("s2", "K20", 1, &[("binding", &[NEAR])]);
    let overview = read(&[
        ("a.csv", broken.into_bytes()),
        (
            "boodschappen.csv",
            b"datum,winkel,bedrag\r\n2026-01-01,Spar,3.50\r\n".to_vec(),
        ),
        ("leeg.csv", Vec::new()),
        (
            "oud-zonder-kaart.csv",
            b"session_id,date,label,round,client_score\r\nx,2026-01-01,K,1,3\r\n".to_vec(),
        ),
        ("b.csv", long(&[other])),
    ]);
    let said: Vec<(String, Option<u64>, Problem)> = overview
        .problems
        .iter()
        .map(|p| (p.file.display().to_string(), p.line, p.problem.clone()))
        .collect();
    assert_eq!(
        said,
        vec![
            (
                "a.csv".into(),
                Some(3),
                Problem::BadRow {
                    column: "professional_score",
                    value: "9".into()
                }
            ),
            ("boodschappen.csv".into(), None, Problem::NotOurs),
            ("leeg.csv".into(), None, Problem::NotOurs),
            (
                "oud-zonder-kaart.csv".into(),
                Some(1),
                Problem::Missing("field")
            ),
        ]
    );
    // The good row of a.csv and all of b.csv are read.
    assert_eq!(overview.conversations.len(), 2);
    assert_eq!(overview.conversations[0].cards.len(), 1);
}

#[test]
fn an_older_export_without_packs_is_read_as_the_first_pack_on_five_steps() {
    let a = conv("s1", "K17", 0, &[("vertrouwen", &[FAR, NEAR])]);
    let text = String::from_utf8(long(&[a])).expect("utf-8");
    // The version of 2026-11-30: the first fourteen columns.
    let older: Vec<String> = text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').take(14).collect::<Vec<_>>().join(","))
        .collect();
    let overview = read(&[("oud.csv", older.join("\r\n").into_bytes())]);
    assert!(overview.problems.is_empty(), "{:#?}", overview.problems);
    assert!(overview.files[0].older);
    let c = &overview.conversations[0];
    // No pack named: the first pack's, as an old save (`report::library_of`).
    assert_eq!((c.pack.as_str(), c.steps), ("", 5));
    assert_eq!(c.kenmerken[0].far_apart, 1);
}

#[test]
fn two_files_that_disagree_about_one_conversation_are_said_and_the_first_is_kept() {
    let a = conv("s1", "K17", 0, &[("vertrouwen", &[FAR, NEAR])]);
    let mut changed = a.clone();
    changed.record.cards[0].rounds = vec![(Score(3), Score(3))];
    let overview = read(&[
        ("laptop-1.csv", long(std::slice::from_ref(&a))),
        ("laptop-2.csv", long(&[changed])),
    ]);
    assert_eq!(overview.conversations.len(), 1);
    assert_eq!(
        overview.conversations[0].kenmerken[0].far_apart, 1,
        "the first file read is kept"
    );
    assert_eq!(overview.problems.len(), 1);
    let p = &overview.problems[0];
    assert_eq!((p.file.to_str(), p.line), (Some("laptop-2.csv"), Some(2)));
    assert_eq!(
        p.problem,
        Problem::Disagrees {
            id: "s1".into(),
            other: "laptop-1.csv".into()
        }
    );
}

#[test]
fn the_codes_most_often_far_apart_come_first_with_their_direction() {
    let sessions = [
        // K1: far apart, then closer.
        conv("a1", "K1", 0, &[("vertrouwen", &[FAR, FAR])]),
        conv("a2", "K1", 30, &[("vertrouwen", &[NEAR, NEAR])]),
        // K2: always far apart on binding, the same on vertrouwen.
        conv(
            "b1",
            "K2",
            5,
            &[("binding", &[FAR]), ("vertrouwen", &[NEAR])],
        ),
        conv(
            "b2",
            "K2",
            40,
            &[("binding", &[FAR]), ("vertrouwen", &[NEAR])],
        ),
        // K3: the same view, then further apart.
        conv("c1", "K3", 1, &[("richting", &[NEAR])]),
        conv("c2", "K3", 20, &[("richting", &[(Score(2), Score(3))])]),
    ];
    let overview = read(&[("all.csv", long(&sessions))]);
    let rows = team::rank(&overview, &Filter::default());
    let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
    // K2: 2 of 4 judgments often apart; K1: 1 of 2 and older; K3: none.
    assert_eq!(codes, ["K2", "K1", "K3"]);
    assert_eq!(rows[1].direction, Direction::Closer);
    assert_eq!(rows[2].direction, Direction::FurtherApart);
    assert_eq!(rows[0].direction, Direction::AboutTheSame);
    assert_eq!(
        (rows[0].conversations, rows[0].last_date.as_str()),
        (2, "2026-10-11")
    );

    // Only trust: K1 (often apart once) before K2 (never) and no K3.
    let trust = Filter {
        kenmerk: Some("vertrouwen".into()),
        ..Filter::default()
    };
    let codes: Vec<String> = team::rank(&overview, &trust)
        .into_iter()
        .map(|r| r.code)
        .collect();
    assert_eq!(codes, ["K1", "K2"]);

    // Only codes whose last conversation lay far apart: K2 alone.
    let last = Filter {
        last_apart: true,
        ..Filter::default()
    };
    let codes: Vec<String> = team::rank(&overview, &last)
        .into_iter()
        .map(|r| r.code)
        .collect();
    assert_eq!(codes, ["K2"]);

    // A period: from 2026-09-15 only the later conversations count (one each: no direction).
    let period = Filter {
        from: Some("2026-09-15".into()),
        ..Filter::default()
    };
    let rows = team::rank(&overview, &period);
    assert!(
        rows.iter()
            .all(|r| r.conversations == 1 && r.direction == Direction::One)
    );
    // One code opened: its conversations, oldest first.
    let opened = team::code_conversations(&overview, "K2", &Filter::default());
    let ids: Vec<&str> = opened.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["b1", "b2"]);
}

#[test]
fn a_field_filter_and_conversations_without_a_code_stay_apart() {
    let mut s = conv("x1", "", 0, &[("vertrouwen", &[FAR])]);
    let mut t = conv("x2", "", 1, &[("vertrouwen", &[NEAR])]);
    t.record.selection.field = "schuldhulp".into();
    s.id = "aaaaaaaa-1".into();
    t.id = "bbbbbbbb-2".into();
    let overview = read(&[("a.csv", long(&[s, t]))]);
    let rows = team::rank(&overview, &Filter::default());
    assert_eq!(
        rows.len(),
        2,
        "two conversations without a code are two rows"
    );
    let debt = Filter {
        field: Some("schuldhulp".into()),
        ..Filter::default()
    };
    let rows = team::rank(&overview, &debt);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].code, "(bbbbbbbb)");
    assert_eq!(team::fields(&overview), ["reclassering", "schuldhulp"]);
}

#[test]
fn reading_a_folder_finds_exports_below_it_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = conv("s1", "K17", 0, &[("vertrouwen", &[FAR])]);
    std::fs::create_dir_all(dir.path().join("laptop-1/2026")).expect("dirs");
    std::fs::write(
        dir.path().join("laptop-1/2026/g.csv"),
        long(std::slice::from_ref(&a)),
    )
    .expect("write");
    std::fs::write(dir.path().join("laptop-1/g-per-thema.CSV"), per_theme(&[a])).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "geen export").expect("write");
    let before = listing(dir.path());
    let overview = team::read_folder(dir.path()).expect("read");
    assert_eq!(
        listing(dir.path()),
        before,
        "nothing written, nothing touched"
    );
    assert_eq!(overview.files.len(), 2);
    assert!(overview.problems.is_empty(), "{:#?}", overview.problems);
    assert_eq!(overview.conversations.len(), 1);
    assert!(team::read_folder(&dir.path().join("er-niet")).is_err());
}

/// Every path under `dir` with its length and time of change.
fn listing(dir: &Path) -> Vec<(String, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            let m = e.metadata().expect("metadata");
            if m.is_dir() {
                todo.push(e.path());
            }
            out.push((
                e.path().display().to_string(),
                m.len(),
                m.modified().expect("mtime"),
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn the_printable_pages_hold_codes_in_ranked_order_words_and_the_cards_to_bring() {
    let lib = shipped();
    let langs = werkalliantiespel::lang::Languages::built_in();
    let tr = langs.tr("nl");
    let mut b2 = conv(
        "b2",
        "K2",
        40,
        &[("binding", &[FAR]), ("vertrouwen", &[NEAR])],
    );
    b2.record.cards[1].marked = true;
    let mut own = card(
        "eigen-1",
        0,
        "",
        Keying::Positive,
        vec![(Score(2), Score(4))],
    );
    own.own = Some("We bellen elke week even.".into());
    b2.record.cards.push(own);
    let sessions = [
        conv("a1", "K1", 0, &[("vertrouwen", &[FAR, NEAR, NEAR])]),
        conv("a2", "K1", 30, &[("vertrouwen", &[NEAR, NEAR])]),
        conv("b1", "K2", 5, &[("binding", &[FAR])]),
        b2,
    ];
    let overview = read(&[("all.csv", long(&sessions))]);
    let rows = team::rank(&overview, &Filter::default());
    let page = report::team_list_html(&overview, &rows, &Filter::default(), &[&lib], tr);
    assert!(page.contains("size: A4"));
    let (k2, k1) = (
        page.find("<b>K2</b>").expect("K2"),
        page.find("<b>K1</b>").expect("K1"),
    );
    assert!(k2 < k1, "the code most often far apart first");
    assert!(page.contains("Contact (2 van 2 gesprekken)"), "{page}");
    assert!(page.contains("Dichter bij elkaar."), "K1 came closer");
    // K2: binding as far apart as before; trust, played once more, does not bring it closer.
    assert_eq!(rows[0].direction, Direction::AboutTheSame);
    assert!(page.contains("Het laatste gesprek lag ver uit elkaar."));
    assert!(!page.contains("gemiddeld"), "no mean, no grade");

    let opened = team::code_conversations(&overview, "K2", &Filter::default());
    let page = report::team_code_html(&rows[0], &opened, &Filter::default(), &[&lib], tr);
    assert!(page.contains("<h1>Code K2</h1>"));
    let far = lib.card("binding-0").is_none();
    assert!(
        far,
        "the hand-made card ids are not the pack's: the id is shown"
    );
    assert!(
        page.contains(
            "binding-0 <span class=k>(cliënt: Klopt helemaal niet · professional: Klopt helemaal)"
        ),
        "{page}"
    );
    assert!(page.contains("Eigen kaarten:</p><ul><li>We bellen elke week even."));
    assert!(page.contains("Later verder praten:</p><ul><li>vertrouwen-0"));
    assert!(
        page.find("2026-09-06").expect("b1") < page.find("2026-10-11").expect("b2"),
        "oldest first"
    );
}

#[test]
fn the_readme_shows_the_duckdb_query_that_the_bench_checks() {
    // bench/team-duckdb runs bench/team-ranking.sql; README must show that same query.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sql = std::fs::read_to_string(root.join("bench/team-ranking.sql")).expect("the query");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let query = &sql[sql.find("WITH rows AS").expect("the query's start")..];
    assert!(
        readme.contains(query.trim_end()),
        "README's DuckDB query is not bench/team-ranking.sql's"
    );
}
