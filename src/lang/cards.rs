//! The cards in another language: a copy of the Dutch [`Library`] with the words from the
//! language's `kaarten.ftl`. Ids, items, keying and kenmerken stay as in the card files, so a
//! card means the same in every language and the numbers stay comparable.
//!
//! Keys, made from the ids in the Dutch files:
//! - `pakket-naam`, `pakket-uitleg` (the pack's name and sentence)
//! - `kenmerk-<id>`, `kenmerk-<id>-uitleg`, `kenmerk-<id>-label`, `kenmerk-<id>-ver-uit-elkaar`
//!   (the last only where the kenmerk has `when_apart`)
//! - `werkveld-<id>`, `werkveld-<id>-werker`, `werkveld-<id>-client`, `werkveld-<id>-voorwaarden`
//! - `schaal-1` … `schaal-5`, `schaal-overslaan`
//! - `vraag-<soort>-<n>` (soort: same, same-good, same-middle, same-hard, small, small-good,
//!   small-hard, large, passed, early-low; n from 1)
//! - `kaart-<id>-client`, `kaart-<id>-professional`, `kaart-<id>-vraag-<n>`,
//!   `kaart-<id>-vraag-lastig-<n>`
//! - `kaarten-getest`: `ja` only when clients tested this translation.
//!
//! In card sentences `{ $werker }`, `{ $client }` and `{ $voorwaarden }` stand for the field's
//! words (`{ $Werker }` with a capital), as `{werker}` does in the Dutch files.

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use super::{LangProblem, Language, Languages};
use crate::deck::{Library, Wordings};

/// The prompt lists and their names in the keys.
const PROMPT_KINDS: [&str; 11] = [
    "same",
    "same-good",
    "same-middle",
    "same-hard",
    "small",
    "small-good",
    "small-hard",
    "small-across",
    "large",
    "passed",
    "early-low",
];

fn prompt_list<'a>(lib: &'a mut Library, kind: &str) -> Option<&'a mut Vec<String>> {
    let p = &mut lib.prompts;
    Some(match kind {
        "same" => &mut p.same,
        "same-good" => &mut p.same_good,
        "same-middle" => &mut p.same_middle,
        "same-hard" => &mut p.same_hard,
        "small" => &mut p.small,
        "small-good" => &mut p.small_good,
        "small-hard" => &mut p.small_hard,
        "small-across" => &mut p.small_across,
        "large" => &mut p.large,
        "passed" => &mut p.passed,
        "early-low" => &mut p.early_low,
        _ => return None,
    })
}

/// The placeholders as the card templates write them, so a translated sentence goes through
/// the same filling-in as a Dutch one.
fn placeholder_args() -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    for key in crate::deck::template::PLACEHOLDERS {
        a.set(key, format!("{{{key}}}"));
        let mut cap = key.to_string();
        cap[..1].make_ascii_uppercase();
        a.set(cap.clone(), format!("{{{cap}}}"));
    }
    a
}

/// Every key a complete translation of this library has.
pub fn expected_keys(lib: &Library) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    keys.insert("kaarten-getest".to_string());
    if !lib.pack.id.is_empty() {
        keys.insert("pakket-naam".to_string());
        keys.insert("pakket-uitleg".to_string());
    }
    for k in &lib.kenmerken {
        keys.insert(format!("kenmerk-{}", k.id));
        keys.insert(format!("kenmerk-{}-uitleg", k.id));
        keys.insert(format!("kenmerk-{}-label", k.id));
        if k.when_apart.is_some() {
            keys.insert(format!("kenmerk-{}-ver-uit-elkaar", k.id));
        }
    }
    for f in &lib.fields {
        for part in ["", "-werker", "-client", "-voorwaarden"] {
            keys.insert(format!("werkveld-{}{part}", f.id));
        }
    }
    if let Some(s) = &lib.scale {
        for p in &s.points {
            keys.insert(format!("schaal-{}", p.value));
        }
        keys.insert("schaal-overslaan".to_string());
    }
    let mut copy = lib.clone();
    // A scale without a middle (an even number of steps) never asks the middle's prompts.
    let steps = lib.steps();
    let middle = steps % 2 == 1 || steps == 0;
    for kind in PROMPT_KINDS
        .into_iter()
        .filter(|k| middle || *k != "same-middle")
    {
        let n = prompt_list(&mut copy, kind).map_or(0, |l| l.len());
        for i in 1..=n {
            keys.insert(format!("vraag-{kind}-{i}"));
        }
    }
    for c in &lib.cards {
        keys.insert(format!("kaart-{}-client", c.id));
        keys.insert(format!("kaart-{}-professional", c.id));
        for i in 1..=c.prompts.len() {
            keys.insert(format!("kaart-{}-vraag-{i}", c.id));
        }
        for i in 1..=c.prompts_hard.len() {
            keys.insert(format!("kaart-{}-vraag-lastig-{i}", c.id));
        }
    }
    keys
}

/// The library in this language. A text the translation lacks stays Dutch. Dutch returns a
/// plain copy. Both wordings get the translated text: the monitor's own words exist in Dutch only.
pub fn translate(lib: &Library, lang: &Language) -> Library {
    let mut out = lib.clone();
    if !lang.has_cards() {
        return out;
    }
    let args = placeholder_args();
    let t = |key: String| lang.card_text(&key, Some(&args));
    if let Some(s) = t("pakket-naam".to_string()) {
        out.pack.name = s;
    }
    if let Some(s) = t("pakket-uitleg".to_string()) {
        out.pack.explain = s;
    }
    for k in &mut out.kenmerken {
        if let Some(s) = t(format!("kenmerk-{}", k.id)) {
            k.name = s;
        }
        if k.when_apart.is_some()
            && let Some(s) = t(format!("kenmerk-{}-ver-uit-elkaar", k.id))
        {
            k.when_apart = Some(s);
        }
        if let Some(s) = t(format!("kenmerk-{}-uitleg", k.id)) {
            k.explain = s;
        }
        if let Some(s) = t(format!("kenmerk-{}-label", k.id)) {
            k.label = s;
        }
    }
    for f in &mut out.fields {
        if let Some(s) = t(format!("werkveld-{}", f.id)) {
            f.name = s;
        }
        if let Some(s) = t(format!("werkveld-{}-werker", f.id)) {
            f.werker = s;
        }
        if let Some(s) = t(format!("werkveld-{}-client", f.id)) {
            f.client = s;
        }
        if let Some(s) = t(format!("werkveld-{}-voorwaarden", f.id)) {
            f.voorwaarden = s;
        }
    }
    if let Some(s) = &mut out.scale {
        for p in &mut s.points {
            if let Some(w) = t(format!("schaal-{}", p.value)) {
                p.label = w.clone();
                p.original = w;
            }
        }
        if let Some(w) = t("schaal-overslaan".to_string()) {
            s.pass_label = w;
        }
    }
    for kind in PROMPT_KINDS {
        if let Some(list) = prompt_list(&mut out, kind) {
            for (i, p) in list.iter_mut().enumerate() {
                if let Some(s) = t(format!("vraag-{kind}-{}", i + 1)) {
                    *p = s;
                }
            }
        }
    }
    for c in &mut out.cards {
        for (who, w) in [
            ("client", &mut c.client),
            ("professional", &mut c.professional),
        ] {
            if let Some(s) = t(format!("kaart-{}-{who}", c.id)) {
                *w = Wordings {
                    original: s.clone(),
                    b1: s,
                };
            }
        }
        for (i, p) in c.prompts.iter_mut().enumerate() {
            if let Some(s) = t(format!("kaart-{}-vraag-{}", c.id, i + 1)) {
                *p = s;
            }
        }
        for (i, p) in c.prompts_hard.iter_mut().enumerate() {
            if let Some(s) = t(format!("kaart-{}-vraag-lastig-{}", c.id, i + 1)) {
                *p = s;
            }
        }
    }
    out
}

/// Missing and extra keys of every card translation, and card sentences whose placeholders do
/// not render (the same check the Dutch files get).
pub fn check(lib: &Library, langs: &Languages) -> Vec<LangProblem> {
    let expected = expected_keys(lib);
    let mut out = Vec::new();
    for lang in langs.all() {
        if !lang.has_cards() {
            continue;
        }
        let file = PathBuf::from(format!("talen/{}/kaarten.ftl", lang.code));
        let have: BTreeSet<String> = lang.card_keys().map(str::to_string).collect();
        let missing: Vec<&str> = expected.difference(&have).map(String::as_str).collect();
        let extra: Vec<&str> = have.difference(&expected).map(String::as_str).collect();
        if !missing.is_empty() {
            out.push(LangProblem {
                file: file.clone(),
                line: 0,
                col: 0,
                message: format!(
                    "{} tekst(en) ontbreken (daar staat dan Nederlands): {}",
                    missing.len(),
                    super::first_few(&missing)
                ),
            });
        }
        if !extra.is_empty() {
            out.push(LangProblem {
                file: file.clone(),
                line: 0,
                col: 0,
                message: format!(
                    "{} sleutel(s) horen bij geen kaart, kenmerk of werkveld: {}",
                    extra.len(),
                    super::first_few(&extra)
                ),
            });
        }
        let translated = translate(lib, lang);
        for c in &translated.cards {
            for text in [&c.client.b1, &c.professional.b1]
                .into_iter()
                .chain(c.prompts.iter())
            {
                if let Err(e) = crate::deck::template::parse(text) {
                    out.push(LangProblem {
                        file: file.clone(),
                        line: 0,
                        col: 0,
                        message: format!("kaart {}: {e}", c.id),
                    });
                }
            }
        }
    }
    out
}
