//! The words of a text between white space, and a word without what is no letter at its ends,
//! found a byte (or eight) at a time while the text is ASCII: what the attribution rules of
//! [`super::quotes`] split and trim most; and the words of a name between single spaces.

use crate::swar::is_ascii_space;

/// The words of a text between white space, and a word without what is no letter at its ends,
/// as the standard library gives them, found a byte (or eight) at a time while the bytes are
/// ASCII (as most are): the standard splitter and trimmer decode every character, and the
/// attribution rules split and trim many texts.
pub(super) trait AsciiFirstWords {
    /// The words between white space, as `split_whitespace` gives them.
    fn whitespace_words(&self) -> WhitespaceWords<'_>;
    /// The text without the characters that are no letters at either end, as `trim_matches`
    /// with `!char::is_alphabetic` gives it: at once when it begins and ends with ASCII letters.
    fn trim_non_letters(&self) -> &str;
}

impl AsciiFirstWords for str {
    fn whitespace_words(&self) -> WhitespaceWords<'_> {
        WhitespaceWords { rest: self }
    }

    #[inline]
    fn trim_non_letters(&self) -> &str {
        match (self.as_bytes().first(), self.as_bytes().last()) {
            (Some(first), Some(last))
                if first.is_ascii_alphabetic() && last.is_ascii_alphabetic() =>
            {
                self
            }
            _ => self.trim_matches(|c: char| !c.is_alphabetic()),
        }
    }
}

/// The words of a text between white space (see [`AsciiFirstWords::whitespace_words`]), from
/// either end.
#[derive(Clone)]
pub(super) struct WhitespaceWords<'a> {
    /// The text not yet split.
    rest: &'a str,
}

/// The first byte at or after `from` that is ASCII white space or no ASCII: eight bytes at a
/// time as one number (SWAR), whose lowest flagged byte is always a true one (a byte beyond ASCII
/// may only spoil the flags of those after it).
#[inline]
fn next_space_or_beyond_ascii(bytes: &[u8], mut from: usize) -> Option<usize> {
    use crate::swar::{equal_bytes, in_range, read, HIGH};
    while let Some(x) = read(bytes, from) {
        let found = in_range(x, b'\t', b'\r') | equal_bytes(x, b' ') | (x & HIGH);
        if found != 0 {
            return Some(from + found.trailing_zeros() as usize / 8);
        }
        from += 8;
    }
    let rest = bytes.get(from..)?;
    Some(
        from + rest
            .iter()
            .position(|&b| is_ascii_space(b) || !b.is_ascii())?,
    )
}

/// The last byte before `end` that is ASCII white space or no ASCII: eight bytes at a time as
/// one number, each byte's flag exact (so the highest is the last such byte).
#[inline]
fn last_space_or_beyond_ascii_before(bytes: &[u8], mut end: usize) -> Option<usize> {
    use crate::swar::{exactly_equal_bytes, in_range, read, HIGH};
    while let Some(x) = end.checked_sub(8).and_then(|at| read(bytes, at)) {
        // (control bytes tested on their low seven bits, so that no byte beyond ASCII carries
        // into the next, and those beyond ASCII then flagged as such)
        let found =
            (in_range(x & !HIGH, b'\t', b'\r') & !x) | exactly_equal_bytes(x, b' ') | (x & HIGH);
        if found != 0 {
            return Some(end - 8 + (63 - found.leading_zeros() as usize) / 8);
        }
        end -= 8;
    }
    bytes[..end]
        .iter()
        .rposition(|&b| is_ascii_space(b) || !b.is_ascii())
}

impl<'a> WhitespaceWords<'a> {
    /// The next word when a character beyond ASCII is next to it, split as the standard
    /// library does.
    #[cold]
    fn next_by_chars(&mut self) -> Option<&'a str> {
        let trimmed = self.rest.trim_start();
        let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        self.rest = &trimmed[end..];
        Some(&trimmed[..end]).filter(|word| !word.is_empty())
    }

    /// The last word when a character beyond ASCII is next to it, split as the standard
    /// library does.
    #[cold]
    fn next_back_by_chars(&mut self) -> Option<&'a str> {
        let trimmed = self.rest.trim_end();
        let start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        self.rest = &trimmed[..start];
        Some(&trimmed[start..]).filter(|word| !word.is_empty())
    }
}

impl<'a> Iterator for WhitespaceWords<'a> {
    type Item = &'a str;

    // (always inlined, as `next_back` is: left out of line, as the compiler left it, every
    // word cost a call with its saving and restoring of registers)
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.rest.as_bytes();
        let mut start = 0;
        while bytes.get(start).is_some_and(|&b| is_ascii_space(b)) {
            start += 1;
        }
        let end = match bytes.get(start) {
            None => {
                self.rest = "";
                return None;
            }
            Some(b) if !b.is_ascii() => return self.next_by_chars(),
            Some(_) => match next_space_or_beyond_ascii(bytes, start) {
                None => bytes.len(),
                Some(at) if bytes[at].is_ascii() => at,
                Some(_) => return self.next_by_chars(),
            },
        };
        let word = &self.rest[start..end];
        self.rest = &self.rest[end..];
        Some(word)
    }
}

impl DoubleEndedIterator for WhitespaceWords<'_> {
    #[inline(always)]
    fn next_back(&mut self) -> Option<Self::Item> {
        let bytes = self.rest.as_bytes();
        let mut end = bytes.len();
        while end > 0 && is_ascii_space(bytes[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            self.rest = "";
            return None;
        }
        let start = last_space_or_beyond_ascii_before(bytes, end).map_or(0, |at| at + 1);
        if !bytes[end - 1].is_ascii() || (start > 0 && !bytes[start - 1].is_ascii()) {
            return self.next_back_by_chars();
        }
        let word = &self.rest[start..end];
        self.rest = &self.rest[..start];
        Some(word)
    }
}

/// The words of a name between single spaces, as `split(' ')` gives them, each space found a
/// byte at a time: names are short, and the standard splitter's search costs more to set up
/// than it saves on them.
pub(super) fn space_words(name: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(name);
    std::iter::from_fn(move || {
        let words = rest?;
        match words.bytes().position(|b| b == b' ') {
            Some(space) => {
                rest = Some(&words[space + 1..]);
                Some(&words[..space])
            }
            None => {
                rest = None;
                Some(words)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_words_are_those_split_gives() {
        for name in [
            "",
            " ",
            "  ",
            "Blair",
            "Tony Blair",
            " Tony  Blair ",
            "Zoë Ball",
            "Wasserman\u{a0}Schultz",
            "Москва Zelensky\u{2019}s café",
            "a b c d",
        ] {
            assert_eq!(
                space_words(name).collect::<Vec<_>>(),
                name.split(' ').collect::<Vec<_>>(),
                "{name:?}"
            );
        }
    }

    #[test]
    fn ascii_first_words_and_trims_are_those_the_standard_library_finds() {
        let texts = [
            "",
            "   ",
            "one",
            "  Mr. O\u{2019}Brien said:\t\u{201C}No\u{201D}\n\nthen\u{a0}more\u{2028}x\u{3000}y ",
            "\u{a0}\u{a0}Élan vital\x0Bthen\x0C\r end\u{85}",
            "--\u{201C}Zoë's,\u{201D} 42 \u{2014}ok\u{2014} ...",
        ];
        for text in texts {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let piece = &text[start..];
                for word in piece.split_whitespace().chain([piece]) {
                    let not_letter = |c: char| !c.is_alphabetic();
                    assert_eq!(word.trim_non_letters(), word.trim_matches(not_letter));
                }
                let ours: Vec<&str> = piece.whitespace_words().collect();
                let theirs: Vec<&str> = piece.split_whitespace().collect();
                assert_eq!(ours, theirs, "{piece:?}");
                let ours: Vec<&str> = piece.whitespace_words().rev().collect();
                let theirs: Vec<&str> = piece.split_whitespace().rev().collect();
                assert_eq!(ours, theirs, "{piece:?}");
                // (from both ends in turn)
                let (mut ours, mut theirs) = (piece.whitespace_words(), piece.split_whitespace());
                for k in 0..8 {
                    if k % 2 == 0 {
                        assert_eq!(ours.next(), theirs.next(), "{piece:?}");
                    } else {
                        assert_eq!(ours.next_back(), theirs.next_back(), "{piece:?}");
                    }
                }
                for word in piece.split_whitespace().chain([piece]) {
                    let not_letter = |c: char| !c.is_alphabetic();
                    assert_eq!(
                        word.trim_matches(|c: char| !c.is_alphabetic()),
                        word.trim_matches(not_letter)
                    );
                }
            }
        }
    }

    #[test]
    fn last_space_or_beyond_ascii_is_found_as_a_byte_at_a_time() {
        let pieces = [
            "a",
            "Zelensky\u{2019}s",
            " ",
            "\t",
            "\r",
            "\x0B",
            "\x0C",
            "\n",
            "\x1F",
            "!",
            "~",
            "\x7F",
            "Москва",
            "café",
            "\u{201C}",
            "\u{a0}",
            "Washington",
            "xxxxxxxxxxxx",
        ];
        let mut state = 0x9E3779B97F4A7C15u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let bytes = text.as_bytes();
            for end in 0..=bytes.len() {
                let bytewise = (0..end)
                    .rev()
                    .find(|&i| is_ascii_space(bytes[i]) || !bytes[i].is_ascii());
                assert_eq!(
                    last_space_or_beyond_ascii_before(bytes, end),
                    bytewise,
                    "{text:?} {end}"
                );
            }
            let ours: Vec<&str> = text.whitespace_words().rev().collect();
            let theirs: Vec<&str> = text.split_whitespace().rev().collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
    }
}
