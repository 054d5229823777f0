//! Within one document: confirm candidates, agree on one type per name,
//! and group mentions into entities ("Hehr" → Kent Hehr, "PMO" → Prime
//! Minister's Office, "FIsher" → Darren Fisher).

use crate::lexicon::{key, key_into, Lexicon};
use crate::mentions::{Candidate, Support};
use crate::tokens::{Kind, Token, AFTER_OPEN, ALL_CAPS, LINE_START, SENT_START};
use crate::typing::{Scores, Typer, LOC, MISC, ORG, PER};
use crate::EntityType;
use std::collections::HashMap;

/// A confirmed mention before grouping.
#[derive(Clone, Debug)]
pub(crate) struct Typed {
    pub cand: Candidate,
    pub key: String,
    pub kind: EntityType,
}

fn kind_of(i: usize) -> EntityType {
    match i {
        PER => EntityType::Person,
        ORG => EntityType::Org,
        LOC => EntityType::Loc,
        _ => EntityType::Misc,
    }
}

fn add(a: &mut Scores, b: &Scores) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

fn argmax(s: &Scores) -> usize {
    let mut best = PER;
    for i in [ORG, LOC, MISC] {
        if s[i] > s[best] {
            best = i;
        }
    }
    best
}

/// Word keys of a name ("kent hehr" → ["kent", "hehr"]).
fn parts(key: &str) -> impl Iterator<Item = &str> {
    key.split(' ').filter(|w| !w.is_empty())
}

/// Confirms the candidates and gives each its type. Evidence from a name's
/// own words counts once per name (its strongest occurrence); evidence from
/// contexts adds up over occurrences, capped, so one frequent context cannot
/// drown the lexicons. Short forms borrow the type of the full name.
pub(crate) fn type_candidates(
    text: &str,
    tokens: &[Token],
    cands: Vec<Candidate>,
    lex: &Lexicon,
    sports: bool,
) -> Vec<Typed> {
    const CONTEXT_CAP: f32 = 3.0;
    let mut typer = Typer { text, tokens, lex, buf: String::new() };
    let keys: Vec<String> = cands.iter().map(|c| key(&text[c.start..c.end])).collect();
    let mut intrinsic = Vec::with_capacity(cands.len());
    let mut own_max: HashMap<&str, Scores> = HashMap::new();
    let mut context: HashMap<&str, Scores> = HashMap::new();
    // Names the prose gives on its own terms, and the words of multi-word ones.
    let mut own: HashMap<&str, usize> = HashMap::new();
    let mut own_parts: HashMap<&str, usize> = HashMap::new();
    for (c, k) in cands.iter().zip(&keys) {
        let s = typer.intrinsic(c, k);
        intrinsic.push(s);
        let m = own_max.entry(k.as_str()).or_insert([f32::MIN; 4]);
        for (x, y) in m.iter_mut().zip(&s) {
            *x = x.max(*y);
        }
        add(context.entry(k.as_str()).or_default(), &typer.contextual(c, sports));
        if c.support == Support::Own {
            if !is_initial(tokens, c) || c.first != c.last {
                *own.entry(k.as_str()).or_default() += 1;
            }
            if c.first != c.last {
                for p in parts(k) {
                    *own_parts.entry(p).or_default() += 1;
                }
            }
        }
    }
    let mut total: HashMap<&str, Scores> = HashMap::with_capacity(own_max.len());
    for (k, m) in &own_max {
        let mut s = *m;
        for (x, y) in s.iter_mut().zip(&context[k]) {
            *x += y.clamp(-CONTEXT_CAP, CONTEXT_CAP);
        }
        total.insert(k, s);
    }
    // Parts of multi-word names: "Hehr" of "Kent Hehr", "Liberal" of "Liberal Party".
    let mut part_scores: HashMap<&str, Scores> = HashMap::new();
    for (k, s) in &total {
        if !k.contains(' ') {
            continue;
        }
        let kind = argmax(s);
        if s[kind] <= 0.0 {
            continue;
        }
        let ws: Vec<&str> = parts(k).collect();
        let (Some(&first), Some(&last)) = (ws.first(), ws.last()) else { continue };
        match kind {
            PER => {
                bump(&mut part_scores, last, PER, 6.0);
                bump(&mut part_scores, first, PER, 3.0);
            }
            ORG if lex.place(first).is_none() => bump(&mut part_scores, first, ORG, 3.0),
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(cands.len());
    for ((c, k), intr) in cands.into_iter().zip(keys.iter()).zip(intrinsic) {
        let mut s = total[k.as_str()];
        let mut is_part = false;
        if c.first == c.last {
            let p = part_scores.get(k.as_str()).or_else(|| k.strip_suffix('s').and_then(|stem| part_scores.get(stem)));
            if let Some(p) = p {
                add(&mut s, p);
                is_part = true;
            }
        }
        let supported_elsewhere = own.get(k.as_str()).copied().unwrap_or(0) > 0
            || own_parts.get(k.as_str()).copied().unwrap_or(0) > 0;
        let strong = intr.iter().any(|&v| v >= 1.5);
        let keep = match c.support {
            Support::Deferred => supported_elsewhere || strong,
            Support::Own if c.common_word => strong || is_part,
            Support::Own => {
                !(is_initial(tokens, &c) && c.first == c.last)
                    || supported_elsewhere
                    || strong
                    || s[PER] >= 1.2
                    || s[ORG] >= 2.0
                    || is_part
            }
        };
        if !keep {
            continue;
        }
        let mut best = argmax(&s);
        if s[best] <= 0.3 {
            best = default_kind(tokens, &c, sports);
        }
        out.push(Typed { cand: c, key: k.clone(), kind: kind_of(best) });
    }
    out
}

fn bump<'k>(map: &mut HashMap<&'k str, Scores>, k: &'k str, kind: usize, by: f32) {
    map.entry(k).or_default()[kind] += by;
}

/// The type of a name nothing speaks for: an acronym is an organisation, a
/// lone word a team in sports copy and otherwise MISC; longer names are people.
fn default_kind(tokens: &[Token], c: &Candidate, sports: bool) -> usize {
    if c.first == c.last && tokens[c.first].has(ALL_CAPS) {
        ORG
    } else if sports && c.first == c.last {
        ORG
    } else if c.first == c.last {
        // A lone capitalised word with no evidence: on CoNLL and GUM these are
        // more often products, events or adjectives than people.
        MISC
    } else {
        PER
    }
}

fn is_initial(tokens: &[Token], c: &Candidate) -> bool {
    let t = tokens[c.first];
    t.has(SENT_START) || t.has(AFTER_OPEN) || t.has(LINE_START)
}

/// Whether the first line of the document reads like a sports headline.
pub(crate) fn is_sports(text: &str, tokens: &[Token], lex: &Lexicon) -> bool {
    let mut buf = String::new();
    tokens.iter().take(4).filter(|t| t.line == 0 && t.kind == Kind::Word).any(|t| {
        key_into(&mut buf, t.text(text));
        t.has(ALL_CAPS) && lex.sports.contains(buf.as_str())
    })
}

/// The cluster each typed mention belongs to: an index into the returned
/// list of representative mentions.
pub(crate) fn cluster(typed: &[Typed]) -> Vec<usize> {
    // Representatives: multi-word names, keyed by type and key.
    let mut reps: Vec<usize> = Vec::new();
    let mut rep_of_key: HashMap<(EntityType, &str), usize> = HashMap::new();
    let mut assign = vec![usize::MAX; typed.len()];
    // Longest names first, so shorter forms can join them.
    let mut order: Vec<usize> = (0..typed.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(parts(&typed[i].key).count()), i));
    for &i in &order {
        let t = &typed[i];
        if let Some(&r) = rep_of_key.get(&(t.kind, t.key.as_str())) {
            assign[i] = r;
            continue;
        }
        let (found, ambiguous) = find_longer(typed, &reps, &assign, i);
        let r = match found {
            Some(r) => r,
            None => {
                reps.push(i);
                reps.len() - 1
            }
        };
        if !ambiguous {
            rep_of_key.insert((t.kind, t.key.as_str()), r);
        }
        assign[i] = r;
    }
    assign
}

/// A longer name of the same type this one is a short form of. Among
/// several, the one mentioned last before `i` (or else first after it).
fn find_longer(typed: &[Typed], reps: &[usize], assign: &[usize], i: usize) -> (Option<usize>, bool) {
    let t = &typed[i];
    let words: Vec<&str> = parts(&t.key).collect();
    let matching: Vec<usize> =
        (0..reps.len()).filter(|&r| typed[reps[r]].kind == t.kind && is_short_form(&words, &typed[reps[r]].key, t)).collect();
    let found = match matching.len() {
        0 => None,
        1 => Some(matching[0]),
        _ => {
            // Nearest mention before i of any matching cluster.
            let before = (0..i).rev().find(|&j| assign[j] != usize::MAX && matching.contains(&assign[j]));
            before.map(|j| assign[j]).or_else(|| {
                (i + 1..typed.len()).find(|&j| assign[j] != usize::MAX && matching.contains(&assign[j])).map(|j| assign[j])
            })
            .or(Some(matching[0]))
        }
    };
    (found, matching.len() > 1)
}

fn is_short_form(words: &[&str], long: &str, t: &Typed) -> bool {
    let long_words: Vec<&str> = parts(long).collect();
    if long_words.len() <= words.len() {
        return false;
    }
    match t.kind {
        EntityType::Person => {
            if words.len() == 1 {
                let w = words[0];
                long_words.last() == Some(&w) || long_words[0] == w
            } else {
                // "John Macdonald" of "John A. Macdonald".
                long_words[0] == words[0] && long_words.last() == words.last()
            }
        }
        EntityType::Org => {
            let w = words.join(" ");
            let stem = w.strip_suffix('s').unwrap_or(&w);
            // "Liberal", "Liberals", "Liberal Party" of "Liberal Party of Canada".
            long.starts_with(&format!("{w} ")) || (words.len() == 1 && long_words[0] == stem) || is_acronym_of(t, &long_words)
        }
        EntityType::Loc | EntityType::Misc => false,
    }
}

/// "PMO" for "Prime Minister's Office", "CBC" for "Canadian Broadcasting Corporation".
fn is_acronym_of(t: &Typed, long_words: &[&str]) -> bool {
    let a = &t.key;
    if a.contains(' ') || a.len() < 2 || !a.chars().all(|c| c.is_ascii_alphabetic() || c == '.') {
        return false;
    }
    let letters: String = a.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let initials: String = long_words
        .iter()
        .filter(|w| !matches!(**w, "of" | "and" | "the" | "for" | "&" | "de" | "la" | "du"))
        .filter_map(|w| w.chars().next())
        .collect();
    letters == initials
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(key: &str, kind: EntityType, at: usize) -> Typed {
        let cand = Candidate {
            first: at,
            last: at + key.split(' ').count() - 1,
            start: 0,
            end: 0,
            role: None,
            titled: false,
            honorific: None,
            title_prefix: false,
            common_word: false,
            support: Support::Own,
        };
        Typed { cand, key: key.to_string(), kind }
    }

    #[test]
    fn surnames_join_full_names() {
        let t = vec![
            typed("hehr", EntityType::Person, 0),
            typed("kent hehr", EntityType::Person, 5),
            typed("kent", EntityType::Person, 9),
        ];
        let c = cluster(&t);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
    }

    #[test]
    fn acronyms_join_expansions() {
        let t = vec![typed("prime minister's office", EntityType::Org, 0), typed("pmo", EntityType::Org, 9)];
        let c = cluster(&t);
        assert_eq!(c[0], c[1]);
    }

    #[test]
    fn people_sharing_a_surname_stay_apart_and_nearest_wins() {
        let t = vec![
            typed("ann smith", EntityType::Person, 0),
            typed("bob smith", EntityType::Person, 10),
            typed("smith", EntityType::Person, 20),
        ];
        let c = cluster(&t);
        assert_ne!(c[0], c[1]);
        assert_eq!(c[2], c[1]);
    }
}
