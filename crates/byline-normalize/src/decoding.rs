//! Turning raw bytes into the original text: UTF-8 (lossily, with a
//! diagnostic), or UTF-16 when a byte-order mark says so.

use byline_text::{Diagnostic, Span};

/// Decodes raw bytes into the text all offsets refer to.
///
/// A UTF-8 byte-order mark is kept in the text (so offsets equal byte
/// offsets into the raw input); the view drops it.
pub(crate) fn decode(raw: &[u8], diagnostics: &mut Vec<Diagnostic>) -> String {
    if let Some(text) = decode_utf16(raw) {
        diagnostics.push(Diagnostic::info("input was UTF-16; offsets refer to its UTF-8 decoding"));
        return text;
    }
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let text = String::from_utf8_lossy(raw).into_owned();
            let at = e.valid_up_to();
            let replaced = text.matches('\u{FFFD}').count();
            diagnostics.push(
                Diagnostic::warning(format!("invalid UTF-8: {replaced} replacement character(s) U+FFFD inserted"))
                    .at(Span::new(at, at + '\u{FFFD}'.len_utf8())),
            );
            text
        }
    }
}

/// UTF-16 with a byte-order mark (what some Windows tools write).
fn decode_utf16(raw: &[u8]) -> Option<String> {
    let little = match raw {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    if raw.len() % 2 != 0 {
        return None;
    }
    let units = raw[2..].chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    Some(char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_utf8_is_kept_as_is() {
        let mut d = Vec::new();
        assert_eq!(decode("\u{FEFF}héllo".as_bytes(), &mut d), "\u{FEFF}héllo");
        assert!(d.is_empty());
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let mut d = Vec::new();
        let text = decode(b"ab\xffcd\xfe", &mut d);
        assert_eq!(text, "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].span, Some(Span::new(2, 5)));
    }

    #[test]
    fn utf16_with_a_bom_is_decoded() {
        let mut d = Vec::new();
        let raw: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Hi é".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&raw, &mut d), "Hi é");
    }
}
