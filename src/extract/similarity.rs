//! Fingerprints of passages, so that the same words told by several sources can be found:
//! MinHash over word shingles, cut into bands for locality-sensitive hashing.

/// Words per shingle.
const SHINGLE: usize = 4;
/// MinHash values per passage.
const HASHES: usize = 20;
/// Values per band: two passages share a band key when these many minima agree.
const ROWS: usize = 5;

/// Lower-case words of a text, punctuation dropped.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn hash_str(s: &str, seed: u64) -> u64 {
    // FNV-1a with a seed, then a final mix (splitmix64)
    let mut h = 0xcbf29ce484222325u64 ^ seed.wrapping_mul(0x9E3779B97F4A7C15);
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
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
    let shingles: Vec<u64> = words
        .windows(SHINGLE)
        .map(|w| hash_str(&w.join(" "), 0))
        .collect();
    (0..HASHES as u64)
        .map(|i| {
            shingles
                .iter()
                .map(|&s| mix(s ^ i.wrapping_mul(0x9E3779B97F4A7C15)))
                .min()
                .unwrap_or(0)
        })
        .collect()
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
}
