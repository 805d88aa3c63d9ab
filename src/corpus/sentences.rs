//! Sentence boundaries in news prose, aware of abbreviations, initials and closing quotes.

use std::ops::Range;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr",
    "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "prof", "rev", "hon", "adm", "maj", "cmdr", "dept", "est", "fig",
    "mt", "ft", "approx", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
];

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
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'.' || b == b'!' || b == b'?' {
            let mut end = i + 1;
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
            if next_is_space && ends_sentence(text, i, end) {
                push_trimmed(text, start..end, &mut out);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
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
    let lower = word.to_lowercase();
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false; // an initial: "George W. Bush"
    }
    if lower == "no" {
        return !next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    if ABBREVIATIONS.contains(&lower.as_str()) || (word.contains('.') && word.len() <= 6) {
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
