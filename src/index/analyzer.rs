//! The writer's `en_stem` analyzer: tantivy's own (simple tokenizer, long words dropped, lower
//! case, English Snowball stems) with a cache of stems. News repeats its words, so most tokens
//! are looked up instead of stemmed again; the tokens are the same, so queries parsed with
//! tantivy's built-in `en_stem` find them.

use std::borrow::Cow;

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

/// Slots of the cache (a power of two): 2 MiB per indexed text field and indexing thread. With
/// 2^14 slots (512 KiB) a pass over BBC stemmed in 41 ms; here 31 ms: far fewer words evict
/// each other, and a missed word costs a Snowball stem.
const CACHE_SLOTS: usize = 1 << 16;

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

    /// Starts loading the slot of `word` into the processor's cache, so that a lookup of it
    /// shortly after does not wait for memory.
    fn prefetch(&self, word: u128) {
        #[cfg(target_arch = "x86_64")]
        {
            let slot: *const (u128, u128) = &self.slots[Self::slot(word)];
            // SAFETY: SSE is part of x86_64, and a prefetch only hints: it reads nothing the
            // program sees and cannot fault (the pointer is to a live slot anyway).
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(slot.cast())
            };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = word;
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
    if packed & (u128::from(crate::swar::HIGH) * ((1 << 64) + 1)) == 0 {
        out.clear();
        // SAFETY: the bytes are ASCII, and ASCII is UTF-8.
        out.push_str(unsafe { std::str::from_utf8_unchecked(&bytes[..len]) });
        return true;
    }
    match std::str::from_utf8(&bytes[..len]) {
        Ok(text) => {
            out.clear();
            out.push_str(text);
            true
        }
        Err(_) => false,
    }
}

/// Tokens of this many bytes or more are dropped (tantivy's `en_stem` removes them with
/// `RemoveLongFilter::limit(40)`), their positions left empty.
const MAX_TOKEN_BYTES: usize = 40;

/// The `en_stem` analyzer, stems cached (one cache per clone: tantivy clones it per indexing
/// thread).
pub fn cached_en_stem() -> TextAnalyzer {
    TextAnalyzer::from(CachedEnStem {
        token: Token::default(),
        stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        cache: StemCache::new(),
        words: Vec::new(),
    })
}

/// tantivy's `en_stem` chain — simple tokenizer (runs of alphanumeric characters), long words
/// dropped, lower case, English stems — as one tokenizer over the bytes, stems cached: a short
/// ASCII word is lowered into its cache key directly and, when found, only its stem is written.
/// A text's words are all found first and their cache slots fetched then, so that the lookups
/// of the tokens, one at a time between tantivy's own work, seldom wait for memory.
#[derive(Clone)]
pub struct CachedEnStem {
    token: Token,
    stemmer: frostem::Stemmer,
    cache: StemCache,
    /// The words of the text being tokenized (kept to reuse its allocation).
    words: Vec<Word>,
}

/// A word of the text being tokenized.
#[derive(Clone, Copy)]
struct Word {
    /// Its first byte.
    start: usize,
    /// The byte after it.
    end: usize,
    /// For a word of 1 to 16 ASCII bytes, its lower case packed (see [`pack`]): its cache key.
    key: Option<u128>,
}

impl Tokenizer for CachedEnStem {
    type TokenStream<'a> = CachedEnStemStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CachedEnStemStream<'a> {
        self.token.reset();
        self.words.clear();
        let mut from = 0;
        while let Some((start, end)) = next_word(text, from) {
            let key = short_ascii_key(text.as_bytes(), start, end);
            if let Some(key) = key {
                self.cache.prefetch(key);
            }
            self.words.push(Word { start, end, key });
            from = end;
        }
        CachedEnStemStream {
            text,
            next: 0,
            analyzer: self,
        }
    }
}

/// The tokens of a text, stemmed.
pub struct CachedEnStemStream<'a> {
    text: &'a str,
    /// The index of the next word in the analyzer's words.
    next: usize,
    analyzer: &'a mut CachedEnStem,
}

/// The next run of alphanumeric characters at or after byte `from`, as a byte range.
fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // whether the character at `at` is a word's, and its width; ASCII is read byte by byte
    let word_char_at = |at: usize| -> (bool, usize) {
        let c = text[at..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    };
    let mut at = from;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_alphanumeric() {
            break;
        }
        if b.is_ascii() {
            at += 1;
            continue;
        }
        let (word, width) = word_char_at(at);
        if word {
            break;
        }
        at += width;
    }
    if at >= bytes.len() {
        return None;
    }
    let start = at;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        if b.is_ascii() {
            break;
        }
        let (word, width) = word_char_at(at);
        if !word {
            break;
        }
        at += width;
    }
    Some((start, at))
}

/// The packed lower case (see [`pack`]) of the word at `start..end` of `text` (letters and
/// digits), when it is 1 to 16 ASCII bytes long. The word is read as one 16-byte load when the
/// text goes on that far, its bytes beyond `end` masked off.
fn short_ascii_key(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end - start;
    if len == 0 || len > 16 {
        return None;
    }
    let packed = match text.get(start..start + 16) {
        Some(window) => {
            let window: [u8; 16] = window.try_into().ok()?;
            u128::from_le_bytes(window) & (u128::MAX >> (128 - 8 * len))
        }
        None => {
            let mut buf = [0u8; 16];
            buf[..len].copy_from_slice(&text[start..end]);
            u128::from_le_bytes(buf)
        }
    };
    let high = u128::from(crate::swar::HIGH) * ((1 << 64) + 1);
    if packed & high != 0 {
        return None;
    }
    let lower = |half: u64| half | (crate::swar::in_range(half, b'A', b'Z') >> 2);
    Some(u128::from(lower(packed as u64)) | (u128::from(lower((packed >> 64) as u64)) << 64))
}

impl CachedEnStem {
    /// Writes the stem of the lower case of `word` (alphanumeric characters) into the token;
    /// `short_ascii_key` is the word's [`short_ascii_key`].
    fn stem_into_token(&mut self, word: &str, short_ascii_key: Option<u128>) {
        let text = &mut self.token.text;
        let bytes = word.as_bytes();
        let short_ascii = short_ascii_key.is_some();
        if let Some(key) = short_ascii_key {
            if let Some(stem) = self.cache.get(key) {
                if unpack_into(stem, text) {
                    return;
                }
            }
        }
        text.clear();
        if bytes.is_ascii() {
            text.push_str(word);
            text.make_ascii_lowercase();
        } else {
            // as tantivy's `LowerCaser`: character by character, no final-sigma rule
            for c in word.chars() {
                text.extend(c.to_lowercase());
            }
        }
        let key = pack(text);
        if !short_ascii {
            if let Some(stem) = key.and_then(|k| self.cache.get(k)) {
                if unpack_into(stem, text) {
                    return;
                }
            }
        }
        let stem = self.stemmer.stem(text);
        if let (Some(key), Some(packed)) = (key, pack(&stem).or(stem.is_empty().then_some(0))) {
            self.cache.insert(key, packed);
        }
        // a word that is its own stem stays as it is
        if let Cow::Owned(stem) = stem {
            *text = stem;
        }
    }
}

impl TokenStream for CachedEnStemStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some(&Word { start, end, key }) = self.analyzer.words.get(self.next) {
            self.next += 1;
            let token = &mut self.analyzer.token;
            // every word takes a position, a dropped one too
            token.position = token.position.wrapping_add(1);
            if end - start >= MAX_TOKEN_BYTES {
                continue;
            }
            token.offset_from = start;
            token.offset_to = end;
            self.analyzer.stem_into_token(&self.text[start..end], key);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.analyzer.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.analyzer.token
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

    #[test]
    fn unicode_words_and_long_words_are_tokenized_as_tantivy_does() {
        let mut builtin = TokenizerManager::default().get("en_stem").unwrap();
        let mut cached = cached_en_stem();
        let text = "ΣΊΣΥΦΟΣ İstanbul STRASSE Straße ǅemal 42nd 日本語のテキスト, Zürich's \
                    ÉTÉS été été; abcdefghijklmnopqrstuvwxyzabcdefghijklmn \
                    abcdefghijklmnopqrstuvwxyzabcdefghijklm x\u{00A0}y\u{2014}z, end";
        let expected = tokens(&mut builtin, text);
        assert_eq!(tokens(&mut cached, text), expected);
        assert_eq!(tokens(&mut cached, text), expected);
        assert!(tokens(&mut cached, "").is_empty() && tokens(&mut cached, " ,; ").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_tokenized_as_tantivy_does(
            text in "(\\PC{0,12}|[A-Za-z]{1,45}|[ ,.'-]{1,3}){0,12}"
        ) {
            let mut builtin = TokenizerManager::default().get("en_stem").unwrap();
            let mut cached = cached_en_stem();
            let expected = tokens(&mut builtin, &text);
            proptest::prop_assert_eq!(tokens(&mut cached, &text), expected.clone());
            proptest::prop_assert_eq!(tokens(&mut cached, &text), expected);
        }
    }
}
