//! Tests of `src/report/`: what the summary and the exports say.

mod disagreement;
mod tables;
mod words;
