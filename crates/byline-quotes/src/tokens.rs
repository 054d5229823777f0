//! A paragraph as a sequence of items (words, punctuation, whole
//! quotations) cut into sentences. Quotations are atomic, so a cue inside
//! a quotation (nested speech) is never taken for the article's own.

use crate::marks::Quoted;
use byline_text::Span;

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ItemKind {
    /// A word (letters, digits, inner apostrophes, hyphens and dots).
    Word,
    /// One punctuation character.
    Punct(char),
    /// A whole top-level quotation: index into the paragraph's quotations.
    Quote(usize),
}

/// One item with its byte span in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Item {
    pub kind: ItemKind,
    pub span: Span,
}

impl Item {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == ItemKind::Word
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == ItemKind::Punct(c)
    }

    pub(crate) fn quote(&self) -> Option<usize> {
        match self.kind {
            ItemKind::Quote(q) => Some(q),
            _ => None,
        }
    }
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// The items of one paragraph (`text` starts at document byte `base`).
pub(crate) fn tokenize(text: &str, base: usize, quotes: &[Quoted], out: &mut Vec<Item>) {
    out.clear();
    let bytes = text.len();
    let mut qi = 0;
    let mut i = 0;
    while i < bytes {
        if let Some(q) = quotes.get(qi) {
            if q.outer.start == base + i {
                out.push(Item { kind: ItemKind::Quote(qi), span: q.outer });
                i = q.outer.end - base;
                qi += 1;
                continue;
            }
        }
        // ASCII fast path: most bytes of English news.
        let b = text.as_bytes()[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() {
                i += 1;
            } else if b.is_ascii_alphanumeric() {
                let end = word_end(text, i);
                out.push(Item { kind: ItemKind::Word, span: Span::new(base + i, base + end) });
                i = end;
            } else {
                out.push(Item { kind: ItemKind::Punct(b as char), span: Span::new(base + i, base + i + 1) });
                i += 1;
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let end = word_end(text, i);
            out.push(Item { kind: ItemKind::Word, span: Span::new(base + i, base + end) });
            i = end;
        } else {
            out.push(Item { kind: ItemKind::Punct(c), span: Span::new(base + i, base + i + c.len_utf8()) });
            i += c.len_utf8();
        }
    }
}

/// The end of the word starting at `start`: letters and digits, joined by
/// apostrophes, hyphens, dots and ampersands that have a letter after them.
/// A dot after a single letter is kept ("U.S", "J.").
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        // Plain ASCII letters and digits, eight bytes at a time.
        i = byline_text::scan::ascii_alphanumeric_end(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b'&') {
            // A space or punctuation that never joins: the usual end of a word.
            break;
        }
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_alphanumeric() || (is_inner_joiner(c) && alphanumeric_at(text, i + c.len_utf8())) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn alphanumeric_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text.get(i..).and_then(|t| t.chars().next()).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "inc", "co", "corp", "ltd",
    "no", "mt", "ft", "prof", "rev", "hon", "capt", "sgt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
    "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "vs", "v", "e.g", "i.e", "a.m", "p.m", "approx", "dept",
    "est", "fig", "sec",
];

fn is_abbreviation(word: &str) -> bool {
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    word.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn starts_upper(text: &str, span: Span) -> bool {
    span.slice(text).chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// Sentence ranges (item index ranges) of one paragraph.
pub(crate) fn sentences(doc: &str, items: &[Item], quotes: &[Quoted], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = 0;
    for k in 0..items.len() {
        let next = items.get(k + 1);
        // Only asked after a sentence mark: most items are words.
        let opens_next = || next.is_none_or(|n| n.quote().is_some() || starts_upper(doc, n.span));
        let ends = match items[k].kind {
            ItemKind::Punct('.') => {
                k > 0 && opens_next() && !(items[k - 1].is_word() && is_abbreviation(items[k - 1].span.slice(doc)))
            }
            ItemKind::Punct('!' | '?' | '…') => opens_next(),
            ItemKind::Quote(q) => {
                let inner = quotes[q].inner.slice(doc);
                next.is_some_and(|n| n.quote().is_some() || (n.is_word() && starts_upper(doc, n.span)))
                    && inner.ends_with(['.', '!', '?'])
                    && next.is_some_and(|n| !next_is_attribution(doc, items, k + 1, n))
            }
            _ => false,
        };
        if ends && next.is_some() {
            out.push((start, k + 1));
            start = k + 1;
        }
    }
    if start < items.len() {
        out.push((start, items.len()));
    }
}

/// Words opening an adverbial after an attribution.
const ADVERBIAL_OPENERS: &[&str] = &[
    "to",
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "from",
    "with",
    "about",
    "as",
    "while",
    "of",
    "for",
    "this",
    "last",
    "earlier",
    "later",
    "recently",
    "yesterday",
    "today",
    "tonight",
];

/// `"Yes." Smith said` style: a name right after the quote followed by a cue
/// within three words keeps the quote in the sentence of its attribution,
/// when that attribution closes the sentence. `"…values." He said American
/// Jews …` starts a new report of its own: the quote's sentence ends.
fn next_is_attribution(doc: &str, items: &[Item], from: usize, _first: &Item) -> bool {
    let Some(cue) = items[from..]
        .iter()
        .take(6)
        .take_while(|i| i.quote().is_none() && !i.is_punct(','))
        .position(|i| i.is_word() && crate::lexicon::LEXICON.cue_class(i.span.slice(doc)).is_some())
    else {
        return false;
    };
    // "“…?” Trump said to a crowd of 500.", "“…” she added during an
    // interview, …": an adverbial or participle tail after the attribution
    // (past an inverted name) keeps the quote in its sentence.
    let after: &[Item] = &items[from + cue + 1..];
    let name_len =
        if cue == 0 { after.iter().take_while(|i| i.is_word() && starts_upper(doc, i.span)).count() } else { 0 };
    if let Some(first) = after.get(name_len) {
        let w = first.span.slice(doc);
        let participle = first.is_punct(',')
            && after.get(name_len + 1).is_some_and(|n| n.is_word() && n.span.slice(doc).ends_with("ing"));
        let adverbial = participle || first.is_word() && ADVERBIAL_OPENERS.iter().any(|p| p.eq_ignore_ascii_case(w));
        if adverbial {
            return true;
        }
    }
    let tail = items[from + cue + 1..].iter().take_while(|i| !(i.is_punct('.') || i.is_punct('!') || i.is_punct('?')));
    let mut words = 0;
    for i in tail {
        if i.quote().is_some() || i.is_punct(':') || i.span.slice(doc).eq_ignore_ascii_case("that") {
            return false;
        }
        words += usize::from(i.is_word());
        if words > 4 {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::find_quotes;

    fn split(text: &str) -> Vec<String> {
        let q = find_quotes(text, 0);
        let mut items = Vec::new();
        tokenize(text, 0, &q, &mut items);
        let mut s = Vec::new();
        sentences(text, &items, &q, &mut s);
        s.iter().map(|&(a, b)| Span::new(items[a].span.start, items[b - 1].span.end).slice(text).to_string()).collect()
    }

    #[test]
    fn adverbial_tail_keeps_a_quote_with_its_attribution() {
        assert_eq!(
            split("\"Why?\" Trump said to a crowd of about 500 people."),
            vec!["\"Why?\" Trump said to a crowd of about 500 people."]
        );
        assert_eq!(split("\"It is over.\" He mocked Rubio for not having won a state.").len(), 2);
    }

    #[test]
    fn quotes_are_atomic_and_split_sentences() {
        assert_eq!(
            split("\"A. B,\" she said. \"C.\" Mr. Smith left."),
            ["\"A. B,\" she said.", "\"C.\"", "Mr. Smith left."]
        );
        // A cue after a closed quote keeps it only when it closes the sentence.
        assert_eq!(split("\"A.\" Smith said on Monday."), ["\"A.\" Smith said on Monday."]);
        assert_eq!(
            split("\"A.\" He said voters would know the costs of the plan."),
            ["\"A.\"", "He said voters would know the costs of the plan."]
        );
    }

    #[test]
    fn words_keep_apostrophes_and_abbreviations() {
        let t = "O’Keefe’s U.S. plan";
        let mut items = Vec::new();
        tokenize(t, 0, &[], &mut items);
        let words: Vec<&str> = items.iter().map(|i| i.span.slice(t)).collect();
        assert_eq!(words, ["O’Keefe’s", "U.S", ".", "plan"]);
    }
}
