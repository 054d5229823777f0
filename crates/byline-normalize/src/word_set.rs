//! A fixed set of short words with a cheap membership test.
//!
//! The sentence splitter asks "is this word a title, an abbreviation, a
//! sentence opener?" at every full stop. A linear `contains` over a list of
//! a hundred words compares each one (and calls `memcmp` for every entry of
//! the same length); packing a word into one integer and binary-searching
//! sorted integers answers in a handful of comparisons, with no allocation.

/// Words longer than this are never members (every list word is shorter).
const MAX_WORD_BYTES: usize = 15;

/// Short words packed into integers, sorted.
pub(crate) struct WordSet {
    keys: Vec<u128>,
}

impl WordSet {
    /// The set of `words`; each must be at most [`MAX_WORD_BYTES`] long.
    pub(crate) fn new(words: &[&str]) -> WordSet {
        let mut keys: Vec<u128> =
            words.iter().map(|w| pack(w.as_bytes(), false).expect("list words are at most fifteen bytes")).collect();
        keys.sort_unstable();
        keys.dedup();
        WordSet { keys }
    }

    /// `word` is in the set, byte for byte.
    pub(crate) fn contains(&self, word: &str) -> bool {
        pack(word.as_bytes(), false).is_some_and(|k| self.keys.binary_search(&k).is_ok())
    }

    /// `word`, with ASCII capitals made small, is in the set (as
    /// `word.to_ascii_lowercase()` would be, without the copy).
    pub(crate) fn contains_ascii_lowercased(&self, word: &str) -> bool {
        pack(word.as_bytes(), true).is_some_and(|k| self.keys.binary_search(&k).is_ok())
    }
}

/// The bytes of a word in the low fifteen bytes and its length in the top
/// byte, so two keys are equal exactly when the words are.
fn pack(word: &[u8], lowercase: bool) -> Option<u128> {
    if word.len() > MAX_WORD_BYTES {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word);
    if lowercase {
        buf.make_ascii_lowercase();
    }
    buf[15] = word.len() as u8;
    Some(u128::from_le_bytes(buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &["Mr", "mr", "a", "n°", "int'l", "Yesterday", "fifteen-letters"];

    #[test]
    fn members_are_found_exactly() {
        let set = WordSet::new(WORDS);
        for w in WORDS {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "M", "Mr.", "MR", "a\0", "int'", "Yesterdays", "sixteen-letters!"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn lowercased_lookup_folds_ascii_only() {
        let set = WordSet::new(&["mr", "n°", "calif"]);
        assert!(set.contains_ascii_lowercased("MR"));
        assert!(set.contains_ascii_lowercased("Calif"));
        assert!(set.contains_ascii_lowercased("N°"));
        assert!(!set.contains_ascii_lowercased("Mrs"));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_linear_search(word in "[a-zA-Z'°.]{0,17}") {
            let set = WordSet::new(WORDS);
            proptest::prop_assert_eq!(set.contains(&word), WORDS.contains(&word.as_str()));
            let lower = word.to_ascii_lowercase();
            proptest::prop_assert_eq!(set.contains_ascii_lowercased(&word), WORDS.contains(&lower.as_str()));
        }
    }
}
