//! Capitalised titles that stand for their holder: after "US President
//! Donald Trump", "The President later said" names Trump again, and after
//! "John Kerry, the Secretary of State", so does "the Secretary of State".
//!
//! Such a title is a mention of the person the document gave that title,
//! which is what quote attribution needs ("the Mayor said"). A title no
//! person of the document holds stays unnamed: it is a description, and no
//! entity is made of it.

use crate::lexicon::class;
use crate::mentions::LineInfo;
use crate::recognizer::{DocEntities, EntityType, Mention};
use crate::tokens::{Keys, Token, ALL_CAPS};
use byline_text::Span;

/// A role's words, lowercased, without a leading article: what a title is matched against.
type Role = Vec<String>;

/// How many mentions on either side of a title are searched for its holder:
/// the holder is named nearby, and the bound keeps hostile input linear.
const WINDOW: usize = 200;

/// Adds a PERSON mention for each "the <Title>" whose title a person of the
/// document holds, linked to the nearest such person named before it (or,
/// failing that, after it).
pub(crate) fn title_mentions(text: &str, tokens: &[Token], keys: &Keys<'_>, lines: &[LineInfo], out: &mut DocEntities) {
    // Most documents have no capitalised title after "the": the roles are only gathered once one shows.
    let mut roles: Option<Vec<Vec<Role>>> = None;
    let mut found: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        let Some((first, last)) = title_after_article(text, tokens, keys, lines, i) else {
            i += 1;
            continue;
        };
        i = last + 1;
        let span = Span::new(tokens[first].start, tokens[last].end);
        // Mentions are in text order: the first one ending after the title's start.
        let at = out.mentions.partition_point(|m| m.span.end <= span.start);
        if out.mentions.get(at).is_some_and(|m| m.span.start < span.end) {
            continue;
        }
        let roles = roles.get_or_insert_with(|| roles_of_people(out));
        let title: Role = (first..=last).map(|k| keys.get(k).to_string()).collect();
        let holds_title =
            |m: &&Mention| m.kind == EntityType::Person && roles[m.entity].iter().any(|role| holds(role, &title));
        let before = out.mentions[..at].iter().rev().take(WINDOW).find(holds_title);
        let holder = before.or_else(|| out.mentions[at..].iter().take(WINDOW).find(holds_title));
        if let Some(m) = holder {
            found.push(Mention { span, entity: m.entity, kind: EntityType::Person });
        }
    }
    if !found.is_empty() {
        insert_mentions(out, found);
    }
}

/// The roles of each entity (none for what is no person).
fn roles_of_people(out: &DocEntities) -> Vec<Vec<Role>> {
    out.entities
        .iter()
        .map(|e| {
            if e.kind != EntityType::Person {
                return Vec::new();
            }
            e.roles
                .iter()
                .map(|role| {
                    let mut words: Role = role.split(' ').map(crate::lexicon::key).collect();
                    if words.first().is_some_and(|w| w == "the") {
                        words.remove(0);
                    }
                    words
                })
                .filter(|w| !w.is_empty())
                .collect()
        })
        .collect()
}

/// `(first, last)` of the capitalised title right after the article at `i`
/// ("the President", "The Home Secretary", "the Secretary of State"): its
/// head (the word before "of", else the last) is a person title, and no
/// capitalised word follows it (that would be a name after the title).
#[inline]
fn title_after_article(
    text: &str,
    tokens: &[Token],
    keys: &Keys<'_>,
    lines: &[LineInfo],
    i: usize,
) -> Option<(usize, usize)> {
    // Most tokens are not "the": the length test spares them the key comparison.
    if tokens[i].end - tokens[i].start != 3 || keys.get(i) != "the" {
        return None;
    }
    let first = i + 1;
    let line = tokens[i].line;
    let on_line = |k: usize| tokens.get(k).is_some_and(|t| t.line == line);
    let info = lines[line as usize];
    // Headlines capitalise every word: a title there says nothing.
    if info.all_caps || info.title_case || !on_line(first) || !tokens[first].is_cap_word() {
        return None;
    }
    let mut head = first;
    while on_line(head + 1) && tokens[head + 1].is_cap_word() {
        head += 1;
    }
    let mut last = head;
    let of_after = on_line(head + 1) && tokens[head + 1].text(text) == "of";
    if of_after && on_line(head + 2) && tokens[head + 2].is_cap_word() {
        last = head + 2;
        while on_line(last + 1) && tokens[last + 1].is_cap_word() {
            last += 1;
        }
    } else if of_after {
        // "The President of the Republic Costis Stephanopoulos": where the office runs on, a
        // name may follow; the title alone is not read as a mention.
        return None;
    }
    let shouted = (first..=last).any(|k| tokens[k].has(ALL_CAPS));
    (!shouted && keys.is(head, class::TITLE) && !keys.is(head, class::HONORIFIC)).then_some((first, last))
}

/// Whether a role holds a title: the role's office (its words before "of")
/// ends with the title's ("US President" holds "President"; "Minister of
/// Finance" holds "Minister"), and their portfolios agree where both have one
/// (an apposition's role stops before "of": "Tom Brell, the Secretary of
/// State" records "Secretary").
fn holds(role: &[String], title: &[String]) -> bool {
    let (office, portfolio) = split_office(role);
    let (title_office, title_portfolio) = split_office(title);
    office.ends_with(title_office)
        && (portfolio.is_empty() || title_portfolio.is_empty() || portfolio == title_portfolio)
}

/// A title's office and its portfolio: "Secretary of State" → (["secretary"], ["state"]).
fn split_office(words: &[String]) -> (&[String], &[String]) {
    match words.iter().position(|w| w == "of") {
        Some(p) => (&words[..p], &words[p + 1..]),
        None => (words, &[]),
    }
}

/// Merges `found` into the mentions (kept in text order) and renumbers the
/// entities' mention lists.
fn insert_mentions(out: &mut DocEntities, found: Vec<Mention>) {
    out.mentions.extend(found);
    out.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    for e in &mut out.entities {
        e.mentions.clear();
    }
    for (k, m) in out.mentions.iter().enumerate() {
        out.entities[m.entity].mentions.push(k);
    }
}

#[cfg(test)]
mod tests {
    use crate::EntityRecognizer;
    use byline_normalize::Normalizer;

    /// `(mention text, entity name)` of every PERSON mention.
    fn people(text: &str) -> Vec<(String, String)> {
        let doc = Normalizer::builder().build().normalize_str(text);
        let ents = EntityRecognizer::builder().build().recognize(&doc);
        ents.mentions
            .iter()
            .filter(|m| m.kind == crate::EntityType::Person)
            .map(|m| (text[m.span.start..m.span.end].to_string(), ents.entities[m.entity].name.clone()))
            .collect()
    }

    fn named(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn a_title_after_the_names_its_holder() {
        let got = people("Ruritanian President Anna Vell spoke on Monday. The President later took action.");
        assert_eq!(got, named(&[("Anna Vell", "Anna Vell"), ("President", "Anna Vell")]));
    }

    #[test]
    fn an_apposition_title_with_its_portfolio_names_its_holder() {
        let got = people("Tom Brell, the Secretary of State, met Lia Sorn. Later the Secretary of State left.");
        assert_eq!(
            got,
            named(&[
                ("Tom Brell", "Tom Brell"),
                ("Secretary of State", "Tom Brell"),
                ("Lia Sorn", "Lia Sorn"),
                ("Secretary of State", "Tom Brell"),
            ])
        );
    }

    #[test]
    fn the_nearest_holder_before_wins() {
        let got = people("Mayor Ina Pohl met Mayor Rob Dunne. The Mayor said no.");
        assert_eq!(got.last().unwrap(), &("Mayor".to_string(), "Rob Dunne".to_string()));
    }

    #[test]
    fn a_title_nobody_holds_is_no_mention() {
        let got = people("Ina Pohl spoke. The President said no, and the Prime Minister's Office agreed.");
        assert_eq!(got, named(&[("Ina Pohl", "Ina Pohl")]));
    }

    #[test]
    fn a_title_before_a_name_is_a_role_not_a_mention() {
        let got = people("President Anna Vell spoke. Then the President Rob Dunne spoke.");
        assert!(got.iter().all(|(m, _)| m != "President"), "{got:?}");
    }
}
