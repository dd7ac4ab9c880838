//! Werkalliantiespel: a conversation card game about the working alliance.
//!
//! The rules core (`deck`, `session`) has no Bevy types; the Bevy skin lives in `game`.

pub mod bench;
pub mod cli;
pub mod deck;
pub mod game;
pub mod graphics;
pub mod lang;
pub mod pack;
pub mod phone;
pub mod profile;
pub mod report;
pub mod session;
pub mod settings;
pub mod store;
pub mod team;
pub mod voice;
