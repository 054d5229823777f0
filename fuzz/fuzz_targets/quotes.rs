//! Fuzzes the whole per-document pipeline through `QuoteExtractor::extract`:
//! no panic, every quote, cue and speaker a valid span.
#![no_main]

use byline::{Analyzer, Article};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(|| Analyzer::builder().build());

fuzz_target!(|text: &str| {
    let analysis = ANALYZER.analyze(&Article::from_text("f", text));
    for q in &analysis.quotes.quotes {
        assert!(q.span.is_valid_in(text), "{:?}", q.span);
        assert!(q.cue.is_none_or(|c| c.is_valid_in(text)));
        assert!(q.speaker.as_ref().is_none_or(|s| s.span.is_valid_in(text)));
    }
});
