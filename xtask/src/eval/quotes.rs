//! `cargo xtask eval quotes`.

use std::process::ExitCode;

/// Options of `cargo xtask eval quotes`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("eval quotes is not written yet")
}
