//! Cross-document quote linking: the same quote carried by several articles
//! (wire copies, updates) is grouped so distinct quotes can be counted.

use crate::extractor::fold_text;
use crate::DocQuotes;
use byline_normalize::Normalized;
use std::collections::HashMap;

/// Groups the same quote carried by several documents.
#[derive(Clone, Debug)]
pub struct QuoteLinker {
    min_overlap: f64,
}

impl Default for QuoteLinker {
    fn default() -> QuoteLinker {
        QuoteLinker::new()
    }
}

/// Posting lists longer than this belong to boilerplate trigrams.
const MAX_POSTING: usize = 2000;
/// Candidate groups checked per quote, best first.
const MAX_CANDIDATES: usize = 16;

/// Word trigrams of folded text (hashes), the unit of content overlap.
fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = text.split_whitespace().map(fold_text).filter(|w| !w.is_empty()).collect();
    let mut out: Vec<u64> = if words.len() < 3 {
        vec![xxh(&words.join(" "))]
    } else {
        words.windows(3).map(|w| xxh(&w.join(" "))).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

fn xxh(s: &str) -> u64 {
    // FNV-1a: tiny, deterministic, no dependency.
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn overlap(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let smaller = a.len().min(b.len()).max(1);
    shared as f64 / smaller as f64
}

impl QuoteLinker {
    /// A linker with the default settings (two quotes are the same when
    /// 60% of the shorter one's word trigrams are in the other).
    pub fn new() -> QuoteLinker {
        QuoteLinker { min_overlap: 0.6 }
    }

    /// The same linker with another overlap threshold (0..=1).
    pub fn min_overlap(mut self, share: f64) -> QuoteLinker {
        self.min_overlap = share.clamp(0.0, 1.0);
        self
    }

    /// Groups of `(document index, quote index)` that carry the same quote;
    /// every quote is in exactly one group, groups in order of first member.
    /// Deterministic: depends only on the documents and their order.
    pub fn link(&self, docs: &[(&Normalized, &DocQuotes)]) -> Vec<Vec<(usize, usize)>> {
        let mut groups: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut group_shingles: Vec<Vec<u64>> = Vec::new();
        // Posting lists: shingle -> groups holding it (candidates only).
        let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
        for (d, (doc, quotes)) in docs.iter().enumerate() {
            for (q, quote) in quotes.quotes.iter().enumerate() {
                let sh = shingles(quote.span.slice(&doc.text));
                // Groups sharing the most trigrams first; trigrams so common
                // that thousands of groups hold them say nothing and are skipped,
                // which keeps linking near-linear on big corpora.
                let mut shared: Vec<usize> = sh
                    .iter()
                    .filter_map(|s| postings.get(s))
                    .filter(|list| list.len() <= MAX_POSTING)
                    .flatten()
                    .copied()
                    .collect();
                shared.sort_unstable();
                let mut candidates: Vec<(usize, usize)> = Vec::new();
                for g in shared {
                    match candidates.last_mut() {
                        Some((last, n)) if *last == g => *n += 1,
                        _ => candidates.push((g, 1)),
                    }
                }
                candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                let found = candidates
                    .into_iter()
                    .take(MAX_CANDIDATES)
                    .map(|(g, _)| g)
                    .find(|&g| overlap(&sh, &group_shingles[g]) >= self.min_overlap);
                let g = match found {
                    Some(g) => g,
                    None => {
                        groups.push(Vec::new());
                        group_shingles.push(sh.clone());
                        groups.len() - 1
                    }
                };
                groups[g].push((d, q));
                for s in sh {
                    let list = postings.entry(s).or_default();
                    if list.last() != Some(&g) {
                        list.push(g);
                    }
                }
            }
        }
        groups
    }
}
