//! Fuzzes `Deduplicator::cluster` on bodies cut from arbitrary text: no
//! panic, and the clusters partition the documents.
#![no_main]

use byline_dedup::{DedupDoc, Deduplicator};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static DEDUP: LazyLock<Deduplicator> = LazyLock::new(|| Deduplicator::builder().build());

fuzz_target!(|text: &str| {
    let docs: Vec<DedupDoc> = text.split('\u{1}').enumerate().map(|(i, b)| DedupDoc::new(format!("d{i}"), b)).collect();
    let clusters = DEDUP.cluster(&docs);
    let mut members: Vec<usize> = clusters.iter().flat_map(|c| c.members.iter().map(|m| m.doc)).collect();
    members.sort_unstable();
    assert_eq!(members, (0..docs.len()).collect::<Vec<_>>());
});
