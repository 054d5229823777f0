//! Turns one raw news article into clean, segmented text without moving a
//! single offset.
//!
//! # Brief overview
//!
//! [`Normalizer`] (built with [`NormalizerBuilder`]) takes an article's raw
//! bytes and returns a [`Normalized`] document: the original text (decoded),
//! a unified *view* of it with an [`OffsetMap`](byline_text::OffsetMap) back
//! to the original, the metadata (title, section, dateline, byline, date),
//! the boilerplate spans with their [`BoilerplateKind`], the body paragraphs
//! and sentences, and the language with its stemmer. Every span is a byte
//! range into [`Normalized::text`].
//!
//! # Example
//!
//! ```
//! use byline_normalize::Normalizer;
//!
//! let normalizer = Normalizer::builder().build();
//! let doc = normalizer.normalize(b"Politics\n\nMr. Smith went to Ottawa. He spoke.\n");
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| s.slice(&doc.text)).collect();
//! assert!(sentences.contains(&"He spoke."));
//! ```
#![deny(missing_docs)]

mod normalizer;

pub use normalizer::{
    Boilerplate, BoilerplateKind, CorpusProfile, Lang, Normalized, Normalizer, NormalizerBuilder, Paragraph,
    ParagraphKind,
};

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::Normalizer>();
        assert_send_sync::<super::Normalized>();
        assert_send_sync::<super::CorpusProfile>();
    }
}
