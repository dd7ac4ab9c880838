//! The prompt after a flip, for every card and every pair of choices, in every language: it
//! never praises or blames a choice, never says who is right, promises nothing it cannot keep,
//! asks nobody alone to confess, and where the choices say it is hard it says that no example
//! is needed.

use werkalliantiespel::deck::{Library, PromptKind};
use werkalliantiespel::lang::Languages;
use werkalliantiespel::lang::cards::translate;

use super::*;

/// Words that judge a choice or take a side, per language (lower case).
fn judging(code: &str) -> &'static [&'static str] {
    match code {
        "nl" => &[
            "goed gaat",
            "goed voelt",
            "positief",
            "negatief",
            "lastig",
            "gelijk",
            "beter",
            "slecht",
            "fout",
            "zag jij",
            "wanneer doe je dat",
            "dat mag. hoe",
            "iedereen",
        ],
        _ => &[
            "go well",
            "goes well",
            "feel good about",
            "positive",
            "negative",
            "hard",
            "right",
            "better",
            "bad",
            "wrong",
            "did you see",
            "when do you do that",
            "everyone",
        ],
    }
}

/// What a prompt says when no example is needed.
fn no_example(code: &str) -> &'static str {
    match code {
        "nl" => "je hoeft geen voorbeeld te noemen",
        _ => "you do not need to give an example",
    }
}

fn libraries() -> Vec<(String, Library)> {
    let dutch = shipped();
    let langs = Languages::built_in();
    let mut out = vec![("nl".to_string(), dutch.clone())];
    for l in langs.all().iter().filter(|l| l.code != "nl") {
        out.push((l.code.clone(), translate(&dutch, l)));
    }
    out
}

#[test]
fn the_prompt_after_a_flip_never_praises_blames_or_corners() {
    let choices: Vec<Option<u8>> = [None].into_iter().chain((1..=5).map(Some)).collect();
    let mut checked = 0;
    for (code, lib) in libraries() {
        for card in &lib.cards {
            for &client in &choices {
                for &professional in &choices {
                    let kind = PromptKind::of(
                        (client, professional),
                        lib.steps(),
                        lib.higher_is_better(card),
                    );
                    let prompts = lib.prompts_for(card, client, professional);
                    assert!(!prompts.is_empty(), "{code} {kind:?}: no prompt");
                    for p in prompts {
                        let lower = p.to_lowercase();
                        for word in judging(&code) {
                            assert!(
                                !lower.contains(word),
                                "{code}, item {}, {client:?}/{professional:?} ({kind:?}): \
                                 \"{word}\" in {p:?}",
                                card.item
                            );
                        }
                        if matches!(kind, PromptKind::SameHard | PromptKind::SmallHard) {
                            assert!(
                                lower.contains(no_example(&code)),
                                "{code}, item {} ({kind:?}): say no example is needed: {p:?}",
                                card.item
                            );
                        }
                        checked += 1;
                    }
                }
            }
            // The card's own prompts: no promise that something stays secret, nobody alone
            // asked to confess, no "Waaraan merk je" (hard to read).
            for p in &card.prompts {
                let lower = p.to_lowercase();
                for word in [
                    "dat mag. hoe",
                    "iedereen",
                    "wanneer doe je dat",
                    "waaraan merk je",
                    "that is fine. why",
                    "everyone",
                    "when do you do that",
                ] {
                    assert!(!lower.contains(word), "{code}, item {}: {p:?}", card.item);
                }
            }
        }
    }
    assert!(
        checked > 19 * 36 * 2,
        "every card and pair in both languages: {checked}"
    );
}
