//! Collapsing hits that tell the same thing from several sources into one hit that lists every
//! source, with the best of them as its face; and marking single-source passages.

use super::search::{Hit, SourceLine};
use crate::extract::claims;
use crate::index::derived::SearchTables;
use std::collections::HashSet;

struct Features<'a> {
    words: HashSet<String>,
    entities: HashSet<String>,
    story: Option<&'a str>,
}

fn features<'a>(hit: &Hit, stories: &'a SearchTables) -> Features<'a> {
    Features {
        words: claims::content_words(hit.quote.as_deref().unwrap_or(&hit.passage)),
        entities: hit.entities.iter().cloned().collect(),
        story: stories.story_of(&hit.source),
    }
}

/// Whether two hits say the same thing: the same words (near-duplicates, identical files), or —
/// within one story — the same claim in other words; quotes only with the same speaker.
fn same_thing(a: &Hit, fa: &Features, b: &Hit, fb: &Features) -> bool {
    if a.speaker != b.speaker || a.quote.is_some() != b.quote.is_some() {
        return false;
    }
    let words = claims::jaccard(&fa.words, &fb.words);
    if words >= 0.8 {
        return true;
    }
    let related = fa.story.is_some() && fa.story == fb.story;
    if a.quote.is_some() {
        return related && words >= 0.5;
    }
    related && claims::alike(&fa.words, &fa.entities, &fb.words, &fb.entities)
}

/// Collapses alike hits (best first) into groups; every hit gets `sources`, `corroboration` and
/// `single_source`.
pub fn collapse(hits: Vec<Hit>, stories: &SearchTables) -> Vec<Hit> {
    let feats: Vec<Features> = hits.iter().map(|h| features(h, stories)).collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..hits.len() {
        let home = groups.iter().position(|g| {
            let face = g[0];
            !g.iter().any(|&j| hits[j].source == hits[i].source)
                && same_thing(&hits[face], &feats[face], &hits[i], &feats[i])
        });
        match home {
            Some(g) => groups[g].push(i),
            None => groups.push(vec![i]),
        }
    }
    let mut out = Vec::with_capacity(groups.len());
    let mut hits: Vec<Option<Hit>> = hits.into_iter().map(Some).collect();
    for g in groups {
        let members: Vec<Hit> = g.iter().filter_map(|&i| hits[i].take()).collect();
        let mut face = members[0].clone();
        face.sources = members
            .iter()
            .map(|m| SourceLine {
                source: m.source.clone(),
                line: m.line,
                duplicate: false,
            })
            .collect();
        mark(&mut face, stories);
        out.push(face);
    }
    out
}

/// Sets a lone hit's `sources`, `corroboration` and `single_source`.
pub fn mark(hit: &mut Hit, stories: &SearchTables) {
    if hit.sources.is_empty() {
        hit.sources = vec![SourceLine {
            source: hit.source.clone(),
            line: hit.line,
            duplicate: false,
        }];
    }
    let listed: Vec<String> = hit.sources.iter().map(|s| s.source.clone()).collect();
    for s in &mut hit.sources {
        s.duplicate = stories
            .duplicates_of(&s.source)
            .iter()
            .any(|o| listed.iter().any(|l| l == o));
    }
    hit.corroboration = hit
        .sources
        .iter()
        .map(|s| s.source.as_str())
        .collect::<HashSet<_>>()
        .len();
    hit.single_source =
        hit.corroboration == 1 && stories.is_single_source(&hit.source, hit.ordinal);
}
