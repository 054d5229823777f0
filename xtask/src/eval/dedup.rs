//! `cargo xtask eval dedup`: clustering scored against the generated corpus
//! (see `gen_corpus`): pairwise precision, recall and F1, adjusted Rand
//! index, and the accuracy of the relation labels.
//!
//! Each article goes through `byline_normalize` first and deduplication sees
//! its body view, as in the pipeline.

use crate::eval::common::{read_jsonl, Counts};
use crate::gen_corpus::{cluster_labels, pair_scores, GenDoc, Generator, Truth};
use byline_dedup::{Cluster, DedupConfig, DedupDoc, Deduplicator, Relation};
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `cargo xtask eval dedup`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Documents to generate (0: one group per real article).
    #[arg(long, default_value_t = 0)]
    docs: usize,
    /// Generator seed.
    #[arg(long, default_value_t = 2016)]
    seed: u64,
    /// Read `docs.jsonl` and `truth.jsonl` from this folder instead of generating.
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Words per shingle.
    #[arg(long)]
    shingle_size: Option<usize>,
    /// Jaccard threshold.
    #[arg(long)]
    jaccard: Option<f64>,
    /// Containment threshold.
    #[arg(long)]
    containment: Option<f64>,
    /// Verification sample modulus.
    #[arg(long)]
    sample_modulus: Option<u32>,
    /// Which body deduplication sees: `normalized` (byline_normalize's body
    /// view, as in the pipeline), `ideal` (the generator's own body, what a
    /// perfect normalizer would give) or `raw` (the whole text).
    #[arg(long, default_value = "normalized")]
    body: String,
    /// Also score a grid of shingle sizes and thresholds (the README table).
    #[arg(long)]
    sweep: bool,
    /// Print up to this many errors of each kind.
    #[arg(long, default_value_t = 0)]
    show: usize,
}

#[derive(Deserialize)]
struct Article {
    id: String,
    text: String,
    #[serde(skip)]
    ideal_body: String,
    #[serde(default)]
    date: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(matches!(args.body.as_str(), "normalized" | "ideal" | "raw"), "--body is normalized, ideal or raw");
    anyhow::ensure!(
        args.body != "ideal" || args.corpus.is_none(),
        "--body ideal needs a generated corpus, not --corpus"
    );
    let (docs, truth) = load(&args)?;
    let normalizer = byline_normalize::Normalizer::builder().build();
    let dedup_docs: Vec<DedupDoc> = docs
        .par_iter()
        .map(|a| {
            let (body, lang) = match args.body.as_str() {
                "raw" => (a.text.clone(), "en".to_string()),
                "ideal" => (a.ideal_body.clone(), "en".to_string()),
                _ => {
                    let n = normalizer.normalize_str(&a.text);
                    (n.body_view(), n.lang.code().to_string())
                }
            };
            DedupDoc { id: a.id.clone(), body, lang, date: a.date.clone() }
        })
        .collect();
    let groups = truth.iter().map(|t| t.group).collect::<Vec<_>>();
    println!("dedup: {} documents in {} truth groups, {} bodies", docs.len(), count_distinct(&groups), args.body);

    let mut config = DedupConfig::default();
    if let Some(n) = args.shingle_size {
        config.shingle_size = n;
    }
    if let Some(t) = args.jaccard {
        config.jaccard_threshold = t;
    }
    if let Some(t) = args.containment {
        config.containment_threshold = t;
    }
    if let Some(m) = args.sample_modulus {
        config.sample_modulus = m;
    }
    let score = evaluate(&config, &dedup_docs, &truth);
    score.print(args.show, &dedup_docs, &truth);
    if args.sweep {
        sweep(&config, &dedup_docs, &truth);
    }
    Ok(ExitCode::SUCCESS)
}

fn load(args: &Args) -> anyhow::Result<(Vec<Article>, Vec<Truth>)> {
    if let Some(dir) = &args.corpus {
        let docs: Vec<Article> = read_jsonl(&dir.join("docs.jsonl"))?;
        let truth: Vec<Truth> = read_jsonl(&dir.join("truth.jsonl"))?;
        anyhow::ensure!(docs.len() == truth.len(), "docs.jsonl and truth.jsonl differ in length");
        return Ok((docs, truth));
    }
    let generator = Generator::load(&[], args.seed)?;
    let (mut docs, mut truth) = (Vec::new(), Vec::new());
    for GenDoc { text, body, date, truth: t } in generator.groups(args.docs).flatten() {
        docs.push(Article { id: t.id.clone(), text, ideal_body: body, date });
        truth.push(t);
    }
    Ok((docs, truth))
}

fn count_distinct(groups: &[u32]) -> usize {
    let mut g = groups.to_vec();
    g.sort_unstable();
    g.dedup();
    g.len()
}

fn sweep(base: &DedupConfig, docs: &[DedupDoc], truth: &[Truth]) {
    println!("\nsweep (pairwise F1 / ARI / relation accuracy)");
    println!("{:<10} {:>8} {:>12} {:>8} {:>8} {:>8} {:>8}", "shingle", "jaccard", "containment", "P", "R", "F1", "rel");
    for n in [3, 4, 5, 7, 9] {
        for (j, c) in [(0.4, 0.7), (0.5, 0.8), (0.6, 0.9)] {
            let config =
                DedupConfig { shingle_size: n, jaccard_threshold: j, containment_threshold: c, ..base.clone() };
            let s = evaluate(&config, docs, truth);
            println!(
                "{n:<10} {j:>8.2} {c:>12.2} {:>8.4} {:>8.4} {:>8.4} {:>8.4}",
                s.pairs.precision(),
                s.pairs.recall(),
                s.pairs.f1(),
                s.relation_accuracy()
            );
        }
    }
}

/// Scores of one clustering.
struct Score {
    pairs: Counts,
    ari: f64,
    clusters: Vec<Cluster>,
    relation_confusion: BTreeMap<(&'static str, &'static str), usize>,
    seconds: f64,
}

impl Score {
    fn relation_accuracy(&self) -> f64 {
        let total: usize = self.relation_confusion.values().sum();
        let right: usize = self.relation_confusion.iter().filter(|((t, p), _)| t == p).map(|(_, n)| n).sum();
        crate::eval::common::ratio(right, total)
    }

    fn print(&self, show: usize, docs: &[DedupDoc], truth: &[Truth]) {
        println!("{}", self.pairs.line("pairwise (same cluster)"));
        println!("{:<36} {:.4}", "adjusted Rand index", self.ari);
        let total: usize = self.relation_confusion.values().sum();
        println!("{:<36} {:.4}  ({} members)", "relation accuracy", self.relation_accuracy(), total);
        println!("relation confusion (truth -> predicted):");
        for ((t, p), n) in &self.relation_confusion {
            println!("  {t:<15} -> {p:<15} {n}");
        }
        println!("clusters: {}   time: {:.3} s", self.clusters.len(), self.seconds);
        print_recall_by_kind(&self.clusters, truth);
        if show > 0 {
            print_errors(show, &self.clusters, docs, truth);
        }
    }
}

fn evaluate(config: &DedupConfig, docs: &[DedupDoc], truth: &[Truth]) -> Score {
    let dedup = Deduplicator::builder().config(config.clone()).build();
    let start = std::time::Instant::now();
    let clusters = dedup.cluster(docs);
    let seconds = start.elapsed().as_secs_f64();
    let predicted = cluster_labels(&clusters, docs.len());
    let gold: Vec<u32> = truth.iter().map(|t| t.group).collect();
    let (pairs, ari) = pair_scores(&predicted, &gold);
    let mut relation_confusion = BTreeMap::new();
    for c in &clusters {
        let canonical = &truth[c.canonical];
        for m in &c.members[1..] {
            let t = &truth[m.doc];
            if t.group == canonical.group {
                let expected = truth_relation(t, canonical, config.containment_threshold);
                *relation_confusion.entry((expected.as_str(), m.relation.as_str())).or_default() += 1;
            }
        }
    }
    Score { pairs, ari, clusters, relation_confusion, seconds }
}

/// The relation of `x` to `y` by construction: the share of each one's
/// words whose paragraph the other carries, read with the library's rule
/// (near-duplicate when both shares reach the threshold, contained /
/// contains when one does), exact when the bodies are the same text.
pub fn truth_relation(x: &Truth, y: &Truth, threshold: f64) -> Relation {
    if x.body_key == y.body_key {
        return Relation::Exact;
    }
    let units_y: HashMap<u32, u32> = y.units.iter().map(|&[u, w]| (u, w)).collect();
    let units_x: HashMap<u32, u32> = x.units.iter().map(|&[u, w]| (u, w)).collect();
    let shared_x: u32 = x.units.iter().filter(|[u, _]| units_y.contains_key(u)).map(|[_, w]| w).sum();
    let shared_y: u32 = y.units.iter().filter(|[u, _]| units_x.contains_key(u)).map(|[_, w]| w).sum();
    let total = |t: &Truth| t.units.iter().map(|[_, w]| *w).sum::<u32>().max(1) as f64;
    let (inside, around) = (shared_x as f64 / total(x) >= threshold, shared_y as f64 / total(y) >= threshold);
    match (inside, around) {
        (true, false) => Relation::Contained,
        (false, true) => Relation::Contains,
        _ => Relation::NearDuplicate,
    }
}

/// Per kind of change: the share of documents clustered with their group's base.
fn print_recall_by_kind(clusters: &[Cluster], truth: &[Truth]) {
    let label = cluster_labels(clusters, truth.len());
    let mut base_label: HashMap<u32, u32> = HashMap::new();
    for (i, t) in truth.iter().enumerate() {
        if t.id.ends_with("-0") {
            base_label.insert(t.group, label[i]);
        }
    }
    let mut by_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, t) in truth.iter().enumerate() {
        if t.id.ends_with("-0") {
            continue;
        }
        let e = by_kind.entry(t.kind.as_str()).or_default();
        e.1 += 1;
        if base_label.get(&t.group) == Some(&label[i]) {
            e.0 += 1;
        }
    }
    println!("with their base, by kind of change:");
    for (kind, (hit, n)) in by_kind {
        println!("  {kind:<28} {hit:>6} / {n:<6} {:.3}", crate::eval::common::ratio(hit, n));
    }
}

fn print_errors(show: usize, clusters: &[Cluster], docs: &[DedupDoc], truth: &[Truth]) {
    let dedup = Deduplicator::default();
    let mut merged = 0;
    for c in clusters {
        for m in &c.members[1..] {
            if truth[m.doc].group != truth[c.canonical].group && merged < show {
                merged += 1;
                println!(
                    "false merge: {} ({}) into {} ({}): J={:.3} C={:.3} shared={}",
                    truth[m.doc].id,
                    truth[m.doc].kind,
                    truth[c.canonical].id,
                    truth[c.canonical].kind,
                    m.jaccard,
                    m.containment,
                    m.shared_shingles
                );
            }
        }
    }
    let mut wrong = 0;
    for c in clusters {
        for m in &c.members[1..] {
            let (t, canonical) = (&truth[m.doc], &truth[c.canonical]);
            if t.group != canonical.group || wrong >= show {
                continue;
            }
            let expected = truth_relation(t, canonical, dedup.config().containment_threshold);
            if expected != m.relation {
                wrong += 1;
                println!(
                    "relation: {} ({}) to {} ({}): truth {} predicted {}: J={:.3} C={:.3}",
                    t.id,
                    t.kind,
                    canonical.id,
                    canonical.kind,
                    expected.as_str(),
                    m.relation.as_str(),
                    m.jaccard,
                    m.containment
                );
            }
        }
    }
    let label = cluster_labels(clusters, truth.len());
    let mut base: HashMap<u32, usize> = HashMap::new();
    for (i, t) in truth.iter().enumerate() {
        if t.id.ends_with("-0") {
            base.insert(t.group, i);
        }
    }
    let mut missed = 0;
    for (i, t) in truth.iter().enumerate() {
        let Some(&b) = base.get(&t.group) else { continue };
        if b != i && label[b] != label[i] && missed < show {
            missed += 1;
            let o = dedup.measure(&dedup.sketch(&docs[i]), &dedup.sketch(&docs[b]));
            println!(
                "missed: {} ({}) vs base {}: J={:.3} C={:.3} C'={:.3} shared={}",
                t.id, t.kind, truth[b].id, o.jaccard, o.containment, o.reverse_containment, o.shared_shingles
            );
        }
    }
}
