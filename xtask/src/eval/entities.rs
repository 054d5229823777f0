//! `cargo xtask eval entities`: scores byline-entities on CoNLL-2003
//! validation (PER/ORG/LOC exact spans, MISC ignored, like conlleval), on the
//! named mentions of GUM news (exact and overlap), and on the fixtures' gold
//! (mentions and entities, every PERSON resolved to its full name).
//!
//! Every document goes through `byline_normalize::Normalizer` and then the
//! recognizer, as the pipeline does.

use super::common::{data_dir, fixtures_gold, read_jsonl, Counts};
use byline_entities::{DocEntities, EntityRecognizer, EntityType};
use byline_normalize::Normalizer;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;
use std::time::Instant;

/// Options of `cargo xtask eval entities`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print the missed and spurious mentions of each set (for development).
    #[arg(long)]
    errors: bool,
    /// With --errors on GUM: list what the overlap score misses (unpaired gold
    /// and predictions) instead of the exact-span differences.
    #[arg(long)]
    overlap: bool,
    /// Only this set: conll, gum or fixtures; `conll-train` (never run by
    /// default) scores CoNLL-2003 train, the larger set rules must not hurt.
    #[arg(long)]
    only: Option<String>,
}

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
}

#[derive(Deserialize)]
struct ConllTokens {
    doc: String,
    tokens: Vec<(usize, usize, String)>,
}

#[derive(Deserialize)]
struct GoldMention {
    doc: String,
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    named: Option<bool>,
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
struct GoldEntity {
    doc: String,
    name: String,
    #[serde(rename = "type")]
    kind: String,
}

/// `(start, end, type)` of one mention.
type Labeled = (usize, usize, &'static str);

struct Engine {
    normalizer: Normalizer,
    recognizer: EntityRecognizer,
    bytes: usize,
    seconds: f64,
}

impl Engine {
    fn new() -> Engine {
        let normalizer = Normalizer::builder().build();
        let recognizer = EntityRecognizer::builder().build();
        // The lexicons are built on first use: build them before the clock runs,
        // so the figure is the recognizer's speed, not its start-up.
        recognizer.recognize(&normalizer.normalize_str("Jane Doe said."));
        Engine { normalizer, recognizer, bytes: 0, seconds: 0.0 }
    }

    /// The same recognizer with the nested layer on (not timed).
    fn nested(&self, text: &str) -> DocEntities {
        let doc = self.normalizer.normalize_str(text);
        EntityRecognizer::builder().nested(true).build().recognize(&doc)
    }

    fn run(&mut self, text: &str) -> DocEntities {
        let doc = self.normalizer.normalize_str(text);
        let t = Instant::now();
        let ents = self.recognizer.recognize(&doc);
        self.seconds += t.elapsed().as_secs_f64();
        self.bytes += text.len();
        ents
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut engine = Engine::new();
    let mut pass = true;
    let want = |set: &str| args.only.as_deref().is_none_or(|o| o == set);
    if want("conll") {
        pass &= conll(&mut engine, args.errors)?;
    }
    if args.only.as_deref() == Some("conll-train") {
        conll_train(&mut engine, args.errors)?;
    }
    if want("gum") {
        pass &= gum(&mut engine, args.errors, args.overlap)?;
    }
    if want("fixtures") {
        pass &= fixtures(&mut engine, args.errors)?;
    }
    if engine.seconds > 0.0 {
        println!(
            "\nrecognizer alone: {:.1} MB in {:.3} s = {:.1} MB/s (one core, after normalization and the lexicons' start-up)",
            engine.bytes as f64 / 1e6,
            engine.seconds,
            engine.bytes as f64 / 1e6 / engine.seconds
        );
    }
    // An eval is a report, not a gate: a missed target is printed, not an error.
    if !pass {
        println!("\nsome targets not met (see above)");
    }
    Ok(ExitCode::SUCCESS)
}

fn predicted(ents: &DocEntities) -> Vec<Labeled> {
    ents.mentions
        .iter()
        .filter(|m| m.kind != EntityType::Misc)
        .map(|m| (m.span.start, m.span.end, m.kind.as_str()))
        .collect()
}

/// The flat mentions and the names nested inside them.
fn predicted_with_nested(ents: &DocEntities) -> Vec<Labeled> {
    let mut out = predicted(ents);
    out.extend(
        ents.nested.iter().filter(|n| n.kind != EntityType::Misc).map(|n| (n.span.start, n.span.end, n.kind.as_str())),
    );
    out
}

fn type_name(tag: &str) -> Option<&'static str> {
    match tag {
        "PER" | "PERSON" => Some("PERSON"),
        "ORG" => Some("ORG"),
        "LOC" => Some("LOC"),
        _ => None,
    }
}

/// Exact-match counts per type (and "all").
fn score_exact(gold: &[Labeled], pred: &[Labeled], by_type: &mut BTreeMap<&'static str, Counts>) {
    let gold_set: BTreeSet<Labeled> = gold.iter().copied().collect();
    let pred_set: BTreeSet<Labeled> = pred.iter().copied().collect();
    for t in ["PERSON", "ORG", "LOC"] {
        let c = by_type.entry(t).or_default();
        c.gold += gold_set.iter().filter(|g| g.2 == t).count();
        c.predicted += pred_set.iter().filter(|p| p.2 == t).count();
        c.tp += pred_set.iter().filter(|p| p.2 == t && gold_set.contains(p)).count();
    }
}

/// Overlap counts per type: a prediction is right when it overlaps an
/// unmatched gold mention of the same type, one to one. Exact matches are
/// paired first, then the rest by the largest shared length, so a nested gold
/// mention ("US" inside "US President Barack Obama") does not steal the pair.
fn score_overlap(
    gold: &[Labeled],
    pred: &[Labeled],
    by_type: &mut BTreeMap<&'static str, Counts>,
) -> (Vec<bool>, Vec<bool>) {
    let mut used_gold = vec![false; gold.len()];
    let mut used_pred = vec![false; pred.len()];
    for (pi, p) in pred.iter().enumerate() {
        if let Some(gi) = (0..gold.len()).find(|&gi| !used_gold[gi] && gold[gi] == *p) {
            used_gold[gi] = true;
            used_pred[pi] = true;
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (pi, p) in pred.iter().enumerate().filter(|(pi, _)| !used_pred[*pi]) {
        for (gi, g) in gold.iter().enumerate().filter(|(gi, _)| !used_gold[*gi]) {
            let shared = p.1.min(g.1).saturating_sub(p.0.max(g.0));
            if g.2 == p.2 && shared > 0 {
                pairs.push((shared, pi, gi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    // Greedy pairing by shared length, then augmenting paths: a prediction left over may still
    // take a gold mention whose partner can move to another one it overlaps (two nested gold
    // mentions, two predictions inside them), so the count is the largest one-to-one pairing.
    let mut partner_of_gold: Vec<Option<usize>> = vec![None; gold.len()];
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); pred.len()];
    for &(_, pi, gi) in &pairs {
        edges[pi].push(gi);
        if !used_pred[pi] && partner_of_gold[gi].is_none() {
            used_pred[pi] = true;
            partner_of_gold[gi] = Some(pi);
        }
    }
    for pi in 0..pred.len() {
        if !used_pred[pi] && !edges[pi].is_empty() {
            let mut seen = vec![false; gold.len()];
            used_pred[pi] = augment(pi, &edges, &mut partner_of_gold, &mut seen);
        }
    }
    for (used, partner) in used_gold.iter_mut().zip(&partner_of_gold) {
        *used |= partner.is_some();
    }
    for t in ["PERSON", "ORG", "LOC"] {
        let c = by_type.entry(t).or_default();
        c.gold += gold.iter().filter(|g| g.2 == t).count();
        c.predicted += pred.iter().filter(|p| p.2 == t).count();
        c.tp += pred.iter().zip(&used_pred).filter(|(p, used)| p.2 == t && **used).count();
    }
    (used_gold, used_pred)
}

/// Kuhn's augmenting path from prediction `pi` over the overlap pairs still open (gold
/// mentions paired exactly are not in `edges`).
fn augment(pi: usize, edges: &[Vec<usize>], partner_of_gold: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &gi in &edges[pi] {
        if seen[gi] {
            continue;
        }
        seen[gi] = true;
        let free = match partner_of_gold[gi] {
            None => true,
            Some(other) => augment(other, edges, partner_of_gold, seen),
        };
        if free {
            partner_of_gold[gi] = Some(pi);
            return true;
        }
    }
    false
}

/// What the overlap score leaves unpaired: gold (MISS) and predictions (SPUR),
/// each with any overlapping mention of the other side.
fn print_overlap_errors(text: &str, gold: &[Labeled], pred: &[Labeled], used_gold: &[bool], used_pred: &[bool]) {
    let near = |a: &Labeled, others: &[Labeled]| {
        others
            .iter()
            .filter(|o| o.0 < a.1 && a.0 < o.1)
            .map(|o| format!(" [{} {:?}]", o.2, &text[o.0..o.1]))
            .collect::<String>()
    };
    for (g, _) in gold.iter().zip(used_gold).filter(|(_, u)| !**u) {
        println!("  MISS {:<6} {:?}{}  …{}…", g.2, &text[g.0..g.1], near(g, pred), context(text, g.0, g.1));
    }
    for (p, _) in pred.iter().zip(used_pred).filter(|(_, u)| !**u) {
        println!("  SPUR {:<6} {:?}{}  …{}…", p.2, &text[p.0..p.1], near(p, gold), context(text, p.0, p.1));
    }
}

/// Gold mentions that contain no other gold mention: the flat layer a
/// non-nesting tagger can produce ("US" and "Barack Obama" but not
/// "US President Barack Obama"). Reported beside the full exact score.
fn leaf_mentions(gold: &[Labeled]) -> Vec<Labeled> {
    gold.iter().filter(|a| !gold.iter().any(|b| b != *a && b.0 >= a.0 && b.1 <= a.1)).copied().collect()
}

fn print_by_type(title: &str, by_type: &BTreeMap<&'static str, Counts>) -> Counts {
    let mut all = Counts::default();
    for c in by_type.values() {
        all.add(*c);
    }
    println!("{}", all.line(title));
    for (t, c) in by_type {
        println!("{}", c.line(&format!("  {t}")));
    }
    all
}

/// With `DUMP_JSON=<file>` set, appends one line per scored document (text,
/// gold and predicted mentions) for offline error analysis.
fn dump_json(set: &str, doc: &str, text: &str, gold: &[Labeled], pred: &[Labeled]) {
    use std::io::Write;
    let Some(path) = std::env::var_os("DUMP_JSON") else { return };
    let line = serde_json::json!({ "set": set, "doc": doc, "text": text, "gold": gold, "pred": pred });
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(f, "{line}");
    }
}

fn print_errors(text: &str, gold: &[Labeled], pred: &[Labeled]) {
    let gold_set: BTreeSet<Labeled> = gold.iter().copied().collect();
    let pred_set: BTreeSet<Labeled> = pred.iter().copied().collect();
    for g in gold_set.difference(&pred_set) {
        let guess = pred.iter().find(|p| p.0 < g.1 && g.0 < p.1);
        let guess = guess.map(|p| format!(" (got {} {:?})", p.2, &text[p.0..p.1])).unwrap_or_default();
        println!("  MISS {:<6} {:?}{guess}  …{}…", g.2, &text[g.0..g.1], context(text, g.0, g.1));
    }
    for p in pred_set.difference(&gold_set) {
        if !gold.iter().any(|g| g.0 < p.1 && p.0 < g.1) {
            println!("  SPUR {:<6} {:?}  …{}…", p.2, &text[p.0..p.1], context(text, p.0, p.1));
        } else if std::env::var_os("WRONG_ERRORS").is_some() {
            // A prediction that overlaps gold without matching it (boundary or type).
            let near: String = gold
                .iter()
                .filter(|g| g.0 < p.1 && p.0 < g.1)
                .map(|g| format!(" [{} {:?}]", g.2, &text[g.0..g.1]))
                .collect();
            println!("  WRONG {:<6} {:?}{near}  …{}…", p.2, &text[p.0..p.1], context(text, p.0, p.1));
        }
    }
}

fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].replace('\n', " ⏎ ")
}

fn conll(engine: &mut Engine, errors: bool) -> anyhow::Result<bool> {
    let dir = data_dir()?.join("conll2003/valid");
    let docs: Vec<Doc> = read_jsonl(&dir.join("docs.jsonl"))?;
    let tokens: Vec<ConllTokens> = read_jsonl(&dir.join("tokens.jsonl"))?;
    let tokens: BTreeMap<&str, &ConllTokens> = tokens.iter().map(|t| (t.doc.as_str(), t)).collect();
    let tagged = docs.iter().filter_map(|doc| {
        let toks = tokens.get(doc.id.as_str())?;
        Some((doc.id.clone(), doc.text.as_str(), iob_chunks(&toks.tokens)))
    });
    let by_type = score_tagged(engine, "conll", tagged, errors);
    println!("CoNLL-2003 validation ({} documents), exact spans, MISC ignored:", docs.len());
    let all = print_by_type("  micro", &by_type);
    println!("  target F1 >= 0.80: {}", verdict(all.f1() >= 0.80));
    Ok(all.f1() >= 0.80)
}

/// CoNLL-2003 train (a diagnostic: the larger set that rules must not hurt),
/// converted like valid/docs.jsonl: one document per -DOCSTART-, tokens
/// joined by spaces, one sentence per line.
fn conll_train(engine: &mut Engine, errors: bool) -> anyhow::Result<()> {
    let raw = std::fs::read_to_string(data_dir()?.join("conll2003/train.txt"))?;
    // (text, tokens with their byte spans and tags) per document.
    type TaggedDoc = (String, Vec<(usize, usize, String)>);
    let mut docs: Vec<TaggedDoc> = Vec::new();
    let mut sentence_open = false;
    for line in raw.lines() {
        if line.starts_with("-DOCSTART-") {
            docs.push((String::new(), Vec::new()));
            sentence_open = false;
            continue;
        }
        let Some(doc) = docs.last_mut() else { continue };
        let mut cols = line.split(' ');
        let (Some(word), Some(tag)) = (cols.next(), line.rsplit(' ').next()) else { continue };
        if word.is_empty() {
            sentence_open = false;
            continue;
        }
        if !doc.0.is_empty() {
            doc.0.push(if sentence_open { ' ' } else { '\n' });
        }
        let start = doc.0.len();
        doc.0.push_str(word);
        doc.1.push((start, doc.0.len(), tag.to_string()));
        sentence_open = true;
    }
    let tagged = docs
        .iter()
        .enumerate()
        .map(|(i, (text, toks))| (format!("conll_train-{:04}", i + 1), text.as_str(), iob_chunks(toks)));
    let by_type = score_tagged(engine, "conll-train", tagged, errors);
    println!("CoNLL-2003 train ({} documents), exact spans, MISC ignored (diagnostic):", docs.len());
    print_by_type("  micro", &by_type);
    Ok(())
}

/// Exact-span counts per type over documents given as (id, text, gold chunks),
/// with the per-document dump and error listing both CoNLL sets share.
fn score_tagged<'d>(
    engine: &mut Engine,
    set: &str,
    docs: impl Iterator<Item = (String, &'d str, Vec<Labeled>)>,
    errors: bool,
) -> BTreeMap<&'static str, Counts> {
    let mut by_type = BTreeMap::new();
    for (id, text, gold) in docs {
        let pred = predicted(&engine.run(text));
        score_exact(&gold, &pred, &mut by_type);
        dump_json(set, &id, text, &gold, &pred);
        if errors {
            println!("== {id}");
            print_errors(text, &gold, &pred);
        }
    }
    by_type
}

/// PER/ORG/LOC chunks of IOB2 (or IOB1) tags, like conlleval.
fn iob_chunks(tokens: &[(usize, usize, String)]) -> Vec<Labeled> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, &str)> = None;
    for (start, end, tag) in tokens {
        let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
        let continues = prefix == "I" && open.is_some_and(|o| o.2 == kind);
        if !continues {
            if let Some((s, e, k)) = open.take() {
                if let Some(t) = type_name(k) {
                    out.push((s, e, t));
                }
            }
            if prefix != "O" {
                open = Some((*start, *end, kind));
            }
        } else if let Some(o) = open.as_mut() {
            o.1 = *end;
        }
    }
    if let Some((s, e, k)) = open {
        if let Some(t) = type_name(k) {
            out.push((s, e, t));
        }
    }
    out
}

fn gum(engine: &mut Engine, errors: bool, overlap_errors: bool) -> anyhow::Result<bool> {
    let dir = data_dir()?.join("gum-news");
    let docs: Vec<Doc> = read_jsonl(&dir.join("docs.jsonl"))?;
    let mentions: Vec<GoldMention> = read_jsonl(&dir.join("entity_mentions.jsonl"))?;
    let mut by_type = BTreeMap::new();
    let mut overlap = BTreeMap::new();
    let mut leaf = BTreeMap::new();
    let mut strict = BTreeMap::new();
    let mut strict_overlap = BTreeMap::new();
    let mut nested_exact = BTreeMap::new();
    let mut nested_overlap = BTreeMap::new();
    let mut set_aside = 0usize;
    for doc in &docs {
        let mut gold: Vec<Labeled> = mentions
            .iter()
            .filter(|m| m.doc == doc.id && m.named == Some(true))
            .filter_map(|m| Some((m.start, m.end, type_name(&m.kind)?)))
            .collect();
        gold.sort();
        gold.dedup();
        let unnamed: Vec<Labeled> = mentions
            .iter()
            .filter(|m| m.doc == doc.id && m.named == Some(false))
            .filter_map(|m| Some((m.start, m.end, type_name(&m.kind)?)))
            .collect();
        let mut all_pred = predicted(&engine.run(&doc.text));
        all_pred.sort();
        all_pred.dedup();
        score_exact(&gold, &all_pred, &mut strict);
        score_overlap(&gold, &all_pred, &mut strict_overlap);
        dump_json("gum", &doc.id, &doc.text, &gold, &all_pred);
        // A name inside an unnamed gold mention of its type ("Harry Kane" in
        // "English captain Harry Kane", whose head is "captain") is a name the
        // gold does not list on its own: neither right nor wrong.
        let (pred, aside): (Vec<Labeled>, Vec<Labeled>) = all_pred.iter().partition(|p| {
            gold.iter().any(|g| g.0 < p.1 && p.0 < g.1)
                || !unnamed.iter().any(|u| u.2 == p.2 && u.0 <= p.0 && p.1 <= u.1)
        });
        set_aside += aside.len();
        score_exact(&gold, &pred, &mut by_type);
        let (used_gold, used_pred) = score_overlap(&gold, &pred, &mut overlap);
        score_exact(&leaf_mentions(&gold), &pred, &mut leaf);
        // The same with the nested layer (EntityRecognizerBuilder::nested).
        let mut with_nested = predicted_with_nested(&engine.nested(&doc.text));
        with_nested.sort();
        with_nested.dedup();
        with_nested.retain(|p| {
            gold.iter().any(|g| g.0 < p.1 && p.0 < g.1)
                || !unnamed.iter().any(|u| u.2 == p.2 && u.0 <= p.0 && p.1 <= u.1)
        });
        if errors && std::env::var_os("NESTED_ERRORS").is_some() {
            for p in with_nested.iter().filter(|p| !pred.contains(p) && !gold.contains(p)) {
                println!("  NESTED-SPUR {} {:?}  …{}…", p.2, &doc.text[p.0..p.1], context(&doc.text, p.0, p.1));
            }
        }
        score_exact(&gold, &with_nested, &mut nested_exact);
        score_overlap(&gold, &with_nested, &mut nested_overlap);
        if errors {
            println!("== {}", doc.id);
            if overlap_errors {
                print_overlap_errors(&doc.text, &gold, &pred, &used_gold, &used_pred);
            } else {
                print_errors(&doc.text, &gold, &pred);
            }
        }
    }
    println!("\nGUM news ({} documents), named mentions (gold nests and keeps titles inside spans):", docs.len());
    let strict_all = print_by_type("  exact micro, every prediction counted", &strict);
    let strict_over = print_by_type("  overlap micro, every prediction counted", &strict_overlap);
    println!(
        "  below, {set_aside} predictions inside an unnamed gold mention of their type are set aside \
         (\"Harry Kane\" in \"English captain Harry Kane\")"
    );
    let all = print_by_type("  exact micro", &by_type);
    let over = print_by_type("  overlap micro (same type, one to one)", &overlap);
    print_by_type("  exact micro, innermost gold mentions only", &leaf);
    println!("  with the nested layer on (places and people inside longer names; the same predictions set aside):");
    let nested_all = print_by_type("  nested: exact micro", &nested_exact);
    let nested_over = print_by_type("  nested: overlap micro", &nested_overlap);
    println!("  nested layer: exact {:.3}, overlap {:.3}", nested_all.f1(), nested_over.f1());
    // The data's SOURCE.md keeps titles and modifiers inside the gold spans
    // ("US President Donald Trump", "Irving, Texas") and says to score by
    // overlap: the target is read by overlap, in its stricter reading (every
    // prediction counted). The exact score is printed beside it, not hidden.
    println!(
        "  target F1 >= 0.80 (overlap, every prediction counted): {} ({:.3}; {:.3} with names inside unnamed \
         gold mentions set aside; {:.3} with the nested layer); exact spans: {:.3} ({:.3} every prediction \
         counted), {}",
        verdict(strict_over.f1() >= 0.80),
        strict_over.f1(),
        over.f1(),
        nested_over.f1(),
        all.f1(),
        strict_all.f1(),
        if strict_all.f1() >= 0.80 { "also above 0.80" } else { "below 0.80" },
    );
    Ok(strict_over.f1() >= 0.80)
}

/// Gold spans keep a possessive ("Hehr's"); ours leave it out.
fn strip_possessive(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    for suffix in ["'s", "’s", "'", "’"] {
        if s.len() > suffix.len() && s.ends_with(suffix) {
            return end - suffix.len();
        }
    }
    end
}

fn canonical(name: &str) -> String {
    name.replace('’', "'").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fixtures(engine: &mut Engine, errors: bool) -> anyhow::Result<bool> {
    let gold_dir = fixtures_gold();
    let fixtures = gold_dir.parent().and_then(|p| p.parent()).expect("fixtures/gold/hehr").join("hehr");
    let mentions: Vec<GoldMention> = read_jsonl(&gold_dir.join("entity_mentions.jsonl"))?;
    let entities: Vec<GoldEntity> = read_jsonl(&gold_dir.join("entities.jsonl"))?;
    let doc_ids: BTreeSet<&str> = entities.iter().map(|e| e.doc.as_str()).collect();
    let mut by_type = BTreeMap::new();
    let mut ent_by_type: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut person_resolved = Counts::default();
    for id in doc_ids {
        let text = std::fs::read_to_string(fixtures.join(format!("{id}.txt")))?;
        let ents = engine.run(&text);
        let mut gold: Vec<Labeled> = mentions
            .iter()
            .filter(|m| m.doc == id)
            .filter_map(|m| Some((m.start, strip_possessive(&text, m.start, m.end), type_name(&m.kind)?)))
            .collect();
        gold.sort();
        gold.dedup();
        let pred = predicted(&ents);
        score_exact(&gold, &pred, &mut by_type);
        if errors {
            println!("== {id}");
            print_errors(&text, &gold, &pred);
        }
        // Entities: same document, type and (canonical) name.
        let gold_ents: BTreeSet<(String, &'static str)> = entities
            .iter()
            .filter(|e| e.doc == id)
            .filter_map(|e| Some((canonical(&e.name), type_name(&e.kind)?)))
            .collect();
        let pred_ents: BTreeSet<(String, &'static str)> = ents
            .entities
            .iter()
            .filter(|e| e.kind != EntityType::Misc)
            .map(|e| (canonical(&e.name), e.kind.as_str()))
            .collect();
        for t in ["PERSON", "ORG", "LOC"] {
            let c = ent_by_type.entry(t).or_default();
            c.gold += gold_ents.iter().filter(|g| g.1 == t).count();
            c.predicted += pred_ents.iter().filter(|p| p.1 == t).count();
            c.tp += pred_ents.iter().filter(|p| p.1 == t && gold_ents.contains(*p)).count();
        }
        if errors {
            for g in gold_ents.difference(&pred_ents) {
                println!("  MISS ENTITY {} {:?}", g.1, g.0);
            }
            for p in pred_ents.difference(&gold_ents) {
                println!("  SPUR ENTITY {} {:?}", p.1, p.0);
            }
        }
        // Every gold PERSON mention must land in a predicted entity named like its gold entity.
        for m in mentions.iter().filter(|m| m.doc == id && m.kind == "PERSON") {
            person_resolved.gold += 1;
            let end = strip_possessive(&text, m.start, m.end);
            if let Some(p) = ents.mentions.iter().find(|p| p.span.start == m.start && p.span.end == end) {
                person_resolved.predicted += 1;
                let e = &ents.entities[p.entity];
                if e.kind == EntityType::Person && canonical(&e.name) == canonical(&m.name) {
                    person_resolved.tp += 1;
                } else if errors {
                    println!("  UNRESOLVED {:?} -> {:?} (gold {:?})", &text[m.start..end], e.name, m.name);
                }
            }
        }
    }
    println!("\nFixtures' gold (fixtures/gold/hehr):");
    print_by_type("  mentions, exact micro", &by_type);
    let ents = print_by_type("  entities micro", &ent_by_type);
    let persons = ent_by_type.get("PERSON").copied().unwrap_or_default();
    println!("{}", person_resolved.line("  PERSON mentions resolved to full name"));
    println!("  target PERSON entity F1 >= 0.95: {} (all types {:.3})", verdict(persons.f1() >= 0.95), ents.f1());
    Ok(persons.f1() >= 0.95)
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "target not met"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_pairs_as_many_as_one_to_one_allows() {
        // Gold: a long body name and the shorter body nested in it; predictions: the first words
        // (overlapping only the long one) and the nested body (overlapping both, and sharing more
        // with the long one). Greedy pairing by shared length pairs one; two can be paired.
        let gold = [(0, 60, "ORG"), (30, 60, "ORG")];
        let pred = [(0, 20, "ORG"), (30, 55, "ORG")];
        let mut by_type = BTreeMap::new();
        let (used_gold, used_pred) = score_overlap(&gold, &pred, &mut by_type);
        assert_eq!(by_type["ORG"].tp, 2);
        assert!(used_gold.iter().chain(&used_pred).all(|&u| u));
    }
}
