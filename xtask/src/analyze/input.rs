//! Reading the corpus: files, JSONL lines, directories and standard input,
//! turned into articles plus one diagnostic per input that yields none.

use byline::{Article, DiagnosticRecord};
use byline_text::{Diagnostic, Severity};
use std::collections::{BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

/// What reading the inputs produced.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles to analyse, in input order.
    pub articles: Vec<Article>,
    /// One error per input article (or file) that could not be read.
    pub skipped: Vec<DiagnosticRecord>,
}

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    Text(PathBuf),
    Jsonl(PathBuf),
    Stdin,
}

/// Reads every input, in order; never fails: problems become `skipped` entries.
pub fn read_corpus(inputs: &[String]) -> Corpus {
    let mut corpus = Corpus::default();
    for source in expand_inputs(inputs, &mut corpus.skipped) {
        match source {
            Source::Text(path) => read_text_file(&path, &mut corpus),
            Source::Jsonl(path) => match std::fs::read(&path) {
                Ok(bytes) => read_jsonl(&display(&path), &stem(&path), &bytes, &mut corpus),
                Err(e) => corpus.skipped.push(unreadable(&path, &e)),
            },
            Source::Stdin => {
                let mut bytes = Vec::new();
                match std::io::stdin().read_to_end(&mut bytes) {
                    Ok(_) => read_jsonl("-", "stdin", &bytes, &mut corpus),
                    Err(e) => corpus.skipped.push(DiagnosticRecord::input(
                        "-",
                        None,
                        Severity::Error,
                        format!("cannot read standard input: {e}"),
                    )),
                }
            }
        }
    }
    rename_duplicate_ids(&mut corpus.articles);
    corpus
}

fn expand_inputs(inputs: &[String], skipped: &mut Vec<DiagnosticRecord>) -> Vec<Source> {
    let mut sources = Vec::new();
    for input in inputs {
        if input == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let path = PathBuf::from(input);
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                let mut files = Vec::new();
                let mut seen = BTreeSet::new();
                walk_dir(&path, &mut files, &mut seen, skipped);
                files.sort();
                sources.extend(files.into_iter().map(classify));
            }
            Ok(_) => sources.push(classify(path)),
            Err(e) => skipped.push(unreadable(&path, &e)),
        }
    }
    sources
}

fn classify(path: PathBuf) -> Source {
    if path.extension().is_some_and(|e| e == "jsonl") {
        Source::Jsonl(path)
    } else {
        Source::Text(path)
    }
}

/// Every `.txt` and `.jsonl` below `dir`. Directories are visited once by
/// their canonical path, so a symlink loop ends instead of recursing forever.
fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, seen: &mut BTreeSet<PathBuf>, skipped: &mut Vec<DiagnosticRecord>) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(canonical) {
        skipped.push(DiagnosticRecord::input(
            &display(dir),
            None,
            Severity::Warning,
            "directory already visited (symlink loop?); not read again",
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            skipped.push(unreadable(dir, &e));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk_dir(&path, files, seen, skipped),
            Ok(_) if path.extension().is_some_and(|e| e == "txt" || e == "jsonl") => files.push(path),
            Ok(_) => {}
            Err(e) if path.extension().is_some_and(|e| e == "txt" || e == "jsonl") => {
                skipped.push(unreadable(&path, &e))
            }
            Err(_) => {}
        }
    }
}

fn read_text_file(path: &Path, corpus: &mut Corpus) {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            corpus.skipped.push(unreadable(path, &e));
            return;
        }
    };
    if let Some(why) = binary_reason(&bytes) {
        corpus.skipped.push(DiagnosticRecord::input(
            &display(path),
            None,
            Severity::Error,
            format!("not analysed: {why}"),
        ));
        return;
    }
    let mut article = Article::from_bytes(stem(path), bytes);
    if article.text.trim().is_empty() {
        article.diagnostics.push(Diagnostic::warning("empty article: no text to analyse"));
    }
    corpus.articles.push(article);
}

/// Why `bytes` look like a binary file rather than text, if they do: a known
/// image/archive signature, or many control bytes early on. A stray NUL in
/// prose is not enough.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1f\x8b", "gzip archive"),
    ];
    if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(format!("binary file ({what})"));
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    (head.len() >= 32 && control * 10 > head.len())
        .then(|| format!("binary file ({control} control bytes in the first {} bytes)", head.len()))
}

/// One article per JSONL line; a broken line is skipped with its line number.
fn read_jsonl(file: &str, stem: &str, bytes: &[u8], corpus: &mut Corpus) {
    let (text, bad_utf8) = byline::repair_utf8(bytes.to_vec());
    if let Some(d) = bad_utf8 {
        corpus.skipped.push(DiagnosticRecord::input(file, None, Severity::Warning, d.message));
    }
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        match parse_article(line, stem, line_no) {
            Ok(article) => corpus.articles.push(article),
            Err(why) => corpus.skipped.push(DiagnosticRecord::input(file, Some(line_no), Severity::Error, why)),
        }
    }
}

fn parse_article(line: &str, stem: &str, line_no: usize) -> Result<Article, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not analysed: broken JSON line ({e})"))?;
    let serde_json::Value::Object(mut fields) = value else {
        return Err("not analysed: the line is not a JSON object".to_string());
    };
    let text = match fields.remove("text") {
        Some(serde_json::Value::String(text)) => text,
        Some(_) => return Err("not analysed: `text` is not a string".to_string()),
        None => return Err("not analysed: no `text` field".to_string()),
    };
    let mut article = Article::from_text(String::new(), text);
    article.id = match fields.remove("id") {
        Some(serde_json::Value::String(id)) if !id.is_empty() => id,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => {
            let id = format!("{stem}:{line_no}");
            article.diagnostics.push(Diagnostic::warning(format!("no `id` field: named {id}")));
            id
        }
    };
    let mut take = |key: &str| match fields.remove(key) {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Null) | None => None,
        Some(other) => Some(other.to_string()),
    };
    article.title = take("title");
    article.date = take("date");
    article.url = take("url");
    article.outlet = take("outlet");
    article.meta = fields;
    if article.text.trim().is_empty() {
        article.diagnostics.push(Diagnostic::warning("empty article: no text to analyse"));
    }
    Ok(article)
}

/// Ids must be unique in a report: a repeated id gets a `#2`, `#3` … suffix
/// and a warning, so neither article is lost.
fn rename_duplicate_ids(articles: &mut [Article]) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let taken: BTreeSet<String> = articles.iter().map(|a| a.id.clone()).collect();
    for article in articles.iter_mut() {
        let n = counts.entry(article.id.clone()).or_default();
        *n += 1;
        if *n == 1 {
            continue;
        }
        let mut k = *n;
        let mut renamed = format!("{}#{k}", article.id);
        while taken.contains(&renamed) {
            k += 1;
            renamed = format!("{}#{k}", article.id);
        }
        article
            .diagnostics
            .push(Diagnostic::warning(format!("duplicate id {:?}: this copy is reported as {renamed:?}", article.id)));
        article.id = renamed;
    }
}

fn unreadable(path: &Path, e: &std::io::Error) -> DiagnosticRecord {
    DiagnosticRecord::input(&display(path), None, Severity::Error, format!("cannot read: {e}"))
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(|| display(path), |s| s.to_string_lossy().into_owned())
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_is_binary_but_a_stray_nul_is_not() {
        assert!(binary_reason(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_some());
        let prose = "A sentence with one \0 byte in it, otherwise ordinary prose.".as_bytes();
        assert!(binary_reason(prose).is_none());
    }

    #[test]
    fn broken_jsonl_lines_are_skipped_with_their_line_numbers() {
        let mut corpus = Corpus::default();
        let input = b"{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n{\"id\":\"b\"}\n\n{\"id\":\"c\",\"text\":\"Tw";
        read_jsonl("x.jsonl", "x", input, &mut corpus);
        assert_eq!(corpus.articles.len(), 1);
        let lines: Vec<_> = corpus.skipped.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![Some(2), Some(3), Some(5)]);
    }

    #[test]
    fn duplicate_ids_are_renamed_not_lost() {
        let mut articles =
            vec![Article::from_text("a", "x"), Article::from_text("a", "y"), Article::from_text("a#2", "z")];
        rename_duplicate_ids(&mut articles);
        let ids: Vec<_> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "a#3", "a#2"]);
    }

    #[test]
    fn extra_fields_ride_along_as_meta() {
        let a = parse_article(r#"{"id":"x","text":"T","outlet":"CBC","section":"news"}"#, "f", 1).unwrap();
        assert_eq!(a.outlet.as_deref(), Some("CBC"));
        assert_eq!(a.meta.get("section").and_then(|v| v.as_str()), Some("news"));
    }
}
