//! Stories: articles about the same event (sharing their main names), byte-identical files, and
//! the passages whose specific claims no other source of their story supports. Derived from the
//! committed index after each run.

use super::derived::FileInfo;
use super::schema::{kind, stored_text, stored_u64, term_query};
use super::store::stored_docs;
use super::IndexHandle;
use crate::extract::claims;
use crate::extract::merge::EntityTable;
use crate::extract::EntityKind;
use anyhow::Result;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use tantivy::query::{BooleanQuery, Occur};
use tantivy::schema::{IndexRecordOption, Value};

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

/// Every story of the corpus with two or more articles.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StoryTable {
    /// Stories, largest first (kept in a file of their own).
    #[serde(skip)]
    pub stories: Vec<Story>,
    /// Source to the index of its story.
    pub story_of: HashMap<String, usize>,
    /// Source to the other files with the same bytes.
    pub duplicates: HashMap<String, Vec<String>>,
    /// `source#ordinal` of single-source passages.
    pub single_source: HashSet<String>,
}

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

/// Builds the story table from the files' summaries (`file_infos`) and the passages of
/// multi-source stories.
pub fn build(handle: &IndexHandle, files: &[FileInfo], table: &EntityTable) -> Result<StoryTable> {
    let n = files.len();
    let mut uf = UnionFind::new(n);

    // byte-identical files
    let mut by_hash: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in files.iter().enumerate() {
        by_hash.entry(f.hash.as_str()).or_default().push(i);
    }
    let mut duplicates: HashMap<String, Vec<String>> = HashMap::new();
    for group in by_hash.values().filter(|g| g.len() > 1) {
        for &i in group {
            uf.union_within(group[0], i, usize::MAX);
            let others = group
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| files[j].source.clone())
                .collect();
            duplicates.insert(files[i].source.clone(), others);
        }
    }

    // articles sharing most of their main names tell one story; names are numbered
    let mut name_ids: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut keys: Vec<Vec<u32>> = Vec::with_capacity(n);
    for f in files {
        let mut k = Vec::new();
        for name in key_entities(f, table) {
            let id = *name_ids.entry(name.clone()).or_insert_with(|| {
                names.push(name);
                (names.len() - 1) as u32
            });
            k.push(id);
        }
        keys.push(k);
    }
    drop(name_ids);
    let mut df = vec![0u32; names.len()];
    for &e in keys.iter().flatten() {
        df[e as usize] += 1;
    }
    // names shared by too many articles say nothing of a story; the others, rarest first
    let max_df = (n / 50).clamp(20, 100) as u32;
    let telling: Vec<Vec<u32>> = keys
        .iter()
        .map(|k| {
            let mut t: Vec<u32> = k
                .iter()
                .copied()
                .filter(|&e| df[e as usize] <= max_df)
                .collect();
            t.sort_by_key(|&e| (df[e as usize], e));
            t
        })
        .collect();
    // a link between two articles, as (shared passages, shared names, a, b), if they tell one story
    let link = |a: usize, b: usize, same_text: usize| {
        let count = telling[a].iter().filter(|e| telling[b].contains(e)).count();
        let union = keys[a].len() + keys[b].len() - count;
        // the same passages, or most of the same main names
        let one_story = same_text >= 2
            || (same_text >= 1 && count >= 4)
            || (count >= 6 && count * 5 >= union * 3);
        one_story.then_some((same_text, count, a.min(b), a.max(b)))
    };
    let mut links = Vec::new();
    // two articles sharing six telling names share one of the first len-5 (rarest) of each:
    // only those are listed (prefix filtering), and each candidate pair is checked in full, so
    // no table of all pairs is ever held
    let mut prefix_postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, t) in telling.iter().enumerate() {
        if t.len() >= 6 {
            for &e in &t[..t.len() - 5] {
                prefix_postings.entry(e).or_default().push(i);
            }
        }
    }
    for list in prefix_postings.values() {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                links.extend(link(a, b, 0));
            }
        }
    }
    drop(prefix_postings);
    let index_of: HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.source.as_str(), i))
        .collect();
    for ((a, b), same_text) in shared_passages(handle, &index_of)? {
        links.extend(link(a, b, same_text));
    }
    links.sort_unstable_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    links.dedup();
    for (_, _, a, b) in links {
        uf.union_within(a, b, MAX_STORY_SOURCES);
    }

    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let root = uf.find(i);
        members.entry(root).or_default().push(i);
    }
    let reader = handle.reader()?;
    let searcher = reader.searcher();
    let groups: Vec<&Vec<usize>> = members.values().filter(|g| g.len() >= 2).collect();
    let story_of_group = |group: &&Vec<usize>| -> Result<Story> {
        let group: &[usize] = group;
        let sources: Vec<String> = group.iter().map(|&i| files[i].source.clone()).collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for &i in group {
            for &e in &keys[i] {
                *counts.entry(names[e as usize].as_str()).or_default() += 1;
            }
        }
        let mut common: Vec<(&str, usize)> = counts
            .into_iter()
            .filter(|(_, c)| *c * 2 >= group.len())
            .collect();
        common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let dups: Vec<Vec<String>> = {
            let mut seen: HashSet<&str> = HashSet::new();
            let mut out = Vec::new();
            for &i in group {
                if let Some(others) = duplicates.get(&files[i].source) {
                    if seen.insert(files[i].hash.as_str()) {
                        let mut g = vec![files[i].source.clone()];
                        g.extend(others.iter().cloned());
                        g.sort();
                        out.push(g);
                    }
                }
            }
            out
        };
        let distinct_contents: HashSet<&str> =
            group.iter().map(|&i| files[i].hash.as_str()).collect();
        let single_source = if distinct_contents.len() >= 2 {
            single_source_passages(&searcher, handle, files, group, table)?
        } else {
            Vec::new()
        };
        Ok(Story {
            story: 0,
            title: files[group[0]].title.clone(),
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
    let mut stories: Vec<Story> = groups
        .par_iter()
        .map(story_of_group)
        .collect::<Result<_>>()?;
    stories.sort_by(|a, b| {
        b.sources
            .len()
            .cmp(&a.sources.len())
            .then(a.sources.cmp(&b.sources))
    });
    let mut story_of = HashMap::new();
    let mut single = HashSet::new();
    for (i, s) in stories.iter_mut().enumerate() {
        s.story = i + 1;
        for src in &s.sources {
            story_of.insert(src.clone(), i);
        }
        for p in &s.single_source {
            single.insert(format!("{}#{}", p.source, p.ordinal));
        }
    }
    Ok(StoryTable {
        stories,
        story_of,
        duplicates,
        single_source: single,
    })
}

/// Pairs of files (by index, smaller first) with the number of near-identical passages they
/// share, found through the passages' MinHash band keys. Keys that many files share are
/// boilerplate and are passed over.
fn shared_passages(
    handle: &IndexHandle,
    index_of: &HashMap<&str, usize>,
) -> Result<HashMap<(usize, usize), usize>> {
    let reader = handle.reader()?;
    let searcher = reader.searcher();
    let f = handle.fields;
    // with several segments a key's count is the sum over them: count first, then collect
    let key_hash = |key: &[u8]| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        key.hash(&mut h);
        h.finish()
    };
    let totals: Option<HashMap<u64, u32>> = if searcher.segment_readers().len() > 1 {
        let mut totals: HashMap<u64, u32> = HashMap::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(f.bands)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                *totals.entry(key_hash(stream.key())).or_default() += stream.value().doc_freq;
            }
        }
        Some(totals)
    } else {
        None
    };
    // band key → (file, passage ordinal) of the passages carrying it; a document's file and
    // ordinal come from fast fields, never from the stored document
    let mut buckets: HashMap<Vec<u8>, Vec<(usize, u64)>> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(f.bands)?;
        let alive = segment.alive_bitset();
        let fast = segment.fast_fields();
        let ordinals = fast.u64("ordinal")?;
        let Some(sources) = fast.str("source")? else {
            continue;
        };
        // the segment's source dictionary, term by term, to file numbers
        let mut file_of_term: Vec<Option<usize>> = Vec::with_capacity(sources.num_terms());
        let mut terms = sources.dictionary().stream()?;
        while terms.advance() {
            let name = std::str::from_utf8(terms.key()).unwrap_or_default();
            file_of_term.push(index_of.get(name).copied());
        }
        let mut stream = inverted.terms().stream()?;
        while stream.advance() {
            let info = stream.value().clone();
            let total = totals
                .as_ref()
                .and_then(|t| t.get(&key_hash(stream.key())).copied())
                .unwrap_or(info.doc_freq);
            if !(2..=MAX_SHARING_FILES).contains(&total) {
                continue;
            }
            let mut postings =
                inverted.read_postings_from_terminfo(&info, IndexRecordOption::Basic)?;
            let bucket = buckets.entry(stream.key().to_vec()).or_default();
            let mut doc = tantivy::DocSet::doc(&postings);
            while doc != tantivy::TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    let file = sources
                        .term_ords(doc)
                        .next()
                        .and_then(|ord| file_of_term.get(ord as usize).copied().flatten());
                    if let Some(i) = file {
                        bucket.push((i, ordinals.first(doc).unwrap_or(0)));
                    }
                }
                doc = tantivy::DocSet::advance(&mut postings);
            }
        }
    }
    // a pair of passages counts once however many bands they share
    let mut passage_pairs: HashSet<((usize, u64), (usize, u64))> = HashSet::new();
    for bucket in buckets
        .values()
        .filter(|b| b.len() >= 2 && b.len() <= MAX_SHARING_FILES as usize)
    {
        for (x, &a) in bucket.iter().enumerate() {
            for &b in &bucket[x + 1..] {
                if a.0 != b.0 {
                    passage_pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    let mut out: HashMap<(usize, usize), usize> = HashMap::new();
    for (a, b) in passage_pairs {
        *out.entry((a.0, b.0)).or_default() += 1;
    }
    Ok(out)
}

fn key_entities(f: &FileInfo, table: &EntityTable) -> HashSet<String> {
    let mut ents: Vec<(&str, usize)> = f
        .names
        .iter()
        .map(|(name, mentions)| (table.canonical(name), *mentions))
        .collect();
    ents.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ents.into_iter()
        .take(KEY_ENTITIES)
        .map(|(e, _)| e.to_string())
        .collect()
}

struct PassageClaims {
    source: String,
    hash: String,
    line: u64,
    ordinal: u64,
    text: String,
    claims: HashSet<String>,
}

/// Passages of a story whose specific claims (names and numbers the story does not share
/// throughout) stand in no other source of the story.
fn single_source_passages(
    searcher: &tantivy::Searcher,
    handle: &IndexHandle,
    files: &[FileInfo],
    group: &[usize],
    table: &EntityTable,
) -> Result<Vec<SingleSource>> {
    let f = handle.fields;
    let mut passages: Vec<PassageClaims> = Vec::new();
    for &i in group {
        let query = BooleanQuery::new(vec![
            (Occur::Must, term_query(f.source, &files[i].source)),
            (Occur::Must, term_query(f.kind, kind::PASSAGE)),
        ]);
        for doc in stored_docs(searcher, &query)? {
            let text = stored_text(&doc, f.text).unwrap_or_default();
            let mut claims: HashSet<String> = claims::numbers(&text);
            for v in doc.get_all(f.entities) {
                // names of known kind; "The Path Forward" is a heading, not a claim
                let known = v
                    .as_str()
                    .and_then(|name| table.lookup(name))
                    .filter(|e| e.kind != EntityKind::Other);
                if let Some(e) = known {
                    claims.insert(e.name.clone());
                }
            }
            passages.push(PassageClaims {
                source: files[i].source.clone(),
                hash: files[i].hash.clone(),
                line: stored_u64(&doc, f.line),
                ordinal: stored_u64(&doc, f.ordinal),
                text,
                claims,
            });
        }
    }
    // claims of each distinct content, and how many contents make each claim
    let mut by_content: HashMap<&str, HashSet<&str>> = HashMap::new();
    for p in &passages {
        by_content
            .entry(p.hash.as_str())
            .or_default()
            .extend(p.claims.iter().map(String::as_str));
    }
    let contents = by_content.len();
    let mut spread: HashMap<&str, usize> = HashMap::new();
    for claims in by_content.values() {
        for c in claims {
            *spread.entry(c).or_default() += 1;
        }
    }
    let mut out = Vec::new();
    for p in &passages {
        // names the whole story shares are its subject, not a claim of this passage
        let specific: Vec<&String> = p
            .claims
            .iter()
            .filter(|c| spread[String::as_str(c)] * 2 <= contents || spread[String::as_str(c)] == 1)
            .collect();
        if specific.is_empty() || specific.iter().any(|c| spread[String::as_str(c)] > 1) {
            continue;
        }
        let mut claims: Vec<String> = specific.into_iter().cloned().collect();
        claims.sort();
        out.push(SingleSource {
            source: p.source.clone(),
            line: p.line,
            ordinal: p.ordinal,
            passage: p.text.clone(),
            claims,
        });
    }
    out.sort_by(|a, b| a.source.cmp(&b.source).then(a.line.cmp(&b.line)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_of_links_stops_at_the_cap() {
        // 0-1, 1-2, 2-3, … : single links would make one set of ten
        let mut uf = UnionFind::new(10);
        for i in 0..9 {
            uf.union_within(i, i + 1, 4);
        }
        let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
        for i in 0..10 {
            *sizes.entry(uf.find(i)).or_default() += 1;
        }
        assert!(sizes.values().all(|&n| n <= 4));
        assert_eq!(uf.find(0), uf.find(3));
        assert_ne!(uf.find(3), uf.find(4));
    }
}
