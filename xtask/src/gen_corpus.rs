//! `cargo xtask gen-corpus`: a labelled near-duplicate corpus.

use std::process::ExitCode;

/// Options of `cargo xtask gen-corpus`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("gen-corpus is not written yet")
}
