//! An indexing run: walk, compare with what the index holds, extract changed files in parallel,
//! and commit once, so that a run is all visible or not at all.

use super::derived;
use super::schema::{kind, stored_text, stored_u64, term_query, Fields};
use super::store::{self, IndexHandle};
use crate::corpus::{self, Article, FileEntry, Found, Skipped};
use crate::extract::{self, AnnotatedArticle, EntityKind, GAZETTEER};
use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;
use tantivy::schema::Value;
use tantivy::{IndexWriter, TantivyDocument, Term};

/// What an indexing run is asked to do.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// The corpus folder.
    pub root: PathBuf,
    /// The index folder.
    pub index: PathBuf,
    /// Start over.
    pub rebuild: bool,
    /// Wait for another writer instead of failing.
    pub wait: bool,
    /// Follow symbolic links while walking.
    pub follow_links: bool,
    /// Files larger than this are skipped with a warning.
    pub max_file_bytes: u64,
    /// Passages only: no entities, no quotes (for measuring the pipeline's own cost).
    pub extract: bool,
    /// The tantivy writer's memory budget in bytes.
    pub memory_budget: usize,
    /// Group articles into stories after the commit.
    pub stories: bool,
}

/// What a run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexSummary {
    /// The corpus folder.
    pub root: String,
    /// Files new to the index.
    pub added: usize,
    /// Files whose content changed.
    pub updated: usize,
    /// Files gone from the folder.
    pub removed: usize,
    /// Files left as they were.
    pub unchanged: usize,
    /// Files that could not be read as text.
    pub skipped: usize,
    /// Symbolic links to articles or folders passed over (the run did not follow links).
    pub links_not_followed: usize,
    /// The first such link, relative to the corpus folder, to name in a warning.
    #[serde(skip)]
    pub first_link_not_followed: Option<String>,
    /// Passages written in this run.
    pub passages: usize,
    /// Quotes and reported statements written in this run.
    pub quotes: usize,
    /// Bytes read in this run.
    pub bytes_read: u64,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// One line per skipped file.
    #[serde(skip)]
    pub warnings: Vec<Skipped>,
    /// Files indexed with a problem worth telling (e.g. passages only).
    #[serde(skip)]
    pub notes: Vec<Skipped>,
}

/// The per-file record the index keeps to tell what changed.
#[derive(Debug, Clone)]
struct FileRecord {
    size: u64,
    mtime: i64,
    hash: String,
}

/// Stored with each file: what the corpus-wide tables are built from.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct FileSummary {
    /// The article's entities.
    pub entities: Vec<extract::Entity>,
    /// Number of passages.
    pub passages: usize,
    /// Number of quotes and reported statements.
    pub quotes: usize,
    /// Decoded size in bytes.
    pub bytes: u64,
}

/// A [`FileSummary`] of borrowed entities: written as the same JSON, without copying them.
#[derive(Serialize)]
struct FileSummaryOf<'a> {
    entities: &'a [extract::Entity],
    passages: usize,
    quotes: usize,
    bytes: u64,
}

enum Outcome {
    Unchanged,
    Indexed {
        passages: usize,
        quotes: usize,
        bytes: u64,
        note: Option<String>,
    },
    Skipped(String),
}

/// The largest memory budget tantivy takes for one indexing thread (just under 4 GB).
const MAX_WRITER_BUDGET: usize = 4_000_000_000;

/// tantivy's indexing threads: half the cores when extraction shares them, all of them (up to 8)
/// for passages only. On two cores that is one thread beside the two extracting: one segment per
/// flush instead of two, so each term dictionary and posting list is built and merged once, and
/// the thread keeps the whole budget (two used more CPU and memory there for no less wall time);
/// on more cores one thread alone could not keep up with extraction.
fn indexing_threads(extract: bool) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if extract {
        (cores / 2).clamp(1, 8)
    } else {
        cores.clamp(1, 8)
    }
}

/// Files extracted in parallel at a time: the walk hands files out as it finds them, and only a
/// chunk of them is held.
const FILES_AT_ONCE: usize = 1024;

/// Runs one indexing pass; `progress` is told the number of files handled so far.
pub fn run(opts: &IndexOptions, progress: &(dyn Fn(u64) + Sync)) -> Result<IndexSummary> {
    super::trace("started");
    let started = Instant::now();
    store::check_target(&opts.index)?;
    let _lock = store::lock(&opts.index, opts.wait)?;
    let (handle, _created) = store::open_for_write(&opts.index, &opts.root, opts.rebuild)?;
    // what the index holds; each file met on the walk is taken out, so what is left at the end
    // is gone from the folder
    let mut manifest = load_manifest(&handle)?;
    // files read by another build's rules, or without extraction, are read again: an index never
    // mixes the entities and quotes of two sets of rules
    let extraction = store::extraction_label(opts.extract);
    let read_again = handle.meta.extraction != extraction;

    let mut summary = IndexSummary {
        root: opts.root.display().to_string(),
        ..Default::default()
    };
    if read_again && !manifest.is_empty() {
        let was_passages_only = handle.meta.extraction.starts_with("passages only");
        let older = handle.meta.extraction.is_empty();
        let reason = match (was_passages_only, opts.extract) {
            _ if older => "made by an older newsidx: every file is read again and extracted",
            (true, true) => "made with --no-extract: every file is read again and extracted",
            (false, false) => {
                "holds extracted files and this run has --no-extract: every file \
                               is read again, passages only"
            }
            _ => {
                "made by another newsidx build: every file is read again and extracted with \
                  this build's rules, so no entities or quotes of the two builds mix"
            }
        };
        summary.notes.push(Skipped {
            path: opts.index.display().to_string(),
            reason: reason.to_string(),
        });
    }
    let mut index = handle.bulk_index()?;
    // each indexing thread compresses its own document-store blocks: with two cores, a
    // compressing thread per segment only adds wakeups and thread switches
    index.settings_mut().docstore_compress_dedicated_thread = false;
    index.tokenizers().register(
        super::schema::TEXT_TOKENIZER,
        super::analyzer::cached_en_stem(),
    );
    let threads = indexing_threads(opts.extract);
    let writer: IndexWriter = index
        .writer_with_num_threads(
            threads,
            // (tantivy asks for at least 15 MB a thread)
            opts.memory_budget.clamp(
                (15_000_000 * threads).max(30_000_000),
                MAX_WRITER_BUDGET * threads,
            ),
        )
        .context("cannot open the index for writing")?;
    writer.set_merge_policy(Box::new(merge_policy()));
    let fields = handle.fields;
    let done = std::sync::atomic::AtomicU64::new(0);
    let mut chunk: Vec<FileEntry> = Vec::with_capacity(FILES_AT_ONCE);
    let mut walk = corpus::walk(&opts.root, opts.follow_links).peekable();
    while walk.peek().is_some() {
        for found in walk.by_ref() {
            match found {
                Found::File(entry) => {
                    chunk.push(entry);
                    if chunk.len() == FILES_AT_ONCE {
                        break;
                    }
                }
                Found::LinkNotFollowed(path) => {
                    summary.links_not_followed += 1;
                    if summary.first_link_not_followed.is_none() {
                        summary.first_link_not_followed = Some(
                            path.strip_prefix(&opts.root)
                                .unwrap_or(&path)
                                .display()
                                .to_string(),
                        );
                    }
                }
                Found::Skipped(s) => {
                    summary.skipped += 1;
                    // paths in messages are relative to the corpus folder, like every other path
                    // newsidx prints
                    summary.warnings.push(Skipped {
                        path: std::path::Path::new(&s.path)
                            .strip_prefix(&opts.root)
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|_| s.path.clone()),
                        reason: s.reason,
                    });
                }
            }
        }
        let outcomes: Vec<(Outcome, Option<TantivyDocument>)> = chunk
            .par_iter()
            .map(|entry| {
                let previous = manifest.get(&entry.source);
                let outcome = process(entry, previous, read_again, &writer, &fields, opts);
                progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
                outcome
            })
            .collect();
        // the chunk's file documents go in together, so they fill document-store blocks of
        // their own: the passes that read only them (the manifest, the derived tables) then
        // read a small part of the store
        for (entry, (outcome, file_doc)) in chunk.drain(..).zip(outcomes) {
            if let Some(doc) = file_doc {
                writer
                    .add_document(doc)
                    .context("cannot add a file to the index")?;
            }
            let known = manifest.remove(&entry.source).is_some();
            tally(&mut summary, entry, outcome, known, &writer, &fields);
        }
    }
    drop(walk);
    for source in manifest.keys() {
        writer.delete_term(Term::from_field_text(fields.source, source));
        summary.removed += 1;
    }
    drop(manifest);
    super::trace("extracted");
    let mut writer = writer;
    writer.commit().context("cannot commit the index")?;
    super::trace("committed");
    // the last merges run on one core: the derived tables are made from the commit beside them
    // (the segments they read stay until they are done, see `IndexHandle::bulk_index`)
    let (merged, derived) = std::thread::scope(|scope| {
        let merging = scope.spawn(move || writer.wait_merging_threads());
        let derived = derived::refresh(&handle, opts.stories);
        let merged = match merging.join() {
            Ok(result) => result.context("cannot finish merging index segments"),
            Err(_) => Err(anyhow::anyhow!(
                "merging index segments failed unexpectedly"
            )),
        };
        (merged, derived)
    });
    merged?;
    derived?;
    if read_again {
        store::record_extraction(&handle.path, &handle.meta, &extraction)?;
    }
    super::release_free_memory();
    super::trace("derived");
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Segments with more documents than this are not merged again: a merge reads each input
/// segment's store whole, so this bounds a merge's memory (a merge's output, up to
/// `MERGE_AT_ONCE` times this, is final), and a few large segments search about as fast as one.
const MAX_DOCS_BEFORE_MERGE: usize = 500_000;

/// Segments merged at once: each input's term dictionaries are read whole during a merge, so
/// fewer inputs hold less at a time (tantivy's default is 8).
const MERGE_AT_ONCE: usize = 4;

/// tantivy's log merge policy, with merges bounded by [`MAX_DOCS_BEFORE_MERGE`] and
/// [`MERGE_AT_ONCE`].
fn merge_policy() -> tantivy::indexer::LogMergePolicy {
    let mut policy = tantivy::indexer::LogMergePolicy::default();
    policy.set_max_docs_before_merge(MAX_DOCS_BEFORE_MERGE);
    policy.set_min_num_segments(MERGE_AT_ONCE);
    policy
}

/// Counts what happened to one file in the summary.
fn tally(
    summary: &mut IndexSummary,
    entry: FileEntry,
    outcome: Outcome,
    known: bool,
    writer: &IndexWriter,
    fields: &Fields,
) {
    match outcome {
        Outcome::Unchanged => summary.unchanged += 1,
        Outcome::Indexed {
            passages,
            quotes,
            bytes,
            note,
        } => {
            if let Some(reason) = note {
                summary.notes.push(Skipped {
                    path: entry.path.display().to_string(),
                    reason,
                });
            }
            if known {
                summary.updated += 1;
            } else {
                summary.added += 1;
            }
            summary.passages += passages;
            summary.quotes += quotes;
            summary.bytes_read += bytes;
        }
        Outcome::Skipped(reason) => {
            summary.skipped += 1;
            if known {
                writer.delete_term(Term::from_field_text(fields.source, &entry.source));
            }
            summary.warnings.push(Skipped {
                path: entry.source,
                reason,
            });
        }
    }
}

fn load_manifest(handle: &IndexHandle) -> Result<HashMap<String, FileRecord>> {
    let f = handle.fields;
    let mut manifest = HashMap::new();
    // file documents carry their summaries too: read a chunk at a time, keep only the record
    store::for_each_doc(
        &handle.bulk_reader()?.searcher(),
        &*term_query(f.kind, kind::FILE),
        |doc| {
            let record = FileRecord {
                size: stored_u64(&doc, f.size),
                mtime: doc.get_first(f.mtime).and_then(|v| v.as_i64()).unwrap_or(0),
                hash: stored_text(&doc, f.hash).unwrap_or_default(),
            };
            (stored_text(&doc, f.source).unwrap_or_default(), record)
        },
        |(source, record)| {
            manifest.insert(source, record);
            Ok(())
        },
    )?;
    Ok(manifest)
}

/// Extracts and indexes one file's passages and quotes; returns what happened and, when the
/// file was indexed, its file document for the caller to add.
fn process(
    entry: &FileEntry,
    previous: Option<&FileRecord>,
    read_again: bool,
    writer: &IndexWriter,
    f: &Fields,
    opts: &IndexOptions,
) -> (Outcome, Option<TantivyDocument>) {
    if let Some(p) = previous.filter(|_| !read_again) {
        if p.size == entry.size && p.mtime == entry.mtime {
            return (Outcome::Unchanged, None);
        }
    }
    if entry.size > opts.max_file_bytes {
        return (
            Outcome::Skipped(format!(
                "{} MiB is over the {} MiB limit for one article (raise it with --max-file-size)",
                entry.size >> 20,
                opts.max_file_bytes >> 20
            )),
            None,
        );
    }
    let bytes = match std::fs::read(&entry.path) {
        Ok(b) => b,
        Err(e) => return (Outcome::Skipped(format!("cannot read: {e}")), None),
    };
    let hash = blake3::hash(&bytes).to_hex().to_string();
    let unchanged_content = !read_again && previous.is_some_and(|p| p.hash == hash);
    let text = match corpus::decode(&bytes) {
        Ok((text, _)) => text,
        Err(why) => return (Outcome::Skipped(why.to_string()), None),
    };
    let article = Article::parse(text);
    let mut note = None;
    let annotated = if opts.extract {
        // extraction is heuristics over any text: should it ever fail on one file, the file is
        // still indexed, passages only (the article read again from its bytes, kept for that
        // instead of a copy), and the user is told
        quiet_panics();
        QUIET.with(|q| q.set(true));
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract::annotate(article)));
        QUIET.with(|q| q.set(false));
        match result {
            Ok(a) => a,
            Err(_) => {
                let article = match corpus::decode(&bytes) {
                    Ok((text, _)) => Article::parse(text),
                    Err(why) => return (Outcome::Skipped(why.to_string()), None),
                };
                note = Some(
                    "entity and quote extraction failed; indexed its passages only".to_string(),
                );
                AnnotatedArticle {
                    article,
                    entities: Vec::new(),
                    mentions: Vec::new(),
                    quotes: Vec::new(),
                }
            }
        }
    } else {
        AnnotatedArticle {
            article,
            entities: Vec::new(),
            mentions: Vec::new(),
            quotes: Vec::new(),
        }
    };
    drop(bytes);
    let size = entry.size;
    let record = FileRecord {
        size,
        mtime: entry.mtime,
        hash,
    };
    // a file the index never held has nothing to replace: no delete to queue and apply
    if previous.is_some() {
        writer.delete_term(Term::from_field_text(f.source, &entry.source));
    }
    let (passages, quotes, file_doc) =
        match add_documents(writer, f, &entry.source, &annotated, &record) {
            Ok(added) => added,
            Err(e) => return (Outcome::Skipped(format!("cannot index: {e}")), None),
        };
    if unchanged_content {
        return (Outcome::Unchanged, Some(file_doc));
    }
    let outcome = Outcome::Indexed {
        passages,
        quotes,
        bytes: size,
        note,
    };
    (outcome, Some(file_doc))
}

thread_local! {
    /// Set while extraction runs under `catch_unwind`: its panics are reported as warnings.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent for panics caught during extraction and
/// prints every other panic as before.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
}

/// Names a passage is found by: canonical names, the article's other forms, gazetteer aliases;
/// written in place of what `out` held (one buffer serves all of an article's documents).
fn entity_words<'a>(a: &AnnotatedArticle, ids: &[usize], out: &'a mut String) -> &'a str {
    out.clear();
    for &id in ids {
        let e = &a.entities[id];
        out.push_str(&e.name);
        out.push_str(" | ");
        for alias in &e.aliases {
            out.push_str(alias);
            out.push_str(" | ");
        }
        if e.kind != EntityKind::Person {
            if let Some(aliases) = GAZETTEER.demonyms_of.get(e.name.as_str()) {
                for alias in aliases {
                    out.push_str(alias);
                    out.push_str(" | ");
                }
            }
        }
    }
    out
}

/// Adds an article's passage and quote documents; returns their numbers and the file document,
/// which the caller adds.
fn add_documents(
    writer: &IndexWriter,
    f: &Fields,
    source: &str,
    a: &AnnotatedArticle,
    record: &FileRecord,
) -> Result<(usize, usize, TantivyDocument)> {
    let article = &a.article;
    let mut words = String::new();
    for p in &article.passages {
        let text = article.passage_text(p);
        let ids = a.entities_in(p.range.clone());
        let mut doc = TantivyDocument::default();
        doc.add_text(f.kind, kind::PASSAGE);
        doc.add_text(f.source, source);
        doc.add_u64(f.line, p.line as u64);
        doc.add_u64(f.start, p.range.start as u64);
        doc.add_u64(f.end, p.range.end as u64);
        doc.add_u64(f.ordinal, p.ordinal as u64);
        doc.add_text(f.title, &article.title);
        for &id in &ids {
            doc.add_text(f.entities, &a.entities[id].name);
        }
        doc.add_text(f.entity_text, entity_words(a, &ids, &mut words));
        for band in extract::similarity::bands(&text) {
            doc.add_u64(f.bands, band);
        }
        doc.add_text(f.text, &text);
        writer.add_document(doc)?;
    }
    for q in &a.quotes {
        let passage = a.passage_at(q.range.start);
        let ids = a.entities_in(q.range.clone());
        let mut doc = TantivyDocument::default();
        doc.add_text(f.kind, q.kind.as_str());
        doc.add_text(f.source, source);
        doc.add_u64(f.line, article.line_of(q.range.start) as u64);
        doc.add_u64(f.start, q.range.start as u64);
        doc.add_u64(f.end, q.range.end as u64);
        doc.add_u64(f.ordinal, passage as u64);
        doc.add_text(f.title, &article.title);
        doc.add_text(f.text, &q.text);
        for &id in &ids {
            doc.add_text(f.entities, &a.entities[id].name);
        }
        doc.add_text(f.entity_text, entity_words(a, &ids, &mut words));
        if let Some(s) = q.speaker {
            let name = &a.entities[s].name;
            doc.add_text(f.speaker, name);
        }
        if let Some(d) = &q.description {
            doc.add_text(f.description, d);
        }
        writer.add_document(doc)?;
    }
    let summary = FileSummaryOf {
        entities: &a.entities,
        passages: article.passages.len(),
        quotes: a.quotes.len(),
        bytes: article.text.len() as u64,
    };
    let mut doc = TantivyDocument::default();
    doc.add_text(f.kind, kind::FILE);
    doc.add_text(f.source, source);
    doc.add_text(f.title, &article.title);
    doc.add_u64(f.size, record.size);
    doc.add_i64(f.mtime, record.mtime);
    doc.add_text(f.hash, &record.hash);
    doc.add_text(f.summary, serde_json::to_string(&summary)?);
    Ok((article.passages.len(), a.quotes.len(), doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_of_borrowed_entities_is_written_as_the_stored_summary() {
        let entity = |name: &str, kind, aliases: &[&str], mentions| extract::Entity {
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions,
        };
        let entities = vec![
            entity("Volodymyr Zelensky", EntityKind::Person, &["Zelensky’s"], 3),
            entity("Москва", EntityKind::Place, &["Moscow", "\"Moskva\"\n"], 1),
            entity("Café Nero", EntityKind::Organization, &[], 2),
        ];
        let summary = FileSummary {
            entities: entities.clone(),
            passages: 7,
            quotes: 2,
            bytes: 4096,
        };
        let borrowed = FileSummaryOf {
            entities: &entities,
            passages: 7,
            quotes: 2,
            bytes: 4096,
        };
        assert_eq!(
            serde_json::to_string(&borrowed).unwrap(),
            serde_json::to_string(&summary).unwrap()
        );
    }
}
