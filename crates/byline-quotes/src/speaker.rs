//! Speaker resolution: a speaker phrase becomes a named entity (surnames and
//! titles resolved to the fullest name of the document), a pronoun resolved
//! to the most recent compatible person, or an unnamed description.

use crate::lexicon::{fnv_mix, FastMap, FNV_OFFSET};
use crate::lexicon::{pronoun_gender, DESCRIPTION_OPENERS, LEXICON};
use crate::{Speaker, SpeakerKind};
use byline_entities::{DocEntities, EntityType, Gender};
use byline_text::Span;
use std::rc::Rc;

/// A person the text has mentioned, in text order: a pronoun antecedent.
/// The name is shared: every mention of an entity pushes the same one.
#[derive(Clone, Debug)]
struct Antecedent {
    name: Rc<str>,
    entity: Option<usize>,
}

/// Per-document resolution state.
pub(crate) struct Resolver<'a> {
    text: &'a str,
    entities: &'a DocEntities,
    /// Clean (title-free) name of every person entity (empty for the
    /// others: most entities are places and bodies, whose clean name is
    /// needed only when one is a speaker).
    clean: Vec<String>,
    /// Whether each entity can be a pronoun's antecedent, decided once per
    /// entity rather than at each of its mentions.
    person_like: Vec<bool>,
    /// Each entity's antecedent (its fullest name), made at its first mention.
    antecedents: Vec<Option<Antecedent>>,
    /// Gender learned from pronouns, per entity.
    learned: Vec<Option<Gender>>,
    history: Vec<Antecedent>,
    /// Next entity mention not yet pushed into the history.
    next_mention: usize,
    /// The fullest names of the document's person entities.
    names: NameTable,
    /// Names written out in the text, built only when an entity lookup fails.
    local: std::cell::OnceCell<NameTable>,
    /// The last named speaker and the paragraph it spoke in.
    last_speaker: Option<(Antecedent, usize)>,
    paragraph: usize,
}

/// Words of office names that precede a person's name ("White House press
/// secretary", "Secretary of State John Kerry").
const ORG_WORDS: &[&str] = &["white", "house", "state", "senate", "party", "campaign", "press", "national", "federal"];

/// Strips titles, possessive `'s` and a leading article from a name.
pub(crate) fn clean_name(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let keep = clean_name_words(&mut words);
    words[keep].join(" ")
}

/// `clean_name` over words already split (in place): the range of words kept.
fn clean_name_words(words: &mut Vec<&str>) -> std::ops::Range<usize> {
    if let Some(last) = words.last_mut() {
        *last = without_possessive(last);
    }
    // "David Woodard of Clemson University": the name comes before "of"
    // unless only a title does ("Secretary of State John Kerry").
    if let Some(of) = words.iter().position(|w| *w == "of") {
        let named_before = of > 0 && !LEXICON.is_title(words[of - 1]) && words[of - 1].starts_with(char::is_uppercase);
        if named_before {
            words.truncate(of);
        }
    }
    let n = words.len();
    // The name is the trailing run of words that are not titles; office
    // words ("State", "House") count as titles unless they end the name.
    let is_title =
        |i: usize, w: &str| LEXICON.is_title(w) || (i + 1 < n && ORG_WORDS.iter().any(|o| w.eq_ignore_ascii_case(o)));
    let keep = words.iter().enumerate().rposition(|(i, w)| is_title(i, w) || !w.starts_with(char::is_uppercase));
    let mut start = keep.map_or(0, |k| k + 1);
    while start + 1 < words.len() && (LEXICON.is_np_breaker(words[start]) || LEXICON.is_determiner(words[start])) {
        start += 1;
    }
    if start < words.len() {
        start..words.len()
    } else {
        words.len().saturating_sub(1)..words.len()
    }
}

/// `word` without its possessive endings: `trim_end_matches("'s")` then
/// `("’s")`, without building a substring searcher for each call.
fn without_possessive(mut word: &str) -> &str {
    while let Some(w) = word.strip_suffix("'s") {
        word = w;
    }
    while let Some(w) = word.strip_suffix("’s") {
        word = w;
    }
    word
}

fn fold(c: char) -> char {
    match c {
        '’' | '‘' => '\'',
        c => c.to_ascii_lowercase(),
    }
}

/// The last whitespace-separated word of `phrase[..end]`.
fn words_before_end(phrase: &str, end: usize) -> &str {
    phrase[..end].split_whitespace().next_back().unwrap_or("")
}

/// Month and day names: capitalised, never people.
fn is_calendar_word(w: &str) -> bool {
    use crate::lexicon::{MONTHS, WEEKDAYS};
    WEEKDAYS.iter().chain(MONTHS).any(|day| w.eq_ignore_ascii_case(day))
}

fn is_person_like(e: &byline_entities::Entity, clean: &str) -> bool {
    let verb_like = |w: &str| w.len() > 4 && (w.ends_with("ing") || w.ends_with("ly"));
    e.kind == EntityType::Person
        && !clean.is_empty()
        && !(clean.split_whitespace().count() == 1 && (verb_like(clean) || is_calendar_word(clean)))
        && clean.split_whitespace().all(|w| !LEXICON.is_np_breaker(w) && !LEXICON.is_determiner(w))
        && pronoun_gender(clean).is_none()
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(text: &'a str, entities: &'a DocEntities) -> Resolver<'a> {
        let clean: Vec<String> = entities
            .entities
            .iter()
            .map(|e| if e.kind == EntityType::Person { clean_name(&e.name) } else { String::new() })
            .collect();
        let person_like: Vec<bool> = entities.entities.iter().zip(&clean).map(|(e, c)| is_person_like(e, c)).collect();
        let mut names = NameTable::default();
        for (i, c) in clean.iter().enumerate() {
            if person_like[i] {
                names.offer(c, Some(i));
            }
        }
        Resolver {
            text,
            entities,
            clean,
            person_like,
            antecedents: vec![None; entities.entities.len()],
            learned: vec![None; entities.entities.len()],
            history: Vec::new(),
            next_mention: 0,
            names,
            local: std::cell::OnceCell::new(),
            last_speaker: None,
            paragraph: 0,
        }
    }

    /// Pushes the person mentions before `offset` into the history, except
    /// those inside `skip` (quoted or reported material, captions).
    pub(crate) fn advance(&mut self, offset: usize, skip: &[Span]) {
        while let Some(m) = self.entities.mentions.get(self.next_mention) {
            if m.span.start >= offset {
                break;
            }
            self.next_mention += 1;
            if skip.iter().rev().take(64).any(|s| s.contains(m.span)) {
                continue;
            }
            if !self.person_like.get(m.entity).copied().unwrap_or(false) {
                continue;
            }
            let a = self.antecedent_of(m.entity);
            self.history.push(a);
        }
    }

    fn antecedent_of(&mut self, e: usize) -> Antecedent {
        if let Some(a) = &self.antecedents[e] {
            return a.clone();
        }
        let (name, entity) = self.full_name(e);
        let a = Antecedent { name, entity };
        self.antecedents[e] = Some(a.clone());
        a
    }

    /// The fullest person name of the document for entity `e`: a name is
    /// expanded to the longest name ending with its last word.
    fn full_name(&self, e: usize) -> (Rc<str>, Option<usize>) {
        let cleaned;
        let base = match self.entities.entities.get(e) {
            Some(entity) if entity.kind != EntityType::Person => {
                cleaned = clean_name(&entity.name);
                &cleaned
            }
            _ => &self.clean[e],
        };
        match self.names.expand(base) {
            Some((n, ent)) => (n, ent.or(Some(e))),
            None => (Rc::from(base.as_str()), Some(e)),
        }
    }

    fn expand(&self, base: &str) -> Option<(Rc<str>, Option<usize>)> {
        let words = base.split_whitespace().count();
        self.names.expand(base).or_else(|| {
            // One word the entities could not expand: the names written out
            // in the text are the fallback (built once, on demand).
            if words != 1 {
                return None;
            }
            let local = self.local.get_or_init(|| {
                let mut t = NameTable::default();
                local_names(self.text, |words| t.offer_words(words, None));
                t
            });
            local.expand(base)
        })
    }

    /// Tells the resolver which body paragraph the next speakers are in.
    pub(crate) fn set_paragraph(&mut self, index: usize) {
        self.paragraph = index;
    }

    fn gender(&self, entity: Option<usize>, name: &str) -> Option<Gender> {
        if let Some(e) = entity {
            if let Some(g) =
                self.entities.entities.get(e).and_then(|x| x.gender).or(self.learned.get(e).copied().flatten())
            {
                return Some(g);
            }
        }
        name.split_whitespace().next().and_then(|first| LEXICON.first_name_gender(first))
    }

    /// Resolves a speaker phrase at `span`.
    pub(crate) fn resolve(&mut self, span: Span) -> Speaker {
        let phrase = span.slice(self.text);
        // Possessive pronouns of a nominal cue ("his criticism of …").
        let possessive = match phrase {
            "his" | "His" => Some(Some(Gender::Male)),
            "their" | "Their" => Some(None),
            _ => None,
        };
        if let Some(gender) = pronoun_gender(phrase).or(possessive) {
            return self.resolve_pronoun(span, phrase, gender);
        }
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let head = words.last().copied().unwrap_or("");
        let head_clean = without_possessive(head);
        let first = words.first().copied().unwrap_or("");
        let described = DESCRIPTION_OPENERS.iter().any(|d| d.eq_ignore_ascii_case(first)) && words.len() > 1;
        if head_clean.starts_with(char::is_uppercase) && (!described || first.eq_ignore_ascii_case("the")) {
            if let Some(end) = self.person_before_place(span, phrase, &words) {
                return self.resolve_name(span, &phrase[..end], words_before_end(phrase, end));
            }
            return self.resolve_name(span, phrase, head);
        }
        let name = if described { words[1..].join(" ") } else { words.join(" ") };
        Speaker { span, name, entity: None, kind: SpeakerKind::Unnamed }
    }

    /// "political scientist Ana Roe in Almaty", "Ana Roe of Acme Corp.": a
    /// person named before "in/of/from/at" is the speaker, not the place or
    /// organisation after it. The phrase's byte length up to that person.
    fn person_before_place(&self, span: Span, phrase: &str, words: &[&str]) -> Option<usize> {
        let p = words.iter().position(|w| matches!(*w, "in" | "of" | "from" | "at")).filter(|&p| p > 0)?;
        let before = words[p - 1];
        // `words` are slices of `phrase` (split on white space): the offset is their distance.
        let offset = before.as_ptr() as usize - phrase.as_ptr() as usize;
        let person = self
            .entities
            .mention_at(span.start + offset)
            .and_then(|m| self.entities.entities.get(m.entity))
            .is_some_and(|e| e.kind == EntityType::Person);
        (person && before.starts_with(char::is_uppercase)).then_some(offset + before.len())
    }

    fn resolve_name(&mut self, span: Span, phrase: &str, head: &str) -> Speaker {
        let head_start = span.start + phrase.rfind(head).unwrap_or(0);
        let mention = self.entities.mention_at(head_start);
        let local = clean_name(phrase);
        let (name, entity) = match mention {
            // The entity's own name may carry words the phrase shows are not
            // part of the name; the phrase's clean name wins when it is longer.
            Some(m) if self.entities.entities.get(m.entity).is_some() => {
                let (n, e) = self.full_name(m.entity);
                if local.split_whitespace().count() > n.split_whitespace().count() {
                    (Rc::from(local), e)
                } else {
                    (n, e)
                }
            }
            _ => match self.expand(&local) {
                Some((n, e)) => (n, e),
                None => (Rc::from(local), None),
            },
        };
        let person = entity.is_none_or(|e| self.entities.entities[e].kind == EntityType::Person);
        let speaker = Speaker { span, name: name.to_string(), entity, kind: SpeakerKind::Named };
        if person {
            let a = Antecedent { name, entity };
            self.last_speaker = Some((a.clone(), self.paragraph));
            self.history.push(a);
        }
        speaker
    }

    fn resolve_pronoun(&mut self, span: Span, phrase: &str, gender: Option<Gender>) -> Speaker {
        let unresolved = Speaker { span, name: phrase.to_string(), entity: None, kind: SpeakerKind::Pronoun };
        let Some(gender) = gender else { return unresolved };
        let compatible = |a: &Antecedent| self.gender(a.entity, &a.name).is_none_or(|g| g == gender);
        // The speaker of the current or previous paragraph is the most salient
        // antecedent: "X said … . "…," he said." even with others named between.
        let recent_speaker = self
            .last_speaker
            .as_ref()
            .filter(|(a, p)| self.paragraph <= p + 1 && compatible(a))
            .map(|(a, _)| a.clone());
        // Bounded look-back: an antecedent is never hundreds of names away.
        let found = recent_speaker.or_else(|| self.history.iter().rev().take(200).find(|a| compatible(a)).cloned());
        let Some(a) = found else { return unresolved };
        self.last_speaker = Some((a.clone(), self.paragraph));
        if let Some(slot) = a.entity.and_then(|e| self.learned.get_mut(e)) {
            slot.get_or_insert(gender);
        }
        self.history.push(a.clone());
        Speaker { span, name: a.name.to_string(), entity: a.entity, kind: SpeakerKind::Pronoun }
    }
}

/// Folded last (and first) word -> the fullest person name with it.
#[derive(Default)]
struct NameTable {
    by_last: FastMap<u64, NameEntry>,
    by_first: FastMap<u64, NameEntry>,
}

#[derive(Clone)]
struct NameEntry {
    name: Rc<str>,
    entity: Option<usize>,
    words: usize,
}

impl NameTable {
    fn offer(&mut self, name: &str, entity: Option<usize>) {
        let (Some(first), Some(last)) = (name.split_whitespace().next(), name.split_whitespace().next_back()) else {
            return;
        };
        self.offer_parts(first, last, name.split_whitespace().count(), entity, || Rc::from(name));
    }

    /// `offer` for a name given as its words: they are joined only if the
    /// name is kept (most names a text writes out are repeats).
    fn offer_words(&mut self, words: &[&str], entity: Option<usize>) {
        let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
        self.offer_parts(first, last, words.len(), entity, || Rc::from(words.join(" ")));
    }

    fn offer_parts(
        &mut self,
        first: &str,
        last: &str,
        words: usize,
        entity: Option<usize>,
        name: impl FnOnce() -> Rc<str>,
    ) {
        let (last_key, first_key) = (word_key(last), word_key(first));
        let longer = |map: &FastMap<u64, NameEntry>, key: u64| map.get(&key).is_none_or(|cur| words > cur.words);
        let (to_last, to_first) = (longer(&self.by_last, last_key), longer(&self.by_first, first_key));
        if !(to_last || to_first) {
            return;
        }
        let entry = NameEntry { name: name(), entity, words };
        if to_first {
            self.by_first.insert(first_key, entry.clone());
        }
        if to_last {
            self.by_last.insert(last_key, entry);
        }
    }

    /// A longer name ending with the last word of `base` (or, for a lone
    /// first name, starting with it).
    fn expand(&self, base: &str) -> Option<(Rc<str>, Option<usize>)> {
        let last = base.split_whitespace().next_back()?;
        let words = base.split_whitespace().count();
        let key = word_key(last);
        let longer = |found: Option<&NameEntry>| found.filter(|n| n.words > words).map(|n| (n.name.clone(), n.entity));
        longer(self.by_last.get(&key)).or_else(|| if words == 1 { longer(self.by_first.get(&key)) } else { None })
    }
}

/// A word's table key: its characters folded (case, curly apostrophes) and
/// hashed (FNV-1a), so lookups allocate nothing. Two words of one document
/// sharing a 64-bit key is vanishingly unlikely.
fn word_key(w: &str) -> u64 {
    w.chars().map(fold).fold(FNV_OFFSET, |h, c| fnv_mix(h, u64::from(c)))
}

/// Person-like names written in full somewhere in the text (runs of two to
/// four capitalised words, titles dropped): a local fallback so surnames
/// resolve even when the entity recognizer split or missed the full name.
/// Each name goes to `found` as its words, in text order.
fn local_names<'t>(text: &'t str, mut found: impl FnMut(&[&'t str])) {
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&'t str>| {
        if run.len() >= 2 {
            let keep = clean_name_words(run);
            let name = &run[keep];
            if (2..=4).contains(&name.len()) && name.iter().all(|w| !LEXICON.is_np_breaker(w)) {
                found(name);
            }
        }
        run.clear();
    };
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos <= bytes.len() {
        if run.is_empty() {
            pos = next_capital_piece(bytes, pos);
            if pos == bytes.len() {
                break;
            }
        }
        let end = byline_text::scan::find_any(bytes, pos, BLANKS).unwrap_or(bytes.len());
        let raw = &text[pos..end];
        pos = end + 1;
        // Most words are lowercase ASCII: not part of a name (nor is the
        // empty piece between two blanks).
        if raw.as_bytes().first().is_none_or(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
            if !run.is_empty() {
                flush(&mut run);
            }
            continue;
        }
        let word = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        let ends_run = word.len() != raw.len();
        let capital = word.starts_with(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
            && word.chars().any(char::is_lowercase);
        if capital {
            run.push(word);
        } else {
            flush(&mut run);
        }
        if ends_run {
            flush(&mut run);
        }
    }
    flush(&mut run);
}

/// What separates the words `local_names` looks at (each one byte, ASCII).
const BLANKS: [u8; 4] = [b' ', b'\t', b'\n', b'\r'];

/// The start of the next blank-separated piece at or after `from` (a piece
/// start) whose first byte is an ASCII capital or opens a multi-byte
/// character, or `bytes.len()`. While no name is being built every other
/// piece changes nothing, and most of a text is such pieces: jumping over
/// them eight bytes at a time is most of what `local_names` costs.
fn next_capital_piece(bytes: &[u8], mut from: usize) -> usize {
    loop {
        // The first ASCII capital or non-ASCII byte: `run_end` stops at the
        // bytes the mask leaves out.
        let p = byline_text::scan::run_end(bytes, from, |w| !(byline_text::scan::ascii_capitals(w) | w));
        if p >= bytes.len() {
            return bytes.len();
        }
        if p == 0 || BLANKS.contains(&bytes[p - 1]) {
            return p;
        }
        from = p + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_possessives_are_stripped() {
        assert_eq!(clean_name("Prime Minister Justin Trudeau"), "Justin Trudeau");
        assert_eq!(clean_name("Nova Scotia MP Darren Fisher"), "Darren Fisher");
        assert_eq!(clean_name("Hehr's"), "Hehr");
        assert_eq!(clean_name("Mr. Hehr"), "Hehr");
    }

    #[test]
    fn local_names_are_runs_of_capitalised_words() {
        let text =
            "The board met. Ana María Roe (the chair) said Élise Dubois-Roy and\tJo  Lee spoke; McKay Bo agreed.";
        let mut names = Vec::new();
        local_names(text, |words| names.push(words.join(" ")));
        assert_eq!(names, ["Ana María Roe", "Élise Dubois-Roy", "McKay Bo"]);
    }

    proptest::proptest! {
        #[test]
        fn capital_pieces_agree_with_a_byte_scan(text in "[a-zA-Z \t\n.é“]{0,40}", from in 0usize..4) {
            let bytes = text.as_bytes();
            let from = (0..=bytes.len()).filter(|&i| i == 0 || BLANKS.contains(&bytes[i - 1])).nth(from).unwrap_or(0);
            let opens = |i: usize| bytes[i].is_ascii_uppercase() || bytes[i] >= 0x80;
            let naive = (from..bytes.len())
                .find(|&i| opens(i) && (i == 0 || BLANKS.contains(&bytes[i - 1])))
                .unwrap_or(bytes.len());
            proptest::prop_assert_eq!(next_capital_piece(bytes, from), naive);
        }
    }
}
