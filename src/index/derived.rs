//! Tables derived from the committed index (the corpus-wide entity table), kept as files beside
//! it and stamped with the commit they were made from, so a crash can only leave them stale —
//! and a stale table is made again from the index.

use super::schema::kind;
use super::store::{write_atomic, IndexHandle, ENTITIES_FILE};
use super::writer::FileSummary;
use crate::extract::merge::{merge, EntityTable};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

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

/// The summaries stored with every file, in source order.
pub fn file_summaries(handle: &IndexHandle) -> Result<Vec<(String, FileSummary)>> {
    let reader = handle.index.reader().context("cannot read the index")?;
    let searcher = reader.searcher();
    let f = handle.fields;
    let query = TermQuery::new(
        Term::from_field_text(f.kind, kind::FILE),
        IndexRecordOption::Basic,
    );
    let mut out = Vec::new();
    for address in searcher.search(&query, &DocSetCollector)? {
        let doc: TantivyDocument = searcher.doc(address)?;
        let source = doc
            .get_first(f.source)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        let summary = doc
            .get_first(f.summary)
            .and_then(|v| v.as_str())
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default();
        out.push((source, summary));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
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

/// Makes every derived table anew from the last commit.
pub fn refresh(handle: &IndexHandle) -> Result<()> {
    let opstamp = current_opstamp(handle)?;
    let table = build_entities(handle)?;
    let stamped = Stamped { opstamp, table };
    write_atomic(
        &handle.file(ENTITIES_FILE),
        serde_json::to_string(&stamped)?.as_bytes(),
    )
}

/// The corpus-wide entity table of the last commit (made anew if missing or stale).
pub fn entities(handle: &IndexHandle) -> Result<EntityTable> {
    let opstamp = current_opstamp(handle)?;
    if let Ok(text) = std::fs::read_to_string(handle.file(ENTITIES_FILE)) {
        if let Ok(stamped) = serde_json::from_str::<Stamped<EntityTable>>(&text) {
            if stamped.opstamp == opstamp {
                return Ok(stamped.table);
            }
        }
    }
    build_entities(handle)
}
