//! Byte spans, diagnostics and offset maps shared by the byline crates.
//!
//! # Brief overview
//!
//! * [`Span`] is a half-open byte range into a document's *original* text.
//!   Every offset byline reports is a `Span`, and `span.slice(text)` is always
//!   exactly the reported text.
//! * [`Diagnostic`] is what analysis says instead of failing: byline crates
//!   return their result *plus* a list of diagnostics, never an error.
//! * [`OffsetMap`] maps byte offsets in a rewritten view of a text (curly
//!   quotes unified, CRLF folded, …) back to the original bytes, built with
//!   [`ViewBuilder`].
//!
//! # Example
//!
//! ```
//! use byline_text::{Span, ViewBuilder};
//!
//! let original = "“Hi,” she said.";
//! let mut view = ViewBuilder::new(original);
//! view.replace(Span::new(0, 3), "\"");
//! view.keep(Span::new(3, 6));
//! view.replace(Span::new(6, 9), "\"");
//! view.keep(Span::new(9, original.len()));
//! let (text, map) = view.finish();
//! assert_eq!(text, "\"Hi,\" she said.");
//! // `Hi,` in the view is at 1..4; in the original it is at 3..6.
//! assert_eq!(map.to_original(Span::new(1, 4)), Span::new(3, 6));
//! // A span covering a replaced character covers all of its original bytes.
//! assert_eq!(map.to_original(Span::new(0, 5)).slice(original), "“Hi,”");
//! ```
#![deny(missing_docs)]

mod diagnostic;
mod offset_map;
pub mod scan;
mod span;
mod word_table;

pub use diagnostic::{Diagnostic, Severity};
pub use offset_map::{OffsetMap, ViewBuilder};
pub use span::Span;
pub use word_table::WordTable;

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::Span>();
        assert_send_sync::<super::Diagnostic>();
        assert_send_sync::<super::OffsetMap>();
    }
}
