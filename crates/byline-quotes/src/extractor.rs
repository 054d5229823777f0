//! PLACEHOLDER implementation: the public types are the contract other crates
//! build on; the bodies are a naive first cut to be replaced.

use byline_entities::DocEntities;
use byline_normalize::Normalized;
use byline_text::{Diagnostic, Span};
use serde::{Deserialize, Serialize};

/// The kind of a quote, as CONTRACT.md defines them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Speech inside quotation marks.
    Direct,
    /// Reported speech containing a quoted fragment.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// `"direct"`, `"mixed"` or `"indirect"`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// How the speaker is mentioned where the quote is attributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// By name ("Lalonde", "Prime Minister Justin Trudeau").
    Named,
    /// By pronoun ("she"), resolved to a person.
    Pronoun,
    /// By description with no name ("a spokesperson for Hehr's office").
    Unnamed,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The local mention ("she", "Lalonde", "a spokesperson").
    pub span: Span,
    /// The resolved full name ("Julie Lalonde"), or the description for an
    /// unnamed speaker.
    pub name: String,
    /// Index into the document's [`DocEntities::entities`] when the speaker is
    /// a named entity.
    pub entity: Option<usize>,
    /// How the speaker is mentioned.
    pub kind: SpeakerKind,
}

/// One quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// For direct quotes the content inside the marks; otherwise the whole
    /// reported clause.
    pub span: Span,
    /// The reporting verb or phrase ("said", "according to"), when there is one.
    pub cue: Option<Span>,
    /// The speaker, when one can be found. Never a guess presented as fact.
    pub speaker: Option<Speaker>,
}

/// The quotes of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocQuotes {
    /// Every quote, in text order.
    pub quotes: Vec<Quote>,
    /// Unbalanced marks and other repairs.
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds a [`QuoteExtractor`].
#[derive(Clone, Debug, Default)]
pub struct QuoteExtractorBuilder {}

impl QuoteExtractorBuilder {
    /// The finished extractor.
    pub fn build(self) -> QuoteExtractor {
        QuoteExtractor {}
    }
}

/// Finds the quotes of one document and attributes them.
#[derive(Clone, Debug)]
pub struct QuoteExtractor {}

impl QuoteExtractor {
    /// A builder with the default cue lexicon and rules.
    pub fn builder() -> QuoteExtractorBuilder {
        QuoteExtractorBuilder::default()
    }

    /// The quotes of one normalized document whose entities are known.
    pub fn extract(&self, doc: &Normalized, _entities: &DocEntities) -> DocQuotes {
        let mut out = DocQuotes::default();
        for p in &doc.paragraphs {
            let s = p.span.slice(&doc.text);
            let mut open = None;
            for (i, c) in s.char_indices() {
                match (c, open) {
                    ('"' | '“', None) => open = Some(i + c.len_utf8()),
                    ('"' | '”', Some(o)) => {
                        out.quotes.push(Quote {
                            kind: QuoteKind::Direct,
                            span: Span::new(p.span.start + o, p.span.start + i),
                            cue: None,
                            speaker: None,
                        });
                        open = None;
                    }
                    _ => {}
                }
            }
        }
        out
    }
}

/// Groups the same quote carried by several documents.
#[derive(Clone, Debug, Default)]
pub struct QuoteLinker {}

impl QuoteLinker {
    /// A linker with the default settings.
    pub fn new() -> QuoteLinker {
        QuoteLinker {}
    }

    /// Groups of `(document index, quote index)` that carry the same quote;
    /// every quote is in exactly one group, groups in order of first member.
    pub fn link(&self, docs: &[(&Normalized, &DocQuotes)]) -> Vec<Vec<(usize, usize)>> {
        let mut groups: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
        for (d, (doc, quotes)) in docs.iter().enumerate() {
            for (q, quote) in quotes.quotes.iter().enumerate() {
                let key = quote.span.slice(&doc.text).to_lowercase();
                match groups.iter_mut().find(|g| g.0 == key) {
                    Some(g) => g.1.push((d, q)),
                    None => groups.push((key, vec![(d, q)])),
                }
            }
        }
        groups.into_iter().map(|g| g.1).collect()
    }
}
