//! `cargo xtask analyze`.

use std::process::ExitCode;

/// Options of `cargo xtask analyze`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("analyze is not written yet")
}
