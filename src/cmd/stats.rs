//! `newsidx stats`: what the index holds.

use crate::index::{derived, kind};
use anyhow::Result;
use serde::Serialize;
use std::path::{Path, PathBuf};
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

/// Options of `newsidx stats`.
#[derive(Debug, Clone)]
pub struct Args {
    /// The index folder.
    pub index: PathBuf,
    /// One JSON object.
    pub json: bool,
}

/// What `stats` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Files indexed.
    pub files: usize,
    /// Passages.
    pub passages: usize,
    /// Direct quotes.
    pub quotes: usize,
    /// Reported statements.
    pub reported: usize,
    /// Entities across the corpus.
    pub entities: usize,
    /// Size of the index on disk in bytes.
    pub bytes: u64,
    /// Bytes of article text indexed.
    pub corpus_bytes: u64,
    /// The corpus folder.
    pub root: String,
    /// The index folder.
    pub index: String,
}

fn dir_size(path: &Path) -> u64 {
    walkdir::WalkDir::new(path)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// Counts what an index holds.
pub fn stats(index: &Path) -> Result<Stats> {
    let handle = crate::index::open(index)?;
    let reader = handle.reader()?;
    let searcher = reader.searcher();
    let count = |k: &str| -> Result<usize> {
        Ok(searcher.search(
            &TermQuery::new(
                Term::from_field_text(handle.fields.kind, k),
                IndexRecordOption::Basic,
            ),
            &Count,
        )?)
    };
    let mut corpus_bytes = 0;
    derived::for_each_file(&handle, |_, _, summary| {
        corpus_bytes += summary.bytes;
        Ok(())
    })?;
    Ok(Stats {
        files: count(kind::FILE)?,
        passages: count(kind::PASSAGE)?,
        quotes: count(kind::QUOTE)?,
        reported: count(kind::REPORTED)?,
        entities: derived::entities(&handle)?.entities.len(),
        bytes: dir_size(index),
        corpus_bytes,
        root: handle.meta.root.clone(),
        index: index.display().to_string(),
    })
}

/// Runs `newsidx stats`.
pub fn run(args: &Args) -> Result<bool> {
    let s = stats(&args.index)?;
    if args.json {
        let mut out = super::stdout();
        crate::render::json::line(&mut out, &s)?;
        super::finish(out)?;
    } else {
        println!("root      {}", s.root);
        println!("index     {} ({:.1} MB)", s.index, s.bytes as f64 / 1e6);
        println!("files     {}", s.files);
        println!("passages  {}", s.passages);
        println!("quotes    {} direct, {} reported", s.quotes, s.reported);
        println!("entities  {}", s.entities);
        println!("text      {:.1} MB", s.corpus_bytes as f64 / 1e6);
    }
    Ok(s.files > 0)
}
