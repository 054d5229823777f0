//! Cheap necessary conditions for the boilerplate patterns: when one fails,
//! the pattern's regex cannot match and is not run.
//!
//! Nearly every line of an article is prose that no boilerplate pattern
//! matches, and a regex search costs hundreds of instructions (thousands
//! for the unanchored credit pattern); looking at a line's first and last
//! bytes costs a few dozen.
//!
//! Each guard only ever answers "cannot match" for bytes it fully
//! understands. Under the patterns' Unicode case folding some non-ASCII
//! characters match ASCII letters (`ſ` matches `s`, the Kelvin sign `K`
//! matches `k`), and `\w`, `\W` and `\b` are Unicode classes; so whenever
//! the bytes a guard would read are not all ASCII, it answers "may match"
//! and leaves the decision to the regex.
//!
//! Each guard restates what its pattern in `boilerplate.rs` requires: a
//! change to a pattern must be made to its guard too (the proptests and
//! the line tables below catch a guard that rules out a match).

/// Line openings of [`super::ADVERTISEMENT`] (`advertisement`, `advert`,
/// `ad feedback` all open with `ad`).
const ADVERTISEMENT_OPENINGS: Words =
    Words::new(&["story", "article", "content", "text", "ad", "sponsored ad", "skip ", "continue reading", "scroll "]);

/// Line openings of [`super::MEDIA_PROMO`].
const MEDIA_PROMO_OPENINGS: Words = Words::new(&[
    "click ",
    "watch",
    "listen",
    "video",
    "audio",
    "podcast",
    "gallery",
    "photos",
    "we are sorry",
    "this video",
]);

/// Line openings of [`super::CROSS_LINK`] (`read more`, `related stories`,
/// `editor's picks`, … open with these; a quoted label opens with `"`).
const CROSS_LINK_OPENINGS: Words = Words::new(&[
    "read",
    "also read",
    "related",
    "see also",
    "more",
    "further reading",
    "recommended",
    "you may also like",
    "don't miss",
    "must read",
    "most read",
    "trending",
    "editor",
    "in case you missed it",
    "top stories",
    "\"",
]);

/// Line openings of [`super::PHOTO_LABEL`] (`photograph`, `photo credit`
/// open with `photo`).
const PHOTO_LABEL_OPENINGS: Words = Words::new(&["photo", "image", "file photo", "caption", "pictured"]);

/// Words the first alternative of [`super::CREDIT`] opens with, after any
/// punctuation (`- With files from`, `(Reporting by`).
const CREDIT_OPENINGS: Words = Words::new(&[
    "with files from",
    "additional reporting by",
    "reporting by",
    "writing by",
    "editing by",
    "compiled by",
]);

/// Words the second alternative of [`super::CREDIT`] ends with, before any
/// punctuation (`… contributed to this report.`).
const CREDIT_CLOSINGS: Words = Words::new(&["report", "story", "article"]);

/// Lower-case ASCII words, none empty, with the set of their first bytes
/// (a bit per byte value): one test rules out nearly every word at once.
struct Words {
    list: &'static [&'static str],
    first_bytes: u128,
    longest: usize,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        let (mut first_bytes, mut longest) = (0u128, 0);
        let mut i = 0;
        while i < list.len() {
            let first = list[i].as_bytes()[0];
            assert!(first < 128 && !first.is_ascii_uppercase(), "lower-case ASCII words");
            first_bytes |= 1 << first;
            if list[i].len() > longest {
                longest = list[i].len();
            }
            i += 1;
        }
        Words { list, first_bytes, longest }
    }

    /// Some word starts with the (lower-cased) byte `b`.
    fn may_start_with(&self, b: u8) -> bool {
        b < 128 && self.first_bytes >> b & 1 == 1
    }

    /// Some word opens `bytes`, in any case (`bytes` lower-cased or not).
    fn opens(&self, bytes: &[u8]) -> bool {
        let Some(first) = bytes.first().map(u8::to_ascii_lowercase) else { return false };
        self.may_start_with(first)
            && self.list.iter().any(|w| {
                w.as_bytes()[0] == first
                    && bytes.get(..w.len()).is_some_and(|head| head.eq_ignore_ascii_case(w.as_bytes()))
            })
    }
}

/// [`super::ADVERTISEMENT`] may match `line`.
pub(super) fn may_be_advertisement(line: &str) -> bool {
    may_open_with_any(line, &ADVERTISEMENT_OPENINGS)
}

/// [`super::MEDIA_PROMO`] may match `line`.
pub(super) fn may_be_media_promo(line: &str) -> bool {
    may_open_with_any(line, &MEDIA_PROMO_OPENINGS)
}

/// [`super::CROSS_LINK`] may match `line`.
pub(super) fn may_be_cross_link(line: &str) -> bool {
    may_open_with_any(line, &CROSS_LINK_OPENINGS)
}

/// [`super::PHOTO_LABEL`] may match `line`.
pub(super) fn may_be_photo_label(line: &str) -> bool {
    may_open_with_any(line, &PHOTO_LABEL_OPENINGS)
}

/// [`super::CREDIT`] may match `line`. Only the line's two ends are read,
/// so a name such as `Hélène` in the middle leaves the test exact.
pub(super) fn may_be_credit(line: &str) -> bool {
    let bytes = line.as_bytes();
    // The first word, after punctuation (`\W*`): the first alternative's opening.
    let opens = match bytes.iter().position(|b| !b.is_ascii() || is_ascii_word_byte(*b)) {
        None => false,
        Some(p) => {
            let head = &bytes[p..bytes.len().min(p + CREDIT_OPENINGS.longest)];
            !head.is_ascii() || CREDIT_OPENINGS.opens(head)
        }
    };
    // The last word, before punctuation: the second alternative's closing.
    let closes = match bytes.iter().rposition(|b| !b.is_ascii() || is_ascii_word_byte(*b)) {
        None => false,
        Some(q) => {
            let tail = &bytes[(q + 1).saturating_sub(CREDIT_CLOSINGS.longest)..=q];
            !tail.is_ascii() || CREDIT_CLOSINGS.list.iter().any(|w| ends_with_ignore_ascii_case(tail, w.as_bytes()))
        }
    };
    opens || closes
}

/// `line` may open with one of `openings` (ASCII, in any case): the only
/// lines a pattern anchored at the line start with these words can match.
/// Non-ASCII bytes among the first ones leave the answer to the regex.
fn may_open_with_any(line: &str, openings: &Words) -> bool {
    let head = &line.as_bytes()[..line.len().min(openings.longest)];
    match head.first() {
        None => false,
        // An ASCII first byte is matched only by itself in either case.
        Some(&first) if first.is_ascii() && !openings.may_start_with(first.to_ascii_lowercase()) => false,
        Some(_) => !head.is_ascii() || openings.opens(head),
    }
}

fn ends_with_ignore_ascii_case(bytes: &[u8], suffix: &[u8]) -> bool {
    bytes.len() >= suffix.len() && bytes[bytes.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// `\w` on an ASCII byte.
fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::super::{ADVERTISEMENT, CREDIT, CROSS_LINK, MEDIA_PROMO, PHOTO_LABEL};
    use super::*;
    use regex::Regex;

    /// A pattern and its guard.
    type Guarded = (&'static Regex, fn(&str) -> bool);

    /// Every (regex, guard) pair: a guard may say "may match" wrongly, never "cannot match" wrongly.
    fn pairs() -> [Guarded; 5] {
        [
            (&ADVERTISEMENT, may_be_advertisement),
            (&MEDIA_PROMO, may_be_media_promo),
            (&CROSS_LINK, may_be_cross_link),
            (&PHOTO_LABEL, may_be_photo_label),
            (&CREDIT, may_be_credit),
        ]
    }

    fn assert_guarded(line: &str) {
        for (i, (regex, may_match)) in pairs().into_iter().enumerate() {
            assert!(!regex.is_match(line) || may_match(line), "guard {i} rules out {line:?}, which matches");
        }
    }

    #[test]
    fn guards_let_every_known_boilerplate_line_through() {
        let lines = [
            "Story continues below advertisement",
            "ADVERTISEMENT",
            "Ad Feedback",
            "Click to play video: 'Trudeau speaks'",
            "WATCH ABOVE: Trudeau addressed the allegations",
            "We are sorry, this video is unavailable",
            "READ MORE: Patrick Brown steps down",
            "\"Related:\"",
            "Editor's picks:",
            "Breaking news from Canada and around the world sent to your email, as it happens.",
            "Sponsored content",
            "Follow Jo Roe on Twitter @joroeNEN.",
            "Like the page",
            "(c) 2018 The Canadian Press",
            "© 2018 Reuters. All rights reserved.",
            "Get the Global News app now",
            "- With files from The Canadian Press",
            "(Reporting by Jane Doe; Editing by John Smith)",
            "Jane Doe contributed reporting to this story.",
            "Photo: Jane Doe",
            "FILE PHOTO: a bridge",
            "ſponsored content",
            "Twitter: @ſomeone",
            "Jane Doe contributed to this ſtory.",
            "\u{212A}ate Doe contributed to this report",
            "Hélène Dubois contributed to this article.",
            "« With files from Hélène",
        ];
        for line in lines {
            assert_guarded(line);
        }
    }

    #[test]
    fn guards_rule_out_prose() {
        let line = "The prime minister said on Tuesday that the government would act quickly.";
        for (_, may_match) in pairs() {
            assert!(!may_match(line));
        }
    }

    proptest::proptest! {
        #[test]
        fn a_guard_never_rules_out_a_match(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "read", " more", "related", "story", "ad", "advertisement", "watch", "video", "photo", "image",
                    "sign up", "sent", " to your email", "subscribe", " now", "like", " the page", "follow", "Pam",
                    " on twitter", "contributed", " to this", " report", "reporting by", "with files from",
                    "All rights reserved", "(c)", " 2018", "©", "ſ", "\u{212A}", "é", ":", " ", "-", "\"", "'", ".",
                    "(", ")", "_", "The", "x", "S", "E",
                ]),
                0..10,
            )
        ) {
            assert_guarded(&pieces.concat());
        }
    }
}
