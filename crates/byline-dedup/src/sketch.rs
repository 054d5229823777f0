//! A document's compact sketch: all deduplication keeps of an article once
//! its body has been read (a few hundred bytes, not the text).

use crate::dedup::{DedupConfig, DedupDoc};
use crate::minhash;
use crate::shingles::Shingler;
use serde::{Deserialize, Serialize};

/// What deduplication keeps of one document: its id and date, its size, the
/// hash of its normalized body, its LSH band keys, its anchor shingles and
/// its verification sample (Broder's mod-m sample of its shingle set).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocSketch {
    id: String,
    date: Option<String>,
    words: u32,
    exact: u64,
    bands: Box<[u32]>,
    anchors: Box<[u32]>,
    sample: Box<[u32]>,
}

impl DocSketch {
    /// The document's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its date, if known.
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// Number of words in its body: "most body text" when choosing a canonical.
    pub fn words(&self) -> u32 {
        self.words
    }

    /// Hash of its word sequence (case, punctuation and quote style ignored).
    pub fn exact_hash(&self) -> u64 {
        self.exact
    }

    /// Its LSH band keys (empty for an empty body).
    pub fn band_keys(&self) -> &[u32] {
        &self.bands
    }

    /// Its anchor shingles (the containment candidate path), sorted.
    pub fn anchors(&self) -> &[u32] {
        &self.anchors
    }

    /// Its verification sample: the shingles whose hash is 0 mod `sample_modulus`, sorted.
    pub fn sample(&self) -> &[u32] {
        &self.sample
    }

    /// Whether the body had no words at all.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// Approximate heap and inline size in bytes.
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
            + self.id.len()
            + self.date.as_ref().map_or(0, String::len)
            + 4 * (self.bands.len() + self.anchors.len() + self.sample.len())
    }
}

/// Sketches documents one after another, reusing its buffers and its stem
/// cache. Make one per thread (`rayon`'s `map_init`); sketches do not depend
/// on which sketcher made them.
pub struct Sketcher<'a> {
    config: &'a DedupConfig,
    buffers: SketchBuffers,
}

/// What a sketcher reuses from one document to the next: the stem cache and
/// the working vectors. Owned apart from the settings so that an index can
/// keep one across insertions.
#[derive(Default, Clone)]
pub(crate) struct SketchBuffers {
    shingler: Shingler,
    hashes: Vec<u64>,
    signature: Vec<u32>,
    keys: Vec<u32>,
}

impl std::fmt::Debug for SketchBuffers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SketchBuffers").field("shingler", &self.shingler).finish()
    }
}

impl std::fmt::Debug for Sketcher<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sketcher").field("config", self.config).field("buffers", &self.buffers).finish()
    }
}

impl<'a> Sketcher<'a> {
    pub(crate) fn new(config: &'a DedupConfig) -> Sketcher<'a> {
        Sketcher { config, buffers: SketchBuffers::default() }
    }

    /// The sketch of one document.
    pub fn sketch(&mut self, doc: &DedupDoc) -> DocSketch {
        self.buffers.sketch(self.config, doc)
    }
}

impl SketchBuffers {
    /// The sketch of one document under `config`.
    pub(crate) fn sketch(&mut self, config: &DedupConfig, doc: &DedupDoc) -> DocSketch {
        self.hashes.clear();
        let shingled = self.shingler.shingle(&doc.body, &doc.lang, config.shingle_size, &mut self.hashes);
        let bins = config.bands * config.rows;
        let bands = match minhash::signature(&self.hashes, bins, &mut self.signature) {
            Some(()) => {
                minhash::band_keys(&self.signature, config.rows, &mut self.keys);
                self.keys.clone().into_boxed_slice()
            }
            None => Box::default(),
        };
        DocSketch {
            id: doc.id.clone(),
            date: doc.date.clone(),
            words: shingled.words,
            exact: shingled.exact,
            bands,
            anchors: mod_sample(&self.hashes, config.anchor_modulus),
            sample: mod_sample(&self.hashes, config.sample_modulus),
        }
    }
}

/// The distinct shingles whose low 32 bits are 0 mod `m`, each kept as its
/// high 32 bits, sorted: Broder's mod-m sample, comparable across documents.
fn mod_sample(hashes: &[u64], m: u32) -> Box<[u32]> {
    let m = m.max(1);
    let mut sample: Vec<u32> = hashes.iter().filter(|&&h| (h as u32) % m == 0).map(|&h| (h >> 32) as u32).collect();
    sample.sort_unstable();
    sample.dedup();
    sample.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_is_a_sorted_distinct_subset() {
        let hashes: Vec<u64> = (0..1000u64).map(crate::shingles::fmix64).chain([crate::shingles::fmix64(3)]).collect();
        let all = mod_sample(&hashes, 1);
        assert_eq!(all.len(), 1000);
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        let quarter = mod_sample(&hashes, 4);
        assert!((200..300).contains(&quarter.len()), "{}", quarter.len());
        assert!(quarter.iter().all(|v| all.binary_search(v).is_ok()));
    }

    #[test]
    fn empty_body_has_no_bands() {
        let config = DedupConfig::default();
        let sketch = Sketcher::new(&config).sketch(&DedupDoc::new("e", ""));
        assert!(sketch.is_empty());
        assert!(sketch.band_keys().is_empty());
        assert!(sketch.sample().is_empty());
    }
}
