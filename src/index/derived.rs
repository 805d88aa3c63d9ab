//! Tables derived from the committed index (the corpus-wide entity table), kept as files beside
//! it and stamped with the commit they were made from, so a crash can only leave them stale —
//! and a stale table is made again from the index.

use super::file_table::{FileTable, FileTableBuilder};
use super::lookup::{Lookup, LookupWriter};
use super::schema::{kind, stored_text, term_query};
use super::store::{
    for_each_chunk, write_atomic_with, IndexHandle, ENTITIES_FILE, LOOKUP_FILE, STORY_LIST_FILE,
};
use super::stories::{Story, StoryIndex, NO_STORY};
use super::writer::FileSummary;
use crate::extract::merge::{EntityTable, Merger};
use crate::extract::name_key;
use crate::extract::{Entity, EntityKind};
use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;

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

/// Hands every file's source, hash and stored summary to `visit`, one file at a time.
pub fn for_each_file(
    handle: &IndexHandle,
    mut visit: impl FnMut(String, String, FileSummary) -> Result<()>,
) -> Result<()> {
    for_each_file_chunk(handle, |files| {
        files
            .into_iter()
            .try_for_each(|(source, hash, summary)| visit(source, hash, summary))
    })
}

/// Hands every file's source, hash and stored summary to `visit`, a chunk of files at a time.
fn for_each_file_chunk(
    handle: &IndexHandle,
    visit: impl FnMut(Vec<(String, String, FileSummary)>) -> Result<()>,
) -> Result<()> {
    let f = handle.fields;
    let searcher = handle.bulk_reader()?.searcher();
    let read = |doc: tantivy::TantivyDocument| {
        (
            stored_text(&doc, f.source).unwrap_or_default(),
            stored_text(&doc, f.hash).unwrap_or_default(),
            stored_text(&doc, f.summary)
                .and_then(|s| serde_json::from_str::<FileSummary>(&s).ok())
                .unwrap_or_default(),
        )
    };
    for_each_chunk(&searcher, &*term_query(f.kind, kind::FILE), read, visit)
}

/// One pass over the file documents: the entity table, and what grouping needs of each file.
/// Memory follows the number of distinct names and a few tens of bytes per file. Each chunk of
/// files is merged into the entity table and added to the file table side by side, the merge
/// itself on all threads.
fn scan_files(handle: &IndexHandle) -> Result<(FileTable, EntityTable)> {
    let mut merger = Merger::default();
    let mut files = FileTableBuilder::default();
    let mut count = 0;
    for_each_file_chunk(handle, |chunk| {
        let articles: Vec<(usize, &[Entity])> = chunk
            .iter()
            .enumerate()
            .map(|(k, (_, _, summary))| (count + k, summary.entities.as_slice()))
            .collect();
        count += chunk.len();
        rayon::join(
            || merger.add_articles(&articles),
            || {
                for (source, hash, summary) in &chunk {
                    let names = summary
                        .entities
                        .iter()
                        .filter(|e| e.kind != EntityKind::Other)
                        .map(|e| (e.name.as_str(), e.mentions));
                    files.add(source, hash, names);
                }
            },
        );
        Ok(())
    })?;
    Ok(rayon::join(|| files.finish(), || merger.finish()))
}

/// Writes a derived table stamped with the commit it was made from.
fn save<T: Serialize>(handle: &IndexHandle, name: &str, opstamp: u64, table: T) -> Result<()> {
    let stamped = Stamped { opstamp, table };
    write_atomic_with(&handle.file(name), |w| {
        serde_json::to_writer(w, &stamped)?;
        Ok(())
    })
}

/// A derived table, if its file holds one made from the commit `opstamp`.
fn fresh<T: DeserializeOwned>(handle: &IndexHandle, name: &str, opstamp: u64) -> Option<T> {
    let file = std::fs::File::open(handle.file(name)).ok()?;
    let stamped: Stamped<T> = serde_json::from_reader(std::io::BufReader::new(file)).ok()?;
    (stamped.opstamp == opstamp).then_some(stamped.table)
}

/// Makes every derived table anew from the last commit, writing each as it is made: the story
/// list a story at a time, the lookup table a kind of entry at a time.
/// With `stories` false the story table is left empty (for measuring what grouping costs).
pub fn refresh(handle: &IndexHandle, stories: bool) -> Result<()> {
    let opstamp = current_opstamp(handle)?;
    let (files, table) = scan_files(handle)?;
    // the scan's parsed summaries are gone: hand their memory back before grouping needs more
    super::release_free_memory();
    super::trace("scanned");
    save(handle, ENTITIES_FILE, opstamp, &table)?;
    let mut story_index = StoryIndex::default();
    write_atomic_with(&handle.file(STORY_LIST_FILE), |w| {
        write!(w, "{{\"opstamp\":{opstamp},\"table\":[")?;
        if stories {
            let mut first = true;
            story_index = super::stories::build(handle, &files, &table, |story| {
                if !std::mem::take(&mut first) {
                    w.write_all(b",")?;
                }
                serde_json::to_writer(&mut *w, &story)?;
                Ok(())
            })?;
        }
        w.write_all(b"]}")?;
        Ok(())
    })?;
    super::trace("stories");
    write_atomic_with(&handle.file(LOOKUP_FILE), |w| {
        write_lookup(w, opstamp, &table, &files, &story_index)
    })
}

/// The stories of the last commit with their sources and single-source passages.
pub fn story_list(handle: &IndexHandle) -> Result<Vec<Story>> {
    if let Some(list) = fresh(handle, STORY_LIST_FILE, current_opstamp(handle)?) {
        return Ok(list);
    }
    let (files, table) = scan_files(handle)?;
    let mut list = Vec::new();
    super::stories::build(handle, &files, &table, |story| {
        list.push(story);
        Ok(())
    })?;
    Ok(list)
}

/// The corpus-wide entity table of the last commit (made anew if missing or stale).
pub fn entities(handle: &IndexHandle) -> Result<EntityTable> {
    match fresh(handle, ENTITIES_FILE, current_opstamp(handle)?) {
        Some(table) => Ok(table),
        None => Ok(scan_files(handle)?.1),
    }
}

/// Writes the lookup table (see [`Lookup`]) of the entity and story tables, one kind of entry at
/// a time in key order: `1` single-source passages, `d` identical files, `e` entities, `n` names,
/// `s` stories.
fn write_lookup(
    w: &mut impl Write,
    opstamp: u64,
    table: &EntityTable,
    files: &FileTable,
    stories: &StoryIndex,
) -> Result<()> {
    let mut out = LookupWriter::new(w, opstamp)?;
    out.kind(
        stories
            .single_source
            .iter()
            .map(|&(i, ordinal)| {
                let source = files.source(i as usize);
                (format!("1{SEP}{source}#{ordinal}"), String::new())
            })
            .collect(),
    )?;
    let mut duplicates = Vec::new();
    for group in &stories.duplicate_groups {
        for &i in group {
            let others: Vec<&str> = group
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| files.source(j as usize))
                .collect();
            duplicates.push((
                format!("d{SEP}{}", files.source(i as usize)),
                others.join(&SEP.to_string()),
            ));
        }
    }
    out.kind(duplicates)?;
    out.kind(
        table
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let kind = e.kind.as_str();
                let aliases: usize = e.aliases.iter().map(|a| a.len() + 1).sum();
                let mut value = String::with_capacity(e.name.len() + 1 + kind.len() + aliases);
                value.push_str(&e.name);
                value.push(SEP);
                value.push_str(kind);
                for alias in &e.aliases {
                    value.push(SEP);
                    value.push_str(alias);
                }
                let mut key = String::with_capacity(2 + 20);
                key.push('e');
                key.push(SEP);
                push_decimal(&mut key, i);
                (key, value)
            })
            .collect(),
    )?;
    out.kind(
        table
            .by_name
            .iter()
            .map(|(name, &i)| {
                let mut key = String::with_capacity(2 + name.len());
                key.push('n');
                key.push(SEP);
                key.push_str(name);
                let mut value = String::with_capacity(20);
                push_decimal(&mut value, i);
                (key, value)
            })
            .collect(),
    )?;
    out.kind(
        (0..files.len())
            .filter(|&i| stories.story_of.get(i).is_some_and(|&s| s != NO_STORY))
            .map(|i| {
                (
                    format!("s{SEP}{}", files.source(i)),
                    stories.story_of[i].to_string(),
                )
            })
            .collect(),
    )?;
    out.finish()
}

/// Separates the parts of a lookup value.
const SEP: char = '\u{1f}';

/// Writes `n` in decimal digits at the end of `out` (as `n.to_string()` would, without the
/// formatting machinery: the lookup table writes tens of thousands of numbers).
fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut first = digits.len();
    let mut rest = n;
    loop {
        first -= 1;
        digits[first] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &digit in &digits[first..] {
        out.push(char::from(digit));
    }
}

/// Whether a canonical name holds every word of `name` as written (case and the form of
/// apostrophes aside), or `name` is its initials ("PPI" of "Pensions Policy Institute"): it
/// completes the name rather than spelling it otherwise.
fn completes(canonical: &str, name: &str) -> bool {
    let fold = |word: &str| word.to_lowercase().replace('\u{2019}', "'");
    let initials: String = canonical
        .split([' ', '-'])
        .filter_map(|word| word.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (name.len() >= 2 && name == initials)
        || name
            .split_whitespace()
            .all(|word| canonical.split_whitespace().any(|c| fold(c) == fold(word)))
}

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
        let (files, table) = scan_files(handle)?;
        let stories = super::stories::build(handle, &files, &table, |_| Ok(()))?;
        let mut bytes = Vec::new();
        write_lookup(&mut bytes, opstamp, &table, &files, &stories)?;
        Ok(SearchTables {
            lookup: Lookup::from_bytes(bytes).context("cannot build the lookup table")?,
            canonical: Default::default(),
        })
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

    /// The name to show for an article-level name where its own article is cited (a quote's
    /// speaker beside its source and line): the canonical name when it only completes it ("Putin"
    /// → "Vladimir Putin"), the article's own spelling when the canonical one spells it otherwise
    /// ("Zelenskiy" or "Rafał Trzaskowski" in a corpus that mostly writes "Zelenskyy" and
    /// "Rafal"), so the name shown is the one the cited text holds.
    pub fn as_spelled(&self, name: &str) -> String {
        let canonical = self.canonical(name);
        if completes(&canonical, name) {
            canonical
        } else {
            name.to_string()
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_numbers_are_written_as_to_string_writes_them() {
        for n in (0..1_000)
            .chain([9_999, 10_000, 123_456_789, u32::MAX as usize])
            .chain([usize::MAX - 1, usize::MAX])
        {
            let mut out = String::from("n\u{1f}");
            push_decimal(&mut out, n);
            assert_eq!(out, format!("n\u{1f}{n}"));
        }
    }

    #[test]
    fn a_canonical_name_completes_a_name_it_spells_alike() {
        assert!(completes("Vladimir Putin", "Putin"));
        assert!(completes("Vladimir Putin", "vladimir PUTIN"));
        assert!(completes("Tony Blair", "Tony Blair"));
        assert!(completes("Martin O\u{2019}Malley", "Martin O'Malley"));
        assert!(completes("Pensions Policy Institute", "PPI"));
        assert!(completes("Motion Picture Association of America", "MPAA"));
        // the traps: other spellings of the same name are no completion
        assert!(!completes("Volodymyr Zelenskyy", "Zelenskiy"));
        assert!(!completes("Volodymyr Zelenskyy", "Volodymyr Zelensky"));
        assert!(!completes("Rafal Trzaskowski", "Rafał Trzaskowski"));
        assert!(!completes("Ole Gunnar Solskjaer", "Ole-Gunnar Solskjaer"));
        assert!(!completes("Pensions Policy Institute", "PP"));
    }
}
