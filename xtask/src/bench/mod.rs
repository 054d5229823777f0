//! `cargo xtask bench`: throughput of each stage in MB/s and documents/s.
//!
//! Stages are timed one after another on one thread over the same corpus
//! (each stage given the previous stage's output, so only its own work is
//! counted), then the whole per-document pipeline on every core.

mod dedup;
mod scaling;

use crate::analyze::read_corpus;
use byline::{Analyzer, Article};
use byline_entities::EntityRecognizer;
use byline_normalize::{CorpusProfile, Normalizer};
use byline_quotes::QuoteExtractor;
use clap::Subcommand;
use rayon::prelude::*;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Options of `cargo xtask bench`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    stage: Option<Stage>,
    /// Corpus to measure (.txt, .jsonl or directory). Default: PolNeAR train
    /// from the development data when present, else the bundled fixtures.
    #[arg(long)]
    corpus: Option<String>,
    /// Passes over the corpus per stage; the fastest pass is reported (on a
    /// shared machine the fastest of ten is a far steadier figure than of three).
    #[arg(long, default_value_t = 10)]
    repeat: usize,
}

#[derive(Subcommand, Debug)]
enum Stage {
    /// Deduplication at corpus scale.
    Dedup(dedup::Args),
    /// Hostile shapes (a 10 MB article, 10,000 unclosed marks, 100,000
    /// one-word lines) against ordinary text of the same size.
    Scaling(scaling::Args),
    /// Only the per-document pipeline on one thread, for profilers
    /// (`perf record`, `valgrind --tool=callgrind`).
    Pipeline,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.stage {
        Some(Stage::Dedup(a)) => return dedup::run(a),
        Some(Stage::Scaling(a)) => return scaling::run(a),
        Some(Stage::Pipeline) | None => {}
    }
    let corpus_path = args.corpus.clone().unwrap_or_else(default_corpus);
    let articles = read_corpus(std::slice::from_ref(&corpus_path)).articles;
    anyhow::ensure!(!articles.is_empty(), "no articles in {corpus_path}");
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!("corpus: {corpus_path}: {} articles, {:.2} MB", articles.len(), bytes as f64 / 1e6);
    if matches!(args.stage, Some(Stage::Pipeline)) {
        bench_pipeline(&Analyzer::for_corpus(&articles), &articles, bytes, args.repeat.max(1));
    } else {
        bench_stages(&articles, bytes, args.repeat.max(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn default_corpus() -> String {
    match crate::eval::common::data_dir() {
        Ok(dir) if dir.join("polnear/train/docs.jsonl").is_file() => {
            dir.join("polnear/train/docs.jsonl").display().to_string()
        }
        _ => crate::analyze::bundled_corpus(),
    }
}

fn bench_stages(articles: &[Article], bytes: usize, repeat: usize) {
    let n = articles.len();
    let profile_time = fastest(repeat, || {
        std::hint::black_box(CorpusProfile::learn(articles.iter().map(|a| a.text.as_str())));
    });
    report("corpus profile (1 thread)", profile_time, bytes, n);

    let normalizer =
        Normalizer::builder().corpus_profile(CorpusProfile::learn(articles.iter().map(|a| a.text.as_str()))).build();
    let normalize_time = fastest(repeat, || {
        for a in articles {
            std::hint::black_box(normalizer.normalize_str(&a.text));
        }
    });
    report("byline-normalize (1 thread)", normalize_time, bytes, n);

    let normalized: Vec<_> = articles.iter().map(|a| normalizer.normalize_str(&a.text)).collect();
    let recognizer = EntityRecognizer::builder().build();
    let entities_time = fastest(repeat, || {
        for d in &normalized {
            std::hint::black_box(recognizer.recognize(d));
        }
    });
    report("byline-entities (1 thread)", entities_time, bytes, n);

    let entities: Vec<_> = normalized.iter().map(|d| recognizer.recognize(d)).collect();
    let extractor = QuoteExtractor::builder().build();
    let quotes_time = fastest(repeat, || {
        for (d, e) in normalized.iter().zip(&entities) {
            std::hint::black_box(extractor.extract(d, e));
        }
    });
    report("byline-quotes (1 thread)", quotes_time, bytes, n);
    // The stages' inputs are not the pipeline's: free them so the pipeline
    // runs on the heap it would have on its own.
    drop(entities);
    drop(normalized);

    let analyzer = Analyzer::for_corpus(articles);
    bench_pipeline(&analyzer, articles, bytes, repeat);

    let parallel_time = fastest(repeat, || {
        let out: Vec<_> = articles.par_iter().map(|a| analyzer.analyze(a)).collect();
        std::hint::black_box(out);
    });
    let threads = rayon::current_num_threads();
    report(&format!("pipeline per document ({threads} threads)"), parallel_time, bytes, n);

    let analyses: Vec<_> = articles.par_iter().map(|a| analyzer.analyze(a)).collect();
    let corpus_time = fastest(repeat, || {
        std::hint::black_box(analyzer.report(articles, &analyses, Vec::new()));
    });
    report("corpus stages: dedup, linking, report", corpus_time, bytes, n);
}

fn bench_pipeline(analyzer: &Analyzer, articles: &[Article], bytes: usize, repeat: usize) {
    let pipeline_time = fastest(repeat, || {
        for a in articles {
            std::hint::black_box(analyzer.analyze(a));
        }
    });
    report("pipeline per document (1 thread)", pipeline_time, bytes, articles.len());
}

fn fastest(repeat: usize, mut f: impl FnMut()) -> Duration {
    (0..repeat)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn report(stage: &str, time: Duration, bytes: usize, docs: usize) {
    let secs = time.as_secs_f64().max(1e-9);
    println!(
        "{stage:<40} {:>9.1} ms  {:>8.1} MB/s  {:>10.0} docs/s",
        secs * 1e3,
        bytes as f64 / 1e6 / secs,
        docs as f64 / secs
    );
}
