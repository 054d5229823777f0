//! Rendering the report and writing it: atomically to a file, or to stdout
//! where a closed pipe (`| head`) ends the run quietly.

use anyhow::Context;
use byline::Report;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Report formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A readable per-article summary.
    Text,
    /// One JSON report (CONTRACT.md).
    Json,
    /// One JSON object per line: documents (with their quotes), clusters,
    /// entities, diagnostics, then the summary.
    Jsonl,
    /// A self-contained HTML page.
    Html,
}

pub fn render(report: &Report, texts: &[&str], format: Format) -> anyhow::Result<String> {
    Ok(match format {
        Format::Text => byline::render_text(report),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(report)?;
            s.push('\n');
            s
        }
        Format::Jsonl => render_jsonl(report)?,
        Format::Html => byline::render_html(report, texts),
    })
}

fn render_jsonl(report: &Report) -> anyhow::Result<String> {
    let mut out = String::new();
    for doc in &report.documents {
        let quotes: Vec<_> = report.quotes.iter().filter(|q| q.doc == doc.id).collect();
        push_record(&mut out, "document", &DocumentLine { document: doc, quotes })?;
    }
    for c in &report.clusters {
        push_record(&mut out, "cluster", c)?;
    }
    for e in &report.entities {
        push_record(&mut out, "entity", e)?;
    }
    for d in &report.diagnostics {
        push_record(&mut out, "diagnostic", d)?;
    }
    push_record(&mut out, "summary", &report.summary)?;
    Ok(out)
}

/// One JSONL line: the record's fields plus `"record": kind`.
fn push_record(out: &mut String, kind: &str, value: &impl Serialize) -> anyhow::Result<()> {
    let mut v = serde_json::to_value(value)?;
    if let serde_json::Value::Object(map) = &mut v {
        map.insert("record".into(), serde_json::Value::String(kind.into()));
    }
    out.push_str(&serde_json::to_string(&v)?);
    out.push('\n');
    Ok(())
}

#[derive(Serialize)]
struct DocumentLine<'a> {
    #[serde(flatten)]
    document: &'a byline::DocumentRecord,
    quotes: Vec<&'a byline::QuoteRecord>,
}

/// Writes to `path` through a temporary file renamed into place, so an
/// interrupted run never leaves half a report; or to stdout.
pub fn write(rendered: &str, path: Option<&Path>) -> anyhow::Result<()> {
    match path {
        Some(path) => write_atomically(path, rendered.as_bytes()),
        None => write_stdout(rendered.as_bytes()),
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}
