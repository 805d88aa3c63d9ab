//! Fingerprints of passages, so that the same words told by several sources can be found:
//! MinHash over word shingles, cut into bands for locality-sensitive hashing.

/// Words per shingle.
const SHINGLE: usize = 4;
/// MinHash values per passage.
const HASHES: usize = 20;
/// Values per band: two passages share a band key when these many minima agree.
const ROWS: usize = 5;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;

/// One byte into an FNV-1a hash.
fn fnv(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x100000001b3)
}

/// The hashes of a text's words (runs of letters and digits), case ignored: FNV-1a of each
/// word's lower-case UTF-8 bytes, then a final mix (splitmix64). One pass over the bytes, with
/// characters decoded only beyond ASCII.
fn word_hashes(text: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut h = FNV_OFFSET;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (letter, width) = if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                h = fnv(h, b.to_ascii_lowercase());
            }
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                let mut buf = [0u8; 4];
                for lower in c.to_lowercase() {
                    h = lower.encode_utf8(&mut buf).bytes().fold(h, fnv);
                }
            }
            (c.is_alphanumeric(), c.len_utf8())
        };
        if letter {
            in_word = true;
        } else if in_word {
            out.push(mix(h));
            h = FNV_OFFSET;
            in_word = false;
        }
        i += width;
    }
    if in_word {
        out.push(mix(h));
    }
    out
}

/// A shingle's hash from its words' hashes, in order.
fn hash_shingle(words: &[u64]) -> u64 {
    mix(words
        .iter()
        .enumerate()
        .fold(0, |acc, (i, &w)| acc ^ w.rotate_left(16 * i as u32)))
}

const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

/// Per MinHash value, the constant that turns a shingle hash into that value's order:
/// `(h ^ SEEDS[i]) * ODD`, after one xor-shift (a one-round mixer: a bijection per value).
const SEEDS: [u64; HASHES] = {
    let mut seeds = [0u64; HASHES];
    let mut i = 0;
    while i < HASHES {
        // splitmix64's sequence
        seeds[i] = mix((i as u64 + 1).wrapping_mul(0x9E3779B97F4A7C15));
        i += 1;
    }
    seeds
};

/// Passages shorter than this many words get no fingerprint: too short to tell a copy.
const MIN_WORDS: usize = 15;

/// The MinHash signature of a text's word shingles; empty for texts under fifteen words.
pub fn signature(text: &str) -> Vec<u64> {
    let words = word_hashes(text);
    if words.len() < MIN_WORDS {
        return Vec::new();
    }
    minima(&words)[..HASHES].to_vec()
}

/// MinHash values computed side by side: [`HASHES`] rounded up to whole 512-bit vectors of
/// eight, the extra lanes computed and thrown away.
const LANES: usize = HASHES.div_ceil(8) * 8;

/// [`SEEDS`], padded with zeros to [`LANES`].
const LANE_SEEDS: [u64; LANES] = {
    let mut seeds = [0u64; LANES];
    let mut i = 0;
    while i < HASHES {
        seeds[i] = SEEDS[i];
        i += 1;
    }
    seeds
};

/// The MinHash values (the first [`HASHES`] lanes) of the shingles of a text's word hashes: with
/// AVX-512 where the processor has it (eight values per instruction), else one value at a time;
/// both give the same values.
fn minima(words: &[u64]) -> [u64; LANES] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f")
        && std::arch::is_x86_feature_detected!("avx512dq")
    {
        // SAFETY: the processor has the features `minima_avx512` is compiled for.
        return unsafe { minima_avx512(words) };
    }
    minima_of(words)
}

/// [`minima_of`] compiled for AVX-512 (its 64-bit multiplies are single vector instructions).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq")]
fn minima_avx512(words: &[u64]) -> [u64; LANES] {
    minima_of(words)
}

/// The MinHash values of the shingles of `words`, in lanes the compiler can vectorise.
#[inline(always)]
fn minima_of(words: &[u64]) -> [u64; LANES] {
    let mut minima = [u64::MAX; LANES];
    for shingle in words.windows(SHINGLE) {
        let s = hash_shingle(shingle);
        for (m, seed) in minima.iter_mut().zip(LANE_SEEDS) {
            let v = s ^ seed;
            *m = (*m).min((v ^ (v >> 32)).wrapping_mul(0xd6e8feb86659fd93));
        }
    }
    minima
}

/// Band keys of a text: passages sharing any key are candidates for the same text. Each key
/// hashes one band's rows together with the band's number, so keys of different bands differ.
pub fn bands(text: &str) -> Vec<u64> {
    signature(text)
        .chunks(ROWS)
        .enumerate()
        .map(|(i, rows)| rows.iter().fold(i as u64, |acc, &r| mix(acc ^ r)))
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

    /// The words' hashes as first written: split, then hash each word's lower-case bytes.
    fn word_hashes_by_splitting(text: &str) -> Vec<u64> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let mut buf = [0u8; 4];
                let bytes = w
                    .chars()
                    .flat_map(char::to_lowercase)
                    .flat_map(|c| c.encode_utf8(&mut buf).bytes().collect::<Vec<u8>>());
                mix(bytes.fold(FNV_OFFSET, fnv))
            })
            .collect()
    }

    #[test]
    fn one_pass_word_hashes_match_splitting_then_hashing() {
        for text in [
            "",
            "   ",
            "Putin's aide, Yuri Ushakov, said: \u{201C}No.\u{201D}",
            "Zürich SAID, été! İstanbul ΣΊΣΥΦΟΣ straße ǅemal 42nd",
            "end-to-end U.S.-Russia talks\u{2014}and then\u{00A0}nothing",
            "日本語のテキスト と 中文 mixed",
            "trailing word",
        ] {
            assert_eq!(
                word_hashes(text),
                word_hashes_by_splitting(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_word_hashes_match_on_any_text(text in "\\PC{0,80}") {
            proptest::prop_assert_eq!(word_hashes(&text), word_hashes_by_splitting(&text));
        }
    }

    #[test]
    fn vector_and_scalar_minima_agree() {
        let text = "The company said on Tuesday that its profits for the year rose by ten percent \
                    to a record high, and that it would pay a larger dividend to its shareholders";
        let words = word_hashes(text);
        let scalar = minima_of(&words);
        assert_eq!(minima(&words), scalar);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512dq")
        {
            // SAFETY: the processor has the features the function is compiled for.
            assert_eq!(unsafe { minima_avx512(&words) }, scalar);
        }
        assert!(scalar[..HASHES].iter().all(|&m| m != u64::MAX));
    }

    #[test]
    fn words_are_hashed_without_case_and_shingles_in_order() {
        assert_eq!(
            word_hashes("Zürich SAID, été!"),
            word_hashes("zürich said ÉTÉ")
        );
        let w = word_hashes("one two three four");
        let mut swapped = w.clone();
        swapped.swap(0, 1);
        assert_ne!(hash_shingle(&w), hash_shingle(&swapped));
    }
}
