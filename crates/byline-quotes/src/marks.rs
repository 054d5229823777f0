//! Quotation-mark pairing inside one paragraph: every style of mark,
//! apostrophes told apart from single quotes, nesting, and unbalanced marks
//! bounded by the paragraph. One pass, O(n), a small bounded stack.

use byline_text::Span;

/// The family a mark belongs to; a closing mark only closes its own family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

/// A top-level quotation found in a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quoted {
    /// From the opening mark to just past the closing mark (or the paragraph end).
    pub outer: Span,
    /// The content between the marks, trimmed of white space.
    pub inner: Span,
    /// False when the paragraph ended before the closing mark.
    pub closed: bool,
}

/// Nesting deeper than this is treated as text: it never happens in prose
/// and bounds the work on hostile input.
const MAX_DEPTH: usize = 4;

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_open_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/“‘«„\"'".contains(c),
    }
}

/// What a character at a position is, given its neighbours and the stack.
enum Mark {
    Open(Family),
    Close(Family),
    Text,
}

fn classify(c: char, prev: Option<char>, next: Option<char>, stack: &[Family]) -> Mark {
    let open_has = |f: Family| stack.contains(&f);
    match c {
        '“' | '„' => {
            // German style „…“: the raised mark closes what „ opened.
            if c == '“' && open_has(Family::Double) && !is_open_context(prev) {
                Mark::Close(Family::Double)
            } else {
                Mark::Open(Family::Double)
            }
        }
        '”' => {
            if open_has(Family::Double) {
                Mark::Close(Family::Double)
            } else if is_open_context(prev) && is_word_char(next) {
                Mark::Open(Family::Double)
            } else {
                Mark::Text
            }
        }
        '"' => {
            let closing_shape =
                !is_open_context(prev) || next.is_none_or(|n| n.is_whitespace() || ",.;:!?)".contains(n));
            if open_has(Family::Double) && closing_shape {
                Mark::Close(Family::Double)
            } else if next.is_some_and(|n| !n.is_whitespace()) {
                Mark::Open(Family::Double)
            } else {
                Mark::Text
            }
        }
        '«' | '‹' => Mark::Open(Family::Guillemet),
        '»' | '›' => {
            if open_has(Family::Guillemet) {
                Mark::Close(Family::Guillemet)
            } else {
                Mark::Text
            }
        }
        '‘' => {
            if is_word_char(prev) {
                Mark::Text
            } else if open_has(Family::Single) && !is_open_context(prev) {
                Mark::Close(Family::Single)
            } else if next.is_some_and(|n| !n.is_whitespace()) {
                Mark::Open(Family::Single)
            } else {
                Mark::Text
            }
        }
        '’' | '\'' => {
            // Between letters it is an apostrophe (Can’t, O’Keefe).
            if is_word_char(prev) && is_word_char(next) {
                Mark::Text
            } else if open_has(Family::Single) && !is_open_context(prev) && !is_word_char(next) {
                Mark::Close(Family::Single)
            } else if c == '\'' && is_open_context(prev) && next.is_some_and(char::is_alphabetic) {
                Mark::Open(Family::Single)
            } else if c == '’' && prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_uppercase) {
                // ’ used as an opening mark by careless typesetting.
                Mark::Open(Family::Single)
            } else {
                Mark::Text
            }
        }
        _ => Mark::Text,
    }
}

/// True when the character can be a quotation mark at all (the fast path).
fn is_mark_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‘' | '’' | '\'' | '«' | '»' | '‹' | '›')
}

/// The top-level quotations of `text` (one paragraph starting at byte
/// `base` of the document). Unclosed quotations run to the paragraph end.
pub(crate) fn find_quotes(text: &str, base: usize) -> Vec<Quoted> {
    let mut out = Vec::new();
    // (family, offset of the mark, width of the mark in bytes)
    let mut stack: Vec<(Family, usize, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Fast skip: every mark starts with one of these bytes.
        match byline_text::scan::find_any(bytes, i, [b'"', b'\'', 0xE2, 0xC2]) {
            Some(next) => i = next,
            None => break,
        }
        let Some(mut c) = text[i..].chars().next() else { break };
        let mut width = c.len_utf8();
        if !is_mark_char(c) {
            i += width;
            continue;
        }
        let prev = text[..i].chars().next_back();
        let mut next = text[i + width..].chars().next();
        // Two apostrophes stand for a double mark in some wire copy ('').
        if c == '\'' && next == Some('\'') {
            c = '"';
            width = 2;
            next = text[i + width..].chars().next();
        }
        {
            let mut families = [Family::Double; MAX_DEPTH];
            for (slot, e) in families.iter_mut().zip(&stack) {
                *slot = e.0;
            }
            match classify(c, prev, next, &families[..stack.len()]) {
                Mark::Open(f) if stack.len() < MAX_DEPTH => stack.push((f, i, width)),
                Mark::Close(f) => {
                    if let Some(k) = stack.iter().rposition(|e| e.0 == f) {
                        let (_, open, open_width) = stack[k];
                        stack.truncate(k);
                        if stack.is_empty() {
                            out.push(make(text, base, (open, open_width), (i + width, width), true));
                        }
                    }
                }
                _ => {}
            }
        }
        i += width;
    }
    if let Some(&(_, open, open_width)) = stack.first() {
        out.push(make(text, base, (open, open_width), (text.len(), 0), false));
    }
    out
}

fn make(
    text: &str,
    base: usize,
    (open, open_len): (usize, usize),
    (end, close_len): (usize, usize),
    closed: bool,
) -> Quoted {
    let local = Span::new(open + open_len, end - close_len).trim(text);
    Quoted { outer: Span::new(base + open, base + end), inner: Span::new(base + local.start, base + local.end), closed }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        find_quotes(text, 0).iter().map(|q| q.inner.slice(text)).collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(contents("“I would,” she said. \"Yes.\""), ["I would,", "Yes."]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(contents("‘Can’t deny that it’s out there’"), ["Can’t deny that it’s out there"]);
        assert_eq!(contents("Protecting peoples’ space, O’Keefe said."), Vec::<&str>::new());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let t = "\"It's loyalty to say, 'We don't want this.'\" she said.";
        assert_eq!(contents(t), ["It's loyalty to say, 'We don't want this.'"]);
    }

    #[test]
    fn doubled_apostrophes_are_a_double_mark() {
        assert_eq!(contents("''I am not shy,'' he said."), ["I am not shy,"]);
    }

    #[test]
    fn guillemets_and_low_marks() {
        assert_eq!(contents("Il a dit « non » hier."), ["non"]);
        assert_eq!(contents("Er sagte „nein“ gestern."), ["nein"]);
    }

    #[test]
    fn unclosed_quote_is_bounded_by_the_paragraph() {
        let q = find_quotes("\"If it comes up, I'm not afraid", 10);
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(q[0].outer.end, 10 + 31);
    }

    #[test]
    fn many_unclosed_marks_are_linear() {
        let t = "\"".repeat(10_000);
        let _ = find_quotes(&t, 0);
        let t = "“a ".repeat(10_000);
        assert_eq!(find_quotes(&t, 0).len(), 1);
    }
}
