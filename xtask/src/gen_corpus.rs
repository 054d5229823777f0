//! `cargo xtask gen-corpus`: a labelled near-duplicate corpus built from real
//! articles by the changes newsrooms make, with known ground truth.
//!
//! Each *group* starts from one base article and adds variants:
//! republication (other headline, byline, ad markers), quote-style changes,
//! truncation (an earlier, shorter version), an update (paragraphs appended),
//! light copy edits, paragraph reordering and a trimmed wire copy. Hard
//! negatives: unrelated articles on the same topic (PolNeAR covers the same
//! 2016 stories from many outlets), an article quoting a long paragraph of
//! another group, and a disclaimer template shared by unrelated articles.
//!
//! The first groups use the real articles as they are. Past that (`--docs`
//! up to a million), bases are synthetic: paragraphs of a real article with
//! half of their words replaced by words drawn from the corpus vocabulary, so
//! every base is new text with realistic word frequencies and lengths (~3 KB).
//!
//! The truth file gives, per document, its group, the kind of change, and
//! its *units* (base paragraphs by number, with word counts; appended text,
//! foreign quotes and templates as their own units; headline, byline and ad
//! markers not at all), plus a `body_key` shared by documents with the same
//! body. The
//! relation between two documents follows from their units (see
//! `eval::dedup::truth_relation`).

use crate::eval::common::{data_dir, read_jsonl, repo_root, Counts};
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `cargo xtask gen-corpus`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Number of documents (0: one group per real article, about 2,000 documents).
    #[arg(long, default_value_t = 0)]
    pub docs: usize,
    /// Random seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 2016)]
    pub seed: u64,
    /// Source articles (JSONL with `id`, `text`); default: PolNeAR train and dev.
    #[arg(long)]
    pub source: Vec<PathBuf>,
    /// Output folder for `docs.jsonl` and `truth.jsonl`.
    #[arg(long, default_value = "target/dedup-corpus")]
    pub out: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let generator = Generator::load(&args.source, args.seed)?;
    let out = if args.out.is_relative() { repo_root().join(&args.out) } else { args.out.clone() };
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let mut docs = std::io::BufWriter::new(std::fs::File::create(out.join("docs.jsonl"))?);
    let mut truth = std::io::BufWriter::new(std::fs::File::create(out.join("truth.jsonl"))?);
    let (mut n, mut bytes) = (0usize, 0usize);
    for group in generator.groups(args.docs) {
        for doc in group {
            bytes += doc.text.len();
            n += 1;
            serde_json::to_writer(
                &mut docs,
                &Article { id: &doc.truth.id, text: &doc.text, date: doc.date.as_deref() },
            )?;
            docs.write_all(b"\n")?;
            serde_json::to_writer(&mut truth, &doc.truth)?;
            truth.write_all(b"\n")?;
        }
    }
    docs.flush()?;
    truth.flush()?;
    eprintln!(
        "{n} documents ({:.1} MB) from {} sources in {}",
        bytes as f64 / 1e6,
        generator.sources.len(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct Article<'a> {
    id: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

/// The ground truth of one generated document.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Truth {
    pub id: String,
    pub group: u32,
    pub kind: String,
    /// `[unit, words]`: which content the body carries.
    pub units: Vec<[u32; 2]>,
    /// Equal for documents whose bodies are the same text.
    pub body_key: String,
}

/// One generated article.
#[derive(Clone, Debug)]
pub struct GenDoc {
    pub text: String,
    /// The body a perfect normalizer would return: paragraphs (and any long
    /// template paragraph), no headline, byline or ad marker.
    pub body: String,
    pub date: Option<String>,
    pub truth: Truth,
}

struct Source {
    title: String,
    paragraphs: Vec<String>,
    date: Option<String>,
}

#[derive(Deserialize)]
struct SourceLine {
    #[serde(default)]
    id: String,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

/// Makes groups of related articles, each from its own seed (so any group
/// can be made alone, in any order, on any thread).
pub struct Generator {
    sources: Vec<Source>,
    vocab: Vec<Box<str>>,
    seed: u64,
}

/// Unit ids: base paragraphs are their index; appended text and foreign quotes get their own ranges.
const APPENDED_UNIT: u32 = 1_000_000;
const FOREIGN_UNIT: u32 = 2_000_000;
const TEMPLATE_UNIT: u32 = 3_000_000;

const TEMPLATES: [&str; 3] = [
    "This article is provided for informational purposes only. The views expressed by contributors are their \
     own and do not necessarily reflect the views of the publisher, its editors or its advertisers. Readers \
     should consult the original sources cited before drawing conclusions or sharing this report.",
    "Our journalism depends on readers like you. Subscribe today for unlimited access to local news, analysis \
     and investigations, delivered every morning to your inbox. Already a subscriber? Log in to manage your \
     account, your newsletters and your home delivery preferences.",
    "Comments on this story are moderated according to our submission guidelines. Please keep the discussion \
     civil and on topic; comments that include personal attacks, profanity or links to commercial sites will \
     be removed, and repeat offenders may lose their commenting privileges.",
];

const BYLINES: [&str; 5] = [
    "By Joan Bryden, The Canadian Press",
    "By Staff, The Associated Press",
    "By Reuters Staff",
    "By Mike Blanchfield, The Canadian Press",
    "Associated Press",
];

const MARKERS: [&str; 4] =
    ["Story continues below advertisement", "ADVERTISEMENT", "Advertisement", "Continue reading below"];

impl Generator {
    /// Reads the source articles (default: PolNeAR) and drops any that repeat an earlier one.
    pub fn load(paths: &[PathBuf], seed: u64) -> anyhow::Result<Generator> {
        let paths = if paths.is_empty() {
            let dir = data_dir()?.join("polnear");
            vec![dir.join("train/docs.jsonl"), dir.join("dev/docs.jsonl")]
        } else {
            paths.to_vec()
        };
        let mut lines: Vec<SourceLine> = Vec::new();
        for p in &paths {
            lines.extend(read_jsonl::<SourceLine>(p)?);
        }
        lines.sort_by(|a, b| a.id.cmp(&b.id));
        let sources = distinct_sources(lines);
        anyhow::ensure!(!sources.is_empty(), "no usable source articles in {paths:?}");
        let mut vocab: Vec<Box<str>> = Vec::new();
        for s in &sources {
            vocab.extend(s.paragraphs.iter().flat_map(|p| p.split_whitespace()).map(Box::from));
        }
        Ok(Generator { sources, vocab, seed })
    }

    /// The groups of a corpus of `docs` documents (0: one group per real article).
    pub fn groups(&self, docs: usize) -> impl Iterator<Item = Vec<GenDoc>> + '_ {
        let mut left = if docs == 0 { usize::MAX } else { docs };
        let max_groups = if docs == 0 { self.sources.len() } else { usize::MAX };
        (0..max_groups).map_while(move |g| {
            if left == 0 {
                return None;
            }
            let mut group = self.group(g);
            group.truncate(left);
            left -= group.len();
            Some(group)
        })
    }

    /// Group `g`: its base article and variants.
    pub fn group(&self, g: usize) -> Vec<GenDoc> {
        let mut rng = Rng::new(self.seed ^ (g as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let base = self.base(g, &mut rng);
        let variants = if rng.chance(0.45) { 0 } else { 1 + rng.geometric(0.45, 6) };
        let mut docs = vec![self.render(g, 0, "base", &base, &mut rng)];
        // Successive updates extend the latest version, as a newsroom does.
        let mut latest = base.clone();
        for v in 1..=variants {
            let kind = *rng.pick(&["republish", "quote-style", "truncate", "update", "copy-edit", "reorder", "trim"]);
            let body = self.vary(kind, v, if kind == "update" { &latest } else { &base }, &mut rng);
            docs.push(self.render(g, v, kind, &body, &mut rng));
            if kind == "update" {
                latest = Body { republished: false, title: base.title.clone(), ..body };
            }
        }
        if rng.chance(0.08) && self.sources.len() > 1 {
            self.quote_foreign_paragraph(g, &mut docs, &mut rng);
        }
        docs
    }

    fn base(&self, g: usize, rng: &mut Rng) -> Body {
        let source = &self.sources[g % self.sources.len()];
        let date = source.date.clone().unwrap_or_else(|| format!("2016-{:02}-{:02}", 1 + g % 12, 1 + g % 28));
        if g < self.sources.len() {
            let units = (0..source.paragraphs.len() as u32).collect();
            return Body {
                title: source.title.clone(),
                paragraphs: source.paragraphs.clone(),
                units,
                key: "base".into(),
                date,
                republished: false,
            };
        }
        // A synthetic base: about 1.5 to 4.5 KB of the source, half its words replaced.
        let target = 1500 + rng.below(3000) as usize;
        let (mut paragraphs, mut len) = (Vec::new(), 0);
        for p in source.paragraphs.iter().cycle().take(4 * source.paragraphs.len()) {
            if len >= target {
                break;
            }
            let p = self.substitute(p, 0.5, rng);
            len += p.len() + 2;
            paragraphs.push(p);
        }
        let title = self.substitute(&source.title, 0.5, rng);
        let units = (0..paragraphs.len() as u32).collect();
        Body { title, paragraphs, units, key: "base".into(), date, republished: false }
    }

    /// Replaces each word with probability `rate` by a word drawn from the corpus vocabulary.
    fn substitute(&self, text: &str, rate: f64, rng: &mut Rng) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        for w in text.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(if rng.chance(rate) { &self.vocab[rng.below(self.vocab.len() as u64) as usize] } else { w });
        }
        out
    }

    fn vary(&self, kind: &str, v: usize, base: &Body, rng: &mut Rng) -> Body {
        let mut body = base.clone();
        let n = base.paragraphs.len();
        match kind {
            "truncate" if n >= 3 => {
                let keep = prefix_for_share(base, 0.3 + 0.3 * rng.unit());
                body.paragraphs.truncate(keep);
                body.units.truncate(keep);
                body.key = format!("truncate{v}");
            }
            "trim" if n >= 4 => {
                let share = 0.5 + 0.2 * rng.unit();
                let total = base.words() as f64;
                while body.words() as f64 > share * total && body.paragraphs.len() > 2 {
                    let i = 1 + rng.below(body.paragraphs.len() as u64 - 1) as usize;
                    body.paragraphs.remove(i);
                    body.units.remove(i);
                }
                body.key = format!("trim{v}");
            }
            "update" => {
                let target = (0.4 + 0.4 * rng.unit()) * base.words() as f64;
                let mut added = 0usize;
                let mut j = 0;
                while (added as f64) < target {
                    let other = &self.sources[rng.below(self.sources.len() as u64) as usize];
                    let p =
                        self.substitute(&other.paragraphs[rng.below(other.paragraphs.len() as u64) as usize], 0.6, rng);
                    added += p.split_whitespace().count();
                    body.paragraphs.push(p);
                    body.units.push(APPENDED_UNIT + (v as u32) * 1000 + j);
                    j += 1;
                }
                body.key = format!("update{v}");
            }
            "copy-edit" => {
                for p in &mut body.paragraphs {
                    if rng.chance(0.3) {
                        *p = self.copy_edit(p, rng);
                    }
                }
                body.key = format!("edit{v}");
            }
            "reorder" if n >= 3 => {
                for _ in 0..1 + rng.below(2) {
                    let from = 1 + rng.below(n as u64 - 1) as usize;
                    let to = 1 + rng.below(n as u64 - 1) as usize;
                    let (p, u) = (body.paragraphs.remove(from), body.units.remove(from));
                    body.paragraphs.insert(to, p);
                    body.units.insert(to, u);
                }
                if body.paragraphs != base.paragraphs {
                    body.key = format!("reorder{v}");
                }
            }
            "quote-style" => {
                body.paragraphs = body.paragraphs.iter().map(|p| restyle_quotes(p)).collect();
            }
            _ => {}
        }
        if kind == "republish" || rng.chance(0.3) {
            body.republished = true;
            body.title = self.new_headline(&base.title, rng);
        }
        if kind == "update" {
            body.date = next_day(&base.date);
        }
        body
    }

    /// Another outlet's headline for the same story: reworded, or tagged.
    fn new_headline(&self, title: &str, rng: &mut Rng) -> String {
        match rng.below(4) {
            0 => format!("UPDATE: {title}"),
            1 => format!("{title} | The Canadian Press"),
            2 => format!("{} - Reuters", title.trim_end_matches('.')),
            _ => {
                let reworded = self.substitute(title, 0.3, rng);
                let mut chars = reworded.chars();
                chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
            }
        }
    }

    /// One small edit: a word replaced, dropped, doubled or swapped with its neighbour.
    fn copy_edit(&self, p: &str, rng: &mut Rng) -> String {
        let mut words: Vec<&str> = p.split_whitespace().collect();
        if words.len() < 4 {
            return p.to_string();
        }
        let i = rng.below(words.len() as u64 - 1) as usize;
        let replacement;
        match rng.below(4) {
            0 => {
                replacement = self.vocab[rng.below(self.vocab.len() as u64) as usize].clone();
                words[i] = &replacement;
            }
            1 => {
                words.remove(i);
            }
            2 => words.insert(i, words[i]),
            _ => words.swap(i, i + 1),
        }
        words.join(" ")
    }

    /// A hard negative: one document of this group quotes a whole paragraph of another group.
    fn quote_foreign_paragraph(&self, g: usize, docs: &mut [GenDoc], rng: &mut Rng) {
        let other = (g + 1 + rng.below(self.sources.len() as u64 - 1) as usize) % self.sources.len();
        let paragraphs = &self.sources[other].paragraphs;
        let Some(p) = paragraphs.iter().max_by_key(|p| p.len()) else { return };
        let d = rng.below(docs.len() as u64) as usize;
        let doc = &mut docs[d];
        doc.text.push_str("\n\n");
        doc.text.push_str(p);
        doc.body.push_str("\n\n");
        doc.body.push_str(p);
        doc.truth.units.push([FOREIGN_UNIT + other as u32, p.split_whitespace().count() as u32]);
        doc.truth.body_key.push_str("+quote");
        doc.truth.kind.push_str("+foreign-quote");
    }

    fn render(&self, g: usize, v: usize, kind: &str, body: &Body, rng: &mut Rng) -> GenDoc {
        let mut text = String::with_capacity(body.paragraphs.iter().map(|p| p.len() + 2).sum::<usize>() + 256);
        text.push_str(&body.title);
        text.push_str("\n\n");
        if body.republished {
            let byline: &&str = rng.pick(&BYLINES);
            text.push_str(byline);
            text.push_str("\n\n");
        }
        let marker = *rng.pick(&MARKERS);
        for (i, p) in body.paragraphs.iter().enumerate() {
            if i > 0 {
                text.push_str("\n\n");
                if body.republished && i % 3 == 0 {
                    text.push_str(marker);
                    text.push_str("\n\n");
                }
            }
            text.push_str(p);
        }
        // A long disclaimer is body text to a normalizer that cannot know it
        // recurs: bodies with and without it are not the same text.
        let mut key = format!("g{g}:{}", body.key);
        let mut template = None;
        if rng.chance(0.1) {
            text.push_str("\n\n");
            let t = rng.below(TEMPLATES.len() as u64) as usize;
            text.push_str(TEMPLATES[t]);
            key.push_str(&format!("+template{t}"));
            template = Some([TEMPLATE_UNIT + t as u32, TEMPLATES[t].split_whitespace().count() as u32]);
        }
        let units = body
            .units
            .iter()
            .zip(&body.paragraphs)
            .map(|(&u, p)| [u, p.split_whitespace().count() as u32])
            .chain(template)
            .collect();
        let mut ideal = body.paragraphs.join("\n\n");
        if let Some([unit, _]) = template {
            ideal.push_str("\n\n");
            ideal.push_str(TEMPLATES[(unit - TEMPLATE_UNIT) as usize]);
        }
        GenDoc {
            text,
            body: ideal,
            date: Some(body.date.clone()),
            truth: Truth { id: format!("g{g:07}-{v}"), group: g as u32, kind: kind.to_string(), units, body_key: key },
        }
    }
}

#[derive(Clone)]
struct Body {
    title: String,
    paragraphs: Vec<String>,
    units: Vec<u32>,
    key: String,
    date: String,
    /// Rendered with another headline, a byline and ad markers.
    republished: bool,
}

impl Body {
    fn words(&self) -> usize {
        self.paragraphs.iter().map(|p| p.split_whitespace().count()).sum()
    }
}

/// Fewest leading paragraphs carrying at least `share` of the words (at least 1, fewer than all).
fn prefix_for_share(body: &Body, share: f64) -> usize {
    let total = body.words() as f64;
    let mut acc = 0usize;
    for (i, p) in body.paragraphs.iter().enumerate() {
        acc += p.split_whitespace().count();
        if acc as f64 >= share * total {
            return (i + 1).clamp(1, body.paragraphs.len() - 1);
        }
    }
    body.paragraphs.len() - 1
}

fn restyle_quotes(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let mut open = true;
    for c in p.chars() {
        match c {
            '"' | '\u{201c}' | '\u{201d}' => {
                out.push(if c == '"' {
                    if open {
                        '\u{201c}'
                    } else {
                        '\u{201d}'
                    }
                } else {
                    '"'
                });
                open = !open;
            }
            '\u{2019}' => out.push('\''),
            '\'' => out.push('\u{2019}'),
            _ => out.push(c),
        }
    }
    out
}

fn next_day(date: &str) -> String {
    let day: u32 = date.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    match date.get(..8) {
        Some(prefix) if day < 28 => format!("{prefix}{:02}", day + 1),
        _ => date.to_string(),
    }
}

/// Source articles with a title and at least three paragraphs, minus any
/// whose 8-word shingles are half inside an earlier one (PolNeAR has a few
/// articles twice).
fn distinct_sources(lines: Vec<SourceLine>) -> Vec<Source> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    let mut sources = Vec::new();
    for line in lines {
        let mut blocks = line.text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()).map(String::from);
        let Some(title) = blocks.next() else { continue };
        let paragraphs: Vec<String> = blocks.collect();
        let words: Vec<&str> = paragraphs.iter().flat_map(|p| p.split_whitespace()).collect();
        if paragraphs.len() < 3 || words.len() < 100 {
            continue;
        }
        let grams: Vec<u64> = words.windows(8).map(|w| xxhash_rust::xxh3::xxh3_64(w.join(" ").as_bytes())).collect();
        let mut hits: HashMap<u32, usize> = HashMap::new();
        for h in &grams {
            if let Some(&s) = seen.get(h) {
                *hits.entry(s).or_default() += 1;
            }
        }
        if hits.values().any(|&c| c * 2 >= grams.len()) {
            continue;
        }
        let id = sources.len() as u32;
        for h in grams {
            seen.entry(h).or_insert(id);
        }
        sources.push(Source { title, paragraphs, date: line.date.filter(|d| d.len() >= 10) });
    }
    sources
}

/// SplitMix64: small, fast, and the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n.max(1))) >> 64) as u64
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// Failures before a success of probability `p`, at most `max`.
    pub fn geometric(&mut self, p: f64, max: usize) -> usize {
        let mut k = 0;
        while k < max && !self.chance(p) {
            k += 1;
        }
        k
    }
}

/// Pairwise counts (pairs in one predicted cluster vs pairs in one truth
/// group) and the adjusted Rand index, from the contingency table.
/// (Shared by `eval dedup` and `bench dedup`.)
pub fn pair_scores(predicted: &[u32], gold: &[u32]) -> (Counts, f64) {
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut cells: HashMap<(u32, u32), usize> = HashMap::new();
    let mut rows: HashMap<u32, usize> = HashMap::new();
    let mut cols: HashMap<u32, usize> = HashMap::new();
    for (&p, &g) in predicted.iter().zip(gold) {
        *cells.entry((p, g)).or_default() += 1;
        *rows.entry(p).or_default() += 1;
        *cols.entry(g).or_default() += 1;
    }
    let index: f64 = cells.values().map(|&n| pairs(n)).sum();
    let a: f64 = rows.values().map(|&n| pairs(n)).sum();
    let b: f64 = cols.values().map(|&n| pairs(n)).sum();
    let total = pairs(predicted.len());
    let expected = if total > 0.0 { a * b / total } else { 0.0 };
    let max = (a + b) / 2.0;
    let ari = if max - expected == 0.0 { 1.0 } else { (index - expected) / (max - expected) };
    (Counts { tp: index as usize, predicted: a as usize, gold: b as usize }, ari)
}

/// Cluster number of each document.
pub fn cluster_labels(clusters: &[byline_dedup::Cluster], n: usize) -> Vec<u32> {
    let mut label = vec![0u32; n];
    for (k, c) in clusters.iter().enumerate() {
        for m in &c.members {
            label[m.doc] = k as u32;
        }
    }
    label
}
