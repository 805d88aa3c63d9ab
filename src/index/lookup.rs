//! A sorted key → value file that is searched in place, never parsed: what a query needs of the
//! derived tables (canonical names, aliases, stories, identical files, single-source passages)
//! costs a memory map and a few binary searches, however large the corpus.
//!
//! Layout: a header line `newsidx-lookup <opstamp>`, then one line `key\tvalue` per entry in
//! byte order of the keys. Tabs and line breaks inside keys and values are written as spaces
//! (and looked up the same way).

use anyhow::Result;
use std::cmp::Ordering;
use std::path::Path;

const HEADER: &str = "newsidx-lookup ";

enum Bytes {
    Mapped(memmap2::Mmap),
    Owned(Vec<u8>),
}

/// Writes a table one kind of entry at a time, so only one kind is ever held in memory; the
/// kinds must come in the order of their keys (each kind's keys share a prefix of their own).
pub struct LookupWriter<'a, W: std::io::Write> {
    out: &'a mut W,
    last_key: Option<String>,
}

impl<'a, W: std::io::Write> LookupWriter<'a, W> {
    /// Starts a table made from the commit `opstamp`.
    pub fn new(out: &'a mut W, opstamp: u64) -> Result<LookupWriter<'a, W>> {
        out.write_all(format!("{HEADER}{opstamp}\n").as_bytes())?;
        Ok(LookupWriter {
            out,
            last_key: None,
        })
    }

    /// Writes the entries of one kind, sorted (the first value of a repeated key wins).
    pub fn kind(&mut self, entries: Vec<(String, String)>) -> Result<()> {
        let entries: Vec<(String, String)> = entries
            .into_iter()
            .map(|(k, v)| (clean_owned(k), clean_owned(v)))
            .collect();
        // the entries in key order, a repeated key's in the order they came: sorted by their
        // keys' first eight bytes as a number (no call to compare most pairs), then whole keys,
        // then places
        anyhow::ensure!(
            entries.len() <= u32::MAX as usize,
            "too many lookup entries of one kind"
        );
        let mut order: Vec<(u64, u32)> = entries
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (key_prefix(k), i as u32))
            .collect();
        order.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| entries[a.1 as usize].0.cmp(&entries[b.1 as usize].0))
                .then(a.1.cmp(&b.1))
        });
        let mut last: Option<&str> = None;
        for &(_, i) in &order {
            let (k, v) = &entries[i as usize];
            if let Some(previous) = last {
                // a repeated key: the first value stays
                if previous == k {
                    continue;
                }
            } else if let Some(before) = &self.last_key {
                anyhow::ensure!(
                    before < k,
                    "lookup entries out of order: {before:?} before {k:?}"
                );
            }
            last = Some(k);
            self.out.write_all(k.as_bytes())?;
            self.out.write_all(b"\t")?;
            self.out.write_all(v.as_bytes())?;
            self.out.write_all(b"\n")?;
        }
        if let Some(k) = last {
            self.last_key = Some(k.to_string());
        }
        Ok(())
    }

    /// Ends the table.
    pub fn finish(self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

/// A sorted key → value table, memory-mapped from its file or built in memory.
pub struct Lookup {
    bytes: Bytes,
    body_start: usize,
    opstamp: u64,
}

fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr3(b'\t', b'\n', b'\r', s.as_bytes()).is_some() {
        std::borrow::Cow::Owned(s.replace(['\t', '\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// [`clean`] of a string of one's own: itself when it needs no change.
fn clean_owned(s: String) -> String {
    match clean(&s) {
        std::borrow::Cow::Owned(cleaned) => cleaned,
        std::borrow::Cow::Borrowed(_) => s,
    }
}

/// The first eight bytes of `key` (zero-padded) as a number that orders as they do.
fn key_prefix(key: &str) -> u64 {
    let mut first = [0u8; 8];
    let n = key.len().min(8);
    first[..n].copy_from_slice(&key.as_bytes()[..n]);
    u64::from_be_bytes(first)
}

impl Lookup {
    /// A table from the bytes [`LookupWriter`] wrote; `None` when they are not a table.
    pub fn from_bytes(bytes: Vec<u8>) -> Option<Lookup> {
        Lookup::with_header(Bytes::Owned(bytes))
    }

    /// Maps a saved table; `None` when the file is missing or not a table.
    pub fn open(path: &Path) -> Option<Lookup> {
        let file = std::fs::File::open(path).ok()?;
        // SAFETY: the file is only ever replaced whole by an atomic rename (`write_atomic`), never
        // written in place, so the mapped bytes cannot change under us.
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        Lookup::with_header(Bytes::Mapped(map))
    }

    /// A table over `bytes` whose first line is its header; `None` when it is not one.
    fn with_header(bytes: Bytes) -> Option<Lookup> {
        let all: &[u8] = match &bytes {
            Bytes::Mapped(m) => m,
            Bytes::Owned(v) => v,
        };
        let newline = all.iter().position(|&b| b == b'\n')?;
        let header = std::str::from_utf8(&all[..newline]).ok()?;
        let opstamp = header.strip_prefix(HEADER)?.parse().ok()?;
        Some(Lookup {
            bytes,
            body_start: newline + 1,
            opstamp,
        })
    }

    /// The commit the table was made from.
    pub fn opstamp(&self) -> u64 {
        self.opstamp
    }

    fn all(&self) -> &[u8] {
        match &self.bytes {
            Bytes::Mapped(m) => m,
            Bytes::Owned(v) => v,
        }
    }

    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        let key = clean(key);
        let key = key.as_bytes();
        let body = &self.all()[self.body_start..];
        let (mut lo, mut hi) = (0, body.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = body[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |i| lo + i + 1);
            let end = body[start..hi]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(hi, |i| start + i);
            let line = &body[start..end];
            let tab = line.iter().position(|&b| b == b'\t').unwrap_or(line.len());
            match line[..tab].cmp(key) {
                Ordering::Equal => {
                    let value = line.get(tab + 1..).unwrap_or_default();
                    return std::str::from_utf8(value).ok();
                }
                Ordering::Less => lo = end + 1,
                Ordering::Greater => hi = start,
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    impl Lookup {
        /// Builds a table in memory from entries of any order (the first value of a repeated key
        /// wins).
        pub fn build(opstamp: u64, entries: Vec<(String, String)>) -> Result<Lookup> {
            let mut bytes = Vec::new();
            let mut writer = LookupWriter::new(&mut bytes, opstamp)?;
            writer.kind(entries)?;
            writer.finish()?;
            Lookup::from_bytes(bytes).context("the table just written cannot be read")
        }
    }

    fn table() -> Lookup {
        let entries = (0..500)
            .map(|i| (format!("key{i}"), format!("value {i}")))
            .chain([
                ("a\tb".to_string(), "tab\nin key".to_string()),
                ("".to_string(), "empty key".to_string()),
                ("key7".to_string(), "repeated".to_string()),
            ])
            .collect();
        Lookup::build(42, entries).unwrap()
    }

    #[test]
    fn finds_every_key_and_nothing_else() {
        let t = table();
        for i in 0..500 {
            assert_eq!(
                t.get(&format!("key{i}")),
                Some(format!("value {i}").as_str())
            );
        }
        assert_eq!(t.get("key500"), None);
        assert_eq!(t.get("key"), None);
        assert_eq!(t.get("zzz"), None);
        assert_eq!(t.get(""), Some("empty key"));
        assert_eq!(t.get("a\tb"), Some("tab in key"));
        assert_eq!(t.get("key7"), Some("value 7"));
    }

    #[test]
    fn survives_a_save_and_a_map() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.tsv");
        crate::index::store::write_atomic(&path, table().all()).unwrap();
        let t = Lookup::open(&path).unwrap();
        assert_eq!(t.opstamp(), 42);
        assert_eq!(t.get("key499"), Some("value 499"));
        std::fs::write(&path, b"not a table\n").unwrap();
        assert!(Lookup::open(&path).is_none());
    }

    #[test]
    fn entries_are_written_as_a_stable_sort_and_first_of_each_key_would_write_them() {
        let words = [
            "",
            "a",
            "ab",
            "ab\0",
            "abcdefgh",
            "abcdefgh",
            "abcdefghi",
            "abcdefgg~",
            "abcdefgh\0",
            "Zelensky’s",
            "Москва",
            "café",
            "cafe",
            "“curly”",
            "a\tb",
            "a b",
            "x\ny",
            "\u{1f}n",
            "n\u{1f}United States",
            "n\u{1f}United Kingdom",
            "n\u{1f}United",
            "e\u{1f}10",
            "e\u{1f}9",
            "e\u{1f}100",
            "\u{7f}",
            "\u{80}",
            "ÿ",
        ];
        let entries: Vec<(String, String)> = (0..words.len() * 3)
            .map(|i| {
                let key = words[(i * 7) % words.len()].to_string();
                (key, format!("value {i}"))
            })
            .collect();
        let mut expected: Vec<(String, String)> = entries
            .iter()
            .map(|(k, v)| (clean(k).into_owned(), clean(v).into_owned()))
            .collect();
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        expected.dedup_by(|later, earlier| later.0 == earlier.0);
        let mut bytes = Vec::new();
        let mut writer = LookupWriter::new(&mut bytes, 1).unwrap();
        writer.kind(entries).unwrap();
        writer.finish().unwrap();
        let mut written = String::from_utf8(bytes).unwrap();
        written.drain(..written.find('\n').unwrap() + 1);
        let lines: Vec<String> = expected
            .iter()
            .map(|(k, v)| format!("{k}\t{v}\n"))
            .collect();
        assert_eq!(written, lines.concat());
    }

    #[test]
    fn an_empty_table_finds_nothing() {
        assert_eq!(Lookup::build(0, Vec::new()).unwrap().get("x"), None);
    }

    #[test]
    fn kinds_are_written_in_order_and_out_of_order_kinds_are_refused() {
        let mut bytes = Vec::new();
        let mut w = LookupWriter::new(&mut bytes, 7).unwrap();
        w.kind(vec![("b2".into(), "x".into()), ("b1".into(), "y".into())])
            .unwrap();
        w.kind(vec![("c1".into(), "z".into())]).unwrap();
        assert!(w.kind(vec![("a9".into(), "late".into())]).is_err());
        w.finish().unwrap();
        let t = Lookup::from_bytes(bytes).unwrap();
        assert_eq!(t.opstamp(), 7);
        assert_eq!(t.get("b1"), Some("y"));
        assert_eq!(t.get("c1"), Some("z"));
        assert_eq!(t.get("a9"), None);
    }
}
