//! Where exports go: the default paths, and what an export key does on a screen.

use crate::game::{Action, Export, Screen};
use crate::store::{self, SavedSession};

/// The folder exports go to unless the user types another path: Documents, else home.
fn export_dir() -> std::path::PathBuf {
    dirs::document_dir()
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| std::path::PathBuf::from("."))
}

/// Where a conversation's export goes unless the user types another path: the code and the
/// date in the name, never more.
pub fn default_export(session: &SavedSession, ext: &str) -> String {
    let code: String = session
        .label
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let (y, m, d, ..) = store::civil(session.saved_at);
    let name = if code.is_empty() {
        format!("werkalliantie-{y:04}{m:02}{d:02}.{ext}")
    } else {
        format!("werkalliantie-{code}-{y:04}{m:02}{d:02}.{ext}")
    };
    export_dir().join(name).display().to_string()
}

/// Where the history's table goes unless the user types another path.
pub fn default_history_export() -> String {
    export_dir()
        .join("werkalliantie-gesprekken.csv")
        .display()
        .to_string()
}

/// The path an export key (`C`, `P`) writes to: what the export field shows, with the right
/// ending.
fn export_path(typed: Option<&String>, default: String, ext: &str) -> std::path::PathBuf {
    let text = typed.cloned().unwrap_or(default);
    let base = text.trim_end_matches(".csv").trim_end_matches(".html");
    format!("{base}.{ext}").into()
}

/// What an export key does on this screen: the same as the button next to the path.
pub(super) fn export_action(
    screen: Screen,
    kind: Export,
    typed: Option<&String>,
    session: Option<&SavedSession>,
) -> Option<Action> {
    match (screen, kind) {
        (Screen::History, Export::Csv) => Some(Action::ExportCsv(export_path(
            typed,
            default_history_export(),
            "csv",
        ))),
        (Screen::Summary, Export::Csv) => Some(Action::ExportCsv(export_path(
            typed,
            default_export(session?, "csv"),
            "csv",
        ))),
        (Screen::Summary, Export::Html) => Some(Action::ExportHtml(export_path(
            typed,
            default_export(session?, "csv"),
            "html",
        ))),
        _ => None,
    }
}
