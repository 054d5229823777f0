//! Within one document: confirm candidates, agree on one type per name,
//! and group mentions into entities ("Hehr" → Kent Hehr, "PMO" → Prime
//! Minister's Office, "FIsher" → Darren Fisher).

use crate::fxhash::FxHashMap as HashMap;
use crate::lexicon::{key, key_into, Lexicon};
use crate::mentions::{Candidate, Support};
use crate::tokens::{Keys, Kind, Token, AFTER_OPEN, ALL_CAPS, LINE_START, SENT_START};
use crate::typing::{Scores, Typer, LOC, MISC, ORG, PER};
use crate::EntityType;

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
    token_keys: &Keys<'_>,
    cands: Vec<Candidate>,
    lex: &Lexicon,
    sports: bool,
) -> Vec<Typed> {
    const CONTEXT_CAP: f32 = 3.0;
    let mut typer = Typer { text, tokens, lex, keys: token_keys };
    let keys: Vec<String> = cands.iter().map(|c| key(&text[c.start..c.end])).collect();
    // One id per distinct name; lexical evidence is computed once per name.
    let mut ids: HashMap<&str, usize> = HashMap::default();
    let mut id_of = Vec::with_capacity(cands.len());
    let mut lexical: Vec<Scores> = Vec::new();
    for (c, k) in cands.iter().zip(&keys) {
        let next = ids.len();
        let id = *ids.entry(k.as_str()).or_insert(next);
        if id == lexical.len() {
            lexical.push(typer.lexical(c, k));
        }
        id_of.push(id);
    }
    let n = lexical.len();
    let mut own_max = vec![[f32::MIN; 4]; n];
    let mut context = vec![[0.0f32; 4]; n];
    let mut intrinsic = Vec::with_capacity(cands.len());
    let mut contexts = Vec::with_capacity(cands.len());
    // Names the prose gives on its own terms, and the words of multi-word ones.
    let mut own = vec![0usize; n];
    let mut own_parts: HashMap<&str, usize> = HashMap::default();
    for ((c, k), &id) in cands.iter().zip(&keys).zip(&id_of) {
        let mut s = lexical[id];
        typer.add_occurrence(c, &mut s);
        intrinsic.push(s);
        for (x, y) in own_max[id].iter_mut().zip(&s) {
            *x = x.max(*y);
        }
        let ctx = typer.contextual(c, sports);
        add(&mut context[id], &ctx);
        contexts.push(ctx);
        if c.support == Support::Own {
            if !is_initial(tokens, c) || c.first != c.last {
                own[id] += 1;
            }
            if c.first != c.last {
                for p in parts(k) {
                    *own_parts.entry(p).or_default() += 1;
                }
            }
        }
    }
    let mut total_by_id = own_max;
    for (s, ctx) in total_by_id.iter_mut().zip(&context) {
        for (x, y) in s.iter_mut().zip(ctx) {
            *x += y.clamp(-CONTEXT_CAP, CONTEXT_CAP);
        }
    }
    let total: HashMap<&str, Scores> = ids.iter().map(|(k, &id)| (*k, total_by_id[id])).collect();
    // Parts of multi-word names: "Hehr" of "Kent Hehr", "Liberal" of "Liberal Party".
    let mut part_scores: HashMap<&str, Scores> = HashMap::default();
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
    for (((c, k), intr), ctx) in cands.into_iter().zip(keys.iter()).zip(intrinsic).zip(contexts) {
        let mut s = total[k.as_str()];
        let mut is_part = false;
        if c.first == c.last {
            let p = part_scores.get(k.as_str()).or_else(|| k.strip_suffix('s').and_then(|stem| part_scores.get(stem)));
            if let Some(p) = p {
                add(&mut s, p);
                is_part = true;
            }
        }
        let supported_elsewhere = own[ids[k.as_str()]] > 0 || own_parts.get(k.as_str()).copied().unwrap_or(0) > 0;
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
            best = default_kind(tokens, &c);
        }
        if sports && matches!(best, ORG | LOC) {
            // In sports copy a city is a team before a score and a place after "at".
            if ctx[ORG] >= 2.0 && ctx[ORG] > ctx[LOC] {
                best = ORG;
            } else if ctx[LOC] >= 1.0 && ctx[LOC] > ctx[ORG] {
                best = LOC;
            }
        }
        out.push(Typed { cand: c, key: k.clone(), kind: kind_of(best) });
    }
    out
}

fn bump<'k>(map: &mut HashMap<&'k str, Scores>, k: &'k str, kind: usize, by: f32) {
    map.entry(k).or_default()[kind] += by;
}

/// The type of a name nothing speaks for: an acronym is an organisation, a
/// lone word MISC, a longer name a person.
fn default_kind(tokens: &[Token], c: &Candidate) -> usize {
    if c.first == c.last && tokens[c.first].has(ALL_CAPS) {
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
    tokens.iter().take(3).filter(|t| t.line == 0 && t.kind == Kind::Word).any(|t| {
        key_into(&mut buf, t.text(text));
        // "SOCCER -", "Baseball-Results of …"
        let head = buf.split('-').next().unwrap_or("");
        lex.sports.contains(head)
    })
}

/// The cluster each typed mention belongs to (cluster ids are small
/// integers, first-come). Longer names are settled first; a shorter form
/// joins the longer name it abbreviates ("Hehr" → "Kent Hehr", "Liberal" →
/// "Liberal Party", "PMO" → "Prime Minister's Office"). When several longer
/// names fit (two Smiths), the one mentioned last before it wins, else the
/// first after it.
pub(crate) fn cluster(typed: &[Typed]) -> Vec<usize> {
    let mut assign = vec![usize::MAX; typed.len()];
    let mut clusters = 0usize;
    let mut by_key: HashMap<(EntityType, &str), usize> = HashMap::default();
    // Short forms each cluster answers to: (type, form) → clusters.
    let mut short_forms: HashMap<String, Vec<(EntityType, usize)>> = HashMap::default();
    let mut order: Vec<usize> = (0..typed.len()).collect();
    let words: Vec<usize> = typed.iter().map(|t| parts(&t.key).count()).collect();
    order.sort_unstable_by_key(|&i| (std::cmp::Reverse(words[i]), i));
    let mut ambiguous: Vec<usize> = Vec::new();
    for &i in &order {
        let t = &typed[i];
        if let Some(&c) = by_key.get(&(t.kind, t.key.as_str())) {
            assign[i] = c;
            continue;
        }
        let fits = fitting(&short_forms, t);
        match fits.as_slice() {
            [c] => {
                assign[i] = *c;
                by_key.insert((t.kind, t.key.as_str()), *c);
            }
            [_, _, ..] => ambiguous.push(i),
            [] => {
                let c = clusters;
                clusters += 1;
                assign[i] = c;
                by_key.insert((t.kind, t.key.as_str()), c);
                for form in short_forms_of(t) {
                    let list = short_forms.entry(form).or_default();
                    if !list.contains(&(t.kind, c)) {
                        list.push((t.kind, c));
                    }
                }
            }
        }
    }
    // Ambiguous short forms: the nearest fitting name before (one pass
    // forward), else the nearest after (one pass backward), else the first.
    let mut is_ambiguous = vec![false; typed.len()];
    for &i in &ambiguous {
        is_ambiguous[i] = true;
    }
    let mut seen = vec![usize::MAX; clusters];
    for i in 0..typed.len() {
        if is_ambiguous[i] {
            let fits = fitting(&short_forms, &typed[i]);
            let best = fits.iter().filter(|&&c| seen[c] != usize::MAX).max_by_key(|&&c| seen[c]);
            if let Some(&c) = best {
                assign[i] = c;
            }
        }
        if assign[i] != usize::MAX {
            seen[assign[i]] = i;
        }
    }
    let mut next = vec![usize::MAX; clusters];
    for i in (0..typed.len()).rev() {
        if assign[i] == usize::MAX {
            let fits = fitting(&short_forms, &typed[i]);
            let best = fits.iter().min_by_key(|&&c| next[c]);
            assign[i] = best.copied().unwrap_or(0);
        }
        next[assign[i]] = i;
    }
    assign
}

/// The clusters whose names `t` is a short form of.
fn fitting(short_forms: &HashMap<String, Vec<(EntityType, usize)>>, t: &Typed) -> Vec<usize> {
    short_forms
        .get(t.key.as_str())
        .map(|l| l.iter().filter(|(k, _)| *k == t.kind).map(|&(_, c)| c).collect())
        .unwrap_or_default()
}

/// The shorter forms a name may be referred to by.
fn short_forms_of(t: &Typed) -> Vec<String> {
    let words: Vec<&str> = parts(&t.key).collect();
    let mut out = Vec::new();
    if words.len() < 2 {
        return out;
    }
    let (first, last) = (words[0], words[words.len() - 1]);
    match t.kind {
        EntityType::Person => {
            out.push(last.to_string());
            out.push(first.to_string());
            if words.len() > 2 {
                // "John Macdonald" for "John A. Macdonald".
                out.push(format!("{first} {last}"));
            }
        }
        EntityType::Org => {
            // "Liberal", "Liberals", "Liberal Party" for "Liberal Party of Canada".
            for n in 1..words.len() {
                out.push(words[..n].join(" "));
            }
            out.push(format!("{first}s"));
            let initials: String = words
                .iter()
                .filter(|w| !matches!(**w, "of" | "and" | "the" | "for" | "&" | "de" | "la" | "du"))
                .filter_map(|w| w.chars().next())
                .collect();
            if initials.len() >= 2 && initials.chars().all(|c| c.is_alphabetic()) {
                out.push(initials.clone());
                let dotted: String = initials.chars().flat_map(|c| [c, '.']).collect();
                out.push(dotted);
            }
        }
        EntityType::Loc | EntityType::Misc => {}
    }
    out
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
