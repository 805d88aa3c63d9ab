//! Stories: articles about the same event (sharing their main names), byte-identical files, and
//! the passages whose specific claims no other source of their story supports. Derived from the
//! committed index after each run.

use super::file_table::FileTable;
use super::schema::{kind, stored_text, stored_u64, term_query, Fields};
use super::IndexHandle;
use crate::extract::claims;
use crate::extract::merge::EntityTable;
use crate::extract::EntityKind;
use anyhow::Result;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use tantivy::columnar::Column;
use tantivy::schema::Value;

/// A passage fingerprint carried by more files than this is boilerplate (a columnist's byline,
/// a standard footer), not a shared story.
const MAX_SHARING_FILES: u32 = 8;

/// Names per article that decide which story it belongs to.
const KEY_ENTITIES: usize = 8;

/// Most articles one story gathers through shared passages and names. Links are taken strongest
/// first and a link that would pass this is dropped: single links chain (A shares a passage with
/// B, B with C, …), and without a bound a corpus of recycled copy becomes one story of thousands.
const MAX_STORY_SOURCES: usize = 50;

/// A passage only one source of its story carries.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SingleSource {
    /// Path relative to the corpus root.
    pub source: String,
    /// 1-based line.
    pub line: u64,
    /// Position of the passage in its article.
    pub ordinal: u64,
    /// The passage.
    pub passage: String,
    /// The claims no other source makes (names, numbers).
    pub claims: Vec<String>,
}

/// Articles about one event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Story {
    /// Number of the story.
    pub story: usize,
    /// The title of its first article.
    pub title: String,
    /// Its articles.
    pub sources: Vec<String>,
    /// Names most of its articles share.
    pub entities: Vec<String>,
    /// Groups of byte-identical files among its sources.
    pub duplicates: Vec<Vec<String>>,
    /// Passages whose specific claims no other source supports.
    pub single_source: Vec<SingleSource>,
}

/// What queries need of the stories, by file number (see [`FileTable`]).
#[derive(Debug, Clone, Default)]
pub struct StoryIndex {
    /// The story of each file (0-based, largest story first), `NO_STORY` when it has none.
    pub story_of: Vec<u32>,
    /// Groups of byte-identical files, each in ascending file order.
    pub duplicate_groups: Vec<Vec<u32>>,
    /// Single-source passages as (file, ordinal).
    pub single_source: Vec<(u32, u64)>,
}

/// `StoryIndex::story_of` of a file in no story.
pub const NO_STORY: u32 = u32::MAX;

struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut y = x;
        while self.parent[y] != root {
            let next = self.parent[y];
            self.parent[y] = root;
            y = next;
        }
        root
    }
    /// Joins the sets of `a` and `b` unless the joined set would hold more than `cap`.
    fn union_within(&mut self, a: usize, b: usize, cap: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb && self.size[ra] + self.size[rb] <= cap {
            let (keep, gone) = (ra.min(rb), ra.max(rb));
            self.parent[gone] = keep;
            self.size[keep] += self.size[gone];
        }
    }
}

/// Lists of numbers laid end to end (one allocation for a million short lists).
#[derive(Default)]
struct Lists {
    ends: Vec<usize>,
    items: Vec<u32>,
}

impl Lists {
    fn push(&mut self, list: impl IntoIterator<Item = u32>) {
        self.items.extend(list);
        self.ends.push(self.items.len());
    }
    fn get(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.items[start..self.ends[i]]
    }
}

/// Groups the files into stories, hands each story to `emit` (largest first, numbered from 1),
/// and returns what queries need of them. Memory follows the number of files (tens of bytes
/// each) and the passages shared between files, never the stories' text: each story is made,
/// emitted and dropped.
pub fn build(
    handle: &IndexHandle,
    files: &FileTable,
    table: &EntityTable,
    mut emit: impl FnMut(Story) -> Result<()>,
) -> Result<StoryIndex> {
    let n = files.len();
    let mut uf = UnionFind::new(n);
    // the passages files share are found beside the grouping by names, which needs none of them
    let (by_names, shared) = rayon::join(
        || {
            let duplicate_groups = duplicates(files, &mut uf);
            let (keys, names) = key_entities(files, table);
            let telling = telling_names(&keys, names.len());
            let links = name_links(&keys, &telling);
            (duplicate_groups, keys, names, telling, links)
        },
        || shared_passages(handle, files),
    );
    let (duplicate_groups, keys, names, telling, mut links) = by_names;
    for (a, b, same_text) in shared? {
        links.extend(link(&keys, &telling, a as usize, b as usize, same_text));
    }
    drop(telling);
    links.sort_unstable_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    links.dedup();
    for &(_, _, a, b) in &links {
        uf.union_within(a as usize, b as usize, MAX_STORY_SOURCES);
    }
    drop(links);
    let mut duplicate_group_of: HashMap<u32, usize> = HashMap::new();
    for (g, group) in duplicate_groups.iter().enumerate() {
        for &i in group {
            duplicate_group_of.insert(i, g);
        }
    }

    // stories of two or more files, largest first, then in source order
    let mut by_root: Vec<(u32, u32)> = (0..n).map(|i| (uf.find(i) as u32, i as u32)).collect();
    drop(uf);
    by_root.sort_unstable();
    let mut groups: Vec<Vec<u32>> = by_root
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() >= 2)
        .map(|run| run.iter().map(|&(_, i)| i).collect())
        .collect();
    drop(by_root);
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));

    let reader = handle.bulk_reader()?;
    let searcher = reader.searcher();
    let docs = FileDocs::new(&searcher, handle.fields)?;
    let story_of_group = |group: &Vec<u32>| -> Result<Story> {
        let group: Vec<usize> = group.iter().map(|&i| i as usize).collect();
        let sources: Vec<String> = group.iter().map(|&i| files.source(i).to_string()).collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for &i in &group {
            for &e in keys.get(i) {
                *counts.entry(names[e as usize].as_str()).or_default() += 1;
            }
        }
        let mut common: Vec<(&str, usize)> = counts
            .into_iter()
            .filter(|(_, c)| *c * 2 >= group.len())
            .collect();
        common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut seen: HashSet<usize> = HashSet::new();
        let mut dups: Vec<Vec<String>> = Vec::new();
        for &i in &group {
            if let Some(&g) = duplicate_group_of.get(&(i as u32)) {
                if seen.insert(g) {
                    let mut sources: Vec<String> = duplicate_groups[g]
                        .iter()
                        .map(|&j| files.source(j as usize).to_string())
                        .collect();
                    sources.sort();
                    dups.push(sources);
                }
            }
        }
        let distinct_contents: HashSet<u128> =
            group.iter().map(|&i| files.fingerprint(i)).collect();
        let single_source = if distinct_contents.len() >= 2 {
            single_source_passages(&docs, files, &group, table)?
        } else {
            Vec::new()
        };
        Ok(Story {
            story: 0,
            title: docs.title(files.source(group[0]))?,
            sources,
            entities: common
                .into_iter()
                .take(10)
                .map(|(e, _)| e.to_string())
                .collect(),
            duplicates: dups,
            single_source,
        })
    };
    let mut index = StoryIndex {
        story_of: vec![NO_STORY; n],
        duplicate_groups: Vec::new(),
        single_source: Vec::new(),
    };
    // a chunk of stories at a time, made in parallel, so only a chunk's passages are held
    const STORIES_AT_ONCE: usize = 256;
    for (c, chunk) in groups.chunks(STORIES_AT_ONCE).enumerate() {
        let stories: Vec<Story> = chunk
            .par_iter()
            .map(story_of_group)
            .collect::<Result<_>>()?;
        for (k, (mut story, group)) in stories.into_iter().zip(chunk).enumerate() {
            let number = c * STORIES_AT_ONCE + k;
            story.story = number + 1;
            for &i in group {
                index.story_of[i as usize] = number as u32;
            }
            for p in &story.single_source {
                if let Some(i) = files.position(&p.source) {
                    index.single_source.push((i as u32, p.ordinal));
                }
            }
            emit(story)?;
        }
    }
    index.duplicate_groups = duplicate_groups;
    Ok(index)
}

/// Groups of byte-identical files, each in ascending file order, joined in `uf`.
fn duplicates(files: &FileTable, uf: &mut UnionFind) -> Vec<Vec<u32>> {
    let mut by_content: Vec<u32> = (0..files.len() as u32).collect();
    by_content.sort_by_key(|&i| (files.fingerprint(i as usize), i));
    let mut duplicate_groups: Vec<Vec<u32>> = Vec::new();
    for run in
        by_content.chunk_by(|&a, &b| files.fingerprint(a as usize) == files.fingerprint(b as usize))
    {
        if run.len() > 1 {
            for &i in run {
                uf.union_within(run[0] as usize, i as usize, usize::MAX);
            }
            duplicate_groups.push(run.to_vec());
        }
    }
    duplicate_groups
}

/// Each file's telling names, rarest first: its main names (`keys`, numbered below `names`)
/// without those shared by too many articles to say anything of a story.
fn telling_names(keys: &Lists, names: usize) -> Lists {
    let n = keys.ends.len();
    let mut df = vec![0u32; names];
    for &e in &keys.items {
        df[e as usize] += 1;
    }
    let max_df = (n / 50).clamp(20, 100) as u32;
    let mut telling = Lists::default();
    for i in 0..n {
        let mut t: Vec<u32> = keys
            .get(i)
            .iter()
            .copied()
            .filter(|&e| df[e as usize] <= max_df)
            .collect();
        t.sort_by_key(|&e| (df[e as usize], e));
        telling.push(t);
    }
    telling
}

/// A link between two articles, as (shared passages, shared names, a, b), if they tell one
/// story: the same passages, or most of the same main names.
fn link(
    keys: &Lists,
    telling: &Lists,
    a: usize,
    b: usize,
    same_text: u32,
) -> Option<(u32, u32, u32, u32)> {
    let (ta, tb) = (telling.get(a), telling.get(b));
    let count = ta.iter().filter(|e| tb.contains(e)).count();
    let union = keys.get(a).len() + keys.get(b).len() - count;
    let one_story =
        same_text >= 2 || (same_text >= 1 && count >= 4) || (count >= 6 && count * 5 >= union * 3);
    one_story.then_some((same_text, count as u32, a.min(b) as u32, a.max(b) as u32))
}

/// The links between articles that share most of their main names. Two articles sharing six
/// telling names share one of the first len-5 (rarest) of each: only those are listed (prefix
/// filtering), and each candidate pair is checked in full, so no table of all pairs is ever
/// held.
fn name_links(keys: &Lists, telling: &Lists) -> Vec<(u32, u32, u32, u32)> {
    let mut prefix_postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for i in 0..telling.ends.len() {
        let t = telling.get(i);
        if t.len() >= 6 {
            for &e in &t[..t.len() - 5] {
                prefix_postings.entry(e).or_default().push(i as u32);
            }
        }
    }
    let mut links = Vec::new();
    for list in prefix_postings.values() {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                links.extend(link(keys, telling, a as usize, b as usize, 0));
            }
        }
    }
    links
}

/// Reads the stored documents of one file at a time.
struct FileDocs<'a> {
    searcher: &'a tantivy::Searcher,
    fields: Fields,
    /// Each segment's `line` column, opened once: of a file's documents, only its file document
    /// has no line.
    lines: Vec<Column<u64>>,
    /// Each segment's passage documents, found once from the postings of their kind: a file's
    /// quotes are then left unread when its passages are wanted.
    passages: Vec<tantivy::BitSet>,
}

impl<'a> FileDocs<'a> {
    fn new(searcher: &'a tantivy::Searcher, fields: Fields) -> Result<FileDocs<'a>> {
        let lines = searcher
            .segment_readers()
            .iter()
            .map(|segment| segment.fast_fields().u64("line"))
            .collect::<tantivy::Result<_>>()?;
        let mut passages: Vec<tantivy::BitSet> = searcher
            .segment_readers()
            .iter()
            .map(|segment| tantivy::BitSet::with_max_value(segment.max_doc()))
            .collect();
        let passage_docs = searcher.search(
            &*term_query(fields.kind, kind::PASSAGE),
            &tantivy::collector::DocSetCollector,
        )?;
        for address in passage_docs {
            if let Some(docs) = passages.get_mut(address.segment_ord as usize) {
                if address.doc_id < docs.max_value() {
                    docs.insert(address.doc_id);
                }
            }
        }
        Ok(FileDocs {
            searcher,
            fields,
            lines,
            passages,
        })
    }

    /// Whether the document at `address` may be of kind `wanted`, as far as is known without
    /// reading it.
    fn may_be(&self, address: tantivy::DocAddress, wanted: &str) -> bool {
        if wanted != kind::PASSAGE {
            return true;
        }
        self.passages
            .get(address.segment_ord as usize)
            .is_none_or(|docs| address.doc_id >= docs.max_value() || docs.contains(address.doc_id))
    }

    /// The title stored with a file.
    fn title(&self, source: &str) -> Result<String> {
        Ok(self
            .of_kind(source, kind::FILE)?
            .first()
            .and_then(|doc| stored_text(doc, self.fields.title))
            .unwrap_or_default())
    }

    /// The stored documents of one kind from one file. Found by the file's term alone, the
    /// kind read from each document: the postings of a kind span the whole index, and the bulk
    /// reader would read them in full for every file. A file document is told from the file's
    /// passages and quotes by its having no line before any is read: it alone is read for
    /// [`kind::FILE`], and it is left unread for the others (it lies in another part of the
    /// store than the file's passages and quotes); for [`kind::PASSAGE`], the quotes are told
    /// by the passage documents found once (see [`FileDocs::passages`]) and left unread too.
    fn of_kind(&self, source: &str, wanted: &str) -> Result<Vec<tantivy::TantivyDocument>> {
        let f = self.fields;
        let with_line = wanted != kind::FILE;
        let mut addresses: Vec<tantivy::DocAddress> = self
            .searcher
            .search(
                &*term_query(f.source, source),
                &tantivy::collector::DocSetCollector,
            )?
            .into_iter()
            .filter(|a| {
                let lines = &self.lines[a.segment_ord as usize];
                lines.first(a.doc_id).is_some() == with_line && self.may_be(*a, wanted)
            })
            .collect();
        // in index order: neighbours share document-store blocks
        addresses.sort_unstable();
        let mut docs = Vec::with_capacity(addresses.len());
        for address in addresses {
            let doc: tantivy::TantivyDocument = self.searcher.doc(address)?;
            if doc.get_first(f.kind).and_then(|v| v.as_str()) == Some(wanted) {
                docs.push(doc);
            }
        }
        Ok(docs)
    }
}

/// A source term that names no file of the file table.
const NO_FILE: u32 = u32::MAX;

/// Band keys gathered per pass over the band columns (16 bytes each): this bounds the memory of
/// finding shared passages whatever the size of the corpus.
const BAND_ENTRIES_PER_PASS: usize = 1 << 22;

/// Pairs of files `(a, b, n)` with `a < b` whose `n` passages (n ≥ 1) share a fingerprint band
/// carried by at most `MAX_SHARING_FILES` passages. Band keys are spread over passes by their
/// value, so a pass holds about `BAND_ENTRIES_PER_PASS` of them: each pass reads the band
/// columns one segment at a time, keeps the keys that fall in it with their file and passage,
/// and sorts them so that the passages of each key lie together. The passage pairs found are
/// kept, compacted as they grow.
fn shared_passages(handle: &IndexHandle, files: &FileTable) -> Result<Vec<(u32, u32, u32)>> {
    let reader = handle.bulk_reader()?;
    let searcher = reader.searcher();
    let segments = searcher.segment_readers();
    let mut total = 0usize;
    // each segment's source terms as file numbers, looked up once for every pass
    let mut files_of_terms = Vec::with_capacity(segments.len());
    for segment in segments {
        let fast = segment.fast_fields();
        if let Some(bands) = fast.column_opt::<u64>("bands")? {
            total += bands.values.num_vals() as usize;
        }
        let mut file_of_term = Vec::new();
        if let Some(sources) = fast.str("source")? {
            let mut terms = sources.dictionary().stream()?;
            while terms.advance() {
                let name = std::str::from_utf8(terms.key()).unwrap_or_default();
                file_of_term.push(files.position(name).map_or(NO_FILE, |i| i as u32));
            }
        }
        files_of_terms.push(file_of_term);
    }
    let passes = total.div_ceil(BAND_ENTRIES_PER_PASS).max(1) as u64;
    let mut pairs: Vec<(u32, u32, u32, u32)> = Vec::new();
    let mut compacted = 0;
    let mut entries: Vec<(u64, u32, u32)> = Vec::new();
    for pass in 0..passes {
        entries.clear();
        for (segment, file_of_term) in segments.iter().zip(&files_of_terms) {
            gather_bands(segment, file_of_term, passes, pass, &mut entries)?;
            if entries.len() >= 2 * BAND_ENTRIES_PER_PASS {
                cap_band_runs(&mut entries);
            }
        }
        entries.par_sort_unstable();
        for run in entries.chunk_by(|a, b| a.0 == b.0) {
            if !(2..=MAX_SHARING_FILES as usize).contains(&run.len()) {
                continue;
            }
            for (x, a) in run.iter().enumerate() {
                for b in &run[x + 1..] {
                    if a.1 != b.1 {
                        let ((fa, pa), (fb, pb)) =
                            ((a.1, a.2).min((b.1, b.2)), (a.1, a.2).max((b.1, b.2)));
                        pairs.push((fa, fb, pa, pb));
                    }
                }
            }
            // a pair of passages shares several bands: drop repeats as they pile up
            if pairs.len() >= 2 * compacted + (1 << 20) {
                pairs.par_sort_unstable();
                pairs.dedup();
                compacted = pairs.len();
            }
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    Ok(pairs
        .chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .map(|run| (run[0].0, run[0].1, run.len() as u32))
        .collect())
}

/// Adds `(band key, file, passage ordinal)` for each band key of a segment's live passages
/// whose value falls in pass `pass` of `passes`; `file_of_term` gives the file number of each of
/// the segment's source terms.
fn gather_bands(
    segment: &tantivy::SegmentReader,
    file_of_term: &[u32],
    passes: u64,
    pass: u64,
    entries: &mut Vec<(u64, u32, u32)>,
) -> Result<()> {
    let fast = segment.fast_fields();
    let (Some(bands), Some(sources)) = (fast.column_opt::<u64>("bands")?, fast.str("source")?)
    else {
        return Ok(());
    };
    let ordinals = fast.u64("ordinal")?;
    let alive = segment.alive_bitset();
    for doc in 0..segment.max_doc() {
        let mut keys = bands.values_for_doc(doc).filter(|key| key % passes == pass);
        let Some(first) = keys.next() else {
            continue;
        };
        if alive.is_some_and(|a| !a.is_alive(doc)) {
            continue;
        }
        let file = sources
            .term_ords(doc)
            .next()
            .and_then(|ord| file_of_term.get(ord as usize).copied())
            .unwrap_or(NO_FILE);
        if file == NO_FILE {
            continue;
        }
        let ordinal = u32::try_from(ordinals.first(doc).unwrap_or(0)).unwrap_or(u32::MAX);
        entries.push((first, file, ordinal));
        entries.extend(keys.map(|key| (key, file, ordinal)));
    }
    Ok(())
}

/// Sorts the gathered band entries and cuts every key's run to `MAX_SHARING_FILES + 1`: a key
/// carried by more passages than that is dropped either way, so the outcome is the same and a
/// footer repeated in every article cannot fill memory.
fn cap_band_runs(entries: &mut Vec<(u64, u32, u32)>) {
    entries.par_sort_unstable();
    let keep = MAX_SHARING_FILES as usize + 1;
    let mut run_start = 0;
    let mut write = 0;
    for read in 0..entries.len() {
        if entries[read].0 != entries[run_start].0 {
            run_start = read;
        }
        if read - run_start < keep {
            entries[write] = entries[read];
            write += 1;
        }
    }
    entries.truncate(write);
}

/// Each file's main names (canonical, the `KEY_ENTITIES` most mentioned), numbered, with the
/// names by number.
fn key_entities(files: &FileTable, table: &EntityTable) -> (Lists, Vec<String>) {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut keys = Lists::default();
    for i in 0..files.len() {
        let mut ents: Vec<(&str, u32)> = files
            .names(i)
            .iter()
            .map(|&(id, mentions)| (table.canonical(files.name(id)), mentions))
            .collect();
        ents.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut key: Vec<u32> = ents
            .into_iter()
            .take(KEY_ENTITIES)
            .map(|(name, _)| {
                *ids.entry(name).or_insert_with(|| {
                    names.push(name.to_string());
                    (names.len() - 1) as u32
                })
            })
            .collect();
        key.sort_unstable();
        key.dedup();
        keys.push(key);
    }
    (keys, names)
}

struct PassageClaims {
    source: String,
    content: u128,
    line: u64,
    ordinal: u64,
    text: String,
    /// The passage's claims by number (see [`ClaimNumbers`]), ascending, each once.
    claims: Vec<u32>,
}

/// The claims of one story's passages, numbered as they are met, so that they are counted and
/// compared as numbers; each entity name is looked up in the corpus table once per story.
struct ClaimNumbers<'t> {
    table: &'t EntityTable,
    numbers: FxHashMap<String, u32>,
    claims: Vec<String>,
    /// Each entity name met, with the number of its claim (none when it makes no claim).
    of_name: FxHashMap<String, Option<u32>>,
}

impl<'t> ClaimNumbers<'t> {
    fn new(table: &'t EntityTable) -> ClaimNumbers<'t> {
        ClaimNumbers {
            table,
            numbers: FxHashMap::default(),
            claims: Vec::new(),
            of_name: FxHashMap::default(),
        }
    }

    /// The number of a claim.
    fn number(&mut self, claim: String) -> u32 {
        if let Some(&n) = self.numbers.get(&claim) {
            return n;
        }
        let n = self.claims.len() as u32;
        self.claims.push(claim.clone());
        self.numbers.insert(claim, n);
        n
    }

    /// The number of the claim an entity name makes: its canonical name when its kind is known
    /// ("The Path Forward" is a heading, not a claim).
    fn of_entity(&mut self, name: &str) -> Option<u32> {
        if let Some(&known) = self.of_name.get(name) {
            return known;
        }
        let canonical = self
            .table
            .lookup(name)
            .filter(|e| e.kind != EntityKind::Other)
            .map(|e| e.name.clone());
        let known = canonical.map(|claim| self.number(claim));
        self.of_name.insert(name.to_string(), known);
        known
    }

    /// The text of a claim.
    fn text(&self, n: u32) -> &str {
        &self.claims[n as usize]
    }
}

/// Passages of a story whose specific claims (names and numbers the story does not share
/// throughout) stand in no other source of the story.
fn single_source_passages(
    docs: &FileDocs,
    files: &FileTable,
    group: &[usize],
    table: &EntityTable,
) -> Result<Vec<SingleSource>> {
    let f = docs.fields;
    let mut numbered = ClaimNumbers::new(table);
    let mut passages: Vec<PassageClaims> = Vec::new();
    for &i in group {
        for doc in docs.of_kind(files.source(i), kind::PASSAGE)? {
            let text = stored_text(&doc, f.text).unwrap_or_default();
            let mut claims: Vec<u32> = claims::numbers_in(&text)
                .map(|n| numbered.number(n))
                .collect();
            for v in doc.get_all(f.entities) {
                if let Some(n) = v.as_str().and_then(|name| numbered.of_entity(name)) {
                    claims.push(n);
                }
            }
            claims.sort_unstable();
            claims.dedup();
            passages.push(PassageClaims {
                source: files.source(i).to_string(),
                content: files.fingerprint(i),
                line: stored_u64(&doc, f.line),
                ordinal: stored_u64(&doc, f.ordinal),
                text,
                claims,
            });
        }
    }
    // how many distinct contents make each claim
    let mut made: Vec<(u128, u32)> = passages
        .iter()
        .flat_map(|p| p.claims.iter().map(|&c| (p.content, c)))
        .collect();
    made.sort_unstable();
    made.dedup();
    let mut spread = vec![0usize; numbered.claims.len()];
    for &(_, c) in &made {
        spread[c as usize] += 1;
    }
    drop(made);
    let contents = passages
        .iter()
        .map(|p| p.content)
        .collect::<HashSet<u128>>()
        .len();
    let mut out = Vec::new();
    for p in passages {
        // names the whole story shares are its subject, not a claim of this passage
        let specific: Vec<u32> = p
            .claims
            .iter()
            .copied()
            .filter(|&c| spread[c as usize] * 2 <= contents || spread[c as usize] == 1)
            .collect();
        if specific.is_empty() || specific.iter().any(|&c| spread[c as usize] > 1) {
            continue;
        }
        let mut claims: Vec<String> = specific
            .into_iter()
            .map(|c| numbered.text(c).to_string())
            .collect();
        claims.sort();
        out.push(SingleSource {
            source: p.source,
            line: p.line,
            ordinal: p.ordinal,
            passage: p.text,
            claims,
        });
    }
    out.sort_by(|a, b| {
        (a.source.as_str(), a.line, a.ordinal).cmp(&(b.source.as_str(), b.line, b.ordinal))
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_runs_are_cut_past_the_sharing_limit_and_short_runs_kept() {
        let keep = MAX_SHARING_FILES as usize + 1;
        let mut entries: Vec<(u64, u32, u32)> = (0..20).map(|i| (7, i, 0)).collect();
        entries.extend([(3, 1, 2), (3, 0, 1), (9, 4, 4)]);
        cap_band_runs(&mut entries);
        assert_eq!(entries[..2], [(3, 0, 1), (3, 1, 2)]);
        assert_eq!(entries.iter().filter(|e| e.0 == 7).count(), keep);
        assert_eq!(entries.last(), Some(&(9, 4, 4)));
        assert_eq!(entries.len(), 2 + keep + 1);
    }

    #[test]
    fn a_chain_of_links_stops_at_the_cap() {
        // 0-1, 1-2, 2-3, … : single links would make one set of ten
        let mut uf = UnionFind::new(10);
        for i in 0..9 {
            uf.union_within(i, i + 1, 4);
        }
        let mut sizes: std::collections::BTreeMap<usize, usize> = Default::default();
        for i in 0..10 {
            *sizes.entry(uf.find(i)).or_default() += 1;
        }
        assert!(sizes.values().all(|&n| n <= 4));
        assert_eq!(uf.find(0), uf.find(3));
        assert_ne!(uf.find(3), uf.find(4));
    }
}
