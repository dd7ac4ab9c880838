//! What a session comes to, for people to read or to count: the words for ratings, gaps and
//! verdicts (one home for the screens, the speech lines and the printout), the tables (CSV) and
//! the printable page (HTML). No Bevy types.

mod csv;
mod html;
mod team;
mod words;
mod xlsx;

pub use csv::{CSV_HEADER, SUMMARY_HEADER, csv, summary_csv, summary_path};
pub use html::{Reader, html, professional_path};
pub use team::{
    direction_words, field_name, kenmerk_label, often_words, team_code_html, team_list_html,
    verdict_short,
};
pub use words::{
    card_numbers, choice_words, fmt1, gap_words, guess_words, mean_words, verdict_words,
};
pub use xlsx::{CARD_HEADERS, THEME_HEADERS, xlsx, xlsx_path};

/// The cards a saved conversation was played with, among these packs': its own pack; the first
/// for a save from before packs (no id) or a pack that is not among them; `None` only when
/// `libs` is empty.
pub fn library_of<'a>(
    libs: &[&'a crate::deck::Library],
    s: &crate::store::SavedSession,
) -> Option<&'a crate::deck::Library> {
    let id = &s.record.selection.pack;
    libs.iter()
        .find(|l| !id.is_empty() && l.pack.id == *id)
        .or(libs.first())
        .copied()
}
