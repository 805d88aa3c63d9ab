//! Word tokens with the facts name-finding needs: capitalised, a name particle, possessive,
//! first in its sentence.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

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

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\p{Lu}\.){2,}|(?:(?:al|el|bin|ibn|abu|ben)-)?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'\x{2019}][\p{L}\p{M}\p{N}]+)*")
        .expect("word pattern")
});

/// Splits text into word tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for m in WORD.find_iter(text) {
        let mut start = m.start();
        let mut end = m.end();
        let word = m.as_str();
        // "Mr." "St." and initials "W." keep their period
        if text[end..].starts_with('.') {
            let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if DOTTED_ABBREVIATIONS.contains(&word) || is_initial {
                end += 1;
            }
        }
        // "Witkoff-Putin" is two names
        let parts = if text[start..end].contains('-') {
            split_capitalised_hyphens(&text[start..end])
        } else {
            vec![(0, end - start)]
        };
        let base = start;
        for (s, e) in parts.into_iter().map(|(s, e)| (base + s, base + e)) {
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
            let after_prefix = stem
                .split_once('-')
                .filter(|(p, _)| matches!(*p, "al" | "el" | "bin" | "ibn" | "abu" | "ben"))
                .map_or(stem, |(_, rest)| rest);
            let capitalized = after_prefix.chars().next().is_some_and(char::is_uppercase);
            let particle = PARTICLES.contains(&stem);
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

/// A word in lower case, copied only when it has capitals.
pub fn lower_case(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
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
}
