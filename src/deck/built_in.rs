//! The card files shipped with the game, and the summary `--check-cards` prints.

use std::path::{Path, PathBuf};

use super::load::load_sources;
use super::parsed::LoadReport;

/// One pack shipped with the game: a folder under `cards/`, compiled in (see build.rs), so the
/// game also runs without `cards/`.
#[derive(Debug)]
pub struct BuiltInPack {
    /// The folder's name under `cards/`.
    pub folder: &'static str,
    /// Its card files: (file name, text).
    pub files: &'static [(&'static str, &'static str)],
    /// Its language files: (language code, file name, text).
    pub languages: &'static [(&'static str, &'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

impl BuiltInPack {
    /// Loads this pack's cards, named as if they were read from `(ingebouwd)/<folder>/`.
    pub fn load(&self) -> LoadReport {
        let sources: Vec<(PathBuf, String)> = self
            .files
            .iter()
            .map(|(name, text)| {
                (
                    Path::new("(ingebouwd)").join(self.folder).join(name),
                    text.to_string(),
                )
            })
            .collect();
        load_sources(&sources)
    }
}

/// The built-in packs in the order the start screen shows them (`order` in `pakket.ron`, then
/// the folder name), each with its loaded cards.
pub fn built_in_packs() -> Vec<(&'static BuiltInPack, LoadReport)> {
    let mut packs: Vec<(&'static BuiltInPack, LoadReport)> =
        BUILT_IN_PACKS.iter().map(|p| (p, p.load())).collect();
    packs.sort_by_key(|(p, r)| (r.library.pack.order, p.folder));
    packs
}

/// The first built-in pack (the one the game starts with), or an empty report when the program
/// was built without packs.
pub fn first_built_in() -> Option<&'static BuiltInPack> {
    built_in_packs().into_iter().next().map(|(p, _)| p)
}

/// Loads the built-in copy of the first pack (the one the game starts with).
pub fn load_built_in() -> LoadReport {
    built_in_packs()
        .into_iter()
        .next()
        .map(|(_, r)| r)
        .unwrap_or_default()
}

/// A short summary for `--check-cards`: decks with card counts, fields, scale.
pub fn summary(report: &LoadReport) -> String {
    let lib = &report.library;
    let mut lines = vec![
        format!("Gelezen: {} bestand(en).", report.files.len()),
        format!("Stapels: {}", lib.kenmerken.len()),
    ];
    for k in &lib.kenmerken {
        let n = lib.deck(&k.id).count();
        let short = lib.deck(&k.id).filter(|c| c.short).count();
        lines.push(format!(
            "  {:<20} {:>2} kaarten ({short} in de korte versie)",
            k.name, n
        ));
    }
    lines.push(format!("Kaarten: {} in totaal", lib.cards.len()));
    lines.push(format!("Werkvelden: {}", lib.fields.len()));
    for f in &lib.fields {
        lines.push(format!(
            "  {:<20} {{werker}} = {}, {{client}} = {}",
            f.id, f.werker, f.client
        ));
    }
    lines.push(match &lib.scale {
        Some(s) => {
            let labels: Vec<&str> = s.points.iter().map(|p| p.label.as_str()).collect();
            format!(
                "Schaal: {} · overslaan: {}",
                labels.join(" / "),
                s.pass_label
            )
        }
        None => "Schaal: geen".into(),
    });
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
