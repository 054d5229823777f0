//! The JSON report of CONTRACT.md, as serde types.

use byline_text::{Diagnostic, Severity, Span};
use serde::{Deserialize, Serialize};

/// The whole report of one corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// How many inputs there were and what became of them.
    pub summary: Summary,
    /// One per analysed article, in input order.
    pub documents: Vec<DocumentRecord>,
    /// A partition of the documents into overlapping groups.
    pub clusters: Vec<ClusterRecord>,
    /// Corpus-level entities, in order of first mention.
    pub entities: Vec<EntityRecord>,
    /// Every quote, by document then position.
    pub quotes: Vec<QuoteRecord>,
    /// Everything repaired, guessed or skipped.
    pub diagnostics: Vec<DiagnosticRecord>,
}

/// Counts of inputs: `analysed + skipped == inputs`, always.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Articles found in the inputs (files, JSONL lines).
    pub inputs: usize,
    /// Articles analysed and listed in `documents`.
    pub analysed: usize,
    /// Articles that could not be analysed; each has an error diagnostic.
    pub skipped: usize,
}

/// A byte range with the text it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The original slice.
    pub text: String,
}

impl SpanRecord {
    /// The record of `span` in `text`.
    pub fn of(span: Span, text: &str) -> SpanRecord {
        SpanRecord { start: span.start, end: span.end, text: span.slice(text).to_string() }
    }
}

/// One analysed article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Its id.
    pub id: String,
    /// `en`, `fr` or `other`.
    pub lang: String,
    /// The given or detected headline.
    pub title: Option<String>,
    /// The given or detected date.
    pub date: Option<String>,
    /// The dateline ("OTTAWA").
    pub dateline: Option<String>,
    /// The given URL.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    /// The given outlet.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub outlet: Option<String>,
    /// Other input fields, untouched.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty", default)]
    pub meta: serde_json::Map<String, serde_json::Value>,
    /// Its size in bytes.
    pub bytes: usize,
    /// Body paragraphs as `[start, end]`.
    pub paragraphs: Vec<[usize; 2]>,
    /// Body sentences as `[start, end]`, boilerplate excluded.
    pub sentences: Vec<[usize; 2]>,
    /// Spans kept out of the body, with their kind.
    pub boilerplate: Vec<BoilerplateRecord>,
}

/// One boilerplate span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The original slice.
    pub text: String,
    /// What it is (`section-label`, `advertisement`, …).
    pub kind: String,
}

/// A group of overlapping documents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterRecord {
    /// `C1`, `C2`, … in order of their first document.
    pub id: String,
    /// The id of the most complete version.
    pub canonical: String,
    /// The canonical first, then the others.
    pub members: Vec<MemberRecord>,
}

/// One document of a cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberRecord {
    /// The document id.
    pub doc: String,
    /// `canonical`, `exact`, `near-duplicate`, `contained` or `contains`.
    pub relation: String,
    /// Jaccard similarity with the canonical (absent for the canonical).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub jaccard: Option<f64>,
    /// Share of this document inside the canonical (absent for the canonical).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub containment: Option<f64>,
    /// Shingles shared with the canonical (absent for the canonical).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub shared_shingles: Option<usize>,
}

/// One real-world entity across the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// `E1`, `E2`, … in order of first mention.
    pub id: String,
    /// The fullest name the corpus gives.
    pub name: String,
    /// `PERSON`, `ORG`, `LOC` or `MISC`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Distinct surface forms.
    pub aliases: Vec<String>,
    /// Titles and appositions.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub roles: Vec<String>,
    /// For people, the gender of the pronouns used of them.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gender: Option<String>,
    /// Every mention, by document then position.
    pub mentions: Vec<MentionRecord>,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRecord {
    /// The document id.
    pub doc: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The original slice.
    pub text: String,
}

/// One quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// The document id.
    pub doc: String,
    /// `direct`, `mixed` or `indirect`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The quote (direct: inside the marks; otherwise the reported clause).
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The reporting verb or phrase.
    pub cue: Option<CueRecord>,
    /// Who said it.
    pub speaker: Option<SpeakerRecord>,
    /// `Q1`, `Q2`, …: quotes of one group carry the same words in several
    /// documents (wire copies, updates); count groups for distinct quotes.
    pub group: String,
}

/// The cue of a quote.
pub type CueRecord = SpanRecord;

/// The speaker of a quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRecord {
    /// The entity id when the speaker is a named entity.
    pub entity: Option<String>,
    /// The resolved full name, or the description of an unnamed speaker.
    pub name: String,
    /// The local mention ("she", "Lalonde").
    pub text: String,
    /// First byte of the local mention.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// `named`, `pronoun` or `unnamed`.
    pub kind: String,
}

/// One diagnostic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticRecord {
    /// The document id (or, for an input that yielded none, the file).
    pub doc: String,
    /// `info`, `warning` or `error`.
    pub level: Severity,
    /// A one-line message.
    pub message: String,
    /// The input file, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub file: Option<String>,
    /// The line of a JSONL input, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    /// First byte, when the diagnostic is about one place.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub start: Option<usize>,
    /// One past the last byte.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub end: Option<usize>,
}

impl DiagnosticRecord {
    /// The record of a library diagnostic about document `doc`.
    pub fn of(doc: &str, d: &Diagnostic) -> DiagnosticRecord {
        DiagnosticRecord {
            doc: doc.to_string(),
            level: d.severity,
            message: d.message.clone(),
            file: None,
            line: None,
            start: d.span.map(|s| s.start),
            end: d.span.map(|s| s.end),
        }
    }

    /// A problem with an input file (or one line of it) that yielded no document.
    pub fn input(file: &str, line: Option<usize>, level: Severity, message: impl Into<String>) -> DiagnosticRecord {
        DiagnosticRecord {
            doc: match line {
                Some(l) => format!("{file}:{l}"),
                None => file.to_string(),
            },
            level,
            message: message.into(),
            file: Some(file.to_string()),
            line,
            start: None,
            end: None,
        }
    }
}
