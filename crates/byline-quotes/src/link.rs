//! Cross-document quote linking: the same quote carried by several articles
//! (wire copies, updates) is grouped so distinct quotes can be counted.

use crate::extractor::folded_chars;
use crate::lexicon::{fnv_mix, FNV_OFFSET};
use crate::DocQuotes;
use byline_normalize::Normalized;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// Posting lists longer than this belong to stock phrasing ("said in a",
/// "the United States"): a quote and its copies fall into one group, so a
/// trigram many groups hold cannot tell which group a new quote joins.
const MAX_POSTING: usize = 64;
/// Candidate groups checked per quote, best first.
const MAX_CANDIDATES: usize = 16;

/// Word trigrams of folded text (hashes), the unit of content overlap.
fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<u64> = text.split_whitespace().filter_map(folded_word_hash).collect();
    let mut out: Vec<u64> = match words.len() {
        0 => vec![FNV_OFFSET],
        1 | 2 => vec![words.iter().fold(FNV_OFFSET, |h, &w| combine(h, w))],
        _ => words.windows(3).map(|w| combine(combine(combine(FNV_OFFSET, w[0]), w[1]), w[2])).collect(),
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// FNV-1a over a word's letters and digits, lower-cased, with no
/// allocation (`None` when the word has none: punctuation alone).
fn folded_word_hash(word: &str) -> Option<u64> {
    let mut h = FNV_OFFSET;
    let mut any = false;
    let mut mix = |b: u8| {
        h = fnv_mix(h, u64::from(b));
        any = true;
    };
    if word.is_ascii() {
        // The common case, byte by byte.
        word.bytes().filter(u8::is_ascii_alphanumeric).for_each(|b| mix(b.to_ascii_lowercase()));
    } else {
        for c in folded_chars(word) {
            c.encode_utf8(&mut [0u8; 4]).bytes().for_each(&mut mix);
        }
    }
    any.then_some(h)
}

/// Order-sensitive mix of a word hash into a running shingle hash.
fn combine(h: u64, word: u64) -> u64 {
    fnv_mix(h.rotate_left(5), word)
}

/// Shingles are already well-mixed hashes: use them as they are instead of
/// hashing them again.
#[derive(Default)]
struct ShingleHasher(u64);

impl Hasher for ShingleHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fnv_mix(self.0.rotate_left(8), u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
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
        let mut postings: HashMap<u64, Vec<usize>, BuildHasherDefault<ShingleHasher>> = HashMap::default();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_ignore_case_punctuation_and_spacing() {
        assert_eq!(shingles("We will, Win this"), shingles("we  will win THIS."));
        assert_eq!(shingles("Élan vital là"), shingles("élan VITAL, là"));
        assert_ne!(shingles("we will win this"), shingles("this win will we"));
    }

    #[test]
    fn short_and_empty_quotes_still_have_a_shingle() {
        assert_eq!(shingles("Yes."), shingles("yes"));
        assert_eq!(shingles("--").len(), 1);
    }
}
