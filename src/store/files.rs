//! Writing and reading the data files: atomically, with the format version checked first.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{FORMAT, Step, StoreError, Why, io_error};

/// Why an export does not write (yet): the place the user typed is not one to write to as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportCheck {
    /// The folder does not exist (an export never makes folders: a typing error would hide the
    /// file somewhere unexpected).
    NoFolder(std::path::PathBuf),
    /// A file with this name is there already: the user says first whether to replace it.
    Exists(std::path::PathBuf),
}

/// Whether an export may write `paths` now. With `replace`, files that are there already may be
/// replaced (the user said so).
pub fn export_check(paths: &[&Path], replace: bool) -> Result<(), ExportCheck> {
    for path in paths {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            return Err(ExportCheck::NoFolder(dir.to_path_buf()));
        }
    }
    match paths.iter().find(|p| p.exists()) {
        Some(p) if !replace => Err(ExportCheck::Exists(p.to_path_buf())),
        _ => Ok(()),
    }
}

/// Writes a file so that it is either the old or the new content, never half: a temporary file
/// next to it, flushed to disk, then renamed over it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, bytes, |_| Ok(()))
}

/// [`write_atomic`] with a step between writing the temporary file and renaming it, for tests
/// that interrupt the write there.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce(&Path) -> io::Result<()>,
) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| io_error(dir, Step::MakeFolder, &e))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bestand");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        before_rename(&tmp)?;
        fs::rename(&tmp, path)?;
        // The rename made durable too, where the system can: not every one can open or sync a
        // folder (Windows cannot), and the file itself is on disk already.
        if let Ok(d) = fs::File::open(dir)
            && let Err(e) = d.sync_all()
        {
            // No path: a file's name may hold a conversation's code.
            log::debug!("de map van een bestand is niet gesynchroniseerd: {e}");
        }
        Ok(())
    })();
    if let Err(e) = result {
        // The first failure is the one to say; a temporary file that stays is hidden (a dot)
        // and written over by the next try.
        if let Err(left) = fs::remove_file(&tmp)
            && left.kind() != io::ErrorKind::NotFound
        {
            log::debug!("een tijdelijk bestand blijft staan: {left}");
        }
        return Err(io_error(path, Step::Save, &e));
    }
    Ok(())
}

/// A data file's text. A failure is said, never written as an empty file.
pub(super) fn to_ron<T: Serialize>(value: &T, path: &Path) -> Result<String, StoreError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(6)
        .struct_names(true);
    ron::ser::to_string_pretty(value, config).map_err(|e| StoreError {
        path: path.to_path_buf(),
        step: Step::Save,
        why: Why::System(e.to_string()),
    })
}

/// The `format` field of a data file, read without knowing the rest of its shape.
fn format_of(text: &str) -> Option<u64> {
    let value = ron::Options::default()
        .with_recursion_limit(64)
        .from_str::<ron::Value>(text)
        .ok()?;
    let ron::Value::Map(map) = value else {
        return None;
    };
    match map.get(&ron::Value::String("format".into()))? {
        ron::Value::Number(n) => n.into_f64().is_finite().then(|| n.into_f64() as u64),
        _ => None,
    }
}

/// Why a data file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Unreadable {
    /// Written by a newer version of the game: left where it is, for that version.
    Newer(super::Trouble),
    /// Broken: moved aside.
    Broken(super::Trouble),
}

/// Parses a data file, checking its format version first so a newer file gets a clear message.
pub(super) fn parse<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, Unreadable> {
    if let Some(v) = format_of(text)
        && v > u64::from(FORMAT)
    {
        return Err(Unreadable::Newer(super::Trouble::Newer {
            found: v,
            known: FORMAT,
        }));
    }
    ron::Options::default()
        .with_recursion_limit(64)
        .from_str::<T>(text)
        .map_err(|e| {
            Unreadable::Broken(super::Trouble::Broken {
                line: e.span.start.line,
                column: e.span.start.col,
                what: e.code.to_string(),
            })
        })
}
