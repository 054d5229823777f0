//! Word shingles: the text unit every comparison counts.
//!
//! A body becomes lowercased words (apostrophes unified, punctuation dropped),
//! each stemmed for the document's language, and every run of `n` consecutive
//! stems becomes one 64-bit shingle hash. Punctuation and quote style never
//! reach a shingle, so curly versus straight quotes cannot hide a copy.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

/// Snowball stemmer for an ISO 639-1 code; `None` (no stemming) when unknown.
pub(crate) fn stemmer_for(lang: &str) -> Option<rust_stemmers::Algorithm> {
    use rust_stemmers::Algorithm::*;
    let code = lang.get(..2).unwrap_or(lang).to_ascii_lowercase();
    Some(match code.as_str() {
        "ar" => Arabic,
        "da" => Danish,
        "nl" => Dutch,
        "en" => English,
        "fi" => Finnish,
        "fr" => French,
        "de" => German,
        "el" => Greek,
        "hu" => Hungarian,
        "it" => Italian,
        "no" | "nb" | "nn" => Norwegian,
        "pt" => Portuguese,
        "ro" => Romanian,
        "ru" => Russian,
        "es" => Spanish,
        "sv" => Swedish,
        "ta" => Tamil,
        "tr" => Turkish,
        _ => return None,
    })
}

/// A 64-bit finalizer (MurmurHash3 fmix64): spreads every input bit over the
/// output, so low bits (mod-m samples) and high bits (OPH bins) are both uniform.
#[inline]
pub(crate) fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Combines a running hash with one more value (order-sensitive).
#[inline]
pub(crate) fn combine(h: u64, v: u64) -> u64 {
    (h.rotate_left(23) ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Hasher for keys that are already hashes: the key is its own hash.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct PrehashedHasher(u64);

impl Hasher for PrehashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = combine(self.0, u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = fmix64(u64::from(n));
    }
}

/// A map keyed by hashes.
pub(crate) type PrehashedMap<K, V> = HashMap<K, V, BuildHasherDefault<PrehashedHasher>>;

/// Past this many distinct words the stem cache is cleared rather than grown.
const STEM_CACHE_LIMIT: usize = 1 << 20;

/// What shingling one body yields.
#[derive(Debug, Default)]
pub(crate) struct ShingleOutput {
    /// Number of words in the body.
    pub words: u32,
    /// Hash of the lowercased word sequence: equal for bodies that differ only
    /// in case, punctuation, quote style or white space.
    pub exact: u64,
}

/// Turns bodies into shingle hashes, caching stems across documents (news
/// vocabulary is Zipfian, so almost every word is a cache hit after a few
/// hundred articles and the Snowball stemmer runs rarely).
#[derive(Clone)]
pub(crate) struct Shingler {
    /// Direct-mapped front cache for the most frequent words: small enough to
    /// stay in the CPU cache, where a probe of the full map would miss.
    recent_words: Box<[u64]>,
    recent_stems: Box<[u32]>,
    stems: PrehashedMap<u64, u64>,
    word: String,
    window: Vec<u64>,
}

/// Slots of the front cache (a power of two; 12 bytes each).
const RECENT_SLOTS: usize = 1 << 12;

impl Default for Shingler {
    fn default() -> Self {
        Shingler {
            recent_words: vec![0; RECENT_SLOTS].into_boxed_slice(),
            recent_stems: vec![0; RECENT_SLOTS].into_boxed_slice(),
            stems: PrehashedMap::default(),
            word: String::new(),
            window: Vec::new(),
        }
    }
}

impl std::fmt::Debug for Shingler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shingler").field("cached_stems", &self.stems.len()).finish()
    }
}

impl Shingler {
    /// Appends the shingle hashes of `body` to `out` (duplicates included).
    pub fn shingle(&mut self, body: &str, lang: &str, n: usize, out: &mut Vec<u64>) -> ShingleOutput {
        let n = n.max(1);
        let algorithm = stemmer_for(lang);
        let lang_seed = fmix64(algorithm.map_or(0, |a| a as u64 + 1));
        if self.stems.len() > STEM_CACHE_LIMIT {
            self.stems.clear();
            self.recent_words.fill(0);
        }
        self.window.clear();
        let mut result = ShingleOutput { words: 0, exact: 0x5eed };
        let mut rest = body;
        while let Some((word_start, word_end)) = next_word(rest) {
            lowercase_into(&rest[word_start..word_end], &mut self.word);
            rest = &rest[word_end..];
            let word_hash = xxh3_64(self.word.as_bytes()) ^ lang_seed;
            result.exact = combine(result.exact, word_hash);
            result.words = result.words.saturating_add(1);
            let stem = self.stem_hash(word_hash, algorithm);
            self.push_stem(stem, n, out);
        }
        if (result.words as usize) < n && result.words > 0 {
            // A body shorter than one shingle is one shingle: it can still match exactly.
            out.push(window_hash(&self.window));
        }
        result.exact = fmix64(result.exact);
        result
    }

    fn stem_hash(&mut self, word_hash: u64, algorithm: Option<rust_stemmers::Algorithm>) -> u64 {
        // Slots hold the whole 64-bit word hash (a false hit would make the
        // output depend on the order documents were seen) and the stem's hash
        // folded to 32 bits: 12 bytes a slot keep the table in the L1/L2 cache.
        // An empty slot holds 0; a word hashing to 0 just always misses here.
        let slot = (word_hash >> 52) as usize & (RECENT_SLOTS - 1);
        if self.recent_words[slot] == word_hash && word_hash != 0 {
            return u64::from(self.recent_stems[slot]);
        }
        let stem = self.full_stem_hash(word_hash, algorithm) as u32;
        self.recent_words[slot] = word_hash;
        self.recent_stems[slot] = stem;
        u64::from(stem)
    }

    fn full_stem_hash(&mut self, word_hash: u64, algorithm: Option<rust_stemmers::Algorithm>) -> u64 {
        if let Some(&stem) = self.stems.get(&word_hash) {
            return stem;
        }
        // Folded to 32 bits, as the front cache keeps it.
        let stem = u64::from(match algorithm {
            Some(a) => xxh3_64_with_seed(rust_stemmers::Stemmer::create(a).stem(&self.word).as_bytes(), 7),
            None => xxh3_64_with_seed(self.word.as_bytes(), 7),
        } as u32);
        self.stems.insert(word_hash, stem);
        stem
    }

    fn push_stem(&mut self, stem: u64, n: usize, out: &mut Vec<u64>) {
        self.window.push(stem);
        if self.window.len() >= n {
            out.push(window_hash(&self.window[self.window.len() - n..]));
        }
        if self.window.len() >= 4 * n.max(16) {
            // Keep the buffer short: only the last n - 1 stems matter from here on.
            self.window.drain(..self.window.len() + 1 - n);
        }
    }
}

fn window_hash(window: &[u64]) -> u64 {
    fmix64(window.iter().fold(window.len() as u64, |h, &s| combine(h, s)))
}

/// Apostrophes inside a word ("Trudeau's", "aujourd’hui") belong to it.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// Byte range of the next word in `text`: a run of letters and digits, with
/// single apostrophes between them. ASCII bytes take a fast path.
fn next_word(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(text, i);
        if c.is_alphanumeric() {
            break;
        }
        i += len;
    }
    if i >= bytes.len() {
        return None;
    }
    let start = i;
    let mut end = i;
    while i < bytes.len() {
        let (c, len) = char_at(text, i);
        if c.is_alphanumeric() {
            i += len;
            end = i;
        } else if is_apostrophe(c) && i + len < bytes.len() && char_at(text, i + len).0.is_alphanumeric() {
            i += len;
        } else {
            break;
        }
    }
    Some((start, end))
}

/// The char starting at byte `i` (a char boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// Lowercases `word` into `out`, unifying apostrophes.
fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shingles(body: &str, n: usize) -> (Vec<u64>, ShingleOutput) {
        let mut out = Vec::new();
        let r = Shingler::default().shingle(body, "en", n, &mut out);
        (out, r)
    }

    #[test]
    fn words_are_alphanumeric_runs_with_inner_apostrophes() {
        let text = "Trudeau’s plan, 2018: \"rock 'n' roll\" -- ok";
        let mut words = Vec::new();
        let mut rest = text;
        while let Some((s, e)) = next_word(rest) {
            words.push(rest[s..e].to_string());
            rest = &rest[e..];
        }
        assert_eq!(words, ["Trudeau’s", "plan", "2018", "rock", "n", "roll", "ok"]);
    }

    #[test]
    fn quote_style_case_and_punctuation_do_not_change_shingles() {
        let (a, ra) = shingles("He said “it’s over,” and left the room quietly today.", 3);
        let (b, rb) = shingles("he said \"it's OVER\" and left the room -- quietly today", 3);
        assert_eq!(a, b);
        assert_eq!(ra.exact, rb.exact);
        assert_eq!(ra.words, 10);
    }

    #[test]
    fn stemming_unifies_inflections_but_exact_hash_does_not() {
        let (a, ra) = shingles("the ministers resigned yesterday", 2);
        let (b, rb) = shingles("the minister resigns yesterday", 2);
        assert_eq!(a, b);
        assert_ne!(ra.exact, rb.exact);
    }

    #[test]
    fn short_bodies_make_one_shingle_and_empty_none() {
        assert_eq!(shingles("two words", 5).0.len(), 1);
        assert!(shingles("  ,, -- ", 5).0.is_empty());
        assert_eq!(shingles("one two three four five six", 5).0.len(), 2);
    }

    #[test]
    fn unknown_language_is_not_stemmed() {
        assert_eq!(stemmer_for("en-CA"), Some(rust_stemmers::Algorithm::English));
        assert_eq!(stemmer_for("xx"), None);
        assert_eq!(stemmer_for(""), None);
    }
}
