//! Tables derived from the committed index (the corpus-wide entity table), kept as files beside
//! it and stamped with the commit they were made from, so a crash can only leave them stale —
//! and a stale table is made again from the index.

use super::schema::{kind, stored_text, term_query};
use super::store::{write_atomic, IndexHandle, ENTITIES_FILE, STORIES_FILE, STORY_LIST_FILE};
use super::stories::StoryTable;
use super::writer::FileSummary;
use crate::extract::merge::{merge, EntityTable};
use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Stamped<T> {
    opstamp: u64,
    table: T,
}

fn current_opstamp(handle: &IndexHandle) -> Result<u64> {
    Ok(handle
        .index
        .load_metas()
        .context("cannot read the index's commit")?
        .opstamp)
}

/// What the index keeps of one file.
#[derive(Debug, Clone)]
pub struct FileInfo {
    /// Path relative to the corpus root.
    pub source: String,
    /// Content hash.
    pub hash: String,
    /// Title.
    pub title: String,
    /// Stored summary.
    pub summary: FileSummary,
}

/// Every file the index holds, in source order.
pub fn file_infos(handle: &IndexHandle) -> Result<Vec<FileInfo>> {
    let f = handle.fields;
    let mut out: Vec<FileInfo> = handle
        .stored_docs(&*term_query(f.kind, kind::FILE))?
        .iter()
        .map(|doc| FileInfo {
            source: stored_text(doc, f.source).unwrap_or_default(),
            hash: stored_text(doc, f.hash).unwrap_or_default(),
            title: stored_text(doc, f.title).unwrap_or_default(),
            summary: stored_text(doc, f.summary)
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default(),
        })
        .collect();
    out.sort_by(|a, b| a.source.cmp(&b.source));
    Ok(out)
}

/// The summaries stored with every file, in source order.
pub fn file_summaries(handle: &IndexHandle) -> Result<Vec<(String, FileSummary)>> {
    Ok(file_infos(handle)?
        .into_iter()
        .map(|f| (f.source, f.summary))
        .collect())
}

fn build_entities(handle: &IndexHandle) -> Result<EntityTable> {
    let files = file_summaries(handle)?;
    let per_file: Vec<(usize, Vec<crate::extract::Entity>)> = files
        .into_iter()
        .enumerate()
        .map(|(i, (_, s))| (i, s.entities))
        .collect();
    Ok(merge(&per_file))
}

/// Writes a derived table stamped with the commit it was made from.
fn save<T: Serialize>(handle: &IndexHandle, name: &str, opstamp: u64, table: T) -> Result<()> {
    let stamped = Stamped { opstamp, table };
    write_atomic(
        &handle.file(name),
        serde_json::to_string(&stamped)?.as_bytes(),
    )
}

/// A derived table, if its file holds one made from the commit `opstamp`.
fn fresh<T: DeserializeOwned>(handle: &IndexHandle, name: &str, opstamp: u64) -> Option<T> {
    let text = std::fs::read_to_string(handle.file(name)).ok()?;
    let stamped: Stamped<T> = serde_json::from_str(&text).ok()?;
    (stamped.opstamp == opstamp).then_some(stamped.table)
}

/// Makes every derived table anew from the last commit.
/// With `stories` false the story table is left empty (for measuring what grouping costs).
pub fn refresh(handle: &IndexHandle, stories: bool) -> Result<()> {
    let opstamp = current_opstamp(handle)?;
    let table = build_entities(handle)?;
    let stories = if stories {
        super::stories::build(handle, &table)?
    } else {
        StoryTable::default()
    };
    save(handle, ENTITIES_FILE, opstamp, &table)?;
    // the lookups search needs on every call, apart from the story list only `stories` reads
    save(handle, STORY_LIST_FILE, opstamp, &stories.stories)?;
    save(handle, STORIES_FILE, opstamp, &stories)
}

/// The stories of the last commit with their sources and single-source passages.
pub fn story_list(handle: &IndexHandle) -> Result<Vec<super::stories::Story>> {
    match fresh(handle, STORY_LIST_FILE, current_opstamp(handle)?) {
        Some(list) => Ok(list),
        None => Ok(super::stories::build(handle, &entities(handle)?)?.stories),
    }
}

/// The story table of the last commit (made anew if missing or stale).
pub fn stories(handle: &IndexHandle) -> Result<StoryTable> {
    match fresh(handle, STORIES_FILE, current_opstamp(handle)?) {
        Some(table) => Ok(table),
        None => super::stories::build(handle, &entities(handle)?),
    }
}

/// The corpus-wide entity table of the last commit (made anew if missing or stale).
pub fn entities(handle: &IndexHandle) -> Result<EntityTable> {
    match fresh(handle, ENTITIES_FILE, current_opstamp(handle)?) {
        Some(table) => Ok(table),
        None => build_entities(handle),
    }
}
