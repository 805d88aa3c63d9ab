//! Fingerprints of passages, so that the same words told by several sources can be found:
//! MinHash over word shingles, cut into bands for locality-sensitive hashing.

/// Words per shingle.
const SHINGLE: usize = 4;
/// MinHash values per passage.
const HASHES: usize = 20;
/// Values per band: two passages share a band key when these many minima agree.
const ROWS: usize = 5;

/// The lower-case words of a text, punctuation dropped (borrowed: lower-cased as hashed).
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// FNV-1a (seed 0) of the lower-case words joined by spaces, then a final mix (splitmix64);
/// the same value as hashing the joined string, without making it.
fn hash_shingle(words: &[&str]) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
    let mut eat = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    };
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        if w.is_ascii() {
            w.bytes().for_each(|b| eat(b.to_ascii_lowercase()));
        } else {
            let mut buf = [0u8; 4];
            for c in w.chars().flat_map(char::to_lowercase) {
                c.encode_utf8(&mut buf).bytes().for_each(&mut eat);
            }
        }
    }
    mix(h)
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

/// Passages shorter than this many words get no fingerprint: too short to tell a copy.
const MIN_WORDS: usize = 15;

/// The MinHash signature of a text's word shingles; empty for texts under fifteen words.
pub fn signature(text: &str) -> Vec<u64> {
    let words = words(text);
    if words.len() < MIN_WORDS {
        return Vec::new();
    }
    let mut minima = [u64::MAX; HASHES];
    for shingle in words.windows(SHINGLE) {
        let s = hash_shingle(shingle);
        for (i, m) in minima.iter_mut().enumerate() {
            *m = (*m).min(mix(s ^ (i as u64).wrapping_mul(0x9E3779B97F4A7C15)));
        }
    }
    minima.to_vec()
}

/// Band keys of a text: passages sharing any key are candidates for the same text.
pub fn bands(text: &str) -> Vec<String> {
    signature(text)
        .chunks(ROWS)
        .enumerate()
        .map(|(i, rows)| {
            let h = rows.iter().fold(i as u64, |acc, &r| mix(acc ^ r));
            format!("{i}:{h:016x}")
        })
        .collect()
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_duplicates_share_bands_and_strangers_do_not() {
        let a = "The company said on Tuesday that its profits for the year rose by ten percent to a record high";
        let b = "The company said on Tuesday that its profits for the year rose by ten percent to a new record";
        let c = "Rain fell across the north of the country as forecasters warned of floods and closed roads";
        assert!(similarity(&signature(a), &signature(b)) > 0.5);
        assert!(similarity(&signature(a), &signature(c)) < 0.2);
        let (ba, bc) = (bands(a), bands(c));
        assert!(ba.iter().all(|k| !bc.contains(k)));
        assert!(bands("too short").is_empty());
    }

    #[test]
    fn shingle_hash_is_that_of_the_joined_words() {
        let fnv = |s: &str| {
            let mut h = 0xcbf29ce484222325u64;
            for b in s.as_bytes() {
                h ^= *b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
            mix(h)
        };
        assert_eq!(
            hash_shingle(&["Zürich", "SAID", "ÉTÉ", "x"]),
            fnv("zürich said été x")
        );
    }
}
