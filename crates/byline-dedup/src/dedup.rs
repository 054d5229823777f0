//! The public face of deduplication: documents in, clusters out, with the
//! thresholds that decide what counts as an overlap.

use crate::cluster::{self, Edge};
use crate::lsh;
use crate::sketch::{DocSketch, Sketcher};
use crate::verify::{self, Overlap};
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

    /// The same document in language `lang` (ISO 639-1).
    pub fn with_lang(mut self, lang: impl Into<String>) -> DedupDoc {
        self.lang = lang.into();
        self
    }

    /// The same document with a publication date (`YYYY-MM-DD…`).
    pub fn with_date(mut self, date: impl Into<String>) -> DedupDoc {
        self.date = Some(date.into());
        self
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

/// Every setting of deduplication. The defaults were chosen by measurement
/// on the generated PolNeAR corpus (`cargo xtask eval dedup`; see the crate
/// README for the sweep).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DedupConfig {
    /// Words per shingle (default 5).
    pub shingle_size: usize,
    /// LSH bands (default 42).
    pub bands: usize,
    /// MinHash bins per band (default 3): 42 x 3 = 126 bins, LSH threshold
    /// near Jaccard (1/42)^(1/3) = 0.29, so pairs at Jaccard 0.5 are found
    /// with probability 0.996.
    pub rows: usize,
    /// Verification keeps the shingles whose hash is 0 mod this (default 1:
    /// every shingle, exact figures). 4 or 8 cut memory at corpus scale for
    /// a small estimation error.
    pub sample_modulus: u32,
    /// One shingle in this many is an anchor for the containment path (default 16).
    pub anchor_modulus: u32,
    /// Shared anchors that make a containment candidate (default 2).
    pub min_shared_anchors: usize,
    /// Anchors in more documents than this are template text, not evidence (default 100).
    pub max_anchor_df: usize,
    /// In a crowded LSH bucket each document is paired with at most this many
    /// documents of higher canonical priority (default 100).
    pub max_bucket: usize,
    /// Jaccard at or above which two documents overlap (default 0.5).
    pub jaccard_threshold: f64,
    /// Containment at or above which one document is mostly inside the other (default 0.8).
    pub containment_threshold: f64,
    /// Fewer shared shingles than this is never an overlap (default 10).
    pub min_shared_shingles: usize,
}

impl Default for DedupConfig {
    fn default() -> Self {
        DedupConfig {
            shingle_size: 5,
            bands: 42,
            rows: 3,
            sample_modulus: 1,
            anchor_modulus: 16,
            min_shared_anchors: 2,
            max_anchor_df: 100,
            max_bucket: 100,
            jaccard_threshold: 0.5,
            containment_threshold: 0.8,
            min_shared_shingles: 10,
        }
    }
}

/// Builds a [`Deduplicator`].
#[derive(Clone, Debug, Default)]
pub struct DeduplicatorBuilder {
    config: DedupConfig,
}

impl DeduplicatorBuilder {
    /// Words per shingle (at least 1).
    pub fn shingle_size(mut self, n: usize) -> Self {
        self.config.shingle_size = n.max(1);
        self
    }

    /// LSH banding: `bands` bands of `rows` MinHash bins each (both at least 1).
    pub fn lsh(mut self, bands: usize, rows: usize) -> Self {
        self.config.bands = bands.max(1);
        self.config.rows = rows.max(1);
        self
    }

    /// Jaccard at or above which two documents overlap.
    pub fn jaccard_threshold(mut self, t: f64) -> Self {
        self.config.jaccard_threshold = t;
        self
    }

    /// Containment at or above which one document is mostly inside another.
    pub fn containment_threshold(mut self, t: f64) -> Self {
        self.config.containment_threshold = t;
        self
    }

    /// Fewest shared shingles for an overlap.
    pub fn min_shared_shingles(mut self, n: usize) -> Self {
        self.config.min_shared_shingles = n;
        self
    }

    /// Verify on a 1-in-`m` sample of shingles instead of all (memory at corpus scale).
    pub fn sample_modulus(mut self, m: u32) -> Self {
        self.config.sample_modulus = m.max(1);
        self
    }

    /// Containment path: one anchor per `modulus` shingles, `min_shared` shared
    /// anchors make a candidate, anchors in more than `max_df` documents are ignored.
    pub fn anchors(mut self, modulus: u32, min_shared: usize, max_df: usize) -> Self {
        self.config.anchor_modulus = modulus.max(1);
        self.config.min_shared_anchors = min_shared.max(1);
        self.config.max_anchor_df = max_df.max(2);
        self
    }

    /// Most higher-priority partners per document in one LSH bucket.
    pub fn max_bucket(mut self, n: usize) -> Self {
        self.config.max_bucket = n.max(1);
        self
    }

    /// Every setting at once.
    pub fn config(mut self, config: DedupConfig) -> Self {
        self.config = config;
        self
    }

    /// The finished deduplicator.
    pub fn build(self) -> Deduplicator {
        Deduplicator { config: self.config }
    }
}

/// Clusters overlapping documents.
///
/// [`Deduplicator::cluster`] does everything for an in-memory corpus. At
/// corpus scale, run the steps yourself: [`Deduplicator::sketcher`] per
/// thread to sketch documents (in parallel, dropping the text), then
/// [`Deduplicator::candidate_pairs`], [`Deduplicator::verify`] on each pair
/// (in parallel) and [`Deduplicator::cluster_edges`]. The result is the same
/// whatever the number of threads.
#[derive(Clone, Debug, Default)]
pub struct Deduplicator {
    config: DedupConfig,
}

impl Deduplicator {
    /// A builder with the default thresholds.
    pub fn builder() -> DeduplicatorBuilder {
        DeduplicatorBuilder::default()
    }

    /// The settings in use.
    pub fn config(&self) -> &DedupConfig {
        &self.config
    }

    /// Partitions `docs` into clusters, ordered by their first document.
    pub fn cluster(&self, docs: &[DedupDoc]) -> Vec<Cluster> {
        let mut sketcher = self.sketcher();
        let sketches: Vec<DocSketch> = docs.iter().map(|d| sketcher.sketch(d)).collect();
        self.cluster_sketches(&sketches)
    }

    /// A sketcher (one per thread) turning documents into [`DocSketch`]es.
    pub fn sketcher(&self) -> Sketcher<'_> {
        Sketcher::new(&self.config)
    }

    /// The sketch of one document.
    pub fn sketch(&self, doc: &DedupDoc) -> DocSketch {
        self.sketcher().sketch(doc)
    }

    /// Partitions sketched documents into clusters (sequentially).
    pub fn cluster_sketches(&self, sketches: &[DocSketch]) -> Vec<Cluster> {
        let edges = self
            .candidate_pairs(sketches)
            .into_iter()
            .filter_map(|(a, b)| {
                let overlap = self.verify(&sketches[a as usize], &sketches[b as usize])?;
                Some(Edge { a, b, overlap })
            })
            .collect();
        self.cluster_edges(sketches, edges)
    }

    /// Pairs worth verifying `(a, b)`, `a < b`, sorted. Exact copies are left
    /// out (they follow their first copy) and so are empty bodies.
    pub fn candidate_pairs(&self, sketches: &[DocSketch]) -> Vec<(u32, u32)> {
        let (eligible, rank) = self.candidate_scope(sketches);
        lsh::candidate_pairs(&self.config, sketches, &eligible, &rank)
    }

    /// The LSH-banding half of [`Deduplicator::candidate_pairs`]: with
    /// [`Deduplicator::anchor_candidate_pairs`] on another thread and
    /// [`merge_candidate_pairs`] after, the same pairs in about half the time.
    pub fn lsh_candidate_pairs(&self, sketches: &[DocSketch]) -> Vec<(u32, u32)> {
        let (eligible, rank) = self.candidate_scope(sketches);
        lsh::lsh_candidate_pairs(&self.config, sketches, &eligible, &rank)
    }

    /// The anchor (containment) half of [`Deduplicator::candidate_pairs`].
    pub fn anchor_candidate_pairs(&self, sketches: &[DocSketch]) -> Vec<(u32, u32)> {
        let (eligible, _) = self.candidate_scope(sketches);
        lsh::anchor_candidate_pairs(&self.config, sketches, &eligible)
    }

    /// Which documents take part in candidate search (first exact copies with
    /// words) and their canonical priority.
    fn candidate_scope(&self, sketches: &[DocSketch]) -> (Vec<bool>, Vec<u32>) {
        let order = cluster::priority_order(sketches);
        let reps = cluster::exact_representatives(sketches, &order, self.config.min_shared_shingles);
        let eligible = (0..sketches.len()).map(|i| reps[i] as usize == i && !sketches[i].is_empty()).collect();
        (eligible, cluster::ranks(&order))
    }

    /// The overlap of `a` and `b` seen from `a`, if it is strong enough to
    /// put them in one cluster.
    pub fn verify(&self, a: &DocSketch, b: &DocSketch) -> Option<Overlap> {
        let overlap = self.measure(a, b);
        self.config.accepts(&overlap).then_some(overlap)
    }

    /// The overlap of `a` and `b` seen from `a`, whatever its strength.
    pub fn measure(&self, a: &DocSketch, b: &DocSketch) -> Overlap {
        verify::measure(a, b, self.config.sample_modulus)
    }

    /// Partitions the corpus given its verified edges (any order).
    pub fn cluster_edges(&self, sketches: &[DocSketch], edges: Vec<Edge>) -> Vec<Cluster> {
        let order = cluster::priority_order(sketches);
        let reps = cluster::exact_representatives(sketches, &order, self.config.min_shared_shingles);
        cluster::star_clusters(&self.config, sketches, &order, &reps, edges)
    }
}

/// The union of two sorted candidate lists, sorted and distinct.
pub fn merge_candidate_pairs(mut a: Vec<(u32, u32)>, b: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    a.extend(b);
    a.sort_unstable();
    a.dedup();
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_candidate_paths_make_the_whole() {
        let docs = [
            DedupDoc::new("a", STORY),
            DedupDoc::new("b", format!("{STORY}{UPDATE}")),
            DedupDoc::new("c", OTHER),
            DedupDoc::new("d", UPDATE),
        ];
        let dedup = Deduplicator::default();
        let sketches: Vec<DocSketch> = docs.iter().map(|d| dedup.sketch(d)).collect();
        let merged =
            merge_candidate_pairs(dedup.lsh_candidate_pairs(&sketches), dedup.anchor_candidate_pairs(&sketches));
        assert_eq!(merged, dedup.candidate_pairs(&sketches));
        assert!(merged.contains(&(0, 1)));
    }

    const STORY: &str = "Prime Minister Justin Trudeau and other Liberal MPs took part in a closed-door workshop \
        on creating safe workplaces at the party convention in Halifax on Saturday. The session was closed to \
        the media so that delegates could share personal stories. One MP who stepped down from cabinet in \
        January pending an investigation into complaints against him attended the session. Arriving in the \
        morning, he said it was always good to learn about new best practices and declined to comment on the \
        investigation itself.";
    const UPDATE: &str = " Later in the day the prime minister told reporters that the party had made real \
        progress on harassment policy, though critics said the changes came too slowly and that victims still \
        faced too many obstacles. Delegates also voted on a resolution about pharmacare and debated the \
        legalization of cannabis, which the government hopes to finish by the summer.";
    const OTHER: &str = "The Calgary Flames beat the Edmonton Oilers four to two on Saturday night, with two goals \
        in the third period sealing the win before a sold-out crowd that had waited all season for a result.";

    fn relations(clusters: &[Cluster]) -> Vec<Vec<(usize, &'static str)>> {
        clusters.iter().map(|c| c.members.iter().map(|m| (m.doc, m.relation.as_str())).collect()).collect()
    }

    #[test]
    fn exact_contained_and_unrelated() {
        let docs = vec![
            DedupDoc::new("early", STORY),
            DedupDoc::new("other", OTHER),
            DedupDoc::new("full", format!("{STORY}{UPDATE}")),
            DedupDoc::new("copy", STORY.replace("Saturday", "SATURDAY")),
        ];
        let clusters = Deduplicator::default().cluster(&docs);
        assert_eq!(
            relations(&clusters),
            vec![vec![(2, "canonical"), (0, "contained"), (3, "contained")], vec![(1, "canonical")]]
        );
        let early = &clusters[0].members[1];
        assert!(early.containment > 0.99 && early.jaccard < 0.8, "{early:?}");
    }

    #[test]
    fn exact_copies_of_the_canonical_are_exact() {
        let docs = vec![DedupDoc::new("b", STORY), DedupDoc::new("a", STORY), DedupDoc::new("c", OTHER)];
        let clusters = Deduplicator::default().cluster(&docs);
        assert_eq!(relations(&clusters), vec![vec![(1, "canonical"), (0, "exact")], vec![(2, "canonical")]]);
    }

    #[test]
    fn ties_go_to_the_earliest_date() {
        let docs =
            vec![DedupDoc::new("a", STORY).with_date("2018-04-22"), DedupDoc::new("b", STORY).with_date("2018-04-21")];
        assert_eq!(Deduplicator::default().cluster(&docs)[0].canonical, 1);
    }

    #[test]
    fn no_chaining_through_a_middle_document() {
        // a overlaps b and b overlaps c, but a and c share almost nothing.
        let a = format!("{STORY}{UPDATE}");
        let b = format!("{UPDATE} {OTHER}");
        let c = format!("{OTHER} {OTHER_TAIL}");
        let docs = vec![DedupDoc::new("a", a), DedupDoc::new("b", b), DedupDoc::new("c", c)];
        let clusters =
            Deduplicator::builder().jaccard_threshold(0.3).containment_threshold(0.45).build().cluster(&docs);
        for cluster in &clusters {
            let canonical = &docs[cluster.canonical];
            for m in &cluster.members[1..] {
                let overlap = Deduplicator::default()
                    .measure(&Deduplicator::default().sketch(&docs[m.doc]), &Deduplicator::default().sketch(canonical));
                assert!(overlap.containment >= 0.45 || overlap.jaccard >= 0.3, "{m:?}");
            }
        }
        assert!(clusters.len() >= 2);
    }

    const OTHER_TAIL: &str = "Fans poured onto the streets afterwards, and the coach said the team had finally \
        found its identity after a long and difficult stretch of losses on the road.";

    #[test]
    fn empty_and_tiny_bodies_stay_alone() {
        let docs = vec![
            DedupDoc::new("a", ""),
            DedupDoc::new("b", ""),
            DedupDoc::new("c", "Read more."),
            DedupDoc::new("d", "Read more."),
        ];
        let clusters = Deduplicator::default().cluster(&docs);
        assert_eq!(clusters.len(), 4, "{clusters:?}");
    }

    #[test]
    fn clusters_partition_the_corpus() {
        let docs: Vec<DedupDoc> = (0..30)
            .map(|i| match i % 3 {
                0 => DedupDoc::new(format!("d{i}"), STORY),
                1 => DedupDoc::new(format!("d{i}"), format!("{STORY}{UPDATE}")),
                _ => DedupDoc::new(format!("d{i}"), format!("{OTHER} {i}")),
            })
            .collect();
        let clusters = Deduplicator::default().cluster(&docs);
        let mut seen: Vec<usize> = clusters.iter().flat_map(|c| c.members.iter().map(|m| m.doc)).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..30).collect::<Vec<_>>());
    }
}

#[cfg(test)]
mod robustness {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_bodies_give_a_partition(bodies in proptest::collection::vec("(?s).{0,300}", 0..8), lang in "[a-z]{0,3}") {
            let docs: Vec<DedupDoc> = bodies.iter().enumerate().map(|(i, b)| DedupDoc::new(i.to_string(), b.as_str()).with_lang(lang.as_str())).collect();
            let clusters = Deduplicator::default().cluster(&docs);
            let mut seen: Vec<usize> = clusters.iter().flat_map(|c| c.members.iter().map(|m| m.doc)).collect();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..docs.len()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn huge_and_repetitive_bodies_are_fine() {
        let huge = "word ".repeat(200_000);
        let quotes = "\"".repeat(10_000);
        let docs = vec![
            DedupDoc::new("a", huge.as_str()),
            DedupDoc::new("b", huge.as_str()),
            DedupDoc::new("c", quotes),
            DedupDoc::new("d", "\u{0}\u{fffd}\u{1}"),
        ];
        let clusters = Deduplicator::default().cluster(&docs);
        assert_eq!(clusters.len(), 3);
        assert_eq!(clusters[0].members[1].relation, Relation::Exact);
    }

    #[test]
    fn many_copies_of_one_story_stay_linear() {
        let story = "The council voted on Tuesday to extend the transit line to the airport, a project first proposed a decade ago and delayed by cost overruns and a change of government.";
        let docs: Vec<DedupDoc> =
            (0..1500).map(|i| DedupDoc::new(i.to_string(), format!("{story} Update {i}."))).collect();
        let clusters = Deduplicator::default().cluster(&docs);
        assert_eq!(clusters.len(), 1);
    }
}
