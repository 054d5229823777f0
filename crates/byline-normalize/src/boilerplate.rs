//! Fixed boilerplate patterns: one line of the view at a time.
//!
//! Strong patterns (a line opening with "READ MORE:", "Click to play video:",
//! "WATCH:") mark the line whatever it holds. Weaker ones (newsletter
//! wording, captions, credits) also require the line to be short and free of
//! double quotation marks, so a line holding a quote or body prose is never
//! dropped.

mod guards;

use crate::BoilerplateKind;
use guards::{may_be_advertisement, may_be_credit, may_be_cross_link, may_be_media_promo, may_be_photo_label};
use regex::Regex;
use std::sync::LazyLock;

static ADVERTISEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            (?:story|article|content|text)\ continues\ (?:below|after)(?:\ (?:this|the))?(?:\ (?:advertisement|ad|advert))?
          | advertisement | advertising | advert | ad | sponsored\ ad | skip\ (?:advertisement|ad)
          | continue\ reading(?:\ the\ main\ story|\ below)?
          | scroll\ (?:down\ )?to\ continue(?:\ reading|\ with\ content)? | ad\ feedback
        )\W*$",
    )
    .expect("valid regex")
});

static MEDIA_PROMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            click\ (?:here\ )?to\ (?:play|watch|listen)\b
          | (?:watch|listen|video|audio|podcast|gallery|photos)
            (?:\ (?:above|below|here|now|live|more|again|the\ (?:video|full\ \w+|interview|clip|report)))?\s*:
          | (?:we\ are\ sorry,?\s*)?this\ video\ is\ (?:restricted|unavailable|not\ available)
          | video\ (?:unavailable|not\ available)\W*$
        )",
    )
    .expect("valid regex")
});

static CROSS_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?ix)^(?:
            (?:read\ more|read\ also|also\ read|read|related(?:\ (?:stories|story|content|articles|coverage|links|video|reading))?
              |see\ also|more|more\ on\ this(?:\ story)?|more\ from\ [\w\ ]{1,30}|further\ reading
              |recommended(?:\ for\ you|\ reading)?|you\ may\ also\ like|don't\ miss|must\ read|most\ read
              |trending(?:\ now)?|editor'?s\ picks?|in\ case\ you\ missed\ it|top\ stories|more\ coverage|more\ stories)\s*:
          | "?(?:related(?:\ (?:stories|story|content|articles|coverage|links))?|more\ stories|most\ read|trending\ now
              |recommended\ for\ you|you\ may\ also\ like|in\ case\ you\ missed\ it)\W*"?\W*$
        )"#,
    )
    .expect("valid regex")
});

const NEWSLETTER_PATTERN: &str = r"(?ix)
            sent\ (?:straight\ )?to\ your\ (?:e-?mail|inbox)
          | \bsign\ up\ (?:for|to)\ (?:our|the|a)\b | ^sign\ up\b | \bsubscribe\ (?:to\ our|now|today|here)\b
          | ^(?:sponsored|sponsored\ content|sponsored\ by\b.*|paid\ (?:post|content|partner\ content)
              |presented\ by\b.*|brought\ to\ you\ by\b.*|partner\ content)\W*$
          | ^share\ (?:this|on|via)\b
          | ^(?:follow|like)\ (?:us|@\w+|[A-Z][\w.'-]*(?:\ [A-Z][\w.'-]*){0,3})\ on\ (?:twitter|facebook|instagram|linkedin|tiktok)\b
          | ^(?:twitter|facebook|instagram|e-?mail)\s*:\s*@?\S+$
          | \blike\ the\ page:?$
          | ^copyright\b | ^\(?c\)\ \d{4} | ^© | \ball\ rights\ reserved\b | this\ material\ may\ not\ be\ published
          | ^(?:get|download)\ (?:the|our)\ [\w\ ]{1,20}\ app\b | ^(?:click|tap)\ here\b
        ";

static NEWSLETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(NEWSLETTER_PATTERN).expect("valid regex"));

/// [`NEWSLETTER`] with ASCII classes, for ASCII lines, where it matches
/// exactly what the Unicode pattern does: its Unicode `\w`, `[\w\ ]{1,20}`
/// and case folding make an automaton too big for the lazy DFA's cache, and
/// the search falls back to a far slower engine.
static NEWSLETTER_ASCII: LazyLock<regex::bytes::Regex> =
    LazyLock::new(|| regex::bytes::Regex::new(&format!("(?-u){NEWSLETTER_PATTERN}")).expect("valid regex"));

/// A newsletter, sponsor, sharing or copyright line.
fn is_newsletter(line: &str) -> bool {
    if line.is_ascii() {
        NEWSLETTER_ASCII.is_match(line.as_bytes())
    } else {
        NEWSLETTER.is_match(line)
    }
}

static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:\W*\(?(?:with\ files\ from|(?:additional\ )?reporting\ by|writing\ by|editing\ by|compiled\ by)\b
          | .*\bcontributed\ (?:reporting\ )?to\ this\ (?:report|story|article)\W*$)",
    )
    .expect("valid regex")
});

static PHOTO_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo|photograph|image|file photo|photo credit|caption|pictured)\s*:").expect("valid regex")
});

/// Longest advertisement marker line, in bytes.
const MAX_MARKER_BYTES: usize = 80;

/// How much of a line the promo and cross-link patterns read.
const HEAD_BYTES: usize = 64;

/// At most `max` bytes of `s`, cut on a char boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Lines longer than this (in words) are prose, whatever they say.
const MAX_WEAK_WORDS: usize = 30;

/// Captions run longer than other boilerplate, but not to a paragraph's length.
const MAX_CAPTION_WORDS: usize = 60;

/// No caption is longer than this in bytes.
const MAX_CAPTION_BYTES: usize = 600;

/// No newsletter or credit line is longer than this in bytes.
const MAX_WEAK_BYTES: usize = 300;

/// The boilerplate kind of one trimmed line of the view, if it is one.
pub(crate) fn classify_line(line: &str) -> Option<BoilerplateKind> {
    if line.len() <= MAX_MARKER_BYTES && may_be_advertisement(line) && ADVERTISEMENT.is_match(line) {
        return Some(BoilerplateKind::Advertisement);
    }
    // The strong patterns decide within a line's first words.
    let head = prefix(line, HEAD_BYTES);
    if may_be_media_promo(head) && MEDIA_PROMO.is_match(head) {
        return Some(BoilerplateKind::MediaPromo);
    }
    if may_be_cross_link(head) && CROSS_LINK.is_match(head) {
        return Some(BoilerplateKind::CrossLink);
    }
    if line.contains('"') {
        return None;
    }
    if line.len() <= MAX_WEAK_BYTES && may_be_credit(line) && CREDIT.is_match(line) {
        return Some(BoilerplateKind::Byline);
    }
    let photo_label = is_photo_label(line);
    let captioned = line.ends_with(')') || line.contains(": ") || photo_label;
    if captioned
        && line.len() <= MAX_CAPTION_BYTES
        && word_count(line) <= MAX_CAPTION_WORDS
        && (photo_label || ends_with_photo_credit(line) || ends_with_credit_label(line))
    {
        return Some(BoilerplateKind::Caption);
    }
    // Weak patterns only on short lines; long lines are prose.
    if line.len() > MAX_WEAK_BYTES || word_count(line) > MAX_WEAK_WORDS {
        return None;
    }
    if is_newsletter(line) {
        return Some(BoilerplateKind::Newsletter);
    }
    None
}

/// `Photo:`, `Caption:` and the like open the line.
fn is_photo_label(line: &str) -> bool {
    may_be_photo_label(line) && PHOTO_LABEL.is_match(line)
}

/// The title a "Click to play video: 'Title'" line announces, if any: the
/// line after it that repeats the title is part of the promo.
pub(crate) fn announced_title(line: &str) -> Option<&str> {
    let lower = line.get(..14)?.to_ascii_lowercase();
    if !lower.starts_with("click to") {
        return None;
    }
    let (_, title) = line.split_once(':')?;
    let title = strip_quotes(title);
    (!title.is_empty()).then_some(title)
}

/// True when `line` repeats a promo's announced `title`.
pub(crate) fn repeats_title(line: &str, title: &str) -> bool {
    strip_quotes(line) == title
}

fn strip_quotes(s: &str) -> &str {
    s.trim().trim_matches(|c: char| c == '\'' || c == '"' || c.is_whitespace())
}

/// Words of a view line (the view has only ASCII white space).
pub(crate) fn word_count(line: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        let space = b.is_ascii_whitespace();
        count += usize::from(!space && !in_word);
        in_word = !space;
    }
    count
}

/// A caption: prose ending in a parenthesised photo credit,
/// `… in Halifax. (Fred Chartrand/Canadian Press)` or `… (Taylor Hermiston)`.
fn ends_with_photo_credit(line: &str) -> bool {
    let Some(inner_and_close) = line.strip_suffix(')') else { return false };
    let Some(open) = inner_and_close.rfind('(') else { return false };
    let credit = &inner_and_close[open + 1..];
    let before = line[..open].trim_end();
    if !looks_like_credit(credit) {
        return false;
    }
    // A credit alone on its line must say it is one ("(BEGIN VIDEO CLIP)" is not).
    let strong = credit.contains('/') || starts_with_credit_word(credit);
    strong || (!before.is_empty() && before.ends_with(['.', '!', '?', '\'']))
}

/// A caption whose credit follows a label: `… in Milan. Image: Friedrichstrasse.`
fn ends_with_credit_label(line: &str) -> bool {
    let Some(m) = CREDIT_LABEL.find_iter(line).last() else { return false };
    let credit = line[m.end()..].trim_end_matches('.');
    !line[..m.start()].trim().is_empty() && (looks_like_credit(credit) || is_single_name(credit))
}

/// One capitalised word (a photographer's handle such as `Snbehnke`).
fn is_single_name(credit: &str) -> bool {
    !credit.is_empty() && !credit.contains(char::is_whitespace) && credit.starts_with(char::is_uppercase)
}

static CREDIT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:Image|Photo|Photograph|Photo credit|Credit|Picture)s?: ").expect("valid regex"));

const CREDIT_WORDS: &[&str] = &["photo", "photograph", "image", "courtesy", "file", "submitted", "supplied", "getty"];

/// Lower-case words a credit may hold between names.
const CREDIT_GLUE: &[&str] =
    &["by", "for", "via", "of", "the", "and", "de", "van", "von", "der", "la", "le", "du", "da", "di"];

fn starts_with_credit_word(credit: &str) -> bool {
    let first = credit.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    CREDIT_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w))
}

/// Names, agencies and credit words: `Fred Chartrand/Canadian Press`,
/// `AP Photo/Evan Vucci, File`, `Taylor Hermiston`; not `R-Texas` or `2018`.
fn looks_like_credit(credit: &str) -> bool {
    let credit = credit.trim();
    if credit.len() < 2 || credit.len() > 80 || credit.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> =
        credit.split(|c: char| c.is_whitespace() || c == '/' || c == ',').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let named = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase) || CREDIT_GLUE.contains(&w.to_ascii_lowercase().as_str())
    });
    if !named || words.iter().any(|w| is_party_tag(w)) {
        return false;
    }
    // A lone agency name at the end of a paragraph ("(Reuters)") is a wire
    // tag on body prose, not a caption credit.
    words.len() >= 2 || starts_with_credit_word(credit)
}

/// `R-Texas`, `D-Calif.`: a party and state, not a name.
fn is_party_tag(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() > 2 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;
    use BoilerplateKind::*;

    proptest::proptest! {
        #[test]
        fn the_ascii_newsletter_pattern_agrees_on_ascii_lines(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "sent", " straight", " to your", " e-mail", " inbox", "sign up", " for", " our", "subscribe",
                    " now", "Sponsored", " by", "Paid content", "Share", " this", "Follow", "Like", " us", " @pam",
                    " Pam Key", " on", " Twitter", "Twitter", ":", " @x", " the page", "Copyright", "(c)", " 2018",
                    "All Rights Reserved", "Get", " the", " News", " app", "Click here", "x", "_", "9", " ", ".", "-",
                ]),
                0..12,
            )
        ) {
            let line = pieces.concat();
            proptest::prop_assert_eq!(NEWSLETTER_ASCII.is_match(line.as_bytes()), NEWSLETTER.is_match(&line));
        }
    }

    #[test]
    fn advertisement_markers() {
        assert_eq!(classify_line("Story continues below advertisement"), Some(Advertisement));
        assert_eq!(classify_line("ADVERTISEMENT"), Some(Advertisement));
        assert_eq!(classify_line("Advertisement revenue fell."), None);
    }

    #[test]
    fn media_promos() {
        assert_eq!(classify_line("Click to play video: 'Trudeau speaks'"), Some(MediaPromo));
        assert_eq!(classify_line("WATCH ABOVE: Trudeau addressed the allegations - Jan 25, 2018"), Some(MediaPromo));
        assert_eq!(classify_line("Watch below: Hehr says he will stay."), Some(MediaPromo));
        assert_eq!(classify_line("LISTEN: Duane Bratt on 630 CHED"), Some(MediaPromo));
        assert_eq!(classify_line("Watchdogs said the video was fake."), None);
    }

    #[test]
    fn promo_titles_are_recognised() {
        let title = announced_title("Click to play video: 'Kent Hehr vows to carry on'").unwrap();
        assert!(repeats_title("Kent Hehr vows to carry on", title));
        assert!(!repeats_title("Kent Hehr said more.", title));
    }

    #[test]
    fn cross_links() {
        assert_eq!(classify_line("READ MORE: Patrick Brown steps down"), Some(CrossLink));
        assert_eq!(classify_line("\"Related:\""), Some(CrossLink));
        assert_eq!(classify_line("Related issues were discussed."), None);
    }

    #[test]
    fn newsletter_and_sponsor_lines() {
        assert_eq!(
            classify_line("Breaking news from Canada and around the world sent to your email, as it happens."),
            Some(Newsletter)
        );
        assert_eq!(classify_line("Sponsored content"), Some(Newsletter));
        assert_eq!(classify_line("Follow Pam Key on Twitter @pamkeyNEN."), Some(Newsletter));
        assert_eq!(classify_line("\"Sign up for our newsletter,\" she said to the crowd."), None);
    }

    #[test]
    fn credits_are_bylines() {
        assert_eq!(classify_line("- With files from The Canadian Press"), Some(Byline));
        assert_eq!(classify_line("(Reporting by Jane Doe; Editing by John Smith)"), Some(Byline));
    }

    #[test]
    fn captions_end_in_a_credit() {
        assert_eq!(
            classify_line("Kent Hehr is invited to attend a workshop. (Fred Chartrand/Canadian Press)"),
            Some(Caption)
        );
        assert_eq!(classify_line("Julie Lalonde will host two workshops. (Taylor Hermiston)"), Some(Caption));
        assert_eq!(classify_line("The bill passed, said Rep. Jane Doe (R-Texas)"), None);
        assert_eq!(classify_line("He left the meeting. (The talks resumed later)"), None);
        assert_eq!(classify_line("The bill passed in the House (2018)"), None);
        assert_eq!(classify_line("He said the talks went well. (Reuters)"), None);
        assert_eq!(classify_line("(BEGIN VIDEO CLIP.)"), None);
        assert_eq!(
            classify_line("Instituto Gonzaga, a catholic school in Milan. Image: Friedrichstrasse."),
            Some(Caption)
        );
        assert_eq!(classify_line("Belle Image: Nick Moreau."), Some(Caption));
        assert_eq!(classify_line("He said the image was fake. Image: it was not."), None);
        assert_eq!(classify_line("(Photo by Jane Doe/Getty Images)"), Some(Caption));
    }
}
