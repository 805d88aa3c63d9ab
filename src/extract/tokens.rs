//! Word tokens with the facts name-finding needs: capitalised, a name particle, possessive,
//! first in its sentence.

use regex::Regex;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

/// One word of the text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range, a possessive `'s` included.
    pub range: Range<usize>,
    /// End of the word without its possessive `'s`.
    pub word_end: usize,
    /// Starts with a capital letter (or is a particle-prefixed name: al-Assad).
    pub capitalized: bool,
    /// A lower-case name particle: de, van, al, of …
    pub particle: bool,
    /// Ends in a possessive `'s`.
    pub possessive: bool,
    /// First word of a sentence, a paragraph or a quotation.
    pub sentence_start: bool,
}

impl Token {
    /// The word without its possessive `'s`.
    pub fn word<'a>(&self, text: &'a str) -> &'a str {
        &text[self.range.start..self.word_end]
    }
}

const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "ibn",
    "al", "el", "of", "dos", "das", "ter",
];

const DOTTED_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Jr", "Sr", "Lt", "Col", "Capt",
    "Prof", "Rev", "Mt", "Sgt", "Adm",
];

/// Unicode classes of a character that words are made of.
mod class {
    /// A letter (general category L).
    pub const LETTER: u8 = 1;
    /// An upper-case letter (Lu).
    pub const UPPER: u8 = 2;
    /// A combining mark (M).
    pub const MARK: u8 = 4;
    /// A number (N).
    pub const NUMBER: u8 = 8;
}

/// Characters below this are classified by tables of 256, each made on first use; the rest
/// (CJK and beyond) one at a time.
const TABLE_END: u32 = 0x3000;

/// The classes of a character, by the same Unicode tables as the `regex` crate.
fn class_by_regex(c: char) -> u8 {
    static CLASSES: LazyLock<[Regex; 4]> = LazyLock::new(|| {
        [r"^\p{L}$", r"^\p{Lu}$", r"^\p{M}$", r"^\p{N}$"].map(|p| Regex::new(p).expect("class"))
    });
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    let bits = [class::LETTER, class::UPPER, class::MARK, class::NUMBER];
    CLASSES
        .iter()
        .zip(bits)
        .filter(|(re, _)| re.is_match(s))
        .fold(0, |acc, (_, bit)| acc | bit)
}

/// The classes of a character.
fn class_of(c: char) -> u8 {
    const BLOCKS: usize = (TABLE_END / 256) as usize;
    static TABLES: [OnceLock<[u8; 256]>; BLOCKS] = [const { OnceLock::new() }; BLOCKS];
    match c {
        _ if c.is_ascii() => ASCII_CLASSES[c as usize],
        _ if (c as u32) < TABLE_END => {
            let block = c as u32 / 256;
            TABLES[block as usize].get_or_init(|| {
                std::array::from_fn(|k| {
                    char::from_u32(block * 256 + k as u32).map_or(0, class_by_regex)
                })
            })[c as usize % 256]
        }
        _ => class_by_regex(c),
    }
}

/// The classes of the ASCII characters.
const ASCII_CLASSES: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' => class::LETTER,
            b'A'..=b'Z' => class::LETTER | class::UPPER,
            b'0'..=b'9' => class::NUMBER,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The character at byte `i` with its class and length.
fn char_at(text: &str, i: usize) -> Option<(char, u8, usize)> {
    let byte = *text.as_bytes().get(i)?;
    if byte.is_ascii() {
        return Some((byte as char, ASCII_CLASSES[byte as usize], 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, class_of(c), c.len_utf8()))
}

/// The end of an acronym at `i` ("U.S."): two or more capital letters each followed by a period.
fn acronym_end(text: &str, mut i: usize) -> Option<usize> {
    let mut pairs = 0;
    while let Some((_, k, len)) = char_at(text, i) {
        if k & class::UPPER == 0 || !text[i + len..].starts_with('.') {
            break;
        }
        i += len + 1;
        pairs += 1;
    }
    (pairs >= 2).then_some(i)
}

/// Byte ranges of the words of a text: acronyms ("U.S."), else a letter or digit followed by
/// letters, marks and digits, joined by single hyphens or apostrophes ("al-Assad", "O'Brien's").
#[cfg(test)]
fn word_ranges(text: &str) -> Vec<Range<usize>> {
    hyphenated_word_ranges(text)
        .into_iter()
        .map(|(range, _)| range)
        .collect()
}

/// The words of [`word_ranges`], each with whether a hyphen joins it.
fn hyphenated_word_ranges(text: &str) -> Vec<(Range<usize>, bool)> {
    const WORD: u8 = class::LETTER | class::MARK | class::NUMBER;
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some((_, k, len)) = char_at(text, i) {
        if k & (class::LETTER | class::NUMBER) == 0 {
            i += len;
            continue;
        }
        if k & class::UPPER != 0 {
            if let Some(end) = acronym_end(text, i) {
                out.push((i..end, false));
                i = end;
                continue;
            }
        }
        let mut j = i + len;
        let mut hyphenated = false;
        loop {
            while let Some((_, _, len)) = char_at(text, j).filter(|(_, k, _)| k & WORD != 0) {
                j += len;
            }
            let joined = char_at(text, j)
                .filter(|(c, _, _)| matches!(c, '-' | '\'' | '\u{2019}'))
                .and_then(|(c, _, sep)| Some((c, sep)).zip(char_at(text, j + sep)))
                .filter(|(_, (_, k, _))| k & WORD != 0);
            match joined {
                Some(((c, sep), (_, _, len))) => {
                    hyphenated |= c == '-';
                    j += sep + len;
                }
                None => break,
            }
        }
        out.push((i..j, hyphenated));
        i = j;
    }
    out
}

/// Splits text into word tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    for (found, hyphenated) in hyphenated_word_ranges(text) {
        let mut start = found.start;
        let mut end = found.end;
        let word = &text[found];
        // "Mr." "St." and initials "W." keep their period
        if text[end..].starts_with('.') {
            let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if DOTTED_ABBREVIATIONS.contains(&word) || is_initial {
                end += 1;
            }
        }
        // "Witkoff-Putin" is two names
        let parts = hyphenated.then(|| split_capitalised_hyphens(&text[start..end]));
        let base = start;
        let whole = [(0, end - start)];
        let parts = parts.as_deref().unwrap_or(&whole);
        for (s, e) in parts.iter().map(|&(s, e)| (base + s, base + e)) {
            start = s;
            let piece = &text[start..e];
            let (word_end, possessive) = match piece
                .strip_suffix("'s")
                .or_else(|| piece.strip_suffix("\u{2019}s"))
            {
                Some(stem) if !stem.is_empty() => (start + stem.len(), true),
                _ => (e, false),
            };
            let stem = &text[start..word_end];
            let after_prefix = (hyphenated.then(|| stem.split_once('-')))
                .flatten()
                .filter(|(p, _)| matches!(*p, "al" | "el" | "bin" | "ibn" | "abu" | "ben"))
                .map_or(stem, |(_, rest)| rest);
            let capitalized = after_prefix.chars().next().is_some_and(char::is_uppercase);
            let particle = stem.len() <= 5
                && stem.starts_with(|c: char| c.is_ascii_lowercase())
                && PARTICLES.contains(&stem);
            let sentence_start = starts_sentence(text, start);
            out.push(Token {
                range: start..e,
                word_end,
                capitalized,
                particle,
                possessive,
                sentence_start,
            });
        }
    }
    out
}

fn split_capitalised_hyphens(word: &str) -> Vec<(usize, usize)> {
    let pieces: Vec<&str> = word.split('-').collect();
    let all_capitalised = pieces.len() > 1
        && pieces
            .iter()
            .all(|p| p.chars().count() >= 3 && p.chars().next().is_some_and(char::is_uppercase));
    if !all_capitalised {
        return vec![(0, word.len())];
    }
    let mut out = Vec::new();
    let mut offset = 0;
    for p in pieces {
        out.push((offset, offset + p.len()));
        offset += p.len() + 1;
    }
    out
}

fn starts_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t', '\u{A0}', '*', '#', '_']);
    match before.chars().next_back() {
        None => true,
        Some(c) => {
            matches!(
                c,
                '.' | '!'
                    | '?'
                    | ':'
                    | ';'
                    | '\n'
                    | '"'
                    | '\u{201C}'
                    | '\u{2018}'
                    | '('
                    | '['
                    | '\u{2014}'
                    | '-'
                    | '\u{2013}'
            ) || (matches!(c, '\u{201D}' | '\'')
                && before[..before.len() - c.len_utf8()].ends_with(['.', '!', '?']))
        }
    }
}

/// A word in lower case, copied only when it has capitals: short ASCII words into a buffer on
/// the stack, so the millions of look-ups of capitalised words allocate nothing.
pub fn lower_case(word: &str) -> Lower<'_> {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            Lower::Borrowed(word)
        } else if word.len() <= INLINE_WORD {
            let mut buf = [0u8; INLINE_WORD];
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf[..word.len()].make_ascii_lowercase();
            Lower::Inline(buf, word.len() as u8)
        } else {
            Lower::Owned(word.to_ascii_lowercase())
        }
    } else if word.chars().any(char::is_uppercase) {
        Lower::Owned(word.to_lowercase())
    } else {
        Lower::Borrowed(word)
    }
}

/// The longest word [`lower_case`] lowers on the stack.
const INLINE_WORD: usize = 22;

/// A word in lower case: the word itself, a copy on the stack, or one on the heap.
#[derive(Debug, Clone)]
pub enum Lower<'a> {
    /// The word had no capitals.
    Borrowed(&'a str),
    /// A short ASCII word, lowered: the bytes and their number.
    Inline([u8; INLINE_WORD], u8),
    /// A long or non-ASCII word, lowered.
    Owned(String),
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(word) => word,
            // SAFETY: `lower_case` fills the buffer only from an ASCII word, lowered: ASCII
            // bytes, which are always UTF-8.
            Lower::Inline(buf, len) => unsafe {
                std::str::from_utf8_unchecked(&buf[..*len as usize])
            },
            Lower::Owned(word) => word,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for Lower<'_> {
    fn borrow(&self) -> &str {
        self
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Lower<'_> {}

impl std::hash::Hash for Lower<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.range.clone()])
            .collect()
    }

    #[test]
    fn lower_case_borrows_lowers_short_words_on_the_stack_and_long_ones_on_the_heap() {
        assert!(matches!(lower_case("said"), Lower::Borrowed("said")));
        let short = lower_case("McCaskill");
        assert!(matches!(short, Lower::Inline(..)));
        assert_eq!(&*short, "mccaskill");
        let long = lower_case("Wolfeschlegelsteinhausenbergerdorff");
        assert!(matches!(long, Lower::Owned(_)));
        assert_eq!(&*long, "wolfeschlegelsteinhausenbergerdorff");
        assert_eq!(&*lower_case("Ólafur"), "ólafur");
        assert_eq!(&*lower_case("çelik"), "çelik");
        // equal words hash alike whatever their form, so sets of them find plain `&str`s
        let set: rustc_hash::FxHashSet<Lower> = [lower_case("PUTIN"), lower_case("kremlin")]
            .into_iter()
            .collect();
        assert!(set.contains("putin") && set.contains("kremlin"));
    }

    #[test]
    fn acronyms_initials_and_abbreviations() {
        assert_eq!(
            words("U.S. envoy Mr. Smith met George W. Bush."),
            vec!["U.S.", "envoy", "Mr.", "Smith", "met", "George", "W.", "Bush"]
        );
    }

    #[test]
    fn possessives_and_particles() {
        let text = "Putin\u{2019}s aide met al-Assad and O'Brien's friend";
        let t = tokenize(text);
        assert!(t[0].possessive && t[0].word(text) == "Putin");
        assert!(t[3].capitalized, "al-Assad is a capitalised name");
        assert_eq!(t[5].word(text), "O'Brien");
        assert!(t[5].possessive);
    }

    #[test]
    fn hyphenated_pairs_of_names_split() {
        assert_eq!(
            words("the Witkoff-Putin meeting"),
            vec!["the", "Witkoff", "Putin", "meeting"]
        );
        assert_eq!(words("a well-known face"), vec!["a", "well-known", "face"]);
    }

    #[test]
    fn sentence_starts() {
        let t = tokenize("He left. She stayed, \u{201C}Now we go.\u{201D}");
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, vec![true, false, true, false, true, false, false]);
    }

    /// The word pattern the tokenizer implements, as a regular expression: the reference.
    fn regex_words(text: &str) -> Vec<Range<usize>> {
        static WORD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?:\p{Lu}\.){2,}|(?:(?:al|el|bin|ibn|abu|ben)-)?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'\x{2019}][\p{L}\p{M}\p{N}]+)*")
                .expect("word pattern")
        });
        WORD.find_iter(text).map(|m| m.range()).collect()
    }

    #[test]
    fn word_ranges_are_those_of_the_word_pattern() {
        let samples = [
            "U.S. U.S.A U.K.-based A.B.C. x.Y. A. B. e.g. Ph.D.",
            "al-Assad bin-Laden ibn- O'Brien's Putin\u{2019}s rock 'n' roll -x- x--y x-'y",
            "Zürich ÉTÉ naïve cafe\u{301} \u{301}x 東京 Ⅻ ½ ⓐ Ⓐ ǅ 42nd 3.5 1,000",
            "\u{201C}Now,\u{201D} she said\u{2014}later. \u{2018}Quote\u{2019} x\u{2019}",
            "ΑΘΗΝΑ Москва بغداد ה׳ א״ב",
            "",
        ];
        for text in samples {
            assert_eq!(word_ranges(text), regex_words(text), "{text}");
        }
        // every character class boundary, two by two, in the first planes
        let chars: Vec<char> = (0u32..0x3100)
            .step_by(7)
            .chain([
                0x2019, 0x27, 0x2d, 0x2e, 0x41, 0x61, 0x301, 0x10400, 0x1D400, 0x1F600,
            ])
            .filter_map(char::from_u32)
            .collect();
        let text: String = chars
            .iter()
            .flat_map(|&c| [c, 'A', '.', c, '-', 'b', c, '\''])
            .collect();
        assert_eq!(word_ranges(&text), regex_words(&text));
        // random strings over the characters that matter
        let alphabet: Vec<char> = "aZ9 .-'\u{2019}\u{301}é東Ⅻ\u{201C}ǅⓐ\n".chars().collect();
        let mut state = 0x2545F4914F6CDD1Du64;
        for _ in 0..3000 {
            let text: String = (0..12)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            assert_eq!(word_ranges(&text), regex_words(&text), "{text:?}");
        }
    }
}
