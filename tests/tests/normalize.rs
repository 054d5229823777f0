//! One readable snapshot per fixture article: what byline-normalize makes of
//! it (metadata, every boilerplate span, paragraphs and sentences).

use byline_normalize::{Normalized, Normalizer, ParagraphKind};
use byline_tests::fixture_paths;
use std::fmt::Write;

fn field(doc: &Normalized, span: Option<byline_text::Span>) -> String {
    span.map_or_else(|| "-".to_string(), |s| format!("{:?} {}..{}", s.slice(&doc.text), s.start, s.end))
}

/// The normalized document as Markdown.
fn render(doc: &Normalized) -> String {
    let mut out = String::new();
    writeln!(out, "# Metadata\n").unwrap();
    writeln!(out, "- lang: {}", doc.lang.code()).unwrap();
    writeln!(out, "- title: {}", field(doc, doc.title)).unwrap();
    writeln!(out, "- date: {}", field(doc, doc.date)).unwrap();
    writeln!(out, "- dateline: {}", field(doc, doc.dateline)).unwrap();
    let bylines: Vec<String> = doc.bylines.iter().map(|s| format!("{:?}", s.slice(&doc.text))).collect();
    writeln!(out, "- bylines: [{}]", bylines.join(", ")).unwrap();
    for d in &doc.diagnostics {
        writeln!(out, "- diagnostic: {:?} {}", d.severity, d.message).unwrap();
    }
    writeln!(out, "\n# Boilerplate\n").unwrap();
    for b in &doc.boilerplate {
        writeln!(out, "- [{}] {}..{} {:?}", b.kind.as_str(), b.span.start, b.span.end, b.span.slice(&doc.text))
            .unwrap();
    }
    writeln!(out, "\n# Body\n").unwrap();
    let mut sentences = doc.sentences.iter().peekable();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let kind = match p.kind {
            ParagraphKind::Text => "text",
            ParagraphKind::Heading => "heading",
        };
        writeln!(out, "## ¶{} {} {}..{}\n", i + 1, kind, p.span.start, p.span.end).unwrap();
        while let Some(s) = sentences.next_if(|s| p.span.contains(**s)) {
            writeln!(out, "- {}", s.slice(&doc.text)).unwrap();
        }
        writeln!(out).unwrap();
    }
    let stray: Vec<_> = sentences.collect();
    assert!(stray.is_empty(), "sentences outside every paragraph: {stray:?}");
    out
}

#[test]
fn normalized_fixtures() {
    let normalizer = Normalizer::builder().build();
    for path in fixture_paths() {
        let raw = std::fs::read(&path).expect("readable fixture");
        let doc = normalizer.normalize(&raw);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::with_settings!({
            omit_expression => true,
            snapshot_suffix => name.clone(),
            description => format!("byline-normalize on fixtures/hehr/{name}.txt"),
        }, {
            insta::assert_snapshot!(render(&doc));
        });
    }
}

#[test]
fn every_span_is_exact_and_body_view_is_the_view() {
    let normalizer = Normalizer::builder().build();
    for path in fixture_paths() {
        let raw = std::fs::read(&path).expect("readable fixture");
        let doc = normalizer.normalize(&raw);
        for block in doc.blocks() {
            assert!(block.span.is_valid_in(&doc.text));
            assert!(!block.span.is_empty());
        }
        assert!(!doc.body_view().contains(['\u{201C}', '\u{201D}', '\u{2019}', '\u{2014}', '\u{00A0}']));
    }
}
