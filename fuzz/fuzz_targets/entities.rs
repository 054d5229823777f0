//! Fuzzes `EntityRecognizer::recognize` on arbitrary text: no panic, every
//! mention a valid span pointing at an existing entity.
#![no_main]

use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static STAGES: LazyLock<(Normalizer, EntityRecognizer)> =
    LazyLock::new(|| (Normalizer::builder().build(), EntityRecognizer::builder().build()));

fuzz_target!(|text: &str| {
    let (normalizer, recognizer) = &*STAGES;
    let doc = normalizer.normalize_str(text);
    let entities = recognizer.recognize(&doc);
    for m in &entities.mentions {
        assert!(m.span.is_valid_in(text), "{:?}", m.span);
        assert!(m.entity < entities.entities.len());
    }
});
