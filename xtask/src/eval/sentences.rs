//! `cargo xtask eval sentences`.

use std::process::ExitCode;

/// Options of `cargo xtask eval sentences`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("eval sentences is not written yet")
}
