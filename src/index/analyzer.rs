//! The writer's `en_stem` analyzer: tantivy's own (simple tokenizer, long words dropped, lower
//! case, English Snowball stems) with a cache of stems. News repeats its words, so most tokens
//! are looked up instead of stemmed again; the tokens are the same, so queries parsed with
//! tantivy's built-in `en_stem` find them.

use std::borrow::Cow;

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

/// Slots of the cache (a power of two): 2 MiB per indexing thread (see [`THREAD_CACHE`]). With
/// 2^14 slots (512 KiB) a pass over BBC stemmed in 41 ms; here 31 ms: far fewer words evict
/// each other, and a missed word costs a Snowball stem.
const CACHE_SLOTS: usize = 1 << 16;

/// Slots of the cache a word may take: two, in one 64-byte line of memory.
const WAYS: usize = 2;

/// One set of the cache: the [`WAYS`] slots a word may take, the more recently used first, in one
/// line of the processor's cache. A word of 0 is an empty slot.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct CacheSet([(u128, u128); WAYS]);

/// A two-way set-associative cache of stems: each word may take either slot of its set, chosen by
/// its hash; a new word takes the first slot and moves the word there to the second, evicting
/// the one before it, so two words of one set no longer evict each other. Words and stems of up
/// to 16 bytes are packed into integers (see [`pack`]), so that a lookup is one or two loads
/// and comparisons in the same line of memory; longer words are stemmed every time.
#[derive(Clone, Default)]
struct StemCache {
    /// (packed word, packed stem) pairs, [`WAYS`] to a set; none in a cache that is not there
    /// (see [`CachedEnStem`]'s), which finds nothing and keeps nothing.
    sets: Vec<CacheSet>,
}

impl StemCache {
    /// An empty cache of [`CACHE_SLOTS`] slots.
    fn with_slots() -> StemCache {
        StemCache {
            sets: vec![CacheSet([(0, 0); WAYS]); CACHE_SLOTS / WAYS],
        }
    }

    fn set(word: u128) -> usize {
        let folded = (word as u64) ^ ((word >> 64) as u64).rotate_left(29);
        let bits = (CACHE_SLOTS / WAYS).trailing_zeros();
        (folded.wrapping_mul(0x9E3779B97F4A7C15) >> (64 - bits)) as usize
    }

    /// Whether this is a cache that is not there (see [`StemCache::sets`]).
    fn is_absent(&self) -> bool {
        self.sets.is_empty()
    }

    /// Starts loading the set of `word` into the processor's cache, so that a lookup of it
    /// shortly after does not wait for memory.
    fn prefetch(&self, word: u128) {
        #[cfg(target_arch = "x86_64")]
        if let Some(set) = self.sets.get(Self::set(word)) {
            let set: *const CacheSet = set;
            // SAFETY: SSE is part of x86_64, and a prefetch only hints: it reads nothing the
            // program sees and cannot fault (the pointer is to a live set anyway).
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(set.cast())
            };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = word;
    }

    /// The stem of `word`, if cached; a word found in the second slot moves to the first.
    fn get(&mut self, word: u128) -> Option<u128> {
        let CacheSet([first, second]) = self.sets.get_mut(Self::set(word))?;
        if first.0 == word {
            return Some(first.1);
        }
        if second.0 == word {
            std::mem::swap(first, second);
            return Some(first.1);
        }
        None
    }

    fn insert(&mut self, word: u128, stem: u128) {
        if let Some(CacheSet([first, second])) = self.sets.get_mut(Self::set(word)) {
            *second = std::mem::replace(first, (word, stem));
        }
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

/// The `en_stem` analyzer, stems cached (one cache per thread, see [`THREAD_CACHE`]).
pub fn cached_en_stem() -> TextAnalyzer {
    TextAnalyzer::from(CachedEnStem {
        token: Token::default(),
        stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        cache: StemCache::default(),
        words: Vec::new(),
    })
}

thread_local! {
    /// The stem cache of this thread's analyzers while none of them is tokenizing. tantivy
    /// clones the analyzer for each indexed field of each segment it writes, and tokenizes one
    /// field value at a time: a text takes the cache and its stream gives it back, so the fields
    /// share their words (entity_text's names are the text's) and a new segment starts with
    /// the words of those before.
    static THREAD_CACHE: std::cell::Cell<StemCache> =
        const { std::cell::Cell::new(StemCache { sets: Vec::new() }) };
}

/// tantivy's `en_stem` chain — simple tokenizer (runs of alphanumeric characters), long words
/// dropped, lower case, English stems — as one tokenizer over the bytes, stems cached: a short
/// ASCII word is lowered into its cache key directly and, when found, only its stem is written.
/// A text's words are all found first and their cache slots fetched then, so that the lookups
/// of the tokens, one at a time between tantivy's own work, seldom wait for memory.
pub struct CachedEnStem {
    token: Token,
    stemmer: frostem::Stemmer,
    /// The stem cache while a text is tokenized (taken from [`THREAD_CACHE`] and given back
    /// by the stream), or one of its own when another analyzer of the thread held the thread's;
    /// else absent.
    cache: StemCache,
    /// The words of the text being tokenized (kept to reuse its allocation).
    words: Vec<Word>,
}

impl Clone for CachedEnStem {
    /// A copy without a stem cache: it takes its thread's when it tokenizes.
    fn clone(&self) -> CachedEnStem {
        CachedEnStem {
            token: self.token.clone(),
            stemmer: self.stemmer,
            cache: StemCache::default(),
            words: Vec::new(),
        }
    }
}

/// A word of the text being tokenized.
#[derive(Clone, Copy)]
struct Word {
    /// Its first byte.
    start: usize,
    /// The byte after it.
    end: usize,
    /// For a word of 1 to 16 ASCII bytes, its lower case packed (see [`pack`]): its cache key;
    /// 0 for any other word (no packed word is 0: this keeps a word in 32 bytes, not 48).
    key: u128,
}

impl Tokenizer for CachedEnStem {
    type TokenStream<'a> = CachedEnStemStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CachedEnStemStream<'a> {
        self.token.reset();
        self.words.clear();
        if self.cache.is_absent() {
            self.cache = THREAD_CACHE
                .try_with(|shared| shared.take())
                .ok()
                .filter(|shared| !shared.is_absent())
                .unwrap_or_else(StemCache::with_slots);
        }
        let cache = &self.cache;
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii() && !b.is_ascii_alphanumeric() {
                at += 1;
                continue;
            }
            // (`resume`: where to look for the next word; past a short word's end, an ASCII
            // byte that is no word's)
            let (start, end, key, resume) = match short_ascii_word(bytes, at) {
                Some((end, key)) => (at, end, Some(key), end + 1),
                None => {
                    let Some((start, end)) = next_word(text, at) else {
                        break;
                    };
                    (start, end, short_ascii_key(bytes, start, end), end)
                }
            };
            if let Some(key) = key {
                cache.prefetch(key);
            }
            self.words.push(Word {
                start,
                end,
                key: key.unwrap_or(0),
            });
            at = resume;
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

impl Drop for CachedEnStemStream<'_> {
    /// Gives the stem cache back to the thread, unless another analyzer gave one back meanwhile
    /// (then the analyzer keeps its own).
    fn drop(&mut self) {
        let cache = std::mem::take(&mut self.analyzer.cache);
        // (a thread that is ending has no cache left to give it to: it is dropped)
        let kept = THREAD_CACHE.try_with(|shared| {
            let other = shared.take();
            if other.is_absent() {
                shared.set(cache);
                None
            } else {
                shared.set(other);
                Some(cache)
            }
        });
        if let Ok(Some(own)) = kept {
            self.analyzer.cache = own;
        }
    }
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

/// The top bits of the bytes of `x` that are ASCII letters or digits.
fn ascii_alphanumeric_flags(x: u64) -> u64 {
    use crate::swar::{in_range, HIGH, ONES};
    let seven_bits = x & !HIGH;
    let digits = in_range(seven_bits, b'0', b'9');
    // a capital's bit 0x20 set makes it its small letter; no other byte becomes one
    let letters = in_range(seven_bits | (ONES * 0x20), b'a', b'z');
    (digits | letters) & !x
}

/// The word at byte `start` when it is 1 to 15 ASCII letters and digits followed by an ASCII
/// byte that is neither, all within the 16 bytes from `start`: its end and its packed lower
/// case (its cache key, as [`short_ascii_key`] gives), from one 16-byte load. `None` otherwise
/// (no word starts there, the word goes on into its 16th byte or into a character beyond
/// ASCII, or fewer than 16 bytes are left): the word is then read a character at a time.
fn short_ascii_word(bytes: &[u8], start: usize) -> Option<(usize, u128)> {
    use crate::swar::{in_range, HIGH};
    let window: [u8; 16] = bytes.get(start..start.checked_add(16)?)?.try_into().ok()?;
    let packed = u128::from_le_bytes(window);
    let lower = |word: u64| word | (in_range(word, b'A', b'Z') >> 2);
    // the bytes of the first `len` (0 to 7) of `half`
    let first = |half: u64, len: u32| half & ((1u64 << (8 * len)) - 1);
    let low = packed as u64;
    let low_stops = !ascii_alphanumeric_flags(low) & HIGH;
    let (len, key) = if low_stops != 0 {
        let len = low_stops.trailing_zeros() / 8;
        (len, u128::from(lower(first(low, len))))
    } else {
        let high = (packed >> 64) as u64;
        let high_stops = !ascii_alphanumeric_flags(high) & HIGH;
        if high_stops == 0 {
            return None;
        }
        let len = high_stops.trailing_zeros() / 8;
        let key = u128::from(lower(low)) | u128::from(lower(first(high, len))) << 64;
        (8 + len, key)
    };
    let len = len as usize;
    if len == 0 || !window[len].is_ascii() {
        return None;
    }
    Some((start + len, key))
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
    /// Writes the stem of the lower case of `word` (alphanumeric characters) into the token,
    /// when its [`short_ascii_key`] (`short_ascii_key`) is not cached: lowered, then looked up
    /// (a longer or non-ASCII word), else stemmed and cached. Kept out of line, so that the
    /// lookup of a cached word, which nearly every token is, stays small.
    #[inline(never)]
    fn stem_uncached(&mut self, word: &str, short_ascii_key: Option<u128>) {
        let text = &mut self.token.text;
        let bytes = word.as_bytes();
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
        if short_ascii_key.is_none() {
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
        let analyzer = &mut *self.analyzer;
        while let Some(&Word { start, end, key }) = analyzer.words.get(self.next) {
            let key = (key != 0).then_some(key);
            self.next += 1;
            let token = &mut analyzer.token;
            // every word takes a position, a dropped one too
            token.position = token.position.wrapping_add(1);
            if end - start >= MAX_TOKEN_BYTES {
                continue;
            }
            token.offset_from = start;
            token.offset_to = end;
            if let Some(stem) = key.and_then(|key| analyzer.cache.get(key)) {
                if unpack_into(stem, &mut analyzer.token.text) {
                    return true;
                }
            }
            analyzer.stem_uncached(&self.text[start..end], key);
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

    #[test]
    fn short_ascii_words_are_the_words_read_a_character_at_a_time() {
        let texts = [
            "Zelensky’s talks in Москва: café owners, “curly quotes”, naïve über-rich 42nd",
            "plain ascii words, then sixteen-letter internationalization and abcdefghijklmnop!",
            "x\u{00A0}y\u{2014}z,\0nul ÉTÉ été STRASSE Straße ǅemal 日本語のテキスト end of text",
            "abc\u{301}def Ab1 9Z a_b a-b a'b HTTP/2 ~~~ \t\n\r ¡¿",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let mut checked = 0;
            let mut previous_is_word = false;
            for (start, c) in text.char_indices() {
                let inside_word = std::mem::replace(&mut previous_is_word, c.is_alphanumeric());
                if inside_word {
                    continue;
                }
                let expected = next_word(text, start)
                    .filter(|&(from, _)| from == start)
                    .map(|(_, end)| (end, short_ascii_key(bytes, start, end)));
                if let Some((end, key)) = short_ascii_word(bytes, start) {
                    assert_eq!(expected, Some((end, Some(key))), "{text:?} at {start}");
                    checked += 1;
                } else if let Some((end, _)) = expected {
                    let ascii = text[start..end].is_ascii();
                    let tail = bytes.len() - start < 16;
                    assert!(end - start >= 16 || !ascii || tail || !bytes[end].is_ascii());
                }
            }
            assert!(checked >= 3, "{text:?}");
        }
    }

    #[test]
    fn analyzers_of_one_thread_share_a_cache_and_streams_at_once_each_stem_right() {
        let mut builtin = TokenizerManager::default().get("en_stem").unwrap();
        let mut first = cached_en_stem();
        let mut second = first.clone();
        let (one, two) = (
            "Negotiators ran talks in Москва",
            "Zelensky’s negotiators running",
        );
        let (expected_one, expected_two) = (tokens(&mut builtin, one), tokens(&mut builtin, two));
        assert_eq!(tokens(&mut first, one), expected_one);
        assert_eq!(tokens(&mut second, two), expected_two);
        // a stream of each analyzer at once: the second makes a cache of its own and keeps it
        let mut outer = first.token_stream(one);
        assert_eq!(tokens(&mut second, two), expected_two);
        let mut from_outer = Vec::new();
        while outer.advance() {
            from_outer.push(outer.token().text.clone());
        }
        drop(outer);
        let texts: Vec<String> = expected_one.into_iter().map(|t| t.0).collect();
        assert_eq!(from_outer, texts);
        assert_eq!(tokens(&mut second, two), expected_two);
        std::thread::spawn(move || assert_eq!(tokens(&mut first, two), expected_two))
            .join()
            .unwrap();
    }

    #[test]
    fn two_words_of_one_set_are_both_kept_and_a_third_evicts_the_older() {
        let mut cache = StemCache::with_slots();
        let word = |i: usize| pack(&format!("w{i}")).unwrap();
        let target = StemCache::set(word(0));
        let same_set: Vec<u128> = (1..1_000_000)
            .map(word)
            .filter(|&w| StemCache::set(w) == target)
            .take(2)
            .collect();
        let (a, b, c) = (word(0), same_set[0], same_set[1]);
        cache.insert(a, 1);
        cache.insert(b, 2);
        assert_eq!((cache.get(a), cache.get(b)), (Some(1), Some(2)));
        // `a` was used before `b`: `c` takes its slot
        cache.insert(c, 3);
        assert_eq!(
            (cache.get(a), cache.get(b), cache.get(c)),
            (None, Some(2), Some(3))
        );
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
