//! Candidate mentions: runs of capitalised words with their connectors,
//! titles peeled off, and the traps of news text (sentence-initial words,
//! headline lines, ALL-CAPS lines) marked for the document-level check.

use crate::fxhash::FxHashSet as HashSet;
use crate::lexicon::{class, honorific_of, Lexicon, NameGender, PlaceKind};
use crate::tokens::{
    Keys, Kind, Token, AFTER_OPEN, ALL_CAPS, CAP, DOTTED, INITIAL, LINE_START, LOWER, PLAIN, SENT_START,
};

/// How a candidate must be confirmed before it becomes a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Support {
    /// Stands on its own.
    Own,
    /// In an ALL-CAPS or title-case line: only kept when the document (or a
    /// gazetteer) names it elsewhere.
    Deferred,
}

/// One candidate mention.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    /// First token (inclusive).
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    pub start: usize,
    pub end: usize,
    /// The title or prefix before the name ("Liberal MP", "Prime Minister").
    pub role: Option<(usize, usize)>,
    /// A person title stood right before the name.
    pub titled: bool,
    /// The gender an honorific gives ("Mr.", "Ms.").
    pub honorific: Option<NameGender>,
    /// Set when the candidate is the prefix of a title ("Liberal" in "Liberal MP").
    pub title_prefix: bool,
    /// One word that is also a common word or written lowercase elsewhere
    /// in the document ("Cabinet"): kept only on strong evidence.
    pub common_word: bool,
    /// A longer name with a word that is common or written lowercase
    /// elsewhere ("Successful Stormtroopers", "Art Gallery"): no person by default.
    pub has_common_part: bool,
    pub support: Support,
}

/// Per-line facts.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct LineInfo {
    pub all_caps: bool,
    pub title_case: bool,
}

/// Lowercase words joining parts of one name ("Charles de Gaulle").
const NAME_CONNECTORS: &[&str] = &[
    "de", "la", "le", "van", "von", "der", "den", "du", "da", "di", "del", "della", "des", "dos", "das", "bin", "ibn",
    "al", "el", "y", "ter",
];

/// Heads of bodies named for a purpose ("Foundation for the Visual Arts",
/// "Council on Foreign Relations"); not teams ("the Cardinals for the National
/// League lead"), nor "House of Commons for Hill employees".
const FOR_HEADS: &[&str] = &[
    "foundation",
    "council",
    "institute",
    "centre",
    "center",
    "commission",
    "committee",
    "association",
    "society",
    "fund",
    "alliance",
    "coalition",
    "office",
    "department",
    "agency",
    "organisation",
    "organization",
    "federation",
    "trust",
    "academy",
    "bureau",
    "movement",
    "campaign",
];

/// "Sunak Wednesday defended …": a weekday after a name is not part of it.
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Caption and credit labels ("Image: Nick Moreau", "Photo: CP"): before a
/// colon they are furniture, not part of a name.
const CREDIT_LABELS: &[&str] = &[
    "image",
    "images",
    "photo",
    "photos",
    "picture",
    "pictures",
    "credit",
    "credits",
    "caption",
    "source",
    "sources",
    "video",
    "file",
    "graphic",
    "illustration",
    "map",
];

/// Titles whose capitalised qualifier is a place or a party ("Montreal MP", "Alberta Premier").
const PLACE_TITLES: &[&str] = &[
    "mp",
    "mps",
    "mpp",
    "mla",
    "mna",
    "mep",
    "mayor",
    "premier",
    "senator",
    "sen.",
    "governor",
    "congressman",
    "congresswoman",
    "representative",
    "rep.",
    "leader",
    "councillor",
    "mlas",
    "mpps",
];

/// Words that open sentences but never a name ("The Home Office" keeps only "Home Office").
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "when",
    "while",
    "after",
    "before",
    "if",
    "as",
    "at",
    "in",
    "on",
    "for",
    "from",
    "by",
    "with",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "since",
    "because",
    "although",
    "though",
    "until",
    "unless",
    "where",
    "why",
    "how",
    "what",
    "who",
    "which",
    "there",
    "here",
    "then",
    "now",
    "today",
    "yesterday",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "no",
    "not",
    "one",
    "another",
    "such",
    "other",
    "more",
    "also",
    "only",
    "even",
    "just",
    "still",
    "meanwhile",
    "however",
    "according",
    "under",
    "over",
    "during",
    "despite",
    "about",
    "into",
    "through",
    "without",
    "against",
    "between",
    "among",
    "amid",
    "near",
    "like",
    "to",
    "of",
    "last",
    "next",
    "first",
    "several",
    "few",
    "any",
    "two",
    "three",
    "four",
    "five",
    "said",
    "says",
    "told",
    "new",
    "old",
    "former",
    "local",
    "top",
    "senior",
];

/// Small words that stay lowercase in title-case headlines.
const HEADLINE_SMALL: &[&str] =
    &["a", "an", "the", "of", "to", "in", "on", "for", "at", "by", "and", "or", "with", "as", "from", "vs", "vs."];

/// "II", "XVII": a number, not a name, on its own ("Henry VIII" keeps it inside the run).
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// A nationality or demonym ("Canadian", "Serbs", "Bosnian", "Iraqi"):
/// listed, or a known place with a demonym ending. `bits` are the
/// lexicon classes of `key`.
pub(crate) fn is_demonym_with(lex: &Lexicon, key: &str, bits: u32) -> bool {
    if bits & class::NATIONALITY != 0 {
        return true;
    }
    let k = key.strip_suffix('s').unwrap_or(key);
    if k.len() < key.len() && lex.is(k, class::NATIONALITY) {
        return true;
    }
    if is_short_demonym(lex, key, bits) || (k.len() < key.len() && is_short_demonym(lex, k, lex.classes(k))) {
        return true;
    }
    const SUFFIXES: [&str; 6] = ["n", "i", "an", "ian", "ese", "ish"];
    if !matches!(k.as_bytes().last(), Some(b'n' | b'i' | b'e' | b'h')) {
        return false;
    }
    if bits & class::PLACE != 0 || lex.is(k, class::FIRST_NAME) {
        return false;
    }
    let strong = |p: &str| matches!(lex.place(p), Some(PlaceKind::Country));
    SUFFIXES.iter().any(|suffix| k.strip_suffix(suffix).is_some_and(|stem| stem.len() >= 3 && strong(stem)))
        // "Palestinian" of Palestine, "Ukrainian" of Ukraine.
        || k.strip_suffix("ian").is_some_and(|stem| stem.len() >= 3 && is_country_joined(lex, stem, "e"))
}

/// "Slovak" of Slovakia, "Yugoslav" of Yugoslavia: a word that names a
/// country with "-ia" added (not a given name: "Roman" is no demonym of Romania).
fn is_short_demonym(lex: &Lexicon, key: &str, bits: u32) -> bool {
    key.len() >= 4 && bits & (class::PLACE | class::FIRST_NAME) == 0 && is_country_joined(lex, key, "ia")
}

/// Whether `stem` + `suffix` is a country the lexicons know (joined on the stack: no allocation).
fn is_country_joined(lex: &Lexicon, stem: &str, suffix: &str) -> bool {
    let mut buf = [0u8; 48];
    let n = stem.len() + suffix.len();
    if n > buf.len() {
        return false;
    }
    buf[..stem.len()].copy_from_slice(stem.as_bytes());
    buf[stem.len()..n].copy_from_slice(suffix.as_bytes());
    std::str::from_utf8(&buf[..n]).is_ok_and(|joined| matches!(lex.place(joined), Some(PlaceKind::Country)))
}

pub(crate) fn line_info(tokens: &[Token], keys: &Keys<'_>, text: &str) -> Vec<LineInfo> {
    let lines = tokens.last().map_or(0, |t| t.line as usize + 1);
    let mut counts = vec![LineCounts::default(); lines];
    // One pass: words, capitals, lowercase words that a title-case headline would capitalise, full stops.
    for t in tokens {
        let c = &mut counts[t.line as usize];
        match t.kind {
            Kind::Word => {
                c.words += 1;
                if t.flags & (ALL_CAPS | INITIAL) != 0 {
                    c.caps += 1;
                }
                if t.has(CAP) {
                    c.cap += 1;
                } else if t.has(LOWER)
                    // One such word makes prose: the small-word check is then moot.
                    && c.lower == 0
                    && (t.end - t.start > 4 || !HEADLINE_SMALL.contains(&t.text(text)))
                {
                    c.lower += 1;
                }
            }
            Kind::Punct if matches!(text.as_bytes()[t.start], b'.' | b'!' | b'?') => c.stop = true,
            _ => {}
        }
    }
    // Capitalised common words past the first word make a line title case;
    // only lines without lowercase words can be, so only they are looked up.
    let candidate_line = |c: &LineCounts| c.words >= 4 && c.lower == 0 && c.cap >= 3;
    if counts.iter().any(candidate_line) {
        for (i, t) in tokens.iter().enumerate().filter(|(_, t)| t.is_word()) {
            let c = &counts[t.line as usize];
            if candidate_line(c) && t.has(CAP) && !t.has(LINE_START) && !t.has(ALL_CAPS) && keys.is(i, class::COMMON) {
                counts[t.line as usize].common += 1;
            }
        }
    }
    counts
        .iter()
        .map(|c| LineInfo {
            all_caps: c.words > 0 && c.caps * 10 >= c.words * 7 && c.caps > 0,
            title_case: candidate_line(c) && !c.stop && (c.common >= 2 || (c.common >= 1 && c.words <= 6)),
        })
        .collect()
}

/// What [`line_info`] counts on one line.
#[derive(Clone, Copy, Default)]
struct LineCounts {
    words: u32,
    /// ALL-CAPS words and initials.
    caps: u32,
    /// Capitalised words.
    cap: u32,
    /// Lowercase words other than the small words headlines keep lowercase (counted up to one).
    lower: u32,
    /// Capitalised common words past the first word.
    common: u32,
    /// A full stop, question or exclamation mark.
    stop: bool,
}

/// The lowercase keys of the document that it may also write capitalised:
/// asked only of capitalised words, it tells which of them the document
/// also writes in lowercase somewhere.
pub(crate) fn lowercase_words<'k>(tokens: &[Token], keys: &'k Keys<'_>) -> HashSet<&'k str> {
    // A 16,384-bit filter of the capitalised keys spares most lowercase words
    // a hash lookup; a false positive only adds a key no capitalised word asks for.
    let mut filter = vec![0u64; FILTER_BITS / 64];
    for (i, t) in tokens.iter().enumerate() {
        // Words the lexicons already call common ("The") never ask: left out,
        // they would let every lowercase "the" through.
        if t.is_cap_word() && !keys.is(i, ALWAYS_COMMON) {
            let q = quick_hash(keys.get(i));
            filter[q >> 6] |= 1 << (q & 63);
        }
    }
    let mut out = HashSet::default();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == Kind::Word && t.has(LOWER) {
            // A plain lowercase word is its own key: hashed straight from the text.
            let q = quick_hash(if t.has(PLAIN) { t.text(keys.text()) } else { keys.get(i) });
            if filter[q >> 6] & (1 << (q & 63)) != 0 {
                out.insert(keys.get(i));
            }
        }
    }
    out
}

/// The classes [`Finder::is_common`] takes as common before asking [`lowercase_words`].
const ALWAYS_COMMON: u32 = class::COMMON | class::NOT_NAME | class::SPORTS_WORD;

/// Size of the filter in [`lowercase_words`].
const FILTER_BITS: usize = 1 << 14;

/// A cheap 14-bit fingerprint of a word: its length and four of its bytes.
fn quick_hash(k: &str) -> usize {
    let b = k.as_bytes();
    let at = |i: usize| b.get(i).map_or(0, |&x| x as usize);
    let last = b.last().map_or(0, |&x| x as usize);
    let mix = b.len().wrapping_mul(0x9e37_79b9)
        ^ at(0).wrapping_mul(0x85eb_ca6b)
        ^ at(1).wrapping_mul(0xc2b2_ae35)
        ^ at(2).wrapping_mul(0x27d4_eb2f)
        ^ last.wrapping_mul(0x1656_67b1);
    (mix ^ (mix >> 15) ^ (mix >> 29)) & (FILTER_BITS - 1)
}

pub(crate) struct Finder<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lines: &'a [LineInfo],
    pub lower: &'a HashSet<&'a str>,
    pub keys: &'a Keys<'a>,
    pub lex: &'a Lexicon,
}

impl<'a> Finder<'a> {
    fn key(&self, i: usize) -> &'a str {
        self.keys.get(i)
    }

    fn is_title_word(&mut self, i: usize) -> bool {
        self.keys.is(i, class::TITLE | class::HONORIFIC)
    }

    /// Whether token `i` has any of the lexicon class bits `bits`.
    fn is(&self, i: usize, bits: u32) -> bool {
        self.keys.is(i, bits)
    }

    /// A word that is only capitalised because of where it stands.
    pub fn is_common(&mut self, i: usize) -> bool {
        let t = self.tokens[i];
        if t.has(INITIAL) && !t.has(DOTTED) {
            // "A" and "I" on their own.
            return true;
        }
        // A league that also names a sport's headlines ("NFL", "NBA") is a body, not a word.
        let league = || self.is(i, class::SPORTS_WORD) && self.is(i, class::KNOWN_ORG);
        (self.is(i, ALWAYS_COMMON) && !league()) || self.lower.contains(self.key(i))
    }

    /// Whether token `i` is on `line` and can go on a name ("Foundation for the [Visual] Arts").
    fn name_word_on_line(&mut self, i: usize, line: u32) -> bool {
        self.tokens.get(i).is_some_and(|t| t.line == line) && self.is_name_word(i) && !self.is(i, class::NOT_NAME)
    }

    /// A capitalised word that can be part of a name: shouted common words
    /// ("WATCH ABOVE", "READ MORE") are not.
    #[inline]
    fn is_name_word(&mut self, i: usize) -> bool {
        let t = self.tokens[i];
        t.is_cap_word() && !self.is_shouted_common(i) && !self.is_credit_label(i)
    }

    /// "WATCH ABOVE" in running text; "US" stays a country.
    fn is_shouted_common(&mut self, i: usize) -> bool {
        let t = self.tokens[i];
        let shouted = t.has(ALL_CAPS) && !self.lines[t.line as usize].all_caps;
        shouted && self.is_common(i) && !self.is_place_acronym(i)
    }

    /// "US", "UK": a country's capitals, not the shouted pronoun.
    fn is_place_acronym(&self, i: usize) -> bool {
        let t = self.tokens[i];
        t.end - t.start <= 3 && self.is(i, class::COUNTRY)
    }

    /// "Image" in "Image: Nick Moreau" (the colon right after the word).
    fn is_credit_label(&self, i: usize) -> bool {
        let t = self.tokens[i];
        self.text.as_bytes().get(t.end) == Some(&b':') && CREDIT_LABELS.contains(&self.key(i))
    }

    /// "Redefining", "Reportedly", "Successful", "Famous": a verb, adverb or adjective form
    /// opening a sentence.
    fn is_inflected(&self, i: usize) -> bool {
        let k = self.key(i);
        let suffix = ["ing", "ly", "ful", "ous"].iter().any(|s| k.ends_with(s));
        k.len() > 5 && suffix && !self.is(i, class::FIRST_NAME | class::PLACE)
    }

    /// A party, place or organisation the lexicons know, whatever its case
    /// elsewhere ("Liberal MP" at the start of a line).
    fn is_lexicon_name(&mut self, i: usize) -> bool {
        let c = self.keys.class(i);
        if c & class::COMMON != 0 || c & (class::PARTY | class::PLACE | class::KNOWN_ORG) == 0 {
            return false;
        }
        // "University exhibits …", "Mission control …": a word that only names some town
        // and that the document also writes in lowercase is that word.
        let town_only = c & (class::PARTY | class::COUNTRY | class::REGION | class::KNOWN_ORG) == 0;
        !(town_only && self.lower.contains(self.key(i)))
    }

    /// "NEW YORK", "ST LOUIS": a common word that begins a two-word place.
    fn starts_place(&self, i: usize, last: usize) -> bool {
        if i >= last {
            return false;
        }
        // Joined on the stack: this runs for every sentence-initial common word.
        let (a, b) = (self.key(i).as_bytes(), self.key(i + 1).as_bytes());
        let mut buf = [0u8; 64];
        let n = a.len() + 1 + b.len();
        if n > buf.len() {
            return false;
        }
        buf[..a.len()].copy_from_slice(a);
        buf[a.len()] = b' ';
        buf[a.len() + 1..n].copy_from_slice(b);
        std::str::from_utf8(&buf[..n]).is_ok_and(|two| self.lex.place(two).is_some())
    }

    /// "KANSAS CITY", "MEXICO CITY": a common word ending a two-word place begun by the open piece.
    fn ends_place(&self, k: usize, piece: Option<usize>) -> bool {
        piece.is_some() && self.starts_place(k - 1, k)
    }

    fn is_nationality(&mut self, i: usize) -> bool {
        is_demonym_with(self.lex, self.key(i), self.keys.class(i))
    }

    fn starts_here(&self, i: usize) -> bool {
        let t = self.tokens[i];
        t.has(SENT_START) || t.has(AFTER_OPEN) || t.has(LINE_START)
    }

    /// Every candidate, in text order.
    pub fn candidates(&mut self) -> Vec<Candidate> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.is_name_word(i) {
                i += 1;
                continue;
            }
            let end = self.run_end(i);
            self.split_run(i, end, &mut out);
            i = end + 1;
        }
        out
    }

    /// The last token of the run of name words starting at `i`.
    fn run_end(&mut self, i: usize) -> usize {
        let line = self.tokens[i].line;
        let mut last = i;
        let mut of_seen = false;
        let mut j = i + 1;
        while j < self.tokens.len() {
            let t = self.tokens[j];
            if t.line != line {
                break;
            }
            if t.is_cap_word() && !t.has(SENT_START) {
                if !self.is_name_word(j) || WEEKDAYS.contains(&self.key(j)) {
                    break;
                }
                last = j;
                j += 1;
                continue;
            }
            let w = t.text(self.text);
            let the_after = self.tokens.get(j + 1).is_some_and(|n| n.text(self.text) == "the");
            // "Foundation for the Visual Arts", "Commission on Presidential Debates": what a body is
            // for or on is part of its name ("the Council on Friday" is not).
            let purpose = matches!(w, "for" | "on") && FOR_HEADS.contains(&self.key(last));
            // "Organisation of the Islamic Conference", "Museum of the American Indian": what a body
            // or a place is "of the" belongs to its name (a title's is its office: "Minister of the
            // Interior" stays the role; "Dow Chemical Co of the United States" is where the body is).
            let owner = w == "of"
                && the_after
                && self.is(last, class::ORG_START | class::ORG_HEAD | class::LOC_HEAD)
                && !self.is_given_and_surname(i, last)
                && !self.is(last, class::TITLE)
                && !self.is(j + 2, class::PLACE | class::KNOWN_LOC)
                && !self.starts_place(j + 2, j + 3);
            let n = j + 1 + usize::from(the_after);
            if (purpose || owner) && self.name_word_on_line(n, line) {
                j = n;
                of_seen = true;
                continue;
            }
            let next_cap = self.tokens.get(j + 1).is_some_and(|n| n.is_cap_word() && n.line == line);
            if !next_cap {
                break;
            }
            let joins = match t.kind {
                Kind::Word if NAME_CONNECTORS.contains(&w) => true,
                Kind::Word if w == "of" => {
                    // Only the word right before "of" decides: "Bank of England", "Minister of
                    // Finance", but not "Sen. Elizabeth Warren of Massachusetts".
                    let k = last;
                    let ok = (self
                        .is(k, class::ORG_START | class::ORG_HEAD | class::LOC_HEAD | class::TITLE | class::HONORIFIC)
                        || matches!(self.key(k), "republic" | "kingdom" | "duke" | "state" | "states" | "city"))
                        && !self.is_given_and_surname(i, k);
                    of_seen |= ok;
                    ok
                }
                Kind::Word if w == "and" && of_seen => true,
                Kind::Punct if w == "&" => true,
                Kind::Possessive => {
                    let n = j + 1;
                    self.is(n, class::ORG_HEAD) && !self.tokens[n].has(ALL_CAPS)
                }
                _ => false,
            };
            if !joins {
                break;
            }
            j += 1;
        }
        last
    }

    /// Peels titles and prefixes off a run and pushes what names remain.
    fn split_run(&mut self, first: usize, last: usize, out: &mut Vec<Candidate>) {
        let line = self.lines[self.tokens[first].line as usize];
        if line.all_caps || line.title_case {
            self.split_headline(first, last, out);
            return;
        }
        let mut first = first;
        // Sentence-initial common words ("The", "When", "Police") are not names.
        while first <= last
            && self.tokens[first].is_word()
            && self.is_common_opener(first)
            && !self.starts_place(first, last)
            && !self.opens_body(first, last)
            && !self.heads_of_name(first, last)
        {
            first += 1;
            while first <= last && !self.tokens[first].is_cap_word() {
                first += 1;
            }
        }
        if first > last {
            return;
        }
        // "told The Huffington Post", "against The Church of Scientology": a capitalised article
        // before a longer name is not part of it ("The Hague", "The Oval" keep theirs).
        if self.key(first) == "the" && last >= first + 2 && self.tokens[first + 1].is_cap_word() {
            first += 1;
        }
        // "American Dennis Mitchell", "Afghan Ambassador …": a nationality before a name is its own word.
        if first < last
            && self.is_nationality(first)
            // "Saudi Arabia", "Dominican Republic": the nationality opens a place name.
            && !self.is_place_run(first, first + 1)
            && !self.is(last, class::ORG_HEAD | class::MISC_HEAD)
        {
            self.push_name(first, first, None, false, None, out);
            first += 1;
        }
        // "Google Chrome", "Google Science Fair": a known organisation opening a
        // name that no organisation or place head closes is a mention of its own.
        if first < last
            && self.is(first, class::KNOWN_ORG)
            && !self.is(first, class::COMMON)
            && self.tokens[first + 1].is_cap_word()
            // "NDP Leader Jagmeet Singh": the title rules keep "NDP Leader" as the role.
            && !self.is_title_word(first + 1)
            && !self.is(last, class::ORG_HEAD | class::LOC_HEAD)
            && !self.lex.is(&self.run_key(first, last), class::KNOWN_ORG | class::KNOWN_LOC | class::PLACE)
        {
            self.push_name(first, first, None, false, None, out);
            first += 1;
        }
        // "Kentucky Republican": a place before a party word is a place, then the party.
        if last > first && self.is(last, class::PARTY) && self.is_place_run(first, last - 1) {
            self.push_name(first, last - 1, None, false, None, out);
            self.push_name(last, last, None, false, None, out);
            return;
        }
        // "Secretary of State", "Minister of Home Affairs": a title and its portfolio name an office,
        // not a body or a place, however the portfolio ends.
        let title_of =
            self.is_title_word(first) && self.tokens.get(first + 1).is_some_and(|t| t.text(self.text) == "of");
        let ends_with_head = last > first && !title_of && self.is(last, class::ORG_HEAD | class::LOC_HEAD);
        // "Alberta MLA", "Liberal MPs", "as MP": a title closing the run.
        let run_last = last;
        let mut last = last;
        if !ends_with_head {
            while last >= first && self.tokens[last].is_cap_word() && self.is_title_word(last) {
                if last == first {
                    return;
                }
                if self.is_surname_title(first, last) {
                    break;
                }
                last -= 1;
            }
            while last > first && !self.tokens[last].is_cap_word() {
                last -= 1;
            }
            if last < run_last {
                if self.prefix_is_name(first, last) || self.tokens[first..=last].iter().any(|t| t.has(ALL_CAPS)) {
                    self.push_prefix(first, last, out);
                } else if let Some(known) = self.known_opening(first, last) {
                    // "United Nations High Commissioner", "Nova Scotia Health Minister": a known body or
                    // place opening the words before a closing title is still named.
                    self.push_prefix(first, known, out);
                }
                return;
            }
        }
        // "CEO of the Refugee Council Enver Solomon", "Ambassador to the United States Hamdullah
        // Mohib": a body's or a country's name run into a two-word name are two names.
        if self.body_then_person(first, last) {
            self.push_name(first, last - 2, None, false, None, out);
            self.push_name(last - 1, last, None, false, None, out);
            return;
        }
        let title_end = if ends_with_head { None } else { self.title_end(first, last) };
        // "Major League Baseball": a body's head right after the title word makes the title word
        // part of the name of a body or a competition, not a person's rank.
        let title_end = title_end.filter(|&(s, e)| !(s == first && e < last && self.is(e + 1, class::ORG_HEAD)));
        let Some((title_start, title_last)) = title_end else {
            self.push_name(first, last, None, false, None, out);
            return;
        };
        // "Liberal MP", "Nova Scotia MP", "Alberta Premier": the prefix is a mention of its own.
        if title_start > first {
            self.push_prefix(first, title_start - 1, out);
        }
        let honorific = honorific_of(self.keys.class(title_last)).flatten();
        let role = Some((self.tokens[first].start, self.tokens[title_last].end));
        let mut name_first = title_last + 1;
        // "Minister of Science Kirsty Duncan": the portfolio belongs to the title.
        if self.tokens.get(name_first).is_some_and(|t| t.text(self.text) == "of") {
            // "Co-founder of Google", "Governor of Texas": a known body or place after the
            // title with no name after it is a mention of its own.
            if self.prefix_is_known(name_first + 1, last) {
                self.push_name(name_first + 1, last, None, false, None, out);
                return;
            }
            name_first += 2;
            while name_first <= last && matches!(self.tokens[name_first].text(self.text), "and" | "&") {
                name_first += 2;
            }
        }
        while name_first <= last && !self.tokens[name_first].is_cap_word() {
            name_first += 1;
        }
        if name_first <= last {
            self.push_name(name_first, last, role, true, honorific, out);
        }
    }

    /// Whether the run's last two words are a name of their own after a body
    /// (closed by its head) or a country that "the" opens (a person's name takes
    /// no article): words no list knows but as given names.
    fn body_then_person(&mut self, first: usize, last: usize) -> bool {
        const KNOWN: u32 = !class::FIRST_NAME;
        if last < first + 3 || first == 0 || self.tokens[first - 1].text(self.text) != "the" {
            return false;
        }
        if !(last - 1..=last).all(|i| self.tokens[i].is_cap_word() && !self.is(i, KNOWN)) {
            return false;
        }
        let p = last - 2;
        self.tokens[p].is_cap_word()
            && (self.is(p, class::ORG_HEAD) || self.lex.is(&self.run_key(first, p), class::COUNTRY | class::KNOWN_LOC))
    }

    /// "State Department", "Home Office", "Police Department": a content word
    /// opening a name that an organisation or place head closes belongs to it,
    /// even at the start of a sentence (function words like "The" do not).
    fn opens_body(&self, i: usize, last: usize) -> bool {
        i < last
            && self.tokens[i + 1..=last].iter().all(Token::is_cap_word)
            && self.is(last, class::ORG_HEAD | class::LOC_HEAD)
            && !FUNCTION_WORDS.contains(&self.key(i))
            && !self.is(i, class::NOT_NAME)
            && !self.is_inflected(i)
    }

    /// "University of Pennsylvania researchers …": a body's kind before "of" opens the name
    /// even at the start of a sentence.
    fn heads_of_name(&self, i: usize, last: usize) -> bool {
        i + 1 < last && self.is(i, class::ORG_START) && self.tokens[i + 1].text(self.text) == "of"
    }

    /// "Jan Holub": a month's short form that is also a given name, written
    /// without a full stop and followed by a capitalised word, opens a name (a
    /// date follows it with a number). Full month names stay months: "to June
    /// Comelf exported", "the August Chicago index".
    fn month_as_given_name(&self, i: usize) -> bool {
        let t = self.tokens[i];
        !t.has(DOTTED)
            && t.end - t.start <= 3
            && self.is(i, class::FIRST_NAME)
            && self.is(i, class::NOT_NAME)
            && self.tokens.get(i + 1).is_some_and(|n| {
                n.is_cap_word() && n.line == t.line && !n.has(ALL_CAPS) && !self.is(i + 1, ALWAYS_COMMON)
            })
    }

    fn is_common_opener(&mut self, i: usize) -> bool {
        let t = self.tokens[i];
        if self.month_as_given_name(i) {
            return false;
        }
        if self.starts_here(i) || t.has(INITIAL) {
            return (self.is_common(i) || self.is_inflected(i)) && !self.is_title_word(i) && !self.is_lexicon_name(i);
        }
        // Inside a sentence only the never-names words go (days, months, "I", "VIP", "XVII").
        self.is(i, class::NOT_NAME) || is_roman_numeral(self.tokens[i].text(self.text))
    }

    /// The span of person-title words ending last inside `first..last`
    /// (something must follow the title).
    fn title_end(&mut self, first: usize, last: usize) -> Option<(usize, usize)> {
        let mut found = None;
        let mut k = first;
        while k < last {
            if self.tokens[k].is_cap_word() && self.is_title_word(k) {
                let mut s = k;
                while s > first && self.tokens[s - 1].is_cap_word() && self.is_title_word(s - 1) {
                    s -= 1;
                }
                let mut e = k;
                while e + 1 < last && self.tokens[e + 1].is_cap_word() && self.is_title_word(e + 1) {
                    e += 1;
                }
                found = Some((s, e));
                k = e + 1;
            } else {
                k += 1;
            }
        }
        let (s, e) = found?;
        // A prefix that is neither a place nor a party is part of the title ("Finance Minister"),
        // except before titles that only places and parties qualify ("Montreal MP").
        let k = self.key(s);
        if s > first && !PLACE_TITLES.contains(&k) && !self.prefix_is_name(first, s - 1) {
            return Some((first, e));
        }
        Some((s, e))
    }

    /// The lexicon key of tokens `first..=last`: borrowed for one token, built for several.
    fn run_key(&self, first: usize, last: usize) -> std::borrow::Cow<'a, str> {
        if first == last {
            std::borrow::Cow::Borrowed(self.key(first))
        } else {
            std::borrow::Cow::Owned(crate::lexicon::key(&self.text[self.tokens[first].start..self.tokens[last].end]))
        }
    }

    fn is_place_run(&self, first: usize, last: usize) -> bool {
        let k = self.run_key(first, last);
        let k = k.as_ref();
        self.lex.is(k, class::COUNTRY | class::REGION | class::KNOWN_LOC)
    }

    /// Whether `first..=last` is a body or place the lexicons know.
    fn prefix_is_known(&self, first: usize, last: usize) -> bool {
        first <= last
            && self.tokens[first..=last].iter().all(Token::is_cap_word)
            && self.lex.is(&self.run_key(first, last), class::PLACE | class::KNOWN_ORG | class::KNOWN_LOC)
    }

    /// A given name that is no place, party, title or common word ("Tony", not "Georgia").
    fn is_plain_given_name(&self, g: usize) -> bool {
        const OTHER: u32 = class::PLACE | class::PARTY | class::TITLE | class::HONORIFIC | class::COMMON;
        self.is(g, class::FIRST_NAME) && !self.is(g, OTHER)
    }

    /// "Tony Hall", "Kevin Park": a plain given name right before a head word (inside the run
    /// opened at `first`) makes the head a surname; what such a person is "of" is where they
    /// come from ("Tony Hall of Ohio"), not part of a name.
    fn is_given_and_surname(&self, first: usize, last: usize) -> bool {
        last.checked_sub(1).is_some_and(|g| g >= first && self.is_plain_given_name(g) && !self.is(g, class::ORG_START))
    }

    /// "John Major", "Prime Minister Larry King": a title word written in lower case after a given
    /// name (one that is no place, party, title or common word) opening the name, or following a
    /// title, is a surname ("Audi CEO" and "San Diego Sheriff" stay titles). `first` opens the run.
    fn is_surname_title(&self, first: usize, i: usize) -> bool {
        let Some(g) = i.checked_sub(1).filter(|&g| g >= first) else { return false };
        let given = self.tokens[g];
        let opens = g == first || self.is(g - 1, class::TITLE | class::HONORIFIC);
        opens
            && !self.tokens[i].has(ALL_CAPS)
            && given.is_cap_word()
            && !given.has(ALL_CAPS)
            && self.is_plain_given_name(g)
    }

    /// The last token of the longest body or place the lexicons know that opens `first..last`
    /// (shorter than the whole).
    fn known_opening(&self, first: usize, last: usize) -> Option<usize> {
        (first..last).rev().find(|&k| self.prefix_is_known(first, k))
    }

    fn prefix_is_name(&mut self, first: usize, last: usize) -> bool {
        let k = self.run_key(first, last);
        let k = k.as_ref();
        self.lex.is(k, class::PLACE | class::PARTY | class::KNOWN_ORG | class::KNOWN_LOC)
            || (first == last && self.tokens[first].has(ALL_CAPS))
            || self.is(first, class::PARTY)
    }

    fn push_prefix(&mut self, first: usize, last: usize, out: &mut Vec<Candidate>) {
        out.push(Candidate {
            first,
            last,
            start: self.tokens[first].start,
            end: self.tokens[last].end,
            role: None,
            titled: false,
            honorific: None,
            title_prefix: true,
            common_word: false,
            has_common_part: false,
            support: Support::Own,
        });
    }

    fn push_name(
        &mut self,
        first: usize,
        last: usize,
        role: Option<(usize, usize)>,
        titled: bool,
        honorific: Option<NameGender>,
        out: &mut Vec<Candidate>,
    ) {
        let mut last = last;
        // A trailing connector cannot end a name.
        while last > first && !self.tokens[last].is_cap_word() {
            last -= 1;
        }
        if last > first && self.is_title_word(last) && !self.is_surname_title(first, last) {
            // "Chief Human Resources Officer": a title, not a name.
            return;
        }
        let t = self.tokens[first];
        let support = if first == last && !titled && t.has(ALL_CAPS) && !t.has(DOTTED) && t.text(self.text).len() > 5 {
            // A long ALL-CAPS word inside prose is a shouted word or a dateline.
            Support::Deferred
        } else {
            Support::Own
        };
        out.push(Candidate {
            first,
            last,
            start: t.start,
            end: self.tokens[last].end,
            role,
            titled,
            honorific,
            title_prefix: false,
            common_word: first == last && !titled && self.is_common(first),
            has_common_part: first < last && (first..=last).any(|i| self.tokens[i].is_cap_word() && self.is_common(i)),
            support,
        });
    }

    /// Headline and ALL-CAPS runs: split at common words; each piece must be
    /// confirmed by the document.
    fn split_headline(&mut self, first: usize, last: usize, out: &mut Vec<Candidate>) {
        let mut piece: Option<usize> = None;
        let shouted = self.lines[self.tokens[first].line as usize].all_caps;
        for k in first..=last + 1 {
            // "Alvin Yeung of Civic Party": in a title-case caption a common head closes the name
            // it follows (not in a shouted line: "ENGLAND TEAM").
            let closes = k <= last && piece.is_some() && !shouted && self.is(k, class::ORG_HEAD | class::LOC_HEAD);
            let breaks = k > last
                || !self.tokens[k].is_cap_word()
                || self.tokens[k].has(INITIAL)
                || (self.is_common(k) && !self.starts_place(k, last) && !closes && !self.ends_place(k, piece))
                || self.is_title_word(k)
                || self.is_nationality(k);
            if breaks {
                if let Some(s) = piece.take() {
                    let mut e = k - 1;
                    while e > s && !self.tokens[e].is_cap_word() {
                        e -= 1;
                    }
                    out.push(Candidate {
                        first: s,
                        last: e,
                        start: self.tokens[s].start,
                        end: self.tokens[e].end,
                        role: None,
                        titled: k > 0 && s > 0 && self.tokens[s - 1].is_cap_word() && self.is_title_word(s - 1),
                        honorific: None,
                        title_prefix: false,
                        common_word: false,
                        has_common_part: false,
                        support: Support::Deferred,
                    });
                }
            } else if piece.is_none() {
                piece = Some(k);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LEXICON;
    use crate::tokens::tokenize;

    fn find(text: &str) -> Vec<(String, bool)> {
        let tokens = tokenize(text);
        let keys = Keys::new(&tokens, text);
        let lines = line_info(&tokens, &keys, text);
        let lower = lowercase_words(&tokens, &keys);
        let mut f = Finder { text, tokens: &tokens, lines: &lines, lower: &lower, keys: &keys, lex: &LEXICON };
        f.candidates().iter().map(|c| (text[c.start..c.end].to_string(), c.support == Support::Own)).collect()
    }

    fn names(text: &str) -> Vec<String> {
        find(text).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn what_a_person_named_like_a_place_is_of_is_no_part_of_the_name() {
        assert_eq!(names("Then Tony Hall of Ohio said no."), ["Tony Hall", "Ohio"]);
        assert_eq!(names("Then Kevin Park of the Ohio Senate said no."), ["Kevin Park", "Ohio Senate"]);
        assert_eq!(names("Then Bank of England officials said no."), ["Bank of England"]);
    }

    #[test]
    fn what_a_body_is_of_the_belongs_to_its_name() {
        let found =
            names("He spoke at the Museum of the Quarnby Valley and the Velmor Institute of the United States.");
        assert!(found.contains(&"Museum of the Quarnby Valley".to_string()), "{found:?}");
        assert!(found.contains(&"Velmor Institute".to_string()), "{found:?}");
        assert!(names("Minister of the Interior Ann Lee spoke.").iter().all(|n| !n.contains("Minister of the")));
    }

    #[test]
    fn country_names_and_codes() {
        assert_eq!(
            names("near Jeddah, Saudi Arabia. And US President Carl Benning"),
            ["Jeddah", "Saudi Arabia", "US", "Carl Benning"]
        );
    }

    #[test]
    fn a_place_keeps_its_common_first_word() {
        assert_eq!(names("in Perth. New Zealand's Prime Minister spoke."), ["Perth", "New Zealand"]);
    }

    #[test]
    fn a_weekday_ends_a_name() {
        assert_eq!(names("the talks, Prime Minister Alan Forde Wednesday defended the plan"), ["Alan Forde"]);
    }

    #[test]
    fn credit_labels_are_not_names() {
        assert_eq!(
            names("a tweet to student Omar Haddad Image: Twitter / Lena Marsh."),
            ["Omar Haddad", "Twitter", "Lena Marsh"]
        );
    }

    #[test]
    fn titles_are_not_part_of_the_name() {
        assert_eq!(names("a talk by Prime Minister Justin Trudeau today"), ["Justin Trudeau"]);
        assert_eq!(names("and Liberal MP Kent Hehr said"), ["Liberal", "Kent Hehr"]);
        assert_eq!(names("says Nova Scotia MP Darren Fisher."), ["Nova Scotia", "Darren Fisher"]);
        assert_eq!(names("with Finance Minister Bill Morneau."), ["Bill Morneau"]);
        assert_eq!(names("during his time as an Alberta MLA."), ["Alberta"]);
        assert_eq!(names("and other Liberal MPs, including"), ["Liberal"]);
        assert_eq!(names("to carry on as MP after"), Vec::<String>::new());
    }

    #[test]
    fn connectors_and_possessives() {
        assert_eq!(names("met Charles de Gaulle and the Bank of England"), ["Charles de Gaulle", "Bank of England"]);
        assert_eq!(names("the Prime Minister's Office said"), ["Prime Minister's Office"]);
        assert_eq!(names("in Kent Hehr's office"), ["Kent Hehr"]);
        assert_eq!(names("by Sir John A. Macdonald today"), ["John A. Macdonald"]);
    }

    #[test]
    fn a_known_name_opening_a_closing_title_stays() {
        assert_eq!(names("Critics cited the Alberta Chief Medical Officer on Monday."), ["Alberta"]);
        assert_eq!(
            names("after the United Nations High Commissioner for Refugees spoke"),
            ["United Nations", "Refugees"]
        );
    }

    #[test]
    fn adjectives_opening_a_sentence_are_no_names() {
        assert_eq!(names("Successful Kelpers share a toast. Famous Ostrands waved."), ["Kelpers", "Ostrands"]);
    }

    #[test]
    fn a_title_word_after_a_given_name_is_a_surname() {
        assert_eq!(names("Then Prime Minister Alan Major spoke, and Walter King left."), ["Alan Major", "Walter King"]);
        assert_eq!(names("the Dorothy CEO said so"), Vec::<String>::new());
        assert_eq!(names("the San Diego Sheriff said so"), ["San Diego"]);
    }

    #[test]
    fn a_content_word_opening_a_body_stays() {
        assert_eq!(
            names("State Department officials met. Home Office figures rose."),
            ["State Department", "Home Office"]
        );
        assert_eq!(names("The Foreign Office said so."), ["Foreign Office"]);
    }

    #[test]
    fn sentence_initial_common_words_are_dropped() {
        assert_eq!(names("The Liberals met. When Trudeau spoke, Hehr left."), ["Liberals", "Trudeau", "Hehr"]);
    }

    #[test]
    fn of_joins_only_after_a_head_or_title() {
        assert_eq!(names("said Sen. Elizabeth Warren of Massachusetts today"), ["Elizabeth Warren", "Massachusetts"]);
        assert_eq!(names("the U.S. Chamber of Commerce warned"), ["U.S. Chamber of Commerce"]);
    }

    #[test]
    fn place_before_party_and_titles_in_a_row() {
        assert_eq!(names("McConnell, a Kentucky Republican, said"), ["McConnell", "Kentucky", "Republican"]);
        assert_eq!(names("by Senate Majority Leader Mitch McConnell today"), ["Senate", "Mitch McConnell"]);
    }

    #[test]
    fn two_names_joined_by_and() {
        assert_eq!(names("aides Gerry Butts and Katie Telford"), ["Gerry Butts", "Katie Telford"]);
    }

    #[test]
    fn a_common_word_ending_a_place_stays_in_a_shouted_line() {
        let found = names("FLOODS CLOSE ROADS IN MEXICO CITY\nRain fell.");
        assert!(found.iter().any(|n| n == "MEXICO CITY"), "{found:?}");
    }

    #[test]
    fn a_short_month_that_is_a_given_name_opens_a_name() {
        assert_eq!(names("Officials met Jan Holub on Jan 5 and in June."), ["Jan Holub"]);
    }

    #[test]
    fn former_opening_a_sentence_is_no_name() {
        assert_eq!(names("Former Norway captain Erik Lund retired."), ["Norway", "Erik Lund"]);
    }

    #[test]
    fn headline_words_are_deferred() {
        let found = find("CRICKET - WESTSHIRE MOVE CLEAR AT TOP\nWestshire won.");
        assert!(found.iter().any(|(n, own)| n == "WESTSHIRE" && !own));
    }
}
