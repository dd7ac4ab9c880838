//! "Teamoverleg" at scale, for `bench/team` and `bench/team-duckdb`.
//!
//! - `team_bench --write DIR LAPTOPS PER_LAPTOP`: fills DIR with the exports of LAPTOPS laptops
//!   (a folder each), every laptop PER_LAPTOP conversations over three years, written by the
//!   game's own export (`report::csv` and `report::summary_csv`): the long table and the
//!   per-theme table, and an earlier export of the first half beside them (so every one of
//!   those conversations is in four files and must count once). Codes lean differently: some
//!   lie far apart often, most seldom. Prints how many card rows the long tables hold.
//! - `team_bench --rank DIR [N]`: the game's own reading of DIR (`team::read_folder`) and its
//!   ranking (`team::rank`, no filter): the time, then the first N codes (20), one per line, as
//!   `code<TAB>often<TAB>apart<TAB>judged<TAB>last date`.
//! - `team_bench`: reading side by side, 20 conversations against 10 000 (50 laptops × 200),
//!   median of 5 runs each, alternating. Exits 1 when 10 000 take more than 2 s.

use std::path::Path;
use std::time::Instant;

use werkalliantiespel::deck::{self, Library};
use werkalliantiespel::session::{Hidden, Mode, Move, Player, Selection, Session};
use werkalliantiespel::store::SavedSession;
use werkalliantiespel::{report, team};

/// A small, fixed random source (splitmix64): the same folder for the same arguments.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// 0..n
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// true with chance `p`
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const FIELDS: [&str; 5] = [
    "reclassering",
    "jeugdbescherming",
    "schuldhulp",
    "arbeidsintegratie",
    "opvang",
];

/// Codes per laptop: about five conversations each.
fn codes(per_laptop: usize) -> usize {
    per_laptop.div_ceil(5).max(1)
}

/// One conversation of code `code` on `laptop`: its themes chosen (all, or one or two), every
/// card played; a card lies far apart with the code's own chance.
fn conversation(lib: &Library, laptop: usize, n: usize, per_laptop: usize) -> SavedSession {
    let code = n % codes(per_laptop);
    let mut dice = Dice((laptop as u64) << 32 | n as u64);
    // The code's lean: a fixed chance per code that a card lies far apart (0.03 to 0.45), so
    // few codes lie often apart in every kenmerk and the ranking has shares to order.
    let lean =
        0.03 + 0.42 * (Dice((laptop as u64) << 32 | code as u64 | 1 << 63).below(13) as f64 / 12.0);
    let ids: Vec<String> = lib.kenmerken.iter().map(|k| k.id.clone()).collect();
    let kenmerken = match dice.below(3) {
        0 => Vec::new(),
        1 => vec![ids[dice.below(ids.len() as u64) as usize].clone()],
        _ => {
            let a = dice.below(ids.len() as u64) as usize;
            let b = (a + 1 + dice.below(ids.len() as u64 - 1) as usize) % ids.len();
            vec![ids[a].clone(), ids[b].clone()]
        }
    };
    let selection = Selection {
        kenmerken,
        field: FIELDS[laptop % FIELDS.len()].into(),
        seed: dice.next(),
        mode: Mode::Together,
        ..Selection::default()
    };
    let mut s = match Session::new(lib, selection) {
        Ok(s) => s,
        Err(e) => panic!("no session: {e}"),
    };
    let score = |k: u64| Hidden::new(k as u8).unwrap_or_else(|| panic!("score {k}"));
    while !s.is_finished() {
        let client = 1 + dice.below(5);
        let professional = if dice.chance(lean) {
            // Two or three steps away, on the side that has room.
            let step = 2 + dice.below(2);
            if client + step <= 5 {
                client + step
            } else {
                client.saturating_sub(step).max(1)
            }
        } else {
            (client + dice.below(2)).min(5)
        };
        if dice.chance(0.04) {
            let _ = s.apply(Move::Pass(Player::Client));
        } else {
            let _ = s.apply(Move::Choose(Player::Client, score(client)));
        }
        let _ = s.apply(Move::Choose(Player::Professional, score(professional)));
        let _ = s.apply(Move::Reveal);
        if s.apply(Move::Next).is_err() {
            break;
        }
    }
    // Three years up to 2026-11-30, oldest first, a few days apart.
    let day = (n * 3 * 365 / per_laptop.max(1)) as u64;
    SavedSession {
        format: werkalliantiespel::store::FORMAT,
        id: format!("{laptop:03}{n:05}-{:016x}", dice.next()),
        label: format!("L{laptop:02}-K{code:03}"),
        saved_at: 1_701_388_800 + day * 86_400 + dice.below(36_000),
        saved_at_text: String::new(),
        record: s.record(),
    }
}

/// Writes the laptops' exports; the number of card rows in the long tables.
fn write(dir: &Path, lib: &Library, laptops: usize, per_laptop: usize) -> std::io::Result<usize> {
    let mut rows = 0;
    for laptop in 0..laptops {
        let sessions: Vec<SavedSession> = (0..per_laptop)
            .map(|n| conversation(lib, laptop, n, per_laptop))
            .collect();
        let folder = dir.join(format!("laptop-{laptop:02}"));
        std::fs::create_dir_all(folder.join("eerder"))?;
        let half = &sessions[..per_laptop / 2];
        for (path, part) in [
            (folder.join("werkalliantie-gesprekken.csv"), &sessions[..]),
            (
                folder.join("eerder").join("werkalliantie-gesprekken.csv"),
                half,
            ),
        ] {
            let long = report::csv(part);
            if part.len() == sessions.len() {
                rows += long.lines().count().saturating_sub(1);
            }
            std::fs::write(&path, long)?;
            std::fs::write(
                report::summary_path(&path),
                report::summary_csv(part, &[lib]),
            )?;
        }
    }
    Ok(rows)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Reads a folder as the screen does, in ms; the overview.
fn read(dir: &Path) -> (f64, team::Overview) {
    let start = Instant::now();
    match team::read_folder(dir) {
        Ok(o) => (start.elapsed().as_secs_f64() * 1000.0, o),
        Err(e) => {
            eprintln!("team_bench: {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
}

fn usage() -> ! {
    eprintln!("usage: team_bench [--write DIR LAPTOPS PER_LAPTOP | --rank DIR [N]]");
    std::process::exit(2);
}

fn main() {
    let lib = deck::load_built_in().library;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize| args.get(i).and_then(|n| n.parse::<usize>().ok());
    match args.first().map(String::as_str) {
        Some("--write") => {
            let (Some(dir), Some(laptops), Some(per)) = (args.get(1), number(2), number(3)) else {
                usage()
            };
            match write(Path::new(dir), &lib, laptops, per) {
                Ok(rows) => println!("{rows} card rows"),
                Err(e) => {
                    eprintln!("team_bench: {dir}: {e}");
                    std::process::exit(1);
                }
            }
        }
        Some("--rank") => {
            let Some(dir) = args.get(1) else { usage() };
            let top = number(2).unwrap_or(20);
            let (ms, overview) = read(Path::new(dir));
            let start = Instant::now();
            let rows = team::rank(&overview, &team::Filter::default());
            let rank_ms = start.elapsed().as_secs_f64() * 1000.0;
            eprintln!(
                "game: {} conversations read in {ms:.0} ms, ranked in {rank_ms:.0} ms ({} problems)",
                overview.conversations.len(),
                overview.problems.len()
            );
            for r in rows.iter().take(top) {
                let (often, judged) = r.often();
                let apart: usize = r
                    .kenmerken
                    .iter()
                    .map(|k| k.often_apart + k.sometimes_apart)
                    .sum();
                println!("{}\t{often}\t{apart}\t{judged}\t{}", r.code, r.last_date);
            }
        }
        Some(_) => usage(),
        None => {
            let root = std::env::temp_dir().join(format!(
                "werkalliantiespel-teambench-{}",
                std::process::id()
            ));
            let _ = std::fs::remove_dir_all(&root);
            let (small, big) = (root.join("klein"), root.join("groot"));
            // 20 conversations: one laptop; 10 000: 50 laptops × 200.
            for (dir, laptops, per) in [(&small, 1, 20), (&big, 50, 200)] {
                if let Err(e) = write(dir, &lib, laptops, per) {
                    eprintln!("team_bench: {e}");
                    std::process::exit(1);
                }
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            let mut counts = (0, 0);
            for _ in 0..5 {
                let (ms, o) = read(&small);
                a.push(ms);
                counts.0 = o.conversations.len();
                let (ms, o) = read(&big);
                b.push(ms);
                counts.1 = o.conversations.len();
            }
            let _ = std::fs::remove_dir_all(&root);
            let (a, b) = (median(a), median(b));
            println!(
                "read: {} conversations {a:.1} ms, {} conversations {b:.0} ms ({:.0}×)",
                counts.0,
                counts.1,
                b / a.max(0.001)
            );
            if b > 2000.0 {
                println!("read: 10 000 conversations took more than 2 s");
                std::process::exit(1);
            }
        }
    }
}
