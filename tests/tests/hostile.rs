//! Hostile input through the library crates: no panic, and every span any
//! crate returns lies inside the text, on char boundaries. The same checks
//! run on arbitrary strings as a property test (the fuzzers' invariant, kept
//! in CI).

use byline::{Analyzer, Article, DocAnalysis};
use byline_dedup::{DedupDoc, Deduplicator};
use byline_text::Span;
use proptest::prelude::*;
use std::path::Path;

fn assert_valid(text: &str, span: Span, what: &str) {
    assert!(span.is_valid_in(text), "{what} {span:?} is not a char-boundary span of a {}-byte text", text.len());
}

/// Every span every stage returned, checked against the original text.
fn check_analysis(a: &DocAnalysis) {
    let n = &a.normalized;
    let text = n.text.as_str();
    for span in n.title.iter().chain(&n.date).chain(&n.dateline).chain(&n.bylines).chain(&n.sentences) {
        assert_valid(text, *span, "metadata or sentence");
    }
    for p in &n.paragraphs {
        assert_valid(text, p.span, "paragraph");
    }
    for b in &n.boilerplate {
        assert_valid(text, b.span, "boilerplate");
    }
    for m in &a.entities.mentions {
        assert_valid(text, m.span, "mention");
        assert!(m.entity < a.entities.entities.len(), "mention points past the entities");
    }
    for q in &a.quotes.quotes {
        assert_valid(text, q.span, "quote");
        if let Some(c) = q.cue {
            assert_valid(text, c, "cue");
        }
        if let Some(s) = &q.speaker {
            assert_valid(text, s.span, "speaker");
            if let Some(e) = s.entity {
                assert!(e < a.entities.entities.len(), "speaker points past the entities");
            }
        }
    }
}

fn analyse_all(articles: &[Article]) {
    let analyzer = Analyzer::for_corpus(articles);
    let analyses: Vec<_> = articles.iter().map(|a| analyzer.analyze(a)).collect();
    analyses.iter().for_each(check_analysis);
    let report = analyzer.report(articles, &analyses, Vec::new());
    assert_eq!(report.documents.len(), articles.len());
}

#[test]
fn every_hostile_fixture_goes_through_every_crate() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/hostile");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let articles: Vec<Article> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "jsonl"))
        .map(|p| Article::from_bytes(p.file_stem().unwrap().to_string_lossy(), std::fs::read(p).unwrap()))
        .collect();
    analyse_all(&articles);
}

#[test]
fn pathological_texts_go_through_every_crate() {
    let texts = [
        String::new(),
        "\u{201c}".repeat(10_000),
        "\"".repeat(10_001),
        "'".repeat(5_000) + "’".repeat(5_000).as_str(),
        "word\n".repeat(100_000),
        "A. ".repeat(20_000),
        "Mr. Dr. Sen. U.S. B.C. ".repeat(2_000),
        "\u{feff}\r\n\r\n\u{200b}\u{a0}\u{0}\u{7}".repeat(1_000),
        "« ‹ „ ‚ » › “ ” ‘ ’ ".repeat(2_000),
        "Smith said ".repeat(10_000),
        "e\u{301}".repeat(5_000),
        // Found by the quotes fuzzer: a bracket closing right after the paragraph's opening "(".
        format!("())ADD:(0){}m\u{fffd}.", ")".repeat(30)),
    ];
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("t{i}"), t.clone())).collect();
    analyse_all(&articles);
}

#[test]
fn dedup_takes_any_bodies() {
    let docs: Vec<DedupDoc> = ["", " ", "a", "a a a a a a a a", "\u{0}\u{1}", "é".repeat(1000).as_str(), "x y z"]
        .iter()
        .enumerate()
        .map(|(i, b)| DedupDoc::new(format!("d{i}"), *b))
        .collect();
    let clusters = Deduplicator::builder().build().cluster(&docs);
    let mut members: Vec<usize> = clusters.iter().flat_map(|c| c.members.iter().map(|m| m.doc)).collect();
    members.sort();
    assert_eq!(members, (0..docs.len()).collect::<Vec<_>>());
}

/// Text made of the characters news and broken input are made of.
fn newsish() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "([A-Z][a-z]{0,8}|[a-z]{1,8}|[.,;:!?]|\\s|\n\n|[\"“”‘’'«»„—–-]|said|told|according to|Mr\\.|U\\.S\\.|\u{a0}|\u{200b}|\r\n|[\u{0}-\u{1f}]|é|日本){0,80}",
    )
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_valid_spans(text in newsish()) {
        let articles = vec![Article::from_text("p", text)];
        analyse_all(&articles);
    }

    #[test]
    fn any_bytes_give_valid_spans(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let articles = vec![Article::from_bytes("b", bytes)];
        analyse_all(&articles);
    }
}
