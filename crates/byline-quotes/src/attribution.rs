//! Attribution inside one sentence: find the cues, the speaker phrase
//! around each, and the reported content (after the cue, or before it when
//! the attribution closes the sentence), then type the content as direct,
//! mixed or indirect.

use crate::lexicon::{
    is_ly_adverb, pronoun_gender, CueClass, DESCRIPTION_OPENERS, LEXICON, NP_INNER_PREPOSITIONS, PARTICLE_CUES,
};
use crate::tokens::Item;
use crate::QuoteKind;
use byline_text::Span;

/// Where a quote's speaker comes from, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SpeakerRef {
    /// A phrase in the text (a name, a pronoun, a description).
    Phrase(Span),
    /// The same speaker as the previous attribution of the sentence
    /// ("…, but said …", "…, adding …").
    Previous,
    /// No speaker could be found.
    Unknown,
    /// The attribution names no source by its form ("is expected to",
    /// "seemed to"): kept, with no speaker.
    Impersonal,
}

/// Which quotations of a paragraph an attribution has claimed: one flag per
/// quotation, so a look-up costs the same however many quotes a paragraph holds
/// (a list here made a 10 MB one-paragraph article quadratic).
#[derive(Debug, Default)]
pub(crate) struct Used(Vec<bool>);

impl Used {
    /// No quotation of `n` claimed yet.
    pub(crate) fn new(n: usize) -> Used {
        Used(vec![false; n])
    }

    /// Marks quotation `q` as claimed.
    pub(crate) fn insert(&mut self, q: usize) {
        if let Some(flag) = self.0.get_mut(q) {
            *flag = true;
        }
    }

    /// True when quotation `q` is claimed.
    pub(crate) fn contains(&self, q: usize) -> bool {
        self.0.get(q).copied().unwrap_or(false)
    }
}

/// One attribution found in a sentence, before speaker resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawQuote {
    pub kind: QuoteKind,
    pub span: Span,
    pub cue: Option<Span>,
    pub speaker: SpeakerRef,
    /// The whole reported region (clause, or the quotation with its marks):
    /// names inside it are not antecedents for later pronouns.
    pub region: Span,
}

/// A sentence under analysis: the document text and the sentence's items.
pub(crate) struct Sentence<'a> {
    pub doc: &'a str,
    pub items: &'a [Item],
    pub quotes: &'a [crate::marks::Quoted],
    /// The cue starting at each item, computed once.
    cues: Vec<Option<(CueClass, usize)>>,
}

/// The words that make a following quotation a title, not speech.
const TITLE_INTRODUCERS: &[&str] =
    &["called", "titled", "entitled", "dubbed", "named", "headlined", "the", "a", "an", "his", "her", "their", "its"];

/// Modal verbs: a segment holding one is a clause.
const MODALS: &[&str] = &["will", "would", "could", "can", "should", "may", "might", "must", "won't", "won’t"];

/// The cue classes that open a coordinated attribution.
const COORDINATED_CUES: &[CueClass] = &[CueClass::Say, CueClass::Tell, CueClass::Think, CueClass::Object];

/// Reporting verbs whose bare form is more often a noun ("his cabinet post").
const NOUN_HOMOGRAPHS: &[&str] =
    &["post", "report", "comment", "claim", "answer", "charge", "tweet", "estimate", "reply", "remark", "concern"];

/// Object words of `told` that are not names.
const OBJECT_WORDS: &[&str] =
    &["him", "her", "them", "me", "us", "you", "reporters", "journalists", "supporters", "listeners", "viewers"];

impl<'a> Sentence<'a> {
    /// A sentence over `items`, its cues looked up once.
    pub(crate) fn new(doc: &'a str, items: &'a [Item], quotes: &'a [crate::marks::Quoted]) -> Sentence<'a> {
        let mut s = Sentence { doc, items, quotes, cues: Vec::new() };
        s.cues = (0..items.len()).map(|k| s.find_cue(k)).collect();
        s
    }

    fn cue_at(&self, k: usize) -> Option<(CueClass, usize)> {
        self.cues.get(k).copied().flatten()
    }

    fn word(&self, k: usize) -> &'a str {
        self.items[k].span.slice(self.doc)
    }

    /// Whether item `k`'s text is one of the lower-case `words`, in any case.
    /// Whether item `k` is a word of the list `words`, whatever its case (false
    /// past the end or on punctuation). The item's text is sliced once.
    fn word_in(&self, k: usize, words: &[&str]) -> bool {
        self.items.get(k).is_some_and(|i| {
            let w = i.span.slice(self.doc);
            i.is_word() && words.iter().any(|x| x.eq_ignore_ascii_case(w))
        })
    }

    /// Where the auxiliaries ("has", "would have") just before item `k` start (`k` when none).
    fn aux_start(&self, k: usize) -> usize {
        let mut j = k;
        while j > 0 && self.items[j - 1].is_word() && LEXICON.is_aux(self.word(j - 1)) {
            j -= 1;
        }
        j
    }

    /// The first item at or after `v` that is not an auxiliary.
    fn aux_end(&self, v: usize) -> usize {
        let mut v = v;
        while v < self.items.len() && self.items[v].is_word() && LEXICON.is_aux(self.word(v)) {
            v += 1;
        }
        v
    }

    fn is_word(&self, k: usize, w: &str) -> bool {
        self.items.get(k).is_some_and(|i| i.is_word() && i.span.slice(self.doc).eq_ignore_ascii_case(w))
    }

    fn is_capitalized(&self, k: usize) -> bool {
        self.items[k].is_word() && self.word(k).chars().next().is_some_and(char::is_uppercase)
    }

    fn is_pronoun(&self, k: usize) -> bool {
        self.items[k].is_word() && pronoun_gender(self.word(k)).is_some()
    }

    fn is_subject_pronoun(&self, k: usize) -> bool {
        self.items.get(k).is_some_and(|i| i.is_word())
            && ["he", "she", "they", "we", "i", "it"].iter().any(|p| self.word(k).eq_ignore_ascii_case(p))
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.items[a].span.start, self.items[b - 1].span.end)
    }

    /// The cue at item `k`: its class and the index of its last item.
    fn find_cue(&self, k: usize) -> Option<(CueClass, usize)> {
        if !self.items[k].is_word() {
            return None;
        }
        let w = self.word(k);
        let Some(role) = LEXICON.role(w) else {
            return self.framed_speech_verb(k);
        };
        // "Trump's support", "her plan to": a possessed word is a noun, a cue
        // only as a noun of saying with its complement.
        if k > 0 && self.is_possessor(k - 1) {
            let complement = self.word_in(k + 1, &["that", "to", "of", "for", "about", "on", "against", "over"]);
            return (role.nominal && complement).then_some((CueClass::Nominal, k));
        }
        if role.be {
            return self.be_phrase_cue(k);
        }
        if role.evidential {
            return self.evidential_cue(k);
        }
        if role.make {
            let clear = if self.is_word(k + 1, "it") { k + 2 } else { k + 1 };
            return (self.is_word(clear, "clear") && self.is_word(clear + 1, "that")).then_some((CueClass::Say, clear));
        }
        if role.according {
            return self.is_word(k + 1, "to").then_some((CueClass::Say, k + 1));
        }
        if role.raising {
            if self.is_word(k + 1, "to") {
                return Some((CueClass::Raising, k));
            }
            // "The crowd seemed equally unperturbed": "seem" with a
            // lower-case complement that is not a prepositional phrase or a
            // clause ("it seems that"). "appeared" + complement is mostly
            // "appeared on Fox News" / "appeared tired" at chance: left out.
            let complement = self.items.get(k + 1).is_some_and(|i| i.is_word())
                && self.word(k + 1).starts_with(|c: char| c.is_ascii_lowercase())
                && !self.starts_with_preposition(k + 1)
                && !LEXICON.is_determiner(self.word(k + 1))
                && !self.word_in(k + 1, &["that", "like", "if", "and", "but", "so", "not", "this", "there", "here"]);
            // "sounded confident": like "seem", but never after an article ("the sounds of").
            let sound = self.word(k).starts_with("sound") && !(k > 0 && LEXICON.is_determiner(self.word(k - 1)));
            let predicate = (self.word(k).starts_with("seem") || sound) && !(k > 0 && self.is_word(k - 1, "it"));
            return (complement && predicate).then_some((CueClass::Raising, k));
        }
        if role.asked {
            if let Some(cue) = self.asked_passive(k) {
                return Some(cue);
            }
        }
        if let Some(verb) = role.particle_verb {
            let particle = PARTICLE_CUES.iter().find(|(v, p)| *v == verb && self.is_word(k + 1, p));
            if particle.is_some() {
                return Some((CueClass::Say, k + 1));
            }
        }
        let class = role.cue?;
        // "declined to comment": a refusal with no content (fixture convention).
        if w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("declin"))
            && self.is_word(k + 1, "to")
            && self.is_word(k + 2, "comment")
        {
            return None;
        }
        // "plans are in place", "hopes were high": a noun before its verb.
        if class == CueClass::Object
            && self.items.get(k + 1).is_some_and(|i| i.is_word())
            && matches!(self.word(k + 1), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would")
        {
            return None;
        }
        // "backed away from", "backed down": a stance verb with an adverb
        // particle is a movement, not a stance on an object.
        if class == CueClass::Object && self.word_in(k + 1, &["away", "down", "off", "out"]) {
            return None;
        }
        if k > 0 && self.items[k - 1].is_word() {
            let prev = self.word(k - 1);
            let progressive = w.ends_with("ing");
            if LEXICON.is_determiner(prev) || (LEXICON.is_be(prev) && !progressive) {
                return None;
            }
        }
        Some((class, k))
    }

    /// "While touring the plant, Roe said, “Jobs are coming.”": a direct
    /// quotation that opens with a capital (other than "I") is a sentence
    /// of its own, so words fronted before its attribution are the writer's.
    fn opens_new_sentence(&self, q: &RawQuote) -> bool {
        let text = q.span.slice(self.doc);
        let first = text.split(|c: char| c.is_whitespace() || c == '\'' || c == '’').next().unwrap_or("");
        q.kind == QuoteKind::Direct && first.starts_with(char::is_uppercase) && first != "I"
    }

    /// "“…,” Trump barked." / "“…!” boomed Trump.": a past-tense verb the
    /// lexicon does not know, framed as speech by a quotation ending in a
    /// comma, "?" or "!" and a name or pronoun, the attribution closing the
    /// sentence. The frame says more than the verb ("barked", "boomed",
    /// "mouthed", "sniffed" …).
    fn framed_speech_verb(&self, k: usize) -> Option<(CueClass, usize)> {
        let w = self.word(k);
        if w.len() < 4 || !w.ends_with("ed") || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let ends_at = |j: usize| {
            self.items.get(j).is_none_or(|i| i.is_punct('.') || i.is_punct('!') || i.is_punct('?') || i.is_punct(','))
        };
        let speech_at = |j: usize| {
            self.items
                .get(j)
                .and_then(|i| i.quote())
                .is_some_and(|q| self.quotes[q].inner.slice(self.doc).ends_with([',', '?', '!']))
        };
        let name_words = |from: usize, step: isize| {
            let mut n = 0;
            let mut j = from as isize;
            while n < 4 && j >= 0 && (j as usize) < self.items.len() && self.is_capitalized(j as usize) {
                n += 1;
                j += step;
            }
            n
        };
        // Subject first: "“…,” Trump barked." / "“…,” he sniffed."
        let before = match name_words(k.wrapping_sub(1), -1) {
            0 if k > 0 && self.is_subject_pronoun(k - 1) => 1,
            n => n,
        };
        if before > 0 && k > before && speech_at(k - before - 1) && ends_at(k + 1) {
            return Some((CueClass::Say, k));
        }
        // Inverted: "“…!” boomed Trump."
        let after = name_words(k + 1, 1);
        (k > 0 && speech_at(k - 1) && after > 0 && ends_at(k + 1 + after)).then_some((CueClass::Say, k))
    }

    /// After a form of "be": "is (widely) expected to" and "is seen as" (an
    /// attitude with no source), "is confident that" (a stance).
    fn be_phrase_cue(&self, k: usize) -> Option<(CueClass, usize)> {
        const STANCE_ADJECTIVES: &[&str] = &[
            "confident",
            "convinced",
            "certain",
            "sure",
            "adamant",
            "hopeful",
            "optimistic",
            "concerned",
            "worried",
            "aware",
            "skeptical",
            "sceptical",
            "insistent",
            "persuaded",
            "doubtful",
            "positive",
            "emphatic",
            "unequivocal",
            "proud",
            "pleased",
            "happy",
            "glad",
            "disappointed",
            "frustrated",
            "upset",
            "angry",
            "furious",
            "outraged",
            "surprised",
            "shocked",
            "thrilled",
            "delighted",
            "grateful",
            "thankful",
            "sorry",
            "afraid",
            "fearful",
            "nervous",
            "anxious",
            "unsure",
            "uncertain",
            "unconvinced",
            "satisfied",
            "relieved",
        ];
        if self.word_in(k + 1, STANCE_ADJECTIVES) {
            return self.is_word(k + 2, "that").then_some((CueClass::Think, k + 1));
        }
        // "is skeptical of the deal", "was optimistic about …": an attitude
        // whose content is the object of its preposition.
        const ATTITUDE_ADJECTIVES: &[&str] = &[
            "optimistic",
            "pessimistic",
            "skeptical",
            "sceptical",
            "confident",
            "hopeful",
            "critical",
            "supportive",
            "wary",
            "enthusiastic",
            "bullish",
            "bearish",
            "dismissive",
            "fearful",
        ];
        if self.word_in(k + 1, ATTITUDE_ADJECTIVES) && self.word_in(k + 2, &["of", "about", "on"]) {
            return Some((CueClass::Object, k + 2));
        }
        // "is eager to …", "were unwilling to …": an intention whose content
        // is the infinitive.
        const INTENT_ADJECTIVES: &[&str] = &["eager", "determined", "reluctant", "willing", "unwilling", "keen"];
        if self.word_in(k + 1, INTENT_ADJECTIVES) {
            return self.is_word(k + 2, "to").then_some((CueClass::Object, k + 1));
        }
        let mut j = k + 1;
        if self.items.get(j).is_some_and(|i| i.is_word())
            && (matches!(self.word(j), "widely" | "not" | "also" | "still" | "generally" | "largely" | "now")
                || self.word(j).ends_with("ly"))
        {
            j += 1;
        }
        if self.is_word(j, "expected") && self.is_word(j + 1, "to") {
            return Some((CueClass::Raising, j));
        }
        // "is seen as", "is widely viewed as": a judgement with no judge.
        let judged = self.word_in(
            j,
            &[
                "seen",
                "viewed",
                "regarded",
                "considered",
                "interpreted",
                "described",
                "characterized",
                "portrayed",
                "billed",
                "touted",
                "hailed",
                "branded",
                "labeled",
                "labelled",
                "perceived",
                "known",
            ],
        );
        if judged && self.is_word(j + 1, "as") {
            return Some((CueClass::Raising, j));
        }
        // "has been criticized by many Wall Street players": a reporting or
        // stance verb's passive with its agent.
        let participle = self.items.get(j).is_some_and(|i| i.is_word())
            && (self.word(j).ends_with("ed") || self.word(j).ends_with("en"))
            && LEXICON.role(self.word(j)).is_some_and(|r| r.cue.is_some_and(|c| c != CueClass::Call));
        if participle && self.is_word(j + 1, "by") && k > 0 && !self.is_word(j, "asked") {
            return Some((CueClass::PassiveBy, j));
        }
        // "is considered a top contender", "was deemed unfit": the judgement
        // is the predicate itself.
        let predicate_judged = self.word_in(j, &["considered", "deemed"])
            && !self.is_word(k, "be")
            && self.items.get(j + 1).is_some_and(|i| i.is_word())
            && !self.starts_with_preposition(j + 1)
            && !self.word_in(j + 1, &["that", "and", "but", "by"]);
        predicate_judged.then_some((CueClass::Raising, j))
    }

    /// "(he) was asked whether …", "when asked how …": the question is
    /// reported, its asker unnamed.
    fn asked_passive(&self, k: usize) -> Option<(CueClass, usize)> {
        // "Asked specifically what …, the voters were divided."
        let opening = k == 0 || !self.items[k - 1].is_word();
        let passive = opening || {
            let prev = self.word(k - 1);
            LEXICON.is_be(prev) || ["when", "if", "once", "after"].iter().any(|x| prev.eq_ignore_ascii_case(x))
        };
        let next = if self.items.get(k + 1).is_some_and(|i| i.is_word()) && self.word(k + 1).ends_with("ly") {
            k + 2
        } else {
            k + 1
        };
        let next = self.skip_asker_or_time(next);
        let wh =
            self.word_in(next, &["whether", "if", "what", "how", "why", "who", "whom", "which", "to", "when", "where"]);
        (passive && wh).then_some((CueClass::Raising, k))
    }

    /// "(Asked) by host John Dickerson whether …", "(asked) on Monday
    /// whether …": the asker or a time phrase between "asked" and its
    /// question is skipped; `j` is returned unchanged when neither is there.
    fn skip_asker_or_time(&self, j: usize) -> usize {
        let opener = self.is_word(j, "by")
            || self.is_word(j, "on")
            || self.items.get(j).is_some_and(|i| i.is_word()) && LEXICON.is_time_word(self.word(j));
        if !opener {
            return j;
        }
        let limit = if self.is_word(j, "by") { 8 } else { 3 };
        let wh = |t: usize| self.word_in(t, &["whether", "if", "what", "how", "why", "who", "which", "when", "where"]);
        let mut t = j + 1;
        while t < self.items.len() && t - j <= limit {
            if wh(t) {
                return t;
            }
            let title_dot = self.items[t].is_punct('.') && self.is_title_or_initial(t - 1);
            if !(self.items[t].is_word() || title_dot) {
                break;
            }
            t += 1;
        }
        j
    }

    /// "“…,” the conservative-leaning newspaper wrote.", "“…,” said retired
    /// Army Lt. Gen. Jane Roe, who served …": a quotation opening the
    /// sentence whose tail is only its attribution (a speaking verb next to
    /// a speaker phrase the noun-phrase rules could not parse) is direct
    /// speech by that phrase. Runs only for quotations no rule claimed.
    fn closing_attribution(&self, out: &mut Vec<RawQuote>, used: &mut Used) {
        let Some(q) = self.items.first().and_then(|i| i.quote()) else { return };
        let inner = self.quotes[q].inner;
        if used.contains(q) || inner.is_empty() {
            return;
        }
        let n = self.items.len();
        let from = if self.items.get(1).is_some_and(|i| i.is_punct(',')) { 2 } else { 1 };
        // The cue: the first word of the tail that is a saying or telling verb.
        let Some(cue) = (from..n.min(from + 20))
            .take_while(|&t| self.items[t].is_word() || self.items[t].is_punct(',') || self.items[t].is_punct('.'))
            .find(|&t| {
                matches!(self.cue_at(t), Some((CueClass::Say | CueClass::Tell, _)))
                    // "“…,” the sign reads.": a text speaks through its wording.
                    || (t > from && self.word_in(t, &["reads", "read"]))
            })
        else {
            return;
        };
        let last = self.cue_at(cue).map_or(cue, |(_, last)| last);
        let speaker =
            if cue == from { self.closing_speaker_after(last + 1) } else { self.closing_speaker_before(from, cue) };
        let Some(speaker) = speaker else { return };
        used.insert(q);
        out.push(RawQuote {
            kind: QuoteKind::Direct,
            span: inner,
            cue: Some(self.span_of(cue, last + 1)),
            speaker: SpeakerRef::Phrase(speaker),
            region: self.items[0].span,
        });
    }

    /// "She went on: “…”", "After the vote, Roe issued a statement, “…”": a
    /// quotation closing a sentence after a colon or comma is direct speech
    /// by the subject of the short clause that introduces it, whatever its
    /// verb.
    fn introduced_quotation(&self, out: &mut Vec<RawQuote>, used: &mut Used) {
        let n = self.items.len();
        let Some(k) = (0..n).rev().find(|&t| self.items[t].is_word() || self.items[t].quote().is_some()) else {
            return;
        };
        let Some(q) = self.items[k].quote() else { return };
        if used.contains(q) || self.quotes[q].inner.is_empty() || k < 3 {
            return;
        }
        let mark = k - 1;
        if !(self.items[mark].is_punct(':') || self.items[mark].is_punct(',')) {
            return;
        }
        let clause = match self.segment_subject(mark) {
            SpeakerRef::Phrase(subject) => {
                (0..mark).find(|&t| self.items[t].span.start >= subject.end).map(|verb| (subject, verb))
            }
            _ => None,
        };
        let clause = clause.filter(|&(_, verb)| {
            mark > verb
                && mark - verb <= 6
                && (verb..mark).all(|t| self.items[t].is_word())
                && !self.is_capitalized(verb)
                && !LEXICON.is_np_breaker(self.word(verb))
        });
        let Some((subject, verb)) = clause else {
            if self.items[mark].is_punct(':') {
                self.name_before_colon(mark, k, out, used);
            }
            return;
        };
        used.insert(q);
        out.push(RawQuote {
            kind: QuoteKind::Direct,
            span: self.quotes[q].inner,
            cue: Some(self.span_of(verb, mark)),
            speaker: SpeakerRef::Phrase(subject),
            region: self.items[k].span,
        });
    }

    /// "More from Jane Roe: “…”", "Rep. Jane Roe (D-Ore.): “…”": a name
    /// (with its party tag) right before a colon introduces the quotation
    /// after it.
    fn name_before_colon(&self, colon: usize, k: usize, out: &mut Vec<RawQuote>, used: &mut Used) {
        let Some(q) = self.items[k].quote() else { return };
        let Some(end) = self.before_parenthetical(colon, 6) else { return };
        let mut start = end;
        while start > 0 && end - start < 5 && self.is_name_item(start - 1) {
            start -= 1;
        }
        let names = (start..end).filter(|&t| self.items[t].is_word()).count();
        let plain = (start..end)
            .filter(|&t| self.items[t].is_word())
            .all(|t| !LEXICON.is_np_breaker(self.word(t)) && !LEXICON.is_time_word(self.word(t)));
        if names == 0 || !plain {
            return;
        }
        used.insert(q);
        out.push(RawQuote {
            kind: QuoteKind::Direct,
            span: self.quotes[q].inner,
            cue: None,
            speaker: SpeakerRef::Phrase(self.span_of(start, end)),
            region: self.items[k].span,
        });
    }

    /// "Trump vowed to be “the greatest jobs president”": a sentence that
    /// opens with a name and a finite verb, and
    /// carries a quoted fragment after the verb, reports its subject's
    /// words even when the verb is no reporting verb. The content is the
    /// rest of the clause.
    fn subject_verb_fragment(&self, out: &mut Vec<RawQuote>, used: &mut Used) {
        let n = self.items.len();
        if self.items.first().is_none_or(|i| !i.is_word()) {
            return;
        }
        let mut v = 0;
        while v < n && v < 5 && self.is_name_item(v) {
            v += 1;
        }
        let w = self.word(0);
        if v == 0
            || self.is_pronoun(0)
            || LEXICON.is_np_breaker(w)
            || LEXICON.is_time_word(w)
            || LEXICON.is_determiner(w)
            || self.word_in(0, DESCRIPTION_OPENERS)
            || self.starts_with_preposition(0)
        {
            return;
        }
        let subject_end = v;
        while v < n && self.items[v].is_word() && LEXICON.is_aux(self.word(v)) && !self.is_capitalized(v) {
            v += 1;
        }
        if v >= n || !self.items[v].is_word() || self.is_capitalized(v) {
            return;
        }
        let w = self.word(v);
        let finite =
            (w.ends_with("ed") || w.ends_with('s')) && !w.ends_with("ss") && !w.contains(['\'', '’']) && w.len() > 3;
        if !finite || LEXICON.is_np_breaker(w) || LEXICON.is_be(w) {
            return;
        }
        let end = self.clause_end(v + 1);
        let Some(range) = self.trimmed(v + 1, end) else { return };
        let quoted = || (range.0..range.1).filter_map(|t| self.items[t].quote());
        // A fragment in title case ("“Fantastic Four”") names a work.
        let spoken = |q: usize| {
            let inner = self.quotes[q].inner.slice(self.doc);
            inner.split_whitespace().any(|w| w.len() > 3 && w.starts_with(|c: char| c.is_lowercase()))
        };
        if quoted().any(|q| used.contains(q)) || !quoted().any(spoken) {
            return;
        }
        let Some((kind, span, region)) = self.typed(range) else { return };
        if kind != QuoteKind::Mixed {
            return;
        }
        self.mark_used(region, used);
        out.push(RawQuote {
            kind,
            span,
            cue: Some(self.items[v].span),
            speaker: SpeakerRef::Phrase(self.span_of(0, subject_end)),
            region,
        });
    }

    /// The speaker phrase after an inverted closing cue ("said retired Army
    /// Lt. Gen. Jane Roe, who …"): up to the first comma, bracket or clause
    /// word, with a capitalised word or a determiner in it.
    fn closing_speaker_after(&self, from: usize) -> Option<Span> {
        let n = self.items.len();
        let end = (from..n)
            .find(|&t| {
                self.leaves_name_words(from, t)
                    || self.word_in(t, &["who", "whose", "which", "that", "as", "after", "before", "when", "while"])
                    // "the base chief known as Bob": a participle ends the head phrase.
                    || (t > from && !self.is_capitalized(t) && self.cue_at(t).is_some())
            })
            .unwrap_or(n);
        self.closing_speaker_words(from, end)
    }

    /// The speaker phrase before a closing cue ("the suit reads", "Jane Roe
    /// of the Example Institute wrote in December", "Mr. Roe, now 81, said"):
    /// the words before the first comma or auxiliary.
    fn closing_speaker_before(&self, from: usize, cue: usize) -> Option<Span> {
        let end = (from..cue)
            .find(|&t| {
                self.leaves_name_words(from, t) || (t > from && !self.is_capitalized(t) && self.closing_verb_word(t))
            })
            .unwrap_or(cue);
        self.closing_speaker_words(from, end)
    }

    /// Whether item `t` of a phrase begun at `from` is neither a word nor the
    /// full stop of a title or initial ("Lt.", "M.") inside a name.
    fn leaves_name_words(&self, from: usize, t: usize) -> bool {
        let item = self.items[t];
        !(item.is_word() || item.is_punct('.') && t > from && self.is_title_or_initial(t - 1))
    }

    /// An auxiliary, adverb or form of "be" between a speaker and its cue
    /// ("is quoted as saying", "later wrote"); a hyphenated "-ly" word is
    /// an adjective ("the farm-friendly weekly").
    fn closing_verb_word(&self, t: usize) -> bool {
        let w = self.word(t);
        LEXICON.is_be(w) || (LEXICON.is_aux(w) && !w.contains('-'))
    }

    /// Items `a..b` as a speaker phrase: one to twelve words, opening with a
    /// capitalised word, a title or a determiner, with no cue inside.
    fn closing_speaker_words(&self, a: usize, b: usize) -> Option<Span> {
        let words = (a..b).filter(|&t| self.items[t].is_word()).count();
        let opens = a < b
            && self.items[a].is_word()
            && (self.is_capitalized(a)
                || self.is_subject_pronoun(a)
                || self.word_in(a, DESCRIPTION_OPENERS)
                || LEXICON.is_title(self.word(a))
                || (a + 1..b.min(a + 4)).any(|t| self.is_capitalized(t)));
        // A capitalised cue word is part of a name ("the Political Report").
        let plain =
            (a..b).all(|t| (self.cue_at(t).is_none() || self.is_capitalized(t)) && !LEXICON.is_time_word(self.word(t)));
        (opens && plain && (1..=12).contains(&words)).then(|| self.span_of(a, b))
    }

    /// Every attribution of the sentence, and the indices of quotations it used.
    pub(crate) fn attribute(&self, used: &mut Used) -> Vec<RawQuote> {
        let mut out: Vec<RawQuote> = Vec::new();
        let closing = self.closing_comma();
        let mut k = 0;
        while k < self.items.len() {
            let Some((class, last)) = self.cue_at(k) else {
                k += 1;
                continue;
            };
            // "The firm is planning to close the plant, Smith said.": a cue
            // before a closing attribution is part of what that one reports.
            if closing.is_some_and(|c| k < c) {
                k = last + 1;
                continue;
            }
            // Speech reported inside reported speech is not the article's,
            // unless a named or pronoun speaker says it ("X said Y told him …").
            if out.iter().any(|r| r.region.contains(self.items[k].span)) && !self.nested_report(k, class) {
                k = last + 1;
                continue;
            }
            if let Some(q) = self.attribution_at(k, last, class, out.last()) {
                // "“…,” the report said, referring to X": content already
                // reported by the sentence's attribution is not reported again.
                let before_cue = q.cue.is_some_and(|c| q.region.end <= c.start);
                if before_cue && out.iter().any(|r| r.region.overlaps(q.region)) {
                    k = last + 1;
                    continue;
                }
                if class == CueClass::Raising {
                    out.extend(self.raised_subject(k, &q));
                }
                if let Some(front) = self.fronted_piece(k, &q) {
                    self.mark_used(front.region, used);
                    out.push(front);
                }
                self.mark_used(q.region, used);
                out.push(q);
            }
            k = last + 1;
        }
        self.attach_leftover_quotes(&mut out, used);
        out
    }

    /// A report inside another report's content that stands on its own: a
    /// saying verb whose subject, right before it, is a capitalised name or a
    /// personal pronoun ("Trump said Cruz told him …", "she said they said
    /// …"). Vague subjects ("many who spoke said") stay part of the outer
    /// report.
    fn nested_report(&self, k: usize, class: CueClass) -> bool {
        const STRONG: &[&str] = &[
            "said",
            "says",
            "say",
            "told",
            "tells",
            "wrote",
            "writes",
            "added",
            "argued",
            "argues",
            "claimed",
            "claims",
            "insisted",
            "warned",
            "noted",
            "reported",
            "suggested",
            "suggests",
            "acknowledged",
            "admitted",
            "reiterated",
            "declared",
            "stated",
        ];
        if !matches!(class, CueClass::Say | CueClass::Tell) || !self.word_in(k, STRONG) {
            return false;
        }
        let j = self.aux_start(k);
        j > 1
            && self.items[j - 1].is_word()
            && (self.is_subject_pronoun(j - 1)
                || (self.is_capitalized(j - 1)
                    && self.items[j - 2].is_word()
                    && !LEXICON.is_time_word(self.word(j - 1))))
    }

    fn mark_used(&self, region: Span, used: &mut Used) {
        for item in self.items {
            if let Some(q) = item.quote() {
                if region.contains(item.span) || region == self.quotes[q].inner {
                    used.insert(q);
                }
            }
        }
    }

    fn attribution_at(&self, k: usize, last: usize, class: CueClass, prev: Option<&RawQuote>) -> Option<RawQuote> {
        let cue = self.span_of(k, last + 1);
        if self.word(k).eq_ignore_ascii_case("according") {
            return self.according_to(k, last, cue);
        }
        if class == CueClass::Raising {
            return self.raising(last, cue);
        }
        if class == CueClass::Nominal {
            return self.nominal(k, cue);
        }
        if class == CueClass::Evidential {
            return self.evidential(k, last, cue);
        }
        if class == CueClass::PassiveBy {
            return self.passive_by(k, last, cue);
        }
        if self.reduced_passive(k, last) {
            return None;
        }
        let subject = match self.subject_left(k) {
            Some(s) => s,
            // "Some voters who have listened …, on television …, said …": no
            // noun phrase right before the cue; the segment's subject speaks.
            None if class != CueClass::Call => match self.segment_subject(k) {
                SpeakerRef::Phrase(s) => Subject::Phrase(s, k),
                _ => return None,
            },
            None => return None,
        };
        if let Subject::Phrase(_, start) = subject {
            if !self.bare_form_agrees(k, start) {
                return None;
            }
            if class == CueClass::Object && !self.object_cue_subject_ok(k, start) {
                return None;
            }
        }
        let subject_start = match subject {
            Subject::Phrase(_, start) => Some(start),
            _ => None,
        };
        let (speaker, attribution_start, inverted_end) = match subject {
            Subject::Phrase(s, start) => (SpeakerRef::Phrase(s), start, None),
            Subject::Previous => {
                let named_prev = prev.is_some_and(|p| p.speaker != SpeakerRef::Impersonal);
                if prev.is_none() && class == CueClass::Object && self.coordinated_gerund(k) {
                    return None;
                }
                (if named_prev { SpeakerRef::Previous } else { self.segment_subject(k) }, k, None)
            }
            Subject::Boundary => match self.np_right(last + 1) {
                Some((s, end)) => (SpeakerRef::Phrase(s), k, Some(end)),
                // "Clinton, in her speech on Tuesday in Ohio, said …": the
                // subject opens an earlier segment of the sentence.
                None if k > 0 && self.items[k - 1].is_punct(',') && class != CueClass::Call => {
                    match self.segment_subject(k) {
                        SpeakerRef::Phrase(s) => (SpeakerRef::Phrase(s), k, None),
                        _ => return None,
                    }
                }
                None => return None,
            },
        };
        if speaker == SpeakerRef::Unknown && !matches!(subject, Subject::Previous) {
            return None;
        }
        // "Polls show Clinton leading", "the emails showed close ties": what
        // a poll, a record or a study shows is its content, clause or not.
        let content_class = if class == CueClass::Think
            && (subject_start.is_some_and(|s| self.evidential_subject(s, k)) || self.sees_as(k, last))
        {
            CueClass::Object
        } else {
            class
        };
        let mut after_from = inverted_end.unwrap_or(last + 1);
        if class == CueClass::Tell && inverted_end.is_none() && !self.is_word(after_from, "that") {
            let past_object = self.skip_object(after_from);
            if self.items.get(past_object).is_none_or(|i| !i.is_word() || self.starts_with_preposition(past_object)) {
                after_from = past_object;
            }
        }
        let n = self.items.len();
        let parenthetical = inverted_end.is_none()
            && attribution_start > 1
            && self.items[attribution_start - 1].is_punct(',')
            && self.items.get(after_from).is_some_and(|i| i.is_punct(','))
            && self.items.get(after_from + 1).is_none_or(|i| i.quote().is_none());
        // "As Comey noted, people involved … could still …": the main clause
        // after an "as" attribution is its content.
        let as_clause = inverted_end.is_none()
            && attribution_start > 0
            && self.is_word(attribution_start - 1, "as")
            && self.items.get(after_from).is_some_and(|i| i.is_punct(','))
            && self.items.get(after_from + 1).is_some_and(|i| i.is_word())
            && !self.is_word(after_from + 1, "according");
        let content = if as_clause {
            self.trimmed(after_from + 1, self.clause_end(after_from + 1))
        } else if parenthetical {
            // "Victims, she said, can find …": the whole sentence is reported.
            self.trimmed(self.clause_start(attribution_start), n)
        } else if inverted_end.is_some() {
            self.clause_before(attribution_start, after_from)
        } else if self.relative_gap(attribution_start, after_from)
            || (class == CueClass::Call && self.relative_object(attribution_start, after_from))
        {
            // "the changes, which officials said will take effect …": the
            // relative pronoun fills the reported clause's missing subject;
            // the clause after the cue runs to its comma ("what she said
            // would be her final comment": the fixtures' convention leaves
            // the relative pronoun out).
            let end = self.clause_end(after_from);
            let end = (after_from..end).find(|&t| self.items[t].is_punct(',')).unwrap_or(end);
            if class == CueClass::Call {
                self.trimmed(attribution_start - 1, end)
            } else {
                self.trimmed(after_from, end)
            }
        } else {
            // "“…,” Roe said while campaigning in Ohio", "“…,” he told the
            // crowd in Reno": after a quotation, what follows the cue is
            // speech only when it opens a clause; otherwise the quotation is
            // the content.
            let after_quotation = matches!(class, CueClass::Say | CueClass::Tell)
                && inverted_end.is_none()
                && self.quotation_right_before(attribution_start);
            let after = self
                .clause_after(after_from, content_class)
                .filter(|&(a, _)| !after_quotation || self.opens_reported_clause(a));
            match after {
                Some(range) => Some(range),
                None if matches!(class, CueClass::Say | CueClass::Tell) => {
                    self.clause_before(attribution_start, after_from)
                }
                // "“Do we throw them out?” Trump asked.", "“We will win,” she
                // vowed": a stance or directive verb closing a quotation.
                None if class == CueClass::Object && self.quotation_right_before(attribution_start) => {
                    self.clause_before(attribution_start, after_from)
                }
                // "That is a mistake, I think." / "…, the poll found.": a
                // belief verb closing its sentence reports what precedes it.
                None if class == CueClass::Think
                    && self.items[after_from.min(n)..].iter().all(|i| !i.is_word() && i.quote().is_none()) =>
                {
                    self.clause_before(attribution_start, after_from)
                }
                None => None,
            }
        }?;
        // "X, who said CLAUSE, left": a relative clause ends at its comma.
        let mut content = content;
        if self.relative_subject(k) {
            let closes_relative = |t: usize| {
                self.items[t].is_punct(',')
                    && self.items.get(t + 1).is_some_and(|i| i.is_word())
                    && (LEXICON.is_be(self.word(t + 1))
                        || LEXICON.is_aux(self.word(t + 1))
                        || is_verb_like(self.word(t + 1)))
            };
            if let Some(c) = (content.0..content.1).find(|&t| closes_relative(t)) {
                content = self.trimmed(content.0, c)?;
            }
        }
        let (kind, span, region) = self.typed(content)?;
        let relative_call = class == CueClass::Call && self.relative_object(attribution_start, after_from);
        if class == CueClass::Call
            && kind == QuoteKind::Indirect
            && !relative_call
            && !self.naming_call(k, subject_start, content)
        {
            return None;
        }
        Some(RawQuote { kind, span, cue: Some(cue), speaker, region })
    }

    /// "The course included reading and discussing how to …": an "-ing"
    /// verb of deciding or discussing joined by "and" to what came before,
    /// with no report before it in the sentence, is a gerund in a list, not a
    /// second verb of a speaker. (Verbs of saying keep theirs: "left the
    /// stage, smiling and saying that …" reports.)
    fn coordinated_gerund(&self, k: usize) -> bool {
        let j = self.aux_start(k);
        ends_with_ci(self.word(k), "ing") && j > 0 && self.is_word(j - 1, "and")
    }

    /// Whether the content starting at item `a` is a clause: a quotation,
    /// what follows an explicit "that", or a subject with its verb.
    fn opens_reported_clause(&self, a: usize) -> bool {
        self.items[a].quote().is_some()
            || (a > 0 && self.is_word(a - 1, "that"))
            || self.is_subject_pronoun(a)
            || self.contracted_subject(a)
            || self.bare_clause_at(a)
    }

    /// A stance verb is an attribution only with a real subject: a name, a
    /// pronoun or a determined description ("parliamentary pledges" is a
    /// noun phrase, "came to him seeking" has no subject), never negated
    /// ("doesn't want") or inside a free relative ("what Lalonde wants").
    fn object_cue_subject_ok(&self, k: usize, start: usize) -> bool {
        let negated = (start..k).any(|t| {
            let w = self.word(t);
            self.word_in(t, &["not", "never"]) || ends_with_ci(w, "n't") || ends_with_ci(w, "n’t")
        });
        if negated || (start > 0 && self.is_word(start - 1, "what")) {
            return false;
        }
        if self.word_in(start, &["him", "them", "us", "me"]) {
            return false;
        }
        self.is_pronoun(start)
            || self.word_in(start, DESCRIPTION_OPENERS)
            || LEXICON.is_determiner(self.word(start))
            || (start..k).any(|t| self.is_capitalized(t) || (self.items[t].is_word() && self.word(t).ends_with('s')))
    }

    /// "Experts see the vote as a test": a verb of seeing with an "as"
    /// predicate judges its object.
    fn sees_as(&self, k: usize, last: usize) -> bool {
        let seeing = self.word_in(k, &["see", "sees", "saw"]);
        let n = self.items.len();
        seeing && (last + 2..n.min(last + 12)).take_while(|&t| self.items[t].is_word()).any(|t| self.is_word(t, "as"))
    }

    /// A subject phrase (items `start..k`) headed by a poll, a record or a
    /// study, before a verb of showing or finding.
    fn evidential_subject(&self, start: usize, k: usize) -> bool {
        const EVIDENCE: &[&str] = &[
            "poll",
            "polls",
            "polling",
            "survey",
            "surveys",
            "data",
            "records",
            "record",
            "report",
            "reports",
            "study",
            "studies",
            "analysis",
            "review",
            "emails",
            "documents",
            "filings",
            "numbers",
            "results",
            "figures",
            "video",
            "footage",
            "research",
            "tally",
            "tallies",
            "estimates",
            "statistics",
            "audit",
            "investigation",
            "probe",
            "documents",
            "returns",
            "count",
            "projections",
            "models",
            "photos",
            "photographs",
            "images",
            "pictures",
            "videos",
            "tape",
            "tapes",
            "recordings",
            "transcripts",
            "memo",
            "memos",
            "letters",
            "evidence",
            "testing",
            "tests",
            "experiments",
            "trials",
        ];
        let showing = starts_with_ci(self.word(k), "show") || self.word_in(k, &["found", "find", "finds"]);
        showing && (start..k).any(|t| self.items[t].is_word() && self.word_in(t, EVIDENCE))
    }

    /// "Trump called Cruz a liar", "Others call it the nerd prom": a naming
    /// by a named or pronoun subject, with an object and a predicate noun.
    fn naming_call(&self, k: usize, subject_start: Option<usize>, (a, b): (usize, usize)) -> bool {
        let Some(start) = subject_start else { return false };
        let named = self.is_pronoun(start) || (start..k).any(|t| self.is_capitalized(t));
        let words = (a..b).filter(|&t| self.items[t].is_word()).count();
        named && words >= 3 && !self.starts_with_preposition(a) && !self.is_word(a, "off")
    }

    /// "incidents alleged to have taken place", "a report published by":
    /// a participle after a noun followed by "to" or "by" is passive.
    fn reduced_passive(&self, k: usize, last: usize) -> bool {
        let w = self.word(k);
        w.ends_with("ed")
            && k > 0
            && self.items[k - 1].is_word()
            && !self.is_capitalized(k - 1)
            && !self.is_pronoun(k - 1)
            && !LEXICON.is_aux(self.word(k - 1))
            && (self.is_word(last + 1, "to") || self.is_word(last + 1, "by"))
    }

    /// A bare verb form ("post", "report", "claim") is a verb only with a
    /// plural or first/second-person subject or after an auxiliary; "his
    /// cabinet post" is a noun.
    fn bare_form_agrees(&self, k: usize, subject_start: usize) -> bool {
        let w = self.word(k);
        let inflected = ends_with_ci(w, "s")
            || ends_with_ci(w, "d")
            || ends_with_ci(w, "ing")
            || self.word_in(k, &["thought", "felt", "wrote"]);
        if inflected || !self.word_in(k, NOUN_HOMOGRAPHS) {
            return true;
        }
        let aux_between = k > 0 && self.items[k - 1].is_word() && LEXICON.is_aux(self.word(k - 1));
        let head = (subject_start..k).rev().find(|&t| self.items[t].is_word() && !LEXICON.is_aux(self.word(t)));
        let plural = head.is_some_and(|h| {
            let w = self.word(h);
            self.word_in(h, &["i", "we", "they", "you", "who", "people", "them"])
                || (ends_with_ci(w, "s") && !ends_with_ci(w, "ss"))
        });
        aux_between || plural
    }

    /// The subject opening the clause segment that holds item `k` ("In an
    /// interview, Ms. Conway rejected … and said …" gives "Ms. Conway").
    fn segment_subject(&self, k: usize) -> SpeakerRef {
        let mut end = k;
        for _ in 0..4 {
            let start = (0..end).rev().find(|&t| self.items[t].is_punct(',')).map_or(0, |t| t + 1);
            if let Some(found) = self.subject_opening(start, end) {
                return found;
            }
            if start == 0 {
                break;
            }
            end = start - 1;
        }
        SpeakerRef::Unknown
    }

    /// A pronoun or capitalised name opening the items `start..end`.
    fn subject_opening(&self, start: usize, end: usize) -> Option<SpeakerRef> {
        if start >= end || !self.items[start].is_word() {
            return None;
        }
        if self.is_subject_pronoun(start) {
            return Some(SpeakerRef::Phrase(self.items[start].span));
        }
        let mut b = start;
        while b < end && b - start < 6 {
            let title_dot = self.items[b].is_punct('.') && b > start && self.is_title_or_initial(b - 1);
            if !(title_dot || (self.is_capitalized(b) && !LEXICON.is_np_breaker(self.word(b)))) {
                break;
            }
            b += 1;
        }
        // "The judge rubbed his chin and said": a capitalised determiner alone
        // is no subject; its lowercase noun phrase runs to the first verb.
        if b == start + 1 && self.word_in(start, &["the", "a", "an", "this", "that", "these", "those"]) {
            b = self.lowercase_np_end(b, end);
        }
        // "Clinton, who was speaking …, did not …, but told": a segment that
        // is only a name, set off by a comma, opens the sentence's subject.
        let whole_segment = b == end && self.items.get(end).is_some_and(|i| i.is_punct(','));
        (b > start && (whole_segment || (b < end && self.items[b].is_word())))
            .then(|| SpeakerRef::Phrase(self.span_of(start, b)))
    }

    /// Where a lowercase noun phrase from `from` stops (at most three words,
    /// before `end`): at an auxiliary, a form of "be", a cue, a verb-like
    /// or present-tense word, or a word no noun phrase holds.
    fn lowercase_np_end(&self, from: usize, end: usize) -> usize {
        let mut b = from;
        while b < end && b - from < 3 && self.items[b].is_word() && !self.is_capitalized(b) {
            let w = self.word(b);
            // "The email goes on": after the head, an "-s" word is its verb.
            let present_verb = b > from && w.ends_with('s') && !w.ends_with("ss");
            let past_verb = b > from && w.ends_with("ed");
            if LEXICON.is_aux(w)
                || past_verb
                || LEXICON.is_determiner(w)
                || self.word_in(b, NP_INNER_PREPOSITIONS)
                || LEXICON.is_be(w)
                || LEXICON.is_np_breaker(w)
                || is_verb_like(w)
                || present_verb
                || self.cue_at(b).is_some()
            {
                break;
            }
            b += 1;
        }
        b
    }

    /// "Trump is expected to deliver a speech", "The deal seems fair": the
    /// raised subject is the other half of what is attributed (annotations
    /// of attribution record the subject and the infinitive as two pieces).
    /// Its region is empty so names in it stay antecedents for pronouns.
    fn raised_subject(&self, k: usize, content: &RawQuote) -> Option<RawQuote> {
        if self.is_word(k, "asked") || self.is_word(k, "when") {
            return None;
        }
        let Some(Subject::Phrase(span, _)) = self.subject_left(k) else { return None };
        (span.end <= content.span.start).then_some(RawQuote {
            kind: QuoteKind::Indirect,
            span,
            cue: content.cue,
            speaker: SpeakerRef::Impersonal,
            region: Span::new(span.start, span.start),
        })
    }

    /// "(Trump) is expected to deliver a speech": the infinitive to the
    /// clause end, with no speaker.
    fn raising(&self, last: usize, cue: Span) -> Option<RawQuote> {
        let from = last + 1;
        let mut end = self.clause_end(from + 1);
        // "When asked whom she supported, Ms. Sherry smiled": the question
        // ends at the comma before the main clause.
        if self.is_word(last, "asked") {
            end = (from..end).find(|&t| self.items[t].is_punct(',')).unwrap_or(end);
        }
        let range = self.trimmed(from, end)?;
        if range.1 - range.0 < 2 && self.is_word(from, "to") {
            return None;
        }
        let (kind, span, region) = self.typed(range)?;
        Some(RawQuote { kind, span, cue: Some(cue), speaker: SpeakerRef::Impersonal, region })
    }

    /// "The FBI is reportedly making arrangements": an evidential adverb
    /// before a verb phrase. "In a new CBS poll, Clinton leads": a poll or
    /// survey opening the sentence. "Clinton leads in a new poll": one
    /// closing it. The cue and its last item.
    fn evidential_cue(&self, k: usize) -> Option<(CueClass, usize)> {
        const POLLS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];
        if !self.is_word(k, "in") {
            let verb_follows = self.items.get(k + 1).is_some_and(|i| i.is_word());
            return verb_follows.then_some((CueClass::Evidential, k));
        }
        let n = self.items.len();
        let end = (k + 1..n.min(k + 10)).find(|&t| !self.items[t].is_word()).unwrap_or(n.min(k + 10));
        let poll = (k + 1..end).find(|&t| self.word_in(t, POLLS))?;
        let opens = k == 0 && self.items.get(end).is_some_and(|i| i.is_punct(','));
        let closes = k > 2 && self.items[end..].iter().all(|i| !i.is_word() && i.quote().is_none());
        ((opens || closes) && poll < end).then_some((CueClass::Evidential, k))
    }

    /// The content of an evidential cue (see `evidential_cue`), with no
    /// speaker for an adverb and the poll as the speaker for "in … poll".
    fn evidential(&self, k: usize, _last: usize, cue: Span) -> Option<RawQuote> {
        let n = self.items.len();
        if !self.is_word(k, "in") {
            let range = self.trimmed(k + 1, self.clause_end(k + 1))?;
            let (kind, span, region) = self.typed(range)?;
            return Some(RawQuote { kind, span, cue: Some(cue), speaker: SpeakerRef::Impersonal, region });
        }
        let np_end = (k + 1..n).find(|&t| !self.items[t].is_word()).unwrap_or(n);
        let source = self.span_of(k + 1, np_end);
        let range = if k == 0 {
            let range = self.trimmed(np_end + 1, self.clause_end(np_end + 1))?;
            // A clause with its own attribution is that attribution's.
            if (range.0..range.1).any(|t| self.cue_at(t).is_some()) {
                return None;
            }
            range
        } else {
            self.trimmed(self.clause_start(k), k)?
        };
        let words = (range.0..range.1).filter(|&t| self.items[t].is_word()).count();
        if words < 3 {
            return None;
        }
        let (kind, span, region) = self.typed(range)?;
        Some(RawQuote { kind, span, cue: Some(cue), speaker: SpeakerRef::Phrase(source), region })
    }

    /// A possessor before item `k`: a capitalised name with 's, or a
    /// possessive pronoun.
    fn is_possessor(&self, t: usize) -> bool {
        if !self.items[t].is_word() {
            return false;
        }
        let w = self.word(t);
        if ["his", "her", "their"].iter().any(|p| w.eq_ignore_ascii_case(p)) {
            return true;
        }
        let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        owner.is_some_and(|o| o.starts_with(char::is_uppercase) && !matches!(o, "It" | "That" | "There" | "He" | "She"))
    }

    /// "Trump's claim that …", "her criticism of Sanders": the possessor
    /// speaks, the complement (after `that`, `of`, `for` …) is the content.
    fn nominal(&self, k: usize, cue: Span) -> Option<RawQuote> {
        let owner = k - 1;
        let speaker = if self.is_pronoun(owner) || self.is_word(owner, "his") || self.is_word(owner, "their") {
            self.items[owner].span
        } else {
            let (a, b) = self.np_left(k).filter(|&(a, _)| a <= owner)?;
            self.span_of(a, b)
        };
        let from = if self.is_word(k + 1, "to") { k + 1 } else { k + 2 };
        let range = self.trimmed(from, self.clause_end(from))?;
        let (kind, span, region) = self.typed(range)?;
        Some(RawQuote { kind, span, cue: Some(cue), speaker: SpeakerRef::Phrase(speaker), region })
    }

    /// `according to X` before or after its clause.
    fn according_to(&self, k: usize, last: usize, cue: Span) -> Option<RawQuote> {
        let n = self.items.len();
        // The source is any noun phrase up to punctuation ("according to
        // reports he filed", "according to the department").
        let np_start = last + 1;
        let mut np_end = np_start;
        while np_end < n && np_end - np_start < 12 && self.items[np_end].is_word() {
            np_end += 1;
        }
        if np_end == np_start {
            return None;
        }
        let np = self.span_of(np_start, np_end);
        // Inside parentheses the content starts after the opening one.
        let open = (0..k).rev().find(|&t| self.items[t].is_punct('(') || self.items[t].is_punct(')'));
        let floor = match open {
            Some(o) if self.items[o].is_punct('(') => o + 1,
            _ => self.clause_start(k),
        };
        let before_end = if k > floor && self.items[k - 1].is_punct(',') { k - 1 } else { k };
        let before = self.trimmed(floor, before_end);
        let before_words = before.map_or(0, |(a, b)| (a..b).filter(|&t| self.items[t].is_word()).count());
        let content = if before_words >= 4 {
            before
        } else {
            let start = if self.items.get(np_end).is_some_and(|i| i.is_punct(',')) { np_end + 1 } else { np_end };
            self.trimmed(start, n)
        }?;
        let (kind, span, region) = self.typed(content)?;
        Some(RawQuote { kind, span, cue: Some(cue), speaker: SpeakerRef::Phrase(np), region })
    }

    /// The subject of the cue at `k`, looking left past auxiliaries.
    fn subject_left(&self, k: usize) -> Option<Subject> {
        let mut j = k;
        // "Clinton is calling for": a progressive's "be" is an auxiliary.
        let progressive = self.word(k).ends_with("ing");
        while j > 0
            && self.items[j - 1].is_word()
            && (LEXICON.is_aux(self.word(j - 1)) || (progressive && LEXICON.is_be(self.word(j - 1))))
        {
            j -= 1;
        }
        j = self.skip_time_adverbial_left(j);
        if j == 0 {
            return Some(Subject::Boundary);
        }
        let item = self.items[j - 1];
        if !item.is_word() {
            let participle = self.word(k).ends_with("ing");
            if participle && item.is_punct(',') {
                return Some(Subject::Previous);
            }
            if item.is_punct(',') || item.is_punct('—') || item.is_punct('–') || item.is_punct('-') {
                if let Some(s) = self.subject_before_apposition(j - 1) {
                    return Some(s);
                }
            }
            // "Joseph R. Biden Jr. said": the dot of a suffix ends the name.
            if item.is_punct('.') && j >= 2 && self.items[j - 2].is_word() && self.is_title_or_initial(j - 2) {
                if let Some((a, b)) = self.np_left(j) {
                    return Some(Subject::Phrase(self.span_of(a, b), a));
                }
            }
            if item.is_punct('%') && j >= 2 {
                // "47% say", "a third of independents, 33%, say".
                if let Some(s) = self.subject_before_apposition(j - 1).filter(|_| self.items[j - 2].is_punct(',')) {
                    return Some(s);
                }
                let (a, _) = self.np_left(j - 1)?;
                return Some(Subject::Phrase(self.span_of(a, j), a));
            }
            if item.is_punct(')') {
                // "Sen. Chris Murphy (a Connecticut Democrat) says"
                let open = (j.saturating_sub(30)..j - 1).rev().find(|&t| self.items[t].is_punct('('));
                if let Some((a, b)) = open.and_then(|o| self.np_left(o)) {
                    return Some(Subject::Phrase(self.span_of(a, b), a));
                }
            }
            return Some(Subject::Boundary);
        }
        let w = self.word(j - 1);
        if self.word(k).ends_with("ing") && self.word_in(j - 1, &["by", "after", "before", "while", "when", "in"]) {
            return Some(Subject::Previous);
        }
        match () {
            _ if self.word_in(j - 1, &["who", "which"]) => {
                let before = j - 1;
                let np_end = if before > 0 && self.items[before - 1].is_punct(',') { before - 1 } else { before };
                let (a, b) = self.np_left(np_end)?;
                Some(Subject::Phrase(self.span_of(a, b), a))
            }
            _ if self.word_in(j - 1, &["and", "but"]) => Some(Subject::Previous),
            _ if self.is_word(j - 1, "to") => {
                let obj = j.checked_sub(2)?;
                self.word_in(obj, &["him", "her", "them"]).then(|| Subject::Phrase(self.items[obj].span, obj))
            }
            _ if self.is_pronoun(j - 1) => Some(Subject::Phrase(item.span, j - 1)),
            _ if self.word_in(j - 1, NP_INNER_PREPOSITIONS) => None,
            _ if LEXICON.is_np_breaker(w) => None,
            _ => match self.np_left(j) {
                Some((a, b)) => {
                    let a = self.coordinated_start(a);
                    Some(Subject::Phrase(self.span_of(a, b), a))
                }
                // "Thirty-one percent of those surveyed say": a participle
                // after "those" ends the noun phrase.
                None if j >= 2 && w.ends_with("ed") && self.is_word(j - 2, "those") => {
                    let (a, _) = self.np_left(j - 1)?;
                    Some(Subject::Phrase(self.span_of(a, j), a))
                }
                None => None,
            },
        }
    }

    /// "the Florida senator and Republican presidential candidate said",
    /// "Sanders and Clinton said": a noun phrase coordinated by "and" before
    /// the subject's phrase starting at `a` belongs to the subject when it
    /// opens its clause (sentence start, or after a comma or quotation).
    fn coordinated_start(&self, a: usize) -> usize {
        if a < 2 || !self.is_word(a - 1, "and") {
            return a;
        }
        let Some((b, _)) = self.np_left(a - 1) else { return a };
        let opens = b == 0 || self.items[b - 1].quote().is_some() || self.items[b - 1].is_punct(',');
        // Names on both sides ("Sanders and Clinton"), or a description
        // joined to a capitalised one ("the Florida senator and Republican
        // candidate"); "The economy grew and voters" is two clauses.
        let names = (b..a - 1).all(|t| self.is_capitalized(t) || self.items[t].is_punct('.'));
        let described = LEXICON.is_determiner(self.word(b)) && a - 1 - b <= 4 && self.is_capitalized(a);
        if opens && (names || described) {
            b
        } else {
            a
        }
    }

    /// "Priebus on Thursday evening said", "Clinton last week told": a time
    /// adverbial between subject and cue is skipped when a subject word
    /// stands before it; otherwise `j` is returned unchanged.
    fn skip_time_adverbial_left(&self, j: usize) -> usize {
        // "CBS This Morning co-anchor": a capitalised time word inside a name
        // is part of it; only day names are capitalised time words.
        let is_time = |t: usize| {
            let w = self.word(t);
            let lower_or_day = w.starts_with(|c: char| c.is_ascii_lowercase()) || w.ends_with("day");
            self.items[t].is_word() && lower_or_day && LEXICON.is_time_word(w) || w.bytes().all(|b| b.is_ascii_digit())
        };
        let mut t = j;
        while t > 0 && j - t < 4 && is_time(t - 1) {
            t -= 1;
        }
        if t == j {
            return j;
        }
        let has_weekday_or_period = (t..j).any(|u| {
            ends_with_ci(self.word(u), "day")
                || self.word_in(u, &["week", "month", "year", "morning", "evening", "night"])
        });
        if !has_weekday_or_period {
            return j;
        }
        if t > 0 && (self.is_word(t - 1, "on") || self.is_word(t - 1, "in")) {
            t -= 1;
        }
        t = self.aux_start(t);
        // "a poll released Saturday found": the adverbial belongs to the
        // participle and the whole phrase is the subject.
        let subject_word = t > 0
            && self.items[t - 1].is_word()
            && (!self.word(t - 1).ends_with("ed") || self.is_capitalized(t - 1))
            && !LEXICON.is_np_breaker(self.word(t - 1))
            && !self.word_in(t - 1, NP_INNER_PREPOSITIONS);
        if subject_word || (t > 0 && self.is_pronoun(t - 1)) {
            t
        } else {
            j
        }
    }

    /// True when the cue at `k` has "who" or "which" as its subject.
    fn relative_subject(&self, k: usize) -> bool {
        let j = self.aux_start(k);
        j > 0 && (self.is_word(j - 1, "who") || self.is_word(j - 1, "which"))
    }

    /// "Small, who attended the rally, said …" / "Mr. Kopachko, the
    /// pollster, said …": the subject before an apposition closed by the
    /// comma at `comma`.
    fn subject_before_apposition(&self, comma: usize) -> Option<Subject> {
        self.subject_before_apposition_at(comma, 0)
    }

    /// `subject_before_apposition` for the apposition closed at `comma` (a
    /// comma or a dash, opened by the same mark); `depth` counts the chained
    /// appositions already crossed ("Marley Anderson, 21, a junior, said").
    fn subject_before_apposition_at(&self, comma: usize, depth: usize) -> Option<Subject> {
        let delim = ['—', '–', '-'].into_iter().find(|&d| self.items[comma].is_punct(d)).unwrap_or(',');
        let open = (comma.saturating_sub(25)..comma).rev().find(|&t| self.items[t].is_punct(delim))?;
        let first = open + 1;
        if first >= comma || !self.items[first].is_word() || (first..comma).any(|t| self.items[t].quote().is_some()) {
            return None;
        }
        let w = self.word(first);
        // "His campaign manager, Jeff Weaver, said": a name set off after a
        // description is the subject.
        let name_segment = (first..comma).all(|t| {
            (self.items[t].is_word() && (self.is_capitalized(t) || self.is_word(t, "of") || self.is_word(t, "and")))
                || (self.items[t].is_punct('.') && t > first && self.is_title_or_initial(t - 1))
        }) && comma - first <= 7
            && self.is_capitalized(first);
        if name_segment {
            let before = self.np_left_past_party(open);
            let described_before =
                before.is_some_and(|(a, b)| !self.is_capitalized(b - 1) || self.word_in(a, DESCRIPTION_OPENERS));
            if let Some((a, _)) = before.filter(|_| described_before) {
                return Some(Subject::Phrase(self.span_of(first, comma), a));
            }
        }
        // "Brianne Stone, 29, of Huntsville, Ala., says": a one-word state
        // after an "of/from/in" place continues the place's apposition.
        let one_word = comma - first == 1 || (comma - first == 2 && self.items[first + 1].is_punct('.'));
        let place_before = (open.saturating_sub(8)..open)
            .rev()
            .find(|&t| self.items[t].is_punct(','))
            .is_some_and(|c| self.word_in(c + 1, &["of", "from", "in"]));
        if delim == ',' && one_word && self.is_capitalized(first) && place_before && depth < 2 {
            return self.subject_before_apposition_at(open, depth + 1);
        }
        let party_or_age = w.starts_with(|c: char| c.is_ascii_digit())
            || (w.len() > 2
                && w.as_bytes()[1] == b'-'
                && matches!(w.as_bytes()[0].to_ascii_lowercase(), b'r' | b'd' | b'i'));
        // "Dan Centinello, Romney's deputy political director, said".
        // "Sanders’ campaign manager": a plural possessive's mark is its own item.
        let possessive = ends_with_ci(w, "'s")
            || ends_with_ci(w, "’s")
            || self.items.get(first + 1).is_some_and(|i| i.is_punct('’') || i.is_punct('\''));
        let appositive = party_or_age
            || possessive
            || self.word_in(first, &["who", "whose", "which"])
            || self.word_in(first, DESCRIPTION_OPENERS)
            || LEXICON.is_title(w)
            || w.starts_with(char::is_lowercase);
        let relative = self.word_in(first, &["who", "whose", "which"]);
        if !appositive || (first..comma).any(|t| self.cue_at(t).is_some() && !relative) {
            return None;
        }
        // "…, the race will be tight, said X": a finite verb makes the
        // segment a clause, not an apposition.
        let finite = |t: usize| self.items[t].is_word() && (LEXICON.is_be(self.word(t)) || self.word_in(t, MODALS));
        if !relative && (first..comma).any(finite) {
            return None;
        }
        let np = self.np_left_past_party(open);
        // "The report, which was released Tuesday, found": a relative clause
        // marks its antecedent as a noun phrase even when it is lowercase.
        let determined = np.is_some_and(|(a, b)| {
            (relative && LEXICON.is_determiner(self.word(a)))
                || self.word_in(a, DESCRIPTION_OPENERS)
                || (a..b).any(|t| self.is_capitalized(t))
        });
        match np {
            Some((a, b)) if self.is_capitalized(b - 1) || self.is_pronoun(b - 1) || determined => {
                Some(Subject::Phrase(self.span_of(a, b), a))
            }
            _ if depth < 2 && delim == ',' && open > 0 => self.subject_before_apposition_at(open, depth + 1),
            _ => None,
        }
    }

    /// The noun phrase before item `end`, past a short bracket right before
    /// it ("Sen. Jane Roe (D-Ore.), the committee's chair, said"): the name
    /// without its party tag.
    fn np_left_past_party(&self, end: usize) -> Option<(usize, usize)> {
        self.np_left(self.before_parenthetical(end, 8)?)
    }

    /// `end`, or where a parenthesis closing right before it opens ("Jane
    /// Roe (D-Ohio)"); `None` when that is more than `reach` items back.
    fn before_parenthetical(&self, end: usize, reach: usize) -> Option<usize> {
        if end >= 2 && self.items[end - 1].is_punct(')') {
            return (end.saturating_sub(reach)..end - 1).rev().find(|&t| self.items[t].is_punct('('));
        }
        Some(end)
    }

    /// The noun phrase ending just before item `end`: `(start, end)` items.
    fn np_left(&self, end: usize) -> Option<(usize, usize)> {
        if end == 0 {
            // Nothing before the sentence's first item ("(…) says" opening a line).
            return None;
        }
        let mut a = end;
        while a > 0 && end - a < 9 {
            let i = a - 1;
            let item = self.items[i];
            if item.is_punct('.') && i > 0 && self.items[i - 1].is_word() && self.is_title_or_initial(i - 1) {
                a = i;
                continue;
            }
            if !item.is_word() {
                break;
            }
            let w = self.word(i);
            if self.word_in(i, NP_INNER_PREPOSITIONS) && a < end && i > 0 && self.items[i - 1].is_word() {
                a = i;
                continue;
            }
            // "the congressional report said": a noun homograph of a cue right
            // before the verb is the subject's head, not a second cue.
            let head_noun = i + 1 == end && {
                let singular = w.trim_end_matches(['s', 'S']);
                NOUN_HOMOGRAPHS.iter().any(|n| n.eq_ignore_ascii_case(singular))
            };
            if LEXICON.is_np_breaker(w)
                || self.is_pronoun(i)
                || (self.cue_at(i).is_some() && !head_noun)
                || is_verb_like_not_noun(w)
            {
                break;
            }
            a = i;
            // "a spokesperson for the office": an article after an inner
            // preposition does not open the phrase.
            let after_preposition = i >= 2 && self.items[i - 1].is_word() && self.word_in(i - 1, NP_INNER_PREPOSITIONS);
            if self.word_in(i, DESCRIPTION_OPENERS) && !after_preposition {
                break;
            }
        }
        while a < end && self.word_in(a, NP_INNER_PREPOSITIONS) {
            a += 1;
        }
        // "Biden Jr." ends in the dot of its suffix.
        let head = if end >= 2 && self.items[end - 1].is_punct('.') && self.items[end - 2].is_word() {
            end - 2
        } else {
            end - 1
        };
        (a < end && self.items[head].is_word() && !is_verb_like_not_noun(self.word(head))).then_some((a, end))
    }

    /// An inverted subject right after the cue ("…, said Lalonde."): the
    /// phrase and the item index after it. Only when nothing clause-like follows.
    fn np_right(&self, from: usize) -> Option<(Span, usize)> {
        let mut j = self.aux_end(from);
        let start = j;
        if j >= self.items.len() || !self.items[j].is_word() {
            return None;
        }
        if self.is_pronoun(j) {
            // ", said he." closes; ", say they will vote" opens a clause.
            let closes = self.items.get(j + 1).is_none_or(|i| !i.is_word())
                || self.starts_with_preposition(j + 1)
                || LEXICON.is_time_word(self.word(j + 1));
            return closes.then(|| (self.items[j].span, j + 1));
        }
        let description = self.word_in(j, DESCRIPTION_OPENERS);
        if !description && !self.is_capitalized(j) && !LEXICON.is_title(self.word(j)) {
            return None;
        }
        let n = self.items.len();
        while j < n && j - start < 10 {
            let item = self.items[j];
            if item.is_punct('.') && j > start && self.is_title_or_initial(j - 1) {
                j += 1;
                continue;
            }
            if !item.is_word() {
                break;
            }
            let inner = self.word_in(j, NP_INNER_PREPOSITIONS) && j > start;
            if !inner && j > start && (LEXICON.is_np_breaker(self.word(j)) || self.cue_at(j).is_some()) {
                break;
            }
            if is_verb_like(self.word(j)) && !LEXICON.is_title(self.word(j)) {
                break;
            }
            // Lowercase words belong to a name phrase only when a capitalised
            // word follows soon ("former tech executive Carly Fiorina").
            let name_follows =
                (j + 1..n.min(j + 4)).take_while(|&t| self.items[t].is_word()).any(|t| self.is_capitalized(t));
            if !description && !inner && !self.is_capitalized(j) && !name_follows {
                break;
            }
            j += 1;
        }
        while j > start + 1 && self.word_in(j - 1, NP_INNER_PREPOSITIONS) {
            j -= 1;
        }
        if j == start || (description && j == start + 1) {
            return None;
        }
        // An inverted subject closes its clause: punctuation, or an adverbial.
        let closes = |j: usize| {
            self.items.get(j).is_none_or(|i| !i.is_word())
                || self.starts_with_preposition(j)
                || self.is_word(j, "according")
                || LEXICON.is_time_word(self.word(j))
        };
        if closes(j) {
            return Some((self.span_of(start, j), j));
        }
        // "said Robert Antonacci of the New York delegation.": a
        // prepositional phrase inside the name phrase may end in a lowercase
        // head noun before the punctuation that closes it.
        let inner = (start + 1..j).any(|t| self.word_in(t, NP_INNER_PREPOSITIONS));
        if inner && self.is_capitalized(start) {
            let mut e = j;
            while e < n && e - j < 3 && self.items[e].is_word() {
                let w = self.word(e);
                if LEXICON.is_np_breaker(w) || self.cue_at(e).is_some() || is_verb_like(w) || self.is_pronoun(e) {
                    return None;
                }
                e += 1;
            }
            if e < n && (self.items[e].is_punct('.') || self.items[e].is_punct(',')) || e == n {
                return Some((self.span_of(start, e), e));
            }
        }
        None
    }

    /// A piece of a written name: a capitalised word, or the full stop of a
    /// title or initial before it ("Dr. Ben Carson", "Joseph R. Biden").
    fn is_name_item(&self, t: usize) -> bool {
        self.is_capitalized(t) || (t > 0 && self.items[t].is_punct('.') && self.is_title_or_initial(t - 1))
    }

    fn is_title_or_initial(&self, k: usize) -> bool {
        let w = self.word(k);
        // "Joseph R. Biden Jr. said": a generational suffix keeps its dot inside the name.
        LEXICON.is_title(w) || (w.chars().count() == 1 && w.chars().all(char::is_uppercase)) || w == "Jr" || w == "Sr"
    }

    /// The reported clause after the cue: `(start, end)` items.
    fn clause_after(&self, from: usize, class: CueClass) -> Option<(usize, usize)> {
        let n = self.items.len();
        let mut j = from;
        let that_within = |j: usize, limit: usize| {
            (j..n.min(j + limit)).take_while(|&t| self.items[t].is_word()).find(|&t| self.is_word(t, "that"))
        };
        if class == CueClass::Tell {
            if let Some(t) = that_within(j, 10) {
                j = t;
            } else {
                j = self.skip_object(j);
            }
        }
        j = self.skip_adverbials(j);
        // "said at the time, adding that …": a participle cue after the
        // adverbials opens its own report.
        if j > from
            && self.items.get(j).is_some_and(|i| i.is_word())
            && self.word(j).ends_with("ing")
            && self.cue_at(j).is_some()
        {
            return None;
        }
        let explicit_that = self.is_word(j, "that");
        if explicit_that {
            j += 1;
            // "added that, in Wisconsin, Trump's coalition …": a fronted
            // adverbial between `that` and its clause.
            if self.items.get(j).is_some_and(|i| i.is_punct(',')) && self.items.get(j + 1).is_some_and(|i| i.is_word())
            {
                j += 1;
            }
        }
        if j < n && self.items[j].is_punct(':') {
            j += 1;
        } else if j < n && self.items[j].is_punct(',') {
            // "X said, "…"": only a quotation may follow the comma.
            if self.items.get(j + 1).is_none_or(|i| i.quote().is_none()) {
                return None;
            }
            j += 1;
        }
        if j >= n || !(self.items[j].is_word() || self.items[j].quote().is_some()) {
            return None;
        }
        // "expects to win", "is expecting to air": an expectation's infinitive.
        let infinitive = self.is_word(j, "to") && self.items.get(j + 1).is_some_and(|i| i.is_word());
        if class == CueClass::Think
            && !explicit_that
            && !infinitive
            && !self.is_subject_pronoun(j)
            && !self.contracted_subject(j)
            && !self.bare_clause_at(j)
        {
            return None;
        }
        let end = self.clause_end(j);
        let range = self.trimmed(j, end)?;
        let words = (range.0..range.1).filter(|&t| self.items[t].is_word()).count();
        let has_quote = (range.0..range.1).any(|t| self.items[t].quote().is_some());
        if class == CueClass::Object {
            // The object is the content: a name alone will do ("endorsed Cruz"),
            // an infinitive too ("vowed to fight"), other prepositions will not.
            let infinitive = self.is_word(range.0, "to");
            let dangling = self.starts_with_preposition(range.1 - 1);
            let opens_right = infinitive || !self.starts_with_preposition(range.0);
            return (opens_right && !dangling).then_some(range);
        }
        let clause_like = (range.0..range.1).any(|t| self.is_subject_pronoun(t) || self.items[t].is_punct(','));
        let expectation = class == CueClass::Think && infinitive;
        if self.object_not_clause(range.0)
            || (self.starts_with_preposition(range.0) && !expectation && (words < 8 || !clause_like))
            || self.is_word(range.0, "according")
            || (!has_quote && words < 3)
        {
            return None;
        }
        Some(range)
    }

    /// "(believes) the plan will fail", "(found) most voters were": a clause
    /// without `that` opens with a noun phrase and reaches a finite auxiliary
    /// within a few words; "(expects) the bill to pass" and "(knows) the
    /// area" are objects, not clauses.
    fn bare_clause_at(&self, j: usize) -> bool {
        const FINITE: &[&str] = &[
            "is",
            "was",
            "are",
            "were",
            "will",
            "would",
            "could",
            "can",
            "should",
            "may",
            "might",
            "must",
            "has",
            "have",
            "had",
            "does",
            "did",
            "won't",
            "wouldn't",
            "can't",
            "isn't",
            "wasn't",
            "aren't",
            "doesn't",
            "didn't",
            "won’t",
            "wouldn’t",
            "can’t",
            "isn’t",
            "wasn’t",
            "aren’t",
            "doesn’t",
            "didn’t",
        ];
        // "(believe) meaningful debt relief is …", "(think) this meeting
        // is …": a lowercase noun phrase opens the clause too when a finite
        // verb follows within a few words.
        let opens_np = self.items.get(j).is_some_and(|i| i.is_word())
            && (self.is_capitalized(j)
                || LEXICON.is_determiner(self.word(j))
                || (!self.starts_with_preposition(j)
                    && !LEXICON.is_np_breaker(self.word(j))
                    && !LEXICON.is_aux(self.word(j))
                    && !self.is_pronoun(j)));
        if !opens_np || self.is_word(j, "which") || self.is_word(j, "whose") {
            return false;
        }
        for t in j + 1..self.items.len().min(j + 10) {
            if !self.items[t].is_word() {
                return false;
            }
            if self.word_in(t, FINITE) || (self.is_capitalized(j) && t <= j + 3 && self.finite_lexical_verb(t)) {
                return true;
            }
            if self.word_in(t, &["to", "that", "who", "which", "and", "or"]) {
                return false;
            }
        }
        false
    }

    /// "(think) it’s good", "(believe) they're right": a subject pronoun
    /// contracted with its verb opens a clause.
    fn contracted_subject(&self, j: usize) -> bool {
        const CONTRACTED: &[&str] = &["it", "he", "she", "they", "we", "i", "you", "there", "that"];
        self.items.get(j).is_some_and(|i| i.is_word()) && {
            let w = self.word(j);
            w.find(['\'', '’']).is_some_and(|p| {
                let (head, tail) = w.split_at(p);
                tail.chars().count() >= 2 && CONTRACTED.iter().any(|c| head.eq_ignore_ascii_case(c))
            })
        }
    }

    /// "(found) Democrats favored Clinton", "(shows) Clinton leads Sanders":
    /// a lowercase past form, or an -s form before a name or determiner,
    /// read as the finite verb of a clause after a proper-noun subject.
    fn finite_lexical_verb(&self, t: usize) -> bool {
        let w = self.word(t);
        if w.len() < 4 || !w.starts_with(|c: char| c.is_ascii_lowercase()) || self.is_word(t + 1, "by") {
            return false;
        }
        let next_opens_np = self.items.get(t + 1).is_some_and(|i| i.is_word())
            && (self.is_capitalized(t + 1) || LEXICON.is_determiner(self.word(t + 1)));
        w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss") && next_opens_np)
    }

    /// "said little", "wrote a thread on Twitter": an object, not a clause.
    fn object_not_clause(&self, k: usize) -> bool {
        const QUANTITIES: &[&str] = &["little", "nothing", "much", "anything"];
        const DOCUMENTS: &[&str] = &[
            "thread",
            "post",
            "letter",
            "statement",
            "message",
            "note",
            "tweet",
            "column",
            "piece",
            "book",
            "memo",
            "email",
            "essay",
            "series",
            "report",
            "story",
            "blog",
            "op-ed",
            "editorial",
            "speech",
            "question",
        ];
        // "said much of the debate was …": a quantity with "of" heads a clause's subject.
        if self.word_in(k, QUANTITIES) {
            return !(self.is_word(k, "much") && self.is_word(k + 1, "of"));
        }
        let det = self.word_in(k, &["a", "an"]);
        det && (k + 1..self.items.len().min(k + 4))
            .take_while(|&t| self.items[t].is_word())
            .any(|t| self.word_in(t, DOCUMENTS))
    }

    fn starts_with_preposition(&self, k: usize) -> bool {
        self.word_in(
            k,
            &[
                "of",
                "to",
                "in",
                "for",
                "on",
                "about",
                "with",
                "by",
                "at",
                "during",
                "after",
                "before",
                "from",
                "as",
                "aboard",
                "outside",
                "inside",
                "near",
                "behind",
                "following",
                "ahead",
                "amid",
                "among",
                "across",
                "onstage",
                "backstage",
                "afterward",
                "under",
                "via",
                "through",
                "over",
            ],
        )
    }

    /// Skips the object of `told` ("reporters", "CBC News", "him").
    fn skip_object(&self, mut j: usize) -> usize {
        let n = self.items.len();
        if j < n && self.items[j].is_word() && self.word_in(j, OBJECT_WORDS) {
            return j + 1;
        }
        if j < n && self.is_capitalized(j) && !self.is_subject_pronoun(j) {
            while j < n && (self.is_capitalized(j) || self.is_word(j, "of") || self.is_word(j, "and")) {
                j += 1;
            }
            return j;
        }
        if j < n && self.items[j].is_word() && LEXICON.is_determiner(self.word(j)) {
            let stop = (j + 1..n.min(j + 5)).find(|&t| !self.items[t].is_word() || self.is_subject_pronoun(t));
            return stop.unwrap_or(j + 2).min(n);
        }
        j
    }

    /// Skips "Wednesday", "in a statement", "on Twitter," between cue and clause.
    fn skip_adverbials(&self, mut j: usize) -> usize {
        let n = self.items.len();
        loop {
            // "said — on Twitter, as it happens — that …": a dashed aside.
            if j < n && self.items[j].is_punct('—') {
                if let Some(close) = (j + 1..n.min(j + 14)).find(|&t| self.items[t].is_punct('—')) {
                    j = close + 1;
                }
            }
            let start = j;
            while j < n && self.items[j].is_word() && LEXICON.is_time_word(self.word(j)) {
                j += 1;
            }
            // "promised on Tuesday to …", "said in 2014 that …": a time
            // phrase after a preposition.
            if j < n && (self.is_word(j, "on") || self.is_word(j, "in")) {
                let mut t = j + 1;
                while t < n && t - j <= 3 && self.items[t].is_word() && self.is_time_or_year(t) {
                    t += 1;
                }
                if t > j + 1 {
                    j = t;
                    continue;
                }
            }
            let prep =
                ["in", "on", "at", "during", "after", "before", "to", "via", "through", "from", "with", "over", "of"];
            if j < n && self.word_in(j, &prep) {
                let that =
                    (j..n.min(j + 9)).take_while(|&t| self.items[t].is_word()).find(|&t| self.is_word(t, "that"));
                let comma = (j..n.min(j + 8)).find(|&t| !self.items[t].is_word());
                if let Some(t) = that {
                    return t;
                }
                if let Some(c) = comma.filter(|&c| self.items[c].is_punct(',') || self.items[c].is_punct(':')) {
                    if self.is_word(c + 1, "and") || self.is_word(c + 1, "but") {
                        return c;
                    }
                    j = if self.items[c].is_punct(':') { c } else { c + 1 };
                }
            }
            if j == start {
                return j;
            }
        }
    }

    /// A time word ("Tuesday", "week", "last") or a year ("2014").
    fn is_time_or_year(&self, t: usize) -> bool {
        let w = self.word(t);
        let year = w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        year || LEXICON.is_time_word(w)
    }

    /// Where a clause starting at `j` stops: the sentence end, a semicolon,
    /// a colon opening a quotation, or a comma before the next attribution.
    fn clause_end(&self, j: usize) -> usize {
        let n = self.items.len();
        for t in j..n {
            let item = self.items[t];
            if item.is_punct(';') {
                return t;
            }
            if t > j
                && item.is_word()
                && (self.is_word(t, "and") || self.is_word(t, "but"))
                && self.next_attribution_at(t)
            {
                return t;
            }
            if item.is_punct(':') && self.items.get(t + 1).is_some_and(|i| i.quote().is_some()) {
                return t;
            }
            // "spoke about the budget — “It is tight,” he said, “but …” —":
            // a dash that opens or closes a quoted interjection ends the clause.
            let dash = item.is_punct('—') || item.is_punct('–') || item.is_punct('-');
            if t > j && dash && (self.interjection_at(t + 1) || (t == j + 1 && self.items[j].quote().is_some())) {
                return t;
            }
            // "the system is rigged, while her rival has soared": a contrast
            // after a comma is the writer's, not the report's; "such a fear,
            // while valid, speaks to …" is an aside inside the content.
            if item.is_punct(',')
                && self.word_in(t + 1, &["while", "whereas", "although", "though"])
                && !self.items[t + 2..n.min(t + 6)].iter().any(|i| i.is_punct(','))
            {
                return t;
            }
            if item.is_punct(',') || item.is_punct('—') {
                if self.next_attribution_at(t + 1) || (item.is_punct(',') && self.coordinated_attribution_at(t + 1)) {
                    return t;
                }
                if self.is_word(t + 1, "according") {
                    return t;
                }
                if self.attribution_closes_sentence(t + 1) {
                    return t;
                }
            }
        }
        n
    }

    /// True when a new attribution starts at `u`: "(but|and) said …",
    /// "adding …", "he said …".
    /// "“It is tight,” he said, “but …”" at item `u`: a quotation, a short
    /// speaker, a saying verb, a comma and a second quotation.
    fn interjection_at(&self, u: usize) -> bool {
        let n = self.items.len();
        if self.items.get(u).is_none_or(|i| i.quote().is_none()) {
            return false;
        }
        let Some(c) = (u + 1..n.min(u + 6)).find(|&t| self.cue_at(t).is_some_and(|(c, _)| c == CueClass::Say)) else {
            return false;
        };
        (u + 1..c).all(|t| self.items[t].is_word() || self.items[t].is_punct('.'))
            && self.items.get(c + 1).is_some_and(|i| i.is_punct(','))
            && self.items.get(c + 2).is_some_and(|i| i.quote().is_some())
    }

    /// ", and those voters backed …", ", but Ms. Roe said …": a coordinated
    /// clause with its own subject and cue is a new attribution, not more of
    /// the content before the comma.
    fn coordinated_attribution_at(&self, u: usize) -> bool {
        if !(self.is_word(u, "and") || self.is_word(u, "but")) {
            return false;
        }
        let n = self.items.len();
        let mut v = u + 1;
        if self.is_subject_pronoun(v) {
            v += 1;
        } else if v < n && self.is_capitalized(v) && !LEXICON.is_np_breaker(self.word(v)) {
            let start = v;
            while v < n && v - start < 5 && (self.is_capitalized(v) || self.items[v].is_punct('.')) {
                v += 1;
            }
        } else if v < n && self.items[v].is_word() && LEXICON.is_determiner(self.word(v)) {
            let start = v;
            v += 1;
            while v < n && v - start < 4 && self.items[v].is_word() && self.cue_at(v).is_none() {
                if LEXICON.is_np_breaker(self.word(v)) || LEXICON.is_aux(self.word(v)) {
                    break;
                }
                v += 1;
            }
        } else {
            // "and more than 4 in 10 said …", "and other party leaders said
            // …": any short noun phrase, before a saying verb only.
            let start = v;
            while v < n && v - start < 6 && self.items[v].is_word() && self.cue_at(v).is_none() {
                // "nearly 3 in 10": an adverb may open the phrase.
                let w = self.word(v);
                let opening_adverb = v == start && w.ends_with("ly");
                let inner = v > start && self.word_in(v, NP_INNER_PREPOSITIONS);
                if !inner && (LEXICON.is_np_breaker(w) || (!opening_adverb && (LEXICON.is_aux(w) || is_verb_like(w)))) {
                    return false;
                }
                v += 1;
            }
            return v > start && self.cue_at(v).is_some_and(|(c, _)| matches!(c, CueClass::Say | CueClass::Tell));
        }
        v = self.aux_end(v);
        v < n && self.cue_at(v).is_some_and(|(c, _)| COORDINATED_CUES.contains(&c))
    }

    fn next_attribution_at(&self, mut u: usize) -> bool {
        let n = self.items.len();
        if self.is_word(u, "but") || self.is_word(u, "and") {
            u += 1;
            u = self.aux_end(u);
            return self.cue_at(u).is_some();
        }
        if u < n && self.items[u].is_word() && self.word(u).ends_with("ing") && self.cue_at(u).is_some() {
            return true;
        }
        if self.is_subject_pronoun(u) {
            let mut v = u + 1;
            v = self.aux_end(v);
            return self.cue_at(v).is_some_and(|(c, _)| c == CueClass::Say);
        }
        // "…, Lalonde said it's important …": a short name and a saying verb.
        if u < n && self.is_capitalized(u) && !LEXICON.is_np_breaker(self.word(u)) {
            let mut v = u;
            while v < n && v - u < 4 && (self.is_capitalized(v) || self.items[v].is_punct('.')) {
                v += 1;
            }
            v = self.aux_end(v);
            return v < n && self.cue_at(v).is_some_and(|(c, _)| c == CueClass::Say);
        }
        false
    }

    /// The comma before an attribution that closes a sentence with no
    /// quotation ("…, Mr. Roe said." / "…, said Roe."): only the last few
    /// items are looked at.
    fn closing_comma(&self) -> Option<usize> {
        let n = self.items.len();
        if self.items.iter().any(|i| i.quote().is_some()) {
            return None;
        }
        (n.saturating_sub(9)..n).find(|&t| {
            self.items[t].is_punct(',')
                && t + 1 < n
                && self.starts_closing_speaker(t + 1)
                && self.attribution_closes_sentence(t + 1)
        })
    }

    /// A subject or an inverted cue opening a closing attribution.
    fn starts_closing_speaker(&self, u: usize) -> bool {
        self.items[u].is_word()
            && (self.is_capitalized(u)
                || self.is_subject_pronoun(u)
                || LEXICON.is_determiner(self.word(u))
                || self.cue_at(u).is_some_and(|(c, _)| c == CueClass::Say))
    }

    /// True when items from `k` are a closing attribution (", she said.").
    fn attribution_closes_sentence(&self, k: usize) -> bool {
        let n = self.items.len();
        let rest = &self.items[k..];
        if rest.len() > 8 || rest.iter().any(|i| i.quote().is_some()) {
            return false;
        }
        (k..n).any(|t| self.cue_at(t).is_some_and(|(c, _)| c == CueClass::Say) && t > k)
    }

    /// The content before an attribution that ends the sentence.
    fn clause_before(&self, attribution_start: usize, after: usize) -> Option<(usize, usize)> {
        let n = self.items.len();
        // "“…,” Cook wrote this week, adding that …": a time adverbial right
        // after the attribution does not hide the tail behind it.
        let mut after = after;
        while after < n && self.items[after].is_word() && LEXICON.is_time_word(self.word(after)) {
            after += 1;
        }
        let rest_words = (after..n).filter(|&t| self.items[t].is_word()).count();
        let participle_tail = self.items.get(after).is_some_and(|i| i.is_punct(','))
            && self.items.get(after + 1).is_some_and(|i| i.is_word() && self.word(after + 1).ends_with("ing"));
        let adverbial_tail = self.items.get(after).is_none_or(|i| !i.is_word())
            || self.starts_with_preposition(after)
            || self.is_word(after, "according")
            || LEXICON.is_time_word(self.word(after))
            || is_verb_like(self.word(after));
        let has_that = (after..n).any(|t| self.is_word(t, "that"));
        let comma_tail = self.items.get(after).is_some_and(|i| i.is_punct(','));
        // ", describing how she puts together “tubular mixers”": a quotation
        // inside a participle tail belongs to that tail's own attribution.
        // The content ends where a participle attribution (", noting …") starts.
        let tail_end = (after..n)
            .find(|&t| {
                self.items[t].is_punct(',')
                    && self.items.get(t + 1).is_some_and(|i| i.is_word())
                    && self.word(t + 1).ends_with("ing")
                    && self.cue_at(t + 1).is_some()
            })
            .unwrap_or(n);
        // "“A,” said Sherman, speaking of X, “and B.”": a quotation right
        // before the attribution is its content whatever follows.
        let quote_before = attribution_start >= 1
            && (self.items[attribution_start - 1].quote().is_some()
                || (attribution_start >= 2
                    && self.items[attribution_start - 1].is_punct(',')
                    && self.items[attribution_start - 2].quote().is_some()));
        let tail_end = if quote_before { after } else { tail_end };
        if (after..tail_end).any(|t| self.items[t].quote().is_some())
            || !(quote_before
                || participle_tail
                || comma_tail
                || (adverbial_tail && !has_that)
                || (rest_words <= 6 && !has_that))
        {
            return None;
        }
        if attribution_start == 0 {
            return None;
        }
        let before = self.items[attribution_start - 1];
        let end = if before.is_punct(',') || before.is_punct('—') || before.is_punct('–') {
            attribution_start - 1
        } else if before.quote().is_some() {
            attribution_start
        } else {
            return None;
        };
        let start = self.clause_start(end);
        let range = self.trimmed(start, end)?;
        let words = (range.0..range.1).filter(|&t| self.items[t].is_word()).count();
        let has_quote = (range.0..range.1).any(|t| self.items[t].quote().is_some());
        (has_quote || words >= 2).then_some(range)
    }

    /// "If Clinton is elected, he said, “she might …”", "Of the scrutiny,
    /// he said, “It's a little much.”": the words fronted before an
    /// attribution set off by a comma belong to the same report as the
    /// content after the cue; they are its first piece.
    fn fronted_piece(&self, k: usize, q: &RawQuote) -> Option<RawQuote> {
        let SpeakerRef::Phrase(s) = q.speaker else { return None };
        let cue = q.cue?;
        if q.span.start < cue.end {
            return None;
        }
        let subject = self.items.iter().position(|i| i.span.start == s.start)?;
        let a = subject.min(k);
        if a < 2 || !self.items[a - 1].is_punct(',') {
            return None;
        }
        // Only an attribution that interrupts ("X, he said, Y"): a plain
        // fronted adverbial ("On Friday, he said …") is the writer's.
        // "Now, according to the poll, …": a source after its cue ends the
        // attribution.
        let attribution_end = if s.start >= cue.end { s.end } else { cue.end };
        let interrupting =
            self.items.get(last_item_before(self.items, attribution_end)? + 1).is_some_and(|i| i.is_punct(','));
        if !interrupting || self.opens_new_sentence(q) {
            return None;
        }
        let range = self.trimmed(self.clause_start(a - 1), a - 1)?;
        if (range.0..range.1).any(|t| self.items[t].quote().is_some()) && q.kind == QuoteKind::Direct {
            // "“A,” he said, “B.”" is a split quotation, handled elsewhere.
            return None;
        }
        let (kind, span, region) = self.typed(range)?;
        Some(RawQuote { kind, span, cue: Some(cue), speaker: q.speaker, region })
    }

    /// "Trump has been criticized by some of his rivals for …": the agent
    /// after "by" is the source and the passive's subject the content.
    fn passive_by(&self, k: usize, last: usize, cue: Span) -> Option<RawQuote> {
        const STOPS: &[&str] = &[
            "for", "as", "because", "after", "before", "when", "while", "in", "on", "at", "during", "over", "that",
            "who", "which", "to", "since", "but", "with",
        ];
        // "accused by X of making …": the charge follows the agent.
        let accused = self.word(last).get(..5).is_some_and(|p| p.eq_ignore_ascii_case("accus"));
        let from = last + 2;
        let mut e = from;
        while e < self.items.len() && e - from < 12 && self.items[e].is_word() {
            if self.word_in(e, STOPS) || self.cue_at(e).is_some() {
                break;
            }
            e += 1;
        }
        if e == from {
            return None;
        }
        let j = self.aux_start(k);
        // The charge opens at the agent's last "of" ("by a group of
        // survivors of making …").
        let charge = if accused { (from + 1..e).rev().find(|&t| self.is_word(t, "of")) } else { None };
        if let Some(of) = charge {
            let speaker = SpeakerRef::Phrase(self.span_of(from, of));
            let range = self.trimmed(of + 1, self.clause_end(of + 1))?;
            let (kind, span, region) = self.typed(range)?;
            return Some(RawQuote { kind, span, cue: Some(cue), speaker, region });
        }
        let speaker = SpeakerRef::Phrase(self.span_of(from, e));
        let (a, b) = self.np_left(j)?;
        let (kind, span, region) = self.typed((a, b))?;
        Some(RawQuote { kind, span, cue: Some(cue), speaker, region })
    }

    /// "which officials said will …", "what scientists think is …": a
    /// relative pronoun before the subject and a finite verb right after
    /// the cue, so the reported clause's subject is the relative pronoun.
    fn relative_gap(&self, attribution_start: usize, after: usize) -> bool {
        const FINITE: &[&str] = &[
            "will", "would", "could", "can", "should", "might", "may", "must", "is", "was", "are", "were", "has",
            "have", "had",
        ];
        attribution_start >= 1
            && self.word_in(attribution_start - 1, &["which", "that", "what", "who"])
            && self.word_in(after, FINITE)
    }

    /// "in what officials called a hate crime", "a bill that critics called
    /// anti-gay": the relative pronoun is the object named by the complement.
    fn relative_object(&self, attribution_start: usize, after: usize) -> bool {
        attribution_start >= 1
            && self.word_in(attribution_start - 1, &["what", "that", "which"])
            && self.items.get(after).is_some_and(|i| i.is_word() || i.quote().is_some())
            && !self.starts_with_preposition(after)
            && !self.is_word(after, "for")
            && !self.is_word(after, "on")
    }

    /// True when a quotation (with or without its comma) ends right before item `start`.
    fn quotation_right_before(&self, start: usize) -> bool {
        start >= 1
            && (self.items[start - 1].quote().is_some()
                || (start >= 2 && self.items[start - 1].is_punct(',') && self.items[start - 2].quote().is_some()))
    }

    /// The start of the content ending at `end`: after the last colon or
    /// semicolon before it, else the sentence start.
    fn clause_start(&self, end: usize) -> usize {
        (0..end).rev().find(|&t| self.items[t].is_punct(';') || self.items[t].is_punct(':')).map_or(0, |t| t + 1)
    }

    /// The range without leading/trailing punctuation (quotations kept).
    fn trimmed(&self, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
        let is_punct = |i: &Item| !i.is_word() && i.quote().is_none();
        while a < b && is_punct(&self.items[a]) {
            a += 1;
        }
        while b > a && is_punct(&self.items[b - 1]) {
            b -= 1;
        }
        (a < b).then_some((a, b))
    }

    /// The kind and span of a content range; a lone quotation is direct.
    fn typed(&self, (a, b): (usize, usize)) -> Option<(QuoteKind, Span, Span)> {
        let region = self.span_of(a, b);
        if b == a + 1 {
            if let Some(q) = self.items[a].quote() {
                let inner = self.quotes[q].inner;
                return (!inner.is_empty()).then_some((QuoteKind::Direct, inner, region));
            }
        }
        let mixed = (a..b).any(|t| self.items[t].quote().is_some());
        Some((if mixed { QuoteKind::Mixed } else { QuoteKind::Indirect }, region, region))
    }

    /// "Trump: “We will win.”" (transcripts, interviews): a short name
    /// opening the sentence, a colon, then a quotation.
    fn colon_speaker(&self, out: &mut Vec<RawQuote>, used: &mut Used) {
        let Some(colon) = self.items.iter().position(|i| i.is_punct(':')) else { return };
        let Some(q) = self.items.get(colon + 1).and_then(|i| i.quote()) else {
            self.headline_colon(colon, out);
            return;
        };
        // "HEADLINE TEXT - Jeffrey M. Jones: “…”": the source may follow a dash.
        let start = (0..colon)
            .rev()
            .find(|&t| self.items[t].is_punct('-') || self.items[t].is_punct('–') || self.items[t].is_punct('—'))
            .map_or(0, |d| d + 1);
        if colon == start || colon - start > 5 || used.contains(q) || !self.is_capitalized(start) {
            return;
        }
        if !(start..colon).all(|t| self.is_name_item(t)) {
            return;
        }
        if (start..colon).any(|t| self.items[t].is_word() && LEXICON.is_np_breaker(self.word(t))) {
            return;
        }
        let inner = self.quotes[q].inner;
        if inner.is_empty() {
            return;
        }
        used.insert(q);
        out.push(RawQuote {
            kind: QuoteKind::Direct,
            span: inner,
            cue: None,
            speaker: SpeakerRef::Phrase(self.span_of(start, colon)),
            region: self.items[colon + 1].span,
        });
    }

    /// "Lynch: No outside influence on FBI probe" (the headline convention):
    /// a sentence opening with a short capitalised source, a colon and a
    /// capitalised clause reports that source. Section labels ("Update:",
    /// "Photo:") and single letters ("Q:") are not sources.
    fn headline_colon(&self, colon: usize, out: &mut Vec<RawQuote>) {
        const LABELS: &[&str] = &[
            "update",
            "updated",
            "updates",
            "photo",
            "photos",
            "video",
            "videos",
            "watch",
            "read",
            "related",
            "listen",
            "analysis",
            "opinion",
            "editorial",
            "breaking",
            "exclusive",
            "live",
            "note",
            "editor's",
            "editor’s",
            "correction",
            "clarification",
            "credit",
            "credits",
            "image",
            "images",
            "source",
            "sources",
            "posted",
            "file",
            "contact",
            "email",
            "e-mail",
            "phone",
            "tel",
            "subscribe",
            "follow",
            "share",
            "tags",
            "tag",
            "topics",
            "category",
            "date",
            "by",
            "warning",
            "spoiler",
            "review",
            "recap",
            "timeline",
            "explainer",
            "factbox",
            "graphic",
            "map",
            "chart",
            "table",
            "audio",
            "podcast",
            "transcript",
            "more",
            "also",
            "see",
            "latest",
            "today",
            "now",
            "here",
            "why",
            "how",
            "what",
            "who",
            "when",
            "where",
            "fact",
            "facts",
            "quiz",
            "poll",
            "polls",
            "survey",
            "results",
            "result",
            "report",
            "reports",
            "rumor",
            "rumors",
            "question",
            "questions",
            "answer",
            "answers",
            "advertisement",
            "sponsored",
            "disclosure",
            "disclaimer",
            "ps",
            "p.s",
            "contributing",
            "contributors",
            "remember",
            "name",
            "names",
            "members",
            "participants",
            "panel",
        ];
        if colon == 0 || colon > 5 || !(0..colon).all(|t| self.is_name_item(t)) {
            return;
        }
        if (0..colon).filter(|&t| self.items[t].is_word()).any(|t| {
            let w = self.word(t);
            LEXICON.is_np_breaker(w) || self.word_in(t, LABELS) || LEXICON.is_time_word(w)
        }) || (colon == 1 && self.word(0).chars().count() < 3)
        {
            return;
        }
        if !self.items.get(colon + 1).is_some_and(|i| i.is_word()) || !self.is_capitalized(colon + 1) {
            return;
        }
        let Some(range) = self.trimmed(colon + 1, self.items.len()) else { return };
        // A quotation counts as a word: "Issa: Clinton’s ‘Honesty Is In Question.’"
        let words = (range.0..range.1).filter(|&t| self.items[t].is_word() || self.items[t].quote().is_some()).count();
        // "Iowa: Tim Albrecht, Brad Anderson, …" is a roster, not a claim.
        let commas = (range.0..range.1).filter(|&t| self.items[t].is_punct(',')).count();
        if words < 3 || commas >= 3 {
            return;
        }
        let Some((kind, span, region)) = self.typed(range) else { return };
        out.push(RawQuote { kind, span, cue: None, speaker: SpeakerRef::Phrase(self.span_of(0, colon)), region });
    }

    /// Quotations that look like speech but got no attribution of their own
    /// take the nearest attribution of their sentence.
    fn attach_leftover_quotes(&self, out: &mut Vec<RawQuote>, used: &mut Used) {
        if out.is_empty() {
            self.colon_speaker(out, used);
        }
        self.closing_attribution(out, used);
        if out.is_empty() {
            self.introduced_quotation(out, used);
        }
        if out.is_empty() {
            self.subject_verb_fragment(out, used);
        }
        for (k, item) in self.items.iter().enumerate() {
            let Some(q) = item.quote() else { continue };
            if used.contains(q) || !self.is_utterance(k) {
                continue;
            }
            let inner = self.quotes[q].inner;
            let host = out
                .iter()
                .filter(|r| !matches!(r.speaker, SpeakerRef::Unknown | SpeakerRef::Impersonal))
                .min_by_key(|r| r.region.start.abs_diff(item.span.start))
                .copied();
            if let Some(h) = host {
                used.insert(q);
                out.push(RawQuote {
                    kind: QuoteKind::Direct,
                    span: inner,
                    cue: h.cue,
                    speaker: h.speaker,
                    region: item.span,
                });
            }
        }
        out.sort_by_key(|r| r.span.start);
    }

    /// A quotation in the position of speech: opening the sentence, after a
    /// colon or comma, or right after a cue; never after "called" or "the".
    pub(crate) fn is_utterance(&self, k: usize) -> bool {
        if k == 0 {
            return true;
        }
        let prev = self.items[k - 1];
        // A quotation opening its own line (a list of testimonials the sentence splitter ran together).
        if self.doc.get(prev.span.end..self.items[k].span.start).is_some_and(|gap| gap.contains('\n')) {
            return true;
        }
        if prev.is_word() {
            return !self.word_in(k - 1, TITLE_INTRODUCERS) && self.cue_at(k - 1).is_some();
        }
        prev.is_punct(':')
            || prev.is_punct(',')
            || prev.is_punct('—')
            || ((prev.is_punct('–') || prev.is_punct('-')) && self.interjection_at(k))
            || prev.quote().is_some()
    }
}

/// A lowercase word that reads as a verb or adverb ("swiftly", "following"):
/// it cannot be inside a speaker phrase.
/// The index of the last item ending at or before byte `end`.
fn last_item_before(items: &[Item], end: usize) -> Option<usize> {
    items.iter().rposition(|i| i.span.end <= end)
}

/// Whether `w` ends with the lower-case `suffix`, in any ASCII case.
fn ends_with_ci(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len() && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether `w` starts with the lower-case `prefix`, in any ASCII case.
fn starts_with_ci(w: &str, prefix: &str) -> bool {
    w.len() >= prefix.len() && w.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn is_verb_like(w: &str) -> bool {
    is_ly_adverb(w) || (w.len() > 4 && w.starts_with(char::is_lowercase) && (w.ends_with("ing") || w.ends_with("ed")))
}

/// `is_verb_like`, except for -ing nouns that head a source phrase
/// ("Exit polling showed", "the ruling found").
fn is_verb_like_not_noun(w: &str) -> bool {
    const ING_NOUNS: &[&str] =
        &["polling", "ruling", "reporting", "finding", "briefing", "hearing", "filing", "ranking"];
    is_verb_like(w) && !ING_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// What is left of a cue.
enum Subject {
    /// A phrase (its span and first item).
    Phrase(Span, usize),
    /// The previous attribution's speaker.
    Previous,
    /// Punctuation or the sentence start: look right for an inverted subject.
    Boundary,
}

#[cfg(test)]
mod tests {
    use crate::{QuoteExtractor, QuoteKind};
    use byline_entities::EntityRecognizer;
    use byline_normalize::Normalizer;

    /// `(kind, text, speaker name, cue)` of each quote of a body.
    fn quotes(body: &str) -> Vec<(QuoteKind, String, String, String)> {
        let doc =
            Normalizer::builder().build().normalize_str(&format!("Politics\n\nA headline for the test\n\n{body}\n"));
        let ents = EntityRecognizer::builder().build().recognize(&doc);
        let out = QuoteExtractor::builder().build().extract(&doc, &ents);
        out.quotes
            .iter()
            .map(|q| {
                (
                    q.kind,
                    q.span.slice(&doc.text).to_string(),
                    q.speaker.as_ref().map_or(String::new(), |s| s.name.clone()),
                    q.cue.map_or(String::new(), |c| c.slice(&doc.text).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_capitalised_title_speaks_for_its_holder() {
        let q = quotes("Ruritanian President Anna Vell spoke on Monday.\n\n\"We will win this,\" the President said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, "Anna Vell");
    }

    #[test]
    fn quotations_signed_with_a_dash_are_their_signers() {
        let q = quotes(
            "“The plan hurts us. It must go.” ― Ana Relling\n“We were never asked.”\u{a0}― Tom Oduya\u{a0}\n\
             “Nobody listens.”― Lia B. Mertz",
        );
        let signed: Vec<(&str, &str)> = q.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            signed,
            [
                ("The plan hurts us. It must go.", "Ana Relling"),
                ("We were never asked.", "Tom Oduya"),
                ("Nobody listens.", "Lia B. Mertz")
            ]
        );
    }

    #[test]
    fn a_signature_line_under_a_quotation_names_its_speaker() {
        let q = quotes("The claims were checked.\n\n\"Taxes went up for everyone.\"\n\n- Dana Kolb.\n\nShe is wrong.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, "Dana Kolb");
    }

    #[test]
    fn a_dash_before_a_clause_signs_nothing() {
        let q = quotes("“It is over.” — a claim that turned out false.");
        assert!(q.iter().all(|x| x.2.is_empty()), "{q:?}");
    }

    #[test]
    fn hyphenated_and_noun_ly_words_head_a_speaker_phrase() {
        let q = quotes("The plan will hurt growers, the dairy-friendly weekly wrote on Monday.");
        assert_eq!(q[0].2, "dairy-friendly weekly");
        let q = quotes("The law was unfair, an organizer of the rally said.");
        assert_eq!(q[0].2, "organizer of the rally");
    }

    #[test]
    fn a_closing_attribution_reports_the_cues_before_it() {
        let q = quotes("The bakery is planning to open a second shop, Mr. Dunn said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "The bakery is planning to open a second shop");
        assert_eq!(q[0].2, "Dunn");
    }

    #[test]
    fn a_sentence_opening_article_takes_its_noun_as_the_subject() {
        let q = quotes("The ranger scratched his head, and then said something very odd.");
        assert_eq!(q[0].2, "ranger");
        let q = quotes("The memo goes on to say: “Nobody reads the minutes.”");
        assert_eq!(q[0].2, "memo");
    }

    #[test]
    fn a_person_named_before_a_place_or_employer_is_the_speaker() {
        let q = quotes("Political scientist Susan Brown in Almaty says the vote was fair.");
        assert_eq!(q[0].2, "Susan Brown");
        let q = quotes("“Rents will fall,” said Susan Brown of the Harbor Institute.");
        assert_eq!(q[0].2, "Susan Brown");
    }

    #[test]
    fn direct_quote_before_its_attribution() {
        let q = quotes("Jane Smith spoke.\n\n\"We will win,\" Smith said Wednesday.");
        assert_eq!(q[0], (QuoteKind::Direct, "We will win,".into(), "Jane Smith".into(), "said".into()));
    }

    #[test]
    fn a_quotation_frames_a_verb_the_lexicon_lacks() {
        let q = quotes("\"Go home,\" Smith barked.");
        assert_eq!(q[0], (QuoteKind::Direct, "Go home,".into(), "Smith".into(), "barked".into()));
        let q = quotes("\"Let us win!\" boomed Jane Smith.");
        assert_eq!(q[0], (QuoteKind::Direct, "Let us win!".into(), "Jane Smith".into(), "boomed".into()));
        // Not a frame: the verb goes on to an object, or no quotation ends in a comma.
        assert!(quotes("\"The Apprentice,\" Trump hosted the show for years.").is_empty());
        assert!(quotes("He read \"Dune\" Trump hosted.").is_empty());
    }

    #[test]
    fn much_of_heads_a_clause_where_much_alone_is_an_object() {
        assert_eq!(quotes("Jones said much of the talk was about trade.")[0].1, "much of the talk was about trade");
        assert!(quotes("Jones said much.").is_empty());
    }

    #[test]
    fn a_colon_source_may_follow_a_dash_and_carry_initials() {
        let q = quotes("STATES SHIFT - Jeffrey M. Jones: \"The map is red.\"");
        assert_eq!(q[0], (QuoteKind::Direct, "The map is red.".into(), "Jeffrey M. Jones".into(), String::new()));
    }

    #[test]
    fn split_quote_gives_two_quotes_one_speaker() {
        let q = quotes("\"We will win,\" said Tom Jones. \"And soon.\"");
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].1, "And soon.");
        assert_eq!(q[1].2, "Tom Jones");
    }

    #[test]
    fn indirect_after_that_and_told_object() {
        let q = quotes("A spokesperson for the office told CBC News that the minister plans to attend.");
        assert_eq!(q[0].0, QuoteKind::Indirect);
        assert_eq!(q[0].1, "the minister plans to attend");
        assert_eq!(q[0].2, "spokesperson for the office");
    }

    #[test]
    fn mixed_clause_keeps_its_marks() {
        let q = quotes("Mary Brown said the plan was \"a disaster\" for the town.");
        assert_eq!(
            q[0],
            (QuoteKind::Mixed, "the plan was \"a disaster\" for the town".into(), "Mary Brown".into(), "said".into())
        );
    }

    #[test]
    fn inverted_subject_and_subheading() {
        let q = quotes("Trudeau should attend too, says Lalonde");
        assert_eq!(q[0].1, "Trudeau should attend too");
        assert_eq!(q[0].2, "Lalonde");
    }

    #[test]
    fn according_to_and_relative_clause() {
        let q = quotes("The vote was delayed, according to two officials.");
        assert_eq!(q[0].1, "The vote was delayed");
        let q = quotes("Anne Marie O'Keefe, who said she has been targeted, was encouraged.");
        assert_eq!(q[0].1, "she has been targeted");
        assert_eq!(q[0].2, "Anne Marie O'Keefe");
    }

    #[test]
    fn nested_report_with_a_named_or_pronoun_speaker() {
        let q = quotes("Mary Brown said that Tom Jones told her the plan would fail.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].1, "the plan would fail");
        assert_eq!(q[1].2, "Tom Jones");
        // A vague inner speaker stays part of the outer report.
        let q = quotes("Mary Brown said many who spoke said the plan would fail.");
        assert_eq!(q.len(), 1);
    }

    #[test]
    fn stance_verb_closing_a_quotation() {
        let q = quotes("\"Do we throw them out?\" Tom Jones asked.");
        assert_eq!(q[0], (QuoteKind::Direct, "Do we throw them out?".into(), "Tom Jones".into(), "asked".into()));
    }

    #[test]
    fn asked_by_an_asker_whether() {
        let q = quotes("Asked by host John Dickerson whether his aim was similar, Tom Jones smiled.");
        assert_eq!(q[0].0, QuoteKind::Indirect);
        assert!(q[0].1.ends_with("whether his aim was similar"));
        let q = quotes("Asked about the plan, Tom Jones smiled.");
        assert!(q.is_empty());
    }

    #[test]
    fn directive_and_request_verbs_take_their_object() {
        let q = quotes("A judge ordered the city to make the video public.");
        assert_eq!(q[0].1, "the city to make the video public");
        let q = quotes("Tom Jones declined to discuss the latest attacks.");
        assert_eq!(q[0].1, "to discuss the latest attacks");
        let q = quotes("Tom Jones declined to comment.");
        assert!(q.is_empty());
        let q = quotes("Tom Jones spoke about the economy at length.");
        assert_eq!(q[0].3, "spoke about");
    }

    #[test]
    fn relative_pronoun_fills_the_reported_subject() {
        let q = quotes("The changes, which officials said will take effect in May, were welcomed.");
        assert_eq!(q[0].1, "will take effect in May");
        assert_eq!(q[0].2, "officials");
    }

    #[test]
    fn fronted_words_before_an_interrupting_attribution() {
        let q = quotes("If Clinton is elected, he said, \"she might be going back and forth.\"");
        assert_eq!(q.len(), 2);
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Indirect, "If Clinton is elected"));
        assert_eq!(q[1].1, "she might be going back and forth.");
        let q = quotes("On Friday, Tom Jones said the plan would fail.");
        assert_eq!(q.len(), 1);
        // A quotation that is a sentence of its own leaves the fronted words to the writer.
        let q = quotes("While touring the mill on Monday, Nora Quist said, “Orders are up again.”");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "Orders are up again.");
    }

    #[test]
    fn suffix_and_trailing_prepositional_phrase_in_names() {
        let q = quotes("Joseph R. Biden Jr. said the plan had failed.");
        assert_eq!(q[0].2, "Joseph R. Biden Jr.");
        let q = quotes("\"There is a passion,\" said Robert Antonacci of the New York delegation.");
        assert_eq!(q[0].1, "There is a passion,");
        assert!(q[0].2.starts_with("Robert Antonacci"));
    }

    #[test]
    fn judged_predicates_and_intentions() {
        let q = quotes("The base has long been considered a top contender for the contract.");
        assert!(q.iter().any(|x| x.1 == "a top contender for the contract"));
        let q = quotes("Tom Jones is eager to leave the race.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("to leave the race", "Tom Jones"));
    }

    #[test]
    fn coordinated_subjects() {
        let q = quotes("Sanders and Clinton said the debate would go on.");
        assert_eq!(q[0].1, "the debate would go on");
        let q = quotes("The economy grew and voters said they were happy.");
        assert_eq!(q[0].2, "voters");
    }

    #[test]
    fn sounded_lists_and_named_segments() {
        let q = quotes("The senator sounded confident about the vote.");
        assert!(q.iter().any(|x| x.1 == "confident about the vote"));
        let q = quotes("The candidates, Hillary Clinton and Bernie Sanders, have promised to pursue strong policies.");
        assert_eq!(q[0].1, "to pursue strong policies");
    }

    #[test]
    fn passive_with_its_agent() {
        let q = quotes("The proposal was rejected by most of the voters.");
        assert_eq!(q[0].1, "The proposal");
        assert!(q[0].2.ends_with("of the voters"));
        let q = quotes("In December, Tom Jones was accused by a group of survivors of making \"degrading\" comments.");
        assert_eq!(q[0].0, QuoteKind::Mixed);
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("making \"degrading\" comments", "group of survivors"));
        assert!(quotes("Tom Jones was accused of sexual harassment.").is_empty());
    }

    #[test]
    fn belief_verbs_with_bare_lowercase_or_contracted_clauses() {
        let q = quotes("Many officials believe meaningful debt relief is possible only in bankruptcy.");
        assert_eq!(q[0].1, "meaningful debt relief is possible only in bankruptcy");
        let q = quotes("I think there’s a real chance of a deal.");
        assert_eq!(q[0].1, "there’s a real chance of a deal");
        assert!(quotes("Politicians know this and take advantage of it.").is_empty());
    }

    #[test]
    fn relative_object_of_a_naming_verb() {
        let q = quotes("The weapon was used in what officials called a hate crime.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("what officials called a hate crime", "officials"));
    }

    #[test]
    fn noun_homograph_heads_a_subject_and_tails_do_not_repeat_content() {
        let q = quotes("\"The computer had been hacked,\" the congressional report said, referring to the chair.");
        assert_eq!(q.len(), 1);
        assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("The computer had been hacked,", "said"));
    }

    #[test]
    fn plural_possessive_apposition_and_time_after_the_cue() {
        let q = quotes("\"We will win,\" Jeff Weaver, Sanders’ campaign manager, said in a statement.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("We will win,", "Jeff Weaver"));
        let q = quotes("\"It could shake the races,\" Charlie Cook wrote this week, adding that it would be hard.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].1, "It could shake the races,");
    }

    #[test]
    fn particle_cues_and_time_phrases_before_the_content() {
        let q = quotes("Tom Jones has boasted of his willingness to spend whatever it takes.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("his willingness to spend whatever it takes", "boasted of"));
        let q = quotes("Mary Brown promised on Tuesday to refrain from using the phrase.");
        assert_eq!(q[0].1, "to refrain from using the phrase");
    }

    #[test]
    fn attitude_adjectives_with_their_object() {
        let q = quotes("Mary Brown has been critical of the deal with Iran.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("the deal with Iran", "Mary Brown"));
    }

    #[test]
    fn expectation_with_an_infinitive() {
        let q = quotes("The campaign expects to air a new ad in nine states.");
        assert_eq!(q[0].1, "to air a new ad in nine states");
    }

    #[test]
    fn not_quotes() {
        assert!(quotes("The session, called \"From now on: safe work\", was closed.").is_empty());
        assert!(quotes("Nenshi said little when asked about it.").is_empty());
        assert!(quotes("He was accused of misconduct over the allegations.").is_empty());
    }

    #[test]
    fn cognition_verbs_need_a_content_clause() {
        let q = quotes("A Gallup poll found that most voters distrust the media.");
        assert_eq!(q[0].1, "most voters distrust the media");
        assert_eq!(q[0].3, "found");
        let q = quotes("Jane Smith believes the plan will fail next year.");
        assert_eq!(q[0].1, "the plan will fail next year");
        assert!(quotes("Jane Smith found the keys under the mat.").is_empty());
        let q = quotes("The report, which was released Tuesday, found that the agency lost the files.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("the agency lost the files", "found"));
        let q = quotes("Exit polling showed that Clinton won every state in the south.");
        assert_eq!(q[0].2, "Exit polling");
        let q = quotes("Some party leaders are convinced that the nominee will lose in November.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("the nominee will lose in November", "are convinced"));
        let q = quotes("Jane Smith made it clear that she would not run again.");
        assert_eq!(q[0].1, "she would not run again");
        assert!(quotes("The party is confident and united after the vote.").is_empty());
        let q = quotes("Military Times found Democrats favored Clinton by a wide margin.");
        assert_eq!(q[0].1, "Democrats favored Clinton by a wide margin");
        assert!(quotes("Jane Smith knows Washington politics very well.").is_empty());
        let q = quotes("Most voters are still undecided, the poll found.");
        assert_eq!(q[0].1, "Most voters are still undecided");
        assert!(quotes("Jane Smith expects the bill to have broad support.").is_empty());
    }

    #[test]
    fn stance_verbs_take_their_object() {
        let q = quotes("Jane Smith urged the administration to join the coalition.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("the administration to join the coalition", "urged"));
        let q = quotes("Jane Smith endorsed Tom Brown on Saturday, saying he would win.");
        assert_eq!(q[0].1, "Tom Brown on Saturday");
        assert_eq!(q[1].3, "saying");
        // Negated, free relatives, lowercase noun phrases and nouns before verbs are not cues.
        assert!(quotes("What Jane Smith doesn't want to see is another delay.").is_empty());
        assert!(quotes("It prompted parliamentary pledges to do better.").is_empty());
        assert!(quotes("While no other plans are in place, the staff left.").is_empty());
    }

    #[test]
    fn impersonal_attributions_have_no_speaker() {
        // A raised subject is the first piece, the infinitive the second.
        let q = quotes("Tom Brown is expected to deliver a victory speech tonight.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("Tom Brown", ""));
        assert_eq!((q[1].1.as_str(), q[1].2.as_str()), ("to deliver a victory speech tonight", ""));
        let q = quotes("The crowd seemed equally unperturbed by the news.");
        assert_eq!((q[0].1.as_str(), q[1].1.as_str()), ("The crowd", "equally unperturbed by the news"));
        let q = quotes("The plan seemed to reflect a change of heart.");
        assert_eq!((q[0].1.as_str(), q[1].1.as_str()), ("The plan", "to reflect a change of heart"));
        let q = quotes("The FBI is reportedly making arrangements to interview the minister.");
        assert_eq!(q[0].1, "making arrangements to interview the minister");
        let q = quotes("Tom Brown was asked whether he would run again.");
        assert_eq!(q[0].1, "whether he would run again");
        let q = quotes("When asked whom she supported, Mary Brown smiled.");
        assert_eq!(q[0].1, "whom she supported");
    }

    #[test]
    fn as_clause_reports_the_main_clause() {
        let q = quotes("Staff can get in trouble, and as Tom Brown noted, people involved could still be fired.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("people involved could still be fired", "Tom Brown"));
    }

    #[test]
    fn a_contrast_after_a_comma_ends_the_content() {
        let q = quotes("Mary Brown argued that the system is rigged, while her rival has gained ground.");
        assert_eq!(q[0].1, "the system is rigged");
        let q = quotes("Mary Brown said such a fear, while valid, speaks to the climate.");
        assert_eq!(q[0].1, "such a fear, while valid, speaks to the climate");
    }

    #[test]
    fn nominal_cues_after_a_possessor() {
        let q = quotes("Tom Brown's claim that the vote was rigged spread quickly.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("the vote was rigged spread quickly", "Tom Brown"));
        assert!(quotes("Tom Brown's support rose four points in March.").is_empty());
    }

    #[test]
    fn polls_frame_their_findings() {
        let q = quotes("In a new Gallup poll, most voters distrust the media.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("most voters distrust the media", "new Gallup poll"));
        let q = quotes("Most experts see the vote as a test of the new rules.");
        assert_eq!(q[0].1, "the vote as a test of the new rules");
        let q = quotes("Polls show Tom Brown leading in every county.");
        assert_eq!(q[0].1, "Tom Brown leading in every county");
    }

    #[test]
    fn chained_and_dashed_appositions() {
        let q = quotes("Mary Stone, 29, of Huntsville, Ala., says the plan is wrong.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("the plan is wrong", "Mary Stone"));
        let q = quotes("Mary Brown, 21, a student from Ohio, said she voted early.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("she voted early", "Mary Brown"));
        let q = quotes("Tom Jones — a teacher from Ohio — says he made a late decision.");
        assert_eq!(q[0].2, "Tom Jones");
    }

    #[test]
    fn segment_subject_when_no_noun_phrase_precedes() {
        let q = quotes("Many voters who heard his speeches, on television or at events, said he had less magnetism.");
        assert_eq!(q[0].1, "he had less magnetism");
        let q = quotes("Mary Brown, in her speech on Tuesday in Ohio, said the plan would fail.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("the plan would fail", "Mary Brown"));
    }

    #[test]
    fn survey_shares_as_speakers() {
        let q = quotes("Thirty-one percent of those surveyed say they would be satisfied.");
        assert_eq!(q[0].2, "Thirty-one percent of those surveyed");
        let q = quotes("By 2-1, 47% say the United States should act.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("the United States should act", "47%"));
        let q = quotes("Democratic economists, like their Republican counterparts, say taxes encourage saving.");
        assert_eq!(q[0].2, "Democratic economists");
    }

    #[test]
    fn quotation_before_an_attribution_with_a_participle_tail() {
        let q = quotes("\"These guys know words,\" said Tom Jones, speaking of politicians, \"and use them.\"");
        assert_eq!(q.len(), 2);
        assert_eq!((q[0].1.as_str(), q[1].1.as_str()), ("These guys know words,", "and use them."));
    }

    #[test]
    fn headline_colon_names_its_source() {
        let q = quotes("Lynch: No outside influence on the FBI probe");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("No outside influence on the FBI probe", "Lynch"));
        assert!(quotes("Update: The story was changed on Friday").is_empty());
        assert!(quotes("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink").is_empty());
        let q = quotes("Dr. Ben Carson: Mary Brown “Not Fit To Serve.”");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("Mary Brown “Not Fit To Serve.”", "Ben Carson"));
    }

    #[test]
    fn verbs_of_deciding_discussing_backing_and_denying() {
        let q = quotes("Jane Roe decided to leave the race in March.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("to leave the race in March", "decided"));
        let q = quotes("The two senators discussed the violence at the rallies.");
        assert_eq!(q[0].1, "the violence at the rallies");
        let q = quotes("A group backing Jane Roe spent millions on ads.");
        assert_eq!(q[0].2, "group");
        let q = quotes("Jane Roe denied that the money was a bribe.");
        assert_eq!(q[0].1, "the money was a bribe");
        assert!(quotes("Jane Roe denied the charges.").is_empty());
        assert!(quotes("Jane Roe backed away from the plan.").is_empty());
        assert!(quotes("Jane Roe came back to the city.").is_empty());
        assert!(quotes("The course included reading and discussing how to settle a dispute.").is_empty());
        // A verb of saying in such a list still reports.
        let q = quotes("Jane Roe left the stage, smiling and saying that the plan would work.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("the plan would work", "saying"));
    }

    #[test]
    fn time_adverbial_between_subject_and_cue() {
        let q = quotes("Reince Priebus on Thursday evening said the party was not in a crisis.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("the party was not in a crisis", "Reince Priebus"));
        let q = quotes("A Gallup poll released Saturday found that most voters were undecided.");
        assert_eq!(q[0].1, "most voters were undecided");
    }

    #[test]
    fn a_quotation_closed_by_an_unusual_speaker_phrase() {
        let q = quotes("“The bridge will open in spring,” said retired Navy Capt. Dana Whitfield, who led the review.");
        assert_eq!(q[0].1, "The bridge will open in spring,");
        assert_eq!(q[0].2, "Dana Whitfield");
        let q = quotes("“Prices keep rising,” the labor-leaning newspaper wrote.");
        assert_eq!(q[0].2, "labor-leaning newspaper");
        let q = quotes("“We were never told,” Ms. Okafor, now 70 and living in Leeds, said by phone on Friday.");
        assert_eq!(q[0].2, "Okafor");
        assert!(quotes("“Fog on the Pier,” the painting is titled.").is_empty());
        let q = quotes("“Keep the gate shut,” the sign on the fence reads.");
        assert_eq!(q[0].1, "Keep the gate shut,");
        let q = quotes("“We held the line,” said the site manager known as Sam, speaking for the first time.");
        assert_eq!(q[0].1, "We held the line,");
        assert_eq!(q[0].3, "said");
        let q = quotes("“Rents will fall,” says Ana Brill of the Harbor Housing Report.");
        assert_eq!(q[0].1, "Rents will fall,");
        assert_eq!(q[0].3, "says");
    }

    #[test]
    fn a_coordinated_clause_with_its_own_subject_and_cue_is_a_new_report() {
        let q = quotes("Marta Ruiz said the harbour would reopen in May, and the fishermen criticized the delay.");
        assert_eq!(q[0].1, "the harbour would reopen in May");
        assert_eq!(q[1].1, "the delay");
        assert_eq!(q[1].2, "fishermen");
        let q = quotes("Most owners said rents were too high, and nearly 3 in 10 said they would sell.");
        assert_eq!(q[0].1, "rents were too high");
        assert_eq!(q[1].1, "they would sell");
    }

    #[test]
    fn a_named_subject_with_a_quoted_fragment_after_its_verb() {
        let q = quotes("Mayor Lena Ortiz sketched a “cleaner, faster” transit system for next spring.");
        assert_eq!(q[0].0, QuoteKind::Mixed);
        assert_eq!(q[0].1, "a “cleaner, faster” transit system for next spring");
        assert_eq!(q[0].3, "sketched");
        assert!(quotes("Lena Ortiz starred in “Harbor Lights” last year.").is_empty());
        assert!(quotes("It depended on “very loyal” voters.").is_empty());
    }

    #[test]
    fn a_name_right_before_a_colon_introduces_the_quotation() {
        let q = quotes("Rep. Anika Berg (D-Vt.): “The count will take another week.”");
        assert_eq!(q[0].1, "The count will take another week.");
        assert_eq!(q[0].2, "Anika Berg");
    }

    #[test]
    fn a_closing_quotation_introduced_by_a_short_clause() {
        let q = quotes("After the storm, Governor Pia Lund issued a statement, “Every road will be open by Monday.”");
        assert_eq!(q[0].0, QuoteKind::Direct);
        assert_eq!(q[0].1, "Every road will be open by Monday.");
        assert_eq!(q[0].3, "issued a statement");
    }

    #[test]
    fn party_tags_before_an_apposition_and_clauses_that_are_not_appositions() {
        let q = quotes("Rep. Dana Holt (D-Vt.), the panel's senior member, said the bill would pass.");
        assert_eq!(q[0].1, "the bill would pass");
        assert_eq!(q[0].2, "Dana Holt");
        let q = quotes("As the vote nears, the outcome will be close, said Omar Reyes, a pollster in Denver.");
        assert_eq!(q[0].1, "As the vote nears, the outcome will be close");
        assert_eq!(q[0].2, "Omar Reyes");
    }

    #[test]
    fn after_a_quotation_only_a_clause_follows_the_cue_as_content() {
        let q = quotes("“The bridge stays open,” Ivo Marsh said while touring the site on Friday.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "The bridge stays open,");
        let q = quotes("“We will rebuild,” Ivo Marsh told the crowd in Halden.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "We will rebuild,");
        let q = quotes("“Costs are rising,” Ivo Marsh said on Monday, adding that fares would go up.");
        assert_eq!(q[1].1, "fares would go up");
        assert_eq!(q[1].3, "adding");
        let q = quotes("“Costs are rising,” Ivo Marsh said, and he warned that fares would go up.");
        assert_eq!(q.last().map(|q| q.1.as_str()), Some("fares would go up"));
    }

    #[test]
    fn pictures_show_and_long_bare_clauses_after_belief_verbs() {
        let q = quotes("Photos showed volunteers stacking sandbags along the river.");
        assert_eq!(q[0].1, "volunteers stacking sandbags along the river");
        let q = quotes("Local farmers believe the new dam on the upper river will ruin the harvest.");
        assert_eq!(q[0].1, "the new dam on the upper river will ruin the harvest");
    }

    #[test]
    fn a_fronted_piece_before_an_interrupting_according_to() {
        let q = quotes("Until May, according to the county registrar, most polling places will stay closed.");
        assert_eq!(q.len(), 2);
        assert!(q.iter().any(|q| q.1 == "Until May"));
        assert!(q.iter().any(|q| q.1 == "most polling places will stay closed"));
    }

    #[test]
    fn a_quoted_interjection_between_dashes_is_a_split_quote() {
        for body in [
            "Rosa Ilves toured the dock - \"It is tight,\" she said, \"but we will manage\" - before she left.",
            "Rosa Ilves toured the dock — “It is tight,” she said, “but we will manage” — before she left.",
        ] {
            let q = quotes(body);
            assert_eq!(q.len(), 2, "{body}");
            assert_eq!(q[0].1, "It is tight,");
            assert_eq!(q[1].1, "but we will manage");
            assert_eq!(q[0].2, "Rosa Ilves");
            assert_eq!(q[1].2, "Rosa Ilves");
        }
    }

    #[test]
    fn an_as_clause_does_not_swallow_a_following_according_to() {
        let q = quotes("The ferry will not run next week as many riders feared, according to a notice from the port.");
        let last = q.last().expect("a quote");
        assert_eq!(last.3, "according to");
        assert_eq!(last.1, "The ferry will not run next week as many riders feared");
    }

    #[test]
    fn continuation_paragraph_keeps_the_speaker() {
        let q = quotes("\"It is over,\" Jane Smith said.\n\n\"We start again tomorrow.\"");
        assert_eq!(q[1], (QuoteKind::Direct, "We start again tomorrow.".into(), "Jane Smith".into(), String::new()));
    }

    #[test]
    fn pronoun_takes_the_compatible_person() {
        // Names that no place or organisation lexicon also lists.
        let q = quotes("Susan Brown met John Green.\n\n\"It went well,\" she said.");
        assert_eq!(q[0].2, "Susan Brown");
        let q = quotes("John Green met Susan Brown.\n\n\"It went well,\" he said.");
        assert_eq!(q[0].2, "John Green");
    }
}
