//! The [`Normalizer`]: decoding, view, line roles, head, body, sentences,
//! language, in that order. Every rule reads the view; every span is mapped
//! back to the original text at the end.

use crate::boilerplate::{announced_title, classify_line, repeats_title, word_count};
use crate::decoding::decode;
use crate::document::{Boilerplate, BoilerplateKind, Normalized, Paragraph, ParagraphKind};
use crate::metadata::{dateline, head_of_paragraph_end, is_byline, is_section_label, is_title, metadata_line};
use crate::paragraphs::{lines, paragraphs, BodyLine, Line};
use crate::sentences::split_paragraph;
use crate::view::build_view;
use crate::{lang, CorpusProfile};
use byline_text::{Diagnostic, OffsetMap, Span};
use std::ops::Range;

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
        Normalizer { profile: self.profile }
    }
}

/// Normalizes articles. Cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Normalizer {
    profile: CorpusProfile,
}

impl Default for Normalizer {
    fn default() -> Normalizer {
        Normalizer::builder().build()
    }
}

/// The role of one line of the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Body,
    Title,
    Boilerplate(BoilerplateKind),
}

/// What the head of the article holds, in view ranges.
#[derive(Default)]
struct Head {
    title: Option<Range<usize>>,
    date: Option<Range<usize>>,
    dateline: Option<Range<usize>>,
    bylines: Vec<Range<usize>>,
    /// Metadata that is only part of a line (` date 2018-04-21 Prime …`).
    partial: Vec<(Range<usize>, BoilerplateKind)>,
}

/// Longest line, in words, that may be the title of a video promo.
const MAX_PROMO_TITLE_WORDS: usize = 25;

/// How many lines from the top the head may span.
const MAX_HEAD_LINES: usize = 12;

impl Normalizer {
    /// A builder with the default settings.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// Normalizes one article given as raw bytes.
    pub fn normalize(&self, raw: &[u8]) -> Normalized {
        let mut diagnostics = Vec::new();
        let text = decode(raw, &mut diagnostics);
        self.normalize_text(text, diagnostics)
    }

    /// Normalizes one article given as a string.
    pub fn normalize_str(&self, text: &str) -> Normalized {
        self.normalize_text(text.to_string(), Vec::new())
    }

    fn normalize_text(&self, text: String, mut diagnostics: Vec<Diagnostic>) -> Normalized {
        let view = build_view(&text, &mut diagnostics);
        let v = view.text.as_str();
        let mut lines = lines(v);
        let mut roles = self.line_roles(v, &lines);
        let head = read_head(v, &mut lines, &mut roles);
        let body = body_lines(&lines, &roles);
        let paras = paragraphs(v, &body);
        let map = &view.map;
        let to_orig = |r: &Range<usize>| map.to_original(Span::new(r.start, r.end));

        let mut boilerplate: Vec<Boilerplate> = lines
            .iter()
            .zip(&roles)
            .filter_map(|(l, role)| match role {
                Role::Boilerplate(kind) => Some(Boilerplate { span: to_orig(&l.span), kind: *kind }),
                _ => None,
            })
            .chain(head.partial.iter().map(|(r, kind)| Boilerplate { span: to_orig(r), kind: *kind }))
            .collect();
        boilerplate.sort_by_key(|b| (b.span.start, b.span.end));

        let mut sentences = Vec::new();
        let mut out_paragraphs = Vec::with_capacity(paras.len());
        for (range, kind) in &paras {
            out_paragraphs.push(Paragraph { span: to_orig(range), kind: *kind });
            match kind {
                ParagraphKind::Heading => sentences.push(to_orig(range)),
                ParagraphKind::Text => sentences.extend(
                    split_paragraph(&v[range.clone()])
                        .into_iter()
                        .map(|s| to_orig(&(range.start + s.start..range.start + s.end))),
                ),
            }
        }
        if out_paragraphs.is_empty() && !v.trim().is_empty() {
            diagnostics.push(Diagnostic::info("no body text found: every line is title, metadata or boilerplate"));
        }
        let lang = lang::detect(&language_sample(v, &paras));
        Normalized {
            lang,
            title: head.title.as_ref().map(to_orig),
            date: head.date.as_ref().map(to_orig),
            dateline: head.dateline.as_ref().map(to_orig),
            bylines: head.bylines.iter().map(to_orig).collect(),
            boilerplate,
            paragraphs: out_paragraphs,
            sentences,
            diagnostics,
            view: view.text,
            map: view.map,
            text,
        }
    }

    /// Fixed patterns, promo titles and learned templates, line by line.
    fn line_roles(&self, v: &str, lines: &[Line]) -> Vec<Role> {
        let mut roles = Vec::with_capacity(lines.len());
        let mut promo_title: Option<&str> = None;
        let mut after_promo = false;
        for line in lines {
            let s = &v[line.span.clone()];
            let role = if let Some(kind) = classify_line(s) {
                Role::Boilerplate(kind)
            } else if promo_title.is_some_and(|t| repeats_title(s, t))
                || (after_promo && !line.blank_before && is_promo_title(s))
            {
                Role::Boilerplate(BoilerplateKind::MediaPromo)
            } else if self.profile.is_template(s) {
                Role::Boilerplate(BoilerplateKind::Template)
            } else {
                Role::Body
            };
            promo_title = announced_title(s);
            after_promo = promo_title.is_some();
            roles.push(role);
        }
        roles
    }
}

/// The title line under "Click to play video: …" when it is not a verbatim repeat.
fn is_promo_title(s: &str) -> bool {
    word_count(s) <= MAX_PROMO_TITLE_WORDS && !s.ends_with('.')
}

/// Reads metadata, section label, title and bylines from the top lines,
/// stopping at the first body line, whose dateline it also reads.
fn read_head(v: &str, lines: &mut [Line], roles: &mut [Role]) -> Head {
    let mut head = Head::default();
    let mut seen_content = false;
    for i in 0..lines.len().min(MAX_HEAD_LINES) {
        if roles[i] != Role::Body {
            continue;
        }
        let span = lines[i].span.clone();
        let s = &v[span.clone()];
        if let Some(m) = metadata_line(s) {
            head.date = head.date.take().or(m.date.map(|d| span.start + d.start..span.start + d.end));
            match m.rest {
                None => roles[i] = Role::Boilerplate(BoilerplateKind::Metadata),
                Some(rest) => {
                    head.partial.push((span.start + m.span.start..span.start + m.span.end, BoilerplateKind::Metadata));
                    lines[i].span.start = span.start + rest;
                    read_dateline(v, &mut lines[i], &mut head);
                    return head;
                }
            }
            continue;
        }
        if is_byline(s) {
            roles[i] = Role::Boilerplate(BoilerplateKind::Byline);
            head.bylines.push(span);
            continue;
        }
        let has_more = roles[i + 1..].contains(&Role::Body);
        if !seen_content && head.title.is_none() && has_more && is_section_label(s) && next_is_title(v, lines, roles, i)
        {
            roles[i] = Role::Boilerplate(BoilerplateKind::SectionLabel);
            seen_content = true;
            continue;
        }
        if head.title.is_none() && has_more && is_title(s) {
            roles[i] = Role::Title;
            head.title = Some(span);
            seen_content = true;
            continue;
        }
        read_dateline(v, &mut lines[i], &mut head);
        return head;
    }
    head
}

/// The next body-role line after `i` reads as a headline.
fn next_is_title(v: &str, lines: &[Line], roles: &[Role], i: usize) -> bool {
    (i + 1..lines.len()).find(|&j| roles[j] == Role::Body).is_some_and(|j| {
        let s = &v[lines[j].span.clone()];
        is_title(s) && metadata_line(s).is_none() && !is_byline(s)
    })
}

fn read_dateline(v: &str, line: &mut Line, head: &mut Head) {
    let s = &v[line.span.clone()];
    if let Some((dl, rest)) = dateline(s) {
        let base = line.span.start;
        head.dateline = Some(base + dl.start..base + dl.end);
        line.span.start = base + rest;
    }
}

/// Body lines with whether each follows the previous one directly.
fn body_lines(lines: &[Line], roles: &[Role]) -> Vec<BodyLine> {
    let mut out = Vec::with_capacity(lines.len());
    let mut prev_was_body = false;
    for (line, role) in lines.iter().zip(roles) {
        let is_body = *role == Role::Body;
        if is_body {
            out.push(BodyLine { span: line.span.clone(), adjacent: prev_was_body && !line.blank_before });
        }
        prev_was_body = is_body;
    }
    out
}

/// Up to a few kilobytes of body text for language detection.
fn language_sample(v: &str, paras: &[(Range<usize>, ParagraphKind)]) -> String {
    if paras.is_empty() {
        return v.chars().take(2048).collect();
    }
    let mut out = String::with_capacity(2100);
    for (r, _) in paras {
        if out.len() >= 2048 {
            break;
        }
        out.push_str(&v[r.clone()]);
        out.push('\n');
    }
    out
}

/// Splits a plain text into sentences: every non-empty line block is body
/// (no head, no boilerplate), wrapped lines are joined, and each paragraph
/// is split; a dateline or date opening a paragraph is a sentence of its own. Spans index `text`. This is the splitter
/// [`Normalizer::normalize`] runs on the body.
///
/// ```
/// let text = "Mr. Smith went to Washington, D.C. He arrived at 5 p.m. Tuesday.";
/// let spans = byline_normalize::split_sentences(text);
/// let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
/// assert_eq!(got, ["Mr. Smith went to Washington, D.C.", "He arrived at 5 p.m. Tuesday."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    let view = build_view(text, &mut Vec::new());
    let v = view.text.as_str();
    let ls = lines(v);
    let body: Vec<BodyLine> = ls.iter().map(|l| BodyLine { span: l.span.clone(), adjacent: !l.blank_before }).collect();
    let mut out = Vec::new();
    for (mut range, _) in paragraphs(v, &body) {
        if let Some(rest) = head_of_paragraph_end(&v[range.clone()]) {
            let head = v[range.start..range.start + rest].trim_end();
            out.push(map_range(&view.map, range.start..range.start + head.len()));
            range.start += rest;
        }
        for s in split_paragraph(&v[range.clone()]) {
            out.push(map_range(&view.map, range.start + s.start..range.start + s.end));
        }
    }
    out
}

fn map_range(map: &OffsetMap, r: Range<usize>) -> Span {
    map.to_original(Span::new(r.start, r.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BlockRole;

    fn normalize(text: &str) -> Normalized {
        Normalizer::default().normalize_str(text)
    }

    fn kinds(doc: &Normalized) -> Vec<(&str, BoilerplateKind)> {
        doc.boilerplate.iter().map(|b| (b.span.slice(&doc.text), b.kind)).collect()
    }

    #[test]
    fn section_label_then_title() {
        let doc = normalize("Politics\n\nHehr will attend workshop\n\nHehr's office confirmed it. He will go.\n");
        assert_eq!(kinds(&doc), [("Politics", BoilerplateKind::SectionLabel)]);
        assert_eq!(doc.title.unwrap().slice(&doc.text), "Hehr will attend workshop");
        assert_eq!(doc.sentences.len(), 2);
    }

    #[test]
    fn a_lede_is_not_a_title() {
        let lede = "Prime Minister Justin Trudeau and other Liberal MPs, including one accused of sexual harassment, \
                    are taking part in a closed-door workshop on creating safe workplaces at the Liberal convention.";
        let doc = normalize(&format!("{lede}\n\nMore text follows here.\n"));
        assert!(doc.title.is_none());
        assert_eq!(doc.paragraphs[0].span.slice(&doc.text), lede);
    }

    #[test]
    fn metadata_prefix_leaves_the_body() {
        let doc = normalize(" date 2018-04-21 Prime Minister Justin Trudeau spoke.\n\nHe left.");
        assert_eq!(doc.date.unwrap().slice(&doc.text), "2018-04-21");
        assert_eq!(kinds(&doc), [("date 2018-04-21", BoilerplateKind::Metadata)]);
        assert_eq!(doc.sentences[0].slice(&doc.text), "Prime Minister Justin Trudeau spoke.");
    }

    #[test]
    fn promo_title_under_click_to_play_is_boilerplate() {
        let doc = normalize(
            "Title of the story here\n\nClick to play video: 'Hehr vows to carry on'\nHehr vows to carry on\n\nBody text.",
        );
        assert_eq!(
            kinds(&doc),
            [
                ("Click to play video: 'Hehr vows to carry on'", BoilerplateKind::MediaPromo),
                ("Hehr vows to carry on", BoilerplateKind::MediaPromo)
            ]
        );
        assert_eq!(doc.paragraphs.len(), 1);
    }

    #[test]
    fn bylines_and_datelines() {
        let doc =
            normalize("Vote passes\n\nBy Jane Doe, The Canadian Press\n\nHALIFAX (CP) \u{2014} The vote passed.\n");
        assert_eq!(doc.bylines[0].slice(&doc.text), "By Jane Doe, The Canadian Press");
        assert_eq!(doc.dateline.unwrap().slice(&doc.text), "HALIFAX (CP)");
        assert_eq!(doc.paragraphs[0].span.slice(&doc.text), "The vote passed.");
    }

    #[test]
    fn blocks_cover_every_role_in_order() {
        let doc = normalize(
            "Politics\n\nA headline here\n\nOTTAWA - Text here.\n\nA photo. (Jane Doe/CP)\n\n\
             Story continues below advertisement\n\nBody.\n",
        );
        let roles: Vec<BlockRole> = doc.blocks().iter().map(|b| b.role).collect();
        assert_eq!(
            roles,
            [
                BlockRole::Boilerplate(BoilerplateKind::SectionLabel),
                BlockRole::Title,
                BlockRole::Dateline,
                BlockRole::Paragraph(ParagraphKind::Text),
                BlockRole::Boilerplate(BoilerplateKind::Caption),
                BlockRole::Boilerplate(BoilerplateKind::Advertisement),
                BlockRole::Paragraph(ParagraphKind::Text),
            ]
        );
    }

    #[test]
    fn body_view_is_the_unified_body() {
        let doc = normalize("Headline words here\n\n\u{201C}Yes,\u{201D} she said\u{00A0}\u{2014} twice.\r\n\r\nDone.");
        assert_eq!(doc.body_view(), "\"Yes,\" she said - twice.\n\nDone.");
        let s = doc.sentences[0];
        assert_eq!(doc.view_text(s), "\"Yes,\" she said - twice.");
    }

    #[test]
    fn same_input_same_output() {
        let text = "Politics\n\nTitle here now\n\nOne. Two.\n";
        let (a, b) = (normalize(text), normalize(text));
        assert_eq!(a.sentences, b.sentences);
        assert_eq!(a.boilerplate, b.boilerplate);
    }
}
