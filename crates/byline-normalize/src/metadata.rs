//! The head of an article: metadata lines (` date 2018-04-21`), the section
//! label (`Politics`), the headline, bylines, and the dateline that opens
//! the first paragraph (`OTTAWA -`, `HALIFAX (CP) -`). All in the view,
//! where every dash is already `-`.

use crate::sentences::split_paragraph;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

const DATE: &str = r"(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}/\d{1,2}/\d{2,4}|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{4})";

const TIME: &str = r"(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?";

const WEEKDAY: &str = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?";

/// `date 2018-04-21`, `Published: April 21, 2018 4:00 AM ET`: a key and a date.
static KEYED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:^(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated|last modified|modified|created)\s*:?\s*){WEEKDAY}(?P<date>{DATE}){TIME}"
    ))
    .expect("valid regex")
});

/// A line that is only a date: `Friday, July 21, 2017`.
static BARE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{WEEKDAY}(?P<date>{DATE}){TIME}\W*$")).expect("valid regex"));

/// `author: …`, `source: …`: key-value metadata.
static KEY_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:author|authors|source|url|link|tags|category|categories|section|keywords|id|language|lang|outlet|publisher)\s*:\s*\S")
        .expect("valid regex")
});

/// `By Jane Doe, The Canadian Press`.
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:By|BY|by|Written by|Story by)\s+\p{Lu}[\p{L}.'-]*").expect("valid regex"));

/// A wire or outlet name alone on a line under the headline.
static AGENCY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The )?(?:Canadian Press|Associated Press|Reuters|AFP|Agence France-Presse|CBC News|Bloomberg|Staff|Staff Reporter|Staff Writer)\W*$")
        .expect("valid regex")
});

/// `OTTAWA -`, `STATE COLLEGE, Pa. -`, `HALIFAX (CP) -`, `Washington (AFP) -`.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?P<dl>(?:\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]*){0,3}(?:,\s+\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,2})?(?:\s+\([\p{L}. ]{2,20}\))?)|(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,\s+\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,2}){1,3})|(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:,\s+\p{Lu}[\p{L}.']*)?\s+\((?:AP|AFP|CP|Reuters|UPI|CNN|Xinhua|dpa|EFE|Bloomberg|PA|IANS|PTI|BBC|CBC)\)))(?:\s+-{1,3}|\s*-{2,3})\s+["'\p{Lu}\d]"#,
    )
    .expect("valid regex")
});

/// A date opening a paragraph and followed by its text
/// (`Thursday, May 7, 2015 On Tuesday, …`).
static LEADING_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{WEEKDAY}{DATE}\s+\p{{Lu}}")).expect("valid regex"));

/// Where the text proper starts after a dateline or a date that opens a
/// paragraph, if one does.
pub(crate) fn head_of_paragraph_end(line: &str) -> Option<usize> {
    if let Some((_, rest)) = dateline(line) {
        return Some(rest);
    }
    let m = LEADING_DATE.find(line)?;
    let last = line[..m.end()].chars().next_back()?;
    Some(m.end() - last.len_utf8())
}

/// What a metadata line holds.
pub(crate) struct MetadataLine {
    /// The metadata part of the line (the whole line, or a prefix of it).
    pub span: Range<usize>,
    /// Where the date is in the line, if any.
    pub date: Option<Range<usize>>,
    /// Where body text starts when the metadata is only a prefix.
    pub rest: Option<usize>,
}

/// Reads a metadata line: keyed or bare dates, key-value lines.
pub(crate) fn metadata_line(line: &str) -> Option<MetadataLine> {
    if let Some(c) = KEYED_DATE.captures(line) {
        let whole = c.get(0).expect("match");
        let date = c.name("date").map(|m| m.range());
        let rest = line[whole.end()..].trim_start_matches(|ch: char| ch.is_whitespace() || ch == '|' || ch == '-');
        if rest.is_empty() || !rest.starts_with(|ch: char| ch.is_uppercase() || ch == '"' || ch == '\'') {
            return rest.is_empty().then_some(MetadataLine { span: 0..line.len(), date, rest: None });
        }
        return Some(MetadataLine { span: 0..whole.end(), date, rest: Some(line.len() - rest.len()) });
    }
    if let Some(c) = BARE_DATE.captures(line) {
        return Some(MetadataLine { span: 0..line.len(), date: c.name("date").map(|m| m.range()), rest: None });
    }
    if KEY_VALUE.is_match(line) && line.split_whitespace().count() <= 30 {
        return Some(MetadataLine { span: 0..line.len(), date: None, rest: None });
    }
    None
}

/// A byline under the headline.
pub(crate) fn is_byline(line: &str) -> bool {
    // The word count only once the pattern matched: most head lines are not bylines.
    (BYLINE.is_match(line) && line.split_whitespace().count() <= 15 && !line.contains('"'))
        || AGENCY_LINE.is_match(line)
}

/// A section label such as `Politics` or `World News`: one to three
/// capitalised words, nothing else.
pub(crate) fn is_section_label(line: &str) -> bool {
    // Before collecting the words: most head lines are far longer.
    if line.len() > 40 {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == "&")
        && line.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '&' || c == '-')
}

/// A headline: short, one sentence, starting like a title.
pub(crate) fn is_title(line: &str) -> bool {
    let Some(first) = line.chars().next() else { return false };
    if !(first.is_uppercase() || first.is_ascii_digit() || first == '"' || first == '\'' || first == '#') {
        return false;
    }
    // The cheap tests first: a lede is usually too long to count its words.
    if line.len() > 250 || line.ends_with([':', ',']) {
        return false;
    }
    let words = line.split_whitespace().count();
    if words > 25 || dateline(line).is_some() {
        return false;
    }
    if is_title_case(line) {
        return true;
    }
    if line.ends_with('.') {
        return words <= 20 && split_paragraph(line).len() <= 2;
    }
    true
}

/// `Obama Administration To Expand Program`: nearly every longer word capitalised.
fn is_title_case(line: &str) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    for word in line.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().count() >= 4 {
            long += 1;
            capitalised += usize::from(word.starts_with(char::is_uppercase));
        }
    }
    long >= 2 && capitalised * 5 >= long * 4
}

/// The dateline at the head of a paragraph: its range, and where the
/// paragraph's own text starts.
pub(crate) fn dateline(line: &str) -> Option<(Range<usize>, usize)> {
    let c = DATELINE.captures(line)?;
    let dl = c.name("dl")?;
    if dl.as_str().chars().filter(|c| c.is_alphabetic()).count() < 3 || is_story_label(dl.as_str()) {
        return None;
    }
    let whole = c.get(0)?;
    // The match ends one character into the paragraph's text.
    let last = line[..whole.end()].chars().next_back()?;
    Some((dl.range(), whole.end() - last.len_utf8()))
}

/// Labels that open a headline or lede like a dateline but are not places.
const STORY_LABELS: &[&str] = &[
    "EXCLUSIVE",
    "BREAKING",
    "BREAKING NEWS",
    "UPDATE",
    "UPDATED",
    "WATCH",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "VIDEO",
    "PHOTOS",
    "REVIEW",
    "COMMENTARY",
    "NEW",
    "CORRECTION",
    "DEVELOPING",
    "FACT CHECK",
    "POLL",
    "REPORT",
];

fn is_story_label(s: &str) -> bool {
    STORY_LABELS.iter().any(|l| l.eq_ignore_ascii_case(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_date_prefix_leaves_the_rest_to_the_body() {
        let line = "date 2018-04-21 Prime Minister Justin Trudeau spoke.";
        let m = metadata_line(line).unwrap();
        assert_eq!(&line[m.span.clone()], "date 2018-04-21");
        assert_eq!(&line[m.date.unwrap()], "2018-04-21");
        assert_eq!(&line[m.rest.unwrap()..], "Prime Minister Justin Trudeau spoke.");
    }

    #[test]
    fn bare_and_keyed_dates_fill_the_line() {
        let m = metadata_line("Friday, July 21, 2017").unwrap();
        assert!(m.rest.is_none());
        let m = metadata_line("Published: Apr. 21, 2018 4:00 AM ET").unwrap();
        assert!(m.rest.is_none());
        assert!(metadata_line("Dated evidence was ignored, he said.").is_none());
    }

    #[test]
    fn section_labels_titles_and_bylines() {
        assert!(is_section_label("Politics"));
        assert!(is_section_label("World News"));
        assert!(!is_section_label("Brown resigned."));
        assert!(is_title("Kent Hehr will attend sexual harassment workshop at Liberal convention"));
        assert!(is_title("Saudi prince mocks Trump on Twitter."));
        assert!(is_title("Bernie Sanders Suffered A Big Blow. Here's His Plan Going Forward."));
        assert!(!is_title("OTTAWA - Hundreds of staffers attended."));
        assert!(is_byline("By Jane Doe, The Canadian Press"));
        assert!(is_byline("The Canadian Press"));
        assert!(!is_byline("By the end of the day, the vote had passed."));
    }

    #[test]
    fn datelines() {
        let line = "OTTAWA - Hundreds of Liberal staffers attended.";
        let (dl, rest) = dateline(line).unwrap();
        assert_eq!(&line[dl], "OTTAWA");
        assert_eq!(&line[rest..], "Hundreds of Liberal staffers attended.");
        let line = "HALIFAX (CP) - The vote passed.";
        assert_eq!(&line[dateline(line).unwrap().0], "HALIFAX (CP)");
        let line = "STATE COLLEGE, Pa. - Hillary Clinton won.";
        assert_eq!(&line[dateline(line).unwrap().0], "STATE COLLEGE, Pa.");
        let line = "Washington (AFP) - Donald Trump is bent on winning.";
        assert_eq!(&line[dateline(line).unwrap().0], "Washington (AFP)");
        let line = "Evansville, Indiana, United States - This past week the show opened.";
        assert_eq!(&line[dateline(line).unwrap().0], "Evansville, Indiana, United States");
        assert!(dateline("Liberal MP Kent Hehr - who quit - stayed.").is_none());
        assert!(dateline("EXCLUSIVE - Roger Stone: Don't Trust the Voting Machines.").is_none());
        assert_eq!(head_of_paragraph_end("Thursday, May 7, 2015 On Tuesday, it rained."), Some(22));
        assert!(dateline("NDP Leader Jagmeet Singh - spoke.").is_none());
    }
}
