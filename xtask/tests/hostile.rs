//! Hostile input through the command line: every case gets a diagnostic
//! naming its file (and line), the rest of the corpus is analysed, and
//! `analysed + skipped == inputs` always.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn hostile() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/hostile")
}

fn analyze(args: &[&std::ffi::OsStr]) -> (Output, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["analyze", "--quiet", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}); stderr: {}", String::from_utf8_lossy(&out.stderr)));
    (out, report)
}

fn messages(report: &Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {}", d["doc"].as_str().unwrap_or(""), d["message"].as_str().unwrap_or("")))
        .collect()
}

fn assert_counts_add_up(report: &Value) {
    let s = &report["summary"];
    let (inputs, analysed, skipped) =
        (s["inputs"].as_u64().unwrap(), s["analysed"].as_u64().unwrap(), s["skipped"].as_u64().unwrap());
    assert_eq!(analysed + skipped, inputs);
    assert_eq!(report["documents"].as_array().unwrap().len() as u64, analysed);
}

fn assert_spans_are_slices(report: &Value, texts: &dyn Fn(&str) -> Option<Vec<u8>>) {
    for q in report["quotes"].as_array().unwrap() {
        let Some(text) = texts(q["doc"].as_str().unwrap()) else { continue };
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        assert_eq!(std::str::from_utf8(&text[s..e]).unwrap(), q["text"].as_str().unwrap());
    }
}

#[test]
fn the_hostile_corpus_is_analysed_and_every_problem_is_named() {
    let dir = hostile();
    let (out, report) = analyze(&[dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(2), "skipped inputs make the exit status 2");
    assert_counts_add_up(&report);
    assert_eq!(report["summary"]["inputs"], 16);
    assert_eq!(report["summary"]["skipped"], 4);
    let all = messages(&report).join("\n");
    for expected in [
        "photo.txt not analysed: binary file (PNG image)",
        "crawl.jsonl:2 not analysed: broken JSON line",
        "crawl.jsonl:3 not analysed: no `text` field",
        "crawl.jsonl:7 not analysed: broken JSON line",
        "dup#2 duplicate id \"dup\"",
        "crawl:6 no `id` field",
        "invalid-utf8 invalid UTF-8",
        "empty empty article",
        "whitespace-only empty article",
    ] {
        assert!(all.contains(expected), "no diagnostic {expected:?} in:\n{all}");
    }
    let ids: Vec<&str> = report["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    for id in ["chinese", "french", "nested-quotes", "nul-byte", "unclosed-quotes", "wire-1", "dup", "dup#2"] {
        assert!(ids.contains(&id), "{id} was not analysed: {ids:?}");
    }
    let texts = |id: &str| std::fs::read(hostile().join(format!("{id}.txt"))).ok();
    assert_spans_are_slices(&report, &texts);
}

#[test]
fn hostile_output_is_identical_at_any_thread_count() {
    let dir = hostile();
    let one = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["analyze", "--quiet", "--format", "json", "--threads", "1"])
        .arg(&dir)
        .output()
        .unwrap();
    let two = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["analyze", "--quiet", "--format", "json", "--threads", "2"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn huge_articles_symlink_loops_and_vanished_files() {
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "\u{201c}We will keep going,\u{201d} Mayor Jane Roe said in Halifax on Tuesday. \
                     The council, she added, would meet again in March.\n\n";
    std::fs::write(dir.path().join("big.txt"), paragraph.repeat(10_000_000 / paragraph.len())).unwrap();
    std::fs::write(dir.path().join("lines.txt"), "word\n".repeat(100_000)).unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("ok.txt"), "Smith said the vote passed.").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("vanished.txt")).unwrap();
    }
    let (out, report) = analyze(&[dir.path().as_os_str()]);
    assert_counts_add_up(&report);
    let ids: Vec<&str> = report["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["big", "lines", "ok"]);
    #[cfg(unix)]
    {
        assert_eq!(out.status.code(), Some(2));
        let all = messages(&report).join("\n");
        assert!(all.contains("vanished.txt cannot read"), "{all}");
        assert!(all.contains("symlink loop"), "{all}");
    }
    let _ = out;
}

#[test]
fn the_order_files_were_written_in_never_changes_the_report() {
    let names = ["c.txt", "a.txt", "b.txt"];
    let texts = ["\u{201c}Third,\u{201d} Cole said.", "Adams said the first.", "Second, Brown said."];
    let forward = tempfile::tempdir().unwrap();
    let backward = tempfile::tempdir().unwrap();
    for i in 0..names.len() {
        std::fs::write(forward.path().join(names[i]), texts[i]).unwrap();
        let j = names.len() - 1 - i;
        std::fs::write(backward.path().join(names[j]), texts[j]).unwrap();
    }
    let (_, a) = analyze(&[forward.path().as_os_str()]);
    let (_, b) = analyze(&[backward.path().as_os_str()]);
    assert_eq!(a, b);
}

/// 10,000 articles made by recombining the fixtures' paragraphs (so some are
/// copies of each other and many share quotes and names): the JSON report is
/// byte-identical on one and on two threads.
#[test]
fn a_generated_corpus_of_10000_articles_is_deterministic() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/hehr");
    let mut paragraphs: Vec<String> = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&fixtures).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(p).unwrap();
        paragraphs.extend(text.split("\n\n").filter(|s| s.len() > 40).map(str::to_string));
    }
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut jsonl = String::new();
    for i in 0..10_000 {
        let body: Vec<&str> =
            (0..3).map(|_| paragraphs[(next() % paragraphs.len() as u64) as usize].as_str()).collect();
        let line = serde_json::json!({"id": format!("g{i:05}"), "text": body.join("\n\n")});
        jsonl.push_str(&line.to_string());
        jsonl.push('\n');
    }
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("generated.jsonl");
    std::fs::write(&corpus, jsonl).unwrap();
    let run = |threads: &str| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["analyze", "--quiet", "--format", "json", "--threads", threads])
            .arg(&corpus)
            .output()
            .unwrap()
    };
    let (one, two) = (run("1"), run("2"));
    assert!(one.status.success(), "{}", String::from_utf8_lossy(&one.stderr));
    assert!(one.stdout == two.stdout, "reports differ between --threads 1 and --threads 2");
    let report: Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(report["summary"]["analysed"], 10_000);
}
