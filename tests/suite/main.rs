//! The one integration-test crate: it links the game once for all tests.
//!
//! Laid out as `src/` is: `deck/`, `session/`, `report/`, `profile`, `store`, `lang/`,
//! `phone/`, `voice` and `game/` test the module of the same name; `cards/` tests the shipped decks
//! and `structure` the shape of `src/` itself.

mod cards;
mod deck;
mod game;
mod graphics;
mod lang;
mod phone;
mod profile;
mod report;
mod session;
mod store;
mod structure;
mod team;
mod voice;

use std::path::{Path, PathBuf};

use werkalliantiespel::deck::{Library, LoadReport};
use werkalliantiespel::session::{Hidden, Mode, Move, Player, Session, SessionError};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped cards, loaded from `cards/` on disk.
pub fn shipped_report() -> LoadReport {
    match werkalliantiespel::deck::load_dir(&repo().join("cards/werkalliantiemonitor")) {
        Ok(r) => r,
        Err(e) => panic!("cards/ cannot be read: {e}"),
    }
}

pub fn shipped() -> Library {
    let report = shipped_report();
    assert!(
        report.errors.is_empty(),
        "shipped cards have errors: {:#?}",
        report.errors
    );
    report.library
}

/// Reads a file of the repo as text.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Short names for the moves, so a rule reads as a person plays: each is one [`Session::apply`]
/// (the only way to change a conversation), and a score off the scale is the same error a
/// caller would get from [`Hidden::try_from`].
pub trait Moves {
    fn apply_move(&mut self, m: Move) -> Result<(), SessionError>;

    fn choose(&mut self, p: Player, score: u8) -> Result<(), SessionError> {
        let score = Hidden::try_from(score)?;
        self.apply_move(Move::Choose(p, score))
    }
    fn pass(&mut self, p: Player) -> Result<(), SessionError> {
        self.apply_move(Move::Pass(p))
    }
    fn reveal(&mut self) -> Result<(), SessionError> {
        self.apply_move(Move::Reveal)
    }
    fn skip(&mut self) -> Result<(), SessionError> {
        self.apply_move(Move::Skip)
    }
    fn set_note(&mut self, note: &str) -> Result<(), SessionError> {
        self.apply_move(Move::Note(note.to_string()))
    }
    fn set_marked(&mut self, on: bool) -> Result<(), SessionError> {
        self.apply_move(Move::Mark(on))
    }
    fn rerate(&mut self) -> Result<(), SessionError> {
        self.apply_move(Move::Rerate)
    }
    fn next_card(&mut self) -> Result<(), SessionError> {
        self.apply_move(Move::Next)
    }
    fn end(&mut self) -> Result<(), SessionError> {
        self.apply_move(Move::End)
    }
    fn set_mode(&mut self, mode: Mode) -> Result<(), SessionError> {
        self.apply_move(Move::SetMode(mode))
    }
    fn reopen(&mut self) -> Result<(), SessionError> {
        self.apply_move(Move::Reopen)
    }
}

impl Moves for Session {
    fn apply_move(&mut self, m: Move) -> Result<(), SessionError> {
        self.apply(m).map(|_| ())
    }
}

/// A fresh folder for one test, removed when the test ends (also when it fails).
pub struct TestDir(tempfile::TempDir);

/// A fresh folder whose name starts with `name` (to find it while the test runs).
pub fn tempdir(name: &str) -> TestDir {
    let name: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    match tempfile::Builder::new()
        .prefix(&format!("werkalliantiespel-{name}-"))
        .tempdir()
    {
        Ok(dir) => TestDir(dir),
        Err(e) => panic!("no temporary folder: {e}"),
    }
}

impl std::ops::Deref for TestDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for TestDir {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<std::ffi::OsStr> for TestDir {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.path().as_os_str()
    }
}
