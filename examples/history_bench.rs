//! The history at scale, for `bench/history`: a short list (20 conversations, 2 codes of 10)
//! against a few years of them (3000: 300 codes of 10), side by side in one run.
//!
//! - **Reading**: `Store::list` on a data folder holding them (median of 5 runs each,
//!   alternating). A list over 200 files is read on a thread of its own: the screen opens at
//!   once and shows "Even lezen…" until this is done.
//! - **Frame**: one egui pass of the history's list (`list_view`) in a 1366×768 context and its
//!   tessellation, every code open (as it opens) and one folded, as the screen draws it every frame
//!   (median of 200 passes each, alternating in blocks of 20).
//!
//! Prints the figures and the ratios; exits 1 when a frame of the long list costs more than 1.2×
//! the short one (every code open, or one folded).

use std::time::Instant;

use bevy_egui::egui;
use werkalliantiespel::deck::{self, Library, Wording};
use werkalliantiespel::game::screens::history::{Form, History, list};
use werkalliantiespel::game::{Books, Cards, Packs, Translations};
use werkalliantiespel::lang::Languages;
use werkalliantiespel::session::{Hidden, Mode, Move, Player, Selection, Session};
use werkalliantiespel::store::{SavedSession, Store};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// One whole conversation of every card, as a record to save.
fn record(lib: &Library) -> werkalliantiespel::session::SessionRecord {
    let selection = Selection {
        kenmerken: Vec::new(),
        short: false,
        field: "reclassering".into(),
        wording: Wording::B1,
        mode: Mode::Together,
        seed: 3,
        languages: Default::default(),
        guess: false,
        ..Selection::default()
    };
    let mut s = match Session::new(lib, selection) {
        Ok(s) => s,
        Err(e) => panic!("no session: {e}"),
    };
    let mut n: u8 = 0;
    while !s.is_finished() {
        n = n.wrapping_add(1);
        let score = |k: u8| Hidden::new(k % 5 + 1).unwrap_or_else(|| panic!("score"));
        let _ = s.apply(Move::Choose(Player::Client, score(n)));
        let _ = s.apply(Move::Choose(Player::Professional, score(n + 2)));
        let _ = s.apply(Move::Reveal);
        if s.apply(Move::Next).is_err() {
            break;
        }
    }
    s.record()
}

fn sessions(lib: &Library, n: usize) -> Vec<SavedSession> {
    let rec = record(lib);
    (0..n)
        .map(|i| SavedSession {
            format: werkalliantiespel::store::FORMAT,
            id: format!("s{i:05}"),
            label: format!("K-{}", i % (n / 10).max(1)),
            saved_at: 1_700_000_000 + i as u64 * 86_400,
            saved_at_text: String::new(),
            record: rec.clone(),
        })
        .collect()
}

/// The median time of one egui pass of the list, in ms.
fn frame_ms(books: Books, history: &History, form: &mut Form, runs: usize) -> f64 {
    let ctx = egui::Context::default();
    ctx.set_fonts(werkalliantiespel::game::screens::style::fonts());
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1366.0, 768.0),
        )),
        ..Default::default()
    };
    let tr = books.talen.tr("nl");
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs + 2 {
        let t = Instant::now();
        let mut out = ctx.run_ui(input(), |ui| {
            let _ = list::list_view(ui, (books, tr), history, form);
        });
        // Into triangles too, as bevy_egui does before drawing.
        let shapes = std::mem::take(&mut out.shapes);
        let _ = ctx.tessellate(shapes, out.pixels_per_point);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        // No renderer here: the font atlas is not needed.
        out.textures_delta.clear();
    }
    // The first passes set up fonts and memory: not a frame the screen draws again.
    median(times.split_off(2))
}

fn open_ms(store: &Store, runs: usize) -> (f64, usize) {
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = store.list().sessions.len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    (median(times), n)
}

fn main() {
    // The first pack (the monitor's), as built into the game.
    let lib = deck::load_built_in().library;
    // `--write DIR N`: only fill a data folder with N conversations (for a screenplay script).
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--write") {
        let (Some(dir), Some(n)) = (args.get(1), args.get(2).and_then(|n| n.parse().ok())) else {
            eprintln!("usage: history_bench [--write DIR N]");
            std::process::exit(2);
        };
        let store = Store::new(dir);
        for s in sessions(&lib, n) {
            if let Err(e) = store.save_again(&s, &s.label, &s.record) {
                eprintln!("history_bench: {e}");
                std::process::exit(1);
            }
        }
        return;
    }
    let talen = Translations::new(std::sync::Arc::new(Languages::built_in()), &lib);
    let cards = Cards(lib.clone());
    let packs = Packs::default();
    let books = Books {
        packs: &packs,
        cards: &cards,
        talen: &talen,
        code: "nl",
    };
    // A short list: 20 conversations of 2 codes, enough to fill the list's box, as a long list
    // does (a list of 5 lines costs less: fewer lines to draw, not fewer saved).
    let short = sessions(&lib, 20);
    let long = sessions(&lib, 3000);

    // Open: the files on disk, read as the screen reads them.
    let root = std::env::temp_dir().join(format!(
        "werkalliantiespel-historybench-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&root);
    let stores: Vec<Store> = [&short, &long]
        .iter()
        .enumerate()
        .map(|(k, list)| {
            let store = Store::new(root.join(format!("d{k}")));
            for s in list.iter() {
                if let Err(e) = store.save_again(s, &s.label, &s.record) {
                    panic!("write: {e}");
                }
            }
            store
        })
        .collect();
    let (mut open_short, mut open_long) = (Vec::new(), Vec::new());
    let mut counts = (0, 0);
    for _ in 0..5 {
        let (a, n) = open_ms(&stores[0], 1);
        let (b, m) = open_ms(&stores[1], 1);
        open_short.push(a);
        open_long.push(b);
        counts = (n, m);
    }
    let _ = std::fs::remove_dir_all(&root);

    // Frames: every code open, and one folded.
    let (mut as_opened_short, mut as_opened_long) = (Vec::new(), Vec::new());
    let (mut folded_short, mut folded_long) = (Vec::new(), Vec::new());
    let (mut hs, mut hl) = (History::default(), History::default());
    hs.sessions = short.clone();
    hl.sessions = long.clone();
    for block in 0..10 {
        let mut fs = Form::default();
        let mut fl = Form::default();
        let one_folded = block % 2 == 1;
        if one_folded {
            fs.folded.insert("K-0".into());
            fl.folded.insert("K-7".into());
        }
        let a = frame_ms(books, &hs, &mut fs, 20);
        let b = frame_ms(books, &hl, &mut fl, 20);
        if one_folded {
            folded_short.push(a);
            folded_long.push(b);
        } else {
            as_opened_short.push(a);
            as_opened_long.push(b);
        }
    }
    let (os, ol) = (median(open_short), median(open_long));
    let (cs, cl) = (median(as_opened_short), median(as_opened_long));
    let (ps, pl) = (median(folded_short), median(folded_long));
    println!(
        "history: {} vs {} saved conversations, one run, medians",
        counts.0, counts.1
    );
    println!("| | {} | {} | long/short | target |", counts.0, counts.1);
    println!("|---|---|---|---|---|");
    println!(
        "| reading the list, on its own thread when over 200 (ms) | {os:.1} | {ol:.1} | +{:.0} ms | (the screen does not wait) |",
        ol - os
    );
    println!(
        "| one frame of the list, as it opens (ms) | {cs:.3} | {cl:.3} | {:.2}× | ≤ 1.2× |",
        cl / cs
    );
    println!(
        "| one frame of the list, one code folded (ms) | {ps:.3} | {pl:.3} | {:.2}× | ≤ 1.2× |",
        pl / ps
    );
    let ok = cl / cs <= 1.2 && pl / ps <= 1.2;
    if !ok {
        println!("history: FAILED");
        std::process::exit(1);
    }
}
