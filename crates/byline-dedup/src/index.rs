//! An incremental index: add articles one at a time and learn which earlier
//! articles each one overlaps, e.g. a daily crawl against last month's.
//! Saved and loaded with serde (only the settings and the sketches are
//! written; the lookup tables are rebuilt on load).

use crate::dedup::{DedupConfig, DedupDoc, Deduplicator, Relation};
use crate::shingles::PrehashedMap;
use crate::sketch::{DocSketch, SketchBuffers};
use serde::{Deserialize, Serialize};

/// One earlier article that a new article overlaps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexMatch {
    /// Position of the earlier article in insertion order.
    pub doc: usize,
    /// Its id.
    pub id: String,
    /// How the new article relates to it (`contained`: the new one is mostly inside it).
    pub relation: Relation,
    /// Jaccard of the two shingle sets.
    pub jaccard: f64,
    /// Share of the new article's shingles found in the earlier one.
    pub containment: f64,
    /// Share of the earlier article's shingles found in the new one.
    pub reverse_containment: f64,
    /// Number of shared shingles.
    pub shared_shingles: usize,
}

/// Articles seen so far, searchable by overlap.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(from = "SavedIndex", into = "SavedIndex")]
pub struct DedupIndex {
    dedup: Deduplicator,
    sketches: Vec<DocSketch>,
    exact: PrehashedMap<u64, u32>,
    bands: PrehashedMap<u64, Vec<u32>>,
    anchors: PrehashedMap<u32, Vec<u32>>,
    /// Stem cache and buffers kept across insertions.
    buffers: SketchBuffers,
}

#[derive(Serialize, Deserialize)]
struct SavedIndex {
    config: DedupConfig,
    sketches: Vec<DocSketch>,
}

impl From<SavedIndex> for DedupIndex {
    fn from(saved: SavedIndex) -> Self {
        let mut index = DedupIndex::new(Deduplicator::builder().config(saved.config).build());
        for sketch in saved.sketches {
            index.add(sketch);
        }
        index
    }
}

impl From<DedupIndex> for SavedIndex {
    fn from(index: DedupIndex) -> Self {
        SavedIndex { config: index.dedup.config().clone(), sketches: index.sketches }
    }
}

impl DedupIndex {
    /// An empty index using `dedup`'s settings.
    pub fn new(dedup: Deduplicator) -> DedupIndex {
        DedupIndex {
            dedup,
            sketches: Vec::new(),
            exact: PrehashedMap::default(),
            bands: PrehashedMap::default(),
            anchors: PrehashedMap::default(),
            buffers: SketchBuffers::default(),
        }
    }

    /// Number of articles inserted.
    pub fn len(&self) -> usize {
        self.sketches.len()
    }

    /// Whether nothing was inserted yet.
    pub fn is_empty(&self) -> bool {
        self.sketches.is_empty()
    }

    /// The sketch of the `i`-th inserted article.
    pub fn sketch(&self, i: usize) -> Option<&DocSketch> {
        self.sketches.get(i)
    }

    /// Adds `doc` and returns the earlier articles it overlaps, by insertion order.
    pub fn insert(&mut self, doc: &DedupDoc) -> Vec<IndexMatch> {
        let sketch = self.buffers.sketch(self.dedup.config(), doc);
        self.insert_sketch(sketch)
    }

    /// Adds an already sketched article (same settings) and returns its matches.
    pub fn insert_sketch(&mut self, sketch: DocSketch) -> Vec<IndexMatch> {
        let matches = self.query_sketch(&sketch);
        self.add(sketch);
        matches
    }

    /// The articles `doc` overlaps, without adding it.
    pub fn query(&self, doc: &DedupDoc) -> Vec<IndexMatch> {
        self.query_sketch(&self.dedup.sketch(doc))
    }

    /// The articles a sketched article overlaps, without adding it.
    pub fn query_sketch(&self, sketch: &DocSketch) -> Vec<IndexMatch> {
        let mut matches: Vec<IndexMatch> =
            self.candidates(sketch).into_iter().filter_map(|i| self.matched(sketch, i)).collect();
        matches.sort_by_key(|m| m.doc);
        matches
    }

    fn matched(&self, sketch: &DocSketch, i: u32) -> Option<IndexMatch> {
        let earlier = &self.sketches[i as usize];
        let config = self.dedup.config();
        let exact = self.is_exact_copy(sketch, earlier);
        let overlap = if exact {
            crate::verify::Overlap::identical(sketch, config.sample_modulus)
        } else {
            self.dedup.verify(sketch, earlier)?
        };
        Some(IndexMatch {
            doc: i as usize,
            id: earlier.id().to_string(),
            relation: if exact { Relation::Exact } else { config.relation(&overlap) },
            jaccard: overlap.jaccard,
            containment: overlap.containment,
            reverse_containment: overlap.reverse_containment,
            shared_shingles: overlap.shared_shingles,
        })
    }

    fn is_exact_copy(&self, a: &DocSketch, b: &DocSketch) -> bool {
        a.exact_hash() == b.exact_hash() && a.words() as usize >= self.dedup.config().min_shared_shingles.max(1)
    }

    /// Earlier articles sharing a band, enough anchors or the exact hash, sorted.
    fn candidates(&self, sketch: &DocSketch) -> Vec<u32> {
        let config = self.dedup.config();
        let mut found: Vec<u32> = Vec::new();
        if let Some(&i) = self.exact.get(&sketch.exact_hash()) {
            found.push(i);
        }
        for (b, &key) in sketch.band_keys().iter().enumerate() {
            if let Some(docs) = self.bands.get(&band_slot(b, key)) {
                // A crowded bucket: its first articles and its latest.
                let half = (config.max_bucket / 2).max(1);
                found.extend(docs.iter().take(half).chain(docs.iter().skip(half.max(docs.len().saturating_sub(half)))));
            }
        }
        let mut anchored: Vec<u32> = Vec::new();
        for a in sketch.anchors() {
            if let Some(docs) = self.anchors.get(a).filter(|d| d.len() <= config.max_anchor_df) {
                anchored.extend(docs);
            }
        }
        anchored.sort_unstable();
        let min_shared = config.min_shared_anchors.max(1);
        found.extend(anchored.chunk_by(|x, y| x == y).filter(|r| r.len() >= min_shared).map(|r| r[0]));
        found.sort_unstable();
        found.dedup();
        found
    }

    fn add(&mut self, sketch: DocSketch) {
        let i = self.sketches.len() as u32;
        let max_df = self.dedup.config().max_anchor_df;
        if sketch.words() as usize >= self.dedup.config().min_shared_shingles.max(1) {
            self.exact.entry(sketch.exact_hash()).or_insert(i);
        }
        for (b, &key) in sketch.band_keys().iter().enumerate() {
            self.bands.entry(band_slot(b, key)).or_default().push(i);
        }
        for &a in sketch.anchors() {
            let docs = self.anchors.entry(a).or_default();
            // One past the limit marks the anchor as template text; no need to grow further.
            if docs.len() <= max_df {
                docs.push(i);
            }
        }
        self.sketches.push(sketch);
    }
}

fn band_slot(band: usize, key: u32) -> u64 {
    ((band as u64) << 32) | u64::from(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Prime Minister Justin Trudeau and other Liberal MPs took part in a closed-door workshop \
        on creating safe workplaces at the party convention in Halifax on Saturday. The session was closed to \
        the media so that delegates could share personal stories. One MP who stepped down from cabinet in \
        January pending an investigation into complaints against him attended the session.";
    const MORE: &str = " Arriving in the morning, he said it was always good to learn about new best practices \
        and declined to comment on the investigation itself. Later the prime minister told reporters the party \
        had made real progress on harassment policy, though critics said the changes came too slowly.";

    #[test]
    fn finds_earlier_overlaps_and_survives_a_round_trip() {
        let mut index = DedupIndex::new(Deduplicator::default());
        assert!(index.insert(&DedupDoc::new("full", format!("{STORY}{MORE}"))).is_empty());
        assert!(index
            .insert(&DedupDoc::new(
                "hockey",
                "The Flames beat the Oilers four to two on Saturday night in Calgary before a sold-out crowd."
            ))
            .is_empty());
        let json = serde_json::to_string(&index).unwrap();
        let mut loaded: DedupIndex = serde_json::from_str(&json).unwrap();
        assert_eq!(serde_json::to_string(&loaded).unwrap(), json);
        let matches = loaded.insert(&DedupDoc::new("early", STORY));
        assert_eq!(matches.len(), 1);
        assert_eq!((matches[0].doc, matches[0].relation), (0, Relation::Contained));
        let copy = loaded.insert(&DedupDoc::new("copy", STORY));
        assert_eq!(
            copy.iter().map(|m| (m.doc, m.relation)).collect::<Vec<_>>(),
            [(0, Relation::Contained), (2, Relation::Exact)]
        );
    }
}
