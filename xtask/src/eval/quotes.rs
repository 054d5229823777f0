//! `cargo xtask eval quotes`: quote spans, speakers and end-to-end
//! attribution against the fixtures' gold or PolNeAR.
//!
//! Scoring follows the published news-quote evaluations: predicted and gold
//! spans of one document are matched greedily one-to-one, best coverage
//! first, where coverage is the share of the gold span the prediction
//! covers; a pair counts at a threshold (0.3, 0.8) when its coverage reaches
//! it. Speaker accuracy is measured on the quotes matched at 0.3; end-to-end
//! counts a hit only when the speaker is right too. The direct+mixed and
//! indirect lines match each group on its own (a type confusion costs both).

use super::common::{data_dir, fixtures_gold, ratio, read_jsonl, Counts};
use byline_entities::EntityRecognizer;
use byline_normalize::Normalizer;
use byline_quotes::{Quote, QuoteExtractor, QuoteKind};
use byline_text::Span;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Options of `cargo xtask eval quotes`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Which gold set: `fixtures`, `polnear-dev` or `polnear-train`.
    #[arg(long, default_value = "fixtures")]
    set: String,
    /// Print the misses and false alarms (at 0.3) and the wrong speakers.
    #[arg(long)]
    errors: bool,
    /// Print a per-cue breakdown: gold recall by gold cue word and precision
    /// by predicted cue word (at 0.3), and near misses below the threshold.
    #[arg(long)]
    cues: bool,
    /// Write every predicted quote as JSON lines to this file (offline analysis).
    #[arg(long)]
    dump: Option<PathBuf>,
}

#[derive(Deserialize, Debug, Clone)]
struct GoldQuote {
    doc: String,
    #[serde(rename = "type")]
    kind: String,
    text: String,
    start: usize,
    end: usize,
    speaker: Option<String>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    #[serde(default)]
    cue: Option<String>,
}

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
}

/// What the scoring needs of one predicted quote.
struct Pred {
    kind: QuoteKind,
    span: Span,
    speaker_name: Option<String>,
    speaker_span: Option<Span>,
    cue: String,
}

fn load(set: &str) -> anyhow::Result<(Vec<Doc>, Vec<GoldQuote>)> {
    let (docs, gold) = match set {
        "fixtures" => {
            let dir = super::common::repo_root().join("fixtures/hehr");
            let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            let mut docs = Vec::new();
            for p in paths {
                let id = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
                docs.push(Doc { id, text: std::fs::read_to_string(&p)? });
            }
            (docs, read_jsonl(&fixtures_gold().join("quotes.jsonl"))?)
        }
        "polnear-dev" | "polnear-train" => {
            let dir = data_dir()?.join("polnear").join(&set[8..]);
            (read_jsonl(&dir.join("docs.jsonl"))?, read_jsonl(&dir.join("quotes.jsonl"))?)
        }
        other => anyhow::bail!("unknown set {other:?} (fixtures, polnear-dev, polnear-train)"),
    };
    Ok((docs, gold))
}

/// Lowercase, apostrophes folded, titles and leading articles dropped.
fn norm_name(s: &str) -> String {
    const DROP: &[&str] = &[
        "a",
        "an",
        "the",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prime",
        "minister",
        "mp",
        "sen",
        "senator",
        "rep",
        "gov",
        "president",
        "leader",
        "premier",
        "mayor",
    ];
    s.replace(['’', '‘'], "'")
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase())
        .map(|w| w.trim_end_matches("'s").to_string())
        .filter(|w| !w.is_empty() && !DROP.contains(&w.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Speaker right? Fixtures: the resolved name equals the gold name.
/// PolNeAR: the mention overlaps the gold source span, or the resolved
/// name's last word is in the source text.
fn speaker_right(p: &Pred, g: &GoldQuote, polnear: bool) -> (bool, bool) {
    let overlap = match (p.speaker_span, g.speaker_start, g.speaker_end) {
        (Some(s), Some(a), Some(b)) => s.overlaps(Span::new(a, b)),
        _ => false,
    };
    let right = match (&p.speaker_name, &g.speaker) {
        (None, None) => true,
        (Some(pn), Some(gn)) => {
            let (pn, gn) = (norm_name(pn), norm_name(gn));
            if polnear {
                overlap
                    || pn
                        .split(' ')
                        .next_back()
                        .is_some_and(|last| !last.is_empty() && gn.split(' ').any(|w| w == last))
            } else {
                pn == gn
            }
        }
        _ => false,
    };
    (right, overlap)
}

/// Greedy one-to-one matching by coverage of the gold span: `(pred, gold, coverage)`.
fn matches(preds: &[&Pred], gold: &[&GoldQuote], threshold: f64) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, p) in preds.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let gs = Span::new(g.start, g.end);
            let cov = ratio(p.span.overlap_len(gs), gs.len().max(1));
            if cov >= threshold && cov > 0.0 {
                pairs.push((cov, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut pu, mut gu) = (vec![false; preds.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !pu[i] && !gu[j] {
            pu[i] = true;
            gu[j] = true;
            out.push((i, j));
        }
    }
    out
}

#[derive(Default)]
struct Tally {
    at03: Counts,
    at08: Counts,
    e2e: Counts,
    speaker_right: usize,
    speaker_overlap: usize,
    matched: usize,
}

impl Tally {
    fn add(&mut self, preds: &[&Pred], gold: &[&GoldQuote], polnear: bool) -> Vec<(usize, usize)> {
        let m3 = matches(preds, gold, 0.3);
        let m8 = matches(preds, gold, 0.8);
        let base = Counts { tp: 0, predicted: preds.len(), gold: gold.len() };
        self.at03.add(Counts { tp: m3.len(), ..base });
        self.at08.add(Counts { tp: m8.len(), ..base });
        let mut e2e = 0;
        for &(i, j) in &m3 {
            let (right, overlap) = speaker_right(preds[i], gold[j], polnear);
            self.matched += 1;
            self.speaker_right += usize::from(right);
            self.speaker_overlap += usize::from(overlap);
            e2e += usize::from(right);
        }
        self.e2e.add(Counts { tp: e2e, ..base });
        m3
    }

    fn print(&self, label: &str, polnear: bool) {
        println!("{}", self.at03.line(&format!("{label} F1@0.3")));
        println!("{}", self.at08.line(&format!("{label} F1@0.8")));
        println!("{}", self.e2e.line(&format!("{label} end-to-end@0.3")));
        println!(
            "{:<36} {:.3}  ({} / {} matched)",
            format!("{label} speaker accuracy"),
            ratio(self.speaker_right, self.matched),
            self.speaker_right,
            self.matched
        );
        if polnear {
            println!(
                "{:<36} {:.3}",
                format!("{label} speaker mention overlaps source"),
                ratio(self.speaker_overlap, self.matched)
            );
        }
    }
}

fn to_pred(q: &Quote, text: &str) -> Pred {
    Pred {
        kind: q.kind,
        span: q.span,
        speaker_name: q.speaker.as_ref().map(|s| s.name.clone()),
        speaker_span: q.speaker.as_ref().map(|s| s.span),
        cue: q.cue.map_or(String::new(), |c| cue_key(c.slice(text))),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let polnear = args.set.starts_with("polnear");
    let (docs, gold) = load(&args.set)?;
    let mut by_doc: BTreeMap<&str, Vec<&GoldQuote>> = BTreeMap::new();
    for g in &gold {
        by_doc.entry(g.doc.as_str()).or_default().push(g);
    }
    let normalizer = Normalizer::builder().build();
    let recognizer = EntityRecognizer::builder().build();
    let extractor = QuoteExtractor::builder().build();
    // The lexicons are built on first use: build them before the clock runs.
    let warm = normalizer.normalize_str("“Yes,” Jane Doe said.");
    extractor.extract(&warm, &recognizer.recognize(&warm));
    let (mut all, mut dm, mut ind) = (Tally::default(), Tally::default(), Tally::default());
    let mut cue_table = CueTable::default();
    let started = Instant::now();
    let mut bytes = 0usize;
    let mut quote_time = 0.0f64;
    let mut predicted: Vec<Vec<Pred>> = Vec::with_capacity(docs.len());
    let mut texts: Vec<&str> = Vec::new();
    for doc in &docs {
        bytes += doc.text.len();
        let normalized = normalizer.normalize_str(&doc.text);
        let entities = recognizer.recognize(&normalized);
        let t = Instant::now();
        let quotes = extractor.extract(&normalized, &entities);
        quote_time += t.elapsed().as_secs_f64();
        predicted.push(quotes.quotes.iter().map(|q| to_pred(q, &normalized.text)).collect());
        texts.push(&doc.text);
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Some(path) = &args.dump {
        dump_predictions(path, &docs, &predicted)?;
    }
    for (doc, preds) in docs.iter().zip(&predicted) {
        let gold_doc: Vec<&GoldQuote> = by_doc.get(doc.id.as_str()).cloned().unwrap_or_default();
        let p_all: Vec<&Pred> = preds.iter().collect();
        let m = all.add(&p_all, &gold_doc, polnear);
        let is_ind = |k: &str| k == "indirect";
        let p_dm: Vec<&Pred> = preds.iter().filter(|p| p.kind != QuoteKind::Indirect).collect();
        let g_dm: Vec<&GoldQuote> = gold_doc.iter().copied().filter(|g| !is_ind(&g.kind)).collect();
        dm.add(&p_dm, &g_dm, polnear);
        let p_in: Vec<&Pred> = preds.iter().filter(|p| p.kind == QuoteKind::Indirect).collect();
        let g_in: Vec<&GoldQuote> = gold_doc.iter().copied().filter(|g| is_ind(&g.kind)).collect();
        ind.add(&p_in, &g_in, polnear);
        if args.cues {
            cue_table.add(&p_all, &gold_doc, &m);
        }
        if args.errors {
            print_errors(&doc.id, &doc.text, &p_all, &gold_doc, &m, polnear);
        }
    }
    println!("quotes on {} ({} documents, {} gold quotes)", args.set, docs.len(), gold.len());
    all.print("all", polnear);
    dm.print("direct+mixed", polnear);
    ind.print("indirect", polnear);
    if args.cues {
        cue_table.print();
    }
    println!(
        "pipeline throughput (normalize+entities+quotes, 1 core, one cold pass; `cargo xtask bench` for steady figures): {:.1} MB/s over {} bytes",
        bytes as f64 / 1e6 / elapsed.max(1e-9),
        bytes
    );
    println!(
        "quote extraction alone: {:.1} MB/s (one core, after the lexicons' start-up)",
        bytes as f64 / 1e6 / quote_time.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

/// One JSON line per predicted quote: document, kind, span, cue and speaker span.
fn dump_predictions(path: &std::path::Path, docs: &[Doc], predicted: &[Vec<Pred>]) -> anyhow::Result<()> {
    let mut out = String::new();
    for (doc, preds) in docs.iter().zip(predicted) {
        for p in preds {
            let row = serde_json::json!({
                "doc": doc.id,
                "type": format!("{:?}", p.kind).to_lowercase(),
                "start": p.span.start,
                "end": p.span.end,
                "cue": p.cue,
                "speaker": p.speaker_name,
                "speaker_start": p.speaker_span.map(|s| s.start),
                "speaker_end": p.speaker_span.map(|s| s.end),
            });
            out.push_str(&row.to_string());
            out.push('\n');
        }
    }
    std::fs::write(path, out)?;
    Ok(())
}

fn print_errors(id: &str, text: &str, preds: &[&Pred], gold: &[&GoldQuote], m: &[(usize, usize)], polnear: bool) {
    let short = |s: &str| s.chars().take(110).collect::<String>().replace('\n', " ");
    for (i, p) in preds.iter().enumerate() {
        if !m.iter().any(|&(a, _)| a == i) {
            println!(
                "FP {id} {:?} [{}] <{}> {}",
                p.kind,
                p.speaker_name.as_deref().unwrap_or("-"),
                p.cue,
                short(p.span.slice(text))
            );
        }
    }
    for (j, g) in gold.iter().enumerate() {
        if !m.iter().any(|&(_, b)| b == j) {
            let near = preds.iter().any(|p| p.span.overlaps(Span::new(g.start, g.end)));
            println!(
                "FN {id} {}{} [{}] <{}> {}",
                g.kind,
                if near { " (near)" } else { "" },
                g.speaker.as_deref().unwrap_or("-"),
                cue_key(g.cue.as_deref().unwrap_or("")),
                short(&g.text)
            );
            // Where the overlapping predictions sit against the gold span: the shape of a boundary miss.
            for p in preds.iter().filter(|p| p.span.overlaps(Span::new(g.start, g.end))) {
                println!(
                    "   near gold {}..{} pred {}..{} {}",
                    g.start,
                    g.end,
                    p.span.start,
                    p.span.end,
                    short(p.span.slice(text))
                );
            }
        }
    }
    for &(i, j) in m {
        let (right, _) = speaker_right(preds[i], gold[j], polnear);
        if !right {
            println!(
                "SPK {id} pred [{}] gold [{}] {}",
                preds[i].speaker_name.as_deref().unwrap_or("-"),
                gold[j].speaker.as_deref().unwrap_or("-"),
                short(&gold[j].text)
            );
        }
    }
}

/// A cue's text lowercased with its apostrophes folded: the key of the cue table.
fn cue_key(s: &str) -> String {
    s.replace('’', "'").to_lowercase()
}

/// Per-cue breakdown (`--cues`), a diagnostic beside the scores above.
#[derive(Default)]
struct CueTable {
    /// Gold cue -> (gold quotes, matched at 0.3, overlapped but below 0.3).
    gold: BTreeMap<String, (usize, usize, usize)>,
    /// Predicted cue -> (predicted quotes, matched at 0.3).
    pred: BTreeMap<String, (usize, usize)>,
}

impl CueTable {
    fn add(&mut self, preds: &[&Pred], gold: &[&GoldQuote], m: &[(usize, usize)]) {
        for (j, g) in gold.iter().enumerate() {
            let e = self.gold.entry(cue_key(g.cue.as_deref().unwrap_or(""))).or_default();
            e.0 += 1;
            if m.iter().any(|&(_, b)| b == j) {
                e.1 += 1;
            } else if preds.iter().any(|p| p.span.overlaps(Span::new(g.start, g.end))) {
                e.2 += 1;
            }
        }
        for (i, p) in preds.iter().enumerate() {
            let e = self.pred.entry(p.cue.clone()).or_default();
            e.0 += 1;
            e.1 += usize::from(m.iter().any(|&(a, _)| a == i));
        }
    }

    fn print(&self) {
        let (g, hit, near) = self.gold.values().fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
        println!(
            "gold cues: {g} quotes, {hit} matched at 0.3, {near} overlapped below 0.3, {} untouched",
            g - hit - near
        );
        let mut rows: Vec<_> = self.gold.iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        println!("{:<28} {:>6} {:>6} {:>6} {:>6}", "gold cue", "gold", "hit", "near", "recall");
        for (cue, (n, hit, near)) in rows.into_iter().take(80) {
            println!("{cue:<28} {n:>6} {hit:>6} {near:>6} {:>6.3}", ratio(*hit, *n));
        }
        let mut rows: Vec<_> = self.pred.iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        println!("{:<28} {:>6} {:>6} {:>6}", "predicted cue", "pred", "hit", "prec");
        for (cue, (n, hit)) in rows.into_iter().take(80) {
            println!("{cue:<28} {n:>6} {hit:>6} {:>6.3}", ratio(*hit, *n));
        }
    }
}
