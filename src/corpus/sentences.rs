//! Sentence boundaries in news prose, aware of abbreviations, initials and closing quotes.

use crate::swar::{in_range, is_ascii_space, read, HIGH};
use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr",
    "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "prof", "rev", "hon", "adm", "maj", "cmdr", "dept", "est", "fig",
    "mt", "ft", "approx", "ald", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
];

/// The length of the longest of the [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;

/// Whether a word is one of the [`ABBREVIATIONS`], ASCII capitals or not: lowered on the stack
/// and looked up in a set as bytes (no check that they are UTF-8 needed: the abbreviations are
/// ASCII).
fn is_abbreviation(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&[u8]>> =
        LazyLock::new(|| ABBREVIATIONS.iter().map(|a| a.as_bytes()).collect());
    let mut buf = [0u8; LONGEST_ABBREVIATION];
    let Some(lowered) = buf.get_mut(..word.len()) else {
        return false;
    };
    lowered.copy_from_slice(word.as_bytes());
    lowered.make_ascii_lowercase();
    SET.contains(&*lowered)
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
    // (room for a sentence of news prose every hundred bytes or so, made once)
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    let mut start = 0;
    let mut i = 0;
    while let Some(mark) = next_mark(bytes, i) {
        let end = closers_end(bytes, mark + 1);
        let next_is_space = end == bytes.len() || white_space_at(text, end).0;
        if (next_is_space && ends_sentence(text, mark, end)) || glued_sentences(bytes, mark, end) {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
        i = end;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether a full stop at `mark` ends a sentence that the next one is glued to without a space,
/// as pages copied without their paragraph breaks are: "… she says.Student Darcie says …",
/// "… outlook.O'Leary also said …" (a word of three small letters or more before it, a capital
/// and a small letter or an apostrophe after it; not "Ph.D.", "a.m.", "U.S.Army", nor a web
/// address, "Halo.Bungie.Org").
fn glued_sentences(bytes: &[u8], mark: usize, end: usize) -> bool {
    bytes[mark] == b'.'
        && end == mark + 1
        && mark >= 3
        && bytes[mark - 3..mark].iter().all(u8::is_ascii_lowercase)
        && bytes.get(end).is_some_and(u8::is_ascii_uppercase)
        && bytes
            .get(end + 1)
            .is_some_and(|&b| b.is_ascii_lowercase() || b == b'\'')
        && !in_a_web_address(bytes, mark)
}

/// Whether the word around the full stop at `mark` has another full stop between letters, as a
/// web address's name does: "Halo.Bungie.Org".
fn in_a_web_address(bytes: &[u8], mark: usize) -> bool {
    let start = bytes[..mark]
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let end = bytes[mark..]
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .map_or(bytes.len(), |i| mark + i);
    bytes[start..end]
        .windows(3)
        .filter(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphanumeric())
        .count()
        >= 2
}

/// The end of the closing quotes and brackets at byte `at` (`"`, `'`, `)`, `]`, `”`, `’`, `»`),
/// which stay with the sentence they close.
fn closers_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        at += match bytes[at..] {
            [b'"' | b'\'' | b')' | b']', ..] => 1,
            // "\u{201D}" and "\u{2019}"
            [0xE2, 0x80, 0x9D | 0x99, ..] => 3,
            // "\u{BB}"
            [0xC2, 0xBB, ..] => 2,
            _ => return at,
        };
    }
}

/// The first `.`, `!` or `?` at or after byte `from`.
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr3(b'.', b'!', b'?', &bytes[from..]).map(|at| from + at)
}

/// Whether the character at byte `i` (a character boundary before the end) is white space, as
/// [`char::is_whitespace`] says, and its width: read from its byte when it is ASCII.
#[inline]
pub(crate) fn white_space_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        (is_ascii_space(b), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('x');
        (c.is_whitespace(), c.len_utf8())
    }
}

/// The end of the run of characters from byte `i` that are white space (`space`) or are not.
#[inline]
fn run_end(text: &str, mut i: usize, space: bool) -> usize {
    while i < text.len() {
        let (is_space, width) = white_space_at(text, i);
        if is_space != space {
            break;
        }
        i += width;
    }
    i
}

/// The start of the white space that ends at byte `end`.
#[inline]
fn white_space_start(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while end > 0 {
        let b = bytes[end - 1];
        let width = if b.is_ascii() {
            if !is_ascii_space(b) {
                break;
            }
            1
        } else {
            match text[..end].chars().next_back() {
                Some(c) if c.is_whitespace() => c.len_utf8(),
                _ => break,
            }
        };
        end -= width;
    }
    end
}

/// Adds `range` less the white space around it, unless that is all it holds.
fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let start = run_end(&text[..range.end], range.start, true);
    if start < range.end {
        // (the scan back stops at the character that is no white space, at `start` or after)
        out.push(start..white_space_start(text, range.end));
    }
}

/// Where the word that ends at byte `end` starts: after the last white space, `(`, `"` or `“`
/// before it, else at 0. Reads the bytes backwards.
fn word_start_before(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    // eight bytes at a time while none can end the word (ASCII from `)` up: no white space,
    // `(` or `"`), as over the masked contents of a quote
    while let Some(x) = end.checked_sub(8).and_then(|at| read(bytes, at)) {
        if in_range(x & !HIGH, b')', 0x7F) & !x != HIGH {
            break;
        }
        end -= 8;
    }
    while end > 0 {
        let b = bytes[end - 1];
        let width = if b.is_ascii() {
            if is_ascii_space(b) || matches!(b, b'(' | b'"') {
                break;
            }
            1
        } else {
            match text[..end].chars().next_back() {
                Some(c) if c.is_whitespace() || c == '\u{201C}' => break,
                Some(c) => c.len_utf8(),
                None => break,
            }
        };
        end -= width;
    }
    end
}

/// Whether the mark at `mark` (a `.`, `!` or `?`, closing at `after`) ends a sentence.
fn ends_sentence(text: &str, mark: usize, after: usize) -> bool {
    let next_start = run_end(text, after, true);
    // (the next word is read up to its first character that is no opening quote or bracket:
    // the rest of it is wanted only after an abbreviation)
    let next_word = || &text[next_start..run_end(text, next_start, false)];
    let next_char = text[next_start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .find(|c| !matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '['));
    match next_char {
        None => return true,
        Some(c) if c.is_lowercase() => return false,
        _ => {}
    }
    if text.as_bytes()[mark] != b'.' {
        return true;
    }
    let word = &text[word_start_before(text, mark)..mark];
    let mut chars = word.chars();
    if matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase()) {
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
        return !next_word().starts_with(|c: char| c.is_ascii_digit());
    }
    if is_abbreviation(lower) || (word.len() <= 6 && word.contains('.')) {
        let starter = next_word().trim_start_matches(['"', '\u{201C}']);
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

    #[test]
    fn a_sentence_glued_to_the_next_ends_at_its_full_stop() {
        assert_eq!(
            split("\"It will change,\" she says.Student Darcie says she was hurt."),
            vec![
                "\"It will change,\" she says.",
                "Student Darcie says she was hurt."
            ]
        );
        // (the traps: degrees, times and initials)
        assert_eq!(split("He has a Ph.D. from Yale.").len(), 1);
        assert_eq!(split("The U.S.Army and the a.m.Show met.").len(), 1);
        assert_eq!(
            split("Claude Errera, editor of Halo.Bungie.Org, said so.").len(),
            1
        );
    }

    /// [`sentence_ranges`] as it was first written, a character at a time through `str`'s
    /// searches: the reference for the version that reads bytes.
    fn sentence_ranges_reference(text: &str) -> Vec<Range<usize>> {
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
            // (a sentence glued to the next: three small letters, a full stop, a capital and
            // a small letter)
            let glued = end == mark + 1
                && text[..mark].len() >= 3
                && text[..mark]
                    .chars()
                    .rev()
                    .take(3)
                    .all(|c| c.is_ascii_lowercase())
                && text[mark..].starts_with('.')
                && {
                    let mut after = text[end..].chars();
                    after.next().is_some_and(|c| c.is_ascii_uppercase())
                        && after
                            .next()
                            .is_some_and(|c| c.is_ascii_lowercase() || c == '\'')
                }
                && {
                    let start = text[..mark]
                        .rfind(|c: char| c.is_ascii_whitespace())
                        .map_or(0, |i| i + 1);
                    let word = text[start..]
                        .split(|c: char| c.is_ascii_whitespace())
                        .next()
                        .unwrap_or("");
                    word.as_bytes()
                        .windows(3)
                        .filter(|w| {
                            w[0].is_ascii_alphanumeric()
                                && w[1] == b'.'
                                && w[2].is_ascii_alphanumeric()
                        })
                        .count()
                        < 2
                };
            if (next_is_space && ends_sentence_reference(text, mark, end)) || glued {
                push_trimmed_reference(text, start..end, &mut out);
                start = end;
            }
            i = end;
        }
        push_trimmed_reference(text, start..text.len(), &mut out);
        out
    }

    /// [`push_trimmed`] by `str::trim_start` and `str::trim_end`.
    fn push_trimmed_reference(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
        let piece = &text[range.clone()];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead + trail < piece.len() {
            out.push(range.start + lead..range.end - trail);
        }
    }

    /// [`ends_sentence`] by `str`'s searches.
    fn ends_sentence_reference(text: &str, mark: usize, after: usize) -> bool {
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
    fn sentences_are_those_the_reference_finds() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for entry in std::fs::read_dir(dir).expect("seeds") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
            assert_eq!(sentence_ranges(&text), sentence_ranges_reference(&text));
        }
        let pieces = [
            "a", "Mr", "No", "U.S", "W", "The", "it", "\u{c9}t", "\u{212a}", ".", "!", "?", " ",
            "\n", "\t", "\u{b}", "\u{a0}", "\u{2003}", "\u{3000}", "\"", "'", ")", "]", "(", "[",
            "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{bb}", "5", "\u{e9}",
        ];
        // (long words, read eight bytes at a time)
        let long_words = [
            "xxxxxxxxxxxxxxxxxx",
            "Washington",
            "a(bcdefgh",
            "xyz\"abcdefghi",
            "~@{|}\u{7f}",
        ];
        let pieces: Vec<&str> = pieces.into_iter().chain(long_words).collect();
        let mut state = 0x9E3779B97F4A7C15u64;
        for _ in 0..50_000 {
            let mut text = String::new();
            for _ in 0..16 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            assert_eq!(
                sentence_ranges(&text),
                sentence_ranges_reference(&text),
                "{text:?}"
            );
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
