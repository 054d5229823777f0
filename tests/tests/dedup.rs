//! Deduplication of the Hehr fixtures: 004 is the early text of the CBC
//! story that 001 extends, so they form one cluster with 001 canonical and
//! 004 `contained`; 000, 002 and 003 are other stories and stay apart.

use byline_dedup::{Cluster, DedupDoc, DedupIndex, Deduplicator, Relation};
use byline_normalize::Normalizer;
use byline_tests::fixture_paths;
use std::fmt::Write;

fn fixture_docs() -> Vec<DedupDoc> {
    let normalizer = Normalizer::builder().build();
    fixture_paths()
        .iter()
        .map(|path| {
            let raw = std::fs::read(path).expect("readable fixture");
            let doc = normalizer.normalize(&raw);
            let id = path.file_stem().and_then(|s| s.to_str()).expect("utf-8 name").to_string();
            DedupDoc { id, body: doc.body_view(), lang: doc.lang.code().to_string(), date: None }
        })
        .collect()
}

/// One line per cluster member: relation, id and the evidence.
fn render(docs: &[DedupDoc], clusters: &[Cluster]) -> String {
    let mut out = String::new();
    for (k, c) in clusters.iter().enumerate() {
        writeln!(out, "cluster C{} (canonical {})", k + 1, docs[c.canonical].id).unwrap();
        for m in &c.members {
            writeln!(
                out,
                "  {:<15} {}  jaccard {:.2}  containment {:.2}  shared shingles {}",
                m.relation.as_str(),
                docs[m.doc].id,
                m.jaccard,
                m.containment,
                m.shared_shingles
            )
            .unwrap();
        }
    }
    out
}

#[test]
fn fixtures_cluster_the_early_and_late_cbc_versions() {
    let docs = fixture_docs();
    let clusters = Deduplicator::builder().build().cluster(&docs);
    let id = |i: usize| docs[i].id.as_str();
    let shared: Vec<&Cluster> = clusters.iter().filter(|c| c.members.len() > 1).collect();
    assert_eq!(shared.len(), 1, "{}", render(&docs, &clusters));
    let cluster = shared[0];
    assert!(id(cluster.canonical).starts_with("001_"));
    assert_eq!(cluster.members.len(), 2);
    assert!(id(cluster.members[1].doc).starts_with("004_"));
    assert_eq!(cluster.members[1].relation, Relation::Contained);
    assert_eq!(clusters.len(), 4);
    insta::assert_snapshot!("hehr_clusters", render(&docs, &clusters));
}

#[test]
fn fixtures_through_the_incremental_index() {
    let docs = fixture_docs();
    let mut index = DedupIndex::new(Deduplicator::builder().build());
    let mut out = String::new();
    for doc in &docs {
        let matches = index.insert(doc);
        let found: Vec<String> = matches.iter().map(|m| format!("{} {}", m.relation.as_str(), m.id)).collect();
        writeln!(out, "{}: {}", doc.id, if found.is_empty() { "new".to_string() } else { found.join(", ") }).unwrap();
    }
    insta::assert_snapshot!("hehr_index", out);
}
