//! Star clustering: every member overlaps its canonical directly, so an
//! article can never join a cluster through a middle article it links to
//! unrelated ones (no chaining).
//!
//! Documents are visited from the most complete (most words, then earliest
//! date, then id); an unassigned document becomes a canonical and takes every
//! unassigned document it overlaps. Exact copies follow their representative.

use crate::dedup::{Cluster, DedupConfig, Member, Relation};
use crate::sketch::DocSketch;
use crate::verify::Overlap;
use std::cmp::Reverse;

/// A verified overlap between documents `a` and `b`, seen from `a`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    /// One document (index into the corpus).
    pub a: u32,
    /// The other document.
    pub b: u32,
    /// Their overlap seen from `a`.
    pub overlap: Overlap,
}

/// Document indices from the most to the least complete: most words, then
/// earliest date (undated last), then id, then input order.
pub(crate) fn priority_order(sketches: &[DocSketch]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..sketches.len() as u32).collect();
    order.sort_by_key(|&i| {
        let s = &sketches[i as usize];
        (Reverse(s.words()), s.date().is_none(), s.date(), s.id(), i)
    });
    order
}

/// `rank[i]`: position of document `i` in `order`.
pub(crate) fn ranks(order: &[u32]) -> Vec<u32> {
    let mut rank = vec![0u32; order.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    rank
}

/// For each document, the first document in priority order with the same
/// body (itself when it is the first). Bodies under `min_words` words are
/// too short to call copies ("Read more.") and represent themselves.
pub(crate) fn exact_representatives(sketches: &[DocSketch], order: &[u32], min_words: usize) -> Vec<u32> {
    let mut rep: Vec<u32> = (0..sketches.len() as u32).collect();
    let mut by_hash: Vec<(u64, u32, u32)> = order
        .iter()
        .enumerate()
        .filter(|(_, &i)| sketches[i as usize].words() as usize >= min_words.max(1))
        .map(|(r, &i)| (sketches[i as usize].exact_hash(), r as u32, i))
        .collect();
    by_hash.sort_unstable();
    for run in by_hash.chunk_by(|x, y| x.0 == y.0) {
        for &(_, _, i) in run {
            rep[i as usize] = run[0].2;
        }
    }
    rep
}

/// Partitions the corpus given its verified edges.
pub(crate) fn star_clusters(
    config: &DedupConfig,
    sketches: &[DocSketch],
    order: &[u32],
    reps: &[u32],
    mut edges: Vec<Edge>,
) -> Vec<Cluster> {
    let n = sketches.len();
    let reversed: Vec<Edge> = edges.iter().map(|e| Edge { a: e.b, b: e.a, overlap: e.overlap.reversed() }).collect();
    edges.extend(reversed);
    let rank = ranks(order);
    edges.sort_by_key(|e| (e.a, rank[e.b as usize]));
    let starts = adjacency_starts(&edges, n);

    const NONE: u32 = u32::MAX;
    let mut cluster_of = vec![NONE; n];
    let mut member: Vec<Option<Member>> = vec![None; n];
    let mut canonicals: Vec<u32> = Vec::new();
    for &c in order.iter().filter(|&&i| reps[i as usize] == i) {
        if cluster_of[c as usize] != NONE {
            continue;
        }
        let id = canonicals.len() as u32;
        canonicals.push(c);
        cluster_of[c as usize] = id;
        member[c as usize] = Some(canonical_member(c as usize, shingle_estimate(&sketches[c as usize], config)));
        for e in &edges[starts[c as usize]..starts[c as usize + 1]] {
            let x = e.b as usize;
            if cluster_of[x] == NONE {
                cluster_of[x] = id;
                let seen_from_x = e.overlap.reversed();
                member[x] = Some(overlap_member(x, config.relation(&seen_from_x), &seen_from_x));
            }
        }
    }
    for i in 0..n {
        let r = reps[i] as usize;
        if r != i {
            cluster_of[i] = cluster_of[r];
            member[i] = Some(copy_member(i, member[r].as_ref(), &sketches[r], config.sample_modulus));
        }
    }
    assemble(canonicals, &cluster_of, member)
}

fn adjacency_starts(edges: &[Edge], n: usize) -> Vec<usize> {
    let mut starts = vec![0usize; n + 1];
    for e in edges {
        starts[e.a as usize + 1] += 1;
    }
    for i in 0..n {
        starts[i + 1] += starts[i];
    }
    starts
}

fn canonical_member(doc: usize, shingles: usize) -> Member {
    Member { doc, relation: Relation::Canonical, jaccard: 1.0, containment: 1.0, shared_shingles: shingles }
}

/// The canonical "shares" all its own shingles.
fn shingle_estimate(sketch: &DocSketch, config: &DedupConfig) -> usize {
    sketch.sample().len() * config.sample_modulus.max(1) as usize
}

fn overlap_member(doc: usize, relation: Relation, o: &Overlap) -> Member {
    Member { doc, relation, jaccard: o.jaccard, containment: o.containment, shared_shingles: o.shared_shingles }
}

/// An exact copy of `rep`: `exact` beside a canonical representative, else
/// the representative's own relation to the canonical.
fn copy_member(doc: usize, rep: Option<&Member>, rep_sketch: &DocSketch, modulus: u32) -> Member {
    match rep {
        Some(m) if m.relation != Relation::Canonical => Member { doc, ..m.clone() },
        _ => overlap_member(doc, Relation::Exact, &Overlap::identical(rep_sketch, modulus)),
    }
}

/// Clusters in order of their first document; members canonical first, then by input order.
fn assemble(canonicals: Vec<u32>, cluster_of: &[u32], member: Vec<Option<Member>>) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> =
        canonicals.iter().map(|&c| Cluster { canonical: c as usize, members: Vec::new() }).collect();
    for (i, m) in member.into_iter().enumerate() {
        let m = m.unwrap_or_else(|| canonical_member(i, 0));
        let c = &mut clusters[cluster_of[i] as usize];
        if m.relation == Relation::Canonical {
            c.members.insert(0, m);
        } else {
            c.members.push(m);
        }
    }
    for c in &mut clusters {
        if let Some(pos) = c.members.iter().position(|m| m.doc == c.canonical) {
            let canonical = c.members.remove(pos);
            c.members.insert(0, canonical);
        }
    }
    clusters.sort_by_key(|c| c.members.iter().map(|m| m.doc).min());
    clusters
}
