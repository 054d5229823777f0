//! Quotations signed with a dash: "“…” ― Sonya Herridge" in a list of
//! testimonials, "“…”" then "- Bernie Sanders." on a line of its own in a
//! fact check, "— Jane Roe (@janeroe) May 5" under an embedded post. The
//! name after the dash is the speaker; no verb says so.

use byline_text::Span;

/// The longest signature read, in bytes: a name, not a sentence.
const MAX_NAME_BYTES: usize = 80;

/// How far past a closing mark a signature is read: the name, and the dash
/// and spaces before it.
const MAX_READ_BYTES: usize = MAX_NAME_BYTES + 8;

/// Most words in a signed name ("Julie A. Diaz Martinez").
const MAX_NAME_WORDS: usize = 6;

/// Lowercase words that may sit inside a name ("Luis de Souza").
const PARTICLES: &[&str] = &["de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "y"];

/// The name signed right after `from` (spaces, a dash, spaces, then the
/// name up to the end of its line, a comma, a bracket or a full stop), read
/// no further than `limit`. `None` unless a dash opens it and what follows
/// is one to six capitalised words; what follows a comma or a bracket (a
/// handle, a date, a place) is not part of the name.
pub(crate) fn dashed_signature(text: &str, from: usize, limit: usize) -> Option<Span> {
    let mut limit = limit.min(text.len()).min(from.saturating_add(MAX_READ_BYTES));
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let rest = text.get(from..limit)?;
    let after_space = rest.trim_start_matches(is_space);
    let after_dash = strip_dash(after_space)?;
    let name_text = after_dash.trim_start_matches(is_space);
    let name_start = from + (rest.len() - name_text.len());
    let line_end = name_text.find(['\n', '\r']).unwrap_or(name_text.len());
    let line = &name_text[..line_end];
    let (name, tail) = split_name(line)?;
    // Only a comma, a bracket or the line's end may follow the name: "― Jane Roe said" is a clause.
    let tail = tail.trim_start_matches(is_space);
    if !(tail.is_empty() || tail.starts_with([',', '(', ';'])) {
        return None;
    }
    Some(Span::new(name_start, name_start + name.len()))
}

/// The longest paragraph read as a signature line under a quotation.
const MAX_SIGNATURE_LINE: usize = 120;

/// The name a paragraph of its own signs ("- Bernie Sanders.", "-Michelle
/// Marks, Philadelphia."): one short line opened by a dash.
pub(crate) fn signature_line(text: &str, paragraph: Span) -> Option<Span> {
    let line = text.get(paragraph.start..paragraph.end)?;
    if line.len() > MAX_SIGNATURE_LINE || line.contains('\n') {
        return None;
    }
    dashed_signature(text, paragraph.start, paragraph.end)
}

/// Spaces, tabs and no-break spaces (not line breaks: a signature that
/// opens its own line is read from that line).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')
}

/// `s` after its opening dash: a horizontal bar, an em or en dash, or one or
/// two hyphens (a hyphen must not be glued to a word before it: the caller
/// starts at a closing mark or a line's start).
fn strip_dash(s: &str) -> Option<&str> {
    for dash in ["―", "—", "–", "--", "-"] {
        if let Some(rest) = s.strip_prefix(dash) {
            return Some(rest);
        }
    }
    None
}

/// The name opening `line` and what follows it: capitalised words, initials
/// ("G.") and particles between them, up to a comma, a bracket, a full stop
/// that closes no initial, or a lowercase word.
fn split_name(line: &str) -> Option<(&str, &str)> {
    let mut end = 0;
    let mut words = 0;
    let mut last_is_particle = false;
    for (at, word) in word_starts(line) {
        let bare = word.trim_end_matches(['.', ',', ';']);
        let capitalised =
            bare.starts_with(char::is_uppercase) && bare.chars().all(|c| c.is_alphabetic() || "'’-".contains(c));
        let particle = words > 0 && PARTICLES.contains(&bare);
        if !(capitalised || particle) || bare.is_empty() {
            break;
        }
        words += 1;
        last_is_particle = particle;
        end = at + bare.len();
        let initial = bare.chars().count() == 1 && word[bare.len()..].starts_with('.');
        if initial {
            end += 1;
        }
        // A comma or a full stop after anything but an initial ends the name.
        if word.len() > bare.len() && !initial {
            break;
        }
        if words > MAX_NAME_WORDS {
            return None;
        }
    }
    if words == 0 || last_is_particle {
        return None;
    }
    let tail = line[end..].trim_start_matches('.');
    Some((&line[..end], tail))
}

/// `(offset, word)` of the space-separated words of `line`, stopping at a
/// bracket.
fn word_starts(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let head = line.split('(').next().unwrap_or("");
    // The words are slices of `line`: their distance from its start is their offset (a
    // no-break space between them is two or three bytes, not one).
    head.split(is_space).map(move |w| (w.as_ptr() as usize - line.as_ptr() as usize, w)).filter(|(_, w)| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::dashed_signature;

    fn signed(text: &str, from: usize) -> Option<&str> {
        dashed_signature(text, from, text.len()).map(|s| &text[s.start..s.end])
    }

    #[test]
    fn a_dash_and_a_name_at_the_line_end_sign_a_quotation() {
        let t = "“We need change.” ― Ana Roe\n“Next.”";
        assert_eq!(signed(t, t.find('”').unwrap() + 3), Some("Ana Roe"));
        let t = "“Enough.”\u{a0}― Julie A. Diaz Martinez\u{a0}\n";
        assert_eq!(signed(t, t.find('”').unwrap() + 3), Some("Julie A. Diaz Martinez"));
        let t = "\"It went nowhere.\"\n\n- Bernie Sanders.\n";
        assert_eq!(signed(t, t.find("- B").unwrap()), Some("Bernie Sanders"));
    }

    #[test]
    fn no_break_spaces_between_the_words_keep_the_span_exact() {
        let t = "” ― Ana\u{a0}B.\u{202f}Roe\u{a0}\n";
        assert_eq!(signed(t, 3), Some("Ana\u{a0}B.\u{202f}Roe"));
    }

    #[test]
    fn what_follows_a_comma_or_a_bracket_is_no_part_of_the_name() {
        let t = "”\n\n-Michelle Marks, Philadelphia.";
        assert_eq!(signed(t, t.find('-').unwrap()), Some("Michelle Marks"));
        let t = "” — Sahil Kapur (@sahilkapur) September 1, 2016";
        assert_eq!(signed(t, 3), Some("Sahil Kapur"));
    }

    #[test]
    fn a_dash_before_a_clause_or_a_lowercase_aside_is_no_signature() {
        let t = "” — Trump tweeted on Monday.";
        assert_eq!(signed(t, 3), None);
        let t = "” — a claim that was false.";
        assert_eq!(signed(t, 3), None);
        let t = "” and more.";
        assert_eq!(signed(t, 3), None);
        let t = "” ― One Two Three Four Five Six Seven Eight";
        assert_eq!(signed(t, 3), None);
    }

    #[test]
    fn hostile_input_stays_in_bounds() {
        for t in ["", "―", "― ", "—\u{a0}É", "- A.", "-- (x)", "— \u{202f}"] {
            for from in 0..=t.len() {
                if t.is_char_boundary(from) {
                    let _ = dashed_signature(t, from, t.len());
                    let _ = dashed_signature(t, from, from);
                }
            }
        }
    }
}
