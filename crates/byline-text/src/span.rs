//! Half-open byte ranges into an original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped so that `start <= end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `""` when it does not lie on char
    /// boundaries inside `text` (a span never makes slicing panic).
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the span lies inside `text` on char boundaries.
    #[inline]
    pub fn is_valid_in(&self, text: &str) -> bool {
        self.start <= self.end && text.get(self.start..self.end).is_some()
    }

    /// True when `other` lies wholly inside this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Number of bytes the two spans share.
    #[inline]
    pub fn overlap_len(&self, other: Span) -> usize {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span with leading and trailing white space of `text` removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let start = self.start + (s.len() - s.trim_start().len());
        let end = self.start + s.trim_end().len();
        Span::new(start, end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_never_panics_off_boundary() {
        let t = "é";
        assert_eq!(Span::new(0, 1).slice(t), "");
        assert_eq!(Span::new(0, 2).slice(t), "é");
        assert_eq!(Span::new(5, 9).slice(t), "");
    }

    #[test]
    fn trim_removes_outer_white_space() {
        let t = "  ab c \n";
        assert_eq!(Span::new(0, t.len()).trim(t).slice(t), "ab c");
    }

    #[test]
    fn overlap_and_cover() {
        let a = Span::new(0, 5);
        let b = Span::new(3, 9);
        assert!(a.overlaps(b));
        assert_eq!(a.overlap_len(b), 2);
        assert_eq!(a.cover(b), Span::new(0, 9));
        assert!(!a.overlaps(Span::new(5, 6)));
    }
}
