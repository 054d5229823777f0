//! What normalization produces: the [`Normalized`] document and its parts.

use crate::Lang;
use byline_text::{Diagnostic, OffsetMap, Span};
use serde::{Deserialize, Serialize};

/// What a boilerplate span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoilerplateKind {
    /// A leading metadata line such as ` date 2018-04-21`.
    Metadata,
    /// A section label such as `Politics`.
    SectionLabel,
    /// A byline ("By Jane Doe, The Canadian Press") or a credit line ("With files from …").
    Byline,
    /// "Story continues below advertisement" and the like.
    Advertisement,
    /// Video or audio promos and their titles ("Click to play video: …", "WATCH ABOVE:").
    MediaPromo,
    /// Links to other articles ("READ MORE: …").
    CrossLink,
    /// Newsletter sign-ups, sponsor lines, share prompts, copyright notices.
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

/// The role of one [`Block`] of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "role", content = "kind")]
pub enum BlockRole {
    /// The headline.
    Title,
    /// The dateline at the head of the first paragraph ("OTTAWA").
    Dateline,
    /// A boilerplate span (metadata, section label and bylines included).
    Boilerplate(BoilerplateKind),
    /// A body paragraph.
    Paragraph(ParagraphKind),
}

/// One non-empty piece of a document with its role: see [`Normalized::blocks`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Where it is in the original text.
    pub span: Span,
    /// What it is.
    pub role: BlockRole,
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
    /// The body as the unified view sees it: the view text of each paragraph,
    /// joined by blank lines; boilerplate, title and metadata left out.
    /// What deduplication compares.
    pub fn body_view(&self) -> String {
        let mut out = String::with_capacity(self.view.len());
        for p in &self.paragraphs {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(self.to_view(p.span).slice(&self.view));
        }
        out
    }

    /// The view text of a span of the original (e.g. a sentence).
    pub fn view_text(&self, span: Span) -> &str {
        self.to_view(span).slice(&self.view)
    }

    /// Maps a span of [`Normalized::text`] to the span of [`Normalized::view`]
    /// that stands for it (the inverse of [`Normalized::map`]). A span that
    /// cuts through a replaced character covers the whole replacement.
    pub fn to_view(&self, span: Span) -> Span {
        let len = self.view.len();
        let mut start = first_view_offset(len, |v| self.map.start_to_original(v) >= span.start);
        // The last offset whose end maps inside the span.
        let past = first_view_offset(len + 1, |v| self.map.end_to_original(v) > span.end);
        let mut end = past.saturating_sub(1).min(len).max(start);
        while !self.view.is_char_boundary(start) {
            start -= 1;
        }
        while !self.view.is_char_boundary(end) {
            end -= 1;
        }
        let end = end.max(start);
        Span::new(start, end)
    }

    /// Every non-empty piece of the document with its role, in text order:
    /// the title, the dateline, each boilerplate span (metadata, section
    /// labels, bylines, captions, promos, …) and each body paragraph. Lets a
    /// later stage look inside titles and captions as well as the body.
    pub fn blocks(&self) -> Vec<Block> {
        let mut blocks = Vec::with_capacity(self.boilerplate.len() + self.paragraphs.len() + 2);
        blocks.extend(self.title.map(|span| Block { span, role: BlockRole::Title }));
        blocks.extend(self.dateline.map(|span| Block { span, role: BlockRole::Dateline }));
        blocks.extend(self.boilerplate.iter().map(|b| Block { span: b.span, role: BlockRole::Boilerplate(b.kind) }));
        blocks.extend(self.paragraphs.iter().map(|p| Block { span: p.span, role: BlockRole::Paragraph(p.kind) }));
        blocks.sort_by_key(|b| (b.span.start, b.span.end));
        blocks
    }

    /// The boilerplate spans of one kind.
    pub fn boilerplate_of(&self, kind: BoilerplateKind) -> impl Iterator<Item = Span> + '_ {
        self.boilerplate.iter().filter(move |b| b.kind == kind).map(|b| b.span)
    }
}

/// The smallest offset in `0..hi` where the monotone `reached` holds, else `hi`.
fn first_view_offset(hi: usize, reached: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if reached(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}
