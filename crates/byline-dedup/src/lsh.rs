//! Candidate pairs for a whole corpus, without comparing every pair.
//!
//! Two paths, both sort-based (no hash map, so memory is a few flat vectors
//! and the result does not depend on iteration order):
//! - **LSH banding** on the MinHash signature finds pairs of similar size
//!   and high Jaccard;
//! - **anchor sharing** finds containment, where Jaccard is low because one
//!   document is much shorter: two documents sharing at least
//!   `min_shared_anchors` anchor shingles (the 1-in-`anchor_modulus` sample)
//!   are candidates. Anchors found in more than `max_anchor_df` documents are
//!   template text or a much-quoted line and are skipped.

use crate::dedup::DedupConfig;
use crate::sketch::DocSketch;

/// At most this many pairs are held in memory at once by the anchor path.
const PAIR_BUDGET: usize = 1 << 24;

/// Candidate pairs `(a, b)` with `a < b`, sorted and distinct, among the
/// documents with `eligible[i]`; `rank[i]` is the document's canonical
/// priority (0 first), used to keep the pairs most likely to matter when a
/// bucket is huge.
pub(crate) fn candidate_pairs(
    config: &DedupConfig,
    sketches: &[DocSketch],
    eligible: &[bool],
    rank: &[u32],
) -> Vec<(u32, u32)> {
    let mut pairs = band_pairs(config, sketches, eligible, rank);
    pairs.extend(anchor_pairs(config, sketches, eligible));
    finish(pairs)
}

/// The LSH path alone.
pub(crate) fn lsh_candidate_pairs(
    config: &DedupConfig,
    sketches: &[DocSketch],
    eligible: &[bool],
    rank: &[u32],
) -> Vec<(u32, u32)> {
    finish(band_pairs(config, sketches, eligible, rank))
}

/// The anchor (containment) path alone.
pub(crate) fn anchor_candidate_pairs(
    config: &DedupConfig,
    sketches: &[DocSketch],
    eligible: &[bool],
) -> Vec<(u32, u32)> {
    finish(anchor_pairs(config, sketches, eligible))
}

fn finish(mut pairs: Vec<u64>) -> Vec<(u32, u32)> {
    pairs.sort_unstable();
    pairs.dedup();
    pairs.into_iter().map(unpack).collect()
}

fn pack(a: u32, b: u32) -> u64 {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    (u64::from(lo) << 32) | u64::from(hi)
}

fn unpack(p: u64) -> (u32, u32) {
    ((p >> 32) as u32, p as u32)
}

/// Pairs that agree on all rows of at least one band. Within a crowded
/// bucket each document pairs with at most `max_bucket` documents of higher
/// priority: the bucket's first (the likely canonicals) and its nearest.
fn band_pairs(config: &DedupConfig, sketches: &[DocSketch], eligible: &[bool], rank: &[u32]) -> Vec<u64> {
    let mut pairs: Vec<u64> = Vec::new();
    let mut compacted = 0;
    let mut bucket: Vec<(u32, u32, u32)> = Vec::with_capacity(sketches.len());
    for band in 0..config.bands {
        bucket.clear();
        for (i, s) in sketches.iter().enumerate() {
            if eligible[i] && s.band_keys().len() == config.bands {
                bucket.push((s.band_keys()[band], rank[i], i as u32));
            }
        }
        bucket.sort_unstable();
        let half = (config.max_bucket / 2).max(1);
        for run in bucket.chunk_by(|x, y| x.0 == y.0) {
            for (p, &(_, _, doc)) in run.iter().enumerate() {
                // The bucket's leaders (likely canonicals) and the nearest higher-priority neighbours.
                let leaders = &run[..p.min(half)];
                let neighbours = &run[p.saturating_sub(half).max(leaders.len())..p];
                pairs.extend(leaders.iter().chain(neighbours).map(|&(_, _, other)| pack(doc, other)));
            }
        }
        if pairs.len() > 2 * compacted + (1 << 20) {
            pairs.sort_unstable();
            pairs.dedup();
            compacted = pairs.len();
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Pairs sharing at least `min_shared_anchors` anchors of document frequency
/// at most `max_anchor_df`, counted in as many passes as the memory budget needs.
fn anchor_pairs(config: &DedupConfig, sketches: &[DocSketch], eligible: &[bool]) -> Vec<u64> {
    let mut postings: Vec<(u32, u32)> = Vec::new();
    for (i, s) in sketches.iter().enumerate() {
        if eligible[i] {
            postings.extend(s.anchors().iter().map(|&a| (a, i as u32)));
        }
    }
    postings.sort_unstable();
    let usable = |run: &[(u32, u32)]| run.len() >= 2 && run.len() <= config.max_anchor_df;
    let total: usize =
        postings.chunk_by(|x, y| x.0 == y.0).filter(|r| usable(r)).map(|r| r.len() * (r.len() - 1) / 2).sum();
    let passes = total.div_ceil(PAIR_BUDGET).max(1) as u32;
    let mut result = Vec::new();
    let mut pairs: Vec<u64> = Vec::new();
    for pass in 0..passes {
        pairs.clear();
        for run in postings.chunk_by(|x, y| x.0 == y.0).filter(|r| usable(r)) {
            for (p, &(_, a)) in run.iter().enumerate() {
                // Postings are sorted by document, so `a` is the smaller of each pair.
                if a % passes == pass {
                    pairs.extend(run[p + 1..].iter().map(|&(_, b)| pack(a, b)));
                }
            }
        }
        pairs.sort_unstable();
        let min_shared = config.min_shared_anchors.max(1);
        result.extend(pairs.chunk_by(|x, y| x == y).filter(|r| r.len() >= min_shared).map(|r| r[0]));
    }
    result
}
