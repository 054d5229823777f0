//! The `analyze` command line as CONTRACT.md fixes it: inputs, formats, exit
//! codes, diagnostics and determinism, run through the real binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn xtask() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
    cmd.arg("analyze").arg("--quiet");
    cmd
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/hehr")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON report")
}

#[test]
fn json_report_is_identical_at_any_thread_count() {
    let one = xtask().arg(fixtures()).args(["--format", "json", "--threads", "1"]).output().unwrap();
    let two = xtask().arg(fixtures()).args(["--format", "json", "--threads", "2"]).output().unwrap();
    assert!(one.status.success());
    assert_eq!(one.stdout, two.stdout);
    let report = json(&one);
    assert_eq!(report["documents"].as_array().unwrap().len(), 5);
    for key in ["documents", "clusters", "entities", "quotes", "diagnostics"] {
        assert!(report[key].is_array(), "report lacks {key}");
    }
}

#[test]
fn no_input_means_the_bundled_corpus() {
    let out = xtask().args(["--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let ids: Vec<String> =
        json(&out)["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids[0], "000_ae91c3f2513a67de");
    assert_eq!(ids.len(), 5);
}

#[test]
fn a_missing_file_exits_2_naming_it_and_the_rest_is_analysed() {
    let out = xtask()
        .arg(fixtures().join("000_ae91c3f2513a67de.txt"))
        .arg("no/such/file.txt")
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report = json(&out);
    assert_eq!(report["documents"].as_array().unwrap().len(), 1);
    assert_eq!(report["summary"]["skipped"], 1);
    let diag = &report["diagnostics"].as_array().unwrap()[0];
    assert_eq!(diag["file"], "no/such/file.txt");
}

#[test]
fn broken_jsonl_lines_are_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"a\",\"text\":\"Smith said it rained.\",\"outlet\":\"X\",\"lang_hint\":\"en\"}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"Tru",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("analyze")
        .arg(&path)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("crawl.jsonl:2"), "{stderr}");
    assert!(stderr.contains("crawl.jsonl:4"), "{stderr}");
    let report = json(&out);
    assert_eq!(report["summary"]["inputs"], 4);
    assert_eq!(report["summary"]["analysed"], 1);
    assert_eq!(report["summary"]["skipped"], 3);
    assert_eq!(report["documents"][0]["outlet"], "X");
    assert_eq!(report["documents"][0]["meta"]["lang_hint"], "en");
}

#[test]
fn stdin_takes_jsonl() {
    let mut child =
        xtask().args(["-", "--format", "jsonl"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"{\"id\":\"s1\",\"text\":\"\\\"Yes,\\\" she said.\"}\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["record"], "document");
    assert_eq!(first["id"], "s1");
}

#[test]
fn output_file_is_written_whole_and_no_temporary_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.json");
    let out = xtask().arg(fixtures()).args(["--format", "json", "--output"]).arg(&target).output().unwrap();
    assert!(out.status.success());
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("report.json")]);
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(report["summary"]["analysed"], 5);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = xtask()
        .arg(fixtures())
        .args(["--format", "text"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn html_is_one_self_contained_page() {
    let out = xtask().arg(fixtures()).args(["--format", "html"]).output().unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(!page.contains("<script src") && !page.contains("<link"));
}
