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
//! # Example
//!
//! ```
//! use byline_entities::{EntityRecognizer, EntityType};
//! use byline_normalize::Normalizer;
//!
//! let doc = Normalizer::builder().build().normalize_str("Kent Hehr spoke in Halifax. Hehr said he would stay.");
//! let ents = EntityRecognizer::builder().build().recognize(&doc);
//! assert!(ents.entities.iter().any(|e| e.name == "Kent Hehr" && e.kind == EntityType::Person));
//! ```
#![deny(missing_docs)]

mod attributes;
mod fxhash;
mod lexicon;
mod link;
mod mentions;
mod recognizer;
mod resolve;
mod tokens;
mod typing;

pub use attributes::{is_pronoun, pronoun_gender};
pub use link::CorpusLinker;
pub use recognizer::{
    CorpusEntity, DocEntities, Entity, EntityRecognizer, EntityRecognizerBuilder, EntityType, Gender, Mention,
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
