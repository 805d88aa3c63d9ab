//! Word tokens with the facts name-finding needs: capitalised, a name particle, possessive,
//! first in its sentence.

use regex::Regex;
use rustc_hash::FxHashSet;
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
}

impl Token {
    /// The word without its possessive `'s`.
    pub fn word<'a>(&self, text: &'a str) -> &'a str {
        &text[self.range.start..self.word_end]
    }

    /// First word of a sentence, a paragraph or a quotation (read from the text when asked:
    /// few tokens are).
    pub fn starts_sentence(&self, text: &str) -> bool {
        starts_sentence(text, self.range.start)
    }
}

const DOTTED_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Jr", "Sr", "Lt", "Col", "Capt",
    "Prof", "Rev", "Mt", "Sgt", "Adm", "Maj", "Cmdr", "Brig", "Del", "Ald",
];

/// Whether a word is a title or abbreviation whose full stop ends no sentence: "Mr", "Dr",
/// "Gen" (see [`DOTTED_ABBREVIATIONS`]).
pub fn is_dotted_abbreviation(word: &str) -> bool {
    DOTTED_ABBREVIATIONS.contains(&word)
}

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
/// letters, marks and digits, joined by single hyphens or apostrophes ("al-Assad", "O'Brien's")
/// or, between capitals, an ampersand ("M&S").
#[cfg(test)]
fn word_ranges(text: &str) -> Vec<Range<usize>> {
    WordRanges { text, at: 0 }
        .map(|found| found.range)
        .collect()
}

/// Classes that continue a word.
const WORD: u8 = class::LETTER | class::MARK | class::NUMBER;

/// A word found by [`WordRanges`].
struct FoundWord {
    /// Its bytes in the text.
    range: Range<usize>,
    /// Whether a hyphen joins pieces of it.
    hyphenated: bool,
    /// Whether its first character is a capital, when that character is ASCII (`None` beyond
    /// ASCII): known from the search, not read again.
    ascii_capital: Option<bool>,
    /// Whether a full stop follows it.
    before_full_stop: bool,
}

/// The bytes that may join a further piece to a word right after its letters: `-`, `'`, `&`
/// and the first byte of `’`.
const MAY_JOIN: [bool; 256] = {
    let mut table = [false; 256];
    table[b'-' as usize] = true;
    table[b'\'' as usize] = true;
    table[b'&' as usize] = true;
    table[0xE2] = true;
    table
};

/// The words of [`word_ranges`], each with whether a hyphen joins it: read a byte at a time
/// while the text is ASCII, a character at a time elsewhere.
struct WordRanges<'a> {
    text: &'a str,
    /// Where the next search starts.
    at: usize,
}

impl Iterator for WordRanges<'_> {
    type Item = FoundWord;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.at;
        // the first letter or digit
        let (k, len) = loop {
            let &b = bytes.get(i)?;
            if b.is_ascii() {
                let k = ASCII_CLASSES[b as usize];
                if k & (class::LETTER | class::NUMBER) != 0 {
                    break (k, 1);
                }
                i += 1;
            } else {
                let (_, k, len) = char_at(text, i)?;
                if k & (class::LETTER | class::NUMBER) != 0 {
                    break (k, len);
                }
                i += len;
            }
        };
        // (a character beyond ASCII is two bytes or more)
        let ascii_capital = (len == 1).then_some(k & class::UPPER != 0);
        // (an acronym's first capital has a full stop right after it: most capitals are
        // looked at no further)
        if k & class::UPPER != 0 && bytes.get(i + len) == Some(&b'.') {
            if let Some(end) = acronym_end(text, i) {
                self.at = end;
                return Some(FoundWord {
                    range: i..end,
                    hyphenated: false,
                    ascii_capital,
                    before_full_stop: bytes.get(end) == Some(&b'.'),
                });
            }
        }
        let mut j = word_chars_end(text, i + len);
        let mut hyphenated = false;
        // (the byte after the word's letters: most are a space, a comma or a full stop, which
        // join no further piece, told by one look in a table)
        let mut after = bytes.get(j).copied();
        while let Some(b) = after.filter(|&b| MAY_JOIN[usize::from(b)]) {
            let sep = match b {
                b'-' | b'\'' => 1,
                // capitals joined by an ampersand are one name: "M&S", "AT&T", "P&O"
                b'&' if bytes[j - 1].is_ascii_uppercase()
                    && bytes.get(j + 1).is_some_and(u8::is_ascii_uppercase) =>
                {
                    1
                }
                0xE2 if bytes[j..].starts_with("\u{2019}".as_bytes()) => 3,
                _ => break,
            };
            match char_at(text, j + sep) {
                Some((_, k, len)) if k & WORD != 0 => {
                    hyphenated |= b == b'-';
                    j = word_chars_end(text, j + sep + len);
                    after = bytes.get(j).copied();
                }
                _ => break,
            }
        }
        // (an ASCII byte where a word ends is no letter nor digit, and opens no word: the next
        // search starts after it)
        self.at = j + usize::from(after.is_some_and(|b| b.is_ascii()));
        Some(FoundWord {
            range: i..j,
            hyphenated,
            ascii_capital,
            before_full_stop: after == Some(b'.'),
        })
    }
}

/// The end of the run of letters, marks and digits at byte `j`: eight bytes at a time as one
/// number (SWAR) while they are ASCII letters and digits, then a character at a time.
fn word_chars_end(text: &str, mut j: usize) -> usize {
    use crate::swar::{in_range, read, HIGH, ONES};
    let bytes = text.as_bytes();
    while let Some(x) = read(bytes, j) {
        let ascii = x & !HIGH;
        // (a capital and its small letter differ by the bit 0x20 alone)
        let letters = in_range(ascii | (ONES * 0x20), b'a', b'z');
        let digits = in_range(ascii, b'0', b'9');
        let others = !((letters | digits) & !x) & HIGH;
        if others != 0 {
            let first = others.trailing_zeros();
            j += first as usize / 8;
            // (an ASCII byte that is no letter nor digit ends the word: only a character beyond
            // ASCII, a letter or a mark, is read on)
            if x >> first & 1 == 0 {
                return j;
            }
            break;
        }
        j += 8;
    }
    while let Some(&b) = bytes.get(j) {
        if b.is_ascii() {
            if ASCII_CLASSES[b as usize] & WORD == 0 {
                break;
            }
            j += 1;
        } else {
            match char_at(text, j) {
                Some((_, k, len)) if k & WORD != 0 => j += len,
                _ => break,
            }
        }
    }
    j
}

/// Splits text into word tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut ticker_end = 0;
    let angles = memchr::memchr(b'<', text.as_bytes()).is_some();
    for FoundWord {
        range: found,
        hyphenated,
        ascii_capital,
        before_full_stop,
    } in (WordRanges { text, at: 0 })
    {
        let start = found.start;
        // a stock ticker in angle brackets is no word of the text: "Renault <RENA.PA> said"
        if angles && start < ticker_end {
            continue;
        }
        if angles && start > 0 && text.as_bytes()[start - 1] == b'<' {
            if let Some(end) = ticker_end_at(text.as_bytes(), start) {
                ticker_end = end;
                continue;
            }
        }
        let mut end = found.end;
        // "Mr." "St." and initials "W." keep their period
        if before_full_stop {
            let word = &text[found];
            // (both are of four bytes or fewer: the longer words before a full stop, most of
            // them, are not looked up)
            if word.len() <= 4 && (DOTTED_ABBREVIATIONS.contains(&word) || is_initial(word)) {
                end += 1;
            }
        }
        // "Witkoff-Putin" is two names
        if hyphenated && all_capitalised_pieces(&text[start..end]) {
            let mut piece_start = start;
            for piece in text[start..end].split('-') {
                let piece_end = piece_start + piece.len();
                out.push(token(text, piece_start..piece_end, false, None));
                piece_start = piece_end + 1;
            }
        } else if hyphenated {
            out.push(token(text, start..end, true, None));
        } else {
            out.push(token(text, start..end, false, ascii_capital));
        }
    }
    out
}

/// The end of a wire service's stock ticker that opens at `start`, right after a `<`: capitals,
/// digits and dots up to a `>`, as "RENA.PA" of "<RENA.PA>" (at most twelve bytes).
pub(crate) fn ticker_end_at(bytes: &[u8], start: usize) -> Option<usize> {
    let rest = &bytes[start..bytes.len().min(start + 13)];
    let close = rest.iter().position(|&b| b == b'>')?;
    (close > 0
        && rest[..close]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'.'))
    .then_some(start + close)
}

/// One capital letter alone: an initial.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Whether a hyphenated word is two or more names: every piece capitalised and of three
/// letters or more ("Witkoff-Putin", not "well-known" nor "Al-Jazeera").
fn all_capitalised_pieces(word: &str) -> bool {
    word.contains('-')
        && word
            .split('-')
            .all(|p| p.chars().nth(2).is_some() && p.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a word is a capital letter joined by a hyphen to a word in lower case, a common noun
/// however it opens: "T-shirts", "X-ray", "U-turn" (not "X-Men", "A-Rod").
fn is_letter_compound(word: &[u8]) -> bool {
    match word {
        [capital, b'-', rest @ ..] => {
            capital.is_ascii_uppercase()
                && rest.len() >= 2
                && rest.iter().all(|b| b.is_ascii_lowercase() || *b == b'-')
        }
        _ => false,
    }
}

/// The Arabic article in the spellings that join it to a name with a hyphen: "al-Assad",
/// "el-Sisi", "er-Risk", "as-Sisi" (before a sun letter it takes that letter's sound).
pub(crate) const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "er", "es", "et", "ez",
];

/// The token of the word at `range`; `hyphenated` when a hyphen may join a prefix to it
/// ("al-Assad"); `ascii_capital` whether its first character, ASCII, is a capital, when the
/// search knows it (`None`: read it). (Always inlined: with its call sites the compiler keeps
/// it a call, and a call per word costs a hundredth of the extraction.)
#[inline(always)]
fn token(text: &str, range: Range<usize>, hyphenated: bool, ascii_capital: Option<bool>) -> Token {
    let start = range.start;
    let piece = &text.as_bytes()[range.clone()];
    // (the last byte first: most words end in no "s")
    let possessive_len = match piece {
        [.., b'\'', b's'] => 2,
        [.., 0xE2, 0x80, 0x99, b's'] => 4,
        _ => 0,
    };
    let possessive = possessive_len > 0 && piece.len() > possessive_len;
    let word_end = if possessive {
        range.end - possessive_len
    } else {
        range.end
    };
    // (the word is read as bytes: only a hyphenated one is cut as a string, for its prefix)
    let stem = &piece[..word_end - start];
    let name_start = if hyphenated {
        let stem = &text[start..word_end];
        stem.split_once('-')
            .filter(|(p, _)| {
                ARABIC_ARTICLES.contains(p) || matches!(*p, "bin" | "ibn" | "abu" | "ben")
            })
            .map_or(start, |(p, _)| start + p.len() + 1)
    } else {
        start
    };
    let capitalized = match ascii_capital {
        Some(capital) if !hyphenated => capital,
        _ => first_is_capital(text, name_start, word_end) && !is_letter_compound(stem),
    };
    let particle =
        stem.len() <= 5 && stem.first().is_some_and(u8::is_ascii_lowercase) && is_particle(stem);
    Token {
        range,
        word_end,
        capitalized,
        particle,
        possessive,
    }
}

/// Whether the word at `start..end` opens with a capital letter.
#[inline(always)]
fn first_is_capital(text: &str, start: usize, end: usize) -> bool {
    match text.as_bytes()[start..end].first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => text[start..].chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// A lower-case name particle: de, van, al, of …
fn is_particle(word: &[u8]) -> bool {
    const PARTICLES: [&str; 20] = [
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin",
        "ibn", "al", "el", "of", "dos", "das", "ter",
    ];
    /// [`packed`], for a constant: the bytes from the lowest, the length in the top byte.
    const fn key(word: &[u8]) -> u64 {
        let mut key = (word.len() as u64) << 56;
        let mut i = 0;
        while i < word.len() {
            key |= (word[i] as u64) << (8 * i);
            i += 1;
        }
        key
    }
    /// Bits of a slot number in [`PARTICLE_TABLE`].
    const SLOT_BITS: u32 = 6;
    /// The slot of a word's number under a multiplier: its top bits after the multiplication.
    const fn slot(key: u64, multiplier: u64) -> usize {
        (key.wrapping_mul(multiplier) >> (64 - SLOT_BITS)) as usize
    }
    /// A perfect hash table of the particles' numbers (0 in an empty slot) and the multiplier
    /// that gives each particle a slot of its own, found when compiling: a word is a particle
    /// when its slot holds its number, one probe without branches (a binary search waits on
    /// five comparisons in a row, for most short words of a text).
    const PARTICLE_TABLE: ([u64; 1 << SLOT_BITS], u64) = {
        let mut multiplier: u64 = 0x9E37_79B9_7F4A_7C15;
        'search: loop {
            let mut table = [0; 1 << SLOT_BITS];
            let mut i = 0;
            while i < PARTICLES.len() {
                let k = key(PARTICLES[i].as_bytes());
                let s = slot(k, multiplier);
                if table[s] != 0 {
                    multiplier = multiplier.wrapping_add(0x2545_F491_4F6C_DD1D) | 1;
                    continue 'search;
                }
                table[s] = k;
                i += 1;
            }
            break (table, multiplier);
        }
    };
    /// For each first byte of a particle, by its low five bits, a bit for the low five bits of
    /// each second byte it is followed by in a particle: most short words open no particle's
    /// pair ("the", "to", "and", "in"), told by one bit, before the word is hashed. (Bytes that
    /// share their low five bits share a bit: those words are told by the table below.)
    const OPENING_PAIRS: [u32; 32] = {
        let mut pairs = [0u32; 32];
        let mut i = 0;
        while i < PARTICLES.len() {
            let p = PARTICLES[i].as_bytes();
            pairs[(p[0] & 31) as usize] |= 1 << (p[1] & 31);
            i += 1;
        }
        pairs
    };
    let [first, second, ..] = *word else {
        // (every particle has two letters or more)
        return false;
    };
    if OPENING_PAIRS[usize::from(first & 31)] >> (second & 31) & 1 == 0 {
        return false;
    }
    let (table, multiplier) = &PARTICLE_TABLE;
    word.len() <= 5 && packed(word).is_some_and(|k| table[slot(k, *multiplier)] == k)
}

/// Whether the word at `start` begins a sentence: what comes before it, past spaces and
/// markup (` `, tab, no-break space, `*`, `#`, `_`), is nothing, a sentence's or clause's end,
/// an opening quote or bracket, a dash, or a closing quote after a sentence's end. Reads the
/// bytes backwards.
fn starts_sentence(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let mut end = start;
    loop {
        match bytes[..end] {
            [.., b' ' | b'\t' | b'*' | b'#' | b'_'] => end -= 1,
            [.., 0xC2, 0xA0] => end -= 2,
            _ => break,
        }
    }
    let before = &text[..end];
    let Some(&last) = before.as_bytes().last() else {
        return true;
    };
    let c = if last.is_ascii() {
        last as char
    } else {
        before.chars().next_back().unwrap_or(' ')
    };
    // (a line wrapped inside a sentence, one line break after a word in lower case or a comma,
    // opens nothing: "… the\nInstitute of Economic Research")
    if c == '\n' && wraps_a_sentence(&before[..before.len() - 1]) {
        return false;
    }
    sentence_opens_after(c)
        || (matches!(c, '\u{201D}' | '\'')
            && before[..before.len() - c.len_utf8()].ends_with(['.', '!', '?']))
}

/// Whether the text before a line break (`before`, without it) ends a line inside a sentence: a
/// word in lower case or a comma ends it, on a line of its own that is not blank.
fn wraps_a_sentence(before: &str) -> bool {
    let line = before.trim_end_matches([' ', '\t']);
    line.ends_with(|c: char| c.is_ascii_lowercase() || c == ',') && !line.ends_with('\n')
}

/// Whether a word after this character (past spaces) opens a sentence: after a full stop, a
/// colon, a line break, an opening quotation mark or bracket, or a dash.
fn sentence_opens_after(c: char) -> bool {
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
    )
}

/// A word in lower case, copied only when it has capitals: short ASCII words into a buffer on
/// the stack, so the millions of look-ups of capitalised words allocate nothing. A word of up to
/// seven ASCII bytes, most words, is read and lowered as the one number [`packed`] makes of it
/// (where it is asked); a longer one, or one beyond ASCII, by [`lower_case_long`].
#[inline]
pub fn lower_case(word: &str) -> Lower<'_> {
    use crate::swar::{in_range, HIGH};
    match packed(word.as_bytes()) {
        // (the length in the top byte, below 8, is neither beyond ASCII nor a capital)
        Some(key) if key & HIGH == 0 => {
            let capitals = in_range(key, b'A', b'Z');
            if capitals == 0 {
                return Lower::Borrowed(word);
            }
            // (each capital gains the bit 0x20 that sets its small letter apart; the length
            // leaves the top byte)
            let lowered = (key | capitals >> 2) & !(0xFF << 56);
            let mut buf = [0u8; INLINE_WORD];
            buf[..8].copy_from_slice(&lowered.to_le_bytes());
            Lower::Inline(buf, word.len() as u8)
        }
        _ => lower_case_long(word),
    }
}

/// [`lower_case`] of a word of eight bytes or more, or one beyond ASCII (out of line: the
/// short words' lowering, inlined where it is asked, is a few instructions without it).
#[inline(never)]
fn lower_case_long(word: &str) -> Lower<'_> {
    if let Some(lowered) = lowered_middling(word) {
        return lowered;
    }
    match ascii_capitals(word.as_bytes()) {
        None => lower_case_unicode(word),
        Some(false) => Lower::Borrowed(word),
        // (a word of up to INLINE_WORD bytes, ASCII, is lowered above)
        Some(true) => Lower::Owned(word.to_ascii_lowercase()),
    }
}

/// [`lower_case`] of a word of 8 to [`INLINE_WORD`] bytes, `None` beyond ASCII: read as three
/// numbers of eight bytes (SWAR), from its start, its ninth byte (or as near as the end allows)
/// and its end, which overlap where the length is under 24 (and agree there); each capital
/// gains the bit 0x20 that sets its small letter apart.
#[inline]
fn lowered_middling(word: &str) -> Option<Lower<'_>> {
    use crate::swar::{in_range, HIGH};
    let bytes = word.as_bytes();
    let n = bytes.len();
    if !(8..=INLINE_WORD).contains(&n) {
        return None;
    }
    let places = [0, 8.min(n - 8), n - 8];
    let eights = places.map(|at| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8")));
    if (eights[0] | eights[1] | eights[2]) & HIGH != 0 {
        return None;
    }
    let capitals = eights.map(|x| in_range(x, b'A', b'Z'));
    if capitals == [0; 3] {
        return Some(Lower::Borrowed(word));
    }
    let mut buf = [0u8; INLINE_WORD];
    for ((at, x), c) in places.into_iter().zip(eights).zip(capitals) {
        buf[at..at + 8].copy_from_slice(&(x | c >> 2).to_le_bytes());
    }
    Some(Lower::Inline(buf, n as u8))
}

/// Whether any of `bytes` is an ASCII capital, or `None` when they are not all ASCII: read
/// eight bytes at a time as one number (SWAR), whose bytes each add to a bias that sets their
/// top bit when they are past a bound.
#[inline]
fn ascii_capitals(bytes: &[u8]) -> Option<bool> {
    use crate::swar::{in_range, HIGH};
    /// Top bits of the bytes that are no ASCII, and of those that are capitals (valid where the
    /// first are none).
    fn flags(x: u64) -> (u64, u64) {
        (x & HIGH, in_range(x, b'A', b'Z'))
    }
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    let half = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let n = bytes.len();
    let (mut high, mut capitals) = (0, 0);
    let mut take = |x: u64| {
        let (h, c) = flags(x);
        high |= h;
        capitals |= c;
    };
    match n {
        0 => {}
        1..=3 => {
            take(u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16)
        }
        4..=7 => take(u64::from(half(0)) | u64::from(half(n - 4)) << 32),
        _ => {
            // whole words, then the last eight bytes (which may overlap the previous word)
            for at in (0..n - 7).step_by(8) {
                take(word(at));
            }
            take(word(n - 8));
        }
    }
    (high == 0).then_some(capitals != 0)
}

/// [`lower_case`] for a word with characters beyond ASCII.
fn lower_case_unicode(word: &str) -> Lower<'_> {
    if word.chars().any(char::is_uppercase) {
        Lower::Owned(word.to_lowercase())
    } else {
        Lower::Borrowed(word)
    }
}

/// A set of words, quick for the short ones that most words are: a word of up to seven bytes
/// is kept as one number (its bytes and its length), hashed and compared as such; longer words
/// as strings.
#[derive(Debug, Clone, Default)]
pub struct WordSet<'a> {
    short: PackedWords,
    long: FxHashSet<Lower<'a>>,
    /// The first seven bytes of each longer word (see [`long_start`]): a word whose first seven
    /// are none of these is not looked for among the longer words, nor lowered to be.
    long_starts: PackedWords,
}

/// The first seven bytes of a word longer than seven, as [`packed`] keeps a word of seven.
#[inline]
fn long_start(word: &[u8]) -> Option<u64> {
    packed(word.get(..7)?)
}

impl<'a> WordSet<'a> {
    /// An empty set with room for about `n` words (a quarter of them longer than seven bytes).
    pub fn with_capacity(n: usize) -> Self {
        WordSet {
            short: PackedWords::with_capacity(n),
            long: FxHashSet::with_capacity_and_hasher(n / 4, Default::default()),
            long_starts: PackedWords::with_capacity(n / 4),
        }
    }

    /// Adds a word.
    #[inline]
    pub fn insert(&mut self, word: Lower<'a>) {
        match packed(word.as_bytes()) {
            Some(key) => {
                self.short.insert(key);
            }
            None => {
                if let Some(start) = long_start(word.as_bytes()) {
                    self.long_starts.insert(start);
                }
                self.long.insert(word);
            }
        }
    }

    /// Whether the set holds `word`.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        match packed(word.as_bytes()) {
            Some(key) => self.short.contains(key),
            None => self.contains_long(word),
        }
    }

    /// [`WordSet::contains`] for a word of eight bytes or more (kept out of line: the short
    /// words' look-up, inlined where it is asked, is a few instructions without it).
    #[inline(never)]
    fn contains_long(&self, word: &str) -> bool {
        long_start(word.as_bytes()).is_some_and(|start| self.long_starts.contains(start))
            && self.long.contains(word)
    }

    /// Adds a word in lower case (see [`lower_case`]): a short ASCII word is lowered as the
    /// number it is kept as.
    #[inline]
    pub fn insert_lowered(&mut self, word: &'a str) {
        self.insert_lowered_at(word, 0..word.len());
    }

    /// [`WordSet::insert_lowered`] of the word at `range` of `text`: a short ASCII word is read
    /// as bytes, without making it a string (whose ends would be checked to be a character's).
    #[inline]
    pub fn insert_lowered_at(&mut self, text: &'a str, range: Range<usize>) {
        match packed_lowered(&text.as_bytes()[range.clone()]) {
            Some(key) => {
                self.short.insert(key);
            }
            None => self.insert(lower_case(&text[range])),
        }
    }

    /// Whether the set holds `word` in lower case (see [`lower_case`]): a short ASCII word is
    /// lowered as the number it is kept as, without a copy.
    #[inline]
    pub fn contains_lowered(&self, word: &str) -> bool {
        match packed_lowered(word.as_bytes()) {
            Some(key) => self.short.contains(key),
            None => self.contains_lowered_long(word),
        }
    }

    /// [`WordSet::contains_lowered`] for a word of eight bytes or more or beyond ASCII, out of
    /// line (see [`WordSet::contains_long`]); a long ASCII word whose first seven bytes open no
    /// long word of the set is not lowered.
    #[inline(never)]
    fn contains_lowered_long(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        match bytes.get(..7).and_then(packed_lowered) {
            Some(start) if bytes.len() > 7 && !self.long_starts.contains(start) => false,
            _ => self.contains(&lower_case(word)),
        }
    }
}

impl<'a> FromIterator<&'a str> for WordSet<'a> {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> Self {
        let mut set = WordSet::default();
        for word in words {
            set.insert(Lower::Borrowed(word));
        }
        set
    }
}

/// Words of up to seven bytes as numbers (see [`packed`]), in a table of slots probed one after
/// another from the one the number's hash picks, at most half of them taken (a quarter in a set
/// built up from empty, as the gazetteer's lists are: those are asked most, mostly for words
/// they lack, whose search ends at an empty slot): a look-up is a multiplication and, mostly,
/// one comparison.
#[derive(Debug, Clone)]
struct PackedWords {
    /// The words' numbers, 0 in an empty slot; a power of two of them, eight or more.
    slots: Vec<u64>,
    /// 64 less the bits of a slot's index: how far a hash is shifted down to pick a slot.
    shift: u32,
    /// How many slots are taken.
    len: usize,
    /// How many slots may be taken before the table grows: half of them, or a quarter.
    max_len: usize,
    /// Whether the empty word, whose number is 0, is in the set.
    empty_word: bool,
}

impl Default for PackedWords {
    /// An empty set of eight slots, kept at most a quarter full as it grows.
    fn default() -> Self {
        PackedWords {
            max_len: 2,
            ..PackedWords::with_capacity(0)
        }
    }
}

impl PackedWords {
    /// An empty set with room for `n` words, kept at most half full.
    fn with_capacity(n: usize) -> Self {
        let size = (2 * n).next_power_of_two().max(8);
        PackedWords {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            len: 0,
            max_len: size / 2,
            empty_word: false,
        }
    }

    /// The slot where the search for a number starts: the top bits of its product with an odd
    /// constant (Fibonacci hashing), which all its bytes stir.
    #[inline]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Adds a word's number.
    #[inline]
    fn insert(&mut self, key: u64) {
        if key == 0 {
            self.empty_word = true;
            return;
        }
        if self.len == self.max_len {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            match self.slots[i] {
                0 => {
                    self.slots[i] = key;
                    self.len += 1;
                    return;
                }
                taken if taken == key => return,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Whether the set holds a word's number.
    #[inline]
    fn contains(&self, key: u64) -> bool {
        if key == 0 {
            return self.empty_word;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            match self.slots[i] {
                0 => return false,
                taken if taken == key => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Twice the slots, the numbers placed anew.
    fn grow(&mut self) {
        let size = 2 * self.slots.len();
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        self.shift = 64 - size.trailing_zeros();
        self.len = 0;
        self.max_len *= 2;
        for key in old.into_iter().filter(|&key| key != 0) {
            self.insert(key);
        }
    }
}

/// A word of up to seven bytes as one number: its bytes from the lowest, and its length in the
/// top byte; `None` for a longer word. (Short words are read as overlapping pieces, whose shared
/// bytes land in the same place.)
#[inline]
pub(crate) fn packed(word: &[u8]) -> Option<u64> {
    let n = word.len();
    let byte = |i: usize| u64::from(word[i]) << (8 * i);
    let half = |at: usize| {
        u64::from(u32::from_le_bytes(
            word[at..at + 4].try_into().expect("4 bytes"),
        )) << (8 * at)
    };
    let bytes = match n {
        0 => 0,
        1..=3 => byte(0) | byte(n / 2) | byte(n - 1),
        4..=7 => half(0) | half(n - 4),
        _ => return None,
    };
    Some(bytes | (n as u64) << 56)
}

/// [`packed`] of a word of ASCII characters, in lower case: its capitals, flagged as those of
/// [`ascii_capitals`] are, each gain the bit 0x20 that sets a capital's small letter apart;
/// `None` for a longer word or one beyond ASCII.
#[inline]
fn packed_lowered(word: &[u8]) -> Option<u64> {
    use crate::swar::{in_range, HIGH};
    let key = packed(word)?;
    // (the length in the top byte, below 8, is neither beyond ASCII nor a capital)
    if key & HIGH != 0 {
        return None;
    }
    Some(key | in_range(key, b'A', b'Z') >> 2)
}

/// The words an article writes in lower case (the word of each token that opens with no
/// capital, lowered), asked of the words it capitalises: is "May" also written "may"? Most
/// lower-case words ("which", "said") are never asked of, and a set of them all took an
/// insertion for each: a word is kept at first only when its first seven bytes, in either case,
/// are a capitalised word's (told by a table of bits, which may err towards keeping). A word
/// asked of whose bit is clear, whose first bytes no capitalised word has, is looked up in a
/// set of every word, made at the first such question (few articles ask one: 78 of BBC's
/// 2,225).
#[derive(Debug)]
pub struct LowerWords<'t> {
    /// The article.
    text: &'t str,
    /// Its tokens.
    tokens: &'t [Token],
    /// A bit for each capitalised word's [`head_key`], at [`head_bit`].
    heads: [u64; HEAD_BITS / 64],
    /// The lowered words of the tokens not capitalised whose head key's bit is set, or that
    /// have none: every lower-case word that a word whose bit is set may be.
    kept: WordSet<'t>,
    /// The lowered words of all tokens not capitalised, made when first asked.
    all: std::cell::OnceCell<WordSet<'t>>,
}

/// The bits of [`LowerWords::heads`].
const HEAD_BITS: usize = 1 << 12;

/// The key of a word's first seven bytes (all of a shorter one), each with the bit 0x20 set
/// (which an ASCII capital lacks and its small letter has), and their number in the top byte:
/// a word's and its lower case's are the same; `None` when one of those bytes is beyond ASCII
/// (its lower case's may not be: the Kelvin sign's is "k").
#[inline]
fn head_key(word: &[u8]) -> Option<u64> {
    let n = word.len().min(7);
    head_key_of(packed(&word[..n]).unwrap_or(0), n)
}

/// [`head_key`] of a word's first `n` bytes (seven at most), the lowest bytes of `bytes`.
#[inline(always)]
fn head_key_of(bytes: u64, n: usize) -> Option<u64> {
    use crate::swar::{HIGH, ONES};
    // (the low `n` bytes; shifted in two steps, as `n` may be 0)
    let low = u64::MAX >> 1 >> (63 - 8 * n);
    let head = bytes & low;
    (head & HIGH == 0).then_some(head | ((ONES * 0x20) & low) | (n as u64) << 56)
}

/// [`head_key`] of a token's word, for the passes over every token: where eight bytes of the
/// text start at the word, read as one number, its low bytes kept by a mask from a table.
#[inline(always)]
fn token_head_key(text: &[u8], t: &Token) -> Option<u64> {
    use crate::swar::{HIGH, ONES};
    /// The low `n` bytes of a number, for each `n` up to seven.
    const LOW_BYTES: [u64; 8] = {
        let mut masks = [0u64; 8];
        let mut n = 1;
        while n < 8 {
            masks[n] = (1 << (8 * n)) - 1;
            n += 1;
        }
        masks
    };
    let start = t.range.start;
    let n = (t.word_end - start).min(7);
    match text.get(start..start + 8).map(<[u8; 8]>::try_from) {
        Some(Ok(eight)) if n > 0 => {
            let low = LOW_BYTES[n];
            let head = u64::from_le_bytes(eight) & low;
            (head & HIGH == 0).then_some(head | ((ONES * 0x20) & low) | (n as u64) << 56)
        }
        _ => head_key(&text[start..t.word_end]),
    }
}

/// The bit of a head key in [`LowerWords::heads`]: the top bits of its product with an odd
/// constant.
#[inline]
fn head_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - HEAD_BITS.trailing_zeros())) as usize
}

impl<'t> LowerWords<'t> {
    /// The lower-case words of an article of these tokens; `capitalised` are the indices of
    /// the capitalised ones.
    pub fn new(text: &'t str, tokens: &'t [Token], capitalised: &[usize]) -> Self {
        let bytes = text.as_bytes();
        let mut heads = [0u64; HEAD_BITS / 64];
        for t in capitalised.iter().map(|&i| &tokens[i]) {
            if let Some(key) = token_head_key(bytes, t) {
                let bit = head_bit(key);
                heads[bit / 64] |= 1 << (bit % 64);
            }
        }
        let mut lower_words = LowerWords {
            text,
            tokens,
            heads,
            // (room for a word kept for every four capitalised ones: mostly those of
            // sentences' first words, "the", "he")
            kept: WordSet::with_capacity(capitalised.len() / 4),
            all: std::cell::OnceCell::new(),
        };
        for t in tokens.iter().filter(|t| !t.capitalized) {
            if lower_words.may_keep(token_head_key(bytes, t)) {
                lower_words
                    .kept
                    .insert_lowered_at(text, t.range.start..t.word_end);
            }
        }
        lower_words
    }

    /// Whether a word of this head key is in [`LowerWords::kept`] when it is a lower-case word
    /// of the article at all.
    #[inline]
    fn may_keep(&self, key: Option<u64>) -> bool {
        key.is_none_or(|key| {
            let bit = head_bit(key);
            self.heads[bit / 64] >> (bit % 64) & 1 == 1
        })
    }

    /// Every lower-case word of the article, the set made at the first call.
    fn all(&self) -> &WordSet<'t> {
        self.all.get_or_init(|| {
            let mut all = WordSet::with_capacity(self.tokens.len() / 2);
            for t in self.tokens.iter().filter(|t| !t.capitalized) {
                all.insert_lowered_at(self.text, t.range.start..t.word_end);
            }
            all
        })
    }

    /// Whether the article writes `word`, in lower case already, as a word not capitalised.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        if self.may_keep(head_key(word.as_bytes())) {
            self.kept.contains(word)
        } else {
            self.all().contains(word)
        }
    }

    /// Whether the article writes `word`, lowered, as a word not capitalised.
    #[inline]
    pub fn contains_lowered(&self, word: &str) -> bool {
        match head_key(word.as_bytes()) {
            Some(key) if self.may_keep(Some(key)) => self.kept.contains_lowered(word),
            Some(_) => self.all().contains_lowered(word),
            // (a word whose first bytes are beyond ASCII may have an ASCII lower case: the
            // Kelvin sign's is "k")
            None => self.contains(&lower_case(word)),
        }
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

    /// The name particles as the reference tokenizer lists them.
    const PARTICLES: &[&str] = &[
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin",
        "ibn", "al", "el", "of", "dos", "das", "ter",
    ];

    /// The tokenizer as it was first written, with a vector of word ranges and of hyphenated
    /// pieces and sentence starts found by trimming: the reference for [`tokenize`].
    fn tokenize_reference(text: &str) -> Facts {
        fn split_capitalised_hyphens(word: &str) -> Vec<(usize, usize)> {
            let pieces: Vec<&str> = word.split('-').collect();
            let all_capitalised = pieces.len() > 1
                && pieces.iter().all(|p| {
                    p.chars().count() >= 3 && p.chars().next().is_some_and(char::is_uppercase)
                });
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
                Some('\n') if super::wraps_a_sentence(&before[..before.len() - 1]) => false,
                Some(c) => {
                    super::sentence_opens_after(c)
                        || (matches!(c, '\u{201D}' | '\'')
                            && before[..before.len() - c.len_utf8()].ends_with(['.', '!', '?']))
                }
            }
        }
        let mut out: Facts = Vec::new();
        let ranges: Vec<(Range<usize>, bool)> = WordRanges { text, at: 0 }
            .map(|found| (found.range, found.hyphenated))
            .collect();
        for (found, hyphenated) in ranges {
            let mut start = found.start;
            let mut end = found.end;
            let word = &text[found];
            if text[end..].starts_with('.') {
                let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if DOTTED_ABBREVIATIONS.contains(&word) || is_initial {
                    end += 1;
                }
            }
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
                    .filter(|(p, _)| {
                        matches!(
                            *p,
                            "al" | "el"
                                | "bin"
                                | "ibn"
                                | "abu"
                                | "ben"
                                | "ad"
                                | "an"
                                | "ar"
                                | "as"
                                | "ash"
                                | "at"
                                | "az"
                                | "ed"
                                | "er"
                                | "es"
                                | "et"
                                | "ez"
                        )
                    })
                    .map_or(stem, |(_, rest)| rest);
                // (a capital letter and a hyphen before a word in lower case: "T-shirts"; written
                // again here, as a string, so that the reference does not share the tokenizer's code)
                let letter_compound = stem.len() >= 4
                    && stem.as_bytes()[0].is_ascii_uppercase()
                    && stem.as_bytes()[1] == b'-'
                    && stem[2..]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-');
                let capitalized =
                    after_prefix.chars().next().is_some_and(char::is_uppercase) && !letter_compound;
                let particle = stem.len() <= 5
                    && stem.starts_with(|c: char| c.is_ascii_lowercase())
                    && PARTICLES.contains(&stem);
                let flags = [
                    capitalized,
                    particle,
                    possessive,
                    starts_sentence(text, start),
                ];
                out.push((start..e, word_end, flags));
            }
        }
        out
    }

    /// The facts of each token (range, end of the word, whether capitalised, a particle,
    /// possessive, first in its sentence), for comparing tokenizers.
    type Facts = Vec<(Range<usize>, usize, [bool; 4])>;

    /// `count` lists of `len` indexes below `n`, drawn by a fixed xorshift generator: the same
    /// random texts on every run.
    fn random_picks(n: usize, len: usize, count: usize) -> impl Iterator<Item = Vec<usize>> {
        let mut state = 0x2545F4914F6CDD1Du64;
        (0..count).map(move |_| {
            (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state % n as u64) as usize
                })
                .collect()
        })
    }

    /// The facts of tokens found in `text`.
    fn facts(text: &str, tokens: &[Token]) -> Facts {
        tokens
            .iter()
            .map(|t| {
                let flags = [
                    t.capitalized,
                    t.particle,
                    t.possessive,
                    t.starts_sentence(text),
                ];
                (t.range.clone(), t.word_end, flags)
            })
            .collect()
    }

    #[test]
    fn tokenize_finds_what_the_reference_finds_in_the_seed_articles() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for entry in std::fs::read_dir(dir).expect("seeds") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
            assert_eq!(facts(&text, &tokenize(&text)), tokenize_reference(&text));
        }
    }

    /// The words of the tokens of `text`.
    fn token_words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.word(text)).collect()
    }

    #[test]
    fn capitals_joined_by_an_ampersand_are_one_word() {
        let text = "M&S and AT&T, not Marks & Spencer nor R&d or M&";
        assert_eq!(
            token_words(text),
            ["M&S", "and", "AT&T", "not", "Marks", "Spencer", "nor", "R", "d", "or", "M"]
        );
    }

    #[test]
    fn a_stock_ticker_in_angle_brackets_is_no_word() {
        let text = "Regie Nationale des Usines Renault <RENA.PA> and Chrysler Corp <C> met <b>x";
        assert_eq!(
            token_words(text),
            [
                "Regie",
                "Nationale",
                "des",
                "Usines",
                "Renault",
                "and",
                "Chrysler",
                "Corp",
                "met",
                "b",
                "x"
            ]
        );
    }

    #[test]
    fn dotted_abbreviations_are_four_bytes_or_fewer() {
        // (tokenize looks no longer word up)
        assert!(DOTTED_ABBREVIATIONS.iter().all(|a| a.len() <= 4));
    }

    #[test]
    fn particles_are_the_listed_ones() {
        for p in PARTICLES {
            assert!(is_particle(p.as_bytes()), "{p}");
        }
        for w in ["d", "dea", "vans", "the", "Van", "ibnx", "a"] {
            assert!(!is_particle(w.as_bytes()), "{w}");
        }
        // every word of up to three bytes of letters and bytes that share their low five bits
        // with them, and particles with such bytes in place of a letter
        let mut alphabet: Vec<u8> = (b'a'..=b'z').collect();
        alphabet.extend([b'A', b'D', b'@', b'`', b'$', b'\x04', 0xC3, 0xE4, 0xA9]);
        let is_listed = |w: &[u8]| PARTICLES.iter().any(|p| p.as_bytes() == w);
        let mut words: Vec<Vec<u8>> = vec![vec![]];
        for _ in 0..3 {
            let longer: Vec<Vec<u8>> = words
                .iter()
                .filter(|w| w.len() == words.last().map_or(0, Vec::len))
                .flat_map(|w| alphabet.iter().map(move |&b| [w.as_slice(), &[b]].concat()))
                .collect();
            words.extend(longer);
        }
        for p in PARTICLES {
            for k in 0..p.len() {
                for &b in &alphabet {
                    let mut w = p.as_bytes().to_vec();
                    w[k] = b;
                    words.push(w);
                }
            }
        }
        for w in &words {
            assert_eq!(is_particle(w), is_listed(w), "{w:?}");
        }
    }

    #[test]
    fn tokenize_finds_what_the_reference_finds() {
        let samples = [
            "U.S. envoy Mr. Smith met George W. Bush. The Witkoff-Putin talks, al-Assad's",
            "He left.\u{201D} She said: \u{201C}Now!\u{2019} \u{A0}*#_ Then\u{2014}we went. ",
            "Jo-Renee Formicola-Smith vice-chairman Ab-Cd-Efg ABC-DEF Abc-Def. x's 's \u{2019}s",
            "Putin\u{2019}s O'Brien's rock 'n' roll bin-Laden ibn-Saud abu-Bakr ben-Ali el-Sisi",
            "É. Zürich's Öl-Über-Ärger de la van der della dos ter 3.5 1,000 42nd \u{301}x",
            "",
        ];
        for text in samples {
            assert_eq!(
                facts(text, &tokenize(text)),
                tokenize_reference(text),
                "{text}"
            );
        }
        let alphabet: Vec<&str> = vec![
            "a", "Z", "É", "é", "9", " ", ".", "-", "'", "\u{2019}", "s", "\u{201D}", "\u{201C}",
            "\n", "\u{A0}", "*", "#", "_", "!", "Mr", "al", "de", "Abc", "\u{2014}", "(", "W",
        ];
        for picks in random_picks(alphabet.len(), 14, 20_000) {
            let text: String = picks.iter().map(|&i| alphabet[i]).collect();
            assert_eq!(
                facts(&text, &tokenize(&text)),
                tokenize_reference(&text),
                "{text:?}"
            );
        }
    }

    /// [`lower_case`] as it was first written: the reference for the one-pass version.
    fn lower_case_reference(word: &str) -> String {
        if word.is_ascii() {
            word.to_ascii_lowercase()
        } else if word.chars().any(char::is_uppercase) {
            word.to_lowercase()
        } else {
            word.to_string()
        }
    }

    #[test]
    fn token_head_keys_are_the_head_keys_of_their_words() {
        let text =
            "Zelensky\u{2019}s aide met Москва officials at the caf\u{E9} \u{201C}Now,\u{201D} \
            said O'Brien's friend. A B CD efghijk Longerword x-ray \u{2212}5 \u{212A}elvin Ab";
        for end in 0..=text.len() {
            let Some(prefix) = text.get(..end) else {
                continue;
            };
            for t in tokenize(prefix) {
                assert_eq!(
                    token_head_key(prefix.as_bytes(), &t),
                    head_key(&prefix.as_bytes()[t.range.start..t.word_end]),
                    "{:?}",
                    t.word(prefix)
                );
            }
        }
    }

    #[test]
    fn lower_case_lowers_as_the_reference_does() {
        let words = [
            "",
            "a",
            "A",
            "said",
            "McCaskill",
            "PUTIN",
            "x9-Y",
            "Ólafur",
            "çelik",
            "ÉTÉ",
            "ǅ",
            "abcdefghijklmnopqrstuv",
            "ABCDEFGHIJKLMNOPQRSTUV",
            "ABCDEFGHIJKLMNOPQRSTUVW",
            "straße",
            "İstanbul",
            "Σίσυφος",
            "ΣΊΣΥΦΟΣ",
            "O\u{2019}Brien",
        ];
        for w in words {
            assert_eq!(&*lower_case(w), lower_case_reference(w), "{w}");
            let borrowed = matches!(lower_case(w), Lower::Borrowed(_));
            assert_eq!(borrowed, !w.chars().any(char::is_uppercase), "{w}");
        }
        // words of every length up to 26, with every kind of byte at every place: capitals
        // and their neighbours, small letters, a character beyond ASCII
        for n in 0..=26 {
            for at in 0..n {
                for put in [
                    "A", "Z", "@", "[", "`", "{", "a", "z", "0", "\u{e9}", "\u{c9}",
                ] {
                    for rest in ["Q", "q"] {
                        let w = format!("{}{put}{}", "k".repeat(at), rest.repeat(n - at - 1));
                        assert_eq!(&*lower_case(&w), lower_case_reference(&w), "{w}");
                        let borrowed = matches!(lower_case(&w), Lower::Borrowed(_));
                        assert_eq!(borrowed, !w.chars().any(char::is_uppercase), "{w}");
                    }
                }
            }
        }
    }

    #[test]
    fn ascii_capitals_are_found_at_every_place_in_words_of_every_length() {
        for n in 0..40 {
            for at in 0..n {
                for (b, want) in [
                    (b'A', Some(true)),
                    (b'Z', Some(true)),
                    (b'@', Some(false)),
                    (b'[', Some(false)),
                    (b'a', Some(false)),
                    (0xC3, None),
                    (0x80, None),
                    (0x7F, Some(false)),
                ] {
                    let mut bytes = vec![b'q'; n];
                    bytes[at] = b;
                    assert_eq!(ascii_capitals(&bytes), want, "{n} {at} {b}");
                }
            }
            assert_eq!(ascii_capitals(&vec![b'z'; n]), Some(false));
        }
        // every byte value next to every other in a short word
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let bytes = [a, b, b'x', b'y', b'z'];
                let want = bytes
                    .is_ascii()
                    .then(|| bytes.iter().any(u8::is_ascii_uppercase));
                assert_eq!(ascii_capitals(&bytes), want);
            }
        }
    }

    #[test]
    fn packed_words_are_their_bytes_and_length() {
        let words = [
            "", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "a\0", "\0", "é", "éa",
            "日本",
        ];
        let keys: Vec<Option<u64>> = words.iter().map(|w| packed(w.as_bytes())).collect();
        for (w, key) in words.iter().zip(&keys) {
            let mut want = [0u8; 8];
            want[..w.len()].copy_from_slice(w.as_bytes());
            want[7] = w.len() as u8;
            assert_eq!(*key, Some(u64::from_le_bytes(want)), "{w:?}");
        }
        assert_eq!(packed(b"abcdefgh"), None);
    }

    #[test]
    fn a_word_set_holds_what_was_put_in_it_and_nothing_else() {
        let words = [
            "the",
            "a",
            "said",
            "\u{e9}t\u{e9}",
            "president",
            "",
            "x\0",
            "wolfeschlegel",
        ];
        let set: WordSet = words.iter().copied().collect();
        for w in words {
            assert!(set.contains(w), "{w:?}");
        }
        for w in [
            "th",
            "thee",
            "x",
            "presiden",
            "presidents",
            "\0",
            "Said",
            "wolf",
        ] {
            assert!(!set.contains(w), "{w:?}");
        }
        let mut lowered = WordSet::with_capacity(4);
        lowered.insert(lower_case("MIXED"));
        lowered.insert(lower_case("McCaskillian"));
        assert!(lowered.contains("mixed") && lowered.contains("mccaskillian"));
        assert!(!lowered.contains("MIXED"));
        // longer words looked up lowered: by their first seven bytes first
        lowered.insert(lower_case("\u{c9}tablissement"));
        lowered.insert(lower_case("kilometres"));
        for w in [
            "McCASKILLIAN",
            "\u{c9}TABLISSEMENT",
            "Kilometres",
            "\u{212a}ilometres",
        ] {
            assert!(lowered.contains_lowered(w), "{w:?}");
        }
        for w in [
            "McCaskillia",
            "McCaskillians",
            "Kilometre",
            "Kilometers",
            "\u{e9}tablis",
        ] {
            assert!(!lowered.contains_lowered(w), "{w:?}");
        }
    }

    #[test]
    fn packed_words_hold_what_was_added_as_they_grow() {
        let mut set = PackedWords::default();
        let keys: Vec<u64> = (1..=5000u64)
            .map(|k| k.wrapping_mul(0x2545_F491_4F6C_DD1D))
            .collect();
        for (n, &key) in keys.iter().enumerate() {
            assert!(!set.contains(key) || keys[..n].contains(&key));
            set.insert(key);
            set.insert(key);
            assert!(set.contains(key));
        }
        assert!(keys.iter().all(|&key| set.contains(key)));
        assert!(!set.contains(1) && !set.contains(u64::MAX));
        assert!(!set.contains(0));
        set.insert(0);
        assert!(set.contains(0));
        assert!(set.len * 2 <= set.slots.len());
    }

    #[test]
    fn words_lowered_as_numbers_are_those_lower_case_gives() {
        let words = [
            "",
            "a",
            "A",
            "Z",
            "@",
            "[",
            "`",
            "{",
            "He",
            "SAID",
            "Said",
            "sAiD",
            "x\0Y",
            "Mr.",
            "O'Neil",
            "AbCdEfG",
            "AbCdEfGh",
            "McCaskillian",
            "\u{C9}t\u{C9}",
            "\u{D3}lafur",
            "\u{130}",
            "\u{212A}",
            "1990S",
        ];
        let mut set = WordSet::default();
        for w in words {
            set.insert_lowered(w);
        }
        for w in words {
            assert!(set.contains(&lower_case(w)), "{w:?}");
            assert!(set.contains_lowered(w), "{w:?}");
            assert!(
                set.contains_lowered(&w.to_uppercase())
                    == set.contains(&lower_case(&w.to_uppercase())),
                "{w:?}"
            );
        }
        let mut lowered = WordSet::default();
        for w in words {
            lowered.insert(lower_case(w));
        }
        for w in words.iter().chain(&["b", "SAIDS", "said", "x\0y"]) {
            assert_eq!(
                lowered.contains_lowered(w),
                lowered.contains(&lower_case(w)),
                "{w:?}"
            );
        }
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
        // the Arabic article in its other spellings, before a sun letter: "er-Risk", "as-Sisi"
        // (not a word in lower case after it: "as-yet")
        let text = "Izzet er-Risk met as-Sisi as-yet";
        let t = tokenize(text);
        assert!(t[1].capitalized && t[3].capitalized && !t[4].capitalized);
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
        let starts: Vec<bool> = t
            .iter()
            .map(|t| t.starts_sentence("He left. She stayed, \u{201C}Now we go.\u{201D}"))
            .collect();
        assert_eq!(starts, vec![true, false, true, false, true, false, false]);
    }

    #[test]
    fn a_line_wrapped_inside_a_sentence_opens_none() {
        let text = "rates should fall, the\nInstitute of Economic Research said,\nNew Zealand's\nleaders agreed.\nPrices rose.\n\nMarkets fell";
        let starts: Vec<(&str, bool)> = tokenize(text)
            .iter()
            .filter(|t| text[t.range.clone()].starts_with(char::is_uppercase))
            .map(|t| (&text[t.range.clone()], t.starts_sentence(text)))
            .collect();
        assert_eq!(
            starts,
            vec![
                ("Institute", false),
                ("Economic", false),
                ("Research", false),
                ("New", false),
                ("Zealand's", false),
                ("Prices", true),
                ("Markets", true)
            ]
        );
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
        for picks in random_picks(alphabet.len(), 12, 3000) {
            let text: String = picks.iter().map(|&i| alphabet[i]).collect();
            assert_eq!(word_ranges(&text), regex_words(&text), "{text:?}");
        }
    }

    /// [`LowerWords`] answers as a set of every lower-case word of the text, lowered, does:
    /// for words written in the text, capitalised or not, their halves, and words it lacks, as
    /// written and lowered, ASCII or not (the Kelvin sign lowers to an ASCII "k").
    #[test]
    fn lower_words_answer_as_the_set_of_them_all() {
        fn check(text: &str) {
            let tokens = tokenize(text);
            let all: std::collections::HashSet<String> = tokens
                .iter()
                .filter(|t| !t.capitalized)
                .map(|t| t.word(text).to_lowercase())
                .collect();
            let capitalised: Vec<usize> = (0..tokens.len())
                .filter(|&i| tokens[i].capitalized)
                .collect();
            let lower_words = LowerWords::new(text, &tokens, &capitalised);
            let mut asked: Vec<String> = [
                "may",
                "May",
                "MAY",
                "\u{212A}ing",
                "king",
                "King",
                "café",
                "CAFÉ",
                "москва",
                "Москва",
                "",
                "a",
                "zelensky\u{2019}s",
                "unheard",
                "Unheardof",
            ]
            .iter()
            .map(|w| w.to_string())
            .collect();
            for t in &tokens {
                let word = t.word(text);
                asked.push(word.to_string());
                asked.push(word.to_lowercase());
                asked.push(word.to_uppercase());
                asked.extend(word.get(1..).map(str::to_string));
                asked.extend(word.get(..word.len() - 1).map(str::to_string));
            }
            for word in &asked {
                let lowered = word.to_lowercase();
                let expected = all.contains(&lowered);
                assert_eq!(
                    lower_words.contains(&lowered),
                    expected,
                    "{word:?} in {text:?}"
                );
                assert_eq!(
                    lower_words.contains_lowered(word),
                    expected,
                    "{word:?} in {text:?}"
                );
            }
        }
        let samples = [
            "The king said May may go. \u{201C}Zelensky\u{2019}s\u{201D} café Café CAFÉ",
            "Москва москва Theresa May met the may-pole makers in Kyiv, \u{212A}ing \u{212A}ING king",
            "Unheardof unheardof UNHEARD of Bank of England's bankers, iPhone iphone IPHONE",
            "long-running Long-Running internationalisation Internationalisation 42nd 42ND",
            "",
        ];
        for text in samples {
            check(text);
        }
        let alphabet: Vec<&str> = vec![
            "may",
            "May",
            "the",
            "The",
            " ",
            " ",
            ". ",
            "Kyiv",
            "kyiv",
            "café",
            "Café",
            "\u{212A}ing",
            "king",
            "longer",
            "Longerword",
            "longerword",
            "Москва",
            "москва",
            "-",
            "\u{2019}s",
            "Zelensky",
            "zelensky",
        ];
        for picks in random_picks(alphabet.len(), 16, 2000) {
            let text: String = picks.iter().map(|&i| alphabet[i]).collect();
            check(&text);
        }
    }
}
