//! What the end-to-end tests share: where the bundled corpus is.

use std::path::{Path, PathBuf};

/// The `.txt` articles of `fixtures/hehr`, in sorted path order, as
/// `cargo xtask analyze` reads a directory.
pub fn fixture_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/hehr");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/hehr exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}
