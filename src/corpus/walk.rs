//! Finding the articles under a folder.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;
use walkdir::WalkDir;

/// One article file found by the walk.
#[derive(Debug, Clone)]
pub struct FileEntry {
    /// Where the file is.
    pub path: PathBuf,
    /// Its path relative to the corpus root, with `/` separators (lossy if not UTF-8).
    pub source: String,
    /// Size in bytes at walk time.
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when unknown).
    pub mtime: i64,
}

/// A file or folder the walk passed over, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// The path as the user would type it.
    pub path: String,
    /// A short reason.
    pub reason: String,
}

/// One thing a walk met: an article file, or an entry it could not walk.
#[derive(Debug, Clone)]
pub enum Found {
    /// An article file.
    File(FileEntry),
    /// An entry passed over, and why.
    Skipped(Skipped),
    /// A symbolic link to an article or a folder, not followed (the walk was not asked to).
    LinkNotFollowed(PathBuf),
}

/// The file name endings read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// Walks `root` recursively for `.txt` and `.md` files, in file-name order within each folder;
/// hidden entries are skipped and links are followed only with `follow_links`. Files are handed
/// out as they are found, so a walk of a million files holds none of them.
pub fn walk(root: &Path, follow_links: bool) -> impl Iterator<Item = Found> + '_ {
    WalkDir::new(root)
        .follow_links(follow_links)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(move |entry| found(root, entry))
}

fn found(root: &Path, entry: walkdir::Result<walkdir::DirEntry>) -> Option<Found> {
    let entry = match entry {
        Ok(e) => e,
        Err(err) => {
            let path = err
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let reason = if err.loop_ancestor().is_some() {
                "symbolic link loop".to_string()
            } else {
                err.io_error()
                    .map(|e| e.to_string())
                    .unwrap_or_else(|| err.to_string())
            };
            return Some(Found::Skipped(Skipped { path, reason }));
        }
    };
    if entry.path_is_symlink() && entry.file_type().is_symlink() {
        // only reached without `follow_links`: worth telling when the link leads to what a
        // followed walk would read
        let target = std::fs::metadata(entry.path()).ok()?;
        return (target.is_dir() || (target.is_file() && is_article(entry.path())))
            .then(|| Found::LinkNotFollowed(entry.into_path()));
    }
    if !entry.file_type().is_file() || !is_article(entry.path()) {
        return None;
    }
    let meta = match entry.metadata() {
        Ok(m) => m,
        Err(err) => {
            return Some(Found::Skipped(Skipped {
                path: entry.path().display().to_string(),
                reason: err.to_string(),
            }))
        }
    };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64);
    let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
    let source = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Some(Found::File(FileEntry {
        path: entry.into_path(),
        source,
        size: meta.len(),
        mtime,
    }))
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.as_str()))
}
