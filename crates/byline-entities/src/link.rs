//! Across documents: one [`CorpusEntity`] per real-world referent.
//!
//! Two document entities are joined when they have the same type and the
//! same canonical name, or when one's name is a short form of the other's
//! that only one corpus entity can claim ("Hehr" with "Kent Hehr", but not
//! "Smith" when the corpus has both Ann and Bob Smith). The result depends
//! only on the documents and their order.

use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::lexicon::key;
use crate::{CorpusEntity, DocEntities, EntityType};

/// Links document-level entities into corpus-level ones. Deterministic:
/// the result depends only on the documents and their order.
#[derive(Clone, Debug, Default)]
pub struct CorpusLinker {}

impl CorpusLinker {
    /// A linker with the default rules.
    pub fn new() -> CorpusLinker {
        CorpusLinker {}
    }

    /// One [`CorpusEntity`] per real-world referent, ordered by first mention.
    pub fn link(&self, docs: &[&DocEntities]) -> Vec<CorpusEntity> {
        let mut out: Vec<CorpusEntity> = Vec::new();
        let mut by_key: HashMap<(EntityType, String), usize> = HashMap::default();
        // Short forms each corpus entity answers to ("hehr" for "kent hehr"); several owners make a form ambiguous.
        let mut short_forms: HashMap<(EntityType, String), Vec<usize>> = HashMap::default();
        // Full names first (in corpus order), so short forms can find them.
        let mut order: Vec<(usize, usize, usize)> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for (e, ent) in doc.entities.iter().enumerate() {
                order.push((ent.name.split(' ').count(), d, e));
            }
        }
        order.sort_unstable_by_key(|&(words, d, e)| (std::cmp::Reverse(words), d, e));
        for (_, d, e) in order {
            let ent = &docs[d].entities[e];
            let k = key(&ent.name);
            let found = by_key.get(&(ent.kind, k.clone())).copied().or_else(|| {
                match short_forms.get(&(ent.kind, k.clone())).map(Vec::as_slice) {
                    Some([only]) => Some(*only),
                    _ => None,
                }
            });
            let c = match found {
                Some(c) => c,
                None => {
                    out.push(CorpusEntity {
                        name: ent.name.clone(),
                        kind: ent.kind,
                        aliases: Vec::new(),
                        members: Vec::new(),
                    });
                    let c = out.len() - 1;
                    for form in short_forms_of(ent.kind, &k) {
                        let owners = short_forms.entry((ent.kind, form)).or_default();
                        // Only "one owner or several" matters; two are enough to know.
                        if owners.len() < 2 && !owners.contains(&c) {
                            owners.push(c);
                        }
                    }
                    c
                }
            };
            by_key.entry((ent.kind, k)).or_insert(c);
            out[c].members.push((d, e));
        }
        for c in &mut out {
            c.members.sort_unstable();
            let mut seen: HashSet<&str> = HashSet::default();
            for &(d, e) in &c.members {
                for a in &docs[d].entities[e].aliases {
                    if seen.insert(a.as_str()) {
                        c.aliases.push(a.clone());
                    }
                }
            }
        }
        // Ordered by first mention: first document, then first entity in it.
        out.sort_by_key(|c| c.members[0]);
        out
    }
}

/// The shorter names a corpus entity may go by in another document: a
/// person's surname, first and last name without middle ones; an
/// organisation's leading words ("liberal party" of "liberal party of canada").
fn short_forms_of(kind: EntityType, name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let mut out = Vec::new();
    if words.len() < 2 {
        return out;
    }
    match kind {
        EntityType::Person => {
            out.push(words[words.len() - 1].to_string());
            if words.len() > 2 {
                out.push(format!("{} {}", words[0], words[words.len() - 1]));
            }
        }
        EntityType::Org => {
            let party_word = crate::lexicon::LEXICON.is(words[0], crate::lexicon::class::PARTY);
            let is_party = words.iter().any(|w| matches!(*w, "party" | "parti"));
            for n in 1..words.len() {
                if n > 1 || !party_word || is_party {
                    out.push(words[..n].join(" "));
                }
            }
        }
        EntityType::Loc | EntityType::Misc => {}
    }
    out
}
