//! Saving, private by design: one human-readable RON file per saved session, an in-progress file
//! for crash recovery, history and export. No Bevy types.
//!
//! Layout of the data folder:
//! - `sessies/<id>.ron`: a session the professional chose to keep ("Bewaren");
//! - `sessies/beschadigd/`: files that could not be read, moved aside (never overwritten);
//! - `bezig.ron`: the session in progress, so it can be resumed after a crash. Removed when the
//!   session is saved or left without saving.

mod files;
mod time;

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use files::{ExportCheck, export_check, write_atomic, write_atomic_with};
pub use time::{civil, civil_in, now, stamp_in};

/// The id of a conversation that is exported without being saved: "niet-bewaard", the local
/// time it started and a random part, so that two such exports never share one.
pub fn unsaved_id(at: u64) -> String {
    let (y, m, d, h, min, s) = civil(at);
    let suffix: u16 = rand::random();
    format!("niet-bewaard-{y:04}{m:02}{d:02}-{h:02}{min:02}{s:02}-{suffix:04x}")
}

use files::{Unreadable, parse, to_ron};
use time::stamp;

use crate::session::SessionRecord;

/// The version of the file format this program writes.
pub const FORMAT: u32 = 1;

/// The environment variable that points the game at another data folder.
pub const DATA_ENV: &str = "WERKALLIANTIESPEL_DATA";

/// A session the professional chose to keep.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedSession {
    pub format: u32,
    pub id: String,
    /// A code for the conversation, never a name.
    pub label: String,
    /// When it was saved: seconds since 1970 (UTC), and the same as text in the local time.
    pub saved_at: u64,
    pub saved_at_text: String,
    pub record: SessionRecord,
}

impl SavedSession {
    /// The date as Dutch readers write it: 28-11-2026.
    pub fn date(&self) -> String {
        let (y, m, d, ..) = civil(self.saved_at);
        format!("{d:02}-{m:02}-{y}")
    }

    /// The kenmerken that were played (at least one revealed card), in dealt order.
    pub fn kenmerken(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in &self.record.cards {
            if !c.rounds.is_empty() && !out.contains(&c.kenmerk) {
                out.push(c.kenmerk.clone());
            }
        }
        out
    }
}

/// The session in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InProgress {
    pub format: u32,
    pub label: String,
    pub updated_at: u64,
    pub record: SessionRecord,
}

/// Something wrong with a file in the data folder. `Display` says it in Dutch for the log;
/// [`Problem::words`] in the reader's language for the screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub trouble: Trouble,
    /// Where the file was moved, when it was moved aside.
    pub moved_to: Option<PathBuf>,
}

/// What is wrong with a data file or folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// A folder that is there but cannot be read (the system's words).
    FolderUnreadable(String),
    /// A file that cannot be opened (the system's words).
    CannotOpen(String),
    /// Not text (UTF-8).
    NotText,
    /// Written by a newer version of the game: its format, and the one this version knows.
    Newer { found: u64, known: u32 },
    /// Text that is not a conversation: where and what the reader stumbled on.
    Broken {
        line: usize,
        column: usize,
        what: String,
    },
}

impl Problem {
    /// The problem in the reader's language: the file, what is wrong, where it was put.
    pub fn words(&self, tr: crate::lang::Tr) -> String {
        let what = match &self.trouble {
            Trouble::FolderUnreadable(e) => {
                tr.f("probleem-map-onleesbaar", [("fout", e.clone().into())])
            }
            Trouble::CannotOpen(e) => tr.f("probleem-niet-open", [("fout", e.clone().into())]),
            Trouble::NotText => tr.t("probleem-geen-tekst"),
            Trouble::Newer { found, known } => tr.f(
                "probleem-nieuwer",
                [("formaat", (*found).into()), ("bekend", (*known).into())],
            ),
            Trouble::Broken { line, column, what } => tr.f(
                "probleem-kapot",
                [
                    ("regel", (*line).into()),
                    ("kolom", (*column).into()),
                    ("wat", what.clone().into()),
                ],
            ),
        };
        let mut out = format!("{}: {what}", self.file.display());
        if let Some(to) = &self.moved_to {
            out.push(' ');
            out.push_str(&tr.f(
                "probleem-apart-gezet",
                [("pad", to.display().to_string().into())],
            ));
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match &self.trouble {
            Trouble::FolderUnreadable(e) => format!("deze map kan niet gelezen worden ({e})."),
            Trouble::CannotOpen(e) => format!("dit bestand kan niet geopend worden ({e})."),
            Trouble::NotText => "dit bestand is geen leesbare tekst.".into(),
            Trouble::Newer { found, known } => format!(
                "dit bestand is gemaakt door een nieuwere versie van het spel (formaat {found}; deze versie kent {known})."
            ),
            Trouble::Broken { line, column, what } => {
                format!(
                    "dit bestand kan niet gelezen worden (regel {line}, kolom {column}: {what})."
                )
            }
        };
        write!(f, "{}: {what}", self.file.display())?;
        if let Some(to) = &self.moved_to {
            write!(f, " Het bestand is apart gezet: {}", to.display())?;
        }
        Ok(())
    }
}

/// A failure to write or delete: which step, on which file or folder, and why. `Display` says it
/// in Dutch for the log; [`StoreError::words`] in the reader's language for the screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    pub path: PathBuf,
    pub step: Step,
    pub why: Why,
}

/// What the game was doing when the failure came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    MakeFolder,
    Save,
    Delete,
    DeleteAll,
    Clean,
}

/// Why it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    NoPermission,
    NoFolder,
    /// A conversation that is not there (a bad id).
    UnknownConversation,
    /// The system's own words.
    System(String),
}

impl Step {
    fn key(self) -> &'static str {
        match self {
            Step::MakeFolder => "fout-map-maken",
            Step::Save => "fout-opslaan",
            Step::Delete => "fout-verwijderen",
            Step::DeleteAll => "fout-alles-verwijderen",
            Step::Clean => "fout-opruimen",
        }
    }
}

impl StoreError {
    /// Why it failed, without the file, in the reader's language (where the file is clear
    /// already, as on the table while playing).
    pub fn why_words(&self, tr: crate::lang::Tr) -> String {
        match &self.why {
            Why::NoPermission => tr.t("fout-geen-rechten"),
            Why::NoFolder => tr.t("fout-geen-map"),
            Why::UnknownConversation => tr.t("fout-onbekend-gesprek"),
            Why::System(text) => tr.f("fout-systeem", [("tekst", text.clone().into())]),
        }
    }

    /// The failure in the reader's language.
    pub fn words(&self, tr: crate::lang::Tr) -> String {
        let why = self.why_words(tr);
        tr.f(
            self.step.key(),
            [
                ("pad", self.path.display().to_string().into()),
                ("waarom", why.into()),
            ],
        )
    }
}

impl StoreError {
    /// What went wrong without the path, in Dutch (for the log, beside a path said elsewhere).
    pub fn reason(&self) -> String {
        let what = match self.step {
            Step::MakeFolder => "De map maken",
            Step::Save => "Opslaan",
            Step::Delete => "Verwijderen",
            Step::DeleteAll => "Alles verwijderen",
            Step::Clean => "Opruimen",
        };
        let why = match &self.why {
            Why::NoPermission => "dat mag niet (geen schrijfrechten)",
            Why::NoFolder => "de map bestaat niet",
            Why::UnknownConversation => "onbekend gesprek",
            Why::System(text) => text,
        };
        format!("{what} lukt niet: {why}")
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason())
    }
}

impl std::error::Error for StoreError {}

pub(crate) fn io_error(path: &Path, step: Step, e: &io::Error) -> StoreError {
    let why = match e.kind() {
        io::ErrorKind::PermissionDenied => Why::NoPermission,
        io::ErrorKind::NotFound => Why::NoFolder,
        _ => Why::System(e.to_string()),
    };
    StoreError {
        path: path.to_path_buf(),
        step,
        why,
    }
}

/// Sessions that could be read, and the problems with the rest.
#[derive(Debug, Default)]
pub struct Listing {
    /// Oldest first.
    pub sessions: Vec<SavedSession>,
    pub problems: Vec<Problem>,
}

/// The data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    root: PathBuf,
}

/// Where the data folder is: `--data-dir`, else the environment variable, else the platform's
/// usual place (on Linux `~/.local/share/werkalliantiespel`).
pub fn default_root(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(DATA_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    dirs::data_dir().map(|d| d.join("werkalliantiespel"))
}

fn sanitize(label: &str) -> String {
    let s: String = label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(24)
        .collect();
    s.trim_matches('_').to_string()
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn sessions_dir(&self) -> PathBuf {
        self.root.join("sessies")
    }

    pub fn progress_path(&self) -> PathBuf {
        self.root.join("bezig.ron")
    }

    fn aside_dir(&self) -> PathBuf {
        self.sessions_dir().join("beschadigd")
    }

    /// Saves a session under a code. Returns the saved session.
    pub fn save(&self, label: &str, record: &SessionRecord) -> Result<SavedSession, StoreError> {
        let at = now();
        let (y, m, d, h, min, s) = civil(at);
        let suffix: u16 = rand::random();
        let mut id = format!("{y:04}{m:02}{d:02}-{h:02}{min:02}{s:02}-{suffix:04x}");
        let code = sanitize(label);
        if !code.is_empty() {
            id.push('-');
            id.push_str(&code);
        }
        let saved = SavedSession {
            format: FORMAT,
            id: id.clone(),
            label: label.trim().to_string(),
            saved_at: at,
            saved_at_text: stamp(at),
            record: record.clone(),
        };
        let path = self.sessions_dir().join(format!("{id}.ron"));
        write_atomic(&path, to_ron(&saved, &path)?.as_bytes())?;
        Ok(saved)
    }

    /// Moves an unreadable file aside, never over another file.
    fn move_aside(&self, file: &Path) -> Option<PathBuf> {
        let dir = self.aside_dir();
        fs::create_dir_all(&dir).ok()?;
        let name = file.file_name()?.to_string_lossy().into_owned();
        let mut target = dir.join(&name);
        let mut n = 1;
        while target.exists() {
            target = dir.join(format!("{n}-{name}"));
            n += 1;
        }
        fs::rename(file, &target).ok().map(|_| target)
    }

    /// Reads every saved session. Unreadable files are reported and moved aside; files from a
    /// newer version are reported and left alone.
    /// Saves a conversation again under the file it was saved as before (after "Verder spelen"
    /// on a conversation that was stopped and saved): one conversation, one file.
    pub fn save_again(
        &self,
        before: &SavedSession,
        label: &str,
        record: &SessionRecord,
    ) -> Result<SavedSession, StoreError> {
        let at = now();
        let saved = SavedSession {
            format: FORMAT,
            id: before.id.clone(),
            label: label.trim().to_string(),
            saved_at: at,
            saved_at_text: stamp(at),
            record: record.clone(),
        };
        let path = self.sessions_dir().join(format!("{}.ron", before.id));
        write_atomic(&path, to_ron(&saved, &path)?.as_bytes())?;
        Ok(saved)
    }

    pub fn list(&self) -> Listing {
        let mut listing = Listing::default();
        let entries = match fs::read_dir(self.sessions_dir()) {
            Ok(entries) => entries,
            // Nothing saved yet.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return listing,
            // A folder that is there but cannot be read is no empty history: say so.
            Err(e) => {
                listing.problems.push(Problem {
                    file: self.sessions_dir(),
                    trouble: Trouble::FolderUnreadable(e.to_string()),
                    moved_to: None,
                });
                return listing;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        for path in paths {
            let text = match fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(_) => {
                        let moved_to = self.move_aside(&path);
                        listing.problems.push(Problem {
                            file: path,
                            trouble: Trouble::NotText,
                            moved_to,
                        });
                        continue;
                    }
                },
                Err(e) => {
                    listing.problems.push(Problem {
                        file: path,
                        trouble: Trouble::CannotOpen(e.to_string()),
                        moved_to: None,
                    });
                    continue;
                }
            };
            match parse::<SavedSession>(&text) {
                Ok(s) => listing.sessions.push(s),
                Err(Unreadable::Newer(trouble)) => listing.problems.push(Problem {
                    file: path,
                    trouble,
                    moved_to: None,
                }),
                Err(Unreadable::Broken(trouble)) => {
                    let moved_to = self.move_aside(&path);
                    listing.problems.push(Problem {
                        file: path,
                        trouble,
                        moved_to,
                    });
                }
            }
        }
        listing
            .sessions
            .sort_by(|a, b| (a.saved_at, &a.id).cmp(&(b.saved_at, &b.id)));
        listing
    }

    /// Deletes one saved session.
    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        if id.is_empty() || id.contains(['/', '\\']) || id.starts_with('.') {
            return Err(StoreError {
                path: self.sessions_dir(),
                step: Step::Delete,
                why: Why::UnknownConversation,
            });
        }
        let path = self.sessions_dir().join(format!("{id}.ron"));
        fs::remove_file(&path).map_err(|e| io_error(&path, Step::Delete, &e))
    }

    /// Deletes everything the game ever stored: saved sessions, files moved aside, the session
    /// in progress. The data folder itself goes too.
    pub fn delete_all(&self) -> Result<(), StoreError> {
        match fs::remove_dir_all(&self.root) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error(&self.root, Step::DeleteAll, &e)),
        }
    }

    /// Writes the session in progress (only revealed rounds are in a record).
    pub fn autosave(&self, label: &str, record: &SessionRecord) -> Result<(), StoreError> {
        let p = InProgress {
            format: FORMAT,
            label: label.to_string(),
            updated_at: now(),
            record: record.clone(),
        };
        let path = self.progress_path();
        write_atomic(&path, to_ron(&p, &path)?.as_bytes())
    }

    /// The session in progress, if there is one. A broken file is moved aside and reported.
    pub fn load_progress(&self) -> Result<Option<InProgress>, Problem> {
        let path = self.progress_path();
        let text = match fs::read(&path) {
            Ok(b) => String::from_utf8(b).map_err(|_| Unreadable::Broken(Trouble::NotText)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Problem {
                    file: path,
                    trouble: Trouble::CannotOpen(e.to_string()),
                    moved_to: None,
                });
            }
        };
        match text.and_then(|t| parse::<InProgress>(&t)) {
            Ok(p) => Ok(Some(p)),
            Err(Unreadable::Newer(trouble)) => Err(Problem {
                file: path,
                trouble,
                moved_to: None,
            }),
            Err(Unreadable::Broken(trouble)) => {
                let moved_to = self.move_aside(&path);
                Err(Problem {
                    file: path,
                    trouble,
                    moved_to,
                })
            }
        }
    }

    /// Removes the session in progress (after saving, or when it is left without saving).
    pub fn clear_progress(&self) -> Result<(), StoreError> {
        let path = self.progress_path();
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error(&path, Step::Clean, &e)),
        }
    }
}
