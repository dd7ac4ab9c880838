//! Tests of `src/deck/`: loading and checking deck files.

mod packs;
mod validation;
