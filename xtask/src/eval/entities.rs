//! `cargo xtask eval entities`.

use std::process::ExitCode;

/// Options of `cargo xtask eval entities`.
#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("eval entities is not written yet")
}
