//! Tests of `src/session/`: the rules of a conversation and what stays hidden.

mod hidden;
mod pause;
mod rules;
