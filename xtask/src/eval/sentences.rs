//! `cargo xtask eval sentences`: the sentence splitter of byline-normalize
//! against the English Golden Rules (cases passed) and the GUM news sentence
//! boundaries (precision, recall, F1 of sentence ends).

use super::common::{data_dir, read_jsonl, Counts};
use byline_text::Span;
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::ExitCode;

/// Options of `cargo xtask eval sentences`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print every Golden Rules case that fails and every GUM boundary missed or invented.
    #[arg(long)]
    pub verbose: bool,
}

#[derive(Deserialize)]
struct GoldenCase {
    id: String,
    text: String,
    sentences: Vec<String>,
}

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
}

#[derive(Deserialize)]
struct GoldSentences {
    doc: String,
    sentences: Vec<(usize, usize)>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let data = data_dir()?;
    let (passed, total) = golden_rules(&data.join("golden_rules_en.jsonl"), args.verbose)?;
    println!("{:<36} {passed}/{total} cases passed", "Golden Rules (English)");
    let counts = gum_boundaries(&data.join("gum-news"), args.verbose)?;
    println!("{}", counts.line("GUM news sentence ends"));
    Ok(ExitCode::SUCCESS)
}

fn split(text: &str) -> Vec<Span> {
    byline_normalize::split_sentences(text)
}

/// A case passes when the predicted sentences are exactly the expected strings.
fn golden_rules(path: &Path, verbose: bool) -> anyhow::Result<(usize, usize)> {
    let cases: Vec<GoldenCase> = read_jsonl(path)?;
    let mut passed = 0;
    for case in &cases {
        let got: Vec<&str> = split(&case.text).iter().map(|s| s.slice(&case.text)).collect();
        let want: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        if got == want {
            passed += 1;
        } else if verbose {
            println!("FAIL {}\n  want {want:?}\n  got  {got:?}", case.id);
        }
    }
    Ok((passed, cases.len()))
}

/// Scores the set of sentence end offsets of each document.
fn gum_boundaries(dir: &Path, verbose: bool) -> anyhow::Result<Counts> {
    let docs: Vec<Doc> = read_jsonl(&dir.join("docs.jsonl"))?;
    let gold: Vec<GoldSentences> = read_jsonl(&dir.join("sentences.jsonl"))?;
    let gold: HashMap<String, Vec<(usize, usize)>> = gold.into_iter().map(|g| (g.doc, g.sentences)).collect();
    let mut total = Counts::default();
    for doc in &docs {
        let Some(spans) = gold.get(&doc.id) else { continue };
        let want: BTreeSet<usize> = spans.iter().map(|&(_, end)| end).collect();
        let got: BTreeSet<usize> = split(&doc.text).iter().map(|s| s.end).collect();
        let tp = want.intersection(&got).count();
        total.add(Counts { tp, predicted: got.len(), gold: want.len() });
        if verbose {
            for &end in want.difference(&got) {
                println!("MISSED  {} {}", doc.id, context(&doc.text, end));
            }
            for &end in got.difference(&want) {
                println!("INVENTED {} {}", doc.id, context(&doc.text, end));
            }
        }
    }
    Ok(total)
}

/// Forty bytes either side of a boundary, with the boundary marked `|`.
fn context(text: &str, at: usize) -> String {
    let mut lo = at.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    format!("{:?}", format!("{}|{}", &text[lo..at], &text[at..hi]))
}
