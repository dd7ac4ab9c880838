//! Tests of `src/game/`: the headless game, its keys and clicks, the look and the screen
//! reader tree.

pub mod headless;
mod clock;
mod history;
mod look;
mod speech;
pub mod usage;
