//! Exports: where they go unless the user types another path, and writing them (the long
//! table with the table per theme beside it, and the page to print), never over a file unasked.

use std::path::Path;

use super::Data;
use crate::deck::Library;
use crate::game::log::GameLog;
use crate::lang::Tr;
use crate::report;
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
pub fn export_path(typed: Option<&String>, default: String, ext: &str) -> std::path::PathBuf {
    let text = typed.cloned().unwrap_or(default);
    format!("{}.{ext}", without_ending(&text)).into()
}

/// A path without its export ending (`.csv`, `.xlsx`, `.html`, `.htm`, in any case: a save
/// window may give "Verslag.HTML").
pub fn without_ending(text: &str) -> &str {
    for ending in [".csv", ".xlsx", ".html", ".htm"] {
        let cut = text.len().saturating_sub(ending.len());
        if text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(ending) {
            return &text[..cut];
        }
    }
    text
}

/// Writes the long table of `sessions` to `path` and the table per theme beside it; returns what
/// to tell the players. Asks first before it replaces a file (see [`export_refused`]).
pub fn export_csv(
    sessions: &[SavedSession],
    path: &Path,
    libs: &[&Library],
    data: &mut Data,
    log: &mut GameLog,
    tr: Tr,
) -> String {
    let summary = report::summary_path(path);
    if let Some(refused) = export_refused(data, &[path, &summary], log, tr) {
        return refused;
    }
    let written = store::write_atomic(path, report::csv(sessions).as_bytes()).and_then(|()| {
        store::write_atomic(&summary, report::summary_csv(sessions, libs).as_bytes())
    });
    match written {
        Ok(()) => {
            log.say("export: tabel (CSV) en per thema");
            tr.f(
                "melding-opgeslagen-twee",
                [
                    ("map", folder_name(path).into()),
                    ("pad", file_name(path).into()),
                    ("pad2", file_name(&summary).into()),
                ],
            )
        }
        Err(e) => e.words(tr),
    }
}

/// Writes the pages to print: the client's copy to `path`, the professional's file beside it
/// (`…-professional.html`); returns what to tell the players.
pub fn export_html(
    (client_page, pro_page): (&str, &str),
    path: &Path,
    data: &mut Data,
    log: &mut GameLog,
    tr: Tr,
) -> String {
    let pro_path = report::professional_path(path);
    if let Some(refused) = export_refused(data, &[path, &pro_path], log, tr) {
        return refused;
    }
    let written = store::write_atomic(path, client_page.as_bytes())
        .and_then(|()| store::write_atomic(&pro_path, pro_page.as_bytes()));
    match written {
        Ok(()) => {
            log.say("export: om te printen (HTML), voor de cliënt en voor de professional");
            tr.f(
                "melding-opgeslagen-html",
                [
                    ("map", folder_name(path).into()),
                    ("pad", file_name(path).into()),
                    ("pad2", file_name(&pro_path).into()),
                ],
            )
        }
        Err(e) => e.words(tr),
    }
}

/// Writes the workbook of `sessions` for Excel to `path`, its headers and words in `book`'s
/// language (the professional's: it is for the team); returns what to tell the players.
pub fn export_xlsx(
    sessions: &[SavedSession],
    path: &Path,
    (libs, book): (&[&Library], Tr),
    data: &mut Data,
    log: &mut GameLog,
    tr: Tr,
) -> String {
    if let Some(refused) = export_refused(data, &[path], log, tr) {
        return refused;
    }
    let bytes = match report::xlsx(sessions, libs, book) {
        Ok(b) => b,
        Err(why) => return tr.f("melding-lukt-niet", [("fout", why.into())]),
    };
    match store::write_atomic(path, &bytes) {
        Ok(()) => {
            log.say("export: Excel (XLSX)");
            tr.f(
                "melding-opgeslagen-xlsx",
                [
                    ("map", folder_name(path).into()),
                    ("pad", file_name(path).into()),
                ],
            )
        }
        Err(e) => e.words(tr),
    }
}

/// A file's own name, for the shared screen (the whole path says more than the client needs
/// to see: a user name, a folder of other clients).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    )
}

/// The name of the folder a file is in ("Documenten"), not its whole path.
pub fn folder_name(path: &Path) -> String {
    path.parent()
        .and_then(Path::file_name)
        .map_or_else(String::new, |n| n.to_string_lossy().into())
}

/// Why an export does not write now, in the reader's words; `None` when it may. A file that is
/// there already is replaced only when the same export is asked for once more, right after.
fn export_refused(data: &mut Data, paths: &[&Path], log: &mut GameLog, tr: Tr) -> Option<String> {
    let first = paths.first()?.to_path_buf();
    let replace = data.replace.take().is_some_and(|p| p == first);
    match store::export_check(paths, replace) {
        Ok(()) => None,
        Err(store::ExportCheck::NoFolder(dir)) => {
            log.say("export: die map is er niet");
            Some(tr.f(
                "melding-map-bestaat-niet",
                [("map", dir.display().to_string().into())],
            ))
        }
        Err(store::ExportCheck::Exists(file)) => {
            data.replace = Some(first);
            log.say("export: het bestand is er al, vraag");
            Some(tr.f(
                "melding-bestand-bestaat-al",
                [("pad", file_name(&file).into())],
            ))
        }
    }
}
