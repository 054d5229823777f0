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
//! * **Decoding**: UTF-8 (invalid bytes replaced, with a diagnostic), UTF-16
//!   with a byte-order mark; the text itself is never modified.
//! * **View**: NFC; curly quotes and apostrophes, every dash, non-breaking
//!   and zero-width spaces, CRLF and control characters unified; the map
//!   sends every view offset back to exact original bytes.
//! * **Head**: a leading metadata line (`date 2018-04-21`), a section label,
//!   the headline, bylines, the dateline (`OTTAWA -`).
//! * **Boilerplate**: advertisement markers, video/audio promos (and the
//!   title line under "Click to play video"), cross-links, newsletter and
//!   sponsor lines, photo captions ending in a credit, and, given a
//!   [`CorpusProfile`], the short lines an outlet repeats across articles.
//!   A line holding a quotation or running prose is never boilerplate
//!   unless it opens with an explicit marker ("READ MORE:", "WATCH:").
//! * **Body**: paragraphs (subheadings marked [`ParagraphKind::Heading`]) and
//!   sentences that know news English: `Mr.`, `Lt. Gen.`, `B.C.`, `U.S.`,
//!   `Jan. 25`, initials, decimals, ellipses, `"Are you?" she asked`.
//! * **Language**: English, French or other ([`Lang`]), with its stemmer.
//!
//! # Example
//!
//! ```
//! use byline_normalize::{BoilerplateKind, Normalizer};
//!
//! let normalizer = Normalizer::builder().build();
//! let doc = normalizer.normalize(b"Politics\n\nMr. Smith went to Ottawa. He spoke.\n");
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| s.slice(&doc.text)).collect();
//! assert!(sentences.contains(&"He spoke."));
//!
//! let raw = "Hehr resigns\n\nOTTAWA \u{2013} Kent Hehr quit on Thursday.\n\nStory continues below advertisement\n\n\u{201C}I resign,\u{201D} he said.";
//! let doc = normalizer.normalize_str(raw);
//! assert_eq!(doc.title.unwrap().slice(&doc.text), "Hehr resigns");
//! assert_eq!(doc.dateline.unwrap().slice(&doc.text), "OTTAWA");
//! assert_eq!(doc.boilerplate[0].kind, BoilerplateKind::Advertisement);
//! assert_eq!(doc.sentences[1].slice(&doc.text), "\u{201C}I resign,\u{201D} he said.");
//! assert_eq!(doc.body_view(), "Kent Hehr quit on Thursday.\n\n\"I resign,\" he said.");
//! ```
//!
//! # Corpus templates
//!
//! ```
//! use byline_normalize::{BoilerplateKind, CorpusProfile, Normalizer};
//!
//! let docs: Vec<String> = (0..4)
//!     .map(|i| format!("Story {i}\n\nBody of story {i} is here.\n\nABSTRACT.\n\nMore of story {i}."))
//!     .collect();
//! let profile = CorpusProfile::learn(docs.iter().map(String::as_str));
//! let normalizer = Normalizer::builder().corpus_profile(profile).build();
//! let doc = normalizer.normalize_str(&docs[0]);
//! assert_eq!(doc.boilerplate[0].kind, BoilerplateKind::Template);
//! ```
#![deny(missing_docs)]

mod boilerplate;
mod decoding;
mod document;
mod lang;
mod metadata;
mod normalizer;
mod paragraphs;
mod profile;
mod sentences;
mod view;

pub use document::{Block, BlockRole, Boilerplate, BoilerplateKind, Normalized, Paragraph, ParagraphKind};
pub use lang::Lang;
pub use normalizer::{split_sentences, Normalizer, NormalizerBuilder};
pub use profile::{CorpusProfile, DEFAULT_MIN_DOCUMENTS};

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::Normalizer>();
        assert_send_sync::<super::Normalized>();
        assert_send_sync::<super::CorpusProfile>();
        assert_send_sync::<super::Block>();
    }
}

/// The README's example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
