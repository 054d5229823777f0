//! Repository checks run as ordinary tests: what a reviewer would otherwise
//! have to remember.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn files_with_extension(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" || name.starts_with("target-") {
            continue;
        }
        if path.is_dir() {
            files_with_extension(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

#[test]
fn every_rust_file_says_what_it_is_for() {
    let mut files = Vec::new();
    for dir in ["crates", "xtask", "tests"] {
        files_with_extension(&root().join(dir), "rs", &mut files);
    }
    let undocumented: Vec<_> = files
        .iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap_or_default().trim_start().starts_with("//!"))
        .collect();
    assert!(undocumented.is_empty(), "files without a leading //! line: {undocumented:?}");
}

#[test]
fn every_crate_is_publishable_and_uses_the_workspace_settings() {
    let crates = std::fs::read_dir(root().join("crates")).unwrap();
    for krate in crates.flatten() {
        let dir = krate.path();
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        assert!(manifest.contains(&format!("name = \"{name}\"")), "{name}: folder name = crate name");
        for key in ["description", "keywords", "categories", "readme", "license.workspace", "edition.workspace"] {
            assert!(manifest.contains(key), "{name}: Cargo.toml lacks {key}");
        }
        assert!(manifest.contains("[lints]\nworkspace = true"), "{name}: [lints] workspace = true");
        assert!(dir.join("README.md").is_file(), "{name}: no README.md");
        let lib = std::fs::read_to_string(dir.join("src/lib.rs")).unwrap();
        assert!(lib.contains("#![deny(missing_docs)]"), "{name}: lib.rs must deny missing docs");
        assert!(lib.contains("Send + Sync"), "{name}: a test that the public types are Send + Sync");
    }
}

#[test]
fn internal_dependencies_carry_versions() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    for line in manifest.lines().filter(|l| l.contains("path = \"crates/")) {
        assert!(line.contains("version = "), "internal dependency without a version: {line}");
    }
}

#[test]
fn library_crates_do_no_io_and_never_print() {
    let mut files = Vec::new();
    for krate in std::fs::read_dir(root().join("crates")).unwrap().flatten() {
        // Examples, tests and benches may read files; the library itself may not.
        files_with_extension(&krate.path().join("src"), "rs", &mut files);
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Tests may do what they like; only the library code above them counts.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for forbidden in ["std::fs::", "File::open", "println!", "eprintln!", "std::thread::spawn", "std::io::stdin"] {
            assert!(!code.contains(forbidden), "{}: library code uses {forbidden}", file.display());
        }
    }
}

#[test]
fn no_development_data_is_tracked() {
    let mut files = Vec::new();
    for ext in ["jsonl", "txt", "csv", "conll"] {
        files_with_extension(&root(), ext, &mut files);
    }
    for file in files {
        let name = file.to_string_lossy().to_lowercase();
        for set in ["polnear", "conll", "gum-news", "golden_rules"] {
            assert!(!name.contains(set), "{}: development data stays in ../shared/data", file.display());
        }
    }
}
