//! The human summary of a report (`--format text`).

use crate::report::{DocumentRecord, QuoteRecord, Report};
use std::collections::BTreeMap;
use std::fmt::Write;

/// A readable per-article summary: metadata, cluster, boilerplate, the people
/// named and every quote as "speaker [type, cue]: quote".
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    let s = report.summary;
    let _ = writeln!(
        out,
        "byline: {} input(s), {} analysed, {} skipped; {} cluster(s), {} entities, {} quotes, {} diagnostics",
        s.inputs,
        s.analysed,
        s.skipped,
        report.clusters.len(),
        report.entities.len(),
        report.quotes.len(),
        report.diagnostics.len()
    );
    let cluster_of = cluster_labels(report);
    for doc in &report.documents {
        out.push('\n');
        write_document(&mut out, report, doc, cluster_of.get(doc.id.as_str()).map(String::as_str));
    }
    write_clusters(&mut out, report);
    write_diagnostics(&mut out, report);
    out
}

fn cluster_labels(report: &Report) -> BTreeMap<&str, String> {
    let mut labels = BTreeMap::new();
    for c in &report.clusters {
        for m in &c.members {
            let label = match m.relation.as_str() {
                _ if c.members.len() == 1 => format!("{} (alone)", c.id),
                "canonical" => format!("{} (canonical of {} articles)", c.id, c.members.len()),
                "contained" => format!("{} (contained in {})", c.id, c.canonical),
                "contains" => format!("{} (contains {})", c.id, c.canonical),
                "exact" => format!("{} (exact copy of {})", c.id, c.canonical),
                other => format!("{} ({other} of {})", c.id, c.canonical),
            };
            labels.insert(m.doc.as_str(), label);
        }
    }
    labels
}

fn write_document(out: &mut String, report: &Report, doc: &DocumentRecord, cluster: Option<&str>) {
    let _ = writeln!(out, "== {}  [{}]  {}", doc.id, doc.lang, doc.title.as_deref().unwrap_or("(no title)"));
    let _ = writeln!(
        out,
        "   date: {}   dateline: {}   cluster: {}",
        doc.date.as_deref().unwrap_or("-"),
        doc.dateline.as_deref().unwrap_or("-"),
        cluster.unwrap_or("-")
    );
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &doc.boilerplate {
        *kinds.entry(b.kind.as_str()).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let _ = writeln!(
        out,
        "   {} bytes, {} paragraphs, {} sentences; boilerplate: {}",
        doc.bytes,
        doc.paragraphs.len(),
        doc.sentences.len(),
        if kinds.is_empty() { "none".to_string() } else { kinds.join(", ") }
    );
    let people = people_named_in(report, &doc.id);
    if !people.is_empty() {
        let _ = writeln!(out, "   people: {}", people.join(", "));
    }
    for q in report.quotes.iter().filter(|q| q.doc == doc.id) {
        let _ = writeln!(out, "   {}", quote_line(q));
    }
}

fn people_named_in(report: &Report, doc: &str) -> Vec<String> {
    let mut people: Vec<(usize, &str)> = report
        .entities
        .iter()
        .filter(|e| e.kind == "PERSON")
        .map(|e| (e.mentions.iter().filter(|m| m.doc == doc).count(), e.name.as_str()))
        .filter(|(n, _)| *n > 0)
        .collect();
    people.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    people.iter().map(|(n, name)| format!("{name} ({n})")).collect()
}

fn quote_line(q: &QuoteRecord) -> String {
    let speaker = q.speaker.as_ref().map_or("(unknown)", |s| s.name.as_str());
    let cue = q.cue.as_ref().map_or("", |c| c.text.as_str());
    let text: String = q.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if q.kind == "direct" {
        format!("{speaker} [{}, {cue}]: “{text}”", q.kind)
    } else {
        format!("{speaker} [{}, {cue}]: {text}", q.kind)
    }
}

fn write_clusters(out: &mut String, report: &Report) {
    let shared: Vec<_> = report.clusters.iter().filter(|c| c.members.len() > 1).collect();
    if shared.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n== overlapping articles");
    for c in shared {
        let members: Vec<String> = c
            .members
            .iter()
            .map(|m| match (m.jaccard, m.containment) {
                (Some(j), Some(k)) => format!("{} {} (jaccard {j:.2}, containment {k:.2})", m.doc, m.relation),
                _ => format!("{} {}", m.doc, m.relation),
            })
            .collect();
        let _ = writeln!(out, "   {}: {}", c.id, members.join("; "));
    }
}

fn write_diagnostics(out: &mut String, report: &Report) {
    if report.diagnostics.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n== diagnostics");
    for d in &report.diagnostics {
        let _ = writeln!(out, "   {:?} {}: {}", d.level, d.doc, d.message);
    }
}
