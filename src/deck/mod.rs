//! The cards: the model, loading from RON files, and validation with exact error positions.
//!
//! No Bevy types here. The game, `--check-cards` and the tests all load cards through
//! [`load_dir`] or [`load_sources`].

mod built_in;
mod lex;
mod load;
mod messages;
mod model;
mod parsed;
mod raw;
pub mod template;
mod validate;

pub use built_in::{
    BUILT_IN_PACKS, BuiltInPack, built_in_packs, first_built_in, load_built_in, summary,
};
pub use load::{DirError, dir_error, load_dir, load_sources};
pub use model::*;
pub use parsed::{LoadError, LoadReport};
pub use raw::{GoodWhen, Keying};
