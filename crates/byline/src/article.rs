//! One input article and the decoding of its bytes.

use byline_text::{Diagnostic, Span};

/// One article as the driver read it.
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// Its id: a file stem or the `id` of a JSONL line.
    pub id: String,
    /// Its text. Every offset in the report indexes these bytes.
    pub text: String,
    /// A title given with the article (JSONL `title`), preferred to a detected one.
    pub title: Option<String>,
    /// A date given with the article (JSONL `date`).
    pub date: Option<String>,
    /// Where it was published (JSONL `url`).
    pub url: Option<String>,
    /// Who published it (JSONL `outlet`).
    pub outlet: Option<String>,
    /// Any other JSONL fields, carried through untouched.
    pub meta: serde_json::Map<String, serde_json::Value>,
    /// What reading it revealed (invalid UTF-8, …).
    pub diagnostics: Vec<Diagnostic>,
}

impl Article {
    /// An article from text already known to be valid.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article { id: id.into(), text: text.into(), ..Article::default() }
    }

    /// An article from raw bytes; invalid UTF-8 is repaired by [`repair_utf8`]
    /// and reported as a diagnostic.
    pub fn from_bytes(id: impl Into<String>, bytes: Vec<u8>) -> Article {
        let (text, diagnostic) = repair_utf8(bytes);
        Article { id: id.into(), text, diagnostics: diagnostic.into_iter().collect(), ..Article::default() }
    }
}

/// Decodes bytes as UTF-8, replacing each invalid byte with `?`.
///
/// One byte for one byte, so every offset into the repaired text is also an
/// offset into the original bytes: the report's spans stay exact for the
/// file as it is on disk. Returns a warning naming the first bad byte.
pub fn repair_utf8(bytes: Vec<u8>) -> (String, Option<Diagnostic>) {
    let mut bytes = match String::from_utf8(bytes) {
        Ok(text) => return (text, None),
        Err(e) => e.into_bytes(),
    };
    let mut first = None;
    let mut count = 0;
    let mut at = 0;
    while at < bytes.len() {
        match std::str::from_utf8(&bytes[at..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = at + e.valid_up_to();
                let len = e.error_len().unwrap_or(bytes.len() - bad);
                bytes[bad..bad + len].fill(b'?');
                first.get_or_insert(bad);
                count += len;
                at = bad + len;
            }
        }
    }
    let text = String::from_utf8(bytes).unwrap_or_default();
    let first = first.unwrap_or(0);
    let diagnostic = Diagnostic::warning(format!(
        "invalid UTF-8: {count} byte(s) replaced by '?' (offsets unchanged), the first at byte {first}"
    ))
    .at(Span::new(first, first + 1));
    (text, Some(diagnostic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_text_is_untouched() {
        let (t, d) = repair_utf8("é “x”".as_bytes().to_vec());
        assert_eq!(t, "é “x”");
        assert!(d.is_none());
    }

    #[test]
    fn invalid_bytes_keep_their_offsets() {
        let raw = b"ab\xff\xfecd\xe2\x80".to_vec();
        let len = raw.len();
        let (t, d) = repair_utf8(raw);
        assert_eq!(t.len(), len);
        assert_eq!(t, "ab??cd??");
        assert!(d.unwrap().message.contains("4 byte(s)"));
    }
}
