//! The index folder: its marker file, the tantivy files, the writer lock and derived caches.
//! newsidx only ever removes or overwrites files it made itself.

use super::schema::{build_schema, fields_of, Fields, SCHEMA_VERSION};
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use tantivy::Index;

/// Marks a folder as a newsidx index and records what it holds.
pub const META_FILE: &str = "newsidx.json";
/// Subfolder with tantivy's files.
pub const TANTIVY_DIR: &str = "tantivy";
/// Taken by a running `newsidx index`.
pub const LOCK_FILE: &str = "newsidx.lock";
/// Derived: the corpus-wide entity table.
pub const ENTITIES_FILE: &str = "entities.json";
/// Derived: what queries look up (names, aliases, stories), searched in place.
pub const LOOKUP_FILE: &str = "lookup.tsv";
/// Made by earlier versions; removed with the rest.
const OLD_STORIES_FILE: &str = "stories.json";
/// Derived: the list of stories with their single-source passages.
pub const STORY_LIST_FILE: &str = "story_list.json";

/// Files a folder may already hold for newsidx to make an index in it.
const HARMLESS: &[&str] = &[
    "README.md",
    "README",
    "README.txt",
    ".gitignore",
    ".gitkeep",
    LOCK_FILE,
];

/// What `newsidx.json` records.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meta {
    /// Always "newsidx".
    pub format: String,
    /// The schema version the index was made with.
    pub schema_version: u32,
    /// The newsidx version that last wrote it.
    pub newsidx_version: String,
    /// Absolute path of the corpus folder.
    pub root: String,
    /// How the index's files were read: [`extraction_label`] of the run that last wrote it
    /// (empty in indexes older than the field). A run with another label reads every file again.
    #[serde(default)]
    pub extraction: String,
}

/// The label an index records for how its files were read: this build's extraction id, marked
/// when entities and quotes were not extracted (`--no-extract`).
pub fn extraction_label(extract: bool) -> String {
    let id = crate::extract::EXTRACTION_ID;
    if extract {
        id.to_string()
    } else {
        format!("passages only, {id}")
    }
}

/// Records that every file of the index at `path` is now read as `extraction` says, and by this
/// newsidx version (written atomically; a run stopped before this reads the files again).
pub fn record_extraction(path: &Path, meta: &Meta, extraction: &str) -> Result<()> {
    let meta = Meta {
        newsidx_version: env!("CARGO_PKG_VERSION").into(),
        extraction: extraction.to_string(),
        ..meta.clone()
    };
    write_atomic(
        &path.join(META_FILE),
        serde_json::to_string_pretty(&meta)?.as_bytes(),
    )
}

/// An index opened for reading or writing.
pub struct IndexHandle {
    /// The index folder.
    pub path: PathBuf,
    /// What the folder records.
    pub meta: Meta,
    /// The tantivy index.
    pub index: Index,
    /// Its fields.
    pub fields: Fields,
    /// The index read with `pread`, opened once: the writer and every pass over the index share
    /// it, so segments a pass still reads are never removed by a merge that ends meanwhile.
    bulk: std::sync::OnceLock<Index>,
}

impl IndexHandle {
    /// A reader of the last commit. It does not watch for new commits: every command reads one
    /// commit and ends, so no watcher thread is started.
    pub fn reader(&self) -> Result<tantivy::IndexReader> {
        self.index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .context("cannot read the index")
    }

    /// The index read with `pread` (see [`super::pread`]), for passes over the whole index and
    /// for the writer's merges: their memory follows what they hold, not the size of the index.
    pub fn bulk_index(&self) -> Result<Index> {
        if let Some(index) = self.bulk.get() {
            return Ok(index.clone());
        }
        let directory = super::pread::PreadDirectory::open(&self.path.join(TANTIVY_DIR))
            .map_err(|e| damaged(&self.path, &e.to_string()))?;
        let index = Index::open(directory).map_err(|e| damaged(&self.path, &e.to_string()))?;
        Ok(self.bulk.get_or_init(|| index).clone())
    }

    /// A reader of the last commit through [`IndexHandle::bulk_index`].
    pub fn bulk_reader(&self) -> Result<tantivy::IndexReader> {
        self.bulk_index()?
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .context("cannot read the index")
    }

    /// The path of a file inside the index folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }
}

/// Reads every stored document matching `query`, turns each into a `T` with `read` (in
/// parallel, a chunk at a time), and hands them to `visit` in index order; no more than one
/// chunk is held in memory.
pub fn for_each_doc<T: Send>(
    searcher: &tantivy::Searcher,
    query: &dyn tantivy::query::Query,
    read: impl Fn(tantivy::TantivyDocument) -> T + Sync,
    mut visit: impl FnMut(T) -> Result<()>,
) -> Result<()> {
    for_each_chunk(searcher, query, read, |items| {
        items.into_iter().try_for_each(&mut visit)
    })
}

/// Like [`for_each_doc`], but hands `visit` a whole chunk of `T`s at a time, in index order,
/// so that it can work on them in parallel too.
pub fn for_each_chunk<T: Send>(
    searcher: &tantivy::Searcher,
    query: &dyn tantivy::query::Query,
    read: impl Fn(tantivy::TantivyDocument) -> T + Sync,
    mut visit: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<()> {
    use rayon::prelude::*;
    let mut addresses: Vec<tantivy::DocAddress> = searcher
        .search(query, &tantivy::collector::DocSetCollector)?
        .into_iter()
        .collect();
    addresses.sort();
    for chunk in addresses.chunks(1024) {
        let items = chunk
            .par_iter()
            .map(|&address| Ok(read(searcher.doc(address)?)))
            .collect::<Result<Vec<T>>>()?;
        visit(items)?;
    }
    Ok(())
}

/// Every stored document matching `query`, read through `searcher`, in index order.
pub fn stored_docs(
    searcher: &tantivy::Searcher,
    query: &dyn tantivy::query::Query,
) -> Result<Vec<tantivy::TantivyDocument>> {
    let mut addresses: Vec<tantivy::DocAddress> = searcher
        .search(query, &tantivy::collector::DocSetCollector)?
        .into_iter()
        .collect();
    // in index order: neighbours share document-store blocks
    addresses.sort();
    let mut docs = Vec::with_capacity(addresses.len());
    for address in addresses {
        docs.push(searcher.doc(address)?);
    }
    Ok(docs)
}

/// Opens an existing index for reading, with errors that say what to do.
pub fn open(path: &Path) -> Result<IndexHandle> {
    if !path.exists() || (path.is_dir() && !path.join(META_FILE).exists() && only_harmless(path)?) {
        bail!(
            "no index at {}: run `newsidx index DIR` first (or pass --index PATH)",
            path.display()
        );
    }
    if !path.join(META_FILE).exists() {
        bail!("{} is not a newsidx index (it has no {META_FILE}); pass --index with the folder `newsidx index` made", path.display());
    }
    let meta = read_meta(path)?;
    let dir = path.join(TANTIVY_DIR);
    let index = Index::open_in_dir(&dir).map_err(|e| damaged(path, &e.to_string()))?;
    let fields = fields_of(&index.schema())?;
    Ok(IndexHandle {
        path: path.to_path_buf(),
        meta,
        index,
        fields,
        bulk: std::sync::OnceLock::new(),
    })
}

fn damaged(path: &Path, why: &str) -> anyhow::Error {
    anyhow!(
        "the index at {} is damaged or incomplete ({why}); rebuild it with `newsidx index DIR --index {} --rebuild`",
        path.display(),
        path.display()
    )
}

fn read_meta(path: &Path) -> Result<Meta> {
    let text = fs::read_to_string(path.join(META_FILE))
        .with_context(|| format!("cannot read {}", path.join(META_FILE).display()))?;
    let meta: Meta =
        serde_json::from_str(&text).map_err(|e| damaged(path, &format!("{META_FILE}: {e}")))?;
    if meta.format != "newsidx" {
        bail!(
            "{} is not a newsidx index ({META_FILE} says format {:?})",
            path.display(),
            meta.format
        );
    }
    if meta.schema_version < SCHEMA_VERSION {
        bail!(
            "the index at {} was made by an older newsidx (schema {}, this one reads {}); re-index with `newsidx index --index {} --rebuild`",
            path.display(),
            meta.schema_version,
            SCHEMA_VERSION,
            path.display()
        );
    }
    if meta.schema_version > SCHEMA_VERSION {
        bail!("the index at {} was made by a newer newsidx (schema {}); upgrade newsidx or rebuild with --rebuild", path.display(), meta.schema_version);
    }
    Ok(meta)
}

fn only_harmless(path: &Path) -> Result<bool> {
    for entry in
        fs::read_dir(path).with_context(|| format!("cannot read folder {}", path.display()))?
    {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        if !HARMLESS.iter().any(|h| name == *h) && !is_unfinished_own(&name) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// What a first run killed before it wrote its marker file leaves behind: tantivy's folder and
/// temporary files of our own names. Such a folder is taken up again, not refused.
fn is_unfinished_own(name: &str) -> bool {
    name == TANTIVY_DIR
        || name.starts_with("newsidx.tmp")
        || name.starts_with("entities.tmp")
        || name.starts_with("stories.tmp")
        || name.starts_with("story_list.tmp")
}

/// The corpus root an existing index records, if `path` holds one.
pub fn recorded_root(path: &Path) -> Option<PathBuf> {
    read_meta(path).ok().map(|m| PathBuf::from(m.root))
}

/// Bytes of stored documents compressed together. A search reads each hit's block whole, so
/// blocks of 8 KiB instead of tantivy's 16 KiB cut a BBC search's CPU time by ~15%, for a 4%
/// larger index (4 KiB blocks gain no more).
const DOCSTORE_BLOCK_BYTES: usize = 8192;

/// Opens the index at `path` for writing, creating it when the folder is new or empty, and
/// starting over with `rebuild`. A folder that is not an index is refused.
pub fn open_for_write(path: &Path, root: &Path, rebuild: bool) -> Result<(IndexHandle, bool)> {
    check_target(path)?;
    let has_meta = path.join(META_FILE).exists();
    if has_meta && rebuild {
        remove_own_files(path)?;
    }
    let root_text = root.display().to_string();
    if path.join(META_FILE).exists() {
        let handle = open(path)?;
        if handle.meta.root != root_text {
            bail!(
                "the index at {} holds {}; to index {} instead pass --rebuild, or use another --index folder",
                path.display(),
                handle.meta.root,
                root.display()
            );
        }
        return Ok((handle, false));
    }
    // a first run killed before its marker was written left only its own files: start over
    for entry in fs::read_dir(path).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if is_unfinished_own(&name) && name != TANTIVY_DIR {
            let _ = fs::remove_file(entry.path());
        }
    }
    if path.join(TANTIVY_DIR).exists() {
        fs::remove_dir_all(path.join(TANTIVY_DIR))
            .with_context(|| format!("cannot clear the unfinished index in {}", path.display()))?;
    }
    fs::create_dir_all(path.join(TANTIVY_DIR))
        .with_context(|| format!("cannot create index folder {}", path.display()))?;
    let (schema, fields) = build_schema();
    let settings = tantivy::IndexSettings {
        docstore_blocksize: DOCSTORE_BLOCK_BYTES,
        ..Default::default()
    };
    let index = Index::builder()
        .schema(schema)
        .settings(settings)
        .create_in_dir(path.join(TANTIVY_DIR))
        .map_err(|e| damaged(path, &e.to_string()))?;
    let meta = Meta {
        format: "newsidx".into(),
        schema_version: SCHEMA_VERSION,
        newsidx_version: env!("CARGO_PKG_VERSION").into(),
        root: root_text,
        extraction: String::new(),
    };
    write_atomic(
        &path.join(META_FILE),
        serde_json::to_string_pretty(&meta)?.as_bytes(),
    )?;
    Ok((
        IndexHandle {
            path: path.to_path_buf(),
            meta,
            index,
            fields,
            bulk: std::sync::OnceLock::new(),
        },
        true,
    ))
}

/// Refuses a path that is a file, or a folder with files that are not newsidx's.
pub fn check_target(path: &Path) -> Result<()> {
    if path.exists() && !path.is_dir() {
        bail!(
            "{} is a file, not an index folder; pass --index with a folder",
            path.display()
        );
    }
    if path.exists() && !path.join(META_FILE).exists() && !only_harmless(path)? {
        bail!(
            "{} exists and is not a newsidx index; newsidx will not write into it. Pass --index with a new or empty folder",
            path.display()
        );
    }
    Ok(())
}

/// Removes what newsidx made in an index folder, and nothing else.
fn remove_own_files(path: &Path) -> Result<()> {
    let tantivy = path.join(TANTIVY_DIR);
    if tantivy.exists() {
        fs::remove_dir_all(&tantivy)
            .with_context(|| format!("cannot remove {}", tantivy.display()))?;
    }
    for name in [
        META_FILE,
        ENTITIES_FILE,
        LOOKUP_FILE,
        OLD_STORIES_FILE,
        STORY_LIST_FILE,
    ] {
        let file = path.join(name);
        if file.exists() {
            fs::remove_file(&file).with_context(|| format!("cannot remove {}", file.display()))?;
        }
    }
    Ok(())
}

/// Writes a file so that readers see the old or the new content, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| Ok(w.write_all(bytes)?))
}

/// Writes a file through `write` so that readers see the old file or the whole new one. (The
/// buffer is handed over as itself, not as a `dyn Write`: a serializer's many small writes are
/// then copies into it, not calls.)
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<File>) -> Result<()>,
) -> Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let file = File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let written = write(&mut out).and_then(|()| {
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(())
    });
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e.context(format!("cannot write {}", path.display())));
    }
    fs::rename(&tmp, path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

/// Holds the writer lock of an index folder until dropped.
pub struct WriteLock {
    _file: File,
}

/// Takes the writer lock; with `wait` blocks until the other writer ends, else fails at once.
pub fn lock(path: &Path, wait: bool) -> Result<WriteLock> {
    fs::create_dir_all(path)
        .with_context(|| format!("cannot create index folder {}", path.display()))?;
    let lock_path = path.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("cannot open lock file {}", lock_path.display()))?;
    if wait {
        file.lock()
            .with_context(|| format!("cannot lock {}", lock_path.display()))?;
    } else if let Err(e) = file.try_lock() {
        match e {
            std::fs::TryLockError::WouldBlock => bail!(
                "another `newsidx index` is writing to {}; wait for it to finish, or pass --wait to queue behind it",
                path.display()
            ),
            std::fs::TryLockError::Error(e) => return Err(e).with_context(|| format!("cannot lock {}", lock_path.display())),
        }
    }
    Ok(WriteLock { _file: file })
}
