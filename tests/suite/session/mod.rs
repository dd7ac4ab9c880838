//! Tests of `src/session/`: the rules of a conversation and what stays hidden.

mod guess;
mod hidden;
mod own;
mod own_limits;
mod pause;
mod rules;
