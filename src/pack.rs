//! Card packs: one folder of card files and their translations is one pack (the monitor's 19
//! items are the first; "Kennismaken" is another). No Bevy types here.
//!
//! The packs under `cards/` are built into the program (build.rs); `--cards DIR` reads a pack
//! from a folder instead: DIR itself when it holds card files, else every folder in it that
//! does.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::deck::{self, DirError, Library, LoadError, LoadReport};
use crate::lang::Languages;

/// One pack: its cards (with what was wrong in them), its languages, and where it was read.
#[derive(Clone)]
pub struct Pack {
    pub report: LoadReport,
    pub languages: Arc<Languages>,
    /// The folder it was read from; `None` for a built-in pack.
    pub dir: Option<PathBuf>,
}

impl Pack {
    pub fn id(&self) -> &str {
        &self.report.library.pack.id
    }

    pub fn library(&self) -> &Library {
        &self.report.library
    }

    /// Every problem in the card files and the language files, card files first.
    pub fn problems(&self) -> Vec<String> {
        let mut all: Vec<String> = self.report.errors.iter().map(|e| e.to_string()).collect();
        all.extend(self.languages.problems.iter().map(|p| p.to_string()));
        all.extend(
            crate::lang::cards::check(&self.report.library, &self.languages)
                .iter()
                .map(|p| p.to_string()),
        );
        all
    }
}

/// The packs built into the program, in start-screen order.
pub fn built_in() -> Vec<Pack> {
    deck::built_in_packs()
        .into_iter()
        .map(|(built_in, report)| Pack {
            report,
            languages: Arc::new(Languages::of_built_in(built_in)),
            dir: None,
        })
        .collect()
}

/// Whether a folder holds card files itself.
fn holds_cards(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.filter_map(|e| e.ok()).any(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("ron"))
        })
    })
}

/// The packs in a folder: the folder itself when it holds card files, else each folder in it
/// that does (in start-screen order). Two packs with one id: the second is left out, and said.
pub fn load(dir: &Path) -> Result<Vec<Pack>, DirError> {
    if holds_cards(dir) {
        return Ok(vec![load_one(dir)?]);
    }
    let entries = std::fs::read_dir(dir).map_err(|e| deck::dir_error(dir, &e))?;
    let mut folders: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir() && holds_cards(p))
        .collect();
    folders.sort();
    if folders.is_empty() {
        return Err(DirError {
            dir: dir.to_path_buf(),
            message: "hier staan geen kaartbestanden (.ron), ook niet in een map erin".to_string(),
        });
    }
    let mut packs: Vec<Pack> = Vec::new();
    for folder in folders {
        let pack = load_one(&folder)?;
        match packs.iter_mut().find(|p| p.id() == pack.id()) {
            // The first keeps the id; the error goes with it, naming the second folder.
            Some(first) => first.report.errors.push(LoadError {
                file: folder.join("pakket.ron"),
                line: 0,
                col: 0,
                message: format!(
                    "Het pakket \"{}\" bestaat al in {}. Geef dit pakket een eigen id; \
                     tot dan doet het niet mee.",
                    pack.id(),
                    first.dir.clone().unwrap_or_default().display()
                ),
            }),
            None => packs.push(pack),
        }
    }
    packs.sort_by(|a, b| {
        (a.report.library.pack.order, &a.dir).cmp(&(b.report.library.pack.order, &b.dir))
    });
    Ok(packs)
}

/// One folder as one pack. A folder without `pakket.ron` is a pack named after the folder.
pub fn load_one(dir: &Path) -> Result<Pack, DirError> {
    let mut report = deck::load_dir(dir)?;
    if report.library.pack.id.is_empty() {
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("kaarten")
            .to_string();
        let id: String = name
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_ascii_lowercase() || c.is_ascii_digit() {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        report.library.pack = deck::PackInfo {
            id: if id.trim_matches('-').is_empty() {
                "kaarten".to_string()
            } else {
                id
            },
            name,
            explain: String::new(),
            order: u8::MAX,
        };
    }
    Ok(Pack {
        report,
        languages: Arc::new(Languages::load(dir)),
        dir: Some(dir.to_path_buf()),
    })
}

/// The pack with this id.
pub fn find<'a>(packs: &'a [Pack], id: &str) -> Option<&'a Pack> {
    packs.iter().find(|p| p.id() == id)
}

/// A pack's folder being watched: after a card or language file there is saved, the pack is
/// read again on the watcher's own thread and sent here. The thread sleeps until the system
/// says a file changed (inotify, ReadDirectoryChanges, FSEvents): no polling.
pub struct Watch {
    /// The folder watched.
    pub dir: PathBuf,
    /// Each reading after a change: the pack as it is now, or why the folder cannot be read.
    pub readings: std::sync::Mutex<std::sync::mpsc::Receiver<Result<Pack, DirError>>>,
    _watcher: notify::RecommendedWatcher,
}

/// How long a folder must be quiet after a change before it is read: an editor saves in a
/// burst (a temporary file, a rename, a second write).
pub const QUIET: std::time::Duration = std::time::Duration::from_millis(120);

/// Whether a file event is about a card or language file.
fn touches_cards(event: &notify::Event) -> bool {
    use notify::EventKind;
    matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
    ) && event.paths.iter().any(|p| {
        p.extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("ron") || x.eq_ignore_ascii_case("ftl"))
    })
}

/// Starts watching `dir` (one pack's folder, with its `talen/`). `wake` is called after each
/// reading is sent, so a resting window wakes to show it.
pub fn watch(dir: &Path, wake: impl Fn() + Send + 'static) -> Result<Watch, String> {
    use notify::Watcher as _;
    let (events, incoming) = std::sync::mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(events).map_err(|e| e.to_string())?;
    watcher
        .watch(dir, notify::RecursiveMode::Recursive)
        .map_err(|e| e.to_string())?;
    let (send, readings) = std::sync::mpsc::channel();
    let folder = dir.to_path_buf();
    std::thread::Builder::new()
        .name("kaarten-bekijken".into())
        .spawn(move || {
            // Sleeps in `recv` until the system reports a change; ends with the watcher.
            while let Ok(event) = incoming.recv() {
                if !event.as_ref().is_ok_and(touches_cards) {
                    continue;
                }
                while incoming.recv_timeout(QUIET).is_ok() {}
                if send.send(load_one(&folder)).is_err() {
                    return;
                }
                wake();
            }
        })
        .map_err(|e| e.to_string())?;
    Ok(Watch {
        dir: dir.to_path_buf(),
        readings: std::sync::Mutex::new(readings),
        _watcher: watcher,
    })
}

impl Watch {
    /// The newest reading, if a change came since the last call (older ones are dropped).
    pub fn latest(&self) -> Option<Result<Pack, DirError>> {
        let readings = self.readings.lock().ok()?;
        let mut last = None;
        while let Ok(r) = readings.try_recv() {
            last = Some(r);
        }
        last
    }
}

/// A pack read again while a conversation with it is on the table: what the conversation needs
/// stays as it was (its cards, themes, field and scale), so nothing chosen loses its card or
/// its words; everything else is the new reading. Returns the ids of cards kept from before.
pub fn keep_for_conversation(
    new: &mut Library,
    old: &Library,
    selection: &crate::session::Selection,
    card_ids: &[String],
) -> Vec<String> {
    let mut kept = Vec::new();
    for id in card_ids {
        if new.card(id).is_none()
            && let Some(card) = old.card(id)
        {
            new.cards.push(card.clone());
            kept.push(id.clone());
        }
    }
    for k in &selection.kenmerken {
        if new.kenmerk(k).is_none()
            && let Some(kenmerk) = old.kenmerk(k)
        {
            new.kenmerken.push(kenmerk.clone());
        }
    }
    if new.field(&selection.field).is_none()
        && let Some(field) = old.field(&selection.field)
    {
        new.fields.push(field.clone());
    }
    // Choices were made on the old scale: a scale of another length waits for the next
    // conversation.
    if new.steps() != selection.steps {
        new.scale = old.scale.clone();
    }
    kept
}
