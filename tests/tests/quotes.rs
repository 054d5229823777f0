//! Who said what in the Hehr fixtures, one snapshot per article in a
//! readable form: `type [cue] speaker (local mention): quote`. The quotes
//! themselves are checked against the hand-made gold by `cargo xtask eval
//! quotes`; these snapshots show every change in a review.

use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use byline_quotes::{QuoteExtractor, QuoteLinker};
use byline_tests::fixture_paths;
use std::fmt::Write;

/// One line per quote: kind, cue, resolved speaker and mention, text.
fn render(doc: &byline_normalize::Normalized, quotes: &byline_quotes::DocQuotes) -> String {
    let mut out = String::new();
    for q in &quotes.quotes {
        let cue = q.cue.map_or("", |c| c.slice(&doc.text));
        let speaker = match &q.speaker {
            Some(s) => format!("{} ({}, {:?})", s.name, s.span.slice(&doc.text), s.kind),
            None => "-".to_string(),
        };
        writeln!(out, "{:<8} [{cue}] {speaker}: {}", q.kind.as_str(), q.span.slice(&doc.text)).unwrap();
    }
    for d in &quotes.diagnostics {
        writeln!(out, "diagnostic: {d:?}").unwrap();
    }
    out
}

#[test]
fn quotes_of_each_fixture() {
    let normalizer = Normalizer::builder().build();
    let recognizer = EntityRecognizer::builder().build();
    let extractor = QuoteExtractor::builder().build();
    for path in fixture_paths() {
        let raw = std::fs::read(&path).expect("readable fixture");
        let doc = normalizer.normalize(&raw);
        let entities = recognizer.recognize(&doc);
        let quotes = extractor.extract(&doc, &entities);
        for q in &quotes.quotes {
            assert!(q.span.is_valid_in(&doc.text), "span on char boundaries");
        }
        let name = path.file_stem().and_then(|s| s.to_str()).expect("utf-8 name").to_string();
        insta::assert_snapshot!(name, render(&doc, &quotes));
    }
}

#[test]
fn same_quotes_are_linked_across_the_cbc_versions() {
    let normalizer = Normalizer::builder().build();
    let recognizer = EntityRecognizer::builder().build();
    let extractor = QuoteExtractor::builder().build();
    let docs: Vec<_> = fixture_paths()
        .iter()
        .map(|p| {
            let doc = normalizer.normalize(&std::fs::read(p).expect("readable fixture"));
            let quotes = extractor.extract(&doc, &recognizer.recognize(&doc));
            (doc, quotes)
        })
        .collect();
    let pairs: Vec<_> = docs.iter().map(|(d, q)| (d, q)).collect();
    let groups = QuoteLinker::new().link(&pairs);
    let total: usize = docs.iter().map(|(_, q)| q.quotes.len()).sum();
    assert_eq!(groups.iter().map(Vec::len).sum::<usize>(), total, "every quote in one group");
    // 001 and 004 are two versions of one CBC story: Vandal's quotes are in both.
    let shared = groups.iter().filter(|g| g.iter().any(|m| m.0 == 1) && g.iter().any(|m| m.0 == 4)).count();
    assert!(shared >= 8, "only {shared} quotes linked between 001 and 004");
}
