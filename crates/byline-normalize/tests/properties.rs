//! Properties that hold for any input: every span is exact and on char
//! boundaries, view spans map back, and bad input never panics.

use byline_normalize::{BlockRole, CorpusProfile, Normalized, Normalizer};
use byline_text::Span;
use proptest::prelude::*;

fn assert_spans_exact(doc: &Normalized) {
    let text = &doc.text;
    let mut all: Vec<Span> = doc.blocks().iter().map(|b| b.span).collect();
    all.extend(doc.sentences.iter().copied());
    all.extend(doc.date);
    all.extend(doc.bylines.iter().copied());
    for span in &all {
        assert!(span.is_valid_in(text), "span {span:?} not valid in {text:?}");
    }
    // Sentences are trimmed, non-empty, and each lies inside one paragraph.
    for s in &doc.sentences {
        let slice = s.slice(text);
        assert!(!slice.is_empty());
        assert_eq!(slice, slice.trim());
        // Paragraphs are sorted and disjoint: the one starting last before the sentence must hold it.
        let i = doc.paragraphs.partition_point(|p| p.span.start <= s.start);
        assert!(i > 0 && doc.paragraphs[i - 1].span.contains(*s), "sentence {s:?} outside every paragraph");
    }
    // Blocks never overlap, except the dateline and metadata that head a paragraph's line.
    let blocks = doc.blocks();
    for pair in blocks.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "overlapping blocks {pair:?}");
    }
    for b in &blocks {
        if let BlockRole::Paragraph(_) = b.role {
            assert_eq!(b.span.slice(text), b.span.slice(text).trim());
        }
    }
    // Every view span maps back to the original, and round-trips.
    assert_eq!(doc.map.view_len(), doc.view.len());
    for p in &doc.paragraphs {
        let view = doc.to_view(p.span);
        assert!(view.is_valid_in(&doc.view));
        let back = doc.map.to_original(view);
        assert!(back.is_valid_in(text));
        assert_eq!(back, p.span, "paragraph round trip");
    }
}

fn news_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "U.S.",
        "B.C.",
        "Jan.",
        "5 p.m.",
        "...",
        "…",
        "“",
        "”",
        "‘",
        "’",
        "—",
        "–",
        "\u{00A0}",
        "\u{200B}",
        "\u{FEFF}",
        "\r\n",
        "\n",
        "\n\n",
        " ",
        "e\u{0301}",
        "OTTAWA – ",
        "(Fred Chartrand/Canadian Press)",
        "Story continues below advertisement",
        "READ MORE: ",
        "Click to play video: 'X'",
        " date 2018-04-21 ",
        "He said.",
        "\"Are you?\" she asked",
        "Politics",
        "1. ",
        "2) ",
        "\u{0}",
        "\t",
        "é",
        "漢字",
        "🙂",
        "?",
        "!",
        ".",
        "a",
        "The",
        "Hehr",
        "'",
        "\"",
        "(",
        ")",
        "-",
        ":",
        "By Jane Doe",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_exact_for_news_like_input(text in news_like()) {
        let doc = Normalizer::builder().build().normalize_str(&text);
        assert_spans_exact(&doc);
        prop_assert_eq!(&doc.text, &text);
    }

    #[test]
    fn spans_are_exact_for_arbitrary_strings(text in any::<String>()) {
        assert_spans_exact(&Normalizer::builder().build().normalize_str(&text));
    }

    #[test]
    fn arbitrary_bytes_never_panic(raw in prop::collection::vec(any::<u8>(), 0..400)) {
        let doc = Normalizer::builder().build().normalize(&raw);
        assert_spans_exact(&doc);
    }

    #[test]
    fn split_sentences_spans_are_exact(text in news_like()) {
        for s in byline_normalize::split_sentences(&text) {
            prop_assert!(s.is_valid_in(&text));
            prop_assert!(!s.slice(&text).is_empty());
        }
    }

    #[test]
    fn profiles_never_break_spans(texts in prop::collection::vec(news_like(), 0..6)) {
        let profile = CorpusProfile::learn_with_min_documents(texts.iter().map(String::as_str), 2);
        let normalizer = Normalizer::builder().corpus_profile(profile).build();
        for t in &texts {
            assert_spans_exact(&normalizer.normalize_str(t));
        }
    }
}

#[test]
fn hostile_inputs_finish_quickly_and_exactly() {
    let n = Normalizer::builder().build();
    let cases = [
        String::new(),
        "\"".repeat(10_000),
        "“".repeat(10_000),
        ".".repeat(200_000),
        "a.".repeat(200_000),
        "Mr. ".repeat(50_000),
        "5 p.m. Tuesday ".repeat(20_000),
        "x".repeat(1_000_000),
        "word ".repeat(400_000),
        "Line\n".repeat(200_000),
        "\u{0}\u{1}\u{2}".repeat(10_000),
    ];
    for text in &cases {
        let start = std::time::Instant::now();
        let doc = n.normalize_str(text);
        assert_spans_exact(&doc);
        assert!(start.elapsed().as_secs() < 20, "too slow on {} bytes", text.len());
    }
}

#[test]
fn invalid_utf8_is_reported() {
    let doc = Normalizer::builder().build().normalize(b"Title here\n\nHe said \xff hello. She left.\n");
    assert!(doc.diagnostics.iter().any(|d| d.message.contains("invalid UTF-8")));
    assert!(doc.text.contains('\u{FFFD}'));
    assert_spans_exact(&doc);
}
