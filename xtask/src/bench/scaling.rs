//! `cargo xtask bench scaling`: no quadratic blow-up. Each hostile shape is
//! timed through the whole per-document pipeline next to ordinary news text
//! cut to the same size; the ratio of their times should stay a small
//! constant as the size grows.

use byline::{Analyzer, Article};
use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use byline_quotes::QuoteExtractor;
use std::process::ExitCode;
use std::time::Instant;

/// Options of `cargo xtask bench scaling`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Largest article size in MB (sizes 1/8, 1/4, 1/2 and 1 of it are timed).
    #[arg(long, default_value_t = 10.0)]
    mb: f64,
}

/// A named way to build an article of a given size from ordinary news.
type Shape = (&'static str, fn(usize, &str) -> String);

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let analyzer = Analyzer::builder().build();
    let ordinary = ordinary_news();
    // Lexicons and automata are built on first use: keep that out of the timings.
    std::hint::black_box(analyzer.analyze(&Article::from_text("warm-up", ordinary.clone())));
    let shapes: [Shape; 5] = [
        ("ordinary news", |n, news| cut(news.repeat(n / news.len() + 1), n)),
        ("one paragraph repeated", |n, _| {
            cut("\u{201c}We will keep going,\u{201d} Mayor Jane Roe said in Halifax on Tuesday. ".repeat(n / 70 + 1), n)
        }),
        ("unclosed opening marks", |n, _| cut(format!("The mayor said {}", "\u{201c}".repeat(n / 3 + 1)), n)),
        ("one-word lines", |n, _| cut("word\n".repeat(n / 5 + 1), n)),
        ("no white space", |n, _| cut("Abc".repeat(n / 3 + 1), n)),
    ];
    println!(
        "{:<24} {:>6} {:>9} {:>8} {:>11}   {:>9} {:>9} {:>9}",
        "shape", "MB", "ms", "MB/s", "vs ordinary", "normalize", "entities", "quotes"
    );
    let (normalizer, recognizer, extractor) =
        (Normalizer::builder().build(), EntityRecognizer::builder().build(), QuoteExtractor::builder().build());
    for size in [args.mb / 8.0, args.mb / 4.0, args.mb / 2.0, args.mb] {
        let bytes = (size * 1e6) as usize;
        let mut baseline = None;
        for (name, make) in &shapes {
            let text = make(bytes, &ordinary);
            let (doc, t_norm) = timed(|| normalizer.normalize_str(&text));
            let (entities, t_ent) = timed(|| recognizer.recognize(&doc));
            let (_, t_quotes) = timed(|| extractor.extract(&doc, &entities));
            let secs = (t_norm + t_ent + t_quotes).max(1e-9);
            let base = *baseline.get_or_insert(secs);
            println!(
                "{name:<24} {:>6.2} {:>9.1} {:>8.1} {:>10.2}x   {:>9.1} {:>9.1} {:>9.1}",
                bytes as f64 / 1e6,
                secs * 1e3,
                bytes as f64 / 1e6 / secs,
                secs / base,
                t_norm * 1e3,
                t_ent * 1e3,
                t_quotes * 1e3
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The bundled fixtures joined: real news prose with quotes and names.
fn ordinary_news() -> String {
    let dir = crate::eval::common::repo_root().join("fixtures/hehr");
    let mut paths: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    paths.sort();
    let text: String = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>().join("\n\n");
    if text.is_empty() {
        "Smith said the council would meet on Tuesday. ".to_string()
    } else {
        text
    }
}

/// The value of `f` and the seconds it took.
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let value = std::hint::black_box(f());
    (value, start.elapsed().as_secs_f64())
}

/// `s` cut to at most `n` bytes, on a char boundary.
fn cut(mut s: String, n: usize) -> String {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}
