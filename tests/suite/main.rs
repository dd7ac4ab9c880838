//! The one integration-test crate: it links the game once for all tests.

mod cards;
mod disagreement;
mod headless;
mod hidden;
mod lang;
mod look;
mod phones;
mod profile;
mod rules;
mod speech;
mod store;
mod usage;
mod validation;

use std::path::{Path, PathBuf};

use werkalliantiespel::deck::{self, Library, LoadReport};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped cards, loaded from `cards/` on disk.
pub fn shipped_report() -> LoadReport {
    match deck::load_dir(&repo().join("cards")) {
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
