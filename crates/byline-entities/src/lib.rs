//! People, organisations and places in news text, by heuristics.
//!
//! # Brief overview
//!
//! [`EntityRecognizer`] (built with [`EntityRecognizerBuilder`]) reads one
//! [`Normalized`](byline_normalize::Normalized) article and returns its
//! [`DocEntities`]: every [`Mention`] with its byte span and type, grouped
//! into document-level [`Entity`] records ("Hehr" and "Kent Hehr" are one
//! entity) carrying aliases, roles and the pronoun gender used of a person.
//! [`CorpusLinker`] then joins the entities of many documents into
//! [`CorpusEntity`] records, deterministically.
//!
//! The whole original text is read, headline, captions and credits
//! included; the normalizer's sentences only help to tell where sentences
//! start. Titles are kept out of mentions and recorded as roles; possessive
//! `'s` stays outside the span. See the crate README for the passes.
//!
//! # Example
//!
//! ```
//! use byline_entities::{EntityRecognizer, EntityType, Gender};
//! use byline_normalize::Normalizer;
//!
//! let text = "Kent Hehr spoke in Halifax. Hehr said he would stay. Julie Lalonde, a public educator, said she was glad.";
//! let doc = Normalizer::builder().build().normalize_str(text);
//! let ents = EntityRecognizer::builder().build().recognize(&doc);
//! let hehr = ents.entities.iter().find(|e| e.name == "Kent Hehr").unwrap();
//! assert_eq!(hehr.kind, EntityType::Person);
//! assert_eq!(hehr.aliases, ["Kent Hehr", "Hehr"]);
//! let she = text.find("she was").unwrap();
//! let m = ents.person_before(she, Some(Gender::Female)).unwrap();
//! assert_eq!(ents.entities[m.entity].name, "Julie Lalonde");
//! assert_eq!(ents.entities[m.entity].roles, ["public educator"]);
//! ```
#![deny(missing_docs)]

mod attributes;
mod fxhash;
mod lexicon;
mod link;
mod mentions;
mod nested;
mod recognizer;
mod resolve;
mod titles;
mod tokens;
mod typing;

pub use attributes::{is_pronoun, pronoun_gender};
pub use link::CorpusLinker;
pub use recognizer::{
    CorpusEntity, DocEntities, Entity, EntityRecognizer, EntityRecognizerBuilder, EntityType, Gender, Mention,
    NestedName,
};

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::EntityRecognizer>();
        assert_send_sync::<super::DocEntities>();
        assert_send_sync::<super::CorpusLinker>();
    }
}

/// The README's example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
