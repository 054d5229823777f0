//! Corpus-learned boilerplate: short lines an outlet repeats in many
//! articles ("ABSTRACT.", "Follow Pam Key on Twitter @pamkeyNEN.").
//!
//! In the spirit of jusText and trafilatura, a line is a template when it
//! recurs in several distinct documents *and* in several distinct contexts
//! (its neighbouring lines differ). The second test keeps syndicated copies
//! of one story, which share whole paragraphs, from turning body prose into
//! "templates".

use crate::view::unify;
use std::borrow::Cow;
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

/// Lines longer than this (in bytes) are never templates.
const MAX_TEMPLATE_BYTES: usize = 120;

/// Lines with more words than this are never templates.
const MAX_TEMPLATE_WORDS: usize = 12;

/// Default for [`CorpusProfile::learn`]: distinct documents (and contexts) a
/// line must recur in.
pub const DEFAULT_MIN_DOCUMENTS: usize = 3;

/// Facts learned from a whole corpus before its documents are normalized,
/// such as the short lines an outlet repeats in every article.
#[derive(Clone, Debug, Default)]
pub struct CorpusProfile {
    /// Hashes of template lines, sorted (binary search; deterministic).
    templates: Vec<u64>,
    documents: usize,
}

#[derive(Default)]
struct Seen {
    documents: usize,
    last_document: usize,
    contexts: Vec<u64>,
}

impl CorpusProfile {
    /// Learns the profile from the raw texts of a corpus: a short line is a
    /// template when it recurs in at least [`DEFAULT_MIN_DOCUMENTS`] documents.
    pub fn learn<'a>(texts: impl IntoIterator<Item = &'a str>) -> CorpusProfile {
        CorpusProfile::learn_with_min_documents(texts, DEFAULT_MIN_DOCUMENTS)
    }

    /// Like [`CorpusProfile::learn`], with the number of distinct documents
    /// (and distinct neighbouring lines) a template must recur in (at least 2).
    pub fn learn_with_min_documents<'a>(
        texts: impl IntoIterator<Item = &'a str>,
        min_documents: usize,
    ) -> CorpusProfile {
        let min_documents = min_documents.max(2);
        let mut seen: HashMap<u64, Seen> = HashMap::new();
        let mut documents = 0;
        for text in texts {
            documents += 1;
            let keys: Vec<Option<u64>> = text.lines().filter(|l| !l.trim().is_empty()).map(line_key).collect();
            let all: Vec<u64> = text.lines().filter(|l| !l.trim().is_empty()).map(context_key).collect();
            for (i, key) in keys.iter().enumerate() {
                let Some(key) = *key else { continue };
                let before = if i > 0 { all[i - 1] } else { 0 };
                let after = all.get(i + 1).copied().unwrap_or(0);
                let context = before.rotate_left(1) ^ after;
                let entry = seen.entry(key).or_default();
                if entry.documents == 0 || entry.last_document != documents {
                    entry.documents += 1;
                    entry.last_document = documents;
                }
                if entry.contexts.len() < min_documents && !entry.contexts.contains(&context) {
                    entry.contexts.push(context);
                }
            }
        }
        let mut templates: Vec<u64> = seen
            .into_iter()
            .filter(|(_, s)| s.documents >= min_documents && s.contexts.len() >= min_documents)
            .map(|(k, _)| k)
            .collect();
        templates.sort_unstable();
        CorpusProfile { templates, documents }
    }

    /// How many template lines were learned.
    pub fn template_count(&self) -> usize {
        self.templates.len()
    }

    /// How many documents the profile was learned from.
    pub fn document_count(&self) -> usize {
        self.documents
    }

    /// True when `line` (one line, any spelling of quotes and spaces) is a
    /// learned template.
    pub fn is_template(&self, line: &str) -> bool {
        !self.templates.is_empty() && line_key(line).is_some_and(|k| self.templates.binary_search(&k).is_ok())
    }
}

/// The key of a line that may be a template: short, no quotation, not prose.
fn line_key(line: &str) -> Option<u64> {
    let line = line.trim();
    if line.len() > MAX_TEMPLATE_BYTES * 2 {
        return None;
    }
    // Most lines are prose, far longer than any template: stop counting at
    // the first word too many. (The canonical form splits wherever the line
    // does, and maybe more, so it has at least as many words.)
    if has_more_words_than(line, MAX_TEMPLATE_WORDS) {
        return None;
    }
    let canonical: Cow<'_, str> = if is_canonical(line) { Cow::Borrowed(line) } else { Cow::Owned(canonical(line)) };
    let words = canonical.split(' ').filter(|w| !w.is_empty()).count();
    let letters = canonical.chars().filter(|c| c.is_alphabetic()).count();
    if canonical.len() > MAX_TEMPLATE_BYTES || words > MAX_TEMPLATE_WORDS || letters < 3 || canonical.contains('"') {
        return None;
    }
    if is_prose(&canonical, words) {
        return None;
    }
    Some(xxh3_64(canonical.as_bytes()))
}

/// More than `n` words, as `split_whitespace` counts them. Most lines are
/// ASCII, where a byte loop gives the same count without decoding chars;
/// the first non-ASCII byte hands the line to `split_whitespace`.
fn has_more_words_than(line: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        if !b.is_ascii() {
            return line.split_whitespace().nth(n).is_some();
        }
        // `char::is_whitespace` on ASCII (unlike `u8::is_ascii_whitespace`, it counts U+000B).
        let space = matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ');
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// Already spelled as the view spells it, with single spaces (the common
/// case: no allocation needed).
fn is_canonical(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.iter().all(|&b| (0x20..0x7F).contains(&b)) && !bytes.windows(2).any(|w| w == b"  ")
}

/// The key of any line as a neighbour (its whole text).
fn context_key(line: &str) -> u64 {
    xxh3_64(line.trim().as_bytes())
}

/// A sentence of running text: ends like one, mostly lower-case words.
fn is_prose(line: &str, words: usize) -> bool {
    let lower = line.split(' ').filter(|w| w.starts_with(|c: char| c.is_lowercase())).count();
    line.ends_with(['.', '!', '?']) && words >= 5 && lower * 2 >= words
}

/// The line as the view spells it, with runs of white space collapsed.
fn canonical(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    for c in line.chars() {
        let rep = unify(c);
        let piece: &str = match rep {
            Some(r) => r,
            None => {
                if c.is_whitespace() {
                    " "
                } else {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                    continue;
                }
            }
        };
        for pc in piece.chars() {
            if pc.is_whitespace() {
                space = true;
            } else {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(pc);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn word_limit_agrees_with_split_whitespace(line in "[ a-z\t\n\x0B\x0C\r\x1C.\u{A0}\u{2003}é]{0,40}", n in 0usize..8) {
            proptest::prop_assert_eq!(super::has_more_words_than(&line, n), line.split_whitespace().nth(n).is_some());
        }
    }

    use super::*;

    fn doc(i: usize, line: &str) -> String {
        format!("Headline number {i}\n\nBody text {i} goes here.\n\n{line}\n\nMore body {i}.")
    }

    #[test]
    fn a_short_line_in_many_documents_is_a_template() {
        let docs: Vec<String> = (0..4).map(|i| doc(i, "Follow us on Twitter")).collect();
        let p = CorpusProfile::learn(docs.iter().map(String::as_str));
        assert!(p.is_template("Follow us on Twitter"));
        assert!(p.is_template("Follow\u{00A0}us on  Twitter "));
        assert!(!p.is_template("Body text 1 goes here."));
    }

    #[test]
    fn too_few_documents_learn_nothing() {
        let docs: Vec<String> = (0..2).map(|i| doc(i, "Follow us on Twitter")).collect();
        assert!(!CorpusProfile::learn(docs.iter().map(String::as_str)).is_template("Follow us on Twitter"));
    }

    #[test]
    fn syndicated_copies_do_not_make_templates() {
        let story = "Title\n\nBrown resigned later.\n\nHe left.";
        let p = CorpusProfile::learn([story, story, story, story]);
        assert!(!p.is_template("Brown resigned later."));
        assert!(!p.is_template("He left."));
    }

    #[test]
    fn quotes_and_prose_are_never_templates() {
        let docs: Vec<String> = (0..5).map(|i| doc(i, "\"We will win,\" he said.")).collect();
        assert!(!CorpusProfile::learn(docs.iter().map(String::as_str)).is_template("\"We will win,\" he said."));
        let docs: Vec<String> = (0..5).map(|i| doc(i, "It takes many delegates to win the nomination.")).collect();
        assert!(!CorpusProfile::learn(docs.iter().map(String::as_str))
            .is_template("It takes many delegates to win the nomination."));
    }
}
