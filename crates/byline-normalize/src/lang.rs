//! The language of a document (whatlang on a sample of the body) and the
//! matching Snowball stemmer.

use serde::{Deserialize, Serialize};

/// The language of a document, as far as byline cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Anything else (or too little text to tell).
    Other,
}

impl Lang {
    /// ISO 639-1 code (`"en"`, `"fr"`) or `"other"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Other => "other",
        }
    }

    /// The Snowball stemmer for this language (English for `Other`).
    pub fn stemmer(self) -> rust_stemmers::Stemmer {
        match self {
            Lang::Fr => rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::French),
            _ => rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
        }
    }
}

/// How much text whatlang reads: enough to be sure, little enough to be fast.
const SAMPLE_BYTES: usize = 2048;

/// Fewer letters than this and we do not guess.
const MIN_LETTERS: usize = 12;

/// Detects the language of `text` from its first [`SAMPLE_BYTES`].
pub(crate) fn detect(text: &str) -> Lang {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return Lang::Other;
    }
    match whatlang::detect(sample) {
        Some(info) if info.lang() == whatlang::Lang::Eng => Lang::En,
        Some(info) if info.lang() == whatlang::Lang::Fra => Lang::Fr,
        _ => Lang::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_french_are_told_apart() {
        assert_eq!(detect("The prime minister said on Tuesday that the government would act quickly."), Lang::En);
        assert_eq!(
            detect("Le premier ministre a déclaré mardi que le gouvernement agirait rapidement."),
            Lang::Fr
        );
    }

    #[test]
    fn too_little_text_is_other() {
        assert_eq!(detect("OK."), Lang::Other);
        assert_eq!(detect(""), Lang::Other);
    }

    #[test]
    fn stemmer_follows_the_language() {
        assert_eq!(Lang::En.stemmer().stem("running"), "run");
        assert_eq!(Lang::Fr.code(), "fr");
    }
}
