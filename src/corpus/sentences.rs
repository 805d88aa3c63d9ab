//! Sentence boundaries in news prose, aware of abbreviations, initials and closing quotes.

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr",
    "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "prof", "rev", "hon", "adm", "maj", "cmdr", "dept", "est", "fig",
    "mt", "ft", "approx", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
];

/// The length of the longest of the [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;

/// Whether a word is one of the [`ABBREVIATIONS`], ASCII capitals or not: lowered on the stack
/// and looked up in a set.
fn is_abbreviation(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> =
        LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());
    let mut buf = [0u8; LONGEST_ABBREVIATION];
    let Some(lowered) = buf.get_mut(..word.len()) else {
        return false;
    };
    lowered.copy_from_slice(word.as_bytes());
    lowered.make_ascii_lowercase();
    std::str::from_utf8(lowered).is_ok_and(|w| SET.contains(w))
}

/// Words that, after an abbreviation such as "U.S.", show that a new sentence did begin.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "But",
    "And",
    "In",
    "A",
    "His",
    "Her",
    "Their",
    "There",
    "However",
    "Meanwhile",
];

/// Splits `text` into sentence byte ranges (trimmed of surrounding white space).
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(mark) = next_mark(bytes, i) {
        let mut end = mark + 1;
        // closing quotes and brackets stay with the sentence they close
        while end < bytes.len() {
            let rest = &text[end..];
            let c = rest.chars().next().unwrap_or(' ');
            if matches!(
                c,
                '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{BB}'
            ) {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        let next_is_space = text[end..].chars().next().is_none_or(|c| c.is_whitespace());
        if next_is_space && ends_sentence(text, mark, end) {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
        i = end;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// The first `.`, `!` or `?` at or after byte `from`, read eight bytes at a time as one number
/// (SWAR): a byte equal to the mark is zero after an exclusive or, and the lowest byte that
/// the zero-byte test flags is always a true zero (a false one can only follow it).
fn next_mark(bytes: &[u8], mut from: usize) -> Option<usize> {
    use crate::swar::{equal_bytes, read};
    while let Some(x) = read(bytes, from) {
        let found = equal_bytes(x, b'.') | equal_bytes(x, b'!') | equal_bytes(x, b'?');
        if found != 0 {
            return Some(from + found.trailing_zeros() as usize / 8);
        }
        from += 8;
    }
    let rest = bytes.get(from..)?;
    let at = rest.iter().position(|b| matches!(b, b'.' | b'!' | b'?'))?;
    Some(from + at)
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// Whether the mark at `mark` (a `.`, `!` or `?`, closing at `after`) ends a sentence.
fn ends_sentence(text: &str, mark: usize, after: usize) -> bool {
    let next_word: &str = text[after..]
        .trim_start()
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let next_char = next_word
        .chars()
        .find(|c| !matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '['));
    match next_char {
        None => return true,
        Some(c) if c.is_lowercase() => return false,
        _ => {}
    }
    if text.as_bytes()[mark] != b'.' {
        return true;
    }
    let word_start = text[..mark]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201C}')
        .map(|p| p + text[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &text[word_start..mark];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false; // an initial: "George W. Bush"
    }
    // (an ASCII word is lowered without a copy: most are)
    let lowered;
    let lower = if word.is_ascii() {
        word
    } else {
        lowered = word.to_lowercase();
        &lowered
    };
    let is = |abbreviation: &str| lower.eq_ignore_ascii_case(abbreviation);
    if is("no") {
        return !next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    if is_abbreviation(lower) || (word.contains('.') && word.len() <= 6) {
        let starter = next_word.trim_start_matches(['"', '\u{201C}']);
        return SENTENCE_STARTERS.contains(&starter);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentence_ranges(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    /// [`sentence_ranges`]'s search for marks, a byte at a time: the reference for
    /// [`next_mark`].
    fn next_mark_bytewise(bytes: &[u8], from: usize) -> Option<usize> {
        (from..bytes.len()).find(|&i| matches!(bytes[i], b'.' | b'!' | b'?'))
    }

    #[test]
    fn abbreviations_are_known_in_any_case_and_nothing_else() {
        for a in ABBREVIATIONS {
            assert!(a.len() <= LONGEST_ABBREVIATION, "{a}");
            assert!(
                is_abbreviation(a) && is_abbreviation(&a.to_uppercase()),
                "{a}"
            );
        }
        for word in ["", "m", "mrx", "approxi", "dr.", "\u{e9}t", "Approximately"] {
            assert!(!is_abbreviation(word), "{word}");
        }
    }

    #[test]
    fn next_mark_finds_the_first_mark_wherever_it_is() {
        let pieces: [&[u8]; 9] = [
            b"a",
            b".",
            b"!",
            b"?",
            b" ",
            "\u{e9}".as_bytes(),
            b"/",
            b">",
            b"-",
        ];
        let mut state = 0x9E3779B97F4A7C15u64;
        for len in 0..40 {
            for _ in 0..300 {
                let mut bytes = Vec::new();
                for _ in 0..len {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    bytes.extend_from_slice(pieces[(state % 9) as usize]);
                }
                for from in 0..=bytes.len() {
                    assert_eq!(
                        next_mark(&bytes, from),
                        next_mark_bytewise(&bytes, from),
                        "{bytes:?} {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn abbreviations_are_known_in_any_case() {
        assert_eq!(
            split("Talks at No. 10 went on. MR. Smith met DR. Jones. Tél. 5 ok."),
            vec![
                "Talks at No. 10 went on.",
                "MR. Smith met DR. Jones.",
                "Tél.",
                "5 ok."
            ]
        );
    }

    #[test]
    fn splits_on_periods_and_keeps_closing_quotes() {
        assert_eq!(
            split("He said \u{201C}No.\u{201D} Then he left. Done"),
            vec!["He said \u{201C}No.\u{201D}", "Then he left.", "Done"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split("Mr. Smith met George W. Bush in the U.S. capital. It rained."),
            vec![
                "Mr. Smith met George W. Bush in the U.S. capital.",
                "It rained."
            ]
        );
    }

    #[test]
    fn acronym_before_a_sentence_starter_splits() {
        assert_eq!(
            split("He flew to the U.S. The talks began."),
            vec!["He flew to the U.S.", "The talks began."]
        );
    }
}
