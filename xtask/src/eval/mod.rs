//! `cargo xtask eval …`: scores each crate against the development sets and
//! prints precision, recall and F1.

#[allow(dead_code)]
pub mod common;
mod dedup;
mod entities;
mod quotes;
mod sentences;

use clap::Subcommand;
use std::process::ExitCode;

/// Which crate to score.
#[derive(Subcommand, Debug)]
pub enum Eval {
    /// Sentence boundaries: Golden Rules and GUM news.
    Sentences(sentences::Args),
    /// Near-duplicate clustering on a generated corpus.
    Dedup(dedup::Args),
    /// Named entities: CoNLL-2003, GUM news, the fixtures' gold.
    Entities(entities::Args),
    /// Quote attribution: the fixtures' gold and PolNeAR.
    Quotes(quotes::Args),
}

impl Eval {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        match self {
            Eval::Sentences(a) => sentences::run(a),
            Eval::Dedup(a) => dedup::run(a),
            Eval::Entities(a) => entities::run(a),
            Eval::Quotes(a) => quotes::run(a),
        }
    }
}
