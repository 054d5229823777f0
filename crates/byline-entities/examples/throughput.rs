//! Rough single-core throughput of the recognizer alone (normalization done
//! beforehand): `cargo run --release -p byline-entities --example throughput -- FILE...`.
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
    let recognizer = EntityRecognizer::builder().build();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(10);
    let start = Instant::now();
    let mut mentions = 0;
    for _ in 0..rounds {
        for d in &docs {
            mentions += recognizer.recognize(d).mentions.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} docs, {:.2} MB x {rounds}: {:.1} MB/s ({} mentions)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 * rounds as f64 / 1e6 / secs,
        mentions / rounds
    );
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
