//! Quote extraction throughput on a JSONL corpus (`{"text": …}` per line),
//! entities and normalization done beforehand; best of five passes:
//! `cargo run --release -p byline-quotes --example quotes_throughput -- docs.jsonl`.

use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use byline_quotes::QuoteExtractor;
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else { return };
    let Ok(text) = std::fs::read_to_string(&path) else { return };
    let normalizer = Normalizer::builder().build();
    let recognizer = EntityRecognizer::builder().build();
    let extractor = QuoteExtractor::builder().build();
    let docs: Vec<_> = text
        .lines()
        .filter_map(|l| {
            let start = l.find("\"text\": \"")? + 9;
            let body = l[start..].split("\", \"").next()?.replace("\\n", "\n").replace("\\\"", "\"");
            let doc = normalizer.normalize_str(&body);
            let ents = recognizer.recognize(&doc);
            Some((doc, ents))
        })
        .collect();
    let bytes: usize = docs.iter().map(|(d, _)| d.text.len()).sum();
    let mut best = f64::MAX;
    let mut count = 0;
    let passes: usize = std::env::var("PASSES").ok().and_then(|p| p.parse().ok()).unwrap_or(5);
    for _ in 0..passes {
        let t = Instant::now();
        count = docs.iter().map(|(d, e)| extractor.extract(d, e).quotes.len()).sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("{} docs, {bytes} bytes, {count} quotes: {:.1} MB/s", docs.len(), bytes as f64 / 1e6 / best);
}
