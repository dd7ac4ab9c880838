//! A card file as read (its text, where each string is, what it holds) and the problems found in
//! it, with their places. Loading makes these; validation reads them.

use std::fmt;
use std::path::{Path, PathBuf};

use super::Library;
use super::lex;
use super::raw::{Located, RawFile};

/// A problem in a card file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: PathBuf,
    /// 0 when the problem is about the file as a whole.
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.col,
                self.message
            )
        }
    }
}

/// The result of loading: what loaded, what was wrong, and which files were read.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub library: Library,
    pub errors: Vec<LoadError>,
    pub files: Vec<PathBuf>,
}

/// A card file, read and parsed, ready to validate.
pub(super) struct Parsed<'a> {
    pub(super) file: &'a Path,
    pub(super) src: &'a str,
    pub(super) lines: lex::Lines,
    pub(super) strings: Vec<lex::StringToken>,
    pub(super) content: RawFile,
}

impl Parsed<'_> {
    pub(super) fn at(&self, s: &Located, message: impl Into<String>) -> LoadError {
        let byte = self.strings.get(s.ordinal).map_or(0, |t| t.start);
        let (line, col) = self.lines.position(self.src, byte);
        LoadError {
            file: self.file.to_path_buf(),
            line,
            col,
            message: message.into(),
        }
    }

    /// Position of a byte offset inside a string's decoded text, when it can be found exactly.
    pub(super) fn at_offset(
        &self,
        s: &Located,
        offset: usize,
        message: impl Into<String>,
    ) -> LoadError {
        if let Some(tok) = self.strings.get(s.ordinal) {
            let raw = &self.src[tok.content.clone()];
            if raw == s.value {
                let (line, col) = self.lines.position(self.src, tok.content.start + offset);
                return LoadError {
                    file: self.file.to_path_buf(),
                    line,
                    col,
                    message: message.into(),
                };
            }
        }
        self.at(s, message)
    }
}
