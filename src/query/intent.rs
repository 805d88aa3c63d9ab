//! Understanding a query: question forms ("who said X", "what did Y say about X", "Y on X",
//! "quotes by Y"), field filters (`source:`, `speaker:`, `entity:`, `kind:`), and free text.

use regex::Regex;
use std::sync::LazyLock;

/// What the user asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Passages matching free text.
    Plain,
    /// Quotes and reported speech whose words match; grouped by speaker.
    WhoSaid,
    /// What one speaker said, optionally about some words.
    SpeakerAbout {
        /// The speaker as typed.
        speaker: String,
    },
    /// "Y on X": a speaker if Y names one, else plain text.
    MaybeSpeakerOn {
        /// The would-be speaker.
        speaker: String,
    },
}

/// Field filters taken out of the query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Path prefixes or globs relative to the corpus root.
    pub source: Vec<String>,
    /// Speaker names (any alias).
    pub speaker: Vec<String>,
    /// Entity names (any alias).
    pub entity: Vec<String>,
    /// Document kinds: passage, quote, reported.
    pub kind: Vec<String>,
}

/// A query taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedQuery {
    /// The question form.
    pub intent: Intent,
    /// Free text left for full-text search (may be empty).
    pub text: String,
    /// Field filters.
    pub filters: Filters,
}

/// A query that cannot be read, with the character position of the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// 1-based character position.
    pub position: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "query does not parse at character {}: {}",
            self.position, self.message
        )
    }
}

impl std::error::Error for QueryError {}

static FILTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:^|\s)(source|speaker|entity|kind):(?:"([^"]*)"|(\S*))"#)
        .expect("filter pattern")
});
static WHO_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*who\s+(?:said|says|has\s+said|had\s+said|talked\s+about|spoke\s+about|spoke\s+of|mentioned|claimed|called)\s+(.+?)\s*\??\s*$").expect("pattern")
});
static WHAT_DID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*what\s+(?:did|does|has|had)\s+(.+?)\s+(?:say|said|says|tell|think)(?:\s+(?:about|on|of|regarding|concerning)\s+(.+?))?\s*\??\s*$").expect("pattern")
});
static QUOTES_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:quotes|statements|words|comments)\s+(?:by|from|of)\s+(.+?)\s*$")
        .expect("pattern")
});
static SPEAKER_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3})\s+on\s+(.+?)\s*$")
        .expect("pattern")
});

/// Takes a query apart; fails on unbalanced quotation marks or parentheses.
pub fn parse(input: &str) -> Result<ParsedQuery, QueryError> {
    check_balance(input)?;
    let mut filters = Filters::default();
    let mut rest = String::with_capacity(input.len());
    let mut last = 0;
    // the patterns are compiled on first use: a query that cannot match one never pays for it
    let filters_present = input.contains(':');
    let filter_matches = filters_present.then(|| FILTER.captures_iter(input));
    for caps in filter_matches.into_iter().flatten() {
        let whole = caps.get(0).expect("match");
        rest.push_str(&input[last..whole.start()]);
        rest.push(' ');
        last = whole.end();
        let value = caps
            .get(2)
            .or(caps.get(3))
            .map_or("", |m| m.as_str())
            .to_string();
        if value.is_empty() {
            return Err(QueryError {
                position: input[..whole.end()].chars().count(),
                message: "a filter needs a value right after its colon, e.g. \
                          speaker:\"Donald Trump\""
                    .into(),
            });
        }
        match caps[1].to_lowercase().as_str() {
            "source" => filters.source.push(value),
            "speaker" => filters.speaker.push(value),
            "entity" => filters.entity.push(value),
            _ => filters.kind.push(value.to_lowercase()),
        }
    }
    rest.push_str(&input[last..]);
    let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    let first_word = rest
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();

    if let Some(c) = (first_word == "who")
        .then(|| WHO_SAID.captures(&rest))
        .flatten()
    {
        return Ok(ParsedQuery {
            intent: Intent::WhoSaid,
            text: c[1].to_string(),
            filters,
        });
    }
    if let Some(c) = (first_word == "what")
        .then(|| WHAT_DID.captures(&rest))
        .flatten()
    {
        let text = c.get(2).map_or("", |m| m.as_str()).to_string();
        return Ok(ParsedQuery {
            intent: Intent::SpeakerAbout {
                speaker: c[1].to_string(),
            },
            text,
            filters,
        });
    }
    let listing = ["quotes", "statements", "words", "comments"].contains(&first_word.as_str());
    if let Some(c) = listing.then(|| QUOTES_BY.captures(&rest)).flatten() {
        return Ok(ParsedQuery {
            intent: Intent::SpeakerAbout {
                speaker: c[1].to_string(),
            },
            text: String::new(),
            filters,
        });
    }
    if let Some(c) = rest
        .contains(" on ")
        .then(|| SPEAKER_ON.captures(&rest))
        .flatten()
    {
        return Ok(ParsedQuery {
            intent: Intent::MaybeSpeakerOn {
                speaker: c[1].to_string(),
            },
            text: c[2].to_string(),
            filters,
        });
    }
    Ok(ParsedQuery {
        intent: Intent::Plain,
        text: rest,
        filters,
    })
}

fn check_balance(input: &str) -> Result<(), QueryError> {
    let mut open_quote: Option<usize> = None;
    let mut parens: Vec<usize> = Vec::new();
    let mut escaped = false;
    for (i, c) in input.chars().enumerate() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '"' => {
                open_quote = if open_quote.is_some() {
                    None
                } else {
                    Some(i + 1)
                }
            }
            '(' if open_quote.is_none() => parens.push(i + 1),
            ')' if open_quote.is_none() && parens.pop().is_none() => {
                return Err(QueryError {
                    position: i + 1,
                    message: "`)` closes nothing; remove it or add `(` before".into(),
                });
            }
            _ => {}
        }
    }
    if let Some(p) = open_quote {
        return Err(QueryError {
            position: p,
            message: "the phrase opened by `\"` is never closed; add a closing `\"`".into(),
        });
    }
    if let Some(p) = parens.pop() {
        return Err(QueryError {
            position: p,
            message: "`(` is never closed; add `)`".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_forms() {
        assert_eq!(parse("who said Crimea").unwrap().intent, Intent::WhoSaid);
        assert_eq!(
            parse("Who said \"trade deals\"?").unwrap().text,
            "\"trade deals\""
        );
        let q = parse("what did Zelensky say about Crimea?").unwrap();
        assert_eq!(
            (q.intent, q.text.as_str()),
            (
                Intent::SpeakerAbout {
                    speaker: "Zelensky".into()
                },
                "Crimea"
            )
        );
        let q = parse("quotes by Donald Trump").unwrap();
        assert_eq!(
            q.intent,
            Intent::SpeakerAbout {
                speaker: "Donald Trump".into()
            }
        );
        let q = parse("Trump on NATO").unwrap();
        assert_eq!(
            (q.intent, q.text.as_str()),
            (
                Intent::MaybeSpeakerOn {
                    speaker: "Trump".into()
                },
                "NATO"
            )
        );
        assert_eq!(parse("pressure on Russia").unwrap().intent, Intent::Plain);
        assert_eq!(parse("Witkoff Moscow talks").unwrap().intent, Intent::Plain);
    }

    #[test]
    fn filters_come_out_of_the_text() {
        let q = parse("speaker:\"Donald Trump\" Crimea source:sport kind:quote").unwrap();
        assert_eq!(q.text, "Crimea");
        assert_eq!(q.filters.speaker, vec!["Donald Trump"]);
        assert_eq!(q.filters.source, vec!["sport"]);
        assert_eq!(q.filters.kind, vec!["quote"]);
    }

    #[test]
    fn unbalanced_input_says_where() {
        let e = parse("\"three hours Witkoff").unwrap_err();
        assert_eq!(e.position, 1);
        assert_eq!(parse("(a OR b").unwrap_err().position, 1);
        assert_eq!(parse("a OR b)").unwrap_err().position, 7);
        // a filter with no value says so, where tantivy's parser would find nothing silently
        assert_eq!(parse("speaker:").unwrap_err().position, 8);
        assert_eq!(parse("Crimea speaker: Putin").unwrap_err().position, 15);
        // (another word with a colon is text)
        assert!(parse("Note: Crimea").is_ok());
    }
}
