//! PLACEHOLDER implementation: the public types are the contract other crates
//! build on; the bodies are a naive first cut to be replaced.

use byline_normalize::Normalized;
use byline_text::{Diagnostic, Span};
use serde::{Deserialize, Serialize};

/// The type of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    /// A person.
    #[serde(rename = "PERSON")]
    Person,
    /// An organisation (party, company, government body, outlet).
    #[serde(rename = "ORG")]
    Org,
    /// A place.
    #[serde(rename = "LOC")]
    Loc,
    /// Any other name (events, works, nationalities).
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    /// The report name: `PERSON`, `ORG`, `LOC` or `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// The grammatical gender the text uses of a person (from pronouns,
/// honorifics or first names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// he / him / his, Mr.
    Male,
    /// she / her, Ms., Mrs.
    Female,
}

/// One mention of a named entity in one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The name as written, titles and possessive `'s` excluded.
    pub span: Span,
    /// Index into [`DocEntities::entities`].
    pub entity: usize,
    /// The type of this mention (the entity's type).
    pub kind: EntityType,
}

/// One real-world entity as one document names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest name the document gives ("Kent Hehr", not "Hehr").
    pub name: String,
    /// Its type.
    pub kind: EntityType,
    /// Distinct surface forms, in order of first appearance.
    pub aliases: Vec<String>,
    /// Titles and appositions ("Liberal MP", "public educator").
    pub roles: Vec<String>,
    /// For people: the gender of the pronouns used of them, when known.
    pub gender: Option<Gender>,
    /// Indices into [`DocEntities::mentions`], in text order.
    pub mentions: Vec<usize>,
}

/// The entities of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocEntities {
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Every entity, in order of first mention.
    pub entities: Vec<Entity>,
    /// What was guessed or skipped.
    pub diagnostics: Vec<Diagnostic>,
}

impl DocEntities {
    /// The mention whose span covers `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end <= offset);
        self.mentions.get(i).filter(|m| m.span.start <= offset)
    }
}

/// Builds an [`EntityRecognizer`].
#[derive(Clone, Debug, Default)]
pub struct EntityRecognizerBuilder {}

impl EntityRecognizerBuilder {
    /// The finished recognizer.
    pub fn build(self) -> EntityRecognizer {
        EntityRecognizer {}
    }
}

/// Finds and resolves the named entities of one document.
#[derive(Clone, Debug)]
pub struct EntityRecognizer {}

impl EntityRecognizer {
    /// A builder with the default lexicons and rules.
    pub fn builder() -> EntityRecognizerBuilder {
        EntityRecognizerBuilder::default()
    }

    /// The entities of one normalized document.
    pub fn recognize(&self, doc: &Normalized) -> DocEntities {
        let mut out = DocEntities::default();
        for sentence in &doc.sentences {
            let s = sentence.slice(&doc.text);
            let mut run: Option<Span> = None;
            let mut pos = 0;
            for word in s.split(' ') {
                let span = Span::new(sentence.start + pos, sentence.start + pos + word.len());
                pos += word.len() + 1;
                let capital =
                    word.chars().next().is_some_and(char::is_uppercase) && word.chars().all(char::is_alphabetic);
                if capital {
                    run = Some(run.map_or(span, |r| r.cover(span)));
                } else if let Some(r) = run.take() {
                    push_person(&mut out, doc, r);
                }
            }
            if let Some(r) = run {
                push_person(&mut out, doc, r);
            }
        }
        out
    }
}

fn push_person(out: &mut DocEntities, doc: &Normalized, span: Span) {
    let name = span.slice(&doc.text).to_string();
    let entity = match out.entities.iter().position(|e| e.name == name) {
        Some(i) => i,
        None => {
            out.entities.push(Entity {
                name: name.clone(),
                kind: EntityType::Person,
                aliases: vec![name],
                roles: Vec::new(),
                gender: None,
                mentions: Vec::new(),
            });
            out.entities.len() - 1
        }
    };
    out.entities[entity].mentions.push(out.mentions.len());
    out.mentions.push(Mention { span, entity, kind: EntityType::Person });
}

/// One real-world entity across a corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusEntity {
    /// The fullest name the corpus gives.
    pub name: String,
    /// Its type.
    pub kind: EntityType,
    /// Distinct surface forms across the corpus, in order of first appearance.
    pub aliases: Vec<String>,
    /// `(document index, index into that document's entities)`, sorted.
    pub members: Vec<(usize, usize)>,
}

/// Links document-level entities into corpus-level ones. Deterministic:
/// the result depends only on the documents and their order.
#[derive(Clone, Debug, Default)]
pub struct CorpusLinker {}

impl CorpusLinker {
    /// A linker with the default rules.
    pub fn new() -> CorpusLinker {
        CorpusLinker {}
    }

    /// One [`CorpusEntity`] per real-world referent, ordered by first mention.
    pub fn link(&self, docs: &[&DocEntities]) -> Vec<CorpusEntity> {
        let mut out: Vec<CorpusEntity> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for (e, ent) in doc.entities.iter().enumerate() {
                match out.iter_mut().find(|c| c.name == ent.name && c.kind == ent.kind) {
                    Some(c) => c.members.push((d, e)),
                    None => out.push(CorpusEntity {
                        name: ent.name.clone(),
                        kind: ent.kind,
                        aliases: ent.aliases.clone(),
                        members: vec![(d, e)],
                    }),
                }
            }
        }
        out
    }
}
