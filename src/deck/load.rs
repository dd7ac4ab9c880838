//! Reading card files: from a folder or from memory, with a size limit, then validated.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::parsed::{LoadError, LoadReport, Parsed};
use super::raw::{RawFile, RawPrompts};
use super::validate::Validator;
use super::{MAX_FILE_BYTES, Origin, lex, messages, raw};

/// A folder that cannot be read at all.
#[derive(Debug)]
pub struct DirError {
    pub dir: PathBuf,
    pub message: String,
}

impl fmt::Display for DirError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.dir.display(), self.message)
    }
}

impl std::error::Error for DirError {}

/// A folder that cannot be read, said plainly.
pub fn dir_error(dir: &Path, e: &std::io::Error) -> DirError {
    DirError {
        dir: dir.to_path_buf(),
        message: match e.kind() {
            std::io::ErrorKind::NotFound => "deze map bestaat niet".to_string(),
            std::io::ErrorKind::NotADirectory => "dit is geen map".to_string(),
            _ => format!("deze map kan niet gelezen worden ({e})"),
        },
    }
}

/// Loads every `.ron` file of a folder (not its subfolders), in name order.
pub fn load_dir(dir: &Path) -> Result<LoadReport, DirError> {
    let entries = std::fs::read_dir(dir).map_err(|e| dir_error(dir, &e))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("ron")))
        .collect();
    paths.sort();
    let mut sources = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        match read_limited(&path) {
            Ok(bytes) => sources.push((path, bytes)),
            Err(message) => unreadable.push(LoadError {
                file: path,
                line: 0,
                col: 0,
                message,
            }),
        }
    }
    let mut report = load_bytes(&sources);
    for e in unreadable {
        report.files.push(e.file.clone());
        report.errors.push(e);
    }
    Ok(report)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file =
        std::fs::File::open(path).map_err(|e| format!("kan dit bestand niet openen ({e})"))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("kan dit bestand niet lezen ({e})"))?;
    if !meta.is_file() {
        return Err("dit is geen gewoon bestand".to_string());
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("kan dit bestand niet lezen ({e})"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "dit bestand is te groot (meer dan {} MB); een kaartbestand is veel kleiner",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// Loads card files given as (name, text) pairs. Used for the built-in cards and in tests.
pub fn load_sources(sources: &[(PathBuf, String)]) -> LoadReport {
    let bytes: Vec<(PathBuf, Vec<u8>)> = sources
        .iter()
        .map(|(p, s)| (p.clone(), s.as_bytes().to_vec()))
        .collect();
    load_bytes(&bytes)
}

fn load_bytes(sources: &[(PathBuf, Vec<u8>)]) -> LoadReport {
    let mut report = LoadReport::default();
    let mut parsed = Vec::new();
    for (path, bytes) in sources {
        report.files.push(path.clone());
        let src = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let valid = &bytes[..e.valid_up_to()];
                let valid = std::str::from_utf8(valid).unwrap_or("");
                let (line, col) = lex::position(valid, valid.len());
                report.errors.push(LoadError {
                    file: path.clone(),
                    line,
                    col,
                    message: "Het bestand is geen geldige tekst (UTF-8). Sla het op als UTF-8."
                        .into(),
                });
                continue;
            }
        };
        raw::reset_ordinals();
        // Optional fields (the monitor's scale words, the articles of a field) are written
        // without Some(…).
        match ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .with_recursion_limit(64)
            .from_str::<RawFile>(src)
        {
            Ok(content) => parsed.push(Parsed {
                file: path,
                src,
                lines: lex::Lines::new(src),
                strings: lex::string_literals(src),
                content,
            }),
            Err(e) => report.errors.push(LoadError {
                file: path.clone(),
                line: e.span.start.line,
                col: e.span.start.col,
                message: messages::explain(&e.code),
            }),
        }
    }

    let mut v = Validator {
        report: &mut report,
        seen_scale: None,
    };
    // Kenmerken and fields first: cards are checked against them.
    for p in &parsed {
        match &p.content {
            RawFile::Pakket {
                id,
                name,
                explain,
                order,
            } => v.pack(p, (id, name, explain), order.unwrap_or(u8::MAX)),
            RawFile::Kenmerken(list) => v.kenmerken(p, list),
            RawFile::Werkvelden(list) => v.fields(p, list),
            _ => {}
        }
    }
    for p in &parsed {
        match &p.content {
            RawFile::Schaal { points, pass } => v.scale(p, points, pass),
            RawFile::Gespreksvragen {
                same,
                same_good,
                same_middle,
                same_hard,
                small,
                small_good,
                small_hard,
                small_across,
                large,
                passed,
                early_low,
            } => v.generic_prompts(
                p,
                &RawPrompts {
                    same,
                    same_good,
                    same_middle,
                    same_hard,
                    small,
                    small_good,
                    small_hard,
                    small_across,
                    large,
                    passed,
                    early_low,
                },
            ),
            _ => {}
        }
    }
    let mut card_ids: HashMap<String, Origin> = HashMap::new();
    let mut items: HashMap<u16, String> = HashMap::new();
    for p in &parsed {
        if let RawFile::Kaarten(cards) = &p.content {
            for raw in cards {
                v.card(p, raw, &mut card_ids, &mut items);
            }
        }
    }
    report
        .errors
        .sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    report
}
