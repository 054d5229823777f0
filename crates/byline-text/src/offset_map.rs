//! A rewritten view of a text and the map from its offsets back to the original.

use crate::Span;

/// One run of the view: either a verbatim copy of original bytes or a
/// replacement standing for a whole original range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    view_start: usize,
    view_len: usize,
    orig_start: usize,
    orig_end: usize,
    verbatim: bool,
}

/// Maps byte offsets of a rewritten view back to the original text.
///
/// Verbatim runs map byte for byte; a replaced run maps as a whole, so a span
/// touching any byte of a replacement covers all of the original bytes it
/// stands for. Mapping is a binary search: `O(log pieces)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    view_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    /// The identity map of a text of `len` bytes.
    pub fn identity(len: usize) -> OffsetMap {
        let mut map = OffsetMap { pieces: Vec::new(), view_len: len, orig_len: len };
        if len > 0 {
            map.pieces.push(Piece { view_start: 0, view_len: len, orig_start: 0, orig_end: len, verbatim: true });
        }
        map
    }

    /// Length of the view in bytes.
    pub fn view_len(&self) -> usize {
        self.view_len
    }

    /// Maps a span of the view to the span of the original it came from.
    pub fn to_original(&self, span: Span) -> Span {
        if span.is_empty() {
            let at = self.start_to_original(span.start);
            return Span::new(at, at);
        }
        Span::new(self.start_to_original(span.start), self.end_to_original(span.end))
    }

    /// Maps a view offset used as a span start to the original.
    pub fn start_to_original(&self, view: usize) -> usize {
        if view >= self.view_len {
            return self.pieces.last().map_or(self.orig_len, |p| p.orig_end);
        }
        let p = self.piece_at(view);
        if p.verbatim {
            p.orig_start + (view - p.view_start)
        } else {
            p.orig_start
        }
    }

    /// Maps a view offset used as an exclusive span end to the original.
    pub fn end_to_original(&self, view: usize) -> usize {
        if view == 0 {
            return self.pieces.first().map_or(0, |p| p.orig_start);
        }
        let last = view.min(self.view_len) - 1;
        let p = self.piece_at(last);
        if p.verbatim {
            p.orig_start + (last - p.view_start) + 1
        } else {
            p.orig_end
        }
    }

    fn piece_at(&self, view: usize) -> Piece {
        let i = self.pieces.partition_point(|p| p.view_start <= view).saturating_sub(1);
        self.pieces[i]
    }
}

/// Builds a view of an original text piece by piece, recording the
/// [`OffsetMap`] as it goes. Pieces must be given in original order.
#[derive(Debug)]
pub struct ViewBuilder<'a> {
    original: &'a str,
    view: String,
    map: OffsetMap,
}

impl<'a> ViewBuilder<'a> {
    /// Starts an empty view of `original`.
    pub fn new(original: &'a str) -> ViewBuilder<'a> {
        ViewBuilder {
            original,
            view: String::with_capacity(original.len()),
            map: OffsetMap { pieces: Vec::new(), view_len: 0, orig_len: original.len() },
        }
    }

    /// Copies `span` of the original into the view unchanged.
    pub fn keep(&mut self, span: Span) {
        let text = span.slice(self.original);
        if text.is_empty() {
            return;
        }
        let view_start = self.view.len();
        self.view.push_str(text);
        if let Some(last) = self.map.pieces.last_mut() {
            if last.verbatim && last.orig_end == span.start && last.view_start + last.view_len == view_start {
                last.view_len += text.len();
                last.orig_end = span.end;
                self.map.view_len = self.view.len();
                return;
            }
        }
        self.push_piece(view_start, span, true);
    }

    /// Writes `replacement` into the view in place of `span` of the original.
    /// An empty replacement drops the span from the view.
    pub fn replace(&mut self, span: Span, replacement: &str) {
        if replacement.is_empty() {
            return;
        }
        let view_start = self.view.len();
        self.view.push_str(replacement);
        self.push_piece(view_start, span, false);
    }

    /// The view written so far.
    pub fn view(&self) -> &str {
        &self.view
    }

    /// The finished view and its map back to the original.
    pub fn finish(self) -> (String, OffsetMap) {
        (self.view, self.map)
    }

    fn push_piece(&mut self, view_start: usize, span: Span, verbatim: bool) {
        self.map.pieces.push(Piece {
            view_start,
            view_len: self.view.len() - view_start,
            orig_start: span.start,
            orig_end: span.end,
            verbatim,
        });
        self.map.view_len = self.view.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn curly_to_straight(original: &str) -> (String, OffsetMap) {
        let mut b = ViewBuilder::new(original);
        for (i, c) in original.char_indices() {
            let span = Span::new(i, i + c.len_utf8());
            match c {
                '“' | '”' => b.replace(span, "\""),
                '\r' => b.replace(span, ""),
                _ => b.keep(span),
            }
        }
        b.finish()
    }

    #[test]
    fn identity_maps_each_offset_to_itself() {
        let m = OffsetMap::identity(10);
        assert_eq!(m.to_original(Span::new(2, 7)), Span::new(2, 7));
        assert_eq!(m.to_original(Span::new(10, 10)), Span::new(10, 10));
    }

    #[test]
    fn dropped_bytes_are_skipped() {
        let o = "a\r\nb";
        let (v, m) = curly_to_straight(o);
        assert_eq!(v, "a\nb");
        assert_eq!(m.to_original(Span::new(1, 3)).slice(o), "\nb");
    }

    proptest! {
        #[test]
        fn mapped_spans_are_valid_and_cover_their_text(s in "[a-c“”\r\né ]{0,40}", a in 0usize..60, b in 0usize..60) {
            let (view, map) = curly_to_straight(&s);
            let (mut lo, mut hi) = (a.min(b).min(view.len()), a.max(b).min(view.len()));
            while !view.is_char_boundary(lo) { lo -= 1; }
            while !view.is_char_boundary(hi) { hi -= 1; }
            let orig = map.to_original(Span::new(lo, hi));
            prop_assert!(orig.is_valid_in(&s));
            // Every view character other than a unified quote appears in the original slice.
            let slice = orig.slice(&s).replace(['“', '”'], "\"").replace('\r', "");
            prop_assert_eq!(slice, &view[lo..hi]);
        }
    }
}
