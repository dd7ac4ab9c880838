//! The card files shipped with the game, and the summary `--check-cards` prints.

use std::path::{Path, PathBuf};

use super::load::load_sources;
use super::parsed::LoadReport;

/// The card files shipped with the game, compiled in, so the game also runs without `cards/`.
pub const BUILT_IN: [(&str, &str); 8] = [
    ("kenmerken.ron", include_str!("../../cards/kenmerken.ron")),
    ("werkvelden.ron", include_str!("../../cards/werkvelden.ron")),
    ("schaal.ron", include_str!("../../cards/schaal.ron")),
    (
        "gespreksvragen.ron",
        include_str!("../../cards/gespreksvragen.ron"),
    ),
    (
        "richting-en-kader.ron",
        include_str!("../../cards/richting-en-kader.ron"),
    ),
    ("vertrouwen.ron", include_str!("../../cards/vertrouwen.ron")),
    ("binding.ron", include_str!("../../cards/binding.ron")),
    ("stroefheid.ron", include_str!("../../cards/stroefheid.ron")),
];

/// Loads the built-in copy of the shipped cards.
pub fn load_built_in() -> LoadReport {
    let sources: Vec<(PathBuf, String)> = BUILT_IN
        .iter()
        .map(|(name, text)| (Path::new("(ingebouwd)").join(name), text.to_string()))
        .collect();
    load_sources(&sources)
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
