//! `cargo xtask bench dedup`: clustering time and memory at corpus scale.
//!
//! Generates (or reads) the corpus chunk by chunk, sketches each chunk in
//! parallel and drops its text, so only the sketches stay in memory; then
//! finds candidate pairs, verifies them in parallel and clusters. Time is
//! reported per phase; corpus generation or reading is timed apart and not
//! counted. Bodies are the articles' whole text (normalization is a
//! separate stage with its own bench). Peak memory is VmHWM.

use crate::gen_corpus::{cluster_labels, pair_scores, Generator};
use byline_dedup::{merge_candidate_pairs, DedupDoc, Deduplicator, DocSketch, Edge};
use rayon::prelude::*;
use serde::Deserialize;
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Options of `cargo xtask bench dedup`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Documents to generate.
    #[arg(long, default_value_t = 1_000_000)]
    docs: usize,
    /// Generator seed.
    #[arg(long, default_value_t = 2016)]
    seed: u64,
    /// Read `docs.jsonl` (and `truth.jsonl` if present) from this folder instead of generating.
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Verification sample modulus (1 = every shingle).
    #[arg(long, default_value_t = 4)]
    sample_modulus: u32,
    /// Worker threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Ablation: no anchor (containment) candidate path, LSH banding only.
    #[arg(long)]
    lsh_only: bool,
    /// Documents per chunk.
    #[arg(long, default_value_t = 20_000)]
    chunk: usize,
}

#[derive(Deserialize)]
struct Article {
    id: String,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

#[derive(Deserialize)]
struct TruthGroup {
    group: u32,
}

/// What the sketching phase leaves behind.
#[derive(Default)]
struct Sketched {
    sketches: Vec<DocSketch>,
    groups: Vec<u32>,
    bytes: usize,
    load_seconds: f64,
    sketch_seconds: f64,
    sketch_cpu: f64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.threads > 0 {
        rayon::ThreadPoolBuilder::new().num_threads(args.threads).build_global()?;
    }
    let mut builder = Deduplicator::builder().sample_modulus(args.sample_modulus);
    if args.lsh_only {
        builder = builder.anchors(1 << 30, usize::MAX, 2);
    }
    let dedup = builder.build();
    let mut sketched = match &args.corpus {
        Some(dir) => sketch_files(&dedup, dir, args.chunk)?,
        None => sketch_generated(&dedup, &args)?,
    };
    let sketches = std::mem::take(&mut sketched.sketches);
    let n = sketches.len();
    let sketch_bytes: usize = sketches.iter().map(DocSketch::memory_bytes).sum();
    let cpu_before_clustering = cpu_seconds();

    let t = Instant::now();
    // The two candidate paths are independent: one thread each.
    let timed = |f: &dyn Fn() -> Vec<(u32, u32)>| {
        let t = Instant::now();
        let pairs = f();
        (pairs, t.elapsed().as_secs_f64())
    };
    let ((lsh, lsh_seconds), (anchors, anchor_seconds)) = rayon::join(
        || timed(&|| dedup.lsh_candidate_pairs(&sketches)),
        || timed(&|| dedup.anchor_candidate_pairs(&sketches)),
    );
    let (lsh_pairs, anchor_pairs) = (lsh.len(), anchors.len());
    let pairs = merge_candidate_pairs(lsh, anchors);
    let candidate_seconds = t.elapsed().as_secs_f64();
    let candidate_cpu = cpu_seconds() - cpu_before_clustering;
    let t = Instant::now();
    let edges: Vec<Edge> = pairs
        .par_iter()
        .filter_map(|&(a, b)| {
            let overlap = dedup.verify(&sketches[a as usize], &sketches[b as usize])?;
            Some(Edge { a, b, overlap })
        })
        .collect();
    let verify_seconds = t.elapsed().as_secs_f64();
    let edge_count = edges.len();
    let t = Instant::now();
    let clusters = dedup.cluster_edges(&sketches, edges);
    let cluster_seconds = t.elapsed().as_secs_f64();

    let cpu = sketched.sketch_cpu + cpu_seconds() - cpu_before_clustering;
    let total = sketched.sketch_seconds + candidate_seconds + verify_seconds + cluster_seconds;
    let mb = sketched.bytes as f64 / 1e6;
    println!(
        "bench dedup: {n} documents, {mb:.1} MB ({:.0} bytes/doc), {} threads, sample 1/{}",
        sketched.bytes as f64 / n.max(1) as f64,
        rayon::current_num_threads(),
        args.sample_modulus
    );
    println!(
        "  corpus {} (not counted)      {:>8.2} s",
        if args.corpus.is_some() { "read" } else { "generation" },
        sketched.load_seconds
    );
    println!("  sketch (shingle, MinHash)     {:>8.2} s   ({:.2} CPU s)", sketched.sketch_seconds, sketched.sketch_cpu);
    println!(
        "  candidates (LSH + anchors)    {:>8.2} s   ({:.2} CPU s) {} pairs",
        candidate_seconds,
        candidate_cpu,
        pairs.len()
    );
    println!(
        "    LSH banding {lsh_seconds:.2} s ({lsh_pairs} pairs), anchors {anchor_seconds:.2} s ({anchor_pairs} pairs)"
    );
    println!("  verify                        {:>8.2} s   {} edges", verify_seconds, edge_count);
    println!("  cluster                       {:>8.2} s   {} clusters", cluster_seconds, clusters.len());
    println!(
        "  total                         {:>8.2} s   {:.0} docs/s, {:.1} MB/s",
        total,
        n as f64 / total,
        mb / total
    );
    println!(
        "  CPU time (all threads)        {:>8.2} s   {:.0} docs/s and {:.1} MB/s per CPU-second",
        cpu,
        n as f64 / cpu,
        mb / cpu
    );
    println!(
        "  sketches in memory            {:>8.1} MB ({:.0} bytes/doc)",
        sketch_bytes as f64 / 1e6,
        sketch_bytes as f64 / n.max(1) as f64
    );
    println!("  peak RSS (VmHWM)              {:>8.1} MB", peak_rss_kb() as f64 / 1024.0);
    if sketched.groups.len() == n {
        let labels = cluster_labels(&clusters, n);
        let (counts, ari) = pair_scores(&labels, &sketched.groups);
        println!("  {}", counts.line("pairwise vs truth"));
        println!("  adjusted Rand index           {ari:>8.4}");
        println!("  document recall               {:>8.4}", document_recall(&labels, &sketched.groups));
    }
    Ok(ExitCode::SUCCESS)
}

fn sketch_generated(dedup: &Deduplicator, args: &Args) -> anyhow::Result<Sketched> {
    let generator = Generator::load(&[], args.seed)?;
    let mut out = Sketched::default();
    let mut next_group = 0usize;
    let groups_per_chunk = (args.chunk / 2).max(1);
    while out.sketches.len() < args.docs {
        let t = Instant::now();
        let range = next_group..next_group + groups_per_chunk;
        next_group = range.end;
        let mut generated: Vec<_> = range.into_par_iter().flat_map_iter(|g| generator.group(g)).collect();
        generated.truncate(args.docs - out.sketches.len());
        out.groups.extend(generated.iter().map(|d| d.truth.group));
        let docs: Vec<DedupDoc> = generated
            .into_iter()
            .map(|d| DedupDoc { id: d.truth.id, body: d.text, lang: "en".into(), date: d.date })
            .collect();
        out.load_seconds += t.elapsed().as_secs_f64();
        sketch_chunk(dedup, &docs, &mut out);
    }
    Ok(out)
}

/// Sketches one chunk in parallel, counting its wall and CPU time; the texts
/// can be dropped once this returns.
fn sketch_chunk(dedup: &Deduplicator, docs: &[DedupDoc], out: &mut Sketched) {
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let sketches: Vec<DocSketch> = docs.par_iter().map_init(|| dedup.sketcher(), |s, d| s.sketch(d)).collect();
    out.sketch_seconds += t.elapsed().as_secs_f64();
    out.sketch_cpu += cpu_seconds() - cpu;
    out.bytes += docs.iter().map(|d| d.body.len()).sum::<usize>();
    out.sketches.extend(sketches);
}

fn sketch_files(dedup: &Deduplicator, dir: &std::path::Path, chunk: usize) -> anyhow::Result<Sketched> {
    let mut out = Sketched::default();
    let file = std::fs::File::open(dir.join("docs.jsonl"))?;
    let mut lines = std::io::BufReader::new(file).lines();
    loop {
        let t = Instant::now();
        let mut docs: Vec<DedupDoc> = Vec::with_capacity(chunk);
        for line in lines.by_ref() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let a: Article = serde_json::from_str(&line)?;
            docs.push(DedupDoc { id: a.id, body: a.text, lang: "en".into(), date: a.date });
            if docs.len() == chunk {
                break;
            }
        }
        out.load_seconds += t.elapsed().as_secs_f64();
        if docs.is_empty() {
            break;
        }
        sketch_chunk(dedup, &docs, &mut out);
    }
    let truth = dir.join("truth.jsonl");
    if truth.is_file() {
        out.groups = crate::eval::common::read_jsonl::<TruthGroup>(&truth)?.into_iter().map(|t| t.group).collect();
    }
    Ok(out)
}

/// Share of documents with a group-mate that share a cluster with at least one of them.
fn document_recall(labels: &[u32], groups: &[u32]) -> f64 {
    let mut by_group: std::collections::HashMap<u32, Vec<u32>> = std::collections::HashMap::new();
    for (&l, &g) in labels.iter().zip(groups) {
        by_group.entry(g).or_default().push(l);
    }
    let (mut found, mut total) = (0usize, 0usize);
    for members in by_group.values().filter(|m| m.len() > 1) {
        for (i, l) in members.iter().enumerate() {
            total += 1;
            if members.iter().enumerate().any(|(j, k)| j != i && k == l) {
                found += 1;
            }
        }
    }
    crate::eval::common::ratio(found, total)
}

/// CPU time of the whole process (all threads), user plus system, in seconds.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<u64> = rest.split_whitespace().skip(11).take(2).filter_map(|f| f.parse().ok()).collect();
    fields.iter().sum::<u64>() as f64 / 100.0
}

/// Peak resident set size in kB (0 where /proc is missing).
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}
