//! A compact read-only map from word keys to small values, for the word
//! lists the passes consult once per token.

/// A read-only map from byte-string keys to `u32` values that stores only a
/// 32-bit tag of each key's hash beside its value, eight bytes a slot, in
/// one open-addressed array at about 60% load: forty thousand keys fit in
/// half a megabyte, so a lookup is one hash and mostly one cache line, with
/// no key compared or copied. A key not in the map matches a stored tag
/// about once in a billion lookups; callers use it for heuristics only.
///
/// Keys are ASCII case-insensitive: the hash folds `A`–`Z` to lower case as
/// it reads, so "Said", "SAID" and "said" are one key and a caller never
/// copies a word to lower-case it first. Other bytes are compared as given.
#[derive(Debug, Clone)]
pub struct WordTable {
    slots: Vec<(u32, u32)>,
    mask: usize,
}

impl WordTable {
    /// The table of `entries`. Keys must be distinct; give them in a fixed
    /// order (sorted, say) so the table is the same in every process.
    pub fn build<K: AsRef<[u8]>>(entries: impl ExactSizeIterator<Item = (K, u32)>) -> WordTable {
        let size = (entries.len() * 5 / 3).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![(0u32, 0u32); size];
        for (key, value) in entries {
            let (mut i, tag) = home_and_tag(key.as_ref(), mask);
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (tag, value);
        }
        WordTable { slots, mask }
    }

    /// The value stored for `key`, if any.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        let (mut i, tag) = home_and_tag(key, self.mask);
        loop {
            let (slot, value) = self.slots[i];
            if slot == tag {
                return Some(value);
            }
            if slot == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// The key's first slot (low hash bits) and its tag (high bits, never 0,
/// which marks an empty slot).
#[inline]
fn home_and_tag(key: &[u8], mask: usize) -> (usize, u32) {
    let h = folded_hash(key);
    (h as usize & mask, (h >> 32) as u32 | 1)
}

/// Odd 64-bit multiplier (the golden ratio) for the mixing steps.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// A hash of `key` with ASCII capitals read as lower case. Words are short:
/// up to eight bytes take one or two loads and one multiply, longer ones
/// one multiply per eight bytes (the last load overlaps the one before).
#[inline]
fn folded_hash(key: &[u8]) -> u64 {
    let n = key.len();
    let mut h = (n as u64).wrapping_mul(MIX);
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            h = mix(h, fold_ascii_capitals(load8(key, i)));
            i += 8;
        }
        h = mix(h, fold_ascii_capitals(load8(key, n - 8)));
    } else if n >= 4 {
        // Two overlapping four-byte loads cover every byte of 4..=7.
        let w = u64::from(load4(key, 0)) | (u64::from(load4(key, n - 4)) << 32);
        h = mix(h, fold_ascii_capitals(w));
    } else if n > 0 {
        // First, middle and last byte are every byte of 1..=3.
        let w = u64::from(key[0]) | (u64::from(key[n / 2]) << 8) | (u64::from(key[n - 1]) << 16);
        h = mix(h, fold_ascii_capitals(w));
    }
    h
}

/// One multiply whose high and low halves are folded together: every input
/// bit reaches the bits used for the slot and the tag.
#[inline]
fn mix(h: u64, w: u64) -> u64 {
    let m = u128::from(h ^ w) * u128::from(MIX);
    (m as u64) ^ ((m >> 64) as u64)
}

/// Eight bytes of `key` from `at` (the callers stay in bounds).
#[inline]
fn load8(key: &[u8], at: usize) -> u64 {
    crate::scan::word_at(key, at).unwrap_or(0)
}

#[inline]
fn load4(key: &[u8], at: usize) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&key[at..at + 4]);
    u32::from_le_bytes(b)
}

/// `w` with each byte `A`–`Z` turned into `a`–`z`, all eight at once;
/// non-ASCII bytes are left alone.
#[inline]
fn fold_ascii_capitals(w: u64) -> u64 {
    w | (crate::scan::ascii_capitals(w) >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_keys_are_found_and_others_are_not() {
        let words = ["said", "told", "minister", "the"];
        let table = WordTable::build(words.iter().enumerate().map(|(i, w)| (w, i as u32)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w.as_bytes()), Some(i as u32));
        }
        assert_eq!(table.get(b"Said"), Some(0));
        assert_eq!(table.get(b"MINISTER"), Some(2));
        assert_eq!(table.get(b"sai"), None);
        assert_eq!(table.get(b"saidx"), None);
        assert_eq!(table.get(b""), None);
        assert_eq!(WordTable::build(std::iter::empty::<(&str, u32)>()).get(b"x"), None);
    }

    #[test]
    fn long_and_non_ascii_keys() {
        let words = ["montréal", "internationally", "a", "ab", "abc", "abcd", "abcdefgh", "abcdefghi"];
        let table = WordTable::build(words.iter().enumerate().map(|(i, w)| (w, i as u32)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w.to_ascii_uppercase().as_bytes()), Some(i as u32), "{w}");
        }
        assert_eq!(table.get("montreal".as_bytes()), None);
        assert_eq!(table.get(b"abcdefghij"), None);
    }

    proptest::proptest! {
        #[test]
        fn folding_is_ascii_lowercasing(s in "\\PC{0,24}") {
            proptest::prop_assert_eq!(folded_hash(s.as_bytes()), folded_hash(s.to_ascii_lowercase().as_bytes()));
        }

        #[test]
        fn fold_matches_byte_by_byte(w in proptest::prelude::any::<u64>()) {
            let mut b = w.to_le_bytes();
            b.make_ascii_lowercase();
            proptest::prop_assert_eq!(fold_ascii_capitals(w), u64::from_le_bytes(b));
        }
    }
}
