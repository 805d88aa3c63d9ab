//! Extraction: pure text analysis of one article (no I/O, no index). Entities with their kinds and
//! aliases, quotes and reported speech with their speakers, and fingerprints of passages for
//! finding the same words in other sources.

pub mod claims;
mod entities;
mod gazetteer;
pub mod merge;
mod quotes;
pub mod similarity;
mod tokens;
mod words;

pub use entities::name_key;

/// This build's extraction id: a hash of the sources of extraction and passage cutting (made by
/// `build.rs`). An index records it, so a run of another build extracts every file again.
pub const EXTRACTION_ID: &str = env!("NEWSIDX_EXTRACTION_ID");
pub use gazetteer::GAZETTEER;

use crate::corpus::Article;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A country, region, city or other location.
    Place,
    /// A company, party, institution, team or other body.
    Organization,
    /// A name whose kind the text does not tell.
    Other,
}

impl EntityKind {
    /// The name used in output and filters.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Other => "other",
        }
    }
}

/// An entity of one article: its fullest name, kind, other surface forms and mention count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest form the article uses (or the gazetteer's canonical name), without a
    /// generation ("Jr.") unless a namesake in the article needs it.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// Other forms it appears under in the article.
    pub aliases: Vec<String>,
    /// How many times it is mentioned.
    pub mentions: usize,
}

/// One mention of an entity in the article text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the name (possessive `'s` excluded).
    pub range: Range<usize>,
    /// Index into the article's entities.
    pub entity: usize,
    /// Followed by `'s`.
    pub possessive: bool,
    /// A title or honorific before it, lower case ("president", "mr").
    pub title: Option<String>,
}

/// Direct quotation or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// "X said that …", "X urged …": a statement in the writer's words.
    Reported,
}

impl QuoteKind {
    /// The name used in the index and in output (`quote` or `reported`).
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "quote",
            QuoteKind::Reported => "reported",
        }
    }
}

/// A quote or reported statement with its speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Byte range of the quoted words in the article text.
    pub range: Range<usize>,
    /// The words, white space folded.
    pub text: String,
    /// Direct or reported.
    pub kind: QuoteKind,
    /// Index of the speaking entity, if known.
    pub speaker: Option<usize>,
    /// What the text calls an unnamed speaker ("a spokesman").
    pub description: Option<String>,
    /// Index of the paragraph it stands in.
    pub paragraph: usize,
}

/// An article with everything extraction found in it.
#[derive(Debug, Clone)]
pub struct AnnotatedArticle {
    /// The article itself.
    pub article: Article,
    /// Its entities.
    pub entities: Vec<Entity>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Quotes and reported statements, in text order.
    pub quotes: Vec<Quote>,
}

impl AnnotatedArticle {
    /// Entity indices mentioned in a byte range, each once, in order of first mention.
    pub fn entities_in(&self, range: Range<usize>) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for m in &self.mentions {
            if m.range.start >= range.start && m.range.end <= range.end && !out.contains(&m.entity)
            {
                out.push(m.entity);
            }
        }
        out
    }

    /// The passage holding a byte offset.
    pub fn passage_at(&self, offset: usize) -> usize {
        self.article
            .passages
            .iter()
            .rposition(|p| p.range.start <= offset)
            .unwrap_or(0)
    }
}

/// Finds entities and quotes in a parsed article.
pub fn annotate(article: Article) -> AnnotatedArticle {
    let paragraphs: Vec<Range<usize>> =
        article.paragraphs.iter().map(|p| p.range.clone()).collect();
    let text = unwrapped(&article.text, &paragraphs);
    let (entities, mentions) = entities::find_entities(&text, &paragraphs);
    let quotes = quotes::find_quotes(&text, &paragraphs, &entities, &mentions);
    let mut entities = entities;
    persons_by_their_words(&mut entities, &quotes);
    AnnotatedArticle {
        article,
        entities,
        mentions,
        quotes,
    }
}

/// The text with the line breaks inside each paragraph read as spaces, as a wire story wrapped at
/// 65 characters means them ("An EC\nnegotiator … said"): sentences, names and attributions
/// run on across them. Byte for byte, so every range found in it is the article's (borrowed
/// when no paragraph is wrapped).
fn unwrapped<'a>(text: &'a str, paragraphs: &[Range<usize>]) -> std::borrow::Cow<'a, str> {
    let wrapped = |p: &Range<usize>| memchr::memchr(b'\n', &text.as_bytes()[p.clone()]).is_some();
    if !paragraphs.iter().skip(1).any(wrapped) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    // (the first paragraph keeps its line ends: one of a single line may be a headline, which
    // the quotes' rules tell from a wrapped lede by them)
    for p in paragraphs.iter().skip(1) {
        for b in &mut bytes[p.clone()] {
            if *b == b'\n' {
                *b = b' ';
            }
        }
    }
    // (an ASCII byte for an ASCII byte: still UTF-8)
    std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

/// A name of two or three words whose kind the text did not tell is a person's when it speaks of
/// itself as "I" in a quote of its own: "“I try to stay calm,” said Marat Safin" (a body says
/// "we").
fn persons_by_their_words(entities: &mut [Entity], quotes: &[Quote]) {
    for q in quotes {
        let Some(e) = q.speaker else {
            continue;
        };
        let entity = &entities[e];
        let words = entity.name.split(' ').count();
        if entity.kind != EntityKind::Other
            || q.kind != QuoteKind::Direct
            || !(2..=3).contains(&words)
            || entities::ends_in_legal_form(&entity.name)
        {
            continue;
        }
        let says_i = q
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .any(|w| {
                matches!(
                    w,
                    "I" | "I'm"
                        | "I've"
                        | "I'd"
                        | "I'll"
                        | "I\u{2019}m"
                        | "I\u{2019}ve"
                        | "I\u{2019}d"
                        | "I\u{2019}ll"
                )
            });
        if says_i {
            entities[e].kind = EntityKind::Person;
        }
    }
}

/// Parses and annotates raw text (for tests and benchmarks).
pub fn annotate_text(text: String) -> AnnotatedArticle {
    annotate(Article::parse(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(a: &AnnotatedArticle, name: &str) -> Option<EntityKind> {
        a.entities.iter().find(|e| e.name == name).map(|e| e.kind)
    }

    #[test]
    fn a_wire_story_wrapped_in_lines_reads_as_running_text() {
        // (a name broken across a line end is one name, and the speaker of a quote the next line
        // attributes is found)
        let a = annotate_text(
            "DEBT TALKS\n\n    Talks opened, Economic Planning Secretary Solita\nMonsod said.\n    \
             An EC\nnegotiator said: \"We wanted the clause.\"\n"
                .to_string(),
        );
        assert_eq!(
            kind_of(&a, "Solita Monsod"),
            Some(EntityKind::Person),
            "{a:?}"
        );
        assert_eq!(a.quotes.len(), 1, "{a:?}");
        assert_eq!(a.quotes[0].speaker, None);
        assert_eq!(a.quotes[0].description.as_deref(), Some("An EC negotiator"));
        // the ranges found are the article's own: its text keeps its line ends
        assert!(a.article.text.contains("Solita\nMonsod"));
        assert_eq!(
            &a.article.text[a.quotes[0].range.clone()],
            "We wanted the clause."
        );
    }

    #[test]
    fn a_name_that_says_i_is_a_person_s() {
        let a = annotate_text(
            "Tennis.\n\n\u{201C}I try to stay calm now,\u{201D} said Marat Safin after the match."
                .to_string(),
        );
        assert_eq!(
            kind_of(&a, "Marat Safin"),
            Some(EntityKind::Person),
            "{a:?}"
        );
        // the trap: a body that says "we"
        let a = annotate_text(
            "Music.\n\n\u{201C}We are taking a break,\u{201D} said Busted Records.".to_string(),
        );
        assert_ne!(
            kind_of(&a, "Busted Records"),
            Some(EntityKind::Person),
            "{a:?}"
        );
    }
}
