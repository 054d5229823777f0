//! Bad input never panics, spans are always exact, work stays linear.

use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use byline_quotes::QuoteExtractor;
use proptest::prelude::*;

fn run(raw: &[u8]) -> (String, byline_quotes::DocQuotes) {
    let doc = Normalizer::builder().build().normalize(raw);
    let entities = EntityRecognizer::builder().build().recognize(&doc);
    let quotes = QuoteExtractor::builder().build().extract(&doc, &entities);
    (doc.text, quotes)
}

fn assert_exact(text: &str, quotes: &byline_quotes::DocQuotes) {
    for q in &quotes.quotes {
        assert!(q.span.is_valid_in(text));
        if let Some(c) = q.cue {
            assert!(c.is_valid_in(text));
        }
        if let Some(s) = &q.speaker {
            assert!(s.span.is_valid_in(text));
        }
    }
}

#[test]
fn empty_and_binary_input() {
    for raw in [&b""[..], b"\0\xff\xfe\x80", b"\"", b"''", b"\xe2\x80\x9c"] {
        let (text, q) = run(raw);
        assert_exact(&text, &q);
    }
}

#[test]
fn ten_thousand_unclosed_marks_stay_in_their_paragraph() {
    let mut raw = String::from("Title\n\n");
    raw.push_str(&"“ ".repeat(10_000));
    raw.push_str("\n\nSmith said the plan would work.\n");
    let (text, q) = run(raw.as_bytes());
    assert_exact(&text, &q);
    assert!(q.quotes.iter().any(|q| q.span.slice(&text) == "the plan would work"));
}

#[test]
fn many_paragraphs_of_quotes_are_linear() {
    let mut raw = String::from("Title\n\n");
    for i in 0..20_000 {
        raw.push_str(&format!(
            "\"We will win {i} seats,\" Smith said. Jones told reporters that she agreed with him.\n\n"
        ));
    }
    let started = std::time::Instant::now();
    let (text, q) = run(raw.as_bytes());
    assert_exact(&text, &q);
    assert!(q.quotes.len() >= 39_000, "{}", q.quotes.len());
    // Generous bound: only catches quadratic behaviour, not a benchmark.
    assert!(started.elapsed().as_secs() < 60);
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "[A-Za-z \"“”‘’'«».,:;!?\n—-]{0,400}") {
        let (text, q) = run(s.as_bytes());
        assert_exact(&text, &q);
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..300)) {
        let (text, q) = run(&b);
        assert_exact(&text, &q);
    }
}
