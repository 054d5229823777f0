//! End-to-end: the whole pipeline over the bundled Kent Hehr corpus, through
//! the same facade `cargo xtask analyze` uses, checked against the contract
//! and snapshotted in its human-readable form.

use byline::{Analyzer, Article, Report};
use byline_tests::fixture_paths;

fn fixtures() -> Vec<Article> {
    fixture_paths()
        .iter()
        .map(|p| Article::from_bytes(p.file_stem().unwrap().to_string_lossy(), std::fs::read(p).unwrap()))
        .collect()
}

fn report_of(articles: &[Article]) -> Report {
    let analyzer = Analyzer::for_corpus(articles);
    let analyses: Vec<_> = articles.iter().map(|a| analyzer.analyze(a)).collect();
    analyzer.report(articles, &analyses, Vec::new())
}

#[test]
fn text_report_of_the_fixtures() {
    let report = report_of(&fixtures());
    insta::with_settings!({ omit_expression => true, description => "cargo xtask analyze --format text on fixtures/hehr" }, {
        insta::assert_snapshot!("analyze_text", byline::render_text(&report));
    });
}

#[test]
fn every_reported_span_is_the_original_slice() {
    let articles = fixtures();
    let report = report_of(&articles);
    let text_of = |id: &str| articles.iter().find(|a| a.id == id).map(|a| a.text.as_str()).unwrap();
    for doc in &report.documents {
        let text = text_of(&doc.id);
        for [s, e] in doc.sentences.iter().chain(&doc.paragraphs) {
            assert!(text.get(*s..*e).is_some(), "{} sentence {s}..{e} off boundaries", doc.id);
        }
        for b in &doc.boilerplate {
            assert_eq!(&text[b.start..b.end], b.text);
        }
    }
    for e in &report.entities {
        for m in &e.mentions {
            assert_eq!(&text_of(&m.doc)[m.start..m.end], m.text, "entity {}", e.name);
        }
    }
    for q in &report.quotes {
        let text = text_of(&q.doc);
        assert_eq!(&text[q.start..q.end], q.text);
        if let Some(c) = &q.cue {
            assert_eq!(&text[c.start..c.end], c.text);
        }
        if let Some(s) = &q.speaker {
            assert_eq!(&text[s.start..s.end], s.text);
        }
    }
}

#[test]
fn clusters_partition_the_corpus() {
    let report = report_of(&fixtures());
    let mut seen: Vec<&str> = report.clusters.iter().flat_map(|c| c.members.iter().map(|m| m.doc.as_str())).collect();
    seen.sort();
    let mut ids: Vec<&str> = report.documents.iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    assert_eq!(seen, ids);
}

#[test]
fn quotes_point_at_existing_entities() {
    let report = report_of(&fixtures());
    let ids: Vec<&str> = report.entities.iter().map(|e| e.id.as_str()).collect();
    for q in &report.quotes {
        if let Some(entity) = q.speaker.as_ref().and_then(|s| s.entity.as_deref()) {
            assert!(ids.contains(&entity), "{entity} is not an entity id");
        }
    }
}

#[test]
fn report_does_not_depend_on_analysis_order() {
    let articles = fixtures();
    let analyzer = Analyzer::for_corpus(&articles);
    let forward: Vec<_> = articles.iter().map(|a| analyzer.analyze(a)).collect();
    let mut backward: Vec<_> = articles.iter().rev().map(|a| analyzer.analyze(a)).collect();
    backward.reverse();
    let a = serde_json::to_string(&analyzer.report(&articles, &forward, Vec::new())).unwrap();
    let b = serde_json::to_string(&analyzer.report(&articles, &backward, Vec::new())).unwrap();
    assert_eq!(a, b);
}
