//! Body lines into paragraphs: hard-wrapped lines are joined again, and a
//! short line without final punctuation followed by more body is a heading.

use crate::ParagraphKind;
use std::ops::Range;

/// One non-empty line of the view.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// Trimmed range in the view.
    pub span: Range<usize>,
    /// A blank line separates it from the previous non-empty line.
    pub blank_before: bool,
}

/// The non-empty lines of the view, trimmed.
pub(crate) fn lines(view: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank_before = true;
    for raw in view.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let trimmed_start = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let s = start + trimmed_start;
        out.push(Line { span: s..s + trimmed.len(), blank_before });
        blank_before = false;
    }
    out
}

/// A body line ready for grouping: its range and whether it directly
/// follows the previous body line (no blank or boilerplate line between).
pub(crate) struct BodyLine {
    pub span: Range<usize>,
    pub adjacent: bool,
}

/// Groups body lines into paragraphs and tells headings from text.
pub(crate) fn paragraphs(view: &str, body: &[BodyLine]) -> Vec<(Range<usize>, ParagraphKind)> {
    let mut out: Vec<(Range<usize>, ParagraphKind)> = Vec::with_capacity(body.len());
    for (i, line) in body.iter().enumerate() {
        if i > 0 && line.adjacent && is_wrapped(&view[body[i - 1].span.clone()], &view[line.span.clone()]) {
            if let Some(last) = out.last_mut() {
                last.0.end = line.span.end;
                continue;
            }
        }
        out.push((line.span.clone(), ParagraphKind::Text));
    }
    // The last paragraph is never a heading: nothing follows it.
    let n = out.len();
    for (span, kind) in out.iter_mut().take(n.saturating_sub(1)) {
        if is_heading(&view[span.clone()]) {
            *kind = ParagraphKind::Heading;
        }
    }
    out
}

/// Hard-wrapped text: the line breaks off mid-sentence.
fn is_wrapped(prev: &str, next: &str) -> bool {
    if prev.ends_with(['.', '!', '?', ':', '"', '\'', ')', ']']) {
        return false;
    }
    let next_lower = next.starts_with(|c: char| c.is_lowercase());
    next_lower || prev.ends_with([',', ';', '-']) || (prev.len() >= 50 && prev.ends_with(|c: char| c.is_alphanumeric()))
}

/// Longest heading, in words.
const MAX_HEADING_WORDS: usize = 14;

/// A subheading: short, starts like a title, no final punctuation (a
/// heading in quotation marks, `'Can't deny that it's out there'`, too).
pub(crate) fn is_heading(p: &str) -> bool {
    if p.len() > 120 {
        return false;
    }
    let words = p.split_whitespace().count();
    if words == 0 || words > MAX_HEADING_WORDS {
        return false;
    }
    let inner = p.trim_matches(|c: char| c == '"' || c == '\'');
    let Some(first) = inner.chars().next() else { return false };
    if !(first.is_uppercase() || first.is_ascii_digit()) || inner.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return false;
    }
    !inner.ends_with(['.', '!', '?', ',', ';', ':', '-']) && !inner.contains(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(view: &str) -> Vec<(&str, ParagraphKind)> {
        let ls = lines(view);
        let body: Vec<BodyLine> =
            ls.iter().map(|l| BodyLine { span: l.span.clone(), adjacent: !l.blank_before }).collect();
        paragraphs(view, &body).into_iter().map(|(r, k)| (&view[r], k)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_headings_are_found() {
        let got = run("First para.\n\nRedefining party loyalty \n\nSecond para.\n");
        assert_eq!(
            got,
            [
                ("First para.", ParagraphKind::Text),
                ("Redefining party loyalty", ParagraphKind::Heading),
                ("Second para.", ParagraphKind::Text)
            ]
        );
    }

    #[test]
    fn wrapped_lines_are_joined() {
        let got = run("The minister said on Tuesday that the government would\nact quickly.\nNext one.");
        assert_eq!(got[0].0, "The minister said on Tuesday that the government would\nact quickly.");
        assert_eq!(got[1].0, "Next one.");
    }

    #[test]
    fn a_final_short_line_is_text() {
        let got = run("Body.\n\nThe end");
        assert_eq!(got[1].1, ParagraphKind::Text);
    }

    #[test]
    fn quoted_headings() {
        assert!(is_heading("'Can't deny that it's out there'"));
        assert!(is_heading("Trudeau should attend too, says Lalonde"));
        assert!(!is_heading("Brown resigned several hours later."));
    }
}
