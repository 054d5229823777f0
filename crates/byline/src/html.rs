//! A self-contained HTML page of a report (`--format html`).

use crate::report::{DocumentRecord, Report};
use std::fmt::Write;

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\
article{border-top:1px solid #ccc;margin-top:2em}pre{white-space:pre-wrap;font:inherit}\
mark{background:#fff3b0}mark.indirect{background:#d8ecff}mark.mixed{background:#e6dcff}\
.bp{color:#999}.meta{color:#555;font-size:90%}table{border-collapse:collapse}td{padding:0 .6em}";

/// The report as one HTML page: each article's text with its quotes
/// highlighted (hover for the speaker) and boilerplate greyed, after a table
/// of who is quoted how often.
pub fn render_html(report: &Report, texts: &[&str]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>byline report</title><style>{STYLE}</style></head><body>"
    );
    let s = report.summary;
    let _ = write!(
        out,
        "<h1>byline report</h1><p class=\"meta\">{} inputs, {} analysed, {} skipped; {} quotes; {} entities</p>",
        s.inputs,
        s.analysed,
        s.skipped,
        report.quotes.len(),
        report.entities.len()
    );
    write_speakers(&mut out, report);
    for (doc, text) in report.documents.iter().zip(texts) {
        write_article(&mut out, report, doc, text);
    }
    out.push_str("</body></html>\n");
    out
}

fn write_speakers(out: &mut String, report: &Report) {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for q in &report.quotes {
        let name = q.speaker.as_ref().map_or("(unknown)", |s| s.name.as_str());
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some(c) => c.1 += 1,
            None => counts.push((name.to_string(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out.push_str("<h2>Who is quoted</h2><table>");
    for (name, n) in counts {
        let _ = write!(out, "<tr><td>{}</td><td>{n}</td></tr>", escape(&name));
    }
    out.push_str("</table>");
}

/// Highlight marks: (start, end, open tag). Overlapping marks are dropped
/// rather than nested wrongly.
fn write_article(out: &mut String, report: &Report, doc: &DocumentRecord, text: &str) {
    let _ = write!(
        out,
        "<article><h2>{}</h2><p class=\"meta\">{} · {}</p><pre>",
        escape(doc.title.as_deref().unwrap_or(&doc.id)),
        escape(&doc.id),
        escape(&doc.lang)
    );
    let mut marks: Vec<(usize, usize, String)> = Vec::new();
    for q in report.quotes.iter().filter(|q| q.doc == doc.id) {
        let who = q.speaker.as_ref().map_or("unknown speaker", |s| s.name.as_str());
        marks.push((q.start, q.end, format!("<mark class=\"{}\" title=\"{}\">", q.kind, escape(who))));
    }
    for b in &doc.boilerplate {
        marks.push((b.start, b.end, format!("<span class=\"bp\" title=\"{}\">", escape(&b.kind))));
    }
    marks.sort_by_key(|m| (m.0, m.1));
    let mut at = 0;
    for (start, end, open) in marks {
        if start < at || text.get(start..end).is_none() {
            continue;
        }
        out.push_str(&escape(&text[at..start]));
        let close = if open.starts_with("<mark") { "</mark>" } else { "</span>" };
        let _ = write!(out, "{open}{}{close}", escape(&text[start..end]));
        at = end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or("")));
    out.push_str("</pre></article>");
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
