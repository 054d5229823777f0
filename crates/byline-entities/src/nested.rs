//! Names inside longer names: "US" in "US National Park Service", "Andy
//! Warhol" in "Andy Warhol Foundation". Annotation schemes that nest (GUM,
//! ACE) count them; flat schemes (CoNLL) do not, so they are reported apart
//! from the flat mentions and only on request.

use crate::lexicon::{append_key, class, Lexicon};
use crate::recognizer::{EntityType, NestedName};
use crate::resolve::Typed;
use crate::tokens::{Keys, Token, ALL_CAPS};
use byline_text::Span;
use std::collections::BTreeSet;

/// The longest inner place name tried, in tokens ("Bosnia and Herzegovina").
const MAX_INNER_TOKENS: usize = 4;

/// The places and people named inside the longer mentions `typed` (one per
/// flat mention, in the same order), in text order.
pub(crate) fn nested_names(
    text: &str,
    tokens: &[Token],
    keys: &Keys<'_>,
    typed: &[Typed<'_>],
    lex: &Lexicon,
) -> Vec<NestedName> {
    // Full names of the document's people ("andy warhol"), sorted for a deterministic set.
    let people: BTreeSet<&str> =
        typed.iter().filter(|t| t.kind == EntityType::Person && t.cand.last > t.cand.first).map(|t| t.key).collect();
    // One-word places the document names on their own ("in Toronto"): a one-word city inside a
    // name must be one of them (the gazetteer also lists towns called "Man" or "Metro").
    let places: BTreeSet<&str> =
        typed.iter().filter(|t| t.kind == EntityType::Loc && t.cand.first == t.cand.last).map(|t| t.key).collect();
    let mut out = Vec::new();
    let mut buf = String::new();
    for (within, t) in typed.iter().enumerate() {
        let (first, last) = (t.cand.first, t.cand.last);
        if first == last || !holds_names(t, keys, lex) {
            continue;
        }
        let mut i = first;
        while i <= last {
            // An inner name opening with a body's word must be a country or region ("United
            // Kingdom"), not a town the gazetteer lists ("University of Texas").
            let body_word = keys.is(i, class::ORG_START | class::ORG_HEAD);
            let found = tokens[i]
                .is_cap_word()
                .then(|| {
                    (i..=last.min(i + MAX_INNER_TOKENS - 1)).rev().find_map(|j| {
                        if (i == first && j == last) || !tokens[j].is_cap_word() {
                            return None;
                        }
                        buf.clear();
                        append_key(&mut buf, &text[tokens[i].start..tokens[j].end]);
                        // "US" in capitals is the country, not the pronoun.
                        let class =
                            if tokens[i].has(ALL_CAPS) { keys.class(i) & !class::COMMON } else { keys.class(i) };
                        inner_kind(&buf, i == j, class, &people, &places, lex)
                            .filter(|_| {
                                !body_word || (i < j && lex.is(&buf, class::COUNTRY | class::REGION | class::KNOWN_LOC))
                            })
                            .map(|kind| (j, kind))
                    })
                })
                .flatten();
            match found {
                Some((j, kind)) => {
                    // "University of Southern Indiana": compass words before a place are part of it.
                    let mut start = i;
                    while kind == EntityType::Loc && start > first && is_compass(keys.get(start - 1)) {
                        start -= 1;
                    }
                    out.push(NestedName { span: Span::new(tokens[start].start, tokens[j].end), kind, within });
                    i = j + 1;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Whether a flat mention may hold other names: a body's or a work's name, or a
/// place named by its kind ("Volgograd Arena", "NTU Hospital Station"); not a
/// person's name ("Georgia Smith") nor a place name that is one whole ("New
/// York", "Washington D.C.").
fn holds_names(t: &Typed<'_>, keys: &Keys<'_>, lex: &Lexicon) -> bool {
    match t.kind {
        EntityType::Person => false,
        EntityType::Loc => keys.is(t.cand.last, class::LOC_HEAD) && !lex.is(t.key, class::PLACE | class::KNOWN_LOC),
        EntityType::Org | EntityType::Misc => !lex.is(t.key, class::PLACE | class::KNOWN_LOC),
    }
}

/// "North", "Southern": compass words that open a place's name.
fn is_compass(key: &str) -> bool {
    matches!(key, "north" | "south" | "east" | "west" | "northern" | "southern" | "eastern" | "western" | "central")
}

/// Classes that make a one-word "place" something else inside a name: a
/// common word ("Mobile"), a head ("University"), a title. A given name
/// ("Victoria", "Mary") doubts a town or region, not a country ("Canada" is in
/// the names list).
const NOT_INNER_PLACE: u32 = class::COMMON | class::ORG_START | class::ORG_HEAD | class::LOC_HEAD | class::TITLE;

/// The type of an inner name with lookup key `key`: a place the gazetteers
/// know (see [`NOT_INNER_PLACE`] for one word; a one-word city only if the
/// document names it on its own), or the full name of a person the document
/// names.
fn inner_kind(
    key: &str,
    one_word: bool,
    word_class: u32,
    people: &BTreeSet<&str>,
    places: &BTreeSet<&str>,
    lex: &Lexicon,
) -> Option<EntityType> {
    let ambiguous_word = one_word && word_class & NOT_INNER_PLACE != 0;
    let classes = lex.classes(key);
    let given_name = one_word && word_class & class::FIRST_NAME != 0;
    let place = classes & (class::COUNTRY | class::KNOWN_LOC) != 0
        || (classes & class::REGION != 0 && !given_name)
        || (classes & class::CITY != 0 && (!one_word || places.contains(key)) && !given_name);
    if place && !ambiguous_word {
        Some(EntityType::Loc)
    } else if !one_word && people.contains(key) {
        Some(EntityType::Person)
    } else {
        None
    }
}
