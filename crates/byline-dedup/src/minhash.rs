//! MinHash signatures by one-permutation hashing (Li, Owen & Zhang 2012) with
//! optimal densification (Shrivastava 2017), and their LSH band keys.
//!
//! One hash per shingle fills `k` bins at once instead of `k` hashes per
//! shingle, which is what makes a million articles fit in a minute; empty
//! bins borrow a value from a pseudo-randomly chosen filled bin, the same
//! choice for every document, so collision probability stays the Jaccard.

use crate::shingles::{combine, fmix64};

/// Value of a bin no shingle fell into.
const EMPTY: u32 = u32::MAX;

/// The `k`-bin signature of a set of shingle hashes (duplicates allowed);
/// `None` for an empty set.
pub(crate) fn signature(hashes: &[u64], k: usize, out: &mut Vec<u32>) -> Option<()> {
    out.clear();
    if hashes.is_empty() || k == 0 {
        return None;
    }
    out.resize(k, EMPTY);
    let mut filled = vec![false; k];
    for &h in hashes {
        let bin = (((h >> 32) * k as u64) >> 32) as usize;
        let value = (h as u32).min(EMPTY - 1);
        if value < out[bin] {
            out[bin] = value;
        }
        filled[bin] = true;
    }
    densify(out, &filled);
    Some(())
}

/// Fills each empty bin from the first filled bin of its own probe sequence.
fn densify(sig: &mut [u32], filled: &[bool]) {
    let k = sig.len() as u64;
    for i in 0..sig.len() {
        if filled[i] {
            continue;
        }
        let mut attempt = 0u64;
        let source = loop {
            attempt += 1;
            let j = (((fmix64(combine(i as u64, attempt)) >> 32) * k) >> 32) as usize;
            if filled[j] {
                break j;
            }
            if attempt > 4 * k {
                // Astronomically rare: fall back to the first filled bin.
                break filled.iter().position(|&f| f).unwrap_or(i);
            }
        };
        sig[i] = sig[source];
    }
}

/// One 32-bit key per band of `rows` consecutive bins: two documents share
/// band `b`'s key (bar 2^-32 collisions) when those bins all agree.
pub(crate) fn band_keys(sig: &[u32], rows: usize, out: &mut Vec<u32>) {
    out.clear();
    if rows == 0 {
        return;
    }
    for (b, band) in sig.chunks_exact(rows).enumerate() {
        let h = band.iter().fold(b as u64 + 1, |h, &v| combine(h, u64::from(v)));
        out.push((fmix64(h) >> 32) as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(range: std::ops::Range<u64>) -> Vec<u64> {
        range.map(fmix64).collect()
    }

    fn agreement(a: &[u64], b: &[u64], k: usize) -> f64 {
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        signature(a, k, &mut sa).unwrap();
        signature(b, k, &mut sb).unwrap();
        sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / k as f64
    }

    #[test]
    fn bin_agreement_estimates_jaccard() {
        // |A ∩ B| = 600, |A ∪ B| = 1400: J = 0.43.
        let j = agreement(&set(0..1000), &set(400..1400), 1024);
        assert!((j - 600.0 / 1400.0).abs() < 0.05, "{j}");
    }

    #[test]
    fn densified_small_sets_still_estimate_jaccard() {
        let j = agreement(&set(0..40), &set(20..60), 1024);
        assert!((j - 20.0 / 60.0).abs() < 0.08, "{j}");
        assert_eq!(agreement(&set(0..3), &set(0..3), 128), 1.0);
    }

    #[test]
    fn empty_set_has_no_signature() {
        assert!(signature(&[], 128, &mut Vec::new()).is_none());
    }

    #[test]
    fn band_keys_agree_exactly_when_bands_agree() {
        let (mut keys_a, mut keys_b) = (Vec::new(), Vec::new());
        band_keys(&[1, 2, 3, 4, 5, 6], 3, &mut keys_a);
        band_keys(&[1, 2, 3, 4, 5, 7], 3, &mut keys_b);
        assert_eq!(keys_a.len(), 2);
        assert_eq!(keys_a[0], keys_b[0]);
        assert_ne!(keys_a[1], keys_b[1]);
    }
}
