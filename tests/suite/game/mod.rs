//! Tests of `src/game/`: the headless game, its keys and clicks, the look and the screen
//! reader tree.

mod clock;
pub mod headless;
mod history;
mod look;
mod speech;
pub mod usage;
