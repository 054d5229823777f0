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
//! # Example
//!
//! ```
//! use byline_dedup::{DedupDoc, Deduplicator};
//!
//! let body = "The minister said the review would take months. Critics said it was too slow.";
//! let docs = vec![DedupDoc::new("a", body), DedupDoc::new("b", body), DedupDoc::new("c", "Unrelated text about hockey scores.")];
//! let clusters = Deduplicator::builder().build().cluster(&docs);
//! assert_eq!(clusters.len(), 2);
//! ```
#![deny(missing_docs)]

mod dedup;

pub use dedup::{Cluster, DedupDoc, Deduplicator, DeduplicatorBuilder, Member, Relation};

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::Deduplicator>();
        assert_send_sync::<super::Cluster>();
    }
}
