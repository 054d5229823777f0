//! The fixtures' entities in a readable form: per document every entity with
//! its type, aliases, roles, gender and mention count; then the entities
//! linked across all five articles. Plus the invariants every result keeps.

use byline_entities::{CorpusLinker, DocEntities, EntityRecognizer, EntityType, Gender};
use byline_normalize::Normalizer;
use byline_tests::fixture_paths;
use std::fmt::Write;

fn recognize_all() -> Vec<(String, String, DocEntities)> {
    let normalizer = Normalizer::builder().build();
    let recognizer = EntityRecognizer::builder().build();
    fixture_paths()
        .into_iter()
        .map(|path| {
            let raw = std::fs::read(&path).expect("readable fixture");
            let doc = normalizer.normalize(&raw);
            let ents = recognizer.recognize(&doc);
            (path.file_stem().unwrap().to_string_lossy().into_owned(), doc.text, ents)
        })
        .collect()
}

fn gender(g: Option<Gender>) -> &'static str {
    match g {
        Some(Gender::Male) => "male",
        Some(Gender::Female) => "female",
        None => "-",
    }
}

/// One document's entities as Markdown.
fn render(ents: &DocEntities) -> String {
    let mut out = String::new();
    for kind in [EntityType::Person, EntityType::Org, EntityType::Loc, EntityType::Misc] {
        let of_kind: Vec<_> = ents.entities.iter().filter(|e| e.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        writeln!(out, "# {}\n", kind.as_str()).unwrap();
        for e in of_kind {
            writeln!(out, "- {} ({} mentions)", e.name, e.mentions.len()).unwrap();
            writeln!(out, "  - aliases: {}", e.aliases.join(" | ")).unwrap();
            if !e.roles.is_empty() {
                writeln!(out, "  - roles: {}", e.roles.join(" | ")).unwrap();
            }
            if kind == EntityType::Person {
                writeln!(out, "  - gender: {}", gender(e.gender)).unwrap();
            }
        }
        writeln!(out).unwrap();
    }
    out
}

#[test]
fn fixture_entities() {
    for (name, _, ents) in recognize_all() {
        insta::with_settings!({
            omit_expression => true,
            snapshot_suffix => name.clone(),
            description => format!("byline-entities on fixtures/hehr/{name}.txt"),
        }, {
            insta::assert_snapshot!(render(&ents));
        });
    }
}

#[test]
fn corpus_linked_entities() {
    let all = recognize_all();
    let docs: Vec<&DocEntities> = all.iter().map(|(_, _, e)| e).collect();
    let linked = CorpusLinker::new().link(&docs);
    let mut out = String::new();
    for c in &linked {
        let in_docs: std::collections::BTreeSet<usize> = c.members.iter().map(|m| m.0).collect();
        let in_docs: Vec<String> = in_docs.iter().map(|d| d.to_string()).collect();
        writeln!(out, "- {} {} [docs {}]: {}", c.kind.as_str(), c.name, in_docs.join(","), c.aliases.join(" | "))
            .unwrap();
    }
    insta::assert_snapshot!(out);
    // Kent Hehr is one referent in every article that names him (003 does not).
    let hehr: Vec<_> = linked.iter().filter(|c| c.name == "Kent Hehr").collect();
    assert_eq!(hehr.len(), 1);
    let docs_with_hehr: std::collections::BTreeSet<usize> = hehr[0].members.iter().map(|m| m.0).collect();
    assert_eq!(docs_with_hehr.into_iter().collect::<Vec<_>>(), [0, 1, 2, 4]);
    // Linking is deterministic.
    assert_eq!(CorpusLinker::new().link(&docs), linked);
}

#[test]
fn mentions_are_exact_sorted_and_consistent() {
    for (name, text, ents) in recognize_all() {
        let mut last_end = 0;
        for (i, m) in ents.mentions.iter().enumerate() {
            assert!(m.span.is_valid_in(&text), "{name}: {m:?}");
            assert!(m.span.start >= last_end, "{name}: mentions overlap or are out of order at {m:?}");
            last_end = m.span.end;
            let e = &ents.entities[m.entity];
            assert_eq!(e.kind, m.kind);
            assert!(e.mentions.contains(&i));
            let surface = m.span.slice(&text);
            assert!(!surface.ends_with("'s") && !surface.ends_with("’s"), "{name}: possessive kept in {surface:?}");
            assert_eq!(ents.mention_at(m.span.start), Some(m));
        }
    }
}

#[test]
fn she_said_finds_the_last_woman_named() {
    let text = "Julie Lalonde, a public educator, met Kent Hehr. \"It went well,\" she said.";
    let doc = Normalizer::builder().build().normalize_str(text);
    let ents = EntityRecognizer::builder().build().recognize(&doc);
    let at = text.find("she said").unwrap();
    let m = ents.person_before(at, Some(Gender::Female)).expect("a woman before");
    assert_eq!(ents.entities[m.entity].name, "Julie Lalonde");
    assert!(ents.entities[m.entity].roles.iter().any(|r| r == "public educator"));
    let m = ents.person_before(at, None).expect("someone before");
    assert_eq!(ents.entities[m.entity].name, "Kent Hehr");
}

#[test]
fn hostile_input_does_not_panic() {
    let recognizer = EntityRecognizer::builder().build();
    let normalizer = Normalizer::builder().build();
    let mut inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        vec![0xff, 0xfe, b'A', 0x80, b' ', b'B'],
        "\u{201c}".repeat(10_000).into_bytes(),
        "A. B. C. D. ".repeat(5_000).into_bytes(),
        "Mr. ".repeat(5_000).into_bytes(),
        "O'".repeat(5_000).into_bytes(),
        "Smith said. ".repeat(20_000).into_bytes(),
        "#Tag @handle http://x.y/z Ann Smith and Bob Smith; Smith said.\n".repeat(2_000).into_bytes(),
    ];
    inputs.push((0..=255u8).cycle().take(100_000).collect());
    for raw in inputs {
        let doc = normalizer.normalize(&raw);
        let ents = recognizer.recognize(&doc);
        for m in &ents.mentions {
            assert!(m.span.is_valid_in(&doc.text));
        }
    }
}
