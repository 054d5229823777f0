//! Splits the whole original text into words and punctuation with exact byte
//! spans, and marks what the mention rules need: capitalisation, line and
//! sentence starts, possessives, hashtags and links.

use std::cell::Cell;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (maybe with digits, inner apostrophes, hyphens or full stops).
    Word,
    /// A number or a word starting with a digit.
    Number,
    /// `'s`, `’s` or a lone apostrophe after a plural.
    Possessive,
    /// One punctuation character.
    Punct,
    /// A hashtag, handle, link or e-mail address: never part of a name.
    Skip,
}

/// The first letter is uppercase.
pub(crate) const CAP: u16 = 1;
/// Two or more letters, all uppercase.
pub(crate) const ALL_CAPS: u16 = 2;
/// The first letter is lowercase.
pub(crate) const LOWER: u16 = 4;
/// A single capital letter, with or without a full stop ("A." in John A. Macdonald).
pub(crate) const INITIAL: u16 = 8;
/// Ends with a full stop that belongs to it ("Mr.", "U.S.").
pub(crate) const DOTTED: u16 = 16;
/// The first token of its line.
pub(crate) const LINE_START: u16 = 32;
/// The first word of a sentence (or of a line).
pub(crate) const SENT_START: u16 = 64;
/// Right after an opening quotation mark or bracket.
pub(crate) const AFTER_OPEN: u16 = 128;
/// Preceded by white space (or the start of the text).
pub(crate) const SPACE_BEFORE: u16 = 256;
/// Lowercase ASCII only: the word is its own lookup key.
pub(crate) const PLAIN: u16 = 512;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub flags: u16,
    /// Index of the line (0-based) the token is on.
    pub line: u32,
}

impl Token {
    #[inline]
    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// A capitalised word (or initial) that can be part of a name.
    #[inline]
    pub fn is_cap_word(&self) -> bool {
        self.kind == Kind::Word && self.has(CAP)
    }
}

/// The lowercase lookup keys of all word tokens of one document, computed
/// once into one buffer (see [`crate::lexicon::key_into`]).
#[derive(Debug)]
pub(crate) struct Keys<'t> {
    text: &'t str,
    arena: String,
    spans: Vec<(u32, u32, bool)>,
    /// The lexicon classes of each token's key, looked up on first use
    /// (`UNKNOWN` until then): most tokens are never asked about.
    classes: Vec<Cell<u32>>,
}

/// A class value no key has: not looked up yet.
const UNKNOWN: u32 = u32::MAX;

impl<'t> Keys<'t> {
    pub fn new(tokens: &[Token], text: &'t str) -> Keys<'t> {
        let mut arena = String::with_capacity(text.len() / 4);
        let mut spans = Vec::with_capacity(tokens.len());
        for t in tokens {
            // Most words are their own key: lowercase ASCII (flagged by the tokenizer). Only the rest are copied.
            if t.kind != Kind::Word || t.flags & PLAIN != 0 {
                spans.push((t.start as u32, t.end as u32, false));
            } else {
                let start = arena.len();
                crate::lexicon::append_key(&mut arena, t.text(text));
                spans.push((start as u32, arena.len() as u32, true));
            }
        }
        let classes = vec![Cell::new(UNKNOWN); spans.len()];
        Keys { text, arena, spans, classes }
    }

    /// The lexicon classes of token `i`'s key (see [`crate::lexicon::class`]), 0 past the end.
    #[inline]
    pub fn class(&self, i: usize) -> u32 {
        let Some(cell) = self.classes.get(i) else { return 0 };
        let c = cell.get();
        if c != UNKNOWN {
            return c;
        }
        let c = crate::lexicon::LEXICON.classes(self.get(i));
        cell.set(c);
        c
    }

    /// Whether token `i`'s key has any of the class bits `bits`.
    #[inline]
    pub fn is(&self, i: usize, bits: u32) -> bool {
        self.class(i) & bits != 0
    }

    /// The document text the keys are of.
    #[inline]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The key of token `i` (its text for non-words, empty past the end).
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        match self.spans.get(i) {
            Some(&(a, b, true)) => &self.arena[a as usize..b as usize],
            Some(&(a, b, false)) => &self.text[a as usize..b as usize],
            None => "",
        }
    }
}

/// Abbreviations whose full stop belongs to them (a `match`, so the
/// compiler dispatches on length and bytes rather than scanning a list).
fn is_dotted_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Mx"
            | "Dr"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Capt"
            | "Lt"
            | "Sgt"
            | "Prof"
            | "Rev"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Bros"
            | "Mt"
            | "Ft"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "No"
            | "vs"
            | "Hon"
            | "Supt"
            | "Insp"
            | "Cpl"
            | "Const"
            | "Cmdr"
            | "Adm"
            | "Maj"
            | "Pres"
            | "Ave"
            | "Blvd"
            | "Rd"
            | "Mme"
            | "Mlle"
            | "Msgr"
            | "Fr"
            | "Det"
            | "Gens"
            | "Sens"
            | "Reps"
            | "Messrs"
            | "approx"
            | "etc"
    )
}

/// [`ASCII_CLASS`] bit: a letter.
const LETTER: u8 = 1;
/// [`ASCII_CLASS`] bit: an uppercase letter.
const UPPER: u8 = 2;
/// [`ASCII_CLASS`] bit: a digit.
const DIGIT: u8 = 4;

/// What each ASCII byte is inside a word (0: not a letter or digit).
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            LETTER | UPPER
        } else if c.is_ascii_lowercase() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '(' | '[' | '«' | '„')
}

/// The tokens of `text`, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News text runs about five bytes a token: room for four spares most documents a regrowth.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 4 + 16);
    let mut line: u32 = 0;
    let mut line_start = true;
    let mut sentence_start = true;
    let mut after_open = false;
    let mut space_before = true;
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\t' || b == b'\r' {
            space_before = true;
            i += 1;
            continue;
        }
        if let Some((end, mut flags)) = plain_word(bytes, i) {
            // The common token, a plain ASCII word, without the general scan.
            flags |= if line_start { LINE_START } else { 0 };
            flags |= if space_before { SPACE_BEFORE } else { 0 };
            flags |= if sentence_start { SENT_START } else { 0 };
            flags |= if after_open { AFTER_OPEN } else { 0 };
            (line_start, space_before, sentence_start, after_open) = (false, false, false, false);
            out.push(Token { start: i, end, kind: Kind::Word, flags, line });
            i = end;
            continue;
        }
        let c = if b < 0x80 { char::from(b) } else { next_char(text, i) };
        let clen = c.len_utf8();
        if c == '\n' {
            line += 1;
            line_start = true;
            sentence_start = true;
            space_before = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            space_before = true;
            i += clen;
            continue;
        }
        let start = i;
        let (end, kind, mut flags) = if c.is_alphanumeric() {
            scan_word(text, i)
        } else if (c == '#' || c == '@') && text[i + 1..].chars().next().is_some_and(char::is_alphanumeric) {
            (scan_nonspace(text, i + 1), Kind::Skip, 0)
        } else if is_apostrophe(c) && possessive_here(text, i, out.last()) {
            let end = if text[i + clen..].starts_with(['s', 'S']) { i + clen + 1 } else { i + clen };
            (end, Kind::Possessive, 0)
        } else {
            (i + clen, Kind::Punct, 0)
        };
        let maybe_link = matches!(bytes.get(end), Some(b':' | b'.' | b'@'));
        let (end, kind) =
            if kind == Kind::Word && maybe_link && looks_like_link(&text[start..scan_nonspace(text, start)]) {
                (scan_nonspace(text, start), Kind::Skip)
            } else {
                (end, kind)
            };
        if line_start {
            flags |= LINE_START;
        }
        if space_before {
            flags |= SPACE_BEFORE;
        }
        if matches!(kind, Kind::Word | Kind::Number) {
            if sentence_start {
                flags |= SENT_START;
            }
            if after_open {
                flags |= AFTER_OPEN;
            }
            sentence_start = false;
            after_open = false;
        } else if kind == Kind::Punct {
            let p = next_char(text, start);
            let dateline_dash = matches!(p, '-' | '–' | '—')
                && out.last().is_some_and(|t| t.kind == Kind::Word && t.flags & ALL_CAPS != 0 && t.line == line)
                && out.iter().rev().take(4).any(|t| t.flags & LINE_START != 0);
            if matches!(p, '.' | '!' | '?' | ':') || dateline_dash {
                sentence_start = true;
            } else if is_opening(p) || (matches!(p, '"' | '\'') && space_before) {
                after_open = true;
            } else if !matches!(p, '"' | '”' | '’' | '\'' | ')' | '-' | '–' | '—' | '•' | '*' | '|' | ':') {
                after_open = false;
            }
        }
        if kind == Kind::Word && flags & DOTTED != 0 && !flags & INITIAL != 0 && ends_sentence_after(bytes, end) {
            // "in the U.S. The …": a dotted abbreviation at the end of a sentence.
            sentence_start = true;
        }
        line_start = false;
        space_before = false;
        out.push(Token { start, end, kind, flags, line });
        i = end;
    }
    out
}

/// The end and case flags of the word at `i` when it is plain ASCII: an
/// optional capital, then small letters and digits, ended by a byte that
/// never joins a word, a link or an address ("the", "Trump", "A"). `None`
/// sends the word through [`scan_word`].
#[inline]
fn plain_word(bytes: &[u8], i: usize) -> Option<(usize, u16)> {
    use byline_text::scan::{ascii_lowercase_alphanumerics, run_end};
    let first = *bytes.get(i)?;
    let (rest, flags) = match first {
        b'a'..=b'z' => (i, LOWER | PLAIN),
        b'A'..=b'Z' => (i + 1, CAP),
        _ => return None,
    };
    let end = run_end(bytes, rest, ascii_lowercase_alphanumerics);
    match bytes.get(end) {
        Some(b'\'' | b'-' | b'&' | b'.' | b':' | b'@' | b'A'..=b'Z' | 0x80..) => None,
        // A lone capital is an initial ("John A Macdonald").
        _ if end == i + 1 && flags == CAP => Some((end, CAP | INITIAL)),
        _ => Some((end, flags)),
    }
}

fn next_char(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn scan_nonspace(text: &str, from: usize) -> usize {
    text[from..].find(|c: char| c.is_whitespace()).map_or(text.len(), |n| from + n)
}

fn looks_like_link(s: &str) -> bool {
    s.contains("://") || s.starts_with("www.") || (s.contains('@') && s.contains('.'))
}

/// A dotted abbreviation ("U.S.", "D.C.") ends its sentence at a line end,
/// or when the next word is a capitalised function word that only opens a
/// sentence ("in the U.S. The President …"); a name after it ("U.S. Navy")
/// stays joined.
fn ends_sentence_after(bytes: &[u8], end: usize) -> bool {
    if matches!(bytes.get(end), None | Some(b'\n') | Some(b'\r')) {
        return true;
    }
    let rest = &bytes[end..];
    let spaces = rest.iter().take_while(|&&b| b == b' ').count();
    if spaces == 0 {
        return false;
    }
    let word = &rest[spaces..];
    let len = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    SENTENCE_OPENERS.contains(&&word[..len])
}

/// Capitalised function words that open a sentence and never continue a name.
const SENTENCE_OPENERS: &[&[u8]] = &[
    b"The", b"He", b"She", b"It", b"They", b"We", b"This", b"That", b"These", b"Those", b"His", b"Her", b"Its",
    b"Their", b"Our", b"But", b"However", b"There", b"When", b"While", b"After", b"Before", b"In", b"On", b"At",
    b"Image", b"Photo",
];

/// `'s` / `’s` followed by a non-letter, or a lone apostrophe after a word ending in `s`.
fn possessive_here(text: &str, i: usize, prev: Option<&Token>) -> bool {
    let Some(prev) = prev else { return false };
    if prev.kind != Kind::Word {
        return false;
    }
    let after = &text[i + next_char(text, i).len_utf8()..];
    let mut it = after.chars();
    // "Texas 's lead": text tokenised beforehand (wire feeds, CoNLL-2003) spaces the
    // possessive off; one space and a full "'s" are still the owner's mark.
    if prev.end + 1 == i && text.as_bytes()[prev.end] == b' ' {
        return it.next() == Some('s') && !it.next().is_some_and(char::is_alphanumeric);
    }
    if prev.end != i {
        return false;
    }
    match it.next() {
        Some('s') => !it.next().is_some_and(char::is_alphanumeric),
        Some('S') if prev.flags & ALL_CAPS != 0 => !it.next().is_some_and(char::is_alphanumeric),
        None => text[..i].ends_with('s'),
        Some(c) => !c.is_alphanumeric() && text[..i].ends_with('s'),
    }
}

/// One word from `i`: letters and digits, with inner apostrophes, hyphens,
/// ampersands between capitals and the full stops of abbreviations.
fn scan_word(text: &str, i: usize) -> (usize, Kind, u16) {
    let first = next_char(text, i);
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut dots = 0usize;
    let bytes = text.as_bytes();
    let mut j = i;
    let mut hyphen = false;
    let mut non_ascii = false;
    loop {
        // ASCII letters and digits, the common case, byte by byte through a table.
        while let Some(&b) = bytes.get(j) {
            let class = ASCII_CLASS[b as usize];
            if class == 0 {
                break;
            }
            letters += usize::from(class & LETTER != 0);
            upper += usize::from(class & UPPER != 0);
            j += 1;
        }
        let Some(&b) = bytes.get(j) else { break };
        if b < 0x80 && !matches!(b, b'\'' | b'-' | b'&' | b'.') {
            // Space or punctuation that never joins a word: the usual end.
            break;
        }
        let c = next_char(text, j);
        let clen = c.len_utf8();
        if c.is_alphanumeric() {
            non_ascii = true;
            if c.is_alphabetic() {
                letters += 1;
                upper += usize::from(c.is_uppercase());
            }
            j += clen;
            continue;
        }
        let at = j;
        let next = text[at + clen..].chars().next();
        let joins = match c {
            '\'' | '’' => {
                // O'Keefe, don't; but not the possessive 's.
                next.is_some_and(char::is_alphabetic) && !is_possessive_s(&text[at + clen..])
            }
            '-' | '‐' => {
                next.is_some_and(char::is_alphanumeric) && !(upper > 0 && is_compound_suffix(&text[at + clen..]))
            }
            '&' => next.is_some_and(char::is_uppercase) && upper > 0 && letters == upper,
            '.' => {
                // U.S., B.C., a.m.: single letters separated by full stops.
                let seg = segment_len(&text[i..at]);
                seg == 1 && next.is_some_and(char::is_alphabetic) && {
                    let rest = &text[at + 1..];
                    let after = rest.chars().nth(1);
                    after == Some('.') || (dots > 0 && !after.is_some_and(char::is_alphanumeric))
                }
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if c == '.' {
            dots += 1;
        }
        hyphen |= c == '-' || c == '‐';
        non_ascii |= !c.is_ascii();
        j = at + clen;
    }
    let mut end = j;
    let word = &text[i..end];
    let mut flags = 0;
    let mut kind = Kind::Word;
    if first.is_numeric() {
        kind = Kind::Number;
    } else if first.is_uppercase() || (hyphen && is_particle_name(word)) {
        flags |= CAP;
    } else {
        flags |= LOWER;
    }
    if letters >= 2 && upper == letters {
        flags |= ALL_CAPS;
    }
    if upper == 0 && !non_ascii && flags & LOWER != 0 {
        flags |= PLAIN;
    }
    // A trailing full stop that belongs to the word.
    if text[end..].starts_with('.') {
        let single_cap = letters == 1 && upper == 1 && word.len() == first.len_utf8();
        if dots > 0 || single_cap || is_dotted_abbreviation(word) {
            end += 1;
            flags |= DOTTED;
            if single_cap {
                flags |= INITIAL;
            }
        }
    } else if letters == 1 && upper == 1 && word.len() == first.len_utf8() {
        flags |= INITIAL;
    }
    if dots > 0 {
        // "U.S." reads as capitals.
        flags |= ALL_CAPS;
    }
    (end, kind, flags)
}

/// "Ottawa-based", "Calgary-born": the name is split from these suffixes.
fn is_compound_suffix(rest: &str) -> bool {
    const SUFFIXES: &[&str] =
        &["based", "born", "area", "bound", "led", "run", "owned", "made", "backed", "style", "raised"];
    let word: &str = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    SUFFIXES.contains(&word)
}

/// Length in chars of the last dot-separated segment.
fn segment_len(s: &str) -> usize {
    s.rsplit('.').next().map_or(0, |seg| seg.chars().count())
}

/// "al-Amr", "el-Sisi", "bin-Laden": an Arabic particle before a capitalised name.
fn is_particle_name(word: &str) -> bool {
    ["al-", "el-", "ad-", "as-", "an-", "bin-", "abu-"]
        .iter()
        .any(|p| word.strip_prefix(p).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase)))
}

fn is_possessive_s(rest: &str) -> bool {
    let mut it = rest.chars();
    it.next() == Some('s') && !it.next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn possessives_are_split() {
        assert_eq!(words("Hehr's office"), ["Hehr", "'s", "office"]);
        assert_eq!(words("Kent Hehr’s"), ["Kent", "Hehr", "’s"]);
        assert_eq!(words("the Liberals' plan"), ["the", "Liberals", "'", "plan"]);
    }

    #[test]
    fn a_spaced_possessive_is_still_one() {
        let text = "Varde 's lead, a 'sad' day";
        let kinds: Vec<Kind> = tokenize(text).iter().map(|t| t.kind).collect();
        assert_eq!(words(text), ["Varde", "'s", "lead", ",", "a", "'", "sad", "'", "day"]);
        assert_eq!(kinds[1], Kind::Possessive);
        assert_eq!(kinds[5], Kind::Punct);
    }

    #[test]
    fn inner_apostrophes_and_hyphens_join() {
        assert_eq!(words("O’Keefe and Jean-Paul don't"), ["O’Keefe", "and", "Jean-Paul", "don't"]);
        assert_eq!(words("an Ottawa-based delegate"), ["an", "Ottawa", "-", "based", "delegate"]);
    }

    #[test]
    fn abbreviations_keep_their_stops() {
        assert_eq!(words("Mr. Hehr in the U.S. and B.C."), ["Mr.", "Hehr", "in", "the", "U.S.", "and", "B.C."]);
        assert_eq!(words("John A. Macdonald."), ["John", "A.", "Macdonald", "."]);
    }

    #[test]
    fn hashtags_and_links_are_skipped() {
        let text = "#MeToo see https://x.ca/a and @cbc";
        let toks = tokenize(text);
        assert_eq!(toks[0].kind, Kind::Skip);
        assert_eq!(toks[0].text(text), "#MeToo");
        assert_eq!(toks[2].kind, Kind::Skip);
        assert_eq!(toks.last().unwrap().kind, Kind::Skip);
    }

    #[test]
    fn plain_words_take_the_short_path_and_others_do_not() {
        let text = "the iPhone and e-mail at www.x.org: ok, Trump A B2 McCain";
        let toks = tokenize(text);
        let plain: Vec<&str> = toks.iter().filter(|t| t.is_word() && t.has(PLAIN)).map(|t| t.text(text)).collect();
        assert_eq!(plain, ["the", "and", "e-mail", "at", "ok"]);
        let flags = |w: &str| toks.iter().find(|t| t.text(text) == w).map(|t| t.flags & (CAP | INITIAL | ALL_CAPS));
        assert_eq!(flags("Trump"), Some(CAP));
        assert_eq!(flags("A"), Some(CAP | INITIAL));
        assert_eq!(flags("B2"), Some(CAP));
        assert_eq!(flags("McCain"), Some(CAP));
        assert!(toks.iter().any(|t| t.kind == Kind::Skip && t.text(text).starts_with("www.")));
    }

    #[test]
    fn sentence_starts() {
        let text = "He left. Then Hehr said “Yes.” Trudeau agreed.\nNext";
        let toks = tokenize(text);
        let starts: Vec<&str> = toks.iter().filter(|t| t.has(SENT_START)).map(|t| t.text(text)).collect();
        assert_eq!(starts, ["He", "Then", "Trudeau", "Next"]);
    }

    #[test]
    fn a_dotted_abbreviation_ends_a_sentence_before_a_function_word() {
        let text = "to the U.S. The President met U.S. Navy staff";
        let toks = tokenize(text);
        let starts: Vec<&str> = toks.iter().filter(|t| t.has(SENT_START)).map(|t| t.text(text)).collect();
        assert_eq!(starts, ["to", "The"]);
    }
}
