//! Within one document: confirm candidates, agree on one type per name,
//! and group mentions into entities ("Hehr" → Kent Hehr, "PMO" → Prime
//! Minister's Office, "FIsher" → Darren Fisher).

use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::lexicon::{class, key_into, Lexicon, LEXICON};
use crate::mentions::{Candidate, Support};
use crate::tokens::{Keys, Kind, Token, AFTER_OPEN, ALL_CAPS, LINE_START, SENT_START};
use crate::typing::{Scores, Typer, LOC, MISC, ORG, PER};
use crate::EntityType;
use std::borrow::Cow;

/// A confirmed mention before grouping.
#[derive(Clone, Debug)]
pub(crate) struct Typed<'k> {
    pub cand: Candidate,
    pub key: &'k str,
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
fn parts(key: &str) -> impl DoubleEndedIterator<Item = &str> {
    key.split(' ').filter(|w| !w.is_empty())
}

/// Confirms the candidates and gives each its type. Evidence from a name's
/// own words counts once per name (its strongest occurrence); evidence from
/// contexts adds up over occurrences, capped, so one frequent context cannot
/// drown the lexicons. Short forms borrow the type of the full name.
#[allow(clippy::too_many_arguments)]
pub(crate) fn type_candidates<'k>(
    text: &str,
    tokens: &[Token],
    token_keys: &Keys<'_>,
    cands: Vec<Candidate>,
    name_keys: &[&'k str],
    lex: &Lexicon,
    sports: bool,
) -> Vec<Typed<'k>> {
    const CONTEXT_CAP: f32 = 3.0;
    let mut typer = Typer { text, tokens, lex, keys: token_keys, sports };
    let keys = name_keys;
    // One id per distinct name; lexical evidence is computed once per name.
    let mut ids: HashMap<&str, usize> = HashMap::default();
    ids.reserve(cands.len());
    let mut id_of = Vec::with_capacity(cands.len());
    let mut lexical: Vec<Scores> = Vec::new();
    for (c, k) in cands.iter().zip(keys) {
        let next = ids.len();
        let id = *ids.entry(*k).or_insert(next);
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
    for ((c, k), &id) in cands.iter().zip(keys).zip(&id_of) {
        let mut s = lexical[id];
        typer.add_occurrence(c, &mut s);
        intrinsic.push(s);
        for (x, y) in own_max[id].iter_mut().zip(&s) {
            *x = x.max(*y);
        }
        let ctx = typer.contextual(c, k);
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
        // "News Corp said": a body's head outweighs what people and bodies both do.
        let per_cap = if s[ORG] >= 3.0 && s[PER] <= 0.0 { CONTEXT_CAP / 2.0 } else { CONTEXT_CAP };
        for (i, (x, y)) in s.iter_mut().zip(ctx).enumerate() {
            let cap = if i == PER { per_cap } else { CONTEXT_CAP };
            *x += y.clamp(-CONTEXT_CAP, cap);
        }
    }
    let not_person = things_of_people(&ids, &mut total_by_id, lex);
    // Parts of multi-word names: "Hehr" of "Kent Hehr", "Liberal" of "Liberal Party".
    let mut part_scores: HashMap<&str, Scores> = HashMap::default();
    // Initials of the names of bodies, places and things, with their type: "KPA" after
    // "Korean People's Army", "IE" after "Internet Explorer".
    let mut initials: HashMap<u64, usize> = HashMap::default();
    // (Sums commute, so the map's order does not matter.)
    for (k, &id) in &ids {
        if !k.contains(' ') || not_person[id] {
            continue;
        }
        let s = &total_by_id[id];
        let kind = argmax(s);
        if s[kind] <= 0.0 {
            continue;
        }
        if kind != PER {
            if let Some(abbr) = initials_of(k) {
                // Two names with the same initials and different types: ORG before LOC before
                // MISC, so the map's order does not matter.
                let e = initials.entry(abbr).or_insert(kind);
                *e = (*e).min(kind);
            }
        }
        let mut ws = parts(k);
        let Some(first) = ws.next() else { continue };
        let last = ws.next_back().unwrap_or(first);
        match kind {
            PER => {
                // A name that is a person only by a whisker (two capitalised words and nothing else)
                // lends its words in proportion: "Taibe supporter", "Warhol Polaroid" must not make the
                // town or the brand a person elsewhere (CoNLL train +33 tp, valid +7, GUM unchanged).
                let w = (s[PER] / 1.5).min(1.0);
                bump(&mut part_scores, last, PER, 6.0 * w);
                bump(&mut part_scores, first, PER, 3.0 * w);
            }
            ORG => {
                // "Saudi" of "Saudi Interior Ministry" is still the nationality, as "Canada" of
                // "Canada Post" the place.
                if !lex.is(first, class::PLACE | class::KNOWN_LOC | class::NATIONALITY) {
                    bump(&mut part_scores, first, ORG, 3.0);
                }
                // "the Court" after "the Supreme Court": the head alone stands for the body.
                if lex.is(last, class::ORG_HEAD) {
                    bump(&mut part_scores, last, ORG, 2.0);
                }
                // "Scientology" after "Church of Scientology": what a body is "of" stands for
                // it, unless it is a place ("Bank of England").
                let of_name = k.rfind(" of ").is_some_and(|at| !k[at + 4..].contains(' '));
                if of_name && !lex.is(last, class::PLACE | class::KNOWN_LOC) {
                    bump(&mut part_scores, last, ORG, 2.0);
                }
            }
            // "the Hill" after "Parliament Hill".
            LOC if lex.is(last, crate::lexicon::class::LOC_HEAD) => bump(&mut part_scores, last, LOC, 2.0),
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(cands.len());
    // How sure each pushed mention's type is (see [`Sureness`]).
    let mut sureness: Vec<Sureness> = Vec::with_capacity(cands.len());
    for ((((c, k), intr), ctx), &id) in cands.into_iter().zip(keys.iter()).zip(intrinsic).zip(contexts).zip(&id_of) {
        let mut s = total_by_id[id];
        let mut is_part = false;
        if c.first == c.last {
            let p = part_scores.get(*k).copied().or_else(|| {
                // "Liberals" of "Liberal Party"; but "Polaroids" is no plural of a person.
                k.strip_suffix('s').and_then(|stem| part_scores.get(stem)).map(|&p| [0.0, p[ORG], p[LOC], p[MISC]])
            });
            if let Some(p) = p.filter(|p| p.iter().any(|&v| v > 0.0)) {
                add(&mut s, &p);
                is_part = true;
            }
            if !initials.is_empty() && tokens[c.first].has(ALL_CAPS) {
                if let Some(&kind) = packed(k).and_then(|p| initials.get(&p)) {
                    s[kind] += ACRONYM_OF_NAME;
                    is_part = true;
                }
            }
        }
        let supported_elsewhere = own[id] > 0 || own_parts.get(*k).copied().unwrap_or(0) > 0;
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
        let mut sure = Sureness::Sure;
        if !keep {
            if c.support != Support::Own || c.first != c.last || c.common_word {
                continue;
            }
            // "Ubisoft, Microsoft and …": kept only if a list gives it a type.
            sure = Sureness::Dropped;
        }
        let mut best = argmax(&s);
        if s[best] <= 0.3 {
            best = default_kind(tokens, &c);
            if best == MISC && c.first == c.last && sure == Sureness::Sure {
                sure = Sureness::Defaulted;
            }
        }
        if best == PER && (not_person[id] || is_lone_head(token_keys, &c)) {
            // "LEAGUE" after "AMERICAN" or "MAJOR": the kind of a body alone names nobody.
            best = MISC;
        }
        if is_currency(text, tokens, &c) {
            // "US$ 20,000" here, though "the US" elsewhere is the country.
            best = MISC;
        }
        if best == PER && looks_like_acronym(tokens, &c, text) {
            // "DAB's Ben Chan", "Elizabeth Quat of DAB": running text names
            // bodies, not people, by a string of capitals.
            best = ORG;
        }
        if sports && matches!(best, ORG | LOC) {
            // In sports copy a city is a team before a score and a place after "at".
            // A country stays a place: national sides are LOC in CoNLL-2003 ("Japan 2 Syria 1").
            let country = lex.is(k, class::COUNTRY | class::KNOWN_LOC);
            if ctx[ORG] >= 2.0 && ctx[ORG] > ctx[LOC] && !country {
                best = ORG;
            } else if ctx[LOC] >= 1.0 && ctx[LOC] > ctx[ORG] {
                best = LOC;
            }
        }
        out.push(Typed { cand: c, key: k, kind: kind_of(best) });
        sureness.push(sure);
    }
    agree_in_lists(text, tokens, &mut out, &mut sureness);
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        sureness[i - 1] != Sureness::Dropped
    });
    out
}

/// How sure a mention's type is before lists are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sureness {
    /// Evidence gave the type.
    Sure,
    /// A lone word nothing spoke for: MISC by default.
    Defaulted,
    /// A lone sentence-initial word nothing spoke for: dropped unless a list types it.
    Dropped,
}

/// "such as Zeus, Hera, Poseidon, Aphrodite, and Athena", "Ubisoft, Microsoft,
/// and PlayStation": names in one list are of one kind. A lone word nothing
/// spoke for takes the type of a typed neighbour in the list (a forward pass
/// then a backward one, so types travel along the list), unless its two
/// neighbours disagree. A bare "and" only links a word that a comma also
/// links: "The Globe and Mail", "Santo Spirito and Immacolata" are no lists.
fn agree_in_lists(text: &str, tokens: &[Token], out: &mut [Typed<'_>], sureness: &mut [Sureness]) {
    let typed = |t: &Typed<'_>, s: Sureness| s == Sureness::Sure && t.kind != EntityType::Misc;
    for pass in 0..2 {
        for n in 0..out.len() {
            let i = if pass == 0 { n } else { out.len() - 1 - n };
            if sureness[i] == Sureness::Sure {
                continue;
            }
            let before = if i > 0 { link(text, tokens, out[i - 1].cand.last, out[i].cand.first) } else { Link::None };
            let after = match out.get(i + 1) {
                Some(next) => link(text, tokens, out[i].cand.last, next.cand.first),
                None => Link::None,
            };
            let in_list = before == Link::Comma || after == Link::Comma;
            let prev = (in_list && before != Link::None).then(|| i - 1).filter(|&j| typed(&out[j], sureness[j]));
            let next = (in_list && after != Link::None).then(|| i + 1).filter(|&j| typed(&out[j], sureness[j]));
            let kind = match (prev.map(|j| out[j].kind), next.map(|j| out[j].kind)) {
                (Some(a), Some(b)) if a != b => None,
                (Some(a), _) | (_, Some(a)) => Some(a),
                _ => None,
            };
            if let Some(kind) = kind {
                out[i].kind = kind;
                sureness[i] = Sureness::Sure;
            }
        }
    }
}

/// What stands between two names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    /// ",", ", and", ", or".
    Comma,
    /// "and", "or".
    Conjunction,
    /// Anything else.
    None,
}

/// The list separator between tokens `a` and `b`, if only one stands there.
fn link(text: &str, tokens: &[Token], a: usize, b: usize) -> Link {
    let between = &tokens[(a + 1).min(tokens.len())..b.max(a + 1).min(tokens.len())];
    let words: [&str; 2] = match between {
        [x] => [x.text(text), ""],
        [x, y] => [x.text(text), y.text(text)],
        _ => return Link::None,
    };
    match words {
        [",", ""] | [",", "and"] | [",", "or"] => Link::Comma,
        ["and", ""] | ["or", ""] => Link::Conjunction,
        _ => Link::None,
    }
}

/// What an acronym gains from the name it abbreviates in the same document
/// (a body, place or thing): as much as a context can give, so "near KPA
/// posts" stays the army.
const ACRONYM_OF_NAME: f32 = 3.0;

/// "korean people's army" → "kpa": the initials of a name's words, small
/// connectors left out (as [`short_forms_of`] abbreviates it), packed as by
/// [`packed`] (no allocation per name).
fn initials_of(key: &str) -> Option<u64> {
    let mut out = 0u64;
    let mut n = 0;
    for w in parts(key).filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "&" | "de" | "la" | "du")) {
        let b = w.as_bytes()[0];
        if !b.is_ascii_alphabetic() || n == 8 {
            return None;
        }
        out = out << 8 | u64::from(b);
        n += 1;
    }
    (n >= 2).then_some(out)
}

/// A key of two to eight ASCII letters as one number ("kpa"), to look up [`initials_of`].
fn packed(key: &str) -> Option<u64> {
    let b = key.as_bytes();
    ((2..=8).contains(&b.len()) && b.iter().all(u8::is_ascii_alphabetic))
        .then(|| b.iter().fold(0u64, |acc, &c| acc << 8 | u64::from(c)))
}

/// "Warhol Polaroids": a name opened by the surname of a person the document
/// names ("Andy Warhol") and closed by a plural is a thing of theirs, not
/// another person (unless it opens with a first name). Only plurals: family
/// names come first in many names ("Leung Che-cheung" beside "Priscilla
/// Leung"). Such names lose their person evidence; their ids are flagged.
fn things_of_people(ids: &HashMap<&str, usize>, total_by_id: &mut [Scores], lex: &Lexicon) -> Vec<bool> {
    let mut not_person = vec![false; total_by_id.len()];
    let surnames: HashSet<&str> = ids
        .iter()
        .filter(|(k, &id)| k.contains(' ') && argmax(&total_by_id[id]) == PER && total_by_id[id][PER] >= 2.0)
        .filter_map(|(k, _)| parts(k).next_back())
        .collect();
    if surnames.is_empty() {
        return not_person;
    }
    // Each name is settled on its own, so the map's order does not matter.
    for (k, &id) in ids {
        let Some(first) = parts(k).next().filter(|_| k.contains(' ')) else { continue };
        let last = parts(k).next_back().unwrap_or("");
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us");
        if !plural {
            continue;
        }
        let s = &mut total_by_id[id];
        if argmax(s) == PER && s[PER] < 2.0 && surnames.contains(first) && !lex.is(first, class::FIRST_NAME) {
            s[PER] = s[PER].min(0.0);
            not_person[id] = true;
        }
    }
    not_person
}

fn bump<'k>(map: &mut HashMap<&'k str, Scores>, k: &'k str, kind: usize, by: f32) {
    map.entry(k).or_default()[kind] += by;
}

/// The type of a name nothing speaks for: an acronym is an organisation, a
/// lone word MISC, a longer name a person.
fn default_kind(tokens: &[Token], c: &Candidate) -> usize {
    if c.first == c.last && tokens[c.first].has(ALL_CAPS) {
        ORG
    } else if c.first == c.last || c.has_common_part {
        // A lone capitalised word with no evidence: on CoNLL and GUM these are
        // more often products, events or adjectives than people; so is a
        // longer name made of words the document also uses as common words.
        MISC
    } else {
        PER
    }
}

/// One word that is the head of bodies' names and no given name ("League", "Union").
fn is_lone_head(keys: &Keys<'_>, c: &Candidate) -> bool {
    c.first == c.last && keys.is(c.first, class::ORG_HEAD) && !keys.is(c.first, class::FIRST_NAME)
}

/// "US$ 20,000", "NZ $ 26 million": a country code before a dollar sign names a currency.
fn is_currency(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    let t = tokens[c.first];
    c.first == c.last
        && t.has(ALL_CAPS)
        && t.end - t.start <= 3
        && tokens.get(c.last + 1).is_some_and(|n| n.kind == Kind::Punct && n.text(text) == "$")
}

/// One untitled word of two to five capitals in running text (not a shouted line).
fn looks_like_acronym(tokens: &[Token], c: &Candidate, text: &str) -> bool {
    let word = tokens[c.first].text(text);
    let w = word.strip_suffix('s').unwrap_or(word);
    c.first == c.last
        && !c.titled
        && c.support == Support::Own
        && (2..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
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
        lex.is(head, crate::lexicon::class::SPORTS_WORD)
    })
}

/// The cluster each typed mention belongs to (cluster ids are small
/// integers, first-come). Longer names are settled first; a shorter form
/// joins the longer name it abbreviates ("Hehr" → "Kent Hehr", "Liberal" →
/// "Liberal Party", "PMO" → "Prime Minister's Office"). When several longer
/// names fit (two Smiths), the one mentioned last before it wins, else the
/// first after it.
pub(crate) fn cluster<'k>(typed: &[Typed<'k>]) -> Vec<usize> {
    let mut assign = vec![usize::MAX; typed.len()];
    let mut clusters = 0usize;
    let mut by_key: HashMap<(EntityType, &str), usize> = HashMap::default();
    by_key.reserve(typed.len());
    // Short forms each cluster answers to: form → (type, cluster) list.
    let mut short_forms: ShortForms<'k> = HashMap::default();
    let mut order: Vec<usize> = (0..typed.len()).collect();
    let words: Vec<usize> = typed.iter().map(|t| parts(t.key).count()).collect();
    order.sort_unstable_by_key(|&i| (std::cmp::Reverse(words[i]), i));
    let mut ambiguous: Vec<usize> = Vec::new();
    for &i in &order {
        let t = &typed[i];
        if let Some(&c) = by_key.get(&(t.kind, t.key)) {
            assign[i] = c;
            continue;
        }
        let fits = {
            let mut it = fitting(&short_forms, t);
            (it.next(), it.next())
        };
        match fits {
            (Some(c), None) => {
                assign[i] = c;
                by_key.insert((t.kind, t.key), c);
            }
            (Some(_), Some(_)) => ambiguous.push(i),
            _ => {
                let c = clusters;
                clusters += 1;
                assign[i] = c;
                by_key.insert((t.kind, t.key), c);
                short_forms_of(t, |form| short_forms.entry(form).or_default().add((t.kind, c)));
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
            let best = fitting(&short_forms, &typed[i]).filter(|&c| seen[c] != usize::MAX).max_by_key(|&c| seen[c]);
            if let Some(c) = best {
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
            let best = fitting(&short_forms, &typed[i]).min_by_key(|&c| next[c]);
            assign[i] = best.unwrap_or(0);
        }
        next[assign[i]] = i;
    }
    assign
}

/// Short form → the `(type, cluster)` pairs it may stand for.
type ShortForms<'k> = HashMap<Cow<'k, str>, Fits>;

/// The `(type, cluster)` pairs one short form may stand for: most forms
/// stand for one name, kept inline (no allocation); the rest spill over.
#[derive(Default)]
struct Fits {
    first: Option<(EntityType, usize)>,
    more: Vec<(EntityType, usize)>,
}

impl Fits {
    fn add(&mut self, fit: (EntityType, usize)) {
        // Clusters come in increasing order: a repeat can only be the last one.
        let last = self.more.last().or(self.first.as_ref());
        if last == Some(&fit) {
            return;
        }
        if self.first.is_none() {
            self.first = Some(fit);
        } else {
            self.more.push(fit);
        }
    }

    fn iter(&self) -> impl Iterator<Item = &(EntityType, usize)> {
        self.first.iter().chain(&self.more)
    }
}

/// The clusters whose names `t` is a short form of.
/// At most `MAX_FITS` of them: a surname shared by thousands of names (hostile
/// input) must not make resolution quadratic.
fn fitting<'a>(short_forms: &'a ShortForms<'_>, t: &'a Typed<'_>) -> impl Iterator<Item = usize> + 'a {
    const MAX_FITS: usize = 32;
    short_forms
        .get(t.key)
        .into_iter()
        .flat_map(Fits::iter)
        .filter(|(k, _)| *k == t.kind)
        .map(|&(_, c)| c)
        .take(MAX_FITS)
}

/// First letters of a name's words after the first `skip`, small words left out
/// ("ontario progressive conservative", 1 → "pc").
fn initials_after(key: &str, skip: usize) -> String {
    parts(key)
        .skip(skip)
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "&" | "de" | "la" | "du"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// A name's initials, bare and dotted ("pmo" and "p.m.o."), when it has two or more.
fn emit_initials<'k>(key: &str, emit: &mut impl FnMut(Cow<'k, str>)) {
    let initials = initials_after(key, 0);
    if initials.len() >= 2 && initials.chars().all(|c| c.is_alphabetic()) {
        let dotted: String = initials.chars().flat_map(|c| [c, '.']).collect();
        emit(Cow::Owned(initials));
        emit(Cow::Owned(dotted));
    }
}

/// The shorter forms a name may be referred to by, each passed to `emit`
/// (borrowed from the name's key where they are a part or prefix of it).
fn short_forms_of<'k>(t: &Typed<'k>, mut emit: impl FnMut(Cow<'k, str>)) {
    let key: &'k str = t.key;
    let mut words = parts(key);
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else { return };
    // Keys of names are single-spaced, so a prefix of words is a prefix of the key.
    let single_spaced = !key.contains("  ");
    let joined = |n: usize| -> Cow<'k, str> {
        if single_spaced {
            let end = key.match_indices(' ').nth(n - 1).map_or(key.len(), |(at, _)| at);
            Cow::Borrowed(&key[..end])
        } else {
            Cow::Owned(parts(key).take(n).collect::<Vec<_>>().join(" "))
        }
    };
    match t.kind {
        EntityType::Person => {
            emit(Cow::Borrowed(last));
            emit(Cow::Borrowed(first));
            if parts(key).nth(2).is_some() {
                // "John Macdonald" for "John A. Macdonald".
                emit(Cow::Owned(format!("{first} {last}")));
            }
        }
        EntityType::Org => {
            // "Liberal", "Liberals", "Liberal Party" for "Liberal Party of Canada".
            // A party adjective ("Liberal") only stands for a party, not for every body it qualifies.
            let n_words = parts(key).count();
            let party_word = LEXICON.is(first, crate::lexicon::class::PARTY);
            let is_party = parts(key).any(|w| matches!(w, "party" | "parti"));
            for n in 1..n_words {
                if n > 1 || !party_word || is_party {
                    emit(joined(n));
                }
            }
            if !party_word || is_party {
                emit(Cow::Owned(format!("{first}s")));
            }
            emit_initials(key, &mut emit);
            // "Ontario PC", "Ontario PCs" for "Ontario Progressive Conservative": a place, then the
            // initials of the body's own name.
            for place_words in 1..=2 {
                let place = joined(place_words);
                if n_words >= place_words + 2 && LEXICON.is(&place, crate::lexicon::class::PLACE) {
                    let rest = initials_after(key, place_words);
                    if rest.len() >= 2 && rest.chars().all(|c| c.is_alphabetic()) {
                        emit(Cow::Owned(format!("{place} {rest}s")));
                        emit(Cow::Owned(format!("{place} {rest}")));
                    }
                }
            }
        }
        EntityType::Loc => {
            // "B.C." and "BC" for "British Columbia", "U.S." for "United States".
            emit_initials(key, &mut emit);
        }
        EntityType::Misc => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_of_a_body_alone_is_a_lone_head() {
        let text = "AMERICAN LEAGUE and Dean";
        let tokens = crate::tokens::tokenize(text);
        let keys = Keys::new(&tokens, text);
        let one = |i: usize| candidate_at(&tokens, i);
        assert!(is_lone_head(&keys, &one(1)));
        assert!(!is_lone_head(&keys, &one(3)));
    }

    fn candidate_at(tokens: &[Token], i: usize) -> Candidate {
        plain_candidate(i, i, tokens[i].start, tokens[i].end)
    }

    /// A candidate with no title, role or common word.
    fn plain_candidate(first: usize, last: usize, start: usize, end: usize) -> Candidate {
        Candidate {
            first,
            last,
            start,
            end,
            role: None,
            titled: false,
            honorific: None,
            title_prefix: false,
            common_word: false,
            has_common_part: false,
            support: Support::Own,
        }
    }

    fn typed(key: &'static str, kind: EntityType, at: usize) -> Typed<'static> {
        let cand = plain_candidate(at, at + key.split(' ').count() - 1, 0, 0);
        Typed { cand, key, kind }
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
    fn a_place_and_a_body_answer_to_their_initials() {
        let t = vec![
            typed("ontario progressive conservative", EntityType::Org, 0),
            typed("ontario pcs", EntityType::Org, 9),
            typed("ontario pc", EntityType::Org, 20),
            typed("british columbia", EntityType::Loc, 30),
            typed("b.c.", EntityType::Loc, 40),
        ];
        let c = cluster(&t);
        assert_eq!((c[0], c[0]), (c[1], c[2]));
        assert_eq!(c[3], c[4]);
        assert_ne!(c[0], c[3]);
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
