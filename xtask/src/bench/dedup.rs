//! `cargo xtask bench dedup`: clustering time and memory at corpus scale.

use std::process::ExitCode;

/// Options of `cargo xtask bench dedup`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("bench dedup is not written yet")
}
