//! What a document says of its people: the gender of the pronouns used of
//! them and the roles it gives them (titles before the name, appositions
//! after it).

use crate::lexicon::{key_into, Lexicon, NameGender};
use crate::tokens::{Kind, Token, SPACE_BEFORE};
use crate::Gender;
use std::collections::VecDeque;

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

/// Pronoun votes: each he/she outside quotation marks is shared among the
/// people named (outside quotes) in the `WINDOW` tokens before it, by how
/// often each was named so far, the most recent counting double. The
/// person a passage is about takes most of its pronouns.
pub(crate) fn pronoun_votes(
    text: &str,
    tokens: &[Token],
    person_mentions: &[(usize, usize)],
    votes: &mut [GenderVotes],
) {
    const WINDOW: usize = 40;
    let mut named_so_far = vec![0u32; votes.len()];
    let mut next = 0;
    // Recent mentions outside quotes: (token, entity), oldest first.
    let mut recent: VecDeque<(usize, usize)> = VecDeque::new();
    // People named inside quotation marks are seldom who a following "she said" means,
    // and pronouns inside quotes speak of third parties: both are left out.
    let mut in_quote = false;
    let mut line = u32::MAX;
    // The people a pronoun may stand for, reused across pronouns.
    let mut people: Vec<(usize, f32)> = Vec::new();
    // Mentions before token `i` are taken in (with the quotation state they
    // stood in) only when that state is about to change or a pronoun needs them.
    let mut take_mentions_before =
        |i: usize, in_quote: bool, named: &mut [u32], recent: &mut VecDeque<(usize, usize)>| {
            while next < person_mentions.len() && person_mentions[next].0 < i {
                let (at, entity) = person_mentions[next];
                next += 1;
                named[entity] += 1;
                if !in_quote {
                    recent.push_back((at, entity));
                }
            }
        };
    for (i, t) in tokens.iter().enumerate() {
        if t.line != line {
            take_mentions_before(i, in_quote, &mut named_so_far, &mut recent);
            line = t.line;
            in_quote = false;
        }
        match t.kind {
            // Quotation marks start with '"' or, for curly ones, byte 0xE2.
            Kind::Punct if !matches!(text.as_bytes()[t.start], b'"' | 0xE2) => continue,
            Kind::Punct => {
                let quote = match t.text(text) {
                    "“" => Some(true),
                    "”" => Some(false),
                    "\"" => Some(!in_quote),
                    _ => None,
                };
                if let Some(q) = quote {
                    take_mentions_before(i, in_quote, &mut named_so_far, &mut recent);
                    in_quote = q;
                }
                continue;
            }
            // Only he/she/his/her… can vote: short words opening with h or s.
            Kind::Word
                if t.end - t.start <= 7
                    && !in_quote
                    && matches!(text.as_bytes()[t.start], b'h' | b'H' | b's' | b'S') => {}
            _ => continue,
        }
        let Some(g) = pronoun_gender(t.text(text)) else { continue };
        take_mentions_before(i + 1, in_quote, &mut named_so_far, &mut recent);
        while recent.front().is_some_and(|&(at, _)| at + WINDOW < i) {
            recent.pop_front();
        }
        if recent.is_empty() {
            continue;
        }
        let g = if g == Gender::Male { NameGender::Male } else { NameGender::Female };
        let last = recent.back().map(|&(_, e)| e);
        people.clear();
        for &(_, e) in recent.iter().rev() {
            if !people.iter().any(|p| p.0 == e) {
                let recency = if Some(e) == last { 2.0 } else { 1.0 };
                people.push((e, named_so_far[e] as f32 * recency));
            }
        }
        let total: f32 = people.iter().map(|p| p.1).sum();
        if total > 0.0 {
            for &(e, w) in &people {
                votes[e].add(g, w / total);
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
    let mut buf = String::new();
    // ", a public educator" or, without an article, ", director of …" (a title word).
    let first = if matches!(det.text(text), "a" | "an" | "the") {
        after + 2
    } else {
        key_into(&mut buf, det.text(text));
        if det.kind != Kind::Word || det.is_cap_word() || !lex.is(buf.as_str(), crate::lexicon::class::TITLE) {
            return None;
        }
        after + 1
    };
    let mut last = None;
    for (k, t) in tokens.iter().enumerate().skip(first).take(8) {
        // "Ottawa-based": a hyphen inside a word joins.
        let inner_hyphen = t.kind == Kind::Punct
            && t.text(text) == "-"
            && !t.has(SPACE_BEFORE)
            && tokens.get(k + 1).is_some_and(|n| !n.has(SPACE_BEFORE));
        if inner_hyphen {
            continue;
        }
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
        ) || lex.is(buf.as_str(), crate::lexicon::class::REPORTING)
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
        if lex.is(buf.as_str(), crate::lexicon::class::COMMON)
            || lex.is(buf.as_str(), crate::lexicon::class::REPORTING)
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
    // A place or party on the left also closes it ("Ottawa convention delegate").
    key_into(&mut buf, stop.text(text));
    let named = stop.is_cap_word() && (lex.place(&buf).is_some() || lex.is(buf.as_str(), crate::lexicon::class::PARTY));
    let closed =
        named || matches!(stop.text(text), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "and" | "our");
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
