//! Planning and running a search: tantivy queries from a parsed query, ranking (direct quotes
//! above reported speech, named speakers above anonymous ones), and hits ready to render.

use super::intent::{self, Intent, ParsedQuery};
use crate::extract::EntityKind;
use crate::index::derived::SearchTables;
use crate::index::{kind, stored_text, term_query, Fields, IndexHandle};
use anyhow::{anyhow, bail, Result};
use regex::Regex;
use serde::Serialize;
use std::ops::Range;
use std::sync::LazyLock;
use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue, SortByString};
use tantivy::collector::TopDocs;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RegexQuery};
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument};

/// How to search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Most hits to return.
    pub limit: usize,
    /// Collapse passages and quotes told alike by several sources into one hit.
    pub group: bool,
}

/// A place a hit's words also stand.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SourceLine {
    /// Path relative to the corpus root.
    pub source: String,
    /// 1-based line.
    pub line: u64,
    /// The file is byte-identical to another source listed with it.
    pub duplicate: bool,
}

/// One ranked answer.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Path relative to the corpus root.
    pub source: String,
    /// 1-based line of the passage or quote.
    pub line: u64,
    /// Rank score (higher is better).
    pub score: f32,
    /// The article's title.
    pub title: String,
    /// The passage text.
    pub passage: String,
    /// passage, quote or reported.
    pub kind: String,
    /// Canonical name of the speaker, for quotes.
    pub speaker: Option<String>,
    /// The quoted or reported words.
    pub quote: Option<String>,
    /// How the text calls an unnamed speaker.
    pub description: Option<String>,
    /// Canonical names of the entities mentioned.
    pub entities: Vec<String>,
    /// A short fragment of the passage around the matched words.
    pub snippet: String,
    /// Byte ranges of matched words in `snippet`.
    #[serde(skip)]
    pub highlights: Vec<Range<usize>>,
    /// Every place these words stand (this hit first).
    pub sources: Vec<SourceLine>,
    /// Distinct sources that carry these words.
    pub corroboration: usize,
    /// Specific claims no other source of the story supports.
    pub single_source: bool,
    /// The passage's position in its article (for grouping).
    #[serde(skip)]
    pub ordinal: u64,
}

/// The answer to a query.
#[derive(Debug, Clone)]
pub struct Answer {
    /// What the query was taken to ask.
    pub intent: Intent,
    /// For speaker questions: the canonical name the speaker resolved to.
    pub speaker: Option<String>,
    /// Ranked hits.
    pub hits: Vec<Hit>,
}

static UNKNOWN_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\b[\p{L}_][\p{L}\p{N}_]*):").expect("pattern"));
static SPECIAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[+\-!(){}\[\]^"~*?:\\/<>=]"#).expect("pattern"));

/// Runs a query against an index.
pub fn search(handle: &IndexHandle, input: &str, opts: &SearchOptions) -> Result<Answer> {
    let parsed = intent::parse(input)?;
    let reader = handle.reader()?;
    let searcher = reader.searcher();
    let table = SearchTables::load(handle)?;
    let f = handle.fields;
    let ParsedQuery {
        mut intent,
        mut text,
        filters,
    } = parsed;

    let mut speaker_name = None;
    if let Intent::MaybeSpeakerOn { speaker } = &intent {
        let known = table
            .kind_of(speaker)
            .is_some_and(|k| matches!(k, EntityKind::Person | EntityKind::Organization));
        if known {
            intent = Intent::SpeakerAbout {
                speaker: speaker.clone(),
            };
        } else {
            text = format!("{speaker} on {text}");
            intent = Intent::Plain;
        }
    }
    let mut must: Vec<Box<dyn Query>> = Vec::new();
    let quote_kinds = || -> Box<dyn Query> { any_of(f.kind, &[kind::QUOTE, kind::REPORTED]) };
    match &intent {
        Intent::Plain if filters.speaker.is_empty() => {
            if filters.kind.is_empty() {
                must.push(term_query(f.kind, kind::PASSAGE));
            }
        }
        Intent::SpeakerAbout { speaker } => {
            let canonical = table.canonical(speaker);
            must.push(any_of(f.speaker, &table.members(speaker)));
            speaker_name = Some(canonical);
            must.push(quote_kinds());
        }
        _ => {
            if filters.kind.is_empty() {
                must.push(quote_kinds());
            }
        }
    }
    for k in &filters.kind {
        if ![kind::PASSAGE, kind::QUOTE, kind::REPORTED].contains(&k.as_str()) {
            bail!("kind:{k} is not a kind; use kind:passage, kind:quote or kind:reported");
        }
    }
    if !filters.kind.is_empty() {
        must.push(any_of(f.kind, &filters.kind));
    }
    for s in &filters.speaker {
        must.push(any_of(f.speaker, &table.members(s)));
    }
    for e in &filters.entity {
        must.push(any_of(f.entities, &table.members(e)));
    }
    for s in &filters.source {
        must.push(Box::new(
            RegexQuery::from_pattern(&source_pattern(s), f.source)
                .map_err(|e| anyhow!("source:{s} is not a usable path pattern: {e}"))?,
        ));
    }

    let quotes_wanted = !matches!(intent, Intent::Plain) || !filters.speaker.is_empty();
    // every word must stand in the passage (or the names it mentions)
    let fields = vec![f.text, f.entity_text];
    // enough candidates to fill the page after alike hits collapse; speaker questions re-rank
    // by kind, so they look further
    let mut fetch = if quotes_wanted {
        opts.limit.saturating_mul(4).max(50)
    } else {
        opts.limit.saturating_mul(3).max(30)
    };
    let mut text_query = None;
    let mut found: Vec<(f32, DocAddress)> = Vec::new();
    let mut query: Box<dyn Query> = Box::new(AllQuery);
    for conjunction in [true, false] {
        let q = text_query_of(handle, &fields, &text, conjunction)?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            must.iter().map(|q| (Occur::Must, q.box_clone())).collect();
        if let Some(q) = &q {
            clauses.push((Occur::Must, q.box_clone()));
        }
        query = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        found = best_hits(&searcher, &*query, fetch)?;
        text_query = q;
        if !found.is_empty() || text.split_whitespace().count() < 2 {
            break;
        }
    }
    let snippets = match &text_query {
        Some(q) => {
            let mut g = SnippetGenerator::create(&searcher, &**q, f.text)?;
            g.set_max_num_chars(220);
            Some(g)
        }
        None => None,
    };
    let mut candidates: Vec<Hit> = Vec::with_capacity(found.len());
    let mut seen: std::collections::HashSet<DocAddress> = std::collections::HashSet::new();
    let mut hits = loop {
        // a longer candidate list holds the shorter one: only new documents are read
        for &(score, address) in &found {
            if !seen.insert(address) {
                continue;
            }
            let mut h = make_hit(&searcher, &f, &table, address, score)?;
            if quotes_wanted {
                let mut weight = if h.kind == kind::QUOTE { 1.0 } else { 0.6 };
                if h.speaker.is_none() {
                    weight *= 0.3;
                }
                h.score *= weight;
            }
            candidates.push(h);
        }
        // equal scores in source order (then kind and words: a line can hold several hits),
        // whatever segment each hit came from
        candidates.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.source.cmp(&b.source))
                .then(a.line.cmp(&b.line))
                .then_with(|| a.kind.cmp(&b.kind))
                .then_with(|| a.quote.cmp(&b.quote))
        });
        if !opts.group {
            for h in &mut candidates {
                super::group::mark(h, &table);
            }
            break candidates;
        }
        let page = super::group::collapse(candidates.clone(), &table);
        // copies of one text can fill every candidate and collapse into a page of one: look
        // further while there are more candidates, up to a bound
        if page.len() >= opts.limit || found.len() < fetch || fetch >= MAX_FETCH {
            break page;
        }
        fetch = fetch.saturating_mul(4).min(MAX_FETCH);
        found = best_hits(&searcher, &*query, fetch)?;
    };
    hits.truncate(opts.limit);
    // snippets for the hits shown only: each one tokenizes its text again
    for h in &mut hits {
        fill_snippet(h, snippets.as_ref());
    }
    for h in hits.iter_mut().filter(|h| h.quote.is_some()) {
        h.passage = passage_text(&searcher, &f, &h.source, h.ordinal)?;
    }
    Ok(Answer {
        intent,
        speaker: speaker_name,
        hits,
    })
}

/// Most candidates a search reads when alike hits collapse a page (see `search`).
const MAX_FETCH: usize = 500;

/// The `limit` best-scored documents of a query. Documents of equal score on both sides of the
/// cut are taken in file and line order: tantivy alone would take them in the order the index
/// holds them, which follows how the indexing threads and merges interleaved, so that two
/// indexings of one folder could answer a query such as "quotes by Trump" (where every hit scores
/// the same) with different hits.
fn best_hits(
    searcher: &Searcher,
    query: &dyn Query,
    limit: usize,
) -> Result<Vec<(f32, DocAddress)>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    // the tied documents are gathered by asking tantivy for a few more at a time, which keeps its
    // skipping of documents that cannot reach the cut; a tie too large for that (a query of
    // filters alone, where every hit scores the same) is read whole, ordered by file and line
    let mut fetch = limit.saturating_add(1);
    loop {
        let mut found = searcher.search(query, &TopDocs::with_limit(fetch).order_by_score())?;
        if found.len() <= limit || found[limit].0 < found[limit - 1].0 {
            found.truncate(limit);
            return Ok(found);
        }
        let tie = found[limit - 1].0;
        let whole_tie = found.len() < fetch || found[fetch - 1].0 < tie;
        if whole_tie {
            return in_place_order(searcher, found, tie, limit);
        }
        // (every hit gathered tied: most likely every hit of the query is)
        if fetch >= MAX_TIE_GATHERED || found[0].0 == tie {
            break;
        }
        fetch = fetch.saturating_mul(4).min(MAX_TIE_GATHERED);
    }
    let by_place = TopDocs::with_limit(limit).order_by((
        (SortBySimilarityScore, Order::Desc),
        (SortByString::for_field("source"), Order::Asc),
        (SortByStaticFastValue::<u64>::for_field("line"), Order::Asc),
    ));
    Ok(searcher
        .search(query, &by_place)?
        .into_iter()
        .map(|((score, _, _), address)| (score, address))
        .collect())
}

/// Most documents [`best_hits`] gathers to find all those tied at the cut before it reads the
/// whole tie in file and line order instead.
const MAX_TIE_GATHERED: usize = 2048;

/// The `limit` first of `found` (best first, holding every document of score `tie`, and maybe
/// some scored below it): those scored above the tie, then the tied ones in file and line order
/// (read from the fast fields; a document without either comes last, as in tantivy's own order).
fn in_place_order(
    searcher: &Searcher,
    found: Vec<(f32, DocAddress)>,
    tie: f32,
    limit: usize,
) -> Result<Vec<(f32, DocAddress)>> {
    let (mut best, tied): (Vec<_>, Vec<_>) = found
        .into_iter()
        .filter(|(score, _)| *score >= tie)
        .partition(|(score, _)| *score > tie);
    let columns = searcher
        .segment_readers()
        .iter()
        .map(|segment| {
            let fast = segment.fast_fields();
            Ok((fast.str("source")?, fast.u64("line")?))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut placed = Vec::with_capacity(tied.len());
    for (score, address) in tied {
        let (sources, lines) = &columns[address.segment_ord as usize];
        let mut source = None;
        if let Some(column) = sources {
            if let Some(ord) = column.ords().first(address.doc_id) {
                let mut text = String::new();
                column.ord_to_str(ord, &mut text)?;
                source = Some(text);
            }
        }
        let line = lines.first(address.doc_id);
        placed.push((source, line, score, address));
    }
    // (`None` after every value)
    fn last_if_none<T: Ord>(a: &Option<T>, b: &Option<T>) -> std::cmp::Ordering {
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(b),
            (a, b) => b.is_some().cmp(&a.is_some()),
        }
    }
    placed.sort_by(|a, b| {
        last_if_none(&a.0, &b.0)
            .then_with(|| last_if_none(&a.1, &b.1))
            .then(a.3.cmp(&b.3))
    });
    let wanted = limit.saturating_sub(best.len());
    best.extend(placed.into_iter().take(wanted).map(|(_, _, s, a)| (s, a)));
    Ok(best)
}

fn any_of<S: AsRef<str>>(field: tantivy::schema::Field, values: &[S]) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        values
            .iter()
            .map(|v| (Occur::Should, term_query(field, v.as_ref())))
            .collect(),
    ))
}

/// `source:sport` is a prefix; `source:*/199.txt` a glob.
fn source_pattern(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars() {
        match c {
            '*' => out.push_str(".*"),
            '?' => out.push('.'),
            c => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    if !value.contains(['*', '?']) {
        out.push_str(".*");
    }
    out
}

/// The free-text part as a tantivy query; `None` when there is no text.
fn text_query_of(
    handle: &IndexHandle,
    fields: &[tantivy::schema::Field],
    text: &str,
    conjunction: bool,
) -> Result<Option<Box<dyn Query>>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let f = handle.fields;
    let mut parser = QueryParser::for_index(&handle.index, fields.to_vec());
    if conjunction {
        parser.set_conjunction_by_default();
    }
    parser.set_field_boost(f.entity_text, 0.5);
    // a colon after a word that is no field is just punctuation
    let cleaned = if !text.contains(':') {
        std::borrow::Cow::Borrowed(text)
    } else {
        UNKNOWN_FIELD.replace_all(text, |c: &regex::Captures| {
            if &c[1] == "text" {
                c[0].to_string()
            } else {
                format!("{} ", &c[1])
            }
        })
    };
    match parser.parse_query(&cleaned) {
        Ok(q) => Ok(Some(q)),
        Err(_) => {
            // read anything tantivy's grammar refuses as plain words
            let plain = SPECIAL.replace_all(&cleaned, " ");
            if plain.trim().is_empty() {
                return Ok(None);
            }
            Ok(Some(parser.parse_query(&plain).map_err(|e| {
                anyhow!(
                    "query does not parse: {e} (AND, OR and NOT join two words or \
                             phrases; write them in lower case to search for the words)"
                )
            })?))
        }
    }
}

fn make_hit(
    searcher: &Searcher,
    f: &Fields,
    table: &SearchTables,
    address: DocAddress,
    score: f32,
) -> Result<Hit> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let text = |field| stored_text(&doc, field);
    let kind = text(f.kind).unwrap_or_default();
    let body = text(f.text).unwrap_or_default();
    let (passage, quote) = if kind == kind::PASSAGE {
        (body, None)
    } else {
        // the passage is stored once, with the passage; read for the hits shown only
        (String::new(), Some(body))
    };
    let mut entities: Vec<String> = Vec::new();
    for v in doc.get_all(f.entities) {
        if let Some(name) = v.as_str() {
            let canonical = table.canonical(name);
            if !entities.contains(&canonical) {
                entities.push(canonical);
            }
        }
    }
    let source = text(f.source).unwrap_or_default();
    let line = doc.get_first(f.line).and_then(|v| v.as_u64()).unwrap_or(0);
    Ok(Hit {
        sources: Vec::new(),
        source,
        line,
        score,
        title: text(f.title).unwrap_or_default(),
        passage,
        kind,
        speaker: text(f.speaker).map(|s| table.canonical(&s)),
        quote,
        description: text(f.description),
        entities,
        snippet: String::new(),
        highlights: Vec::new(),
        corroboration: 1,
        single_source: false,
        ordinal: doc
            .get_first(f.ordinal)
            .and_then(|v| v.as_u64())
            .unwrap_or(0),
    })
}

/// A hit's snippet: the best fragment of its quote (or passage) for the query's words, with
/// their places, or its first characters when no word is in it.
fn fill_snippet(hit: &mut Hit, snippets: Option<&SnippetGenerator>) {
    let body = hit.quote.as_deref().unwrap_or(&hit.passage);
    let snippet = snippets.map(|g| g.snippet(body)).filter(|s| !s.is_empty());
    (hit.snippet, hit.highlights) = match snippet {
        Some(s) => (s.fragment().to_string(), s.highlighted().to_vec()),
        None => (first_chars(body, 220), Vec::new()),
    };
}

/// The text of a source's passage number `ordinal`.
fn passage_text(searcher: &Searcher, f: &Fields, source: &str, ordinal: u64) -> Result<String> {
    let query = BooleanQuery::new(vec![
        (Occur::Must, term_query(f.source, source)),
        (Occur::Must, term_query(f.kind, kind::PASSAGE)),
        (
            Occur::Must,
            Box::new(tantivy::query::TermQuery::new(
                tantivy::Term::from_field_u64(f.ordinal, ordinal),
                tantivy::schema::IndexRecordOption::Basic,
            )),
        ),
    ]);
    let found = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    Ok(match found.first() {
        Some((_, address)) => {
            let doc: TantivyDocument = searcher.doc(*address)?;
            stored_text(&doc, f.text).unwrap_or_default()
        }
        None => String::new(),
    })
}

fn first_chars(text: &str, n: usize) -> String {
    match text.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::Index;

    /// An index of quote documents of equal score, added (and so held) in the reverse of their
    /// files' order, over two segments.
    fn tied_index() -> (Index, Fields) {
        let (schema, f) = crate::index::schema::build_schema();
        let index = Index::create_in_ram(schema);
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        for segment in [["d.txt", "c.txt"], ["b.txt", "a.txt"]] {
            for source in segment {
                for line in [9u64, 3] {
                    let mut doc = TantivyDocument::default();
                    doc.add_text(f.kind, kind::QUOTE);
                    doc.add_text(f.source, source);
                    doc.add_u64(f.line, line);
                    writer.add_document(doc).unwrap();
                }
            }
            writer.commit().unwrap();
        }
        (index, f)
    }

    /// The file and line of each of the `limit` best hits of `query` in `index`, best first.
    fn best_places(
        index: &Index,
        f: &Fields,
        query: &dyn Query,
        limit: usize,
    ) -> Vec<(String, u64)> {
        let searcher = index.reader().unwrap().searcher();
        best_hits(&searcher, query, limit)
            .unwrap()
            .into_iter()
            .map(|(_, address)| {
                let doc: TantivyDocument = searcher.doc(address).unwrap();
                (
                    stored_text(&doc, f.source).unwrap(),
                    crate::index::stored_u64(&doc, f.line),
                )
            })
            .collect()
    }

    /// The file and line of each of the `limit` best quote documents of `index`.
    fn places(index: &Index, f: &Fields, limit: usize) -> Vec<(String, u64)> {
        best_places(index, f, &*term_query(f.kind, kind::QUOTE), limit)
    }

    /// One segment of documents, each a file that names some entities, added in the order given.
    fn index_of_names(docs: &[(String, Vec<&str>)]) -> (Index, Fields) {
        let (schema, f) = crate::index::schema::build_schema();
        let index = Index::create_in_ram(schema);
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (source, names) in docs {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.source, source);
            for name in names {
                doc.add_text(f.entities, name);
            }
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        (index, f)
    }

    /// The files of the `limit` best files that name any of `names`, best first.
    fn best_sources(index: &Index, f: &Fields, names: &[&str], limit: usize) -> Vec<String> {
        best_places(index, f, &*any_of(f.entities, names), limit)
            .into_iter()
            .map(|(source, _)| source)
            .collect()
    }

    #[test]
    fn hits_of_equal_score_across_the_cut_are_taken_in_file_and_line_order() {
        let (index, f) = tied_index();
        let mut got = places(&index, &f, 3);
        got.sort();
        assert_eq!(
            got,
            [
                ("a.txt".into(), 3),
                ("a.txt".into(), 9),
                ("b.txt".into(), 3)
            ]
        );
    }

    #[test]
    fn hits_scored_above_a_tie_are_kept_and_the_tie_is_taken_in_file_order() {
        let docs = [
            ("z1.txt", vec!["Putin", "Trump"]),
            ("d.txt", vec!["Putin"]),
            ("c.txt", vec!["Putin"]),
            ("z2.txt", vec!["Putin", "Trump"]),
            ("b.txt", vec!["Putin"]),
            ("a.txt", vec!["Putin"]),
        ]
        .map(|(source, names)| (source.to_string(), names));
        let (index, f) = index_of_names(&docs);
        let sources = best_sources(&index, &f, &["Putin", "Trump"], 4);
        assert_eq!(sources[2..], ["a.txt", "b.txt"]);
        let mut best = sources[..2].to_vec();
        best.sort();
        assert_eq!(best, ["z1.txt", "z2.txt"]);
    }

    #[test]
    fn hits_scored_below_a_tie_never_take_the_place_of_tied_ones() {
        let mut docs = vec![
            ("z1.txt".to_string(), vec!["Putin", "Trump"]),
            ("z2.txt".to_string(), vec!["Putin", "Trump"]),
            ("d.txt".to_string(), vec!["Putin"]),
            ("c.txt".to_string(), vec!["Putin"]),
            ("b.txt".to_string(), vec!["Putin"]),
        ];
        // (a name more files have, so a lower score, in files that sort first)
        for i in 0..8 {
            docs.push((format!("0{i}.txt"), vec!["Biden"]));
        }
        let (index, f) = index_of_names(&docs);
        let sources = best_sources(&index, &f, &["Putin", "Trump", "Biden"], 3);
        assert_eq!(sources.len(), 3);
        assert_eq!(sources[2], "b.txt");
    }

    #[test]
    fn every_hit_is_returned_when_fewer_match_than_asked_and_none_when_none_are_asked() {
        let (index, f) = tied_index();
        assert_eq!(places(&index, &f, 100).len(), 8);
        assert_eq!(places(&index, &f, 8).len(), 8);
        assert!(places(&index, &f, 0).is_empty());
    }
}
