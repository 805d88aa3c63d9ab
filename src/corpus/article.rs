//! An article: its title, paragraphs and passages, all pointing back into the decoded text.

use super::sentences::{sentence_ranges, white_space_at};
use std::ops::Range;

/// A paragraph passes this many words and it is cut at sentence ends into several passages.
pub const MAX_PASSAGE_WORDS: usize = 120;

/// One paragraph: a byte range of the article text and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range in [`Article::text`], trimmed.
    pub range: Range<usize>,
    /// 1-based line number of its first character.
    pub line: usize,
}

/// One passage: a paragraph or a piece of a long one; the unit that search returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// Position in the article, from 0.
    pub ordinal: usize,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
    /// Byte range in [`Article::text`].
    pub range: Range<usize>,
    /// 1-based line number of its first character.
    pub line: usize,
}

/// A decoded article cut into paragraphs and passages.
#[derive(Debug, Clone)]
pub struct Article {
    /// The first non-empty line, with markup such as `**` or `#` removed.
    pub title: String,
    /// The whole decoded text with `\n` line ends.
    pub text: String,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Passages in order.
    pub passages: Vec<Passage>,
    lines: LineIndex,
}

impl Article {
    /// Cuts decoded text into title, paragraphs and passages.
    pub fn parse(text: String) -> Article {
        let lines = LineIndex::new(&text);
        let paragraphs = split_paragraphs(&text, &lines);
        let title = paragraphs
            .first()
            .map(|p| clean_title(&text[p.range.clone()]))
            .unwrap_or_default();
        let mut passages = Vec::with_capacity(paragraphs.len());
        for (index, paragraph) in paragraphs.iter().enumerate() {
            for range in split_long(&text, paragraph.range.clone()) {
                passages.push(Passage {
                    ordinal: passages.len(),
                    paragraph: index,
                    line: lines.line_of(range.start),
                    range,
                });
            }
        }
        Article {
            title,
            text,
            paragraphs,
            passages,
            lines,
        }
    }

    /// The 1-based line of a byte offset in the text.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines.line_of(offset)
    }

    /// A passage's text with runs of white space folded to one space.
    pub fn passage_text(&self, passage: &Passage) -> String {
        fold_space(&self.text[passage.range.clone()])
    }
}

/// Byte offsets of line starts, for turning offsets into 1-based line numbers.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        // (room for a line every 64 bytes, made once: more than most texts' lines)
        let mut starts = Vec::with_capacity(text.len() / 64 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Folds runs of white space (newlines of hard-wrapped text included) into single spaces.
pub fn fold_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    loop {
        while i < text.len() && white_space_at(text, i).0 {
            i += white_space_at(text, i).1;
        }
        if i == text.len() {
            return out;
        }
        // runs of words joined by single spaces are copied whole: most text is already folded
        let end = folded_run_end(text, i);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text[i..end]);
        i = end;
    }
}

/// The end of the words joined by single spaces that start at byte `i`, which is no white
/// space: eight bytes at a time as one number (SWAR) while each is printable ASCII or a space
/// before printable ASCII, then a byte at a time by a table of the bytes that start no white
/// space, and a character at a time for those that may.
fn folded_run_end(text: &str, mut i: usize) -> usize {
    use crate::swar::{exactly_equal_bytes, in_range, read, HIGH};
    let bytes = text.as_bytes();
    loop {
        // (a space is passed when the next byte of the same eight is printable: one at the
        // last place, whose next byte is not among them, is read a byte at a time below)
        while let Some(x) = read(bytes, i) {
            let printable = in_range(x & !HIGH, b'!', b'~') & !x;
            let single_spaces = exactly_equal_bytes(x, b' ') & printable >> 8;
            let others = !(printable | single_spaces) & HIGH;
            if others != 0 {
                i += others.trailing_zeros() as usize / 8;
                break;
            }
            i += 8;
        }
        let Some(&b) = bytes.get(i) else {
            return i;
        };
        if NEVER_SPACE[b as usize] {
            i += 1;
        } else if b == b' ' {
            if i + 1 == text.len() || white_space_at(text, i + 1).0 {
                return i;
            }
            i += 1;
        } else {
            match white_space_at(text, i) {
                (true, _) => return i,
                (false, width) => i += width,
            }
        }
    }
}

/// Bytes that neither are nor begin a white-space character: printable ASCII, UTF-8
/// continuation bytes, and lead bytes of characters that are no white space (all Unicode white
/// space beyond ASCII begins with 0xC2, 0xE1, 0xE2 or 0xE3).
const NEVER_SPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0x21;
    while b < 256 {
        table[b] = !matches!(b, 0x7F | 0xC2 | 0xE1 | 0xE2 | 0xE3);
        b += 1;
    }
    table
};

/// Titles longer than this many characters are cut at a word (a first "line" can be megabytes).
const MAX_TITLE_CHARS: usize = 200;

fn clean_title(paragraph: &str) -> String {
    let line = paragraph.lines().next().unwrap_or("");
    let line = match line.char_indices().nth(MAX_TITLE_CHARS * 4) {
        Some((cut, _)) => &line[..cut],
        None => line,
    };
    let line = line.trim().trim_start_matches('#');
    // (most titles hold no `*` nor `_`: they are not copied to be searched for `**` and `__`)
    let stripped: std::borrow::Cow<str> = if line.bytes().any(|b| b == b'*' || b == b'_') {
        line.replace("**", "").replace("__", "").into()
    } else {
        line.into()
    };
    let title =
        fold_space(stripped.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace()));
    if title.chars().count() <= MAX_TITLE_CHARS {
        return title;
    }
    let cut: String = title.chars().take(MAX_TITLE_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}\u{2026}")
}

/// Paragraphs: blocks between blank lines; inside a block each line is a paragraph, except in
/// hard-wrapped text (wire copy), where indented lines start paragraphs and the rest continue them.
fn split_paragraphs(text: &str, lines: &LineIndex) -> Vec<Paragraph> {
    // (the lines the index already found: each runs to the next one's start, less its '\n')
    let line_ranges = lines
        .starts
        .iter()
        .zip(
            lines.starts[1..]
                .iter()
                .map(|&next| next - 1)
                .chain([text.len()]),
        )
        .map(|(&start, end)| start..end);

    // (about a paragraph for every other line, as blank lines part them: room made once)
    let mut out = Vec::with_capacity(lines.starts.len() / 2 + 1);
    let mut block: Vec<Range<usize>> = Vec::new();
    // (one buffer for the paragraphs of every block)
    let mut groups: Vec<Range<usize>> = Vec::new();
    let mut flush = |block: &mut Vec<Range<usize>>, out: &mut Vec<Paragraph>| {
        paragraphs_of_block(text, block, &mut groups);
        for range in groups.iter().filter_map(|r| trim_range(text, r.clone())) {
            out.push(Paragraph {
                line: lines.line_of(range.start),
                range,
            });
        }
        block.clear();
    };
    for range in line_ranges {
        if text[range.clone()].trim().is_empty() {
            flush(&mut block, &mut out);
        } else {
            block.push(range);
        }
    }
    flush(&mut block, &mut out);
    out
}

/// The paragraphs of a block of lines, untrimmed, into `groups` (emptied first).
fn paragraphs_of_block(text: &str, block: &[Range<usize>], groups: &mut Vec<Range<usize>>) {
    let is_indented = |r: &Range<usize>| text[r.clone()].starts_with([' ', '\t']);
    let wrapped = is_hard_wrapped(text, block);
    let all_indented = block.iter().all(is_indented);
    groups.clear();
    for (i, line) in block.iter().enumerate() {
        let new_paragraph = i == 0 || !wrapped || (is_indented(line) && !all_indented);
        match groups.last_mut() {
            Some(last) if !new_paragraph => last.end = line.end,
            _ => groups.push(line.clone()),
        }
    }
}

/// Wire copy: several lines, none long, most filled close to a fixed width.
fn is_hard_wrapped(text: &str, block: &[Range<usize>]) -> bool {
    if block.len() < 2 {
        return false;
    }
    if block.len() == 2 {
        let first = text[block[0].clone()].trim_end();
        return (55..=100).contains(&first.chars().count())
            && !first.ends_with(['.', '!', '?', '"', '\u{201D}', ':']);
    }
    let widths: Vec<usize> = block
        .iter()
        .map(|r| text[r.clone()].trim_end().chars().count())
        .collect();
    let max = *widths.iter().max().unwrap_or(&0);
    if max > 100 {
        return false;
    }
    // (the last line of a paragraph, before an indented line that opens the next, is as short
    // as it comes and ends its sentence: it counts either way, unless every line is indented)
    let is_indented = |r: &Range<usize>| text[r.clone()].starts_with([' ', '\t']);
    let all_indented = block.iter().all(is_indented);
    let ends_paragraph = |i: usize| !all_indented && is_indented(&block[i + 1]);
    let filled = (0..widths.len() - 1)
        .filter(|&i| widths[i] >= 45 || ends_paragraph(i))
        .count();
    // wrapped lines break mid-sentence; a paragraph a line ends with its sentence
    let mid_sentence = (0..block.len() - 1)
        .filter(|&i| {
            ends_paragraph(i)
                || !text[block[i].clone()]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201D}', ':'])
        })
        .count();
    filled * 3 >= (widths.len() - 1) * 2 && mid_sentence * 2 >= block.len() - 1
}

fn trim_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    (lead + trail < piece.len()).then(|| range.start + lead..range.end - trail)
}

/// Cuts a long paragraph at sentence ends into pieces of at most about [`MAX_PASSAGE_WORDS`]
/// words; a single sentence longer than twice that is cut between words.
fn split_long(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let piece = &text[range.clone()];
    // n words take at least 2n - 1 bytes: a short piece need not be counted; nor one with few
    // bytes that may be white space
    if piece.len() < 2 * MAX_PASSAGE_WORDS + 1 || surely_at_most_words(piece, MAX_PASSAGE_WORDS) {
        return vec![range];
    }
    // (the words are counted a sentence at a time, and summed: sentences end before white space
    // and are trimmed of it alone, so no word is cut nor left out; most pieces counted are long)
    let sentences: Vec<(Range<usize>, usize)> = sentence_ranges(piece)
        .into_iter()
        .map(|sentence| {
            let words = word_count(&piece[sentence.clone()]);
            (sentence, words)
        })
        .collect();
    if sentences.iter().map(|&(_, words)| words).sum::<usize>() <= MAX_PASSAGE_WORDS {
        return vec![range];
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut current: Option<(Range<usize>, usize)> = None;
    for (sentence, words) in sentences {
        let sentence = range.start + sentence.start..range.start + sentence.end;
        let parts = cut_between_words(text, sentence, words);
        let whole = parts.len() == 1;
        for part in parts {
            let part_words = if whole {
                words
            } else {
                word_count(&text[part.clone()])
            };
            match current.as_mut() {
                Some((r, n)) if *n + part_words <= MAX_PASSAGE_WORDS => {
                    r.end = part.end;
                    *n += part_words;
                }
                _ => {
                    if let Some((r, _)) = current.take() {
                        out.push(r);
                    }
                    current = Some((part, part_words));
                }
            }
        }
    }
    if let Some((r, _)) = current {
        out.push(r);
    }
    out
}

fn cut_between_words(text: &str, range: Range<usize>, words: usize) -> Vec<Range<usize>> {
    if words <= 2 * MAX_PASSAGE_WORDS {
        return vec![range];
    }
    let mut out = Vec::new();
    let mut start = range.start;
    let mut count = 0;
    let piece = &text[range.clone()];
    let mut in_word = false;
    for (i, c) in piece.char_indices() {
        let space = c.is_whitespace();
        if !space && !in_word {
            if count == MAX_PASSAGE_WORDS {
                out.push(start..range.start + i);
                start = range.start + i;
                count = 0;
            }
            count += 1;
        }
        in_word = !space;
    }
    out.push(start..range.end);
    out.into_iter()
        .filter_map(|r| trim_range(text, r))
        .collect()
}

/// Whether a text surely has at most `limit` words, told quicker than they are counted: a word
/// after the first follows a character of white space, and each of those has a byte that is
/// ASCII up to the space (' ', '\t'..='\r') or is beyond ASCII; so the words are at most one
/// more than such bytes, counted eight at a time as one number (SWAR). `false` says nothing.
fn surely_at_most_words(text: &str, limit: usize) -> bool {
    use crate::swar::{HIGH, ONES};
    /// The top bits of the bytes of `x` up to the space or beyond ASCII (each byte's low seven
    /// bits plus 0x5F carry into its top bit alone, when they are past the space).
    fn may_be_space(x: u64) -> u64 {
        (!((x & !HIGH) + ONES * 0x5F) | x) & HIGH
    }
    /// Bytes in a block: 31 eights, whose flags summed in each byte lane (31 at most) add up to
    /// no more than a byte holds.
    const BLOCK: usize = 31 * 8;
    let mut bound = 1;
    for block in text.as_bytes().chunks(BLOCK) {
        let mut lanes = 0u64;
        let mut eights = block.chunks_exact(8);
        for eight in &mut eights {
            let x = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
            lanes += may_be_space(x) >> 7;
        }
        bound += (lanes.wrapping_mul(ONES) >> 56) as usize;
        bound += eights
            .remainder()
            .iter()
            .filter(|&&b| b <= b' ' || !b.is_ascii())
            .count();
        if bound > limit {
            return false;
        }
    }
    true
}

/// The number of words (runs of non-white-space) of a text.
fn word_count(text: &str) -> usize {
    word_count_up_to(text, usize::MAX)
}

/// The number of words (runs of non-white-space) of a text, or `limit` when there are more: the
/// text is read no further than needed. ASCII text is read eight bytes at a time as one number
/// (SWAR): the top bit of each byte that is white space is set, and a word starts at each byte
/// that is not, after one that is. Eight bytes with one beyond ASCII among them are read a
/// character at a time up to the end of that character, and the count goes on from there.
pub(crate) fn word_count_up_to(text: &str, limit: usize) -> usize {
    use crate::swar::{count_flags, in_range, read, HIGH, ONES};
    /// Top bits of the bytes of `x` (all ASCII) that are ' ' or '\t'..='\r'.
    fn spaces(x: u64) -> u64 {
        let not_space = (x ^ (ONES * u64::from(b' '))).wrapping_add(ONES * 0x7F);
        (!not_space & HIGH) | in_range(x, b'\t', b'\r')
    }
    /// The words starting in eight bytes, and whether the last of them is white space (its top
    /// bit), given whether the byte before them was.
    fn starts(x: u64, space_before: u64) -> (usize, u64) {
        let s = spaces(x);
        let count = count_flags(!s & ((s << 8) | space_before) & HIGH);
        (count, (s >> 56) & 0x80)
    }
    let bytes = text.as_bytes();
    let mut count = 0;
    // the top bit of byte 0 set: the text starts after white space
    let mut space_before = 0x80;
    // (a character at a time: whether it is white space, and its width)
    let step = |i: usize, count: &mut usize, space_before: &mut u64| {
        let (space, width) = white_space_at(text, i);
        *count += usize::from(!space && *space_before != 0);
        *space_before = if space { 0x80 } else { 0 };
        width
    };
    let mut i = 0;
    // (sixteen bytes a step, two numbers: half the steps' bounds and limit checks; and while
    // the next 64 are ASCII, they are one step)
    loop {
        if let Some(block) = bytes.get(i..i + 64) {
            let eights: [u64; 8] = std::array::from_fn(|k| {
                u64::from_le_bytes(block[8 * k..8 * k + 8].try_into().expect("8 bytes"))
            });
            if eights.iter().fold(0, |acc, x| acc | x) & HIGH == 0 {
                // (each byte of `lanes` counts the words starting at its place in the eights:
                // at most 64 in all, which a byte holds, summed once)
                let mut lanes = 0u64;
                for x in eights {
                    let s = spaces(x);
                    lanes += (!s & ((s << 8) | space_before) & HIGH) >> 7;
                    space_before = (s >> 56) & 0x80;
                }
                count += (lanes.wrapping_mul(ONES) >> 56) as usize;
                i += 64;
                if count >= limit {
                    return limit;
                }
                continue;
            }
        }
        let Some(sixteen) = bytes.get(i..i + 16) else {
            break;
        };
        let (low, high) = sixteen.split_at(8);
        let low = u64::from_le_bytes(low.try_into().expect("8 bytes"));
        let high = u64::from_le_bytes(high.try_into().expect("8 bytes"));
        if (low | high) & HIGH == 0 {
            let (n, space_between) = starts(low, space_before);
            let (m, space_after) = starts(high, space_between);
            count += n + m;
            space_before = space_after;
            i += 16;
        } else {
            // (the bytes before the first beyond ASCII start characters, as does that byte)
            let first_beyond = if low & HIGH != 0 {
                (low & HIGH).trailing_zeros()
            } else {
                64 + (high & HIGH).trailing_zeros()
            };
            let end = i + first_beyond as usize / 8;
            while i <= end {
                i += step(i, &mut count, &mut space_before);
            }
        }
        if count >= limit {
            return limit;
        }
    }
    while let Some(x) = read(bytes, i) {
        let beyond_ascii = x & HIGH;
        if beyond_ascii == 0 {
            let (n, space_after) = starts(x, space_before);
            count += n;
            space_before = space_after;
            i += 8;
        } else {
            let end = i + beyond_ascii.trailing_zeros() as usize / 8;
            while i <= end {
                i += step(i, &mut count, &mut space_before);
            }
        }
    }
    // the last bytes, fewer than eight
    while i < bytes.len() {
        i += step(i, &mut count, &mut space_before);
    }
    count.min(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// White space folded as first written: the words, one space between.
    fn fold_by_splitting(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn fold_space_joins_words_with_one_space() {
        for text in [
            "",
            "  \t\n ",
            "one",
            "  one  two\n\nthree\r\n",
            "no-break\u{A0}space and\u{2003}em\u{3000}ideographic\u{85}next",
            "\u{201C}Quoted,\u{201D} she said.\x0b\x0cend",
            "日本語 テキスト",
        ] {
            assert_eq!(fold_space(text), fold_by_splitting(text), "{text:?}");
        }
        // mostly ASCII, across the 8-byte steps
        let alphabet = [
            "a", "b", " ", " ", "\n", "\t", "\x0b", "\x7f", "!", "\u{a0}", "\u{e9}", "\u{2003}",
            "\u{201c}", "\u{85}",
        ];
        for text in random_texts(0x2545F4914F6CDD1D, &alphabet) {
            assert_eq!(fold_space(&text), fold_by_splitting(&text), "{text:?}");
        }
    }

    /// 200 texts of each length under 40 made of `pieces`, drawn by a xorshift generator from
    /// `seed`: every arrangement a SWAR loop's 8-byte steps may meet.
    fn random_texts(seed: u64, pieces: &[&str]) -> Vec<String> {
        let mut state = seed;
        let mut texts = Vec::new();
        for len in 0..40 {
            for _ in 0..200 {
                texts.push(
                    (0..len)
                        .map(|_| {
                            state ^= state << 13;
                            state ^= state >> 7;
                            state ^= state << 17;
                            pieces[(state % pieces.len() as u64) as usize]
                        })
                        .collect(),
                );
            }
        }
        texts
    }

    proptest::proptest! {
        #[test]
        fn fold_space_matches_splitting_on_any_text(text in "(\\PC|\\s){0,60}") {
            proptest::prop_assert_eq!(fold_space(&text), fold_by_splitting(&text));
        }

        /// `split_long` sums the words of a piece's sentences for the piece's: sentences end
        /// before white space and lose only white space to trimming, except where two are
        /// glued without a space ("… says.Student …"), which cuts that one word in two.
        #[test]
        fn the_words_of_the_sentences_are_the_words_of_the_text(
            text in "([a-zA-Z\u{e9}\u{41c}]{1,6}|[ .!?\"'\u{201D}\u{2019})\u{a0}\u{3000}\t\n]|Mr\\. |U\\.S\\. ){0,40}"
        ) {
            let sentences = sentence_ranges(&text);
            let by_sentence: usize = sentences.iter().map(|s| word_count(&text[s.clone()])).sum();
            let glued = sentences.windows(2).filter(|w| w[0].end == w[1].start).count();
            proptest::prop_assert_eq!(by_sentence, word_count(&text) + glued);
        }
    }

    #[test]
    fn words_are_counted_alike_in_ascii_and_unicode_text() {
        for text in [
            "",
            " ",
            "one",
            " one  two\tthree\x0bfour\r\nfive ",
            "a-b c.d",
        ] {
            let by_chars = text.split_whitespace().count();
            assert_eq!(word_count(text), by_chars, "{text:?}");
            let wide = format!("{text}\u{a0}é");
            assert_eq!(
                word_count(&wide),
                wide.split_whitespace().count(),
                "{wide:?}"
            );
        }
        // every arrangement of words and spaces across the 8-byte steps
        let pieces = [
            " ", "a", "\n", "b", "\t", "\r", "\x0b", "\x0c", "\x08", "\x0e", "\x1f", "!", "\x7f",
        ];
        for text in random_texts(0x9E3779B97F4A7C15, &pieces) {
            assert_eq!(
                word_count(&text),
                text.split_whitespace().count(),
                "{text:?}"
            );
            let wide = format!("{text}\u{a0}\u{e9}");
            // (characters beyond ASCII before, between and inside the 8-byte steps)
            let mixed = format!("\u{e9}{text}\u{2003}{text}\u{a0}x\u{201C}{text}");
            // (runs of 64 ASCII bytes and more, read as one step, before and after others)
            let long = format!("{}\u{e9}{}", text.repeat(5), text.repeat(3));
            for limit in [0, 1, 2, 3, 5, 8, 13, 21, 40, 121] {
                for t in [&text, &wide, &mixed, &long] {
                    assert_eq!(
                        word_count_up_to(t, limit),
                        t.split_whitespace().take(limit).count(),
                        "{t:?} {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_sure_bound_on_words_is_never_below_their_count() {
        let pieces = [
            " ",
            "a",
            "\n",
            "b",
            "\t",
            "\r",
            "\x0b",
            "\x0c",
            "\x08",
            "\x0e",
            "\x1f",
            "!",
            "\x7f",
            "\u{a0}",
            "\u{2003}",
            "\u{e9}",
            "\u{201C}",
            "Москва",
            "Zelensky\u{2019}s",
        ];
        for text in random_texts(0x2545F4914F6CDD1D, &pieces) {
            // (long texts too: more than one block of 248 bytes)
            let long = text.repeat(9);
            for t in [&text, &long] {
                let words = t.split_whitespace().count();
                for limit in [0, 1, 2, 3, 5, 8, 13, 40, 120, 300] {
                    if surely_at_most_words(t, limit) {
                        assert!(words <= limit, "{t:?} {limit}");
                    }
                }
            }
        }
        // one space between words: the bound is the count
        let prose = "word ".repeat(200);
        assert!(surely_at_most_words(&prose[..5 * 120 - 1], 120));
        assert!(!surely_at_most_words(&prose[..5 * 121 - 1], 120));
    }

    fn texts(article: &Article) -> Vec<String> {
        article
            .passages
            .iter()
            .map(|p| article.passage_text(p))
            .collect()
    }

    #[test]
    fn one_paragraph_per_line_and_title() {
        let a = Article::parse("\n**Big News**\nFirst para.\n\nSecond para.\n".into());
        assert_eq!(a.title, "Big News");
        assert_eq!(
            texts(&a),
            vec!["**Big News**", "First para.", "Second para."]
        );
        assert_eq!(
            a.passages.iter().map(|p| p.line).collect::<Vec<_>>(),
            vec![2, 3, 5]
        );
    }

    #[test]
    fn wire_copy_joins_wrapped_lines_and_splits_at_indents() {
        let text = "TITLE HERE\n\n    The company said on Tuesday that its profits for the year rose\nby a lot, and that it expects more growth in the next quarter too.\n    A second paragraph starts here and runs on for a while longer\nthan one line of the wire.\n";
        let a = Article::parse(text.into());
        let t = texts(&a);
        assert_eq!(t.len(), 3);
        assert!(t[1].starts_with("The company said") && t[1].ends_with("quarter too."));
        assert_eq!(a.passages[2].line, 5);
    }

    #[test]
    fn wire_copy_with_short_last_lines_and_a_sign_off_is_still_wrapped() {
        let text = "Zenith Laboratories Inc said the\nFood and Drug Administration approved Cephradine, an\n\
                    antibiotic, for marketing.\n    The maker of generic drugs, less costly versions of brand\n\
                    name drugs, said Cephradine has been available as Velosef\n\
                    from Squibb Corp.\n    Earlier this week the company said it received FDA\n\
                    marketing approval for Cefadroxil, which it said it will\n\
                    market once questions \"relating to patent\napplicability are resolved.\"\n Reuter\n";
        let a = Article::parse(format!("TITLE\n\n{text}"));
        let t = texts(&a);
        assert!(
            t.iter()
                .any(|p| p.ends_with("\"relating to patent applicability are resolved.\"")),
            "{t:?}"
        );
        assert_eq!(t.len(), 5, "{t:?}");
    }

    #[test]
    fn long_paragraph_is_cut_at_sentence_ends() {
        let sentence = "This sentence has exactly ten words in it, you see. ";
        let text = sentence.repeat(30);
        let a = Article::parse(text);
        assert!(a.passages.len() >= 3);
        for p in &a.passages {
            let t = a.passage_text(p);
            assert!(t.split_whitespace().count() <= MAX_PASSAGE_WORDS);
            assert!(t.ends_with("see."));
        }
    }

    #[test]
    fn huge_single_sentence_is_cut_between_words() {
        let a = Article::parse("word ".repeat(1000));
        assert!(a
            .passages
            .iter()
            .all(|p| a.passage_text(p).split_whitespace().count() <= MAX_PASSAGE_WORDS));
        assert_eq!(
            a.passages
                .iter()
                .map(|p| a.passage_text(p).split_whitespace().count())
                .sum::<usize>(),
            1000
        );
    }

    #[test]
    fn a_huge_first_line_gives_a_short_title() {
        let a = Article::parse("word ".repeat(100_000));
        assert!(a.title.chars().count() <= MAX_TITLE_CHARS + 1);
        assert!(a.title.ends_with('\u{2026}'));
    }

    #[test]
    fn lines_are_right_after_blank_lines() {
        let a = Article::parse("a\n\n\nb\nc".into());
        assert_eq!(
            a.passages.iter().map(|p| p.line).collect::<Vec<_>>(),
            vec![1, 4, 5]
        );
        assert_eq!(a.line_of(a.text.len()), 5);
    }
}
