//! Verifying a candidate pair on the shingle sets themselves (or their
//! mod-m samples): Jaccard and both containments, as Broder defines them.

use crate::dedup::{DedupConfig, Relation};
use crate::sketch::DocSketch;
use serde::{Deserialize, Serialize};

/// How much two documents `a` and `b` overlap, seen from `a`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overlap {
    /// |A ∩ B| / |A ∪ B|.
    pub jaccard: f64,
    /// |A ∩ B| / |A|: how much of `a` is inside `b`.
    pub containment: f64,
    /// |A ∩ B| / |B|: how much of `b` is inside `a`.
    pub reverse_containment: f64,
    /// |A ∩ B|, estimated as the shared sample times the sample modulus.
    pub shared_shingles: usize,
}

impl Overlap {
    /// The same overlap seen from `b`.
    pub fn reversed(self) -> Overlap {
        Overlap { containment: self.reverse_containment, reverse_containment: self.containment, ..self }
    }

    /// The overlap of a document with an exact copy of itself.
    pub(crate) fn identical(sketch: &DocSketch, modulus: u32) -> Overlap {
        Overlap {
            jaccard: 1.0,
            containment: 1.0,
            reverse_containment: 1.0,
            shared_shingles: sketch.sample().len() * modulus.max(1) as usize,
        }
    }
}

/// Measures the overlap of two sketches on their samples.
pub(crate) fn measure(a: &DocSketch, b: &DocSketch, modulus: u32) -> Overlap {
    let (sa, sb) = (a.sample(), b.sample());
    let shared = intersection_size(sa, sb);
    let union = sa.len() + sb.len() - shared;
    let ratio = |x: usize, y: usize| if y == 0 { 0.0 } else { x as f64 / y as f64 };
    Overlap {
        jaccard: ratio(shared, union),
        containment: ratio(shared, sa.len()),
        reverse_containment: ratio(shared, sb.len()),
        shared_shingles: shared * modulus.max(1) as usize,
    }
}

/// Size of the intersection of two sorted, distinct slices.
fn intersection_size(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

impl DedupConfig {
    /// Whether an overlap is strong enough to put two documents in one cluster:
    /// enough shared shingles, and a Jaccard or a containment over its threshold.
    pub fn accepts(&self, overlap: &Overlap) -> bool {
        overlap.shared_shingles >= self.min_shared_shingles
            && (overlap.jaccard >= self.jaccard_threshold
                || overlap.containment.max(overlap.reverse_containment) >= self.containment_threshold)
    }

    /// How `a` relates to `b` given their (accepted) overlap: near-duplicate
    /// when most of both overlap, contained / contains when only one side is
    /// mostly inside the other.
    pub fn relation(&self, overlap: &Overlap) -> Relation {
        let t = self.containment_threshold;
        let (inside, around) = (overlap.containment >= t, overlap.reverse_containment >= t);
        match (inside, around) {
            (true, false) => Relation::Contained,
            (false, true) => Relation::Contains,
            _ => Relation::NearDuplicate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlap(jaccard: f64, containment: f64, reverse_containment: f64, shared_shingles: usize) -> Overlap {
        Overlap { jaccard, containment, reverse_containment, shared_shingles }
    }

    #[test]
    fn intersection_of_sorted_slices() {
        assert_eq!(intersection_size(&[1, 3, 5, 7], &[2, 3, 4, 7, 9]), 2);
        assert_eq!(intersection_size(&[], &[1]), 0);
    }

    #[test]
    fn low_jaccard_high_containment_is_accepted_as_contained() {
        let c = DedupConfig::default();
        let small_inside_big = overlap(0.2, 0.95, 0.2, 100);
        assert!(c.accepts(&small_inside_big));
        assert_eq!(c.relation(&small_inside_big), Relation::Contained);
        assert_eq!(c.relation(&small_inside_big.reversed()), Relation::Contains);
    }

    #[test]
    fn mutual_overlap_is_near_duplicate() {
        let c = DedupConfig::default();
        assert_eq!(c.relation(&overlap(0.8, 0.9, 0.88, 300)), Relation::NearDuplicate);
        assert_eq!(c.relation(&overlap(0.55, 0.7, 0.72, 300)), Relation::NearDuplicate);
    }

    #[test]
    fn shared_quote_or_template_is_rejected() {
        let c = DedupConfig::default();
        assert!(!c.accepts(&overlap(0.08, 0.15, 0.12, 40)));
        assert!(!c.accepts(&overlap(1.0, 1.0, 1.0, 3)), "too few shingles to tell");
    }
}
