//! What story grouping keeps of every file — its source, a fingerprint of its bytes, and its most
//! mentioned names — in a few flat arrays in source order: tens of bytes per file, so a million
//! files fit in tens of megabytes.

use rustc_hash::FxHashMap;

/// How many of a file's names are kept (grouping weighs the eight most mentioned after merging).
pub const NAMES_KEPT: usize = 16;

/// The files of the index in source order.
#[derive(Debug, Default)]
pub struct FileTable {
    sources: String,
    source_ends: Vec<usize>,
    fingerprints: Vec<u128>,
    name_ends: Vec<usize>,
    names: Vec<(u32, u32)>,
    name_list: Vec<String>,
    /// For each position in source order, the file's place in the arrays above (the order the
    /// files were added in): sorting a permutation, not the arrays, holds them only once.
    order: Vec<u32>,
}

impl FileTable {
    /// Number of files.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether there are no files.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The source of the `i`-th file in source order.
    pub fn source(&self, i: usize) -> &str {
        self.added_source(self.order[i] as usize)
    }

    /// The fingerprint of the `i`-th file's bytes: equal for byte-identical files.
    pub fn fingerprint(&self, i: usize) -> u128 {
        self.fingerprints[self.order[i] as usize]
    }

    /// The `i`-th file's most mentioned names as (name number, mentions), most mentioned first.
    pub fn names(&self, i: usize) -> &[(u32, u32)] {
        let j = self.order[i] as usize;
        let start = if j == 0 { 0 } else { self.name_ends[j - 1] };
        &self.names[start..self.name_ends[j]]
    }

    /// The name with number `id`.
    pub fn name(&self, id: u32) -> &str {
        &self.name_list[id as usize]
    }

    /// The position in source order of a source, if the table has it.
    pub fn position(&self, source: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.source(mid).cmp(source) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The source of the `j`-th file added.
    fn added_source(&self, j: usize) -> &str {
        let start = if j == 0 { 0 } else { self.source_ends[j - 1] };
        &self.sources[start..self.source_ends[j]]
    }
}

/// Builds a [`FileTable`] one file at a time, in any order.
#[derive(Debug, Default)]
pub struct FileTableBuilder {
    table: FileTable,
    name_ids: FxHashMap<String, u32>,
}

impl FileTableBuilder {
    /// Adds a file: its source, content hash, and names with their mentions.
    pub fn add<'a>(
        &mut self,
        source: &str,
        hash: &str,
        names: impl IntoIterator<Item = (&'a str, usize)>,
    ) {
        let t = &mut self.table;
        t.sources.push_str(source);
        t.source_ends.push(t.sources.len());
        t.fingerprints.push(fingerprint(hash));
        let mut names: Vec<(&str, usize)> = names.into_iter().collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        names.truncate(NAMES_KEPT);
        for (name, mentions) in names {
            let id = match self.name_ids.get(name) {
                Some(&id) => id,
                None => {
                    let id = t.name_list.len() as u32;
                    t.name_list.push(name.to_string());
                    self.name_ids.insert(name.to_string(), id);
                    id
                }
            };
            t.names
                .push((id, u32::try_from(mentions).unwrap_or(u32::MAX)));
        }
        t.name_ends.push(t.names.len());
    }

    /// The table, in source order.
    pub fn finish(self) -> FileTable {
        let mut table = self.table;
        let count = table.source_ends.len();
        let mut order: Vec<u32> = (0..count as u32).collect();
        order.sort_by(|&a, &b| {
            table
                .added_source(a as usize)
                .cmp(table.added_source(b as usize))
        });
        table.order = order;
        table.sources.shrink_to_fit();
        table.source_ends.shrink_to_fit();
        table.fingerprints.shrink_to_fit();
        table.name_ends.shrink_to_fit();
        table.names.shrink_to_fit();
        table
    }
}

/// 128 bits of the content hash (any text: the stored hash is not trusted to be hex).
fn fingerprint(hash: &str) -> u128 {
    let digest = blake3::hash(hash.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest.as_bytes()[..16]);
    u128::from_le_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_come_out_in_source_order_with_their_names() {
        let mut b = FileTableBuilder::default();
        b.add("b.txt", "h1", [("Kyiv", 2), ("Putin", 5)]);
        b.add("a.txt", "h2", [("Putin", 1)]);
        b.add("c.txt", "h1", []);
        let t = b.finish();
        assert_eq!(t.len(), 3);
        assert_eq!(
            (0..3).map(|i| t.source(i)).collect::<Vec<_>>(),
            ["a.txt", "b.txt", "c.txt"]
        );
        let names = |i| {
            t.names(i)
                .iter()
                .map(|&(id, m)| (t.name(id), m))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(0), [("Putin", 1)]);
        assert_eq!(names(1), [("Putin", 5), ("Kyiv", 2)]);
        assert!(names(2).is_empty());
        assert_eq!(t.fingerprint(1), t.fingerprint(2));
        assert_ne!(t.fingerprint(0), t.fingerprint(1));
        assert_eq!(t.position("b.txt"), Some(1));
        assert_eq!(t.position("d.txt"), None);
    }
}
