//! Finds news articles that overlap: exact copies, near-duplicates and one
//! article contained in another.
//!
//! # Brief overview
//!
//! [`Deduplicator`] (built with [`DeduplicatorBuilder`]) clusters a corpus of
//! [`DedupDoc`]s (each a normalized body with its language and date) into
//! [`Cluster`]s that partition it; every [`Member`] says how it relates to
//! the cluster's canonical document ([`Relation`]) with the evidence
//! (Jaccard, containment, shared shingles).
//!
//! How:
//! 1. **Shingles**: lowercased words stemmed for the document's language
//!    (rust-stemmers), every 5 consecutive stems hashed (xxh3) into one shingle.
//! 2. **Exact copies**: same word sequence (case, punctuation, quote style
//!    ignored); only the first copy goes on to the next steps.
//! 3. **Candidates**: MinHash by one-permutation hashing, LSH banding (42 x 3)
//!    for similar pairs, and shared *anchor* shingles (1 in 16) for
//!    containment, where Jaccard is low because one article is short.
//! 4. **Verification** of each candidate on the shingle sets (or Broder's
//!    mod-m sample of them): Jaccard and both containments.
//! 5. **Star clustering**: from the most complete article down, each
//!    unassigned article becomes a canonical and takes the unassigned
//!    articles it overlaps directly, so no article joins through a middle one.
//!    Canonical = most words, then earliest date, then id.
//!
//! [`DedupIndex`] does the same incrementally, one article at a time, and
//! can be saved and loaded. At corpus scale, sketch documents in parallel
//! with one [`Sketcher`] per thread and keep only the [`DocSketch`]es (see
//! [`Deduplicator`]).
//!
//! Defaults (shingle size 5, Jaccard 0.5, containment 0.8, LSH 42 x 3) are
//! justified by the measurements in the crate README (`cargo xtask eval dedup`).
//!
//! # Example
//!
//! ```
//! use byline_dedup::{DedupDoc, Deduplicator, Relation};
//!
//! let early = "The minister said the review would take months. Critics said it was far too slow \
//!              and that the families affected deserved answers before the end of the year.";
//! let update = format!("{early} On Tuesday the minister said a first report would come in June, \
//!              and that the review would look at every case filed since 2015.");
//! let docs = vec![
//!     DedupDoc::new("a", early),
//!     DedupDoc::new("b", update),
//!     DedupDoc::new("c", "Unrelated text about hockey scores from the weekend games in the west."),
//! ];
//! let clusters = Deduplicator::builder().build().cluster(&docs);
//! assert_eq!(clusters.len(), 2);
//! assert_eq!(clusters[0].canonical, 1);
//! assert_eq!(clusters[0].members[1].relation, Relation::Contained);
//! ```
#![deny(missing_docs)]

mod cluster;
mod dedup;
mod index;
mod lsh;
mod minhash;
mod shingles;
mod sketch;
mod verify;

pub use cluster::Edge;
pub use dedup::{
    merge_candidate_pairs, Cluster, DedupConfig, DedupDoc, Deduplicator, DeduplicatorBuilder, Member, Relation,
};
pub use index::{DedupIndex, IndexMatch};
pub use sketch::{DocSketch, Sketcher};
pub use verify::Overlap;

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::Deduplicator>();
        assert_send_sync::<super::Cluster>();
        assert_send_sync::<super::DedupIndex>();
        assert_send_sync::<super::DocSketch>();
        assert_send_sync::<super::Sketcher<'static>>();
    }
}
