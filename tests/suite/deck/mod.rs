//! Tests of `src/deck/`: loading and checking deck files.

mod validation;
