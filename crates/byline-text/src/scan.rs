//! Byte scans eight bytes at a time (SWAR): the passes over a document look
//! for a few bytes (sentence marks, quotation marks) in text that is mostly
//! letters and spaces, and testing a word of eight bytes at once costs about
//! what testing one byte does.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;
const LOW_SEVEN: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// The eight bytes of `bytes` from `i` as one little-endian word (byte `i`
/// lowest), or `None` when fewer than eight remain.
#[inline]
pub fn word_at(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The high bit of each byte of `w` that equals `b`, and no other bit.
#[inline]
pub fn bytes_equal(w: u64, b: u8) -> u64 {
    let t = w ^ (ONES * u64::from(b));
    !(((t & LOW_SEVEN) + LOW_SEVEN) | t) & HIGHS
}

/// The high bit of each byte of `w` whose low seven bits are `A`-`Z`: every
/// ASCII capital, and a few bytes above 127 the caller must check.
#[inline]
pub fn maybe_capitals(w: u64) -> u64 {
    between(w & LOW_SEVEN, b'A', b'Z') & HIGHS
}

/// The high bit of each byte of `w` that is an ASCII capital `A`-`Z`.
#[inline]
pub fn ascii_capitals(w: u64) -> u64 {
    maybe_capitals(w) & !w
}

/// The high bit of each byte of `w` that is an ASCII letter or digit.
#[inline]
pub fn ascii_alphanumerics(w: u64) -> u64 {
    let low = w & LOW_SEVEN;
    // Setting bit 5 turns capitals into small letters and nothing else into one.
    let letters = between(low | (ONES * 0x20), b'a', b'z');
    (letters | between(low, b'0', b'9')) & !w & HIGHS
}

/// The high bit of each byte of `w` that is a small ASCII letter or a digit.
#[inline]
pub fn ascii_lowercase_alphanumerics(w: u64) -> u64 {
    let low = w & LOW_SEVEN;
    (between(low, b'a', b'z') | between(low, b'0', b'9')) & !w & HIGHS
}

/// Each byte's high bit set when the byte (below 128) lies in `first..=last`.
#[inline]
fn between(low_seven: u64, first: u8, last: u8) -> u64 {
    (low_seven + ONES * u64::from(0x80 - first)) & !(low_seven + ONES * u64::from(0x80 - last - 1))
}

/// The first index at or after `i` whose byte `marks` leaves unmarked, or
/// `bytes.len()`: `marks` gives the high bit of each byte of a word that
/// belongs to the run (such as [`ascii_alphanumerics`]).
#[inline]
pub fn run_end(bytes: &[u8], mut i: usize, marks: impl Fn(u64) -> u64) -> usize {
    while let Some(w) = word_at(bytes, i) {
        let stops = !marks(w) & HIGHS;
        if stops != 0 {
            return i + first_marked(stops);
        }
        i += 8;
    }
    // The last few bytes one at a time, each as a word of its own.
    while i < bytes.len() && marks(u64::from(bytes[i])) & 0x80 != 0 {
        i += 1;
    }
    i
}

/// The first index at or after `i` whose byte is not an ASCII letter or
/// digit (the end of the plain part of a word), or `bytes.len()`.
#[inline]
pub fn ascii_alphanumeric_end(bytes: &[u8], i: usize) -> usize {
    run_end(bytes, i, ascii_alphanumerics)
}

/// The index in `w` (0 to 7) of the lowest byte a mask of high bits marks.
#[inline]
pub fn first_marked(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// The first index at or after `i` whose byte is not printable ASCII (a
/// control, DEL or any byte above 127), or up to seven bytes before it:
/// most of a news article needs no rewriting.
#[inline]
pub fn skip_printable_ascii(bytes: &[u8], mut i: usize) -> usize {
    while let Some(w) = word_at(bytes, i) {
        let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGHS;
        if (w & HIGHS) | below_space | bytes_equal(w, 0x7F) != 0 {
            break;
        }
        i += 8;
    }
    i
}

/// The first index at or after `from` whose byte is one of `set`.
#[inline]
pub fn find_any<const N: usize>(bytes: &[u8], mut from: usize, set: [u8; N]) -> Option<usize> {
    while let Some(w) = word_at(bytes, from) {
        let hits = set.iter().fold(0, |m, &b| m | bytes_equal(w, b));
        if hits != 0 {
            return Some(from + first_marked(hits));
        }
        from += 8;
    }
    (from..bytes.len()).find(|&i| set.contains(&bytes[i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_bytes_are_marked_exactly() {
        let w = word_at(b"a\"b\x80\"\xa2\x22z", 0).unwrap();
        assert_eq!(bytes_equal(w, b'"'), 0x0000_0080_0000_8000 | 0x0080_0000_0000_0000);
        assert_eq!(bytes_equal(w, 0x80), 0x0000_0000_8000_0000);
    }

    #[test]
    fn capitals_are_marked() {
        let w = word_at(b"aAZ[@z\xc1Q", 0).unwrap();
        let m = maybe_capitals(w);
        assert_eq!(m & 0x0000_0000_00FF_FF00, 0x0000_0000_0080_8000);
        assert_eq!(m & 0xFF00_0000_0000_0000, 0x8000_0000_0000_0000);
        assert_eq!(m & 0x0000_00FF_FF00_0000, 0);
    }

    #[test]
    fn the_ascii_skip_stops_where_a_byte_needs_a_look() {
        let naive =
            |b: &[u8], i: usize| b[i..].iter().position(|&c| !(0x20..0x7F).contains(&c)).map_or(b.len(), |p| i + p);
        let cases: [&[u8]; 6] = [
            b"plain text that runs on and on",
            b"twelve chars\nnewline",
            b"abcdefg\x7fdelete",
            b"abcdefghijk\xc3\xa9",
            b"\x1f at the start",
            b"short",
        ];
        for bytes in cases {
            for i in 0..bytes.len() {
                let fast = skip_printable_ascii(bytes, i);
                // Never past the first byte to look at; at most a chunk short of it.
                assert!(fast <= naive(bytes, i) && naive(bytes, i) - fast < 8, "{bytes:?} at {i}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn alphanumeric_masks_agree_with_byte_tests(w in proptest::prelude::any::<u64>()) {
            let bytes = w.to_le_bytes();
            let mark = |test: fn(&u8) -> bool| bytes.iter().enumerate().fold(0u64, |m, (i, b)| if test(b) { m | 0x80 << (8 * i) } else { m });
            proptest::prop_assert_eq!(ascii_alphanumerics(w), mark(u8::is_ascii_alphanumeric));
            proptest::prop_assert_eq!(ascii_capitals(w), mark(u8::is_ascii_uppercase));
        }

        #[test]
        fn alphanumeric_end_agrees_with_a_byte_scan(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40), from in 0usize..45) {
            let naive = (from..bytes.len()).find(|&i| !bytes[i].is_ascii_alphanumeric()).unwrap_or(bytes.len().max(from));
            proptest::prop_assert_eq!(ascii_alphanumeric_end(&bytes, from), naive);
        }

        #[test]
        fn lowercase_run_agrees_with_a_byte_scan(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40), from in 0usize..45) {
            let plain = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
            let naive = (from..bytes.len()).find(|&i| !plain(&bytes[i])).unwrap_or(bytes.len().max(from));
            proptest::prop_assert_eq!(run_end(&bytes, from, ascii_lowercase_alphanumerics), naive);
        }

        #[test]
        fn find_any_agrees_with_a_byte_scan(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64), from in 0usize..70) {
            let set = [b'"', b'\'', 0xE2, 0xC2];
            let naive = (from..bytes.len()).find(|&i| set.contains(&bytes[i]));
            proptest::prop_assert_eq!(find_any(&bytes, from, set), naive);
        }
    }
}
