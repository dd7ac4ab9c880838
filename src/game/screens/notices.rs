//! The one place that words and shows [`Notices`]: each screen names the sources it shows, and
//! every message looks the same wherever it shows.

use bevy_egui::egui::{self, Color32, RichText};

use super::style;
use crate::game::notices::{Notices, Source};
use crate::lang::Tr;

/// How a line reads: an answer to what a player did, or something that stands in the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Alert,
}

/// One line to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub tone: Tone,
    pub text: String,
}

/// What the start screen shows: the data folder, the card files, and answers (a resume that did
/// not work).
pub const START: &[Source] = &[Source::Cards, Source::DataFolder, Source::Answer];
/// The table: autosave and the phones (the phone panel shows the phones too, in its own words).
pub const PLAY: &[Source] = &[Source::Autosave, Source::Phone, Source::Answer];
/// The summary: "Bewaard" and exports; no data folder means "Bewaren" cannot work.
pub const SUMMARY: &[Source] = &[Source::Answer, Source::DataFolder, Source::Autosave];
/// Next to the export buttons (the summary's and the history's): where the file went.
pub const EXPORT: &[Source] = &[Source::Export];
/// The history: answers, and files that could not be read.
pub const HISTORY: &[Source] = &[Source::Answer, Source::DataFolder, Source::History];

/// The lines of `sources`, in the reader's words, in that order.
pub fn lines(notices: &Notices, sources: &[Source], tr: Tr) -> Vec<Line> {
    let alert = |text: String| Line {
        tone: Tone::Alert,
        text: format!("⚠ {text}"),
    };
    let mut out = Vec::new();
    for source in sources {
        match source {
            Source::Answer | Source::Export => {
                out.extend(notices.lines(*source).iter().map(|t| Line {
                    tone: Tone::Plain,
                    text: t.clone(),
                }))
            }
            Source::Autosave => out.extend(
                notices
                    .get(*source)
                    .map(|why| alert(tr.f("spel-bewaren-lukt-niet", [("fout", why.into())]))),
            ),
            // Many mistakes in card files are one message: how many, and where to read more.
            Source::Cards if notices.has(*source) => out.push(alert(
                tr.f("start-fouten", [("n", notices.lines(*source).len().into())]),
            )),
            Source::Cards => {}
            Source::DataFolder | Source::Phone | Source::Look | Source::History => {
                out.extend(notices.lines(*source).iter().cloned().map(alert))
            }
        }
    }
    out
}

/// Shows the lines of `sources`: answers in `plain`, the rest in the alert colour.
pub fn show(
    ui: &mut egui::Ui,
    notices: &Notices,
    sources: &[Source],
    tr: Tr,
    size: f32,
    plain: Color32,
) {
    for line in lines(notices, sources, tr) {
        let colour = match line.tone {
            Tone::Plain => plain,
            Tone::Alert => style::alert(ui),
        };
        ui.label(
            RichText::new(line.text)
                .size(style::px(ui, size))
                .color(colour),
        );
    }
}
