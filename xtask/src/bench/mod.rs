//! `cargo xtask bench`: throughput of each stage in MB/s and documents/s.

mod dedup;

use clap::Subcommand;
use std::process::ExitCode;

/// Options of `cargo xtask bench`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    stage: Option<Stage>,
}

#[derive(Subcommand, Debug)]
enum Stage {
    /// Deduplication at corpus scale.
    Dedup(dedup::Args),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.stage {
        Some(Stage::Dedup(a)) => dedup::run(a),
        None => anyhow::bail!("the per-document pipeline bench is not written yet"),
    }
}
