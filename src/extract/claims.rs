//! What a passage claims, as comparable pieces: content words, numbers and dates, quoted words.
//! Used to tell passages that say the same thing in several sources, and claims only one source
//! makes.

use std::collections::HashSet;

/// Function words that carry no claim.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it",
    "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "not", "no", "will", "would", "can", "could", "should", "may", "might", "also",
    "which", "who", "whom", "what", "when", "where", "while", "than", "then", "there", "about",
    "into", "over", "after", "before", "said", "says", "say", "more", "most", "such", "some",
    "any", "all", "both", "each", "other", "so", "if", "up", "out", "only", "very", "just", "do",
    "does", "did", "him", "them", "us", "me", "my", "your", "one", "two", "mr", "mrs", "ms",
];

/// A crude stem so that "hours" meets "hour" and "talks" meets "talk".
fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            return w[..w.len() - suffix.len()].to_string();
        }
    }
    w
}

/// Content words of a text, stemmed, without function words.
pub fn content_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && !STOPWORDS.contains(&w.to_lowercase().as_str()))
        .map(stem)
        .collect()
}

/// Numbers and years in a text ("1998", "5,000", "20%", "30-day" → "30").
pub fn numbers(text: &str) -> HashSet<String> {
    numbers_in(text).collect()
}

/// The numbers and years of a text ([`numbers`]) in the order they come, repeats and all.
pub fn numbers_in(text: &str) -> impl Iterator<Item = String> + '_ {
    // split a byte at a time: the pieces kept are ASCII, and a byte of a longer character is
    // never a digit, a comma or a point
    text.as_bytes()
        .split(|&b| !(b.is_ascii_digit() || b == b',' || b == b'.'))
        .filter(|n| n.iter().any(u8::is_ascii_digit))
        .filter_map(|n| std::str::from_utf8(n).ok())
        .map(|n| n.trim_matches([',', '.']).replace(',', ""))
}

/// Jaccard similarity of two sets.
pub fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(b).count();
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// Whether two passages from different sources say the same thing: near the same words, or
/// the same names and much of the same words.
pub fn alike(
    words_a: &HashSet<String>,
    entities_a: &HashSet<String>,
    words_b: &HashSet<String>,
    entities_b: &HashSet<String>,
) -> bool {
    let words = jaccard(words_a, words_b);
    let shared_entities = entities_a.intersection(entities_b).count();
    words >= 0.5 || (words >= 0.2 && shared_entities >= 3) || (words >= 0.3 && shared_entities >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[&str]) -> HashSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn numbers_and_words() {
        assert_eq!(
            numbers("from 1998 to 2000, 5,000 people and 20% more"),
            set(&["1998", "2000", "5000", "20"])
        );
        assert_eq!(
            numbers("£5,000—½ of the 3.5% rise, up from 1.2.. in ٣ days"),
            set(&["5000", "3.5", "1.2"])
        );
        let w = content_words("The talks lasted three hours in Moscow");
        assert!(
            w.contains("talk") && w.contains("hour") && w.contains("moscow") && !w.contains("the")
        );
    }

    #[test]
    fn rewrites_of_one_claim_are_alike_and_other_claims_are_not() {
        let e = set(&["Steve Witkoff", "Vladimir Putin", "Moscow", "United States"]);
        let a = content_words("US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow, where talks lasted three hours.");
        let b = content_words("Russian President Vladimir Putin and US envoy Steve Witkoff held three-hour talks in Moscow on Friday.");
        let c = content_words(
            "Zelensky urged allies to increase pressure on Russia after the missile strike.",
        );
        let ec = set(&["Volodymyr Zelensky", "Russia"]);
        assert!(alike(&a, &e, &b, &e));
        assert!(!alike(&a, &e, &c, &ec));
    }
}
