//! `cargo xtask eval dedup`.

use std::process::ExitCode;

/// Options of `cargo xtask eval dedup`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("eval dedup is not written yet")
}
