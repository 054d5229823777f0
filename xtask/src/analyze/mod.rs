//! `cargo xtask analyze`: reads a corpus, runs the pipeline over it in
//! parallel and writes the report (CONTRACT.md).

mod input;
mod output;

use anyhow::Context;
use byline::{Analyzer, DocAnalysis};
use byline_text::Severity;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

pub use input::read_corpus;
pub use output::Format;

/// Options of `cargo xtask analyze`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// .txt files, .jsonl files, directories, or `-` for JSONL on stdin.
    /// Default: the bundled Kent Hehr corpus.
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report here (atomically) instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar, no summary on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The corpus analysed when no input is given.
pub fn bundled_corpus() -> String {
    crate::eval::common::repo_root().join("fixtures/hehr").display().to_string()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let inputs = if args.inputs.is_empty() { vec![bundled_corpus()] } else { args.inputs.clone() };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("starting the worker threads")?;
    let corpus = read_corpus(&inputs);
    let analyzer = Analyzer::for_corpus(&corpus.articles);
    let progress = progress_bar(corpus.articles.len(), args.quiet);
    let analyses: Vec<DocAnalysis> = pool.install(|| {
        corpus
            .articles
            .par_iter()
            .map(|a| {
                let analysis = analyzer.analyze(a);
                progress.inc(1);
                analysis
            })
            .collect()
    });
    progress.finish_and_clear();
    let report = analyzer.report(&corpus.articles, &analyses, corpus.skipped);
    let texts: Vec<&str> = corpus.articles.iter().map(|a| a.text.as_str()).collect();
    let rendered = output::render(&report, &texts, args.format)?;
    let failed_inputs = report.diagnostics.iter().filter(|d| d.level == Severity::Error && d.file.is_some()).count();
    if !args.quiet {
        for d in report.diagnostics.iter().filter(|d| d.level >= Severity::Warning) {
            let place = match (&d.file, d.line) {
                (Some(f), Some(l)) => format!("{f}:{l}"),
                (Some(f), None) => f.clone(),
                _ => d.doc.clone(),
            };
            eprintln!("{}: {place}: {}", level_name(d.level), d.message);
        }
    }
    output::write(&rendered, args.output.as_deref())?;
    Ok(if failed_inputs > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

fn level_name(level: Severity) -> &'static str {
    match level {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// A progress bar on stderr, only when stderr is a terminal and the corpus
/// is big enough to wait for.
fn progress_bar(len: usize, quiet: bool) -> ProgressBar {
    if quiet || len < 200 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} articles  {per_sec}  eta {eta}") {
        bar.set_style(style);
    }
    bar
}
