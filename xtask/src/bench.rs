//! `cargo xtask bench`: throughput of each stage.

use std::process::ExitCode;

/// Options of `cargo xtask bench`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("bench is not written yet")
}
