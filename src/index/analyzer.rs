//! The writer's `en_stem` analyzer: tantivy's own (simple tokenizer, long words dropped, lower
//! case, English Snowball stems) with a cache of stems. News repeats its words, so most tokens
//! are looked up instead of stemmed again; the tokens are the same, so queries parsed with
//! tantivy's built-in `en_stem` find them.

use std::borrow::Cow;

use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// Slots of the cache (a power of two): 512 KiB, small enough to stay in a core's cache.
const CACHE_SLOTS: usize = 1 << 14;

/// A direct-mapped cache of stems: each word has one slot, chosen by its hash, and a new word
/// takes the slot over. Words and stems of up to 16 bytes are packed into integers (see
/// [`pack`]), so that a lookup is one load and one comparison; longer words are stemmed every
/// time.
#[derive(Clone)]
struct StemCache {
    /// (packed word, packed stem); a word of 0 is an empty slot.
    slots: Vec<(u128, u128)>,
}

impl StemCache {
    fn new() -> StemCache {
        StemCache {
            slots: vec![(0, 0); CACHE_SLOTS],
        }
    }

    fn slot(word: u128) -> usize {
        let folded = (word as u64) ^ ((word >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E3779B97F4A7C15) >> (64 - CACHE_SLOTS.trailing_zeros())) as usize
    }

    fn get(&self, word: u128) -> Option<u128> {
        let (key, stem) = self.slots[Self::slot(word)];
        (key == word).then_some(stem)
    }

    fn insert(&mut self, word: u128, stem: u128) {
        self.slots[Self::slot(word)] = (word, stem);
    }
}

/// A word of 1 to 16 bytes, none of them zero, as an integer: its bytes, zero-padded.
fn pack(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 16 || bytes.contains(&0) {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..bytes.len()].copy_from_slice(bytes);
    Some(u128::from_le_bytes(buf))
}

/// Writes the text [`pack`] made an integer of (empty for 0) in place of `out`'s.
fn unpack_into(packed: u128, out: &mut String) -> bool {
    let bytes = packed.to_le_bytes();
    // no zero byte inside a packed word: its length is where the zero padding starts
    let len = (128 - packed.leading_zeros() as usize).div_ceil(8);
    match std::str::from_utf8(&bytes[..len]) {
        Ok(text) => {
            out.clear();
            out.push_str(text);
            true
        }
        Err(_) => false,
    }
}

/// The `en_stem` analyzer, stems cached (one cache per clone: tantivy clones it per indexing
/// thread).
pub fn cached_en_stem() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(CachedStemmer)
        .build()
}

/// English stems through a cache.
#[derive(Clone, Copy, Debug, Default)]
pub struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner: tokenizer,
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            cache: StemCache::new(),
        }
    }
}

/// [`CachedStemmer`] applied to a tokenizer; holds the cache.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    stemmer: frostem::Stemmer,
    cache: StemCache,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: self.stemmer,
            cache: &mut self.cache,
        }
    }
}

/// The tokens of a text, stemmed.
pub struct CachedStemmerStream<'a, T> {
    tail: T,
    stemmer: frostem::Stemmer,
    cache: &'a mut StemCache,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let key = pack(&token.text);
        if let Some(stem) = key.and_then(|k| self.cache.get(k)) {
            if unpack_into(stem, &mut token.text) {
                return true;
            }
        }
        let stem = self.stemmer.stem(&token.text);
        if let (Some(key), Some(packed)) = (key, pack(&stem).or(stem.is_empty().then_some(0))) {
            self.cache.insert(key, packed);
        }
        // a word that is its own stem stays as it is
        if let Cow::Owned(stem) = stem {
            token.text = stem;
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::TokenizerManager;

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn packed_words_of_every_length_unpack_to_themselves() {
        let mut out = String::from("left over");
        for word in [
            "a",
            "zürich",
            "negotiator",
            "sixteen-letters!",
            "ÄÖÜäöüßé",
            "日本語",
        ] {
            assert!(word.len() <= 16);
            assert!(unpack_into(pack(word).unwrap(), &mut out));
            assert_eq!(out, word);
        }
        assert!(pack("seventeen-letters").is_none() && pack("").is_none());
        assert!(unpack_into(0, &mut out) && out.is_empty());
    }

    #[test]
    fn cached_stems_are_tantivys_stems_on_every_pass() {
        let mut builtin = TokenizerManager::default().get("en_stem").unwrap();
        let mut cached = cached_en_stem();
        let text = "Running talks: the Kremlin's negotiators RAN, ran and were running; \
                    Zürich's relations, generously, internationalizations (over 16 bytes), \
                    a verylongwordthatgoesonandonandonandonandon";
        let expected = tokens(&mut builtin, text);
        assert!(expected.iter().any(|t| t.0 == "run"));
        // the first pass fills the cache, the second reads it
        assert_eq!(tokens(&mut cached, text), expected);
        assert_eq!(tokens(&mut cached, text), expected);
    }
}
