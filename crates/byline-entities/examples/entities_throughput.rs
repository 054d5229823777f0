//! Rough single-core throughput of the recognizer alone (normalization done
//! beforehand): `cargo run --release -p byline-entities --example entities_throughput -- FILE...`.
//! Each non-empty line of a `.jsonl` file with a `"text"` field, or each
//! whole other file, is one document. Not a timed test; `cargo xtask bench` is
//! the project's benchmark.

use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use std::time::Instant;

fn main() {
    let mut texts = Vec::new();
    for path in std::env::args().skip(1) {
        let Ok(data) = std::fs::read_to_string(&path) else { continue };
        if path.ends_with(".jsonl") {
            for line in data.lines() {
                if let Some(t) = json_text(line) {
                    texts.push(t);
                }
            }
        } else {
            texts.push(data);
        }
    }
    let normalizer = Normalizer::builder().build();
    let docs: Vec<_> = texts.iter().map(|t| normalizer.normalize_str(t)).collect();
    let c0 = cpu_seconds();
    for t in &texts {
        std::hint::black_box(normalizer.normalize_str(t));
    }
    let normalize_cpu = cpu_seconds() - c0;
    let recognizer = EntityRecognizer::builder().build();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(10);
    let start = Instant::now();
    let c1 = cpu_seconds();
    let mut mentions = 0;
    for _ in 0..rounds {
        for d in &docs {
            mentions += recognizer.recognize(d).mentions.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - c1;
    println!("normalizer for comparison: {:.1} MB/s of CPU time", bytes as f64 / 1e6 / normalize_cpu);
    println!("recognizer: {:.1} MB/s of CPU time", bytes as f64 * rounds as f64 / 1e6 / cpu);
    println!(
        "{} docs, {:.2} MB x {rounds}: {:.1} MB/s ({} mentions)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 * rounds as f64 / 1e6 / secs,
        mentions / rounds
    );
}

/// CPU time of this thread so far (Linux `/proc/thread-self/schedstat`),
/// so that a loaded machine does not count other processes' time.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

/// The `"text"` field of one JSON line, unescaped just enough for measuring.
fn json_text(line: &str) -> Option<String> {
    let at = line.find("\"text\": \"")? + 9;
    let mut out = String::new();
    let mut chars = line[at..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('?'));
                }
                c => out.push(c),
            },
            c => out.push(c),
        }
    }
    None
}
