//! Two build steps:
//!
//! * Links the `newsidx` binary as a position-dependent executable on Linux: a search is one
//!   short process, and a position-independent one spends a good part of its start-up relocating
//!   pointers (about 27,000) and copying the pages they sit on. The code is still compiled as
//!   position-independent; only the final link resolves those relocations ahead of time.
//! * Gives the build an extraction id (`NEWSIDX_EXTRACTION_ID`), a hash of the sources and word
//!   lists of passage cutting and extraction (`src/corpus`, `src/extract`, and the byte scans of
//!   `src/swar.rs` they use): an index records the id its entities and quotes were made with, and
//!   a later run of another build extracts every file again instead of mixing rules.

use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/extract");
    println!("cargo:rerun-if-changed=src/corpus");
    println!("cargo:rerun-if-changed=src/swar.rs");
    let mut files = vec![PathBuf::from("src/swar.rs")];
    for dir in ["src/extract", "src/corpus"] {
        collect_files(Path::new(dir), &mut files);
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        hasher.write(file.to_string_lossy().as_bytes());
        hasher.write(&std::fs::read(file).unwrap_or_default());
    }
    println!(
        "cargo:rustc-env=NEWSIDX_EXTRACTION_ID={}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        hasher.finish()
    );
}

/// Every file under `dir`, recursively.
fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}
