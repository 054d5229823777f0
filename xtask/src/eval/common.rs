//! What every evaluation shares: where the data is, reading JSONL, and
//! printing precision, recall and F1.

use anyhow::Context;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `xtask/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// The development data: `$BYLINE_DATA`, else `../shared/data` beside the workspace.
pub fn data_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("BYLINE_DATA") {
        return Ok(PathBuf::from(dir));
    }
    let dir = repo_root().join("../shared/data");
    anyhow::ensure!(dir.is_dir(), "no development data at {} (set BYLINE_DATA)", dir.display());
    Ok(dir)
}

/// The bundled gold of the fixtures.
pub fn fixtures_gold() -> PathBuf {
    repo_root().join("fixtures/gold/hehr")
}

/// Reads one JSON value per non-empty line.
pub fn read_jsonl<T: DeserializeOwned>(path: &Path) -> anyhow::Result<Vec<T>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).with_context(|| format!("{}:{}", path.display(), i + 1)))
        .collect()
}

/// Counts of true positives, predictions and gold items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    /// One aligned line: `label  P=0.950 R=0.930 F1=0.940  (tp/pred/gold)`.
    pub fn line(&self, label: &str) -> String {
        format!(
            "{label:<36} P={:.3} R={:.3} F1={:.3}  (tp {} / predicted {} / gold {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.predicted,
            self.gold
        )
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
