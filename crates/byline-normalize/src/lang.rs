//! The language of a document (whatlang on a sample of the body) and the
//! matching Snowball stemmer.

use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

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
const SAMPLE_BYTES: usize = 600;

/// The Latin-script languages whatlang weighs English and French against.
/// Scoring every language it knows costs several times more and only ever
/// changes which `Other` a text is.
const CANDIDATES: &[whatlang::Lang] = &[
    whatlang::Lang::Eng,
    whatlang::Lang::Fra,
    whatlang::Lang::Deu,
    whatlang::Lang::Spa,
    whatlang::Lang::Por,
    whatlang::Lang::Ita,
    whatlang::Lang::Nld,
    whatlang::Lang::Swe,
    whatlang::Lang::Dan,
    whatlang::Lang::Pol,
    whatlang::Lang::Tur,
    whatlang::Lang::Ron,
    whatlang::Lang::Ces,
    whatlang::Lang::Hun,
    whatlang::Lang::Fin,
    whatlang::Lang::Ind,
];

static DETECTOR: LazyLock<whatlang::Detector> =
    LazyLock::new(|| whatlang::Detector::with_allowlist(CANDIDATES.to_vec()));

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
    if let Some(lang) = by_function_words(sample) {
        return lang;
    }
    if whatlang::detect_script(sample) != Some(whatlang::Script::Latin) {
        return Lang::Other;
    }
    match DETECTOR.detect(sample) {
        Some(info) if info.lang() == whatlang::Lang::Eng => Lang::En,
        Some(info) if info.lang() == whatlang::Lang::Fra => Lang::Fr,
        _ => Lang::Other,
    }
}

/// Words frequent in English news and absent from French (and vice versa),
/// as `match`es: the compiler dispatches on length and bytes.
fn is_english_word(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"the"
            | b"and"
            | b"of"
            | b"to"
            | b"is"
            | b"that"
            | b"for"
            | b"was"
            | b"with"
            | b"said"
            | b"he"
            | b"it"
            | b"at"
            | b"by"
            | b"his"
            | b"has"
    )
}

fn is_french_word(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"le"
            | b"les"
            | b"des"
            | b"est"
            | b"une"
            | b"du"
            | b"dans"
            | b"pour"
            | b"qui"
            | b"au"
            | b"sur"
            | b"pas"
            | b"et"
            | b"avec"
            | b"sont"
            | b"il"
    )
}

/// Hits needed, and the factor by which one language must lead the other.
const MIN_HITS: usize = 6;
const LEAD: usize = 4;

/// The cheap, decisive case: function words leave no doubt between English
/// and French. Anything less clear goes to whatlang.
fn by_function_words(sample: &str) -> Option<Lang> {
    let (mut en, mut fr) = (0, 0);
    for word in sample.split(|c: char| !c.is_alphabetic()) {
        if word.len() > 5 || word.is_empty() {
            continue;
        }
        let mut buf = [0u8; 5];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        en += usize::from(is_english_word(lower));
        fr += usize::from(is_french_word(lower));
    }
    if en >= MIN_HITS && en >= LEAD * fr {
        Some(Lang::En)
    } else if fr >= MIN_HITS && fr >= LEAD * en {
        Some(Lang::Fr)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_french_are_told_apart() {
        assert_eq!(detect("The prime minister said on Tuesday that the government would act quickly."), Lang::En);
        assert_eq!(detect("Le premier ministre a déclaré mardi que le gouvernement agirait rapidement."), Lang::Fr);
    }

    #[test]
    fn other_languages_are_other() {
        assert_eq!(
            detect("Der Premierminister sagte am Dienstag, dass die Regierung schnell handeln werde und die Lage ernst sei."),
            Lang::Other
        );
        assert_eq!(
            detect("Премьер-министр заявил во вторник, что правительство будет действовать быстро."),
            Lang::Other
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
