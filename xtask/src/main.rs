//! xtask exists so that everything byline does beyond the libraries (running
//! the pipeline over files, scoring it against gold data, benchmarking)
//! is one `cargo xtask …` away, with no tool to install.

mod analyze;
mod bench;
mod eval;
mod gen_corpus;

use clap::{Parser, Subcommand};

/// The per-document stages allocate many small, short-lived vectors and
/// strings; mimalloc serves them faster than the system allocator (see
/// README, "Throughput", for the figures with both).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser, Debug)]
#[command(name = "cargo xtask", about = "byline: who said what in the news")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse a corpus and write the report (see CONTRACT.md).
    Analyze(analyze::Args),
    /// Score a crate against the development sets.
    #[command(subcommand)]
    Eval(eval::Eval),
    /// Measure throughput of each stage.
    Bench(bench::Args),
    /// Generate a labelled near-duplicate corpus.
    GenCorpus(gen_corpus::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Eval(eval) => eval.run(),
        Command::Bench(args) => bench::run(args),
        Command::GenCorpus(args) => gen_corpus::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
