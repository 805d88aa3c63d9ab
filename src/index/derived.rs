//! Tables derived from the committed index (the corpus-wide entity table), kept as files beside
//! it and stamped with the commit they were made from, so a crash can only leave them stale —
//! and a stale table is made again from the index.

use super::lookup::Lookup;
use super::schema::{kind, stored_text, term_query};
use super::store::{
    for_each_doc, write_atomic, IndexHandle, ENTITIES_FILE, LOOKUP_FILE, STORY_LIST_FILE,
};
use super::stories::StoryTable;
use super::writer::FileSummary;
use crate::extract::merge::{EntityTable, Merger};
use crate::extract::name_key;
use crate::extract::EntityKind;
use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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

/// What story grouping keeps of one file.
#[derive(Debug, Clone)]
pub struct FileInfo {
    /// Path relative to the corpus root.
    pub source: String,
    /// Content hash.
    pub hash: String,
    /// Title.
    pub title: String,
    /// Its names of known kind with their mentions, most mentioned first (at most `NAMES_KEPT`).
    pub names: Vec<(String, usize)>,
}

/// How many of a file's names story grouping keeps (it weighs the eight most mentioned).
const NAMES_KEPT: usize = 16;

/// Hands every file's source, hash, title and stored summary to `visit`, one file at a time.
pub fn for_each_file(
    handle: &IndexHandle,
    mut visit: impl FnMut(String, String, String, FileSummary) -> Result<()>,
) -> Result<()> {
    let f = handle.fields;
    let searcher = handle.reader()?.searcher();
    let read = |doc: tantivy::TantivyDocument| {
        (
            stored_text(&doc, f.source).unwrap_or_default(),
            stored_text(&doc, f.hash).unwrap_or_default(),
            stored_text(&doc, f.title).unwrap_or_default(),
            stored_text(&doc, f.summary)
                .and_then(|s| serde_json::from_str::<FileSummary>(&s).ok())
                .unwrap_or_default(),
        )
    };
    for_each_doc(
        &searcher,
        &*term_query(f.kind, kind::FILE),
        read,
        |(source, hash, title, summary)| visit(source, hash, title, summary),
    )
}

/// One pass over the file documents: the entity table, and what grouping needs of each file
/// (in source order). Memory follows the number of distinct names, not the articles' entities.
fn scan_files(handle: &IndexHandle) -> Result<(Vec<FileInfo>, EntityTable)> {
    let mut merger = Merger::default();
    let mut files = Vec::new();
    for_each_file(handle, |source, hash, title, summary| {
        merger.add(files.len(), &summary.entities);
        let mut names: Vec<(String, usize)> = summary
            .entities
            .into_iter()
            .filter(|e| e.kind != EntityKind::Other)
            .map(|e| (e.name, e.mentions))
            .collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        names.truncate(NAMES_KEPT);
        names.shrink_to_fit();
        files.push(FileInfo {
            source,
            hash,
            title,
            names,
        });
        Ok(())
    })?;
    files.sort_by(|a, b| a.source.cmp(&b.source));
    Ok((files, merger.finish()))
}

/// The entity and story tables, made anew from the index.
fn build_tables(handle: &IndexHandle, stories: bool) -> Result<(EntityTable, StoryTable)> {
    let (files, table) = scan_files(handle)?;
    let stories = if stories {
        super::stories::build(handle, &files, &table)?
    } else {
        StoryTable::default()
    };
    Ok((table, stories))
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
    let (table, stories) = build_tables(handle, stories)?;
    SearchTables::build(opstamp, &table, &stories)
        .lookup
        .save(&handle.file(LOOKUP_FILE))?;
    save(handle, ENTITIES_FILE, opstamp, &table)?;
    save(handle, STORY_LIST_FILE, opstamp, &stories.stories)
}

/// The stories of the last commit with their sources and single-source passages.
pub fn story_list(handle: &IndexHandle) -> Result<Vec<super::stories::Story>> {
    match fresh(handle, STORY_LIST_FILE, current_opstamp(handle)?) {
        Some(list) => Ok(list),
        None => Ok(build_tables(handle, true)?.1.stories),
    }
}

/// The corpus-wide entity table of the last commit (made anew if missing or stale).
pub fn entities(handle: &IndexHandle) -> Result<EntityTable> {
    match fresh(handle, ENTITIES_FILE, current_opstamp(handle)?) {
        Some(table) => Ok(table),
        None => Ok(scan_files(handle)?.1),
    }
}

/// Separates the parts of a lookup value.
const SEP: char = '\u{1f}';

/// What a query needs of the derived tables — canonical names, aliases, stories, identical
/// files, single-source passages — looked up in place in a memory-mapped file, so a search costs
/// the same whatever the size of the entity and story tables.
pub struct SearchTables {
    lookup: Lookup,
    /// Canonical names already looked up (hits share most of their names).
    canonical: std::cell::RefCell<HashMap<String, String>>,
}

impl SearchTables {
    /// The tables of the last commit: mapped from the index folder, or made anew in memory when
    /// the file is missing or stale.
    pub fn load(handle: &IndexHandle) -> Result<SearchTables> {
        let opstamp = current_opstamp(handle)?;
        if let Some(lookup) = Lookup::open(&handle.file(LOOKUP_FILE)) {
            if lookup.opstamp() == opstamp {
                return Ok(SearchTables {
                    lookup,
                    canonical: Default::default(),
                });
            }
        }
        let (table, stories) = build_tables(handle, true)?;
        Ok(SearchTables::build(opstamp, &table, &stories))
    }

    /// Lays out the entity and story tables as lookup entries.
    fn build(opstamp: u64, table: &EntityTable, stories: &StoryTable) -> SearchTables {
        let mut entries = Vec::new();
        for (name, i) in &table.by_name {
            entries.push((format!("n{SEP}{name}"), i.to_string()));
        }
        for (i, e) in table.entities.iter().enumerate() {
            let mut value = format!("{}{SEP}{}", e.name, e.kind.as_str());
            for alias in &e.aliases {
                value.push(SEP);
                value.push_str(alias);
            }
            entries.push((format!("e{SEP}{i}"), value));
        }
        for (source, story) in &stories.story_of {
            entries.push((format!("s{SEP}{source}"), story.to_string()));
        }
        for (source, others) in &stories.duplicates {
            entries.push((format!("d{SEP}{source}"), others.join(&SEP.to_string())));
        }
        for key in &stories.single_source {
            entries.push((format!("1{SEP}{key}"), String::new()));
        }
        SearchTables {
            lookup: Lookup::build(opstamp, entries),
            canonical: Default::default(),
        }
    }

    /// The entity record (canonical name, kind, aliases) a name belongs to.
    fn entity(&self, name: &str) -> Option<std::str::Split<'_, char>> {
        let index = self
            .lookup
            .get(&format!("n{SEP}{name}"))
            .or_else(|| self.lookup.get(&format!("n{SEP}{}", name_key(name))))?;
        Some(self.lookup.get(&format!("e{SEP}{index}"))?.split(SEP))
    }

    /// The canonical form of an article-level name (itself when unknown).
    pub fn canonical(&self, name: &str) -> String {
        if let Some(known) = self.canonical.borrow().get(name) {
            return known.clone();
        }
        let found = self
            .entity(name)
            .and_then(|mut parts| parts.next())
            .unwrap_or(name)
            .to_string();
        self.canonical
            .borrow_mut()
            .insert(name.to_string(), found.clone());
        found
    }

    /// The kind of the entity a name belongs to.
    pub fn kind_of(&self, name: &str) -> Option<EntityKind> {
        let kind = self.entity(name)?.nth(1)?;
        [
            EntityKind::Person,
            EntityKind::Place,
            EntityKind::Organization,
            EntityKind::Other,
        ]
        .into_iter()
        .find(|k| k.as_str() == kind)
    }

    /// Every article-level name that belongs to the same entity as `name`.
    pub fn members(&self, name: &str) -> Vec<String> {
        let mut out: Vec<String> = match self.entity(name) {
            // the record is the canonical name, the kind, then the aliases
            Some(parts) => parts
                .enumerate()
                .filter(|(i, _)| *i != 1)
                .map(|(_, part)| part.to_string())
                .collect(),
            None => Vec::new(),
        };
        out.push(name.to_string());
        out.sort();
        out.dedup();
        out
    }

    /// The story a source belongs to (its number as text), if any.
    pub fn story_of(&self, source: &str) -> Option<&str> {
        self.lookup.get(&format!("s{SEP}{source}"))
    }

    /// The other files with the same bytes as `source`.
    pub fn duplicates_of(&self, source: &str) -> Vec<&str> {
        self.lookup
            .get(&format!("d{SEP}{source}"))
            .map(|v| v.split(SEP).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default()
    }

    /// Whether a passage is marked single-source.
    pub fn is_single_source(&self, source: &str, ordinal: u64) -> bool {
        self.lookup
            .get(&format!("1{SEP}{source}#{ordinal}"))
            .is_some()
    }
}
