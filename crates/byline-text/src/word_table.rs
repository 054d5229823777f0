//! A compact read-only map from word keys to small values, for the word
//! lists the passes consult once per token.

/// A read-only map from byte-string keys to `u32` values that stores only a
/// 32-bit tag of each key's xxh3 hash beside its value, eight bytes a slot,
/// in one open-addressed array at about 60% load: forty thousand keys fit
/// in half a megabyte, so a lookup is one hash and mostly one cache line,
/// with no key compared or copied. A key not in the map matches a stored
/// tag about once in a billion lookups; callers use it for heuristics only.
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
    let h = xxhash_rust::xxh3::xxh3_64(key);
    (h as usize & mask, (h >> 32) as u32 | 1)
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
        assert_eq!(table.get(b"Said"), None);
        assert_eq!(table.get(b""), None);
        assert_eq!(WordTable::build(std::iter::empty::<(&str, u32)>()).get(b"x"), None);
    }
}
