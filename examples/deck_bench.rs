//! Deck loading and validation time, for `bench/run`: the shipped cards, and a generated deck
//! of 10 000 cards. Prints medians in milliseconds.

use std::path::PathBuf;
use std::time::Instant;

use werkalliantiespel::deck;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut() -> usize) -> (f64, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = f();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    (median(times), n)
}

fn main() {
    let cards = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "cards/werkalliantiemonitor".into()),
    );
    let (shipped_ms, shipped_n) = time(51, || {
        deck::load_dir(&cards).map_or(0, |r| r.library.cards.len())
    });

    let dir = std::env::temp_dir().join(format!(
        "werkalliantiespel-deckbench-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::copy(cards.join("kenmerken.ron"), dir.join("kenmerken.ron")).expect("kenmerken");
    let mut text = String::from("Kaarten([\n");
    for i in 0..10_000u32 {
        text.push_str(&format!(
            "(id: \"kaart-{i}\", item: {}, kenmerk: \"vertrouwen\", keying: Positive, short: false,\n \
             client: (original: \"Mijn {{werker}} vertrouwt mij ({i}).\", b1: \"Mijn {{werker}} vertrouwt mij.\"),\n \
             professional: (original: \"Ik vertrouw deze {{client}} ({i}).\", b1: \"Ik vertrouw deze {{client}}.\"),\n \
             prompts: [\"Waaraan merk je dat?\"]),\n",
            i + 1
        ));
    }
    text.push_str("])\n");
    std::fs::write(dir.join("groot.ron"), &text).expect("write");
    let (big_ms, _) = time(11, || {
        deck::load_dir(&dir).map_or(0, |r| r.library.cards.len() + r.errors.len())
    });
    let _ = std::fs::remove_dir_all(&dir);
    println!("deck_shipped_ms {shipped_ms:.3} ({shipped_n} cards)");
    println!("deck_10000_ms {big_ms:.3}");
}
