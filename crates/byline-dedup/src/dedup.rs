//! PLACEHOLDER implementation: the public types are the contract other crates
//! build on; the bodies are a naive first cut to be replaced.

use serde::{Deserialize, Serialize};

/// One document as deduplication sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DedupDoc {
    /// The document's id.
    pub id: String,
    /// Its normalized body (boilerplate, headline and captions removed).
    pub body: String,
    /// ISO 639-1 language code used to pick the stemmer (`"en"`, `"fr"`).
    pub lang: String,
    /// Publication date as `YYYY-MM-DD…` when known: earlier wins ties.
    pub date: Option<String>,
}

impl DedupDoc {
    /// An English document with no date.
    pub fn new(id: impl Into<String>, body: impl Into<String>) -> DedupDoc {
        DedupDoc { id: id.into(), body: body.into(), lang: "en".into(), date: None }
    }
}

/// How a member relates to its cluster's canonical document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// It is the canonical document.
    Canonical,
    /// Same normalized body.
    Exact,
    /// Most of both overlap.
    NearDuplicate,
    /// This document is mostly inside the canonical one.
    Contained,
    /// The canonical document is mostly inside this one.
    Contains,
}

impl Relation {
    /// The report name (`"near-duplicate"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Canonical => "canonical",
            Relation::Exact => "exact",
            Relation::NearDuplicate => "near-duplicate",
            Relation::Contained => "contained",
            Relation::Contains => "contains",
        }
    }
}

/// One document of a cluster with the evidence for its membership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Index of the document in the input slice.
    pub doc: usize,
    /// How it relates to the canonical document.
    pub relation: Relation,
    /// Jaccard similarity of its shingle set with the canonical's (1 for the canonical).
    pub jaccard: f64,
    /// Share of its shingles found in the canonical (1 for the canonical).
    pub containment: f64,
    /// Number of shingles shared with the canonical.
    pub shared_shingles: usize,
}

/// A group of overlapping documents; singletons are clusters too.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// Index of the canonical (most complete) document.
    pub canonical: usize,
    /// All members, the canonical first, then by input order.
    pub members: Vec<Member>,
}

/// Builds a [`Deduplicator`].
#[derive(Clone, Debug, Default)]
pub struct DeduplicatorBuilder {}

impl DeduplicatorBuilder {
    /// The finished deduplicator.
    pub fn build(self) -> Deduplicator {
        Deduplicator {}
    }
}

/// Clusters overlapping documents.
#[derive(Clone, Debug)]
pub struct Deduplicator {}

impl Deduplicator {
    /// A builder with the default thresholds.
    pub fn builder() -> DeduplicatorBuilder {
        DeduplicatorBuilder::default()
    }

    /// Partitions `docs` into clusters, ordered by their first document.
    pub fn cluster(&self, docs: &[DedupDoc]) -> Vec<Cluster> {
        let mut clusters: Vec<Cluster> = Vec::new();
        for (i, d) in docs.iter().enumerate() {
            let found = clusters.iter_mut().find(|c| docs[c.canonical].body == d.body);
            let member = |relation| Member { doc: i, relation, jaccard: 1.0, containment: 1.0, shared_shingles: 0 };
            match found {
                Some(c) => c.members.push(member(Relation::Exact)),
                None => clusters.push(Cluster { canonical: i, members: vec![member(Relation::Canonical)] }),
            }
        }
        clusters
    }
}
