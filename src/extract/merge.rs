//! Entities across the corpus: the same full name is one entity everywhere, and a bare surname
//! joins the one full name it belongs to.

use super::entities::{name_key, surname_key, without_generation};
use super::{Entity, EntityKind};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// An entity of the whole corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusEntity {
    /// Canonical name: the fullest form.
    pub name: String,
    /// Kind, by the weight of its mentions.
    pub kind: EntityKind,
    /// Other names it goes by.
    pub aliases: Vec<String>,
    /// Mentions across the corpus.
    pub mentions: usize,
    /// Number of files that mention it (one naming two forms that merge here counts twice).
    pub sources: usize,
}

/// The corpus-wide entity table, and which table entry each article-level name belongs to.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EntityTable {
    /// Entities, most mentioned first.
    pub entities: Vec<CorpusEntity>,
    /// Article-level names (and aliases) to the index of their entity.
    pub by_name: FxHashMap<String, usize>,
}

impl EntityTable {
    /// The entity a name (canonical or alias, any case) belongs to.
    pub fn lookup(&self, name: &str) -> Option<&CorpusEntity> {
        self.index_of(name).map(|i| &self.entities[i])
    }

    /// The index of the entity a name belongs to.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.by_name
            .get(name)
            .or_else(|| self.by_name.get(&name_key(name)))
            .copied()
    }

    /// The canonical form of an article-level name (itself when unknown).
    pub fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        self.lookup(name).map_or(name, |e| e.name.as_str())
    }

    /// Every article-level name that belongs to the same entity as `name`.
    pub fn members(&self, name: &str) -> Vec<String> {
        let Some(i) = self.index_of(name) else {
            return vec![name.to_string()];
        };
        let e = &self.entities[i];
        let mut out: Vec<String> = std::iter::once(e.name.clone())
            .chain(e.aliases.iter().cloned())
            .collect();
        out.push(name.to_string());
        out.sort();
        out.dedup();
        out
    }
}

/// Every kind, in declaration order (the index of a kind's votes).
const KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
    EntityKind::Other,
];

struct Acc {
    name: String,
    tokens: usize,
    /// Each spelling used as an article's name for it, with its mentions.
    spellings: FxHashMap<String, usize>,
    /// Mentions by kind, in the order of [`KINDS`].
    votes: [usize; 4],
    aliases: BTreeSet<String>,
    mentions: usize,
    sources: usize,
    last_file: usize,
}

/// Builds the corpus-wide table one article at a time, keeping only what each entity adds up
/// to (never the articles), so its memory follows the number of distinct names.
#[derive(Default)]
pub struct Merger {
    accs: Vec<Acc>,
    by_key: FxHashMap<String, usize>,
}

impl Merger {
    /// Adds the entities of one article; `file` numbers must differ between articles.
    pub fn add(&mut self, file: usize, entities: &[Entity]) {
        for e in entities {
            let key = name_key(&e.name);
            let accs = &mut self.accs;
            let id = *self.by_key.entry(key).or_insert_with(|| {
                accs.push(Acc {
                    name: String::new(),
                    tokens: 0,
                    spellings: FxHashMap::default(),
                    votes: [0; 4],
                    aliases: BTreeSet::new(),
                    mentions: 0,
                    sources: 0,
                    last_file: usize::MAX,
                });
                accs.len() - 1
            });
            let a = &mut self.accs[id];
            a.votes[e.kind as usize] += e.mentions.max(1);
            a.mentions += e.mentions;
            match a.spellings.get_mut(&e.name) {
                Some(n) => *n += e.mentions,
                None => {
                    a.spellings.insert(e.name.clone(), e.mentions);
                }
            }
            if a.last_file != file {
                a.sources += 1;
                a.last_file = file;
            }
            if !a.aliases.contains(&e.name) {
                a.aliases.insert(e.name.clone());
            }
            for alias in &e.aliases {
                if !a.aliases.contains(alias) {
                    a.aliases.insert(alias.clone());
                }
            }
        }
    }

    /// The table: kinds decided, bare surnames joined to their full names.
    pub fn finish(self) -> EntityTable {
        finish(self.accs)
    }
}

fn finish(mut accs: Vec<Acc>) -> EntityTable {
    // the spelling most mentioned names the entity, whatever order the articles came in
    for a in &mut accs {
        let spellings = std::mem::take(&mut a.spellings);
        if let Some((name, _)) = spellings
            .into_iter()
            .max_by(|x, y| x.1.cmp(&y.1).then_with(|| y.0.cmp(&x.0)))
        {
            a.tokens = name.split(' ').count();
            a.name = name;
        }
    }
    let kind_of = |a: &Acc| -> EntityKind {
        let other = a.votes[EntityKind::Other as usize];
        // a kind must carry a fair share of the mentions, not a stray cue in one article
        KINDS
            .into_iter()
            .filter(|&k| k != EntityKind::Other && a.votes[k as usize] > 0)
            .max_by_key(|&k| (a.votes[k as usize], std::cmp::Reverse(k)))
            .filter(|&k| a.votes[k as usize] * 3 >= other)
            .unwrap_or(EntityKind::Other)
    };
    // a one-word name joins the one person whose full name ends with it (or the dominant one)
    // (a full name with a generation, "Donald Trump Jr.", only when no name without one has
    // the surname)
    let mut persons_by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut with_generation = Vec::new();
    for (i, a) in accs.iter().enumerate() {
        if a.tokens >= 2 && kind_of(a) == EntityKind::Person {
            if without_generation(&a.name) == a.name {
                persons_by_surname
                    .entry(surname_key(&a.name))
                    .or_default()
                    .push(i);
            } else {
                with_generation.push(i);
            }
        }
    }
    let mut generation_by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for i in with_generation {
        let key = surname_key(&accs[i].name);
        if !persons_by_surname.contains_key(&key) {
            generation_by_surname.entry(key).or_default().push(i);
        }
    }
    persons_by_surname.extend(generation_by_surname);
    let mut target: Vec<usize> = (0..accs.len()).collect();
    for (i, a) in accs.iter().enumerate() {
        if a.tokens != 1 || matches!(kind_of(a), EntityKind::Place | EntityKind::Organization) {
            continue;
        }
        if let Some(cands) = persons_by_surname.get(&name_key(&a.name)) {
            let total: usize = cands.iter().map(|&c| accs[c].mentions).sum();
            let best = *cands
                .iter()
                .max_by_key(|&&c| accs[c].mentions)
                .unwrap_or(&cands[0]);
            // the full name must be common enough to own the short form: a lawyer "Hugh Ray" named
            // once does not take every "Ray" of a corpus that reviews the film "Ray"
            let dominant = cands.len() == 1 || accs[best].mentions * 4 >= total * 3;
            if dominant && accs[best].mentions * 2 >= a.mentions {
                target[i] = best;
            }
        }
    }
    // fold merged entries into their targets
    let mut folded: Vec<Option<Acc>> = accs.into_iter().map(Some).collect();
    for i in 0..folded.len() {
        let t = target[i];
        if t == i {
            continue;
        }
        let Some(src) = folded[i].take() else {
            continue;
        };
        if let Some(dst) = folded[t].as_mut() {
            dst.mentions += src.mentions;
            // an article naming both forms apart is counted twice: an upper bound
            dst.sources += src.sources;
            dst.aliases.extend(src.aliases);
            dst.votes[EntityKind::Person as usize] +=
                src.votes[EntityKind::Person as usize] + src.votes[EntityKind::Other as usize];
        }
    }
    let mut entities: Vec<(CorpusEntity, BTreeSet<String>)> = folded
        .into_iter()
        .flatten()
        .map(|a| {
            let kind = kind_of(&a);
            let aliases: Vec<String> = a
                .aliases
                .iter()
                .filter(|x| **x != a.name)
                .cloned()
                .collect();
            (
                CorpusEntity {
                    name: a.name.clone(),
                    kind,
                    aliases,
                    mentions: a.mentions,
                    sources: a.sources,
                },
                a.aliases,
            )
        })
        .collect();
    entities.sort_by(|a, b| {
        b.0.mentions
            .cmp(&a.0.mentions)
            .then_with(|| a.0.name.cmp(&b.0.name))
    });
    let mut by_name = FxHashMap::default();
    for (i, (e, names)) in entities.iter().enumerate() {
        for n in names.iter().chain(std::iter::once(&e.name)) {
            by_name.entry(n.clone()).or_insert(i);
            by_name.entry(name_key(n)).or_insert(i);
        }
    }
    EntityTable {
        entities: entities.into_iter().map(|(e, _)| e).collect(),
        by_name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Merges the entities of every article (`(file number, entities)`) into one table.
    pub fn merge(files: &[(usize, Vec<Entity>)]) -> EntityTable {
        let mut merger = Merger::default();
        for (file, entities) in files {
            merger.add(*file, entities);
        }
        merger.finish()
    }

    fn ent(name: &str, kind: EntityKind, mentions: usize) -> Entity {
        Entity {
            name: name.into(),
            kind,
            aliases: vec![],
            mentions,
        }
    }

    #[test]
    fn surname_only_articles_join_the_full_name() {
        let table = merge(&[
            (0, vec![ent("Tony Blair", EntityKind::Person, 3)]),
            (1, vec![ent("Blair", EntityKind::Other, 2)]),
            (2, vec![ent("Tony Blair", EntityKind::Person, 1)]),
        ]);
        let blair = table.lookup("Blair").unwrap();
        assert_eq!(blair.name, "Tony Blair");
        assert_eq!((blair.mentions, blair.sources), (6, 3));
        assert_eq!(blair.kind, EntityKind::Person);
        assert_eq!(table.entities.len(), 1);
    }

    #[test]
    fn a_rare_full_name_does_not_take_a_common_short_form() {
        let table = merge(&[
            (0, vec![ent("Hugh Ray", EntityKind::Person, 1)]),
            (1, vec![ent("Ray", EntityKind::Other, 20)]),
        ]);
        assert_eq!(table.lookup("Ray").unwrap().name, "Ray");
    }

    #[test]
    fn a_stray_cue_does_not_set_the_kind() {
        let table = merge(&[
            (0, vec![ent("Sky", EntityKind::Person, 1)]),
            (1, vec![ent("Sky", EntityKind::Other, 9)]),
        ]);
        assert_eq!(table.lookup("Sky").unwrap().kind, EntityKind::Other);
    }

    #[test]
    fn ambiguous_surname_stays_apart() {
        let table = merge(&[
            (
                0,
                vec![
                    ent("Gordon Brown", EntityKind::Person, 3),
                    ent("Nick Brown", EntityKind::Person, 3),
                ],
            ),
            (1, vec![ent("Brown", EntityKind::Other, 1)]),
        ]);
        assert_eq!(table.lookup("Brown").unwrap().name, "Brown");
    }
}
