//! Across documents: one [`CorpusEntity`] per real-world referent.
//!
//! Two document entities are joined when they have the same type and the
//! same canonical name, or when one's name is a short form of the other's
//! that only one corpus entity can claim ("Hehr" with "Kent Hehr", but not
//! "Smith" when the corpus has both Ann and Bob Smith). The result depends
//! only on the documents and their order.

use crate::fxhash::FxHashMap as HashMap;
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
        let mut keys: Vec<String> = Vec::new();
        let mut by_key: HashMap<(EntityType, String), usize> = HashMap::default();
        // Full names first (in corpus order), so short forms can find them.
        let mut order: Vec<(usize, usize)> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for e in 0..doc.entities.len() {
                order.push((d, e));
            }
        }
        order.sort_by_key(|&(d, e)| (std::cmp::Reverse(docs[d].entities[e].name.split(' ').count()), d, e));
        for (d, e) in order {
            let ent = &docs[d].entities[e];
            let k = key(&ent.name);
            let found =
                by_key.get(&(ent.kind, k.clone())).copied().or_else(|| short_form_of(&out, &keys, ent.kind, &k));
            let c = match found {
                Some(c) => c,
                None => {
                    out.push(CorpusEntity {
                        name: ent.name.clone(),
                        kind: ent.kind,
                        aliases: Vec::new(),
                        members: Vec::new(),
                    });
                    keys.push(k.clone());
                    out.len() - 1
                }
            };
            by_key.entry((ent.kind, k)).or_insert(c);
            out[c].members.push((d, e));
        }
        for c in &mut out {
            c.members.sort_unstable();
            for &(d, e) in &c.members {
                for a in &docs[d].entities[e].aliases {
                    if !c.aliases.contains(a) {
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

/// The single corpus entity whose name `short` abbreviates, if exactly one.
fn short_form_of(out: &[CorpusEntity], keys: &[String], kind: EntityType, short: &str) -> Option<usize> {
    let words: Vec<&str> = short.split(' ').collect();
    let mut found = None;
    for (i, (c, long)) in out.iter().zip(keys).enumerate() {
        if c.kind != kind {
            continue;
        }
        let long_words: Vec<&str> = long.split(' ').collect();
        if long_words.len() <= words.len() {
            continue;
        }
        let matches = match kind {
            EntityType::Person => long_words.last() == words.last() && (words.len() == 1 || long_words[0] == words[0]),
            EntityType::Org => long.starts_with(&format!("{short} ")),
            _ => false,
        };
        if matches {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}
