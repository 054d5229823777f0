//! The word lists the rules consult: reporting verbs (matched by stem),
//! titles, pronouns and function words. Built once per process.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// How a reporting verb takes its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// `X said (that) CLAUSE` or `CLAUSE, X said`.
    Say,
    /// `X told SOMEONE (that) CLAUSE`: an object comes before the clause.
    Tell,
    /// `X called it a "…"`: only an attribution when a quoted fragment follows.
    Call,
    /// Verbs of thinking and seeming: only with an explicit `that` or a
    /// subject pronoun opening the clause, never sentence-final.
    Think,
    /// Verbs of stance and directive speech whose content is their object
    /// ("defended his record", "urged voters to …", "endorsed Cruz"): the
    /// object phrase and its complement up to the clause end.
    Object,
    /// Raising verbs and passive expectation ("seemed to …", "is expected
    /// to …"): an attribution with no source; the content is the infinitive.
    Raising,
    /// A possessed noun of saying or stance ("Trump's claim that …",
    /// "her criticism of …"): the possessor is the source.
    Nominal,
    /// An evidential adverb ("reportedly") or a poll as the frame of its
    /// finding ("in a new CBS poll").
    Evidential,
    /// A passive with its agent ("was criticized by X", "is backed by
    /// Y"): the agent is the source, the passive's subject the content.
    PassiveBy,
}

/// Reporting verbs in their base form, by class. Irregular past forms are
/// listed too because the stemmer does not fold them.
const SAY_VERBS: &[&str] = &[
    "say",
    "said",
    "add",
    "note",
    "write",
    "wrote",
    "written",
    "state",
    "explain",
    "argue",
    "insist",
    "confirm",
    "tweet",
    "claim",
    "announce",
    "acknowledge",
    "admit",
    "assert",
    "contend",
    "declare",
    "maintain",
    "remark",
    "report",
    "reveal",
    "suggest",
    "stress",
    "emphasize",
    "emphasise",
    "reiterate",
    "recall",
    "observe",
    "predict",
    "promise",
    "vow",
    "pledge",
    "comment",
    "reply",
    "respond",
    "answer",
    "testify",
    "allege",
    "concede",
    "complain",
    "boast",
    "joke",
    "quip",
    "mention",
    "disclose",
    "indicate",
    "conclude",
    "caution",
    "counter",
    "speculate",
    "tout",
    "post",
    "continue",
    "concur",
    "agree",
    "repeat",
    "estimate",
    "hint",
    "proclaim",
    "retort",
    "shout",
    "yell",
    "scream",
    "chant",
    "whisper",
    "mutter",
    "acknowledg",
    "affirm",
    "posit",
    "charge",
    "surmise",
    "muse",
    "wonder",
    "ask",
    "urge",
    "demand",
    "announc",
    "recount",
    "lament",
    "tell",
    "told",
    "elaborate",
    "riff",
    "interject",
    "gush",
    "marvel",
    "exclaim",
    "scoff",
    "beam",
    "email",
    "retweet",
    "imply",
    "bemoan",
    "confess",
    "confide",
    "grumble",
    "swear",
    "tease",
    "theorize",
    "underscore",
    "underline",
    "rebut",
    "refute",
    "opine",
    "ponder",
    "relay",
    "clarify",
    "specify",
    "guarantee",
    "vent",
    "restate",
    "reassert",
    "inquire",
    "murmur",
    "profess",
    "pronounce",
    "preach",
    "lecture",
    "gripe",
    "whine",
    "moan",
    "fume",
    "rant",
    "gloat",
    "snipe",
    "demur",
    "insinuate",
    "hypothesize",
    "attest",
    "avow",
    "reminisce",
    "disagree",
    "dissent",
    "divulge",
    "narrate",
    "utter",
    "articulate",
    "aver",
    "bellow",
    "blurt",
    "convey",
    "declaim",
    "decree",
    "deplore",
    "exaggerate",
    "harangue",
    "quibble",
    "remonstrate",
    "shriek",
    "sigh",
    "snarl",
    "sneer",
    "stipulate",
    "summarize",
    "wail",
    "rule",
];
/// Verbs taking an object before their clause (`told reporters that …`).
const TELL_VERBS: &[&str] =
    &["tell", "told", "instruct", "assure", "reassure", "inform", "remind", "warn", "advise", "notify"];
/// Verbs of belief: weaker evidence of an attribution.
/// Cognition and evidence verbs join them ("a poll found that …", "she knows
/// they will …"): a source, a cue and a content clause, but never with a bare
/// noun object ("found the keys", "showed images").
const THINK_VERBS: &[&str] = &[
    "remember",
    "contemplate",
    "infer",
    "deduce",
    "discern",
    "conjecture",
    "ascertain",
    "assess",
    "reason",
    "suppose",
    "presume",
    "envision",
    "envisage",
    "foresee",
    "notice",
    "regret",
    "wish",
    "determine",
    "figure",
    "think",
    "thought",
    "believe",
    "feel",
    "felt",
    "fear",
    "hope",
    "expect",
    "worry",
    "doubt",
    "predict",
    "show",
    "showed",
    "shown",
    "find",
    "found",
    "know",
    "knew",
    "known",
    "understand",
    "understood",
    "realize",
    "realise",
    "recognize",
    "recognise",
    "assume",
    "suspect",
    "reckon",
    "anticipate",
    "learn",
    "learned",
    "learnt",
    "guess",
    "imagine",
    "demonstrate",
    "prove",
    "proven",
    "see",
    "saw",
    "seen",
    "calculate",
    "forecast",
    "deny",
];

/// Verbs of stance, evaluation and directive speech (VerbNet's judgement,
/// advise, want and support classes; PARC's attitude cues): the content
/// is the object with its complement.
const OBJECT_VERBS: &[&str] = &[
    "defend",
    "endorse",
    "criticize",
    "criticise",
    "praise",
    "accuse",
    "describe",
    "urge",
    "ask",
    "cite",
    "condemn",
    "blast",
    "tout",
    "question",
    "reject",
    "dismiss",
    "blame",
    "mock",
    "slam",
    "thank",
    "challenge",
    "attack",
    "oppose",
    "support",
    "propose",
    "seek",
    "sought",
    "want",
    "plan",
    "hope",
    "recommend",
    "demand",
    "welcome",
    "applaud",
    "hail",
    "lambast",
    "denounce",
    "decry",
    "highlight",
    "refuse",
    "favor",
    "favour",
    "prefer",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "encourage",
    "credit",
    "fault",
    "chide",
    "scold",
    "rebuke",
    "ridicule",
    "dispute",
    "celebrate",
    "commend",
    "congratulate",
    "express",
    "assail",
    "voice",
    "echo",
    "portray",
    "trumpet",
    "signal",
    "reaffirm",
    "lambaste",
    "berate",
    "excoriate",
    "castigate",
    "disparage",
    "belittle",
    "insult",
    "reprimand",
    "discourage",
    "dissuade",
    "badger",
    "disavow",
    "rebuff",
    "mull",
    "persuade",
    "convince",
    "document",
    "debate",
    "dislike",
    "exhort",
    "admonish",
    "pillory",
    "skewer",
    "denigrate",
    "demonize",
    "vilify",
    "smear",
    "lampoon",
    "satirize",
    "mimic",
    "parrot",
    "justify",
    "rationalize",
    "laud",
    "intend",
    "trash",
    "taunt",
    "heckle",
    "contradict",
    "chastise",
    "advocate",
    "pressure",
    "beg",
    "implore",
    "downplay",
    "outline",
    "characterize",
    "characterise",
    "depict",
    "liken",
    "invoke",
    "champion",
    "unveil",
    "deride",
    "interpret",
    "reference",
    "quote",
    "list",
    "project",
    "plead",
    "deem",
    "attribute",
    "order",
    "request",
    "nominate",
    "identify",
    "press",
    "decline",
    "decide",
    "discuss",
    "consider",
    "back",
];

/// Nouns of saying, judging and intending (the nominalisations of the verb
/// classes above): a cue after a possessor and before their complement.
const NOMINAL_CUES: &[&str] = &[
    "support",
    "criticism",
    "criticisms",
    "plan",
    "plans",
    "call",
    "calls",
    "claim",
    "claims",
    "view",
    "views",
    "decision",
    "endorsement",
    "statement",
    "comments",
    "remarks",
    "attacks",
    "attack",
    "questions",
    "promise",
    "promises",
    "pledge",
    "proposal",
    "proposals",
    "warning",
    "warnings",
    "opposition",
    "praise",
    "accusation",
    "accusations",
    "assertion",
    "argument",
    "belief",
    "hope",
    "hopes",
    "fear",
    "fears",
    "vow",
    "demand",
    "demands",
    "request",
    "suggestion",
    "insistence",
    "refusal",
    "denial",
    "response",
    "message",
    "position",
    "stance",
    "assessment",
    "prediction",
    "contention",
    "concerns",
    "concern",
    "doubts",
    "complaint",
    "complaints",
    "idea",
    "vision",
    "case",
    "defense",
    "defence",
    "rejection",
    "embrace",
    "push",
    "testimony",
    "announcement",
    "admission",
    "allegation",
    "allegations",
    "objection",
    "objections",
    "opinion",
    "arguments",
    "plea",
    "appeal",
    "recommendation",
    "suggestions",
    "conclusion",
    "findings",
    "estimate",
    "estimates",
    "forecast",
    "projection",
    "explanation",
    "rebuttal",
    "reply",
    "tweet",
    "tweets",
    "remark",
    "comment",
    "statements",
    "assurance",
    "assurances",
    "threat",
    "threats",
    "pledges",
    "commitment",
    "intention",
    "intentions",
    "desire",
];

/// Verbs whose passive participle or raising use reports an attitude with
/// no stated source ("is expected to", "seemed to").
pub(crate) const RAISING_VERBS: &[&str] =
    &["seem", "seemed", "seems", "appear", "appears", "appeared", "sounded", "sounds"];

/// Reporting verbs that need a particle (`pointed out`, `called on`).
pub(crate) const PARTICLE_CUES: &[(&str, &str)] = &[
    ("point", "out"),
    ("call", "on"),
    ("call", "for"),
    ("refer", "to"),
    ("point", "to"),
    ("push", "for"),
    ("rail", "against"),
    ("talk", "about"),
    ("speak", "about"),
    ("spoke", "about"),
    // "spoke of"; "speaking of X" is mostly an aside after an attribution.
    ("spoke", "of"),
    ("talk", "of"),
    ("boast", "of"),
    ("boast", "about"),
    ("brag", "about"),
    ("complain", "about"),
    ("complain", "of"),
    ("warn", "of"),
    ("warn", "about"),
    ("gush", "about"),
    ("joke", "about"),
    ("lash", "out"),
    ("balk", "at"),
    ("side", "with"),
    ("object", "to"),
    ("rip", "into"),
    ("fire", "back"),
    ("hit", "back"),
    ("push", "back"),
    ("singled", "out"),
    ("call", "out"),
    ("lay", "out"),
    ("laid", "out"),
    ("spell", "out"),
    ("speak", "out"),
    ("spoke", "out"),
    ("chime", "in"),
    ("rail", "at"),
    ("approve", "of"),
    ("disapprove", "of"),
    ("rave", "about"),
    ("rant", "about"),
    ("apologized", "for"),
    ("apologizes", "for"),
    ("apologizing", "for"),
    ("allude", "to"),
    ("vouch", "for"),
    ("react", "to"),
    ("spar", "with"),
];

/// Titles and roles that precede a name and are not part of it.
/// Titles and roles that precede a name and are not part of it.
const TITLES: &str = include_str!("../data/titles.txt");

/// Words that end a speaker noun phrase when scanning away from the cue.
const NP_BREAKERS: &[&str] = &[
    "that",
    "and",
    "but",
    "while",
    "although",
    "though",
    "because",
    "when",
    "after",
    "before",
    "if",
    "as",
    "since",
    "so",
    "yet",
    "or",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "however",
    "in",
    "on",
    "at",
    "to",
    "by",
    "with",
    "than",
    "then",
    "also",
    "what",
    "how",
    "why",
    "whether",
    "once",
    "until",
    "unless",
    "about",
    "into",
    "over",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "not",
    "this",
    "it",
    "there",
    "here",
    "even",
    "said",
    "says",
    "told",
    "during",
    "amid",
    "against",
    "under",
    "like",
    "nor",
    "both",
    "either",
    "just",
    "only",
    "still",
    "now",
    "instead",
    "meanwhile",
    "later",
    "earlier",
    "too",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
];

/// Words allowed inside a descriptive speaker phrase ("a spokesperson for X's office").
pub(crate) const NP_INNER_PREPOSITIONS: &[&str] = &["for", "of", "from", "at", "with", "in"];

/// Words skipped between a subject and its cue ("Hehr has also said").
const AUX_AND_ADVERBS: &[&str] = &[
    "also",
    "later",
    "previously",
    "repeatedly",
    "again",
    "recently",
    "publicly",
    "privately",
    "then",
    "once",
    "reportedly",
    "has",
    "have",
    "had",
    "would",
    "will",
    "did",
    "does",
    "do",
    "may",
    "might",
    "could",
    "should",
    "can",
    "must",
    "just",
    "already",
    "often",
    "never",
    "always",
    "frequently",
    "even",
    "further",
    "still",
    "separately",
    "earlier",
    "initially",
    "first",
    "finally",
    "subsequently",
    "flatly",
    "simply",
    "now",
    "'s",
    "’s",
];

/// Determiners that make a following verb form a noun ("the report", "his tweet").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "no", "any", "some",
    "every", "each", "whose", "which", "another", "such", "first", "last", "latest", "one", "own",
];

/// Forms of "be": a following participle is passive ("is said to").
const BE_FORMS: &[&str] = &["is", "was", "are", "were", "be", "been", "being", "'s", "’s", "get", "got", "gets"];

/// Day names, lower-cased.
pub(crate) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Month names, lower-cased.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words after a cue that only say when or how ("said Wednesday"), besides the day names.
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "recently",
    "earlier",
    "later",
    "again",
    "also",
    "repeatedly",
    "previously",
    "publicly",
    "privately",
    "morning",
    "afternoon",
    "evening",
    "night",
    "last",
    "this",
    "week",
    "month",
    "year",
    "bluntly",
    "flatly",
    "simply",
    "frankly",
    "candidly",
    "firmly",
    "calmly",
    "quickly",
    "emphatically",
    "matter-of-factly",
    "afterward",
    "afterwards",
    "then",
    "once",
    "still",
    "now",
    "first",
    "ago",
    "weeks",
    "months",
    "days",
    "hours",
];

/// Determiners that open an unnamed speaker description.
pub(crate) const DESCRIPTION_OPENERS: &[&str] = &[
    "a", "an", "the", "another", "one", "some", "many", "several", "two", "three", "four", "most", "other", "others",
    "both", "few", "all", "no", "each", "his", "her", "their", "its", "our", "more", "these", "those",
];

/// Subject pronouns that can be speakers, with their gender when they have one.
pub(crate) fn pronoun_gender(word: &str) -> Option<Option<byline_entities::Gender>> {
    use byline_entities::Gender;
    if word.len() > 4 {
        return None;
    }
    let mut buf = [0u8; 32];
    match lower_in(word, &mut buf)? {
        "he" | "him" => Some(Some(Gender::Male)),
        "she" | "her" => Some(Some(Gender::Female)),
        "they" | "them" | "we" | "i" | "it" | "us" | "me" | "you" => Some(None),
        _ => None,
    }
}

/// What a lower-case word can start, looked up once per word: the hot loop
/// does one hash lookup and no stemming.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Role {
    /// The cue class of a reporting-verb form.
    pub cue: Option<CueClass>,
    /// A form of "be" ("is expected to", "is confident that").
    pub be: bool,
    /// A form of "make" ("made it clear that").
    pub make: bool,
    /// A raising verb form ("seemed to").
    pub raising: bool,
    /// "asked" (passive "was asked whether").
    pub asked: bool,
    /// "according" (to).
    pub according: bool,
    /// The verb of a particle cue ("called" for "called on").
    pub particle_verb: Option<&'static str>,
    /// A noun of saying or stance ("claim", "criticism", "plan").
    pub nominal: bool,
    /// An evidential adverb ("reportedly") or the "in" of "in a new poll".
    pub evidential: bool,
}

/// FNV-1a's starting state and multiplier.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub(crate) const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One FNV-1a step: `x` (a byte, a char, a word's hash) mixed into `h`.
#[inline]
pub(crate) fn fnv_mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(FNV_PRIME)
}

/// FNV-1a: word lookups hash a few bytes, where SipHash's setup dominates.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { FNV_OFFSET } else { self.0 };
        for b in bytes {
            h = fnv_mix(h, u64::from(*b));
        }
        self.0 = h;
    }
}

pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Lowercases an ASCII word into a stack buffer; None for long or non-ASCII words
/// (no list holds them).
fn ascii_lower(word: &str, buf: &mut [u8; 32]) -> Option<usize> {
    let b = word.as_bytes();
    if !word.is_ascii() || b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(b.len())
}

/// `word` lower-cased in `buf` (ASCII only, at most 32 bytes): no allocation.
pub(crate) fn lower_in<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let n = ascii_lower(word, buf)?;
    std::str::from_utf8(&buf[..n]).ok()
}

/// Every list, built once: the cues expanded to their inflected forms and
/// every word list, in one table of lower-case words.
pub(crate) struct Lexicon {
    words: Words,
    female: FastSet<&'static str>,
    male: FastSet<&'static str>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon").field("words", &self.words.infos.len()).finish()
    }
}

/// Bits of [`WordInfo::lists`]: the word lists a word is on.
mod list {
    pub const TITLE: u8 = 1;
    pub const NP_BREAKER: u8 = 2;
    pub const AUX: u8 = 4;
    pub const DETERMINER: u8 = 8;
    pub const BE: u8 = 16;
    pub const TIME: u8 = 32;
}

/// Everything the lexicon knows of one lower-case word.
#[derive(Clone, Copy, Default)]
struct WordInfo {
    role: Option<Role>,
    lists: u8,
}

/// Every word of every list, lower-cased, as an index into `infos`: the hot
/// loop asks several questions of each word, and each costs one short hash
/// and usually one probe, with no string compared or copied.
struct Words {
    index: byline_text::WordTable,
    infos: Vec<WordInfo>,
}

impl Words {
    /// Built from sorted words, so the table is the same in every process.
    fn build(words: std::collections::BTreeMap<String, (Option<Role>, u8)>) -> Words {
        let infos = words.values().map(|&(role, lists)| WordInfo { role, lists }).collect();
        let index = byline_text::WordTable::build(words.keys().enumerate().map(|(i, w)| (w, i as u32)));
        Words { index, infos }
    }

    /// The word's entry, whatever its case (the table folds ASCII capitals).
    fn get(&self, word: &str) -> Option<&WordInfo> {
        self.infos.get(self.index.get(word.as_bytes())? as usize)
    }
}

/// The one lexicon of the process.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The regular inflections of a verb (the stemmer decides which are its own).
fn inflections(w: &str) -> Vec<String> {
    let mut out =
        vec![w.to_string(), format!("{w}s"), format!("{w}es"), format!("{w}ed"), format!("{w}d"), format!("{w}ing")];
    if let Some(stem) = w.strip_suffix('e') {
        out.push(format!("{stem}ing"));
    }
    if let Some(stem) = w.strip_suffix('y') {
        out.push(format!("{stem}ied"));
        out.push(format!("{stem}ies"));
    }
    if let Some(last) = w.chars().last() {
        out.push(format!("{w}{last}ed"));
        out.push(format!("{w}{last}ing"));
    }
    out
}

impl Lexicon {
    fn build() -> Lexicon {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut cue_forms: FastMap<String, CueClass> = FastMap::default();
        let mut add = |words: &[&str], class: CueClass| {
            for w in words {
                let forms = [w.to_string(), format!("{w}s"), format!("{w}ed"), format!("{w}ing")];
                let own: Vec<String> = forms.iter().map(|f| stemmer.stem(f).into_owned()).collect();
                for form in inflections(w) {
                    // Every form the stemmer folds onto the verb ("added" ->
                    // "ad", like "adds") is looked up whole: the hot path
                    // never stems.
                    if own.iter().any(|s| *s == stemmer.stem(&form)) {
                        cue_forms.entry(form).or_insert(class);
                    }
                }
            }
        };
        // Order matters: the first class given to a stem wins.
        add(&["call", "dub", "label"], CueClass::Call);
        add(TELL_VERBS, CueClass::Tell);
        add(OBJECT_VERBS, CueClass::Object);
        add(SAY_VERBS, CueClass::Say);
        add(THINK_VERBS, CueClass::Think);
        // Forms far more often nouns than verbs in news ("United States",
        // "his comments", "terror attacks", "campaign ads").
        for noun in [
            "state",
            "states",
            "comment",
            "comments",
            "remark",
            "remarks",
            "attack",
            "attacks",
            "note",
            "ads",
            "press",
            "presses",
            "list",
            "lists",
            "project",
            "projects",
            "thanks",
            "champion",
            "champions",
            "reference",
            "references",
            "quote",
            "quotes",
            "email",
            "emails",
            "pressure",
            "pressures",
            "advocate",
            "advocates",
            "outline",
            "outlines",
            "guarantee",
            "guarantees",
            "lecture",
            "lectures",
            "rant",
            "rants",
            "notice",
            "notices",
            "figure",
            "figures",
            "regret",
            "regrets",
            "wishes",
            "decree",
            "decrees",
            "rule",
            "rules",
            "reason",
            "reasons",
            "sigh",
            "sighs",
            "conjecture",
            "reprimand",
            "document",
            "documents",
            "debate",
            "debates",
            "dislike",
            "dislikes",
            "smear",
            "smears",
            "parrot",
            "parrots",
            "nominating",
            // "went back", "back to": the bare form is an adverb.
            "back",
        ] {
            cue_forms.remove(noun);
        }
        let mut roles: FastMap<String, Role> = FastMap::default();
        for (form, class) in &cue_forms {
            roles.entry(form.clone()).or_default().cue = Some(*class);
        }
        let mut mark = |words: &[&str], set: fn(&mut Role)| {
            for &w in words {
                set(roles.entry(w.to_string()).or_default());
            }
        };
        mark(&["is", "are", "was", "were", "am", "be", "been", "being"], |r| r.be = true);
        mark(&["make", "makes", "made", "making"], |r| r.make = true);
        mark(RAISING_VERBS, |r| r.raising = true);
        mark(&["asked"], |r| r.asked = true);
        mark(&["reportedly", "in"], |r| r.evidential = true);
        mark(NOMINAL_CUES, |r| r.nominal = true);
        mark(&["according"], |r| r.according = true);
        for (verb, _) in PARTICLE_CUES {
            for form in inflections(verb) {
                if stemmer.stem(&form) == *verb || form == *verb {
                    roles.entry(form).or_default().particle_verb = Some(verb);
                }
            }
        }
        let split = |s: &'static str| s.lines().map(str::trim).filter(|l| !l.is_empty());
        let female_all: FastSet<&str> = split(include_str!("../data/names-female.txt")).collect();
        let male_all: FastSet<&str> = split(include_str!("../data/names-male.txt")).collect();
        let female = female_all.difference(&male_all).copied().collect();
        let male = male_all.difference(&female_all).copied().collect();
        let mut words: std::collections::BTreeMap<String, (Option<Role>, u8)> =
            roles.into_iter().map(|(w, r)| (w, (Some(r), 0))).collect();
        let titles = TITLES.lines().filter(|l| !l.starts_with('#') && !l.is_empty());
        let lists: [(Box<dyn Iterator<Item = &str>>, u8); 6] = [
            (Box::new(titles), list::TITLE),
            (Box::new(NP_BREAKERS.iter().copied()), list::NP_BREAKER),
            (Box::new(AUX_AND_ADVERBS.iter().copied()), list::AUX),
            (Box::new(DETERMINERS.iter().copied()), list::DETERMINER),
            (Box::new(BE_FORMS.iter().copied()), list::BE),
            (Box::new(WEEKDAYS.iter().chain(TIME_WORDS).copied()), list::TIME),
        ];
        for (members, bit) in lists {
            for w in members {
                words.entry(w.to_ascii_lowercase()).or_default().1 |= bit;
            }
        }
        Lexicon { words: Words::build(words), female, male }
    }

    /// The cue class of a word, if it is a form of a reporting verb.
    pub(crate) fn cue_class(&self, word: &str) -> Option<CueClass> {
        self.role_of(word, 3)?.cue
    }

    /// What `word` can start, if anything: one hash lookup.
    pub(crate) fn role(&self, word: &str) -> Option<Role> {
        self.role_of(word, 2)
    }

    /// The role of `word`, lower-cased, if it has `min_len` to 16 bytes and
    /// is ASCII (every cue form is).
    fn role_of(&self, word: &str, min_len: usize) -> Option<Role> {
        if word.len() < min_len || word.len() > 16 || !word.is_ascii() {
            return None;
        }
        self.words.get(word)?.role
    }

    /// Whether `word`, lower-cased, is on any of the lists `bits`.
    fn has(&self, word: &str, bits: u8) -> bool {
        self.words.get(word).is_some_and(|info| info.lists & bits != 0)
    }

    /// A title or role word ("MP", "Prime", "Minister", "Mr.").
    pub(crate) fn is_title(&self, word: &str) -> bool {
        self.has(word.trim_end_matches('.'), list::TITLE)
    }

    /// A word that cannot be inside a speaker phrase.
    pub(crate) fn is_np_breaker(&self, word: &str) -> bool {
        self.has(word, list::NP_BREAKER)
    }

    /// An auxiliary or adverb between subject and cue.
    pub(crate) fn is_aux(&self, word: &str) -> bool {
        self.has(word, list::AUX) || is_ly_adverb(word)
    }

    /// A determiner or possessive.
    pub(crate) fn is_determiner(&self, word: &str) -> bool {
        self.has(word, list::DETERMINER)
    }

    /// A form of "be".
    pub(crate) fn is_be(&self, word: &str) -> bool {
        self.has(word, list::BE)
    }

    /// A word saying when or how something was said.
    pub(crate) fn is_time_word(&self, word: &str) -> bool {
        self.has(word, list::TIME)
    }

    /// The gender a first name suggests, when only one list has it.
    pub(crate) fn first_name_gender(&self, name: &str) -> Option<byline_entities::Gender> {
        if self.female.contains(name) {
            Some(byline_entities::Gender::Female)
        } else if self.male.contains(name) {
            Some(byline_entities::Gender::Male)
        } else {
            None
        }
    }
}

/// A lowercase "-ly" word read as an adverb ("later", "publicly"): not a
/// hyphenated adjective ("farm-friendly") nor one of the common "-ly"
/// nouns and adjectives that head a speaker phrase ("the weekly", "an ally").
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    const LY_NOUNS: &[&str] = &[
        "weekly",
        "daily",
        "monthly",
        "quarterly",
        "family",
        "ally",
        "rally",
        "assembly",
        "supply",
        "monopoly",
        "anomaly",
        "homily",
        "butterfly",
        "friendly",
        "elderly",
        "lonely",
        "lovely",
        "costly",
    ];
    word.len() > 4
        && word.ends_with("ly")
        && word.starts_with(char::is_lowercase)
        && !word.contains('-')
        && !LY_NOUNS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inflection_of_a_cue_matches() {
        for w in ["said", "says", "saying", "told", "tells", "added", "adds", "noting", "tweeted", "Insisted", "warns"]
        {
            assert!(LEXICON.cue_class(w).is_some(), "{w}");
        }
        for w in [
            "the",
            "sad",
            "table",
            "notable",
            "Saint",
            "allegations",
            "statement",
            "announcement",
            "reporters",
            "adviser",
        ] {
            assert!(LEXICON.cue_class(w).is_none(), "{w}");
        }
        assert_eq!(LEXICON.cue_class("told"), Some(CueClass::Tell));
        assert_eq!(LEXICON.cue_class("called"), Some(CueClass::Call));
    }

    #[test]
    fn first_names_give_gender() {
        assert_eq!(LEXICON.first_name_gender("Meghan"), Some(byline_entities::Gender::Female));
        assert_eq!(LEXICON.first_name_gender("Julie"), None);
        assert_eq!(LEXICON.first_name_gender("Kent"), Some(byline_entities::Gender::Male));
    }
}
