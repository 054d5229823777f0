//! The unified view: one spelling for the many quotes, dashes, spaces and
//! line breaks news text arrives with, NFC, and an exact map back.
//!
//! Every later rule reads the view, so it needs one pattern for `"` instead
//! of six; every span it finds is mapped back to the original bytes.

use byline_text::{Diagnostic, OffsetMap, Span, ViewBuilder};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The view of a text and what was repaired on the way.
pub(crate) struct View {
    pub text: String,
    pub map: OffsetMap,
}

/// What the view writes for one character of the original, if not itself.
/// `Some("")` drops the character.
pub(crate) fn unify(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '\u{2039}' | '\u{203A}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FE58}'
        | '\u{FE63}' | '\u{FF0D}' => "-",
        '\u{2026}' => "...",
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        '\u{0085}' | '\u{2028}' | '\u{2029}' => "\n",
        '\u{0080}'..='\u{009F}' => " ",
        _ => return None,
    })
}

/// Counts of repairs, reported once per kind.
#[derive(Default)]
struct Repairs {
    controls: usize,
    first_control: Option<Span>,
    non_nfc: usize,
    first_non_nfc: Option<Span>,
}

/// Builds the unified view of `text` in one linear pass.
pub(crate) fn build_view(text: &str, diagnostics: &mut Vec<Diagnostic>) -> View {
    let bytes = text.as_bytes();
    let mut b = ViewBuilder::new(text);
    let mut repairs = Repairs::default();
    let mut run_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        i = byline_text::scan::skip_printable_ascii(bytes, i);
        let Some(&c) = bytes.get(i) else { break };
        if c < 0x80 {
            if (0x20..0x7F).contains(&c) || c == b'\n' {
                i += 1;
                continue;
            }
            b.keep(Span::new(run_start, i));
            let span = Span::new(i, i + 1);
            match c {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => b.replace(span, ""),
                b'\r' | 0x0B | 0x0C => b.replace(span, "\n"),
                b'\t' => b.replace(span, " "),
                _ => {
                    repairs.controls += 1;
                    repairs.first_control.get_or_insert(span);
                    b.replace(span, " ");
                }
            }
            i += 1;
            run_start = i;
            continue;
        }
        // A run of non-ASCII characters. Unified characters (quotes, dashes,
        // spaces) never take part in canonical composition, so they cut the
        // run into segments that are checked for NFC on their own; a
        // segment includes the ASCII letter before it, which may be the base
        // of a combining mark.
        let end = non_ascii_run_end(bytes, i);
        let mut segment_start = i;
        for (off, ch) in text[i..end].char_indices() {
            let at = i + off;
            if let Some(rep) = unify(ch) {
                compose_segment(text, segment_start, at, &mut run_start, &mut b, &mut repairs);
                b.keep(Span::new(run_start, at));
                b.replace(Span::new(at, at + ch.len_utf8()), rep);
                run_start = at + ch.len_utf8();
                segment_start = run_start;
            }
        }
        compose_segment(text, segment_start, end, &mut run_start, &mut b, &mut repairs);
        i = end;
    }
    b.keep(Span::new(run_start, bytes.len()));
    report(&repairs, diagnostics);
    let (text, map) = b.finish();
    View { text, map }
}

/// Replaces `start..end` (plus the ASCII character before it, when still
/// pending) by its NFC form if it is not NFC already.
fn compose_segment(
    text: &str,
    start: usize,
    end: usize,
    run_start: &mut usize,
    b: &mut ViewBuilder<'_>,
    repairs: &mut Repairs,
) {
    if start >= end {
        return;
    }
    let bytes = text.as_bytes();
    // Only letters (and `<`, `=`, `>`, as in U+2260) compose with a mark.
    let composes = |c: u8| c.is_ascii_alphabetic() || matches!(c, b'<' | b'=' | b'>');
    let chunk_start = if start > *run_start && composes(bytes[start - 1]) { start - 1 } else { start };
    let chunk = &text[chunk_start..end];
    if is_nfc_quick(chunk.chars()) == IsNormalized::Yes || unicode_normalization::is_nfc(chunk) {
        return;
    }
    b.keep(Span::new(*run_start, chunk_start));
    let composed: String = chunk.nfc().collect();
    b.replace(Span::new(chunk_start, end), &unify_str(&composed));
    *run_start = end;
    repairs.non_nfc += 1;
    repairs.first_non_nfc.get_or_insert(Span::new(chunk_start, end));
}

fn non_ascii_run_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|&b| b < 0x80).map_or(bytes.len(), |p| from + p)
}

/// Applies [`unify`] to every character of a string (used on NFC output).
fn unify_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match unify(c) {
            Some(rep) => out.push_str(rep),
            None => out.push(c),
        }
    }
    out
}

fn report(r: &Repairs, diagnostics: &mut Vec<Diagnostic>) {
    if let Some(span) = r.first_control {
        diagnostics.push(Diagnostic::warning(format!("{} control character(s) read as spaces", r.controls)).at(span));
    }
    if let Some(span) = r.first_non_nfc {
        diagnostics
            .push(Diagnostic::info(format!("{} passage(s) not in NFC; the view composes them", r.non_nfc)).at(span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(s: &str) -> View {
        build_view(s, &mut Vec::new())
    }

    #[test]
    fn quotes_dashes_and_spaces_are_unified() {
        let v = view("“It’s here” — now\u{00A0}…");
        assert_eq!(v.text, "\"It's here\" - now ...");
    }

    #[test]
    fn crlf_bom_and_zero_width_are_folded() {
        let o = "\u{FEFF}a\r\nb\u{200B}c\rd";
        let v = view(o);
        assert_eq!(v.text, "a\nbc\nd");
        assert_eq!(v.map.to_original(Span::new(0, 1)).slice(o), "a");
        assert_eq!(v.map.to_original(Span::new(2, 4)).slice(o), "b\u{200B}c");
    }

    #[test]
    fn control_characters_become_spaces_with_a_warning() {
        let mut d = Vec::new();
        let v = build_view("a\u{0}b\tc", &mut d);
        assert_eq!(v.text, "a b c");
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn decomposed_text_is_composed_and_maps_back() {
        let o = "Cafe\u{0301} “ok”";
        let mut d = Vec::new();
        let v = build_view(o, &mut d);
        assert_eq!(v.text, "Café \"ok\"");
        let e = v.text.find('é').unwrap();
        assert_eq!(v.map.to_original(Span::new(e, e + 'é'.len_utf8())).slice(o), "e\u{0301}");
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn ellipsis_maps_back_whole() {
        let o = "so… then";
        let v = view(o);
        assert_eq!(v.map.to_original(Span::new(0, 3)).slice(o), "so…");
    }
}
