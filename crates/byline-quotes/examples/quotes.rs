//! Prints the quotes of the text on standard input, one per line:
//! `cargo run -p byline-quotes --example quotes < article.txt`.

use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use byline_quotes::QuoteExtractor;
use std::io::Read;

fn main() {
    let mut raw = Vec::new();
    if std::io::stdin().read_to_end(&mut raw).is_err() {
        return;
    }
    let doc = Normalizer::builder().build().normalize(&raw);
    let entities = EntityRecognizer::builder().build().recognize(&doc);
    let quotes = QuoteExtractor::builder().build().extract(&doc, &entities);
    for q in &quotes.quotes {
        let speaker =
            q.speaker.as_ref().map_or("-".to_string(), |s| format!("{} ({})", s.name, s.span.slice(&doc.text)));
        let cue = q.cue.map_or("", |c| c.slice(&doc.text));
        println!("{} [{}] {}: {}", q.kind.as_str(), cue, speaker, q.span.slice(&doc.text));
    }
}
