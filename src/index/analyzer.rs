//! The writer's `en_stem` analyzer: tantivy's own (simple tokenizer, long words dropped, lower
//! case, English Snowball stems) with a cache of stems. News repeats its words, so most tokens
//! are looked up instead of stemmed again; the tokens are the same, so queries parsed with
//! tantivy's built-in `en_stem` find them.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// Distinct words kept before the cache starts over: bounds its memory to a few MiB.
const CACHE_LIMIT: usize = 100_000;

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
            cache: FxHashMap::default(),
        }
    }
}

/// [`CachedStemmer`] applied to a tokenizer; holds the cache.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    stemmer: frostem::Stemmer,
    cache: FxHashMap<Box<str>, Box<str>>,
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
    cache: &'a mut FxHashMap<Box<str>, Box<str>>,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.cache.get(token.text.as_str()) {
            if **stem != *token.text {
                token.text.clear();
                token.text.push_str(stem);
            }
            return true;
        }
        let stem: Box<str> = match self.stemmer.stem(&token.text) {
            Cow::Borrowed(s) => s.into(),
            Cow::Owned(s) => s.into(),
        };
        if self.cache.len() >= CACHE_LIMIT {
            self.cache.clear();
        }
        let word: Box<str> = token.text.as_str().into();
        token.text.clear();
        token.text.push_str(&stem);
        self.cache.insert(word, stem);
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
    fn cached_stems_are_tantivys_stems_on_every_pass() {
        let mut builtin = TokenizerManager::default().get("en_stem").unwrap();
        let mut cached = cached_en_stem();
        let text = "Running talks: the Kremlin's negotiators RAN, ran and were running; \
                    Zürich's relations, generously, a verylongwordthatgoesonandonandonandonandon";
        let expected = tokens(&mut builtin, text);
        assert!(expected.iter().any(|t| t.0 == "run"));
        // the first pass fills the cache, the second reads it
        assert_eq!(tokens(&mut cached, text), expected);
        assert_eq!(tokens(&mut cached, text), expected);
    }
}
