//! Who said what: direct, mixed and indirect quotes with cues and speakers.
//!
//! # Brief overview
//!
//! [`QuoteExtractor`] (built with [`QuoteExtractorBuilder`]) reads one
//! [`Normalized`](byline_normalize::Normalized) article and its
//! [`DocEntities`](byline_entities::DocEntities) and returns [`DocQuotes`]:
//! every [`Quote`] with its [`QuoteKind`], byte span, cue and resolved
//! [`Speaker`]. [`QuoteLinker`] groups the same quote carried by several
//! articles so distinct quotes per speaker can be counted.
//!
//! Quotation marks of every style are paired per paragraph (apostrophes told
//! apart, nesting kept inside, an unclosed mark never runs past its
//! paragraph); reporting verbs are matched by stem; the content is typed
//! `direct` (inside marks), `mixed` (a reported clause holding quoted
//! fragments) or `indirect`; speakers are resolved through the entities
//! (surnames and titles to the full name, pronouns to the most salient
//! compatible person, descriptions kept as unnamed speakers). Everything is a
//! few linear passes; bad input gives results and diagnostics, never a panic.
//!
//! # Example
//!
//! ```
//! use byline_entities::EntityRecognizer;
//! use byline_normalize::Normalizer;
//! use byline_quotes::QuoteExtractor;
//!
//! let doc = Normalizer::builder().build().normalize_str("\"We will win,\" Smith said.");
//! let entities = EntityRecognizer::builder().build().recognize(&doc);
//! let quotes = QuoteExtractor::builder().build().extract(&doc, &entities);
//! assert_eq!(quotes.quotes[0].span.slice(&doc.text), "We will win,");
//! ```
#![deny(missing_docs)]

mod attribution;
mod extractor;
mod lexicon;
mod link;
mod marks;
mod signature;
mod speaker;
mod tokens;

pub use extractor::{DocQuotes, Quote, QuoteExtractor, QuoteExtractorBuilder, QuoteKind, Speaker, SpeakerKind};
pub use link::QuoteLinker;

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::QuoteExtractor>();
        assert_send_sync::<super::DocQuotes>();
        assert_send_sync::<super::QuoteLinker>();
    }
}
