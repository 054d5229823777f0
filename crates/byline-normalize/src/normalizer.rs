//! PLACEHOLDER implementation: the public types are the contract other crates
//! build on; the bodies are a naive first cut to be replaced.

use byline_text::{Diagnostic, OffsetMap, Span};
use serde::{Deserialize, Serialize};

/// The language of a document, as far as byline cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Anything else (or too little text to tell).
    Other,
}

impl Lang {
    /// ISO 639-1 code (`"en"`, `"fr"`) or `"other"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Other => "other",
        }
    }

    /// The Snowball stemmer for this language (English for `Other`).
    pub fn stemmer(self) -> rust_stemmers::Stemmer {
        match self {
            Lang::Fr => rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::French),
            _ => rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
        }
    }
}

/// What a boilerplate span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoilerplateKind {
    /// A leading metadata line such as ` date 2018-04-21`.
    Metadata,
    /// A section label such as `Politics`.
    SectionLabel,
    /// A byline ("By Jane Doe, The Canadian Press").
    Byline,
    /// "Story continues below advertisement" and the like.
    Advertisement,
    /// Video or audio promos and their titles ("Click to play video: …", "WATCH ABOVE:").
    MediaPromo,
    /// Links to other articles ("READ MORE: …").
    CrossLink,
    /// Newsletter sign-ups, sponsor lines, share prompts.
    Newsletter,
    /// A photo caption ending in a credit.
    Caption,
    /// A short line recurring across documents of the corpus (an outlet template).
    Template,
}

impl BoilerplateKind {
    /// The kebab-case name used in reports (`"section-label"`).
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::Metadata => "metadata",
            BoilerplateKind::SectionLabel => "section-label",
            BoilerplateKind::Byline => "byline",
            BoilerplateKind::Advertisement => "advertisement",
            BoilerplateKind::MediaPromo => "media-promo",
            BoilerplateKind::CrossLink => "cross-link",
            BoilerplateKind::Newsletter => "newsletter",
            BoilerplateKind::Caption => "caption",
            BoilerplateKind::Template => "template",
        }
    }
}

/// A span kept out of the body, with what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// Where it is in the original text (one line, without its line break).
    pub span: Span,
    /// What it is.
    pub kind: BoilerplateKind,
}

/// What a body paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Running prose.
    Text,
    /// A subheading inside the body (short, no final punctuation).
    Heading,
}

/// A body paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Where it is in the original text, trimmed of surrounding white space.
    pub span: Span,
    /// What it is.
    pub kind: ParagraphKind,
}

/// One article after normalization. All spans index [`Normalized::text`].
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The original text, decoded (lossily if it was not UTF-8). Never modified.
    pub text: String,
    /// The unified view: NFC, CRLF folded, quotes/dashes/spaces unified.
    pub view: String,
    /// Maps offsets of [`Normalized::view`] back to [`Normalized::text`].
    pub map: OffsetMap,
    /// The detected language.
    pub lang: Lang,
    /// The headline.
    pub title: Option<Span>,
    /// A date found in a metadata line, as written (e.g. `2018-04-21`).
    pub date: Option<Span>,
    /// The dateline ("OTTAWA", "HALIFAX (CP)") without its dash.
    pub dateline: Option<Span>,
    /// Byline lines.
    pub bylines: Vec<Span>,
    /// Everything kept out of the body, in text order.
    pub boilerplate: Vec<Boilerplate>,
    /// Body paragraphs (headings included), in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Body sentences, in text order; each lies inside one paragraph.
    pub sentences: Vec<Span>,
    /// What was repaired or guessed.
    pub diagnostics: Vec<Diagnostic>,
}

impl Normalized {
    /// The body as the unified view sees it: paragraphs joined by blank lines,
    /// boilerplate, title and metadata left out. What deduplication compares.
    pub fn body_view(&self) -> String {
        let mut out = String::new();
        for p in &self.paragraphs {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(p.span.slice(&self.text));
        }
        out
    }
}

/// Facts learned from a whole corpus before its documents are normalized,
/// such as the short lines an outlet repeats in every article.
#[derive(Clone, Debug, Default)]
pub struct CorpusProfile {}

impl CorpusProfile {
    /// Learns the profile from the raw texts of a corpus.
    pub fn learn<'a>(_texts: impl IntoIterator<Item = &'a str>) -> CorpusProfile {
        CorpusProfile {}
    }
}

/// Builds a [`Normalizer`].
#[derive(Clone, Debug, Default)]
pub struct NormalizerBuilder {
    profile: CorpusProfile,
}

impl NormalizerBuilder {
    /// Uses corpus-level facts (recurring template lines) as boilerplate evidence.
    pub fn corpus_profile(mut self, profile: CorpusProfile) -> NormalizerBuilder {
        self.profile = profile;
        self
    }

    /// The finished normalizer.
    pub fn build(self) -> Normalizer {
        Normalizer { _profile: self.profile }
    }
}

/// Normalizes articles. Cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Normalizer {
    _profile: CorpusProfile,
}

impl Normalizer {
    /// A builder with the default settings.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// Normalizes one article given as raw bytes.
    pub fn normalize(&self, raw: &[u8]) -> Normalized {
        let mut diagnostics = Vec::new();
        let text = match std::str::from_utf8(raw) {
            Ok(s) => s.to_string(),
            Err(_) => {
                diagnostics.push(Diagnostic::warning("invalid UTF-8 replaced by U+FFFD"));
                String::from_utf8_lossy(raw).into_owned()
            }
        };
        self.normalize_text(text, diagnostics)
    }

    /// Normalizes one article given as a string.
    pub fn normalize_str(&self, text: &str) -> Normalized {
        self.normalize_text(text.to_string(), Vec::new())
    }

    fn normalize_text(&self, text: String, diagnostics: Vec<Diagnostic>) -> Normalized {
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let span = Span::new(pos, pos + line.len()).trim(&text);
            pos += line.len();
            if span.is_empty() {
                continue;
            }
            paragraphs.push(Paragraph { span, kind: ParagraphKind::Text });
            let mut start = span.start;
            let s = span.slice(&text);
            for (i, _) in s.match_indices(". ") {
                sentences.push(Span::new(start, span.start + i + 1));
                start = span.start + i + 2;
            }
            sentences.push(Span::new(start, span.end));
        }
        let lang = match whatlang::detect_lang(&text) {
            Some(whatlang::Lang::Eng) => Lang::En,
            Some(whatlang::Lang::Fra) => Lang::Fr,
            _ => Lang::Other,
        };
        Normalized {
            view: text.clone(),
            map: OffsetMap::identity(text.len()),
            text,
            lang,
            title: None,
            date: None,
            dateline: None,
            bylines: Vec::new(),
            boilerplate: Vec::new(),
            paragraphs,
            sentences,
            diagnostics,
        }
    }
}
