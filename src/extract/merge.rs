//! Entities across the corpus: the same full name is one entity everywhere, and a bare surname
//! joins the one full name it belongs to.

use super::entities::{
    ends_in_legal_form, is_legal_form, name_key, shouted_word_name, surname_as_keyed, surname_key,
    without_generation,
};
use super::{Entity, EntityKind};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
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
    /// The name key all its spellings share (that of its name), moved in from its shard's
    /// table when the table is finished.
    key: String,
    tokens: usize,
    /// Each spelling used as an article's name for it, with its mentions.
    spellings: FxHashMap<String, usize>,
    /// Mentions by kind, in the order of [`KINDS`].
    votes: [usize; 4],
    aliases: BTreeSet<String>,
    mentions: usize,
    sources: usize,
    last_file: usize,
    /// Where the name was first met, as (article added, entity in the article): the entities
    /// of all shards are taken in this order, the order one pass over the articles meets them.
    first_met: (usize, usize),
}

/// Shards of the table being built: each name goes to one by its key, so that the articles of a
/// chunk are added on every thread at once, each thread filling its own shards.
const SHARDS: usize = 16;

/// The shard of a name key. From the upper half of the hash: the shard's own map places its
/// keys by the lower bits, which would otherwise be the same for all of them.
fn shard_of(key: &str) -> usize {
    use std::hash::{BuildHasher, BuildHasherDefault};
    let hash = BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(key);
    (hash >> 32) as usize % SHARDS
}

/// The entities of the names that fall in one shard.
#[derive(Default)]
struct Shard {
    accs: Vec<Acc>,
    by_key: FxHashMap<String, usize>,
}

/// One entity of an article, with the name key and the place it was met.
struct Met<'a> {
    entity: &'a Entity,
    key: String,
    file: usize,
    first_met: (usize, usize),
}

impl Shard {
    fn add(&mut self, met: Met<'_>) {
        let Met {
            entity: e,
            key,
            file,
            first_met,
        } = met;
        let accs = &mut self.accs;
        let id = *self.by_key.entry(key).or_insert_with(|| {
            accs.push(Acc {
                name: String::new(),
                key: String::new(),
                tokens: 0,
                spellings: FxHashMap::default(),
                votes: [0; 4],
                aliases: BTreeSet::new(),
                mentions: 0,
                sources: 0,
                last_file: usize::MAX,
                first_met,
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
                // (a spelling met before is among the aliases already)
                if !a.aliases.contains(&e.name) {
                    a.aliases.insert(e.name.clone());
                }
            }
        }
        if a.last_file != file {
            a.sources += 1;
            a.last_file = file;
        }
        for alias in &e.aliases {
            if !a.aliases.contains(alias) {
                a.aliases.insert(alias.clone());
            }
        }
    }
}

/// Builds the corpus-wide table a chunk of articles at a time, keeping only what each entity
/// adds up to (never the articles), so its memory follows the number of distinct names.
pub struct Merger {
    shards: Vec<Shard>,
    /// Articles added so far.
    added: usize,
}

impl Default for Merger {
    fn default() -> Merger {
        Merger {
            shards: (0..SHARDS).map(|_| Shard::default()).collect(),
            added: 0,
        }
    }
}

impl Merger {
    /// Adds the entities of one article; `file` numbers must differ between articles.
    pub fn add(&mut self, file: usize, entities: &[Entity]) {
        self.add_articles(&[(file, entities)]);
    }

    /// Adds the entities of several articles as `(file number, entities)`, in the order given,
    /// on all threads: the table is the same as when they are added one at a time.
    pub fn add_articles(&mut self, articles: &[(usize, &[Entity])]) {
        let keys: Vec<Vec<(usize, String)>> = articles
            .par_iter()
            .map(|(_, entities)| {
                entities
                    .iter()
                    .map(|e| {
                        let key = name_key(&e.name);
                        (shard_of(&key), key)
                    })
                    .collect()
            })
            .collect();
        let mut work: Vec<Vec<Met>> = (0..SHARDS).map(|_| Vec::new()).collect();
        for (n, (&(file, entities), keys)) in articles.iter().zip(keys).enumerate() {
            for (k, (entity, (shard, key))) in entities.iter().zip(keys).enumerate() {
                work[shard].push(Met {
                    entity,
                    key,
                    file,
                    first_met: (self.added + n, k),
                });
            }
        }
        self.added += articles.len();
        self.shards
            .par_iter_mut()
            .zip(work)
            .for_each(|(shard, work)| {
                for met in work {
                    shard.add(met);
                }
            });
    }

    /// The table: kinds decided, bare surnames joined to their full names.
    pub fn finish(self) -> EntityTable {
        let mut accs: Vec<Acc> = Vec::new();
        for Shard {
            accs: mut shard_accs,
            by_key,
        } in self.shards
        {
            for (key, id) in by_key {
                if let Some(a) = shard_accs.get_mut(id) {
                    a.key = key;
                }
            }
            accs.append(&mut shard_accs);
        }
        accs.sort_unstable_by_key(|a| a.first_met);
        finish(accs)
    }
}

/// A name key without its spaces and hyphens, under which "Time Warner" meets "TimeWarner" and
/// "Kilroy-Silk" "Kilroy Silk"; none for a key with a piece of one letter ("G Ross", "J-P") or
/// fewer than six letters in all.
fn compact_key(key: &str) -> Option<String> {
    // (read as bytes: a space and a hyphen are one byte each, and a piece of four bytes or more
    // has two characters at least)
    let one_character = |piece: &[u8]| {
        piece.len() < 2
            || (piece.len() < 4
                && std::str::from_utf8(piece).is_ok_and(|p| p.chars().nth(1).is_none()))
    };
    let bytes = key.as_bytes();
    if bytes.split(|&b| b == b' ' || b == b'-').any(one_character) {
        return None;
    }
    let compact: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|&b| b != b' ' && b != b'-')
        .collect();
    let compact = String::from_utf8(compact).ok()?;
    (compact.len() >= 6 && (compact.len() >= 24 || compact.chars().count() >= 6)).then_some(compact)
}

/// Whether two spellings of a word are one but for case, full stops, the apostrophe's form and a
/// final "iy" or "yy" for "y" ("Zelenskiy", "Zelenskyy"): the name key without its fold of other
/// letters written twice.
fn same_spelling(a: &str, b: &str) -> bool {
    let letters = |s: &str| {
        let mut word: String = s
            .chars()
            .filter(|&c| c != '.')
            .map(|c| if c == '\u{2019}' { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        if word.len() > 4 && (word.ends_with("iy") || word.ends_with("yy")) {
            word.truncate(word.len() - 2);
            word.push('y');
        }
        word
    };
    letters(a) == letters(b)
}

/// Whether a one-word name shows the words it joins: a hyphen ("Hewlett-Packard") or a capital
/// inside it ("HongKong", "JPMorgan"), where "Whitehouse" shows none.
fn shows_its_pieces(name: &str) -> bool {
    name.contains('-') || name.chars().skip(1).any(char::is_uppercase)
}

fn finish(mut accs: Vec<Acc>) -> EntityTable {
    // the spelling most mentioned names the entity, whatever order the articles came in
    for a in &mut accs {
        let spellings = std::mem::take(&mut a.spellings);
        // (a spelling in lower case too before one in capitals: "Washington", not a dateline's
        // "WASHINGTON")
        let cased = |name: &str| !shouted_word_name(name);
        if let Some((name, _)) = spellings.into_iter().max_by(|x, y| {
            (cased(&x.0), x.1)
                .cmp(&(cased(&y.0), y.1))
                .then_with(|| y.0.cmp(&x.0))
        }) {
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
        // (the name's key is its entry's: every spelling has it)
        if let Some(cands) = persons_by_surname.get(&a.key) {
            let total: usize = cands.iter().map(|&c| accs[c].mentions).sum();
            let best = *cands
                .iter()
                .max_by_key(|&&c| accs[c].mentions)
                .unwrap_or(&cands[0]);
            // the full name must be common enough to own the short form: a lawyer "Hugh Ray" named
            // once does not take every "Ray" of a corpus that reviews the film "Ray"
            let dominant = cands.len() == 1 || accs[best].mentions * 4 >= total * 3;
            // and spelt as the full name spells it: the key reads letters written twice as once,
            // but "Hoffmann" of a law lord is not "Dustin Hoffman" (within an article, where
            // one writer spells one person two ways, the article's own merge joins them)
            let spelt_alike = same_spelling(&a.name, surname_as_keyed(&accs[best].name));
            if dominant && spelt_alike && accs[best].mentions * 2 >= a.mentions {
                target[i] = best;
            }
        }
    }
    // a company's name without its legal form joins the one company that has it, as in an
    // article: "Mobil" of "Mobil Corp" (the longest names first: "Dixons Group" is a stem of
    // "Dixons Group PLC")
    let mut votes_summed = vec![false; accs.len()];
    let mut companies: Vec<usize> = (0..accs.len())
        .filter(|&i| {
            let a = &accs[i];
            a.tokens >= 2
                && target[i] == i
                && ends_in_legal_form(&a.name)
                && !matches!(kind_of(a), EntityKind::Person | EntityKind::Place)
        })
        .collect();
    if !companies.is_empty() {
        companies.sort_by_key(|&i| std::cmp::Reverse(accs[i].tokens));
        let by_key: FxHashMap<&str, usize> = accs
            .iter()
            .enumerate()
            .map(|(i, a)| (a.key.as_str(), i))
            .collect();
        let mut by_stem: FxHashMap<usize, Option<usize>> = FxHashMap::default();
        for j in companies {
            if by_stem.contains_key(&j) {
                continue;
            }
            let words: Vec<&str> = accs[j].name.split(' ').collect();
            let mut end = words.len();
            while end > 1 && is_legal_form(words[end - 1]) {
                end -= 1;
                if let Some(&i) = by_key.get(name_key(&words[..end].join(" ")).as_str()) {
                    by_stem
                        .entry(i)
                        .and_modify(|one| {
                            if *one != Some(j) {
                                *one = None;
                            }
                        })
                        .or_insert(Some(j));
                }
            }
        }
        let targeted: FxHashSet<usize> = target
            .iter()
            .enumerate()
            .filter(|&(k, &t)| k != t)
            .map(|(_, &t)| t)
            .collect();
        for (i, j) in by_stem {
            let Some(j) = j.filter(|&j| j != i && target[i] == i && !targeted.contains(&i)) else {
                continue;
            };
            // (not a word many articles use alone for something else: "West" of "U.S. West Inc",
            // "Trade" of "Trade Ltd")
            let word_of_its_own = accs[i].tokens == 1
                && kind_of(&accs[i]) != EntityKind::Organization
                && accs[i].mentions > 2 * accs[j].mentions;
            if !matches!(kind_of(&accs[i]), EntityKind::Person | EntityKind::Place)
                && !word_of_its_own
            {
                target[i] = j;
                votes_summed[i] = true;
            }
        }
    }
    // spellings of one name apart only in spaces and hyphens are one entity, named by the one
    // most mentioned: "Hewlett Packard" of "Hewlett-Packard", "TimeWarner" of "Time Warner"
    // (every piece of two letters or more, not "G Ross" of "Gross"; the settled kinds of a
    // group all one, and a one-word name of no kind not joined to longer names of one:
    // "Whitehouse added" is no White House)
    let spaced = |key: &str| memchr::memchr2(b' ', b'-', key.as_bytes()).is_some();
    // (the groups: the spellings with a space or hyphen by their key without them, then the
    // one-word spellings whose key is one of those; most names are in no group)
    let mut groups: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, a) in accs.iter().enumerate() {
        if target[i] == i && spaced(&a.key) {
            if let Some(compact) = compact_key(&a.key) {
                groups.entry(compact).or_default().push(i);
            }
        }
    }
    if !groups.is_empty() {
        for (i, a) in accs.iter().enumerate() {
            if target[i] == i && !spaced(&a.key) {
                if let Some(group) = groups.get_mut(a.key.as_str()) {
                    group.push(i);
                }
            }
        }
    }
    // (in an order the articles' order does not change: mentions, a spelling in lower case
    // before one in capitals, then the name)
    let rank = |i: usize| {
        let a = &accs[i];
        (std::cmp::Reverse(a.mentions), shouted_word_name(&a.name))
    };
    // (a plain word, against a name of several: not "Hewlett-Packard" nor "HongKong", which
    // show their pieces)
    let plain_word = |a: &Acc| a.tokens == 1 && !shows_its_pieces(&a.name);
    for mut group in groups.into_values().filter(|group| group.len() > 1) {
        group.sort_by(|&a, &b| {
            rank(a)
                .cmp(&rank(b))
                .then_with(|| accs[a].name.cmp(&accs[b].name))
        });
        // (the group's first entry and the kind its entries settled on)
        let j = group[0];
        let mut settled = kind_of(&accs[j]);
        for &i in &group[1..] {
            let kind = kind_of(&accs[i]);
            let one_plain_word = plain_word(&accs[i]) != plain_word(&accs[j]);
            let joins = if kind == EntityKind::Other {
                !(one_plain_word && settled != EntityKind::Other)
            } else if settled == EntityKind::Other {
                !(one_plain_word && plain_word(&accs[j]))
            } else {
                kind == settled
            };
            if joins {
                if kind != EntityKind::Other {
                    settled = kind;
                }
                target[i] = j;
                votes_summed[i] = true;
            }
        }
    }
    // (a name folded into one that folds on goes where that one goes)
    for i in 0..target.len() {
        let mut t = target[i];
        while target[t] != t {
            t = target[t];
        }
        target[i] = t;
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
            if votes_summed[i] {
                for (total, votes) in dst.votes.iter_mut().zip(src.votes) {
                    *total += votes;
                }
            } else {
                dst.votes[EntityKind::Person as usize] +=
                    src.votes[EntityKind::Person as usize] + src.votes[EntityKind::Other as usize];
            }
        }
    }
    // (each with its names and its entry's key, that of its name)
    let mut entities: Vec<(CorpusEntity, BTreeSet<String>, String)> = folded
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
                a.key,
            )
        })
        .collect();
    entities.sort_by(|a, b| {
        b.0.mentions
            .cmp(&a.0.mentions)
            .then_with(|| a.0.name.cmp(&b.0.name))
    });
    let mut by_name = FxHashMap::default();
    for (i, (e, names, key)) in entities.iter_mut().enumerate() {
        // (the name is mostly among the names, as every spelling is: then it is not looked at
        // twice, nor its key made again)
        let name_apart = (!names.contains(&e.name)).then_some(&e.name);
        // (the name's key is the entry's, moved in at the name rather than made again)
        let mut name_key_of_name = Some(std::mem::take(key));
        for n in names.iter().chain(name_apart) {
            // (a name met before is not copied to be dropped)
            if !by_name.contains_key(n.as_str()) {
                by_name.insert(n.clone(), i);
            }
            let n_key = match name_key_of_name.take_if(|_| *n == e.name) {
                Some(key) => key,
                None => name_key(n),
            };
            by_name.entry(n_key).or_insert(i);
        }
    }
    EntityTable {
        entities: entities.into_iter().map(|(e, _, _)| e).collect(),
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
    fn every_name_of_the_table_is_found_by_itself_and_by_its_key() {
        let mut gaddafi = ent("Muammar Gaddafi", EntityKind::Person, 3);
        gaddafi.aliases.push("Gaddafi".into());
        let files = vec![
            (
                0,
                vec![gaddafi, ent("Mobil Corp", EntityKind::Organization, 2)],
            ),
            (
                1,
                vec![
                    ent("Muammar Gadafi", EntityKind::Person, 1),
                    ent("MOBIL CORP", EntityKind::Organization, 1),
                    ent("Mobil", EntityKind::Other, 1),
                ],
            ),
            (2, vec![ent("Zelensky\u{2019}s aide", EntityKind::Other, 1)]),
            (3, vec![ent("Москва", EntityKind::Place, 2)]),
        ];
        let table = merge(&files);
        for (i, e) in table.entities.iter().enumerate() {
            for n in e.aliases.iter().chain(std::iter::once(&e.name)) {
                assert_eq!(table.by_name.get(n.as_str()).map(|_| ()), Some(()), "{n}");
                assert_eq!(table.by_name.get(&name_key(n)).map(|_| ()), Some(()), "{n}");
            }
            assert_eq!(table.index_of(&e.name), Some(i), "{}", e.name);
        }
    }

    #[test]
    fn spellings_apart_only_in_spaces_and_hyphens_are_one_entity() {
        let mut kilroy = ent("Robert Kilroy-Silk", EntityKind::Person, 5);
        kilroy.aliases.push("Kilroy-Silk".into());
        let files = vec![
            (
                0,
                vec![
                    kilroy,
                    ent("Time Warner", EntityKind::Organization, 1),
                    ent("Gross", EntityKind::Other, 3),
                ],
            ),
            (
                1,
                vec![
                    ent("Robert Kilroy Silk", EntityKind::Person, 1),
                    ent("TimeWarner", EntityKind::Organization, 4),
                    ent("G Ross", EntityKind::Person, 2),
                    ent("Kilroy-Silk", EntityKind::Other, 2),
                ],
            ),
        ];
        let table = merge(&files);
        assert_eq!(table.canonical("Robert Kilroy Silk"), "Robert Kilroy-Silk");
        assert_eq!(table.canonical("Kilroy-Silk"), "Robert Kilroy-Silk");
        assert_eq!(
            table.lookup("Robert Kilroy-Silk").map(|e| e.mentions),
            Some(8)
        );
        // named by the spelling most mentioned
        assert_eq!(table.canonical("Time Warner"), "TimeWarner");
        // the trap: a piece of one letter is no spelling of a word
        assert_eq!(table.canonical("G Ross"), "G Ross");
        assert_eq!(table.canonical("Gross"), "Gross");
    }

    #[test]
    fn spellings_fold_alike_in_any_order_of_articles_and_only_into_one_kind() {
        let a = vec![
            ent("Clean Air Act", EntityKind::Other, 1),
            ent("Dow Jones", EntityKind::Other, 5),
            ent("White House", EntityKind::Organization, 4),
        ];
        let b = vec![
            ent("Clean AirAct", EntityKind::Other, 1),
            ent("Dow-Jones", EntityKind::Person, 3),
            ent("DowJones", EntityKind::Organization, 3),
            ent("Whitehouse", EntityKind::Other, 1),
        ];
        let one = merge(&[(0, a.clone()), (1, b.clone())]);
        let other = merge(&[(0, b), (1, a)]);
        let names = |t: &EntityTable| {
            let mut names: Vec<(String, usize)> = t
                .entities
                .iter()
                .map(|e| (e.name.clone(), e.mentions))
                .collect();
            names.sort();
            names
        };
        assert_eq!(names(&one), names(&other));
        // a tie goes the same way whichever article came first
        assert_eq!(
            one.canonical("Clean AirAct"),
            other.canonical("Clean AirAct")
        );
        // a person's spelling and a company's stay apart; a one-word name of no kind stays out
        // of a longer body's name
        assert_ne!(one.canonical("Dow-Jones"), one.canonical("DowJones"));
        assert_eq!(one.canonical("Whitehouse"), "Whitehouse");
    }

    #[test]
    fn articles_added_together_make_the_table_made_one_at_a_time() {
        let names = [
            ("Tony Blair", EntityKind::Person),
            ("Blair", EntityKind::Other),
            ("tony blair", EntityKind::Person),
            ("Gordon Brown", EntityKind::Person),
            ("Brown", EntityKind::Other),
            ("London", EntityKind::Place),
            ("BBC", EntityKind::Organization),
            ("Sky", EntityKind::Other),
            ("Nick Brown", EntityKind::Person),
            ("Kyiv", EntityKind::Place),
        ];
        let articles: Vec<(usize, Vec<Entity>)> = (0..40)
            .map(|file| {
                let entities = (0..1 + file % 5)
                    .map(|k| {
                        let (name, kind) = names[(file * 3 + k * 7) % names.len()];
                        let mut e = ent(name, kind, 1 + (file + k) % 4);
                        if k == 2 {
                            e.aliases.push(format!("{name} ({file})"));
                        }
                        e
                    })
                    .collect();
                (file, entities)
            })
            .collect();
        let one_at_a_time = merge(&articles);
        let mut merger = Merger::default();
        let together: Vec<(usize, &[Entity])> = articles
            .iter()
            .map(|(file, entities)| (*file, entities.as_slice()))
            .collect();
        merger.add_articles(&together[..25]);
        merger.add_articles(&together[25..]);
        let together = merger.finish();
        assert_eq!(together.entities, one_at_a_time.entities);
        assert_eq!(together.by_name, one_at_a_time.by_name);
        assert!(together.entities.len() > 5);
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
    fn a_surname_spelt_otherwise_stays_apart_across_articles() {
        // (one key, "hofman", for both: the key reads letters written twice as once)
        let table = merge(&[
            (0, vec![ent("Dustin Hoffman", EntityKind::Person, 4)]),
            (1, vec![ent("Hoffmann", EntityKind::Person, 2)]),
            (2, vec![ent("Hoffman", EntityKind::Other, 1)]),
        ]);
        assert_eq!(table.lookup("Hoffmann").unwrap().name, "Hoffmann");
        assert_eq!(
            table.lookup("Dustin Hoffman").unwrap().name,
            "Dustin Hoffman"
        );
    }

    #[test]
    fn a_company_s_short_name_joins_its_full_name_across_articles() {
        let table = merge(&[
            (0, vec![ent("Mobil Corp", EntityKind::Organization, 2)]),
            (1, vec![ent("Mobil", EntityKind::Organization, 3)]),
            (2, vec![ent("Tony Blair", EntityKind::Person, 1)]),
        ]);
        let mobil = table.lookup("Mobil").unwrap();
        assert_eq!(mobil.name, "Mobil Corp");
        assert_eq!((mobil.mentions, mobil.sources), (5, 2));
        assert_eq!(mobil.kind, EntityKind::Organization);
        assert_eq!(table.entities.len(), 2);
    }

    #[test]
    fn a_rare_company_does_not_take_a_word_many_articles_use_alone() {
        let table = merge(&[
            (0, vec![ent("West Inc", EntityKind::Organization, 1)]),
            (1, vec![ent("West", EntityKind::Other, 40)]),
            (2, vec![ent("Trade Ltd", EntityKind::Organization, 1)]),
            (3, vec![ent("Trade", EntityKind::Other, 9)]),
        ]);
        assert_eq!(table.lookup("West").unwrap().name, "West");
        assert_eq!(table.lookup("Trade").unwrap().name, "Trade");
        assert_eq!(table.lookup("West Inc").unwrap().mentions, 1);
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
