//! Words for ratings, gaps and verdicts, in the reader's language.

use crate::deck::{Library, Wording};
use crate::lang::Tr;
use crate::profile::{KenmerkProfile, Verdict};
use crate::session::{Choice, Gap};

/// A choice in the scale's own words ("Helemaal waar"), or the pass label.
pub fn choice_words(lib: &Library, c: Choice, wording: Wording, tr: Tr) -> String {
    match (c, &lib.scale) {
        (Choice::Score(v), Some(s)) => s
            .point(v)
            .map_or(v.to_string(), |p| p.word(wording).to_string()),
        (Choice::Pass, Some(s)) => s.pass_label.clone(),
        (Choice::Score(v), None) => v.to_string(),
        (Choice::Pass, None) => tr.t("verschil-overgeslagen"),
    }
}

/// A bar of the summary in words, for a screen reader: the scale's word nearest to the mean
/// ("ongeveer Klopt een beetje"), never the number (a "3,0" reads as a school mark).
pub fn mean_words(lib: &Library, mean: Option<f64>, wording: Wording, tr: Tr) -> String {
    let Some(v) = mean.filter(|v| v.is_finite()) else {
        return tr.t("lezer-balk-leeg");
    };
    let nearest = v.round().clamp(1.0, f64::from(lib.steps().max(1))) as u8;
    let word = choice_words(lib, Choice::Score(nearest), wording, tr);
    tr.f("lezer-balk", [("woord", word.into())])
}

/// A number with one decimal, with the language's decimal mark ("1,5" in Dutch).
pub fn fmt1(x: f64, tr: Tr) -> String {
    format!("{x:.1}").replace('.', &tr.t("getal-komma"))
}

/// The gap on one turned card.
pub fn gap_words(gap: Gap, tr: Tr) -> String {
    tr.t(match gap {
        Gap::Same => "verschil-een-lijn",
        Gap::Small => "verschil-klein",
        Gap::Across => "verschil-andere-kant",
        Gap::Large => "verschil-groot",
        Gap::Passed => "verschil-overgeslagen",
    })
}

/// How the two look at a kenmerk, from its cards ("Jullie kijken vaak anders."), and how often
/// a card was passed.
pub fn verdict_words(k: &KenmerkProfile, tr: Tr) -> String {
    let counts = [("n", k.far_apart.into()), ("totaal", k.both_scored.into())];
    let mut words = match k.verdict() {
        Verdict::NoComparison => tr.t("overzicht-geen-verschil"),
        Verdict::SameView => tr.t("overzicht-een-lijn"),
        Verdict::SmallDifferences => tr.t("overzicht-klein-verschil"),
        Verdict::SometimesApart => tr.f("overzicht-soms-anders", counts),
        Verdict::OftenApart => tr.f("overzicht-vaak-anders", counts),
    };
    let passes = k.client_passed + k.professional_passed;
    if passes > 0 {
        words.push(' ');
        words.push_str(&tr.f("overzicht-overgeslagen", [("n", passes.into())]));
    }
    words
}

/// The numbers behind the verdict: how far apart per card on average, and how many cards lay
/// two steps or more apart. `None` when no card was scored by both.
pub fn card_numbers(k: &KenmerkProfile, tr: Tr) -> Option<String> {
    let mean = k.card_gap_mean?;
    Some(tr.f(
        "overzicht-per-kaart",
        [
            ("verschil", fmt1(mean, tr).into()),
            ("n", k.far_apart.into()),
            ("totaal", k.both_scored.into()),
        ],
    ))
}

/// "Raad de ander" on a kenmerk, in words: on how many cards the two guessed each other's
/// choice ("Jullie raadden bij 3 kaarten wat de ander koos."). Never who was close: no points,
/// no winner, one line for both. Empty when the players did not guess.
pub fn guess_words(k: &KenmerkProfile, tr: Tr) -> Vec<String> {
    let Some(guessed) = k.guessed else {
        return Vec::new();
    };
    let cards = guessed.iter().map(|(_, g)| g.cards).max().unwrap_or(0);
    if cards == 0 {
        return Vec::new();
    }
    vec![tr.f("overzicht-raden", [("n", cards.into())])]
}
