//! The public types and the per-document driver: paragraphs in text order,
//! quotation marks, sentence attributions, then speaker resolution and the
//! paragraph-level rules (split quotes, continuation paragraphs, pull quotes).

use crate::attribution::{RawQuote, Sentence, SpeakerRef, Used};
use crate::marks::{find_quotes, Quoted};
use crate::signature::{dashed_signature, signature_line};
use crate::speaker::Resolver;
use crate::tokens::{sentences, tokenize, Item};
use byline_entities::DocEntities;
use byline_normalize::BoilerplateKind;
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
#[derive(Clone, Debug)]
pub struct QuoteExtractorBuilder {
    continuation: bool,
    unattributed: bool,
}

impl Default for QuoteExtractorBuilder {
    fn default() -> QuoteExtractorBuilder {
        QuoteExtractorBuilder { continuation: true, unattributed: true }
    }
}

impl QuoteExtractorBuilder {
    /// Whether a paragraph that is only a quotation continues the previous
    /// paragraph's speaker (default on, the news convention).
    pub fn continuation_paragraphs(mut self, on: bool) -> QuoteExtractorBuilder {
        self.continuation = on;
        self
    }

    /// Whether a paragraph that is only a quotation, with no speaker to
    /// continue, is still reported (with a `None` speaker). Default on.
    pub fn unattributed_paragraph_quotes(mut self, on: bool) -> QuoteExtractorBuilder {
        self.unattributed = on;
        self
    }

    /// The finished extractor.
    pub fn build(self) -> QuoteExtractor {
        std::sync::LazyLock::force(&crate::lexicon::LEXICON);
        QuoteExtractor { continuation: self.continuation, unattributed: self.unattributed }
    }
}

/// Finds the quotes of one document and attributes them. Cheap to share
/// across threads; the lexicons are built once per process.
#[derive(Clone, Debug)]
pub struct QuoteExtractor {
    continuation: bool,
    unattributed: bool,
}

/// One paragraph's quotes before speaker resolution.
struct ParagraphQuotes {
    raws: Vec<RawQuote>,
    /// Speaker phrase of each raw, after `Previous` is followed.
    phrases: Vec<Option<Span>>,
    /// True when the paragraph is nothing but quotations.
    only_quotes: bool,
}

impl QuoteExtractor {
    /// A builder with the default cue lexicon and rules.
    pub fn builder() -> QuoteExtractorBuilder {
        QuoteExtractorBuilder::default()
    }

    /// The quotes of one normalized document whose entities are known.
    pub fn extract(&self, doc: &Normalized, entities: &DocEntities) -> DocQuotes {
        let mut out = DocQuotes::default();
        let text = doc.text.as_str();
        let mut resolver = Resolver::new(text, entities);
        let mut items: Vec<Item> = Vec::new();
        let mut sents: Vec<(usize, usize)> = Vec::new();
        let mut skip: Vec<Span> = Vec::new();
        let mut last_speaker: Option<Speaker> = None;
        let mut pull_quotes: Vec<usize> = Vec::new();
        let paragraphs = body_paragraphs(doc);
        for (pi, &para) in paragraphs.iter().enumerate() {
            let ptext = para.slice(text);
            if is_caption(ptext) {
                skip.push(para);
                continue;
            }
            resolver.set_paragraph(pi);
            let quotes = find_quotes(ptext, para.start);
            self.report_unclosed(text, &quotes, paragraphs.get(pi + 1), &mut out.diagnostics);
            tokenize(ptext, para.start, &quotes, &mut items);
            sentences(text, &items, &quotes, &mut sents);
            let found = self.attribute_paragraph(text, &items, &sents, &quotes);
            skip.extend(found.raws.iter().map(|r| r.region));
            skip.extend(quotes.iter().map(|q| q.outer));
            if found.raws.is_empty() {
                if !is_filler(ptext) {
                    last_speaker = None;
                }
                resolver.advance(para.end, &skip);
                continue;
            }
            // "“…”" then "- Bernie Sanders." on the next line: the signature of a paragraph of quotations.
            let signed_below =
                paragraphs.get(pi + 1).filter(|_| found.only_quotes).and_then(|&next| signature_line(text, next));
            let mut para_last: Option<Speaker> = None;
            for (raw, phrase) in found.raws.iter().zip(&found.phrases) {
                let phrase = &phrase.or(signed_below);
                let speaker = match phrase {
                    Some(span) => {
                        resolver.advance(span.start, &skip);
                        // Names inside the speaker phrase are the speaker, already counted.
                        skip.push(*span);
                        Some(resolver.resolve(*span))
                    }
                    None if found.only_quotes && self.continuation => last_speaker.clone(),
                    None => None,
                };
                if speaker.is_none() && raw.speaker == SpeakerRef::Unknown && !(found.only_quotes && self.unattributed)
                {
                    continue;
                }
                if found.only_quotes && raw.cue.is_none() {
                    pull_quotes.push(out.quotes.len());
                }
                if speaker.is_some() {
                    para_last.clone_from(&speaker);
                }
                out.quotes.push(Quote { kind: raw.kind, span: raw.span, cue: raw.cue, speaker });
            }
            resolver.advance(para.end, &skip);
            last_speaker = para_last;
        }
        resolve_pull_quotes(text, &mut out.quotes, &pull_quotes);
        out
    }

    fn report_unclosed(&self, text: &str, quotes: &[Quoted], next: Option<&Span>, diags: &mut Vec<Diagnostic>) {
        let Some(q) = quotes.last().filter(|q| !q.closed) else { return };
        let reopens = next.is_some_and(|n| n.slice(text).starts_with(['"', '“', '‘', '«', '\'']));
        if !reopens {
            diags.push(Diagnostic::warning(format!(
                "unclosed quotation mark at byte {}; quote bounded by its paragraph",
                q.outer.start
            )));
        }
    }

    /// Sentence attributions of one paragraph, then the paragraph rules:
    /// unattributed quotations take the nearest attribution of the paragraph.
    fn attribute_paragraph(
        &self,
        text: &str,
        items: &[Item],
        sents: &[(usize, usize)],
        quotes: &[Quoted],
    ) -> ParagraphQuotes {
        let mut used = Used::new(quotes.len());
        let mut raws: Vec<RawQuote> = Vec::new();
        let mut utterances: Vec<(usize, Span)> = Vec::new();
        for &(a, b) in sents {
            let sentence = Sentence::new(text, &items[a..b], quotes);
            raws.extend(sentence.attribute(&mut used));
            for (k, item) in items[a..b].iter().enumerate() {
                if let Some(q) = item.quote() {
                    if sentence.is_utterance(k) && !used.contains(q) {
                        utterances.push((q, item.span));
                    }
                }
            }
        }
        let only_quotes = !items.is_empty() && items.iter().all(|i| i.quote().is_some() || !i.is_word());
        let mut phrases: Vec<Option<Span>> = Vec::with_capacity(raws.len());
        let mut prev: Option<Span> = None;
        for r in &raws {
            let p = match r.speaker {
                SpeakerRef::Phrase(s) => Some(s),
                SpeakerRef::Previous => prev,
                SpeakerRef::Unknown | SpeakerRef::Impersonal => None,
            };
            if r.speaker != SpeakerRef::Impersonal {
                prev = p.or(prev);
            }
            phrases.push(p);
        }
        let paragraph_end = items.last().map_or(0, |i| i.span.end);
        for (q, outer) in utterances {
            let inner = quotes[q].inner;
            if inner.is_empty() {
                continue;
            }
            // "“…” ― Sonya Herridge": a quotation signed with a dash is its signer's.
            if let Some(name) = dashed_signature(text, outer.end, paragraph_end) {
                raws.push(RawQuote {
                    kind: QuoteKind::Direct,
                    span: inner,
                    cue: None,
                    speaker: SpeakerRef::Phrase(name),
                    region: Span::new(outer.start, name.end),
                });
                phrases.push(Some(name));
                continue;
            }
            // Any attributed clause of the paragraph hosts it ("The deal
            // “looks out for …,” Sanders wrote. “That is unacceptable.”").
            let host = raws
                .iter()
                .zip(&phrases)
                .filter(|(_, p)| p.is_some())
                .min_by_key(|(r, _)| (r.region.start > outer.start, r.region.start.abs_diff(outer.start)))
                .map(|(r, p)| (r.cue, *p));
            let (cue, phrase) = host.unwrap_or((None, None));
            raws.push(RawQuote {
                kind: QuoteKind::Direct,
                span: inner,
                cue,
                speaker: SpeakerRef::Unknown,
                region: outer,
            });
            phrases.push(phrase);
        }
        let mut order: Vec<usize> = (0..raws.len()).collect();
        order.sort_by_key(|&i| raws[i].span.start);
        let raws2 = order.iter().map(|&i| raws[i]).collect();
        let phrases2 = order.iter().map(|&i| phrases[i]).collect();
        ParagraphQuotes { raws: raws2, phrases: phrases2, only_quotes }
    }
}

/// The body paragraphs that no boilerplate span overlaps, in one merge pass
/// (both lists are in text order).
fn body_paragraphs(doc: &Normalized) -> Vec<Span> {
    let mut boiler: Vec<Span> =
        doc.boilerplate.iter().filter(|b| b.kind != BoilerplateKind::Metadata).map(|b| b.span).collect();
    boiler.sort_unstable();
    let mut out = Vec::with_capacity(doc.paragraphs.len() + 1);
    let mut j = 0;
    // Headlines attribute too ("Lynch: No outside influence …", "…, says X").
    let title = doc.title.filter(|t| doc.paragraphs.first().is_none_or(|p| t.end <= p.span.start));
    for p in title.into_iter().chain(doc.paragraphs.iter().map(|p| p.span)) {
        if !p.is_valid_in(&doc.text) {
            continue;
        }
        while j < boiler.len() && boiler[j].end <= p.start {
            j += 1;
        }
        let overlapped = boiler[j..].iter().take_while(|b| b.start < p.end).any(|b| b.overlaps(p));
        if !overlapped {
            out.push(p);
        }
    }
    out
}

/// A photo caption: the paragraph ends in a parenthesised credit
/// ("(Fred Chartrand/Canadian Press)"). Captions are not speech and their
/// names are not pronoun antecedents.
pub(crate) fn is_caption(p: &str) -> bool {
    let Some(body) = p.strip_suffix(')') else { return false };
    let Some(open) = body.rfind('(') else { return false };
    let credit = &body[open + 1..];
    let words = credit.split_whitespace().count();
    (1..=7).contains(&words)
        && credit
            .split(|c: char| c.is_whitespace() || c == '/')
            .all(|w| w.is_empty() || w.starts_with(char::is_uppercase))
        && open > 0
}

/// A short line without final punctuation and without quotation marks
/// ("Story continues below advertisement"): it does not break a speaker's run.
fn is_filler(p: &str) -> bool {
    p.split_whitespace().nth(6).is_none() && !p.ends_with(['.', '!', '?', '"', '”', '’'])
}

/// A paragraph that is only a quotation and whose words reappear inside a
/// later attributed quote (a pull quote or subheading) takes that speaker.
fn resolve_pull_quotes(text: &str, quotes: &mut [Quote], candidates: &[usize]) {
    // A pull quote sits near the quote it repeats: a bounded look-ahead keeps
    // this linear on huge documents.
    const LOOK_AHEAD: usize = 40;
    if candidates.is_empty() {
        return;
    }
    // Each later quote is folded once, not once per pull quote before it.
    let mut folded: Vec<Option<String>> = vec![None; quotes.len()];
    for &i in candidates {
        let key = fold_text(quotes[i].span.slice(text));
        if key.len() < 12 {
            continue;
        }
        let later = (i + 1..quotes.len()).take(LOOK_AHEAD);
        let source = later
            .filter(|&j| quotes[j].speaker.is_some())
            .find(|&j| folded[j].get_or_insert_with(|| fold_text(quotes[j].span.slice(text))).contains(&key));
        if let Some(j) = source {
            quotes[i].speaker = quotes[j].speaker.clone();
        }
    }
}

/// Lowercase letters and digits only: text compared across quote styles.
fn fold_text(s: &str) -> String {
    folded_chars(s).collect()
}

/// The characters of `s` that [`fold_text`] keeps, lower-cased.
pub(crate) fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase)
}
