//! What a document says of its people: the gender of the pronouns used of
//! them and the roles it gives them (titles before the name, appositions
//! after it).

use crate::lexicon::{key_into, Lexicon, NameGender};
use crate::tokens::{Kind, Token};
use crate::Gender;

/// The gender of a third-person pronoun ("he", "Her", "himself").
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    const MALE: &[&str] = &["he", "him", "his", "himself"];
    const FEMALE: &[&str] = &["she", "her", "hers", "herself"];
    if word.len() > 7 || !matches!(word.as_bytes().first(), Some(b'h' | b'H' | b's' | b'S')) {
        None
    } else if MALE.iter().any(|p| p.eq_ignore_ascii_case(word)) {
        Some(Gender::Male)
    } else if FEMALE.iter().any(|p| p.eq_ignore_ascii_case(word)) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether `word` is a personal pronoun that can stand for a person.
pub fn is_pronoun(word: &str) -> bool {
    const OTHERS: &[&str] = &["they", "them", "their", "theirs", "themselves", "i", "me", "my", "we", "us", "our"];
    pronoun_gender(word).is_some() || OTHERS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Votes for one person's gender.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct GenderVotes {
    pub male: f32,
    pub female: f32,
}

impl GenderVotes {
    pub fn add(&mut self, g: NameGender, weight: f32) {
        match g {
            NameGender::Male => self.male += weight,
            NameGender::Female => self.female += weight,
            NameGender::Either => {}
        }
    }

    pub fn decide(&self) -> Option<Gender> {
        if self.male >= self.female + 1.0 {
            Some(Gender::Male)
        } else if self.female >= self.male + 1.0 {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// Pronoun votes: each he/she is counted for the person mentioned last
/// before it, if that mention is near (within `WINDOW` tokens) and no
/// other person was named in between.
pub(crate) fn pronoun_votes(
    text: &str,
    tokens: &[Token],
    person_mentions: &[(usize, usize)],
    votes: &mut [GenderVotes],
) {
    const WINDOW: usize = 80;
    let mut next = 0;
    let mut last: Option<(usize, usize)> = None;
    for (i, t) in tokens.iter().enumerate() {
        while next < person_mentions.len() && person_mentions[next].0 <= i {
            last = Some(person_mentions[next]);
            next += 1;
        }
        if t.kind != Kind::Word || t.end - t.start > 7 {
            continue;
        }
        let Some(g) = pronoun_gender(t.text(text)) else { continue };
        if let Some((at, entity)) = last {
            if i - at <= WINDOW {
                let g = if g == Gender::Male { NameGender::Male } else { NameGender::Female };
                votes[entity].add(g, 1.0);
            }
        }
    }
}

/// The role an apposition gives: "Julie Lalonde, a public educator" →
/// "public educator". `after` is the token after the name.
pub(crate) fn apposition(text: &str, tokens: &[Token], after: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let comma = tokens.get(after)?;
    if comma.kind != Kind::Punct || comma.text(text) != "," {
        return None;
    }
    let det = tokens.get(after + 1)?;
    if !matches!(det.text(text), "a" | "an" | "the") {
        return None;
    }
    let mut buf = String::new();
    let first = after + 2;
    let mut last = None;
    for (k, t) in tokens.iter().enumerate().skip(first).take(6) {
        if t.kind != Kind::Word || t.line != comma.line {
            break;
        }
        key_into(&mut buf, t.text(text));
        if matches!(
            buf.as_str(),
            "at" | "in"
                | "of"
                | "for"
                | "with"
                | "from"
                | "on"
                | "to"
                | "who"
                | "that"
                | "which"
                | "and"
                | "or"
                | "said"
        ) || lex.reporting_verbs.contains(buf.as_str())
        {
            break;
        }
        last = Some(k);
    }
    let last = last?;
    Some((tokens[first].start, tokens[last].end))
}

/// The role lowercase words right before a name give: "his fiancée Deanna
/// Holt" → "fiancée", "defence critic James Bezan" → "defence critic".
pub(crate) fn role_before(text: &str, tokens: &[Token], first: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let mut buf = String::new();
    let mut k = first;
    let mut words = 0;
    while k > 0 && words < 3 {
        let t = tokens[k - 1];
        if t.kind != Kind::Word || t.is_cap_word() || t.line != tokens[first].line {
            break;
        }
        key_into(&mut buf, t.text(text));
        if matches!(buf.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "and" | "our") {
            break;
        }
        if lex.common.contains(buf.as_str())
            || lex.reporting_verbs.contains(buf.as_str())
            || buf.ends_with("ed")
            || buf.ends_with("ly")
        {
            return None;
        }
        k -= 1;
        words += 1;
    }
    if words == 0 || k == 0 {
        return None;
    }
    // Only when a determiner, "and" or a capitalised word closes the role on the left.
    let stop = tokens[k - 1];
    let closed = stop.is_cap_word()
        || matches!(stop.text(text), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "and" | "our");
    closed.then(|| (tokens[k].start, tokens[first - 1].end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns() {
        assert_eq!(pronoun_gender("She"), Some(Gender::Female));
        assert_eq!(pronoun_gender("his"), Some(Gender::Male));
        assert_eq!(pronoun_gender("they"), None);
        assert!(is_pronoun("they"));
        assert!(!is_pronoun("Hehr"));
    }

    #[test]
    fn votes_need_a_margin() {
        let mut v = GenderVotes::default();
        v.add(NameGender::Male, 1.0);
        v.add(NameGender::Female, 0.5);
        assert_eq!(v.decide(), None);
        v.add(NameGender::Male, 1.0);
        assert_eq!(v.decide(), Some(Gender::Male));
    }
}
