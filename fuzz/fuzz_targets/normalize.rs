//! Fuzzes `Normalizer::normalize` on arbitrary bytes: no panic, every span
//! valid, view spans mapping back inside the text.
#![no_main]

use byline_normalize::Normalizer;
use byline_text::Span;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static NORMALIZER: LazyLock<Normalizer> = LazyLock::new(|| Normalizer::builder().build());

fuzz_target!(|data: &[u8]| {
    let doc = NORMALIZER.normalize(data);
    let text = doc.text.as_str();
    let spans = doc.title.iter().chain(&doc.date).chain(&doc.dateline).chain(&doc.bylines).chain(&doc.sentences);
    for span in
        spans.copied().chain(doc.paragraphs.iter().map(|p| p.span)).chain(doc.boilerplate.iter().map(|b| b.span))
    {
        assert!(span.is_valid_in(text), "{span:?} invalid in {} bytes", text.len());
    }
    let whole = doc.map.to_original(Span::new(0, doc.view.len()));
    assert!(whole.end <= text.len());
});
