//! Direct quotes and reported speech of one article, with their speakers.
//!
//! Quotes are found per paragraph (any quotation marks, apostrophes told apart, curly marks inside
//! a straight quote nested, unclosed quotes running to the paragraph's end). A speaker comes from,
//! in order: a transcript label (`"PENCE: …`), an attribution right after the quote (`,” he
//! said`), "according to X", "X's statement that", a subject and verb of saying before the quote,
//! the sentence's subject for participles ("…, saying"), a "by X" agent, another quote of the same
//! sentence, the quote an opening paragraph continues or a paragraph ending in a colon ("Caddell
//! continued:"), the next sentence, or the last speaker while nobody else is named.
//!
//! Pronouns go to the latest person of a fitting gender among recent speakers and sentence
//! subjects; descriptions ("a Putin adviser", "the New York businessman") to the one person the
//! article describes so, else the latest fitting person; a bare surname two people share to the
//! one spoken of last. Genders and person-likeness of names are in the `speakers` module.

use super::entities::{is_company_noun_before_name, is_generation, split_at_last_space, surname};
use super::gazetteer::{Gazetteer, GAZETTEER, ONLY_BESIDE_A_QUOTE};
use super::tokens::{is_dotted_abbreviation, lower_case};
use super::words::AsciiFirstWords;
use super::{Entity, EntityKind, Mention, Quote, QuoteKind};
use crate::corpus::sentence_ranges;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::ops::Range;

mod report_lead;
mod speakers;
use speakers::*;

/// A noun that makes "X's NOUN that “…”" an attribution (a match, not a scan of a list).
fn is_statement_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "statements"
            | "remarks"
            | "remark"
            | "comments"
            | "comment"
            | "words"
            | "claim"
            | "claims"
            | "assertion"
            | "message"
            | "tweet"
            | "post"
            | "warning"
            | "view"
            | "promise"
            | "pledge"
            | "insistence"
            | "argument"
            | "suggestion"
            | "response"
            | "reply"
            | "declaration"
            | "speech"
            | "vow"
            | "conclusion"
            | "assessment"
            | "accusation"
            | "allegation"
            | "prediction"
            | "description"
            | "characterization"
            | "contention"
            | "admission"
            | "plea"
            | "boast"
            | "quip"
            | "joke"
            | "slogan"
            | "mantra"
            | "refrain"
            | "phrase"
            | "threat"
    )
}

/// Words that make a following quotation a title of a work or a name, not speech.
const WORK_CUES: &[&str] = &[
    "series",
    "film",
    "movie",
    "book",
    "novel",
    "song",
    "album",
    "show",
    "programme",
    "program",
    "play",
    "musical",
    "documentary",
    "magazine",
    "newspaper",
    "column",
    "poem",
    "opera",
    "single",
    "track",
    "game",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "sitcom",
    "drama",
    "comedy",
    "hit",
    "campaign",
    "slogan",
    "operation",
    "exhibition",
    "report",
    "headline",
    "brand",
    "nickname",
    "moniker",
    "hashtag",
    "anthem",
    "hymn",
    "broadcast",
    "episode",
    "podcast",
    "clip",
    "classic",
    "bestseller",
    "memoir",
    "painting",
    "host",
    "manifesto",
    "biography",
    "autobiography",
    "memoir",
    "bestseller",
];

/// Words allowed between a subject and its verb of saying ("Zelensky has consistently said").
fn is_verb_filler(word: &str) -> bool {
    // (an adverb in "-ly" is written in lower case: "Kelly said" is no "reportedly said")
    let w = lower_case(word);
    matches!(
        w.as_ref(),
        "has"
            | "have"
            | "had"
            | "also"
            | "then"
            | "later"
            | "earlier"
            | "previously"
            | "would"
            | "will"
            | "did"
            | "does"
            | "again"
            | "further"
            | "reportedly"
            | "once"
            | "now"
            | "just"
            | "today"
            | "yesterday"
            | "was"
            | "is"
            | "himself"
            | "herself"
            | "both"
            | "all"
            | "recently"
            | "subsequently"
            | "immediately"
            | "publicly"
            | "privately"
            | "not"
            | "never"
            | "often"
            | "always"
            | "sometimes"
            | "first"
            | "already"
    ) || (w.ends_with("ly")
        && w.len() > 4
        && word.starts_with(|c: char| c.is_lowercase())
        // (nouns in "-ly" are subjects: "the daily said", "the family said")
        && !is_press_noun(&w)
        && !matches!(w.as_ref(), "family" | "assembly" | "monthly" | "quarterly"))
}

/// A quotation found in a paragraph.
#[derive(Debug, Clone)]
struct Span {
    open: usize,
    content: Range<usize>,
    close_end: usize,
    closed: bool,
}

/// Who a speaker is, before names are looked up.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    Entity(usize),
    Description(String),
    Unknown,
}

/// A body that spoke: which, in which paragraph, and where that sentence ends.
#[derive(Debug, Clone, Copy)]
struct BodySpoke {
    entity: usize,
    paragraph: usize,
    sentence_end: usize,
}

/// A document someone said they spoke in: "Merrill Lynch said in a statement".
#[derive(Clone, Copy)]
struct Statement {
    author: usize,
    /// "statement", "letter" or "report".
    noun: &'static str,
    paragraph: usize,
    sentence_end: usize,
}

struct Ctx<'a> {
    text: &'a str,
    entities: &'a [Entity],
    mentions: &'a [Mention],
    /// Person → role descriptions ("putin aide") gathered from appositives and titles.
    roles: Vec<(usize, String, usize)>,
    /// Each entity's gender, as far as the article tells, and whether its name or title told it.
    genders: Vec<(Gender, bool)>,
    /// Whether each entity is a person or like one (see [`speakers::person_like`]).
    person_like: Vec<bool>,
    /// Each entity's mentions after "the", and all its mentions (see [`speakers::after_the`]).
    after_the: Vec<(usize, usize)>,
    /// Each entity's surname (see [`surname`]), found once.
    surnames: Vec<&'a str>,
    /// Where the mentions of a range begin, by blocks of [`MENTION_BLOCK`] bytes.
    mentions_before_block: StartsBeforeBlock<MENTION_BLOCK>,
    /// The latest body that spoke, and where: what "it" and "the company" stand for.
    last_body: Cell<Option<BodySpoke>>,
    /// The latest speaker who spoke in a statement, a letter or a report ("Merrill Lynch said
    /// in a statement"): whose words "the statement said" gives.
    last_statement: Cell<Option<Statement>>,
    /// The paragraph being read.
    paragraph: Cell<usize>,
    /// Where the sentence being read starts.
    sentence_start: Cell<usize>,
    /// The gender of an unnamed speaker ("a company spokesman said") when one spoke after every
    /// named one: a "he" or "she" that fits it is that unnamed speaker.
    unnamed_speaker: RefCell<Option<(Gender, String)>>,
    /// Definite descriptions of a role resolved so far, with the person each stood for.
    described: RefCell<Vec<(String, usize)>>,
    /// The latest range whose subject [`sentence_subject`] looked for (the paragraph's offset,
    /// its start and end), with what it found: a quote's attribution rules ask again for the
    /// same words before it.
    last_subject: Cell<Option<SubjectLookup>>,
}

/// A range [`sentence_subject`] read (the paragraph's offset, its start and end), and the
/// subject it found there with the subject's offset.
type SubjectLookup = ([usize; 3], Option<(usize, usize)>);

/// The bytes of a block of [`Ctx::mentions_before_block`].
const MENTION_BLOCK: usize = 32;

/// For each block of `BLOCK` bytes of a text, how many of some items (in the order they start)
/// start before it: where the items of a range begin is read from the few of one block, not
/// searched for among all.
struct StartsBeforeBlock<const BLOCK: usize>(Vec<u32>);

impl<const BLOCK: usize> StartsBeforeBlock<BLOCK> {
    /// The table of items starting at `starts` (in order) in a text of `len` bytes: a block's
    /// entry is the number of the first item that starts in it or after it, written for the
    /// blocks up to the last item's (past it, every item starts before).
    fn new(len: usize, starts: impl Iterator<Item = usize>) -> Self {
        let mut table = Vec::with_capacity(len / BLOCK + 1);
        for (k, start) in starts.enumerate() {
            // (the blocks that begin after the previous item's start and by this one's)
            let blocks = start / BLOCK + 1;
            while table.len() < blocks {
                table.push(k as u32);
            }
        }
        StartsBeforeBlock(table)
    }

    /// How many of the `count` items start before byte `at` (`start_of(k)` is the k-th's
    /// start): those before its block, and those of its block that start before it.
    fn count_before(&self, at: usize, count: usize, start_of: impl Fn(usize) -> usize) -> usize {
        let mut k = self.0.get(at / BLOCK).map_or(count, |&k| k as usize);
        while k < count && start_of(k) < at {
            k += 1;
        }
        k
    }
}

/// How many recent speakers and sentence subjects are kept for pronouns.
const ANTECEDENTS_KEPT: usize = 6;

/// Finds direct quotes and reported speech in an article.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Range<usize>],
    entities: &[Entity],
    mentions: &[Mention],
) -> Vec<Quote> {
    let mut ctx = Ctx {
        text,
        entities,
        mentions,
        roles: Vec::new(),
        genders: Vec::new(),
        person_like: Vec::new(),
        after_the: after_the(text, entities, mentions),
        surnames: entities.iter().map(|e| surname(&e.name)).collect(),
        mentions_before_block: StartsBeforeBlock::new(
            text.len(),
            mentions.iter().map(|m| m.range.start),
        ),
        last_body: Cell::new(None),
        last_statement: Cell::new(None),
        paragraph: Cell::new(0),
        unnamed_speaker: RefCell::new(None),
        described: RefCell::new(Vec::new()),
        last_subject: Cell::new(None),
        sentence_start: Cell::new(0),
    };
    ctx.genders = entity_genders(text, entities, mentions, &ctx.after_the);
    ctx.roles = gather_roles(&ctx);
    ctx.person_like = (0..entities.len())
        .map(|e| judge_person_like(&ctx, e))
        .collect();
    let mut out: Vec<Quote> = Vec::new();
    // recent speakers and sentence subjects, latest last, for pronouns
    let mut antecedents: Vec<usize> = Vec::new();
    let remember = |list: &mut Vec<usize>, e: usize| {
        ctx.unnamed_speaker.replace(None);
        list.retain(|&x| x != e);
        list.push(e);
        if list.len() > ANTECEDENTS_KEPT {
            list.remove(0);
        }
    };
    let mut open_from_previous: Option<Who> = None;
    let mut intro_from_previous: Option<Who> = None;
    let mut speaker_from_previous: Option<usize> = None;
    // the latest quote's speaker and where that quote ended; every quotation seen so far
    let mut last_speaker: Option<(usize, usize)> = None;
    let mut quoted_ranges: Vec<Range<usize>> = Vec::new();
    let mut last_paragraph_with_antecedent = 0usize;
    // who the first sentence after the headline reports, for the headline's quotes, and whether
    // the sentence is all their words, its attribution at its end ("…, MPs have said.")
    let mut lede_speaker: Option<(Who, Range<usize>, bool)> = None;
    // (a lede with quotes that one unnamed person is said to have said: see below)
    let mut vague_lede: Option<Range<usize>> = None;

    for (p_index, para) in paragraphs.iter().enumerate() {
        if p_index > last_paragraph_with_antecedent + 3 {
            antecedents.clear();
            ctx.last_body.set(None);
        }
        ctx.paragraph.set(p_index);
        let spans = quote_spans(text, para.clone());
        // an unclosed quote that ends its paragraph may be signed on the next line
        let signed = paragraphs
            .get(p_index + 1)
            .filter(|_| spans.last().is_some_and(|s| !s.closed))
            .and_then(|next| signature(&ctx, next.clone()));
        let masked_text = mask(text, para.clone(), &spans);
        let masked = Masked::new(&masked_text, para.start);
        let sentences: Vec<Range<usize>> = split_at_quoted_sentences(
            text,
            &spans,
            sentence_ranges(&masked)
                .into_iter()
                .map(|r| r.start + para.start..r.end + para.start)
                .collect(),
        );
        let mut speakers: Vec<Who> = Vec::with_capacity(spans.len());
        // whether a quote's own attribution named its speaker, and where it went in `out`
        let mut strong: Vec<bool> = Vec::with_capacity(spans.len());
        let mut out_index: Vec<Option<usize>> = Vec::with_capacity(spans.len());
        let mut span_sentence: Vec<usize> = Vec::with_capacity(spans.len());
        let starts_with_quote = spans
            .first()
            .is_some_and(|s| text[para.start..s.open].trim().is_empty());
        let mut next_span = 0;
        // whether the words between the paragraph's quotes name no speaker (worked out at the
        // first quote that needs it)
        let mut names_no_speaker: Option<bool> = None;

        for (sentence, sent) in sentences.iter().enumerate() {
            let sent = sent.clone();
            ctx.sentence_start.set(sent.start);
            if ctx.last_body.get().is_some() && opens_with_a_thing(text, sent.clone()) {
                ctx.last_body.set(None);
            }
            let mut antecedents_before_sentence = [0usize; ANTECEDENTS_KEPT];
            let kept = antecedents.len().min(ANTECEDENTS_KEPT);
            antecedents_before_sentence[..kept].copy_from_slice(&antecedents[..kept]);
            let antecedents_before_sentence = &antecedents_before_sentence[..kept];
            while next_span < spans.len() && spans[next_span].open < sent.end {
                let s_index = next_span;
                next_span += 1;
                let span = &spans[s_index];
                let prev_quote_end = spans[..s_index]
                    .iter()
                    .rev()
                    .find(|s| s.close_end > sent.start)
                    .map(|s| s.close_end);
                // (past a short quote inside the words after it, which an attribution may go
                // on past: "“…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said")
                // (only after a quote whose comma hands on to its attribution)
                let hands_on = || {
                    text[span.content.clone()].trim_end().ends_with(',')
                        || frame(&masked, para.start, span.close_end, sent.end)
                            .trim_start()
                            .starts_with(',')
                };
                let inside = |s: &Span, from: usize| {
                    if text[s.content.clone()].whitespace_words().nth(3).is_some() || !hands_on() {
                        return false;
                    }
                    let gap = frame(&masked, para.start, from, s.open);
                    let words = words_of(&masked, para.start, from..s.open);
                    !words.is_empty()
                        && !words.iter().any(|(_, w)| is_speech_verb(w))
                        && !gap.trim_end().ends_with([',', ':'])
                };
                let next_quote_open = spans[s_index + 1..]
                    .iter()
                    .take_while(|s| s.open < sent.end)
                    .scan(span.close_end, |from, s| {
                        let skip = inside(s, *from);
                        *from = s.close_end;
                        Some((s, skip))
                    })
                    .find(|(_, skip)| !skip)
                    .map(|(s, _)| s.open);
                let before = prev_quote_end.unwrap_or(sent.start)..span.open;
                // a sentence cut after a title ("said Del. Stacey Plaskett") goes on in the next
                let sent_end = match sentences.get(sentence + 1) {
                    Some(next)
                        if ends_with_title(frame(&masked, para.start, sent.start, sent.end)) =>
                    {
                        next.end
                    }
                    _ => sent.end,
                };
                let after = span.close_end..next_quote_open.unwrap_or(sent_end.max(span.close_end));

                // a quote that ends its own sentence after a verb of saying is not attributed by
                // what follows: "… but said “the question is the timing.” Gov. McCrory said …"
                // (in the quote's own sentence)
                // (nor "states" of "multiple states", a noun but before "that")
                let said_before = {
                    let words = words_of(
                        &masked,
                        para.start,
                        before.start.max(sent.start)..before.end,
                    );
                    (0..words.len()).any(|i| finite_speech_verb_at(&words, i))
                };
                let ends_sentence =
                    said_before && text[span.content.clone()].trim_end().ends_with('.');
                // (nor one inside what someone was said to say, by the one who relays it at the
                // sentence's end: "Prosecutors said Jaynes was “a snake oil salesman”, using the
                // internet …, news agency Associated Press reported")
                let relayed = || {
                    said_before
                        && words_of(&masked, para.start, after.clone())
                            .iter()
                            .find(|(_, w)| is_finite_speech_verb(w))
                            .is_some_and(|(verb, w)| {
                                // (or reports it: "Clinton said “we will win,” the New York
                                // Times reported")
                                matches!(*w, "reported" | "reports")
                                    || frame(&masked, para.start, after.start, verb.start)
                                        .trim_start()
                                        .trim_start_matches(',')
                                        .contains(',')
                            })
                };
                let mut who = transcript_label(&ctx, span)
                    .or_else(|| {
                        (!ends_sentence)
                            .then(|| attribution_after(&ctx, &masked, para.start, after.clone()))
                            .flatten()
                            .filter(|_| !relayed())
                    })
                    .or_else(|| according_to(&ctx, &masked, para.start, sent.clone(), span.open))
                    .or_else(|| {
                        as_it_was_put(&ctx, &masked, para.start, before.clone(), after.clone())
                    })
                    .or_else(|| statement_noun(&ctx, &masked, para.start, before.clone()))
                    .or_else(|| colon_label(&ctx, &masked, para.start, before.clone()))
                    .or_else(|| {
                        dash_label(&ctx, &masked, para.start, before.clone(), after.clone())
                    })
                    // (a passive verb's agent before the quote speaks, not its subject: "The
                    // Macintosh was described by Jobs as the “most important Mac”")
                    .or_else(|| agent_as(&ctx, &masked, para.start, before.clone()))
                    .or_else(|| {
                        prompted_to_say(&ctx, &masked, para.start, before.clone()).map(Who::Entity)
                    })
                    .or_else(|| {
                        attribution_before(&ctx, &masked, para.start, before.clone(), sent.clone())
                    })
                    .or_else(|| by_agent(&ctx, &masked, para.start, sent.clone()));
                if who.is_none() && s_index + 1 == spans.len() {
                    who = signed.map(Who::Entity);
                }
                let attributed = who.is_some();
                let headline = p_index == 0
                    && paragraphs.len() > 1
                    && text[para.clone()].whitespace_words().nth(25).is_none();
                if who.is_none() && headline {
                    who = headline_speaker(&ctx, para.start..span.open)
                        .or_else(|| headline_speaker_after(&ctx, span.close_end..para.end));
                }
                if who.is_none() {
                    // another quote of the same sentence that has a speaker
                    who = spans[..s_index]
                        .iter()
                        .zip(&speakers)
                        .rev()
                        .find(|(s, w)| s.open >= sent.start && **w != Who::Unknown)
                        .map(|(_, w)| w.clone());
                }
                if who.is_none() && s_index == 0 && starts_with_quote {
                    // a paragraph that goes on with an unclosed quote, or one that a paragraph
                    // ending in a colon brings in: "Caddell continued:"
                    who = open_from_previous
                        .clone()
                        .filter(|w| *w != Who::Unknown)
                        .or_else(|| intro_from_previous.clone());
                }
                // (after a word that opens a sentence, at most: "Now, ''within the business
                // community …''")
                let opens_sentence = || {
                    let lead = text.get(sent.start..span.open).unwrap_or("");
                    let mut lead_words = lead.whitespace_words();
                    lead.trim().is_empty()
                        || (lead_words.next().is_some()
                            && lead_words.next().is_none()
                            && is_sentence_opener(lead.trim().trim_end_matches(',')))
                };
                if who.is_none() && s_index > 0 && opens_sentence() {
                    // a quote that opens its sentence right after an attributed quote goes on
                    // with the same speaker: "“It hurts,” said Greene. “It won't happen again.”"
                    let previous = &spans[s_index - 1];
                    let between = frame(&masked, para.start, previous.close_end, span.open);
                    // (not after a quote that ended its sentence and a new sentence: "“… early
                    // to be cutting prices.” Stuart Rose, head of M&S, said … “…”")
                    let new_sentence = text[previous.content.clone()].trim_end().ends_with('.')
                        && between.trim_start().starts_with(char::is_uppercase);
                    let short = !new_sentence
                        && (between.whitespace_words().nth(12).is_none()
                            || (between.whitespace_words().nth(30).is_none()
                                && between
                                    .whitespace_words()
                                    .any(|w| is_speech_verb(w.trim_non_letters()))));
                    if short && speakers[s_index - 1] != Who::Unknown {
                        who = Some(speakers[s_index - 1].clone());
                    }
                }
                if who.is_none()
                    && frame(&masked, para.start, sent.start, span.open)
                        .trim_end()
                        .ends_with(':')
                {
                    // the person heading the sentence that brings the quote in with a colon,
                    // before a sentence of saying near it: "Donald Trump spoke. … Jeb Bush broke
                    // down what was wrong with the image: “What Trump did was so insensitive.”"
                    // (not one who reads or gets another's words: "Trump read the letter aloud
                    // at the rally: “…”", "got a text message from a supporter: “…”")
                    who = sentence_subject(&ctx, &masked, para.start, sent.start..span.open)
                        .filter(|&(e, at)| {
                            ctx.entities[e].kind == EntityKind::Person
                                && leads_sentence(&masked, para.start, sent.start..at)
                                && !words_of(&masked, para.start, at..span.open).iter().any(
                                    |(_, w)| {
                                        is_document_noun(w)
                                            || matches!(*w, "from" | "by" | "read" | "reads")
                                    },
                                )
                        })
                        .map(|(e, _)| Who::Entity(e));
                }
                if who.is_none() {
                    // a sentence of saying right before or after: "Zelensky spoke. “…”"
                    let neighbours = [
                        sentence.checked_sub(1).and_then(|i| sentences.get(i)),
                        sentences.get(sentence + 1),
                    ];
                    for n in neighbours.into_iter().flatten() {
                        if spans
                            .iter()
                            .any(|s| s.open >= n.start && s.open < n.end && s.open != span.open)
                        {
                            continue;
                        }
                        who = subject_and_verb_at(&ctx, &masked, para.start, n.clone())
                            .or_else(|| by_agent(&ctx, &masked, para.start, n.clone()));
                        if who.is_some() {
                            break;
                        }
                    }
                }
                if who.is_none()
                    && sentence > 0
                    && text[sent.start..span.open].trim().is_empty()
                    && is_utterance(&text[span.content.clone()])
                {
                    // a sentence of its own after one about a person: "Mr Negroponte has
                    // adapted the idea to his work in Cambodia. “We put in 25 laptops …”"
                    let previous = sentences[sentence - 1].clone();
                    // (one whose speech the sentence reported speaks on: "…, Schiff said. “…”")
                    let reported = last_speaker
                        .as_ref()
                        .filter(|(_, end)| *end == previous.end)
                        .map(|(w, _)| *w);
                    if let Some(w) = reported {
                        who = Some(Who::Entity(w));
                    } else if !spans
                        .iter()
                        .any(|s| previous.contains(&s.open) && !is_title_or_name(text, s))
                    {
                        // (or the one person it names, past its subject: "The Assistive
                        // Mouse Adapter is the brainchild of IBM researcher Jim Levine who
                        // developed the prototype. “I knew …”")
                        // (not after a question, nor one the sentence reports: "So is
                        // UKIP's job to destroy the Tories, as Robert Kilroy-Silk once
                        // declared? “No. …”")
                        let only_person = || {
                            let words = words_of(&masked, para.start, previous.clone());
                            if text[previous.clone()].trim_end().ends_with('?')
                                || words.iter().any(|(_, w)| is_speech_verb(w))
                            {
                                return None;
                            }
                            let mut people = mentions_in(&ctx, previous.clone())
                                .filter(|m| !m.possessive && person_like(&ctx, m.entity))
                                .map(|m| m.entity);
                            let first = people.next()?;
                            people.all(|e| e == first).then_some(first)
                        };
                        who = sentence_subject(&ctx, &masked, para.start, previous.clone())
                            .map(|(e, _)| e)
                            .filter(|&e| person_like(&ctx, e))
                            .or_else(only_person)
                            .map(Who::Entity);
                    }
                }
                if who.is_none()
                    && s_index == 0
                    && spans.len() == 1
                    && starts_with_quote
                    && text[span.close_end..para.end].trim().is_empty()
                    && is_utterance(&text[span.content.clone()])
                {
                    who = speaker_from_previous.map(Who::Entity);
                }
                // (or a paragraph of quotes that opens with one and names no speaker between
                // them: "On this subject, Morris appears almost evangelical." / "“I was on a
                // cruise …” But what is it about UKIP that attracts him? “I think …”")
                if who.is_none()
                    && speaker_from_previous.is_some()
                    && starts_with_quote
                    && is_utterance(&text[span.content.clone()])
                    && *names_no_speaker.get_or_insert_with(|| {
                        // (a verb of saying with a pronoun or person beside it: not "Many
                        // might think it is simply another chance")
                        let outside = words_of(&masked, para.start, para.clone());
                        let someone = |(r, w): &(Range<usize>, &str)| {
                            is_he_or_she(w)
                                || mention_covering(&ctx, r.clone())
                                    .is_some_and(|m| person_like(&ctx, m.entity))
                        };
                        let attributes = |i: usize| {
                            outside[i.saturating_sub(3)..i].iter().any(someone)
                                || outside[i + 1..(i + 3).min(outside.len())]
                                    .iter()
                                    .any(someone)
                        };
                        // (and no finite verb of saying, nothing that "reads", no "he" or "she"
                        // who may go on: "“…,” she went on")
                        let attribution = |i: usize| {
                            let w = outside[i].1;
                            is_finite_speech_verb(w)
                                || w == "reads"
                                || matches!(w, "he" | "she" | "they" | "He" | "She" | "They")
                                || (is_speech_verb(w) && attributes(i))
                        };
                        !(0..outside.len()).any(attribution)
                            && mentions_in(&ctx, para.clone()).all(|m| {
                                let quoted =
                                    spans.iter().any(|s| s.content.contains(&m.range.start));
                                quoted || !person_like(&ctx, m.entity)
                            })
                    })
                {
                    who = speaker_from_previous.map(Who::Entity);
                }
                if who.is_none()
                    && !text
                        .get(sent.start..span.open)
                        .unwrap_or("")
                        .trim()
                        .is_empty()
                {
                    // "Aaron Kall … compared Trump to a coach who is “working the referees”"
                    // "The Republican nominee … vowed to punish “those who …”" (with a verb of
                    // saying or a full sentence: not "He looks after several “centres of
                    // excellence”")
                    let utterance = is_utterance(&text[span.content.clone()]);
                    let lead = words_of(&masked, para.start, sent.start..span.open);
                    let verb = (0..lead.len())
                        .find(|&i| {
                            let w = lead[i].1;
                            is_finite_speech_verb(w)
                                || (!utterance
                                    && (is_characterising_verb(w) || stance_at(&lead, i)))
                        })
                        .map(|i| lead[i].0.start);
                    let says = utterance || verb.is_some();
                    who = says
                        .then(|| {
                            opening_pronoun(
                                &ctx,
                                &masked,
                                para.start,
                                sent.start..span.open,
                                &antecedents,
                            )
                        })
                        .flatten()
                        .or_else(|| {
                            // (not the subject of what a verb of saying before it reports: "An
                            // announcement that day said Altman was “not consistently candid”")
                            // (right after the verb or its "that", before the quote or a verb
                            // of being or "had", "has", "would": not "said Junya Tanase of
                            // JPMorgan, were “…”", nor the
                            // subject of a verb of its own, "Liam Fox, on Saturday, called him")
                            let reported = |at: usize| {
                                let Some(v) = verb.filter(|&v| v < at) else {
                                    return false;
                                };
                                let between = words_of(&masked, para.start, v..at);
                                let end = mentions_in(&ctx, at..at + 1)
                                    .next()
                                    .map_or(at, |m| m.range.end);
                                let after = words_of(&masked, para.start, end..span.open);
                                let after_that = between.last().is_some_and(|(_, w)| *w == "that");
                                between
                                    .first()
                                    .is_some_and(|(_, w)| is_finite_speech_verb(w))
                                    && match after.first() {
                                        None => after_that,
                                        // (not set off by commas: "The deal, said Johnson, was
                                        // “a betrayal”")
                                        Some((r, w)) => {
                                            (between.len() == 1 || after_that)
                                                && (is_be_form(w)
                                                    || matches!(*w, "had" | "has" | "would"))
                                                && !frame(&masked, para.start, end, r.start)
                                                    .contains(',')
                                        }
                                    }
                            };
                            // (a body too when it heads the main clause after a leading one)
                            let lead = sent.start..span.open;
                            let (e, at) =
                                sentence_subject(&ctx, &masked, para.start, lead.clone())?;
                            let (e, at, main) =
                                match main_clause_subject(&ctx, &masked, para.start, lead, at) {
                                    Some((main, at)) => (main, at, true),
                                    None => (e, at, false),
                                };
                            let speaks = person_like(&ctx, e)
                                || (main && ctx.entities[e].kind == EntityKind::Organization);
                            (speaks && !reported(at)).then_some(e)
                        })
                        .or_else(|| {
                            // a body that heads the clause naming a term: "the Bar Association
                            // … deemed him “well qualified”", "PolitiFact rated it “false”"
                            let v = verb.filter(|_| !utterance)?;
                            clause_body(&ctx, &masked, para.start, sent.start..v)
                        })
                        .map(Who::Entity);
                }
                // (or a phrase right after the speaker's quote: see `phrase_after_speaker`)
                let phrase_after_speaker = || {
                    last_speaker.is_some_and(|(speaker, end)| {
                        end >= para.start
                            && phrase_after_speaker(
                                &ctx,
                                &masked,
                                para.start,
                                sent.clone(),
                                span,
                                (speaker, end),
                                &sentences,
                            )
                    })
                };
                // (a verb of saying right after the quote may attribute it to someone unnamed:
                // "“…,” the ad's narrator says", "“…,” the two write", "“…,” said the
                // researchers")
                let said_by_someone_unnamed = || {
                    let words = words_of(&masked, para.start, after.clone());
                    let unnamed = |i: usize| {
                        words.get(i).is_some_and(|(_, w)| {
                            matches!(*w, "the" | "a" | "an" | "one" | "another")
                        })
                    };
                    let verb = |w: &str| {
                        is_finite_speech_verb(w) || (is_speech_verb(w) && !w.ends_with("ing"))
                    };
                    (unnamed(0) && words.iter().skip(1).take(4).any(|(_, w)| verb(w)))
                        || (words.first().is_some_and(|(_, w)| is_inverting_verb(w)) && unnamed(1))
                };
                if who.is_none()
                    && (is_utterance(&text[span.content.clone()]) || phrase_after_speaker())
                {
                    // the last speaker goes on while nobody else is named: "“…,” said Mr
                    // Saldarriaga. The sessions were a showcase. “We had a good response.”"
                    // (names in the speaker's own appositive do not count: "said Steve
                    // Schmidt, a strategist on John McCain's campaign. Unless …, “…”", nor in
                    // a relative clause about the speaker: "said Dino Spencer, who runs the gym
                    // — which hosts a class named for Ali, who … . “…”")
                    who = last_speaker.as_ref().and_then(|(w, end)| {
                        let appositive = mentions_in(&ctx, *end..span.open)
                            .find(|m| m.entity == *w)
                            .and_then(|m| {
                                let rest =
                                    text.get(m.range.end..span.open).unwrap_or("").trim_start();
                                // (past a party and state: "George Miller (D-Calif.), one of
                                // the original “big four” negotiators, along with …")
                                let rest = rest
                                    .strip_prefix('(')
                                    .and_then(|r| r.split_once(')'))
                                    .filter(|(inside, _)| inside.len() <= 12)
                                    .map_or(rest, |(_, after)| after);
                                let opens =
                                    [", a ", ", an ", ", the ", ", who ", ", whose ", ", one of "]
                                        .iter()
                                        .any(|p| rest.starts_with(p));
                                let ends =
                                    sentences.iter().find(|s| s.contains(&m.range.start))?.end;
                                opens.then_some(m.range.end..ends)
                            });
                        let named_from = |from: usize| {
                            mentions_in(&ctx, from..span.open).any(|m| {
                                m.entity != *w
                                    && person_like(&ctx, m.entity)
                                    && !quoted_ranges.iter().any(|q| q.contains(&m.range.start))
                                    && !in_topic_label(text, m.range.start)
                                    && !appositive
                                        .as_ref()
                                        .is_some_and(|r| r.contains(&m.range.start))
                            })
                        };
                        // (nor names in the rest of the sentence the speaker's quote ended in,
                        // unless a verb of saying follows the quote: "…, adding it was as if
                        // there was an “umbilical cord” between Mr Bush and the UK
                        // premier.\n\n“Europeans must hope …”")
                        // (a quote ending in "?" or "!" that an attribution follows ends no
                        // sentence: "“… affect me?” he said, paraphrasing Clinton's remarks";
                        // unless the attribution names another: "“…?” she asked Smith.")
                        let asked = text
                            .get(..*end)
                            .unwrap_or("")
                            .trim_end_matches(['\u{201D}', '"', '\u{2019}', '\''])
                            .ends_with(['?', '!']);
                        let stop = text
                            .get(*end..span.open)
                            .and_then(|rest| rest.find(['.', '!', '?', '\n']))
                            .map_or(span.open, |i| *end + i);
                        let attribution_follows = asked
                            && text
                                .get(*end..)
                                .and_then(|rest| rest.trim_start().chars().next())
                                .is_some_and(char::is_lowercase)
                            && !mentions_in(&ctx, *end..stop).any(|m| {
                                m.entity != *w && !m.possessive && person_like(&ctx, m.entity)
                            });
                        let ended_a_sentence =
                            ends_a_sentence(text.get(..*end).unwrap_or("")) && !attribution_follows;
                        let named = named_from(*end)
                            && (ended_a_sentence
                                || said_by_someone_unnamed()
                                || text
                                    .get(*end..span.open)
                                    .and_then(|rest| rest.find(['.', '!', '?', '\n']))
                                    .is_none_or(|i| named_from(*end + i)));
                        (!named).then_some(Who::Entity(*w))
                    });
                }
                // a pronoun may stand for the subject of its own sentence: "Sen. McCaskill
                // scolded him: “…,” she said"; not for a name in a clause before the main one:
                // "Asked about the event that Clinton faces Trump, she replied: “…”"
                // (a description or pronoun that heads the sentence, before its first quote,
                // stands for someone named before the sentence, not for the speaker of that
                // quote: "The Democratic presidential candidate blasted Trump's call for a
                // “deportation force”, calling it “absurd”")
                let first_open = spans[..s_index]
                    .iter()
                    .find(|s| s.open >= sent.start)
                    .map(|s| s.open);
                let says = |range: Range<usize>, d: &str| {
                    let words = words_of(&masked, para.start, range);
                    let wanted: Vec<&str> = d.whitespace_words().collect();
                    words.windows(wanted.len().max(1)).any(|w| {
                        w.iter()
                            .zip(&wanted)
                            .all(|((_, a), b)| a.eq_ignore_ascii_case(b))
                    })
                };
                let heads_sentence = match (&who, first_open) {
                    (Some(Who::Description(d)), Some(open)) => {
                        says(sent.start..open, d) && !says(before.clone(), d)
                    }
                    _ => false,
                };
                let mut candidates = if heads_sentence {
                    antecedents_before_sentence.to_vec()
                } else {
                    antecedents.clone()
                };
                if let Some((e, at)) =
                    sentence_subject(&ctx, &masked, para.start, sent.start..span.open)
                {
                    // (not a name after the description that heads the sentence, in its clause:
                    // "The Oscar-nominated actor, whose films include Schindler's List, Michael
                    // Collins and Star Wars, said")
                    let after_the_description = matches!(&who, Some(Who::Description(d))
                        if d != "he" && d != "she" && says(sent.start..at, d))
                        && text.get(sent.start..at).is_some_and(|lead| {
                            RELATIVE_CLAUSE_OPENERS[..3]
                                .iter()
                                .any(|opener| lead.contains(opener))
                        });
                    if person_like(&ctx, e)
                        && leads_sentence(&masked, para.start, sent.start..at)
                        && !after_the_description
                    {
                        remember(&mut candidates, e);
                    }
                }
                let pronoun_said = who
                    .clone()
                    .filter(|w| matches!(w, Who::Description(d) if d == "he" || d == "she"));
                // (how the text described an unnamed speaker a pronoun stands for, to show)
                let unnamed_description = pronoun_said.as_ref().and_then(|pronoun| {
                    let she = matches!(pronoun, Who::Description(d) if d == "she");
                    let want = if she { Gender::Female } else { Gender::Male };
                    unnamed_speaker_description(&ctx, want)
                });
                // a chant is a crowd's, not the words of whoever spoke before: "the crowd
                // reprised the chant “Lock her up!”" (and the one who spoke goes on speaking)
                let chant = after_a_chant(&text[..span.open]);
                if chant {
                    who = None;
                }
                let attributed = attributed && !chant;
                let mut who = resolve(&ctx, who.unwrap_or(Who::Unknown), &candidates, span.open);
                // a pronoun stands for no one the quote speaks of by name: "Sean Long … has
                // expressed doubts … “I think Sean's situation is …” he said"
                if let (Some(pronoun), Who::Entity(e)) = (pronoun_said, &who) {
                    let e = *e;
                    if names_in_the_third_person(&ctx, e, span.content.clone()) {
                        candidates.retain(|&c| c != e);
                        who = resolve(&ctx, pronoun, &candidates, span.open);
                    }
                }
                note_unnamed_speaker(&ctx, &who);
                let quoted = |at: usize| {
                    spans.iter().any(|s| s.content.contains(&at))
                        || quoted_ranges.iter().any(|q| q.contains(&at))
                };
                let who = salient_namesake(&ctx, who, sent.clone(), &antecedents, quoted);
                if let Who::Entity(e) = who {
                    remember(&mut antecedents, e);
                    note_body(&ctx, e, sent.end);
                    note_statement(&ctx, &masked, para.start, sent.clone(), e);
                    last_paragraph_with_antecedent = p_index;
                }
                quoted_ranges.push(span.content.clone());
                span_sentence.push(sentence);
                if is_title_or_name(text, span) {
                    speakers.push(Who::Unknown);
                    strong.push(false);
                    out_index.push(None);
                    continue;
                }
                // a letter named (“A” shares, class “B”) is no speech, but its attribution
                // stays for the quotes around it: "“We have no objection to buying the “B”
                // shares,” Diaz told Reuters."
                if names_a_letter(text, span) {
                    speakers.push(who);
                    strong.push(attributed);
                    out_index.push(None);
                    continue;
                }
                match who {
                    Who::Entity(e) => last_speaker = Some((e, span.close_end)),
                    // someone unnamed spoke last: the quotes after are not the earlier
                    // speaker's ("A spokesman for the association said … “…,” he said. “…”")
                    _ if attributed => last_speaker = None,
                    // (or a verb of saying after the quote names someone unnamed: "“…,” the
                    // two write. “…”")
                    Who::Unknown if said_by_someone_unnamed() => last_speaker = None,
                    _ => {}
                }
                speakers.push(who.clone());
                strong.push(attributed);
                let quote_text = crate::corpus::fold_space(text[span.content.clone()].trim());
                out_index.push(None);
                if quote_text.chars().any(char::is_alphanumeric) {
                    if let Some(last) = out_index.last_mut() {
                        *last = Some(out.len());
                    }
                    let shown = match (&who, unnamed_description) {
                        (Who::Unknown, Some(description)) => Who::Description(description),
                        _ => who.clone(),
                    };
                    out.push(make_quote(
                        span.content.clone(),
                        quote_text,
                        QuoteKind::Direct,
                        &shown,
                        p_index,
                    ));
                }
            }

            // the sentence's subject for later pronouns, and reported speech
            let has_quote = spans
                .iter()
                .any(|s| s.open >= sent.start && s.open < sent.end);
            // (not a name in a clause before the main one: "Asked about the event that Clinton
            // faces Trump, she replied …")
            let main_clause =
                |at: usize| !in_subordinate_clause(&masked, para.start, sent.start..at);
            // a quote's named speaker stays the latest person: not "Clinton" in "Asked about …
            // that Clinton faces Trump, she replied: “…”"
            // (or an unnamed one its attribution gave: "One Chinese journalist said … “…,” he
            // said. “…,” he said.")
            let quote_speaker =
                spans
                    .iter()
                    .zip(speakers.iter().zip(&strong))
                    .any(|(s, (w, &named))| {
                        s.open >= sent.start
                            && s.open < sent.end
                            && (matches!(w, Who::Entity(_)) || (named && *w == Who::Unknown))
                    });
            // (a sentence a pronoun opens has it for its subject, not a name further on: "Not to
            // forget, he thanked his team, including coach Darren Badminton")
            // (read only as far as a short phrase set off by a comma)
            let pronoun_opens = || {
                let lead = frame(&masked, para.start, sent.start, sent.end);
                let first = |piece: &str| {
                    piece
                        .whitespace_words()
                        .next()
                        .is_some_and(|w| matches!(w, "he" | "He" | "she" | "She"))
                };
                first(lead) || first(past_opening_phrase(lead, 5))
            };
            let named_subject = || {
                sentence_subject(&ctx, &masked, para.start, sent.clone())
                    .filter(|&(e, at)| person_like(&ctx, e) && main_clause(at))
                    .map(|(e, _)| e)
                    // the subject after a clause that named someone else: "Asked whether he
                    // feared that Donald Trump could win, Ban demurred."
                    .or_else(|| subject_after_clause(&ctx, &masked, para.start, sent.clone()))
                    // a sentence led by a body or a heading still names its person: "THE
                    // BORROWING Back when he wrote his book, Mr. McKinley said …"
                    .or_else(|| {
                        sentence_person(&ctx, &masked, para.start, sent.clone())
                            .filter(|&(_, at)| main_clause(at))
                            .map(|(e, _)| e)
                    })
            };
            let subject = (!quote_speaker)
                .then(|| {
                    opening_pronoun(&ctx, &masked, para.start, sent.clone(), &antecedents)
                        .or_else(|| (!pronoun_opens()).then(named_subject).flatten())
                })
                .flatten();
            if let Some(e) = subject {
                remember(&mut antecedents, e);
                last_paragraph_with_antecedent = p_index;
            }
            // a person the sentence introduces with an appositive is the likeliest next speaker:
            // "…, which concerns Henry Crespo, president of the Florida Democratic Black Caucus."
            // (not one named inside a clause before the main one: "Asked whether he feared that
            // Donald Trump, the nominee, could win, Ban demurred.")
            if let Some(e) = introduced_person(&ctx, &masked, para.start, sent.clone()) {
                remember(&mut antecedents, e);
            }
            if has_quote {
                // (a lede's quote's speaker, as a lede's reported speaker: "Turkey deal 'to help
                // world peace'" / "A deal … is of “fundamental importance” to …, Tony Blair has
                // said."; one its attribution names, who says it, not who calls a move so: "…,
                // the Treasury has said, a move the Tories called “a gimmick”")
                let quoted_speaker = spans
                    .iter()
                    .zip(speakers.iter().zip(&strong))
                    .find(|(s, _)| s.open >= sent.start && s.open < sent.end)
                    .filter(|(s, _)| {
                        let lead = words_of(&masked, para.start, sent.start..s.open);
                        !(0..lead.len()).any(|i| {
                            let w = lead[i].1;
                            (is_characterising_verb(w)
                                || matches!(w, "called" | "calling" | "described" | "describing"))
                                && !is_passive(&lead, i)
                        })
                    })
                    .and_then(|(_, (w, &named))| named.then(|| w.clone()));
                if let (true, Some(who @ Who::Entity(_))) =
                    (p_index == 1 && sentence == 0, quoted_speaker)
                {
                    lede_speaker = Some((who, sent.clone(), false));
                } else if p_index == 1
                    && sentence == 0
                    && ends_with_one_unnamed_person(&text[sent.clone()])
                {
                    vague_lede = Some(sent.clone());
                }
                continue;
            }
            // (a clause of saying joined on by "and": "St Helens have been linked with Sonny
            // Bill Williams, and Sculthorpe said he would love …")
            let clause =
                joined_saying(&ctx, &masked, para.start, sent.clone()).unwrap_or(sent.clone());
            if let Some((who, said)) = reported_speech(&ctx, &masked, para.start, clause.clone()) {
                // a pronoun after the statement stands for whoever spoke last, in this paragraph
                // or the one before, rather than someone the statement names: "Joseph Hunter
                // said he will not vote for Trump. Also, Trump isn't a conservative, he said."
                // (but for its subject when nobody spoke lately: "Grayson has introduced the
                // bill and would continue his push for it, he said")
                let fronted = text
                    .get(clause.start..said.start)
                    .is_some_and(|lead| lead.trim().is_empty());
                let lately = paragraphs[p_index.saturating_sub(1)].start;
                let last_speaker_then = fronted
                    .then(|| resolve(&ctx, who.clone(), antecedents_before_sentence, sent.start))
                    .filter(|before| {
                        matches!(before, Who::Entity(e)
                            if last_speaker.is_some_and(|(s, end)| s == *e && end >= lately))
                    });
                let who = last_speaker_then
                    .unwrap_or_else(|| resolve(&ctx, who, &antecedents, sent.start));
                note_unnamed_speaker(&ctx, &who);
                if p_index == 1 && sentence == 0 {
                    let all_said = text
                        .get(sent.start..said.start)
                        .is_some_and(|lead| lead.trim().is_empty());
                    lede_speaker = Some((who.clone(), sent.clone(), all_said));
                }
                if let Who::Entity(e) = who {
                    remember(&mut antecedents, e);
                    note_body(&ctx, e, sent.end);
                    note_statement(&ctx, &masked, para.start, sent.clone(), e);
                    last_paragraph_with_antecedent = p_index;
                    // whoever is reported goes on speaking in a quote nobody else is named before:
                    // "Carter said that … would not happen.\n\n“That's because this region …”"
                    last_speaker = Some((e, sent.end));
                    let raw = text.get(said.clone()).unwrap_or("");
                    // (past what stands between the verb and its statement: "told reporters
                    // on Tuesday that")
                    let verb = text
                        .get(..said.start)
                        .filter(|head| !head.ends_with(char::is_whitespace))
                        .and_then(|head| head.rsplit(char::is_whitespace).next())
                        .map(lower_case);
                    let verb = verb.as_deref().unwrap_or("");
                    let body = &raw[report_lead::report_start(verb, raw)..];
                    let start = said.start + raw.len() - body.len();
                    let clause = body.trim_end();
                    if clause.whitespace_words().nth(2).is_some() {
                        let range = start..start + clause.len();
                        let folded = crate::corpus::fold_space(clause);
                        out.push(make_quote(
                            range,
                            folded,
                            QuoteKind::Reported,
                            &who,
                            p_index,
                        ));
                    }
                }
            } else if p_index == 1 && sentence == 0 {
                // a lede that says who told it only vaguely ("…, reports claim.", "…, an
                // anti-fraud agency has said.") still tells that the headline's words are
                // someone's, named by the next statement
                let words = words_of(&masked, para.start, clause.clone());
                let attributed = attribution_at_the_end(&ctx, &masked, para.start, clause, &words)
                    .filter(|&(_, comma)| comma > sent.start)
                    // (not what a survey or poll "suggests": the next statement is someone's
                    // else, "Voters 'don't trust politicians'" / "…, a new poll suggests.")
                    .is_some_and(|(_, comma)| {
                        !words
                            .iter()
                            .any(|(r, w)| r.start > comma && w.starts_with("suggest"))
                    });
                if attributed || ends_with_one_unnamed_person(&text[sent.clone()]) {
                    lede_speaker = Some((Who::Unknown, sent.clone(), true));
                } else if told_by_reports(frame(&masked, para.start, sent.start, sent.end)) {
                    // (what reports say gives the headline only the words the lede shares)
                    lede_speaker = Some((Who::Unknown, sent.clone(), false));
                }
            }
        }
        // a quote left open and followed at once by an attributed one is the same speaker's:
        // BBC runs paragraphs together ("“Career sexism …. “It is simply wrong,” she said.")
        for i in (0..speakers.len().saturating_sub(1)).rev() {
            let gap = text
                .get(spans[i].close_end..spans[i + 1].open)
                .unwrap_or("x");
            if !spans[i].closed && !strong[i] && strong[i + 1] && gap.trim().is_empty() {
                speakers[i] = speakers[i + 1].clone();
                strong[i] = true;
                if let (Some(k), Who::Entity(e)) = (out_index[i], &speakers[i]) {
                    out[k].speaker = Some(*e);
                    out[k].description = None;
                }
            }
        }
        // a quote nobody was found for takes the attribution of a later quote of its sentence:
        // "The program was a “good thing” that yielded “frankly good information,” he remarked."
        for i in (0..speakers.len().saturating_sub(1)).rev() {
            if speakers[i] != Who::Unknown || out_index[i].is_none() {
                continue;
            }
            // (not a name in capitals, "The Steve Harvey Morning Show", nor past a full stop)
            let content = text[spans[i].content.clone()].trim();
            let named = content
                .whitespace_words()
                .filter(|w| w.len() >= 4)
                .all(|w| w.starts_with(char::is_uppercase));
            if named {
                continue;
            }
            let later = (i + 1..speakers.len())
                .take_while(|&j| {
                    span_sentence[j] == span_sentence[i]
                        && !frame(&masked, para.start, spans[i].close_end, spans[j].open)
                            .contains(['.', '!', '?', ';'])
                        // nor past someone else: "… than “ooooh, whoooa” when Clinton accused him
                        // of an “artful smear”"
                        && !mentions_in(&ctx, spans[i].close_end..spans[j].open)
                            .any(|m| is_speaker_kind(&ctx, m))
                })
                .find(|&j| strong[j] && matches!(speakers[j], Who::Entity(_)));
            if let Some(j) = later {
                speakers[i] = speakers[j].clone();
                if let (Some(k), Who::Entity(e)) = (out_index[i], &speakers[i]) {
                    out[k].speaker = Some(*e);
                    out[k].description = None;
                }
            }
        }
        open_from_previous = match (spans.last(), speakers.last()) {
            (Some(s), Some(w)) if !s.closed => Some(w.clone()),
            _ => None,
        };
        // a paragraph without quotes whose last sentence a person leads: the speaker of a
        // paragraph that is one quote after it ("Schoen elaborated in an editorial piece … that
        // superdelegates may reconsider." / "“A Sanders win in California …”")
        speaker_from_previous = sentences
            .last()
            .filter(|_| spans.is_empty() && text[para.clone()].trim_end().ends_with('.'))
            .and_then(|last| {
                sentence_subject(&ctx, &masked, para.start, last.clone())
                    .filter(|&(_, at)| leads_sentence(&masked, para.start, last.start..at))
                    .map(|(e, _)| e)
                    // (or the person a title that opens the sentence stands for, who then
                    // speaks: "Democratic Governor Tim Walz stopped in Duluth. / The Governor
                    // addressed supporters …" / "“By the time we go to sleep …”"; not "The
                    // 19-year-old striker nodding home the equaliser …" before his manager's
                    // words)
                    .or_else(|| {
                        let (e, verb) = described_subject(
                            &ctx,
                            &masked,
                            para.start,
                            last.clone(),
                            &antecedents,
                        )?;
                        (is_speech_verb(verb) || matches!(verb, "addressed" | "spoke")).then_some(e)
                    })
            })
            .filter(|&e| person_like(&ctx, e));
        intro_from_previous = sentences
            .last()
            .filter(|last| text[para.clone()].trim_end().ends_with(':') && last.end > para.start)
            .filter(|last| spans.iter().all(|s| s.close_end < last.end))
            .and_then(|last| {
                let who = attribution_before(&ctx, &masked, para.start, last.clone(), last.clone())
                    .or_else(|| by_agent(&ctx, &masked, para.start, last.clone()))
                    .or_else(|| {
                        let words = words_of(&masked, para.start, last.clone());
                        let said = words
                            .iter()
                            .any(|(_, w)| is_speech_verb(w) || is_statement_noun(w));
                        let (e, at) = sentence_subject(&ctx, &masked, para.start, last.clone())?;
                        // (or a person and a verb alone: "17-year-old Jared Potts echoed:")
                        let bare_verb = || {
                            let end = mentions_in(&ctx, at..at + 1).next()?.range.end;
                            let rest: Vec<&str> = words
                                .iter()
                                .filter(|(r, _)| r.start >= end)
                                .map(|(_, w)| *w)
                                .collect();
                            let lead = frame(&masked, para.start, last.start, at);
                            Some(
                                (1..=2).contains(&rest.len())
                                    && rest[0].ends_with("ed")
                                    && may_be_a_verb(rest[0])
                                    && !lead.contains(',')
                                    && person_like(&ctx, e),
                            )
                        };
                        (said || bare_verb() == Some(true)).then_some(Who::Entity(e))
                    })
                    .or_else(|| {
                        statement_read_out(&ctx, &masked, para.start, &sentences).map(Who::Entity)
                    })?;
                // (or one unnamed: "A Drexel spokesman … but added:")
                Some(resolve(&ctx, who, &antecedents, last.start)).filter(|w| match w {
                    Who::Entity(_) => true,
                    Who::Description(d) => d != "he" && d != "she" && d != "they",
                    Who::Unknown => false,
                })
            });
    }
    // a lede's quotes that it leaves to one person it does not name ("The Conservatives have
    // been “a lot smarter” …, a Labour backbencher has said.") are those of the person who
    // makes the next statement, in the paragraph after it ("Derek Wyatt said …"), as BBC
    // ledes go; not of a critic ("But …")
    // (one the article names first in that paragraph's first sentence, as it introduces the
    // person the lede did not name: not one named before, "Tony Blair's plan is “a gimmick”
    // … / Mr Blair said …", nor one named later in the paragraph)
    if let Some(lede) = vague_lede {
        let introduced = |e: usize| {
            let first = ctx.mentions.iter().find(|m| m.entity == e);
            let paragraph = paragraphs.get(2);
            first.zip(paragraph).is_some_and(|(m, p)| {
                let lead = &text[p.start.min(m.range.start)..m.range.start];
                // (a full stop after a title is no sentence's end: "Mr. Wyatt said")
                let ends_a_sentence = lead
                    .rsplit(". ")
                    .skip(1)
                    .any(|before| !is_dotted_abbreviation(before.rsplit(' ').next().unwrap_or("")));
                m.range.start >= p.start && !ends_a_sentence && !lead.contains(['!', '?', '\n'])
            })
        };
        let next = out
            .iter()
            .find(|q| q.range.start >= lede.end)
            .filter(|q| q.paragraph == 2 && !answers_back(text, q.range.start))
            .and_then(|q| q.speaker)
            .filter(|&e| person_like(&ctx, e) && introduced(e));
        if let Some(e) = next {
            for q in out.iter_mut() {
                if q.speaker.is_none() && lede.contains(&q.range.start) {
                    q.speaker = Some(e);
                    q.description = None;
                }
            }
            lede_speaker = Some((Who::Entity(e), lede, false));
        }
    }
    // (a first paragraph of one line that ends in no full stop is a headline)
    let headline_is_a_title = paragraphs.first().is_some_and(|headline| {
        let headline = text[headline.clone()].trim();
        !headline.contains('\n') && !headline.ends_with(['.', '!', '?', ':'])
    });
    // a headline's quoted words are those its first sentence reports, when it says them again:
    // "Small firms 'hit by rising costs'" / "Rising costs are hitting confidence among small
    // manufacturers, business lobby group the CBI says."
    // (over the name the headline puts before the quote, which is often what the words are
    // about: "Blair 'pressing US on climate'" / "Tony Blair is pressing the US …, Downing Street
    // has indicated.")
    // a lede that tells no name ("…, reports claim.", "…, a Home Office minister has said.")
    // leaves the headline's words, when none attributes them, to whom the next statement
    // names: "Rank 'set to sell off film unit'" / "…, reports claim." / "…, the Sunday
    // Telegraph reported."
    let headline_speaker =
        lede_speaker
            .filter(|_| headline_is_a_title)
            .map(|(who, lede, all_said)| match who {
                Who::Entity(e) => (Some(e), lede, false, all_said),
                _ => {
                    // (not a critic's: "But Conservative spokesman Dominic Grieve said …")
                    let next = out
                        .iter()
                        .find(|q| q.paragraph > 0 && q.range.start >= lede.end)
                        .filter(|q| q.paragraph <= 2 && !answers_back(text, q.range.start))
                        .and_then(|q| q.speaker);
                    (next, lede, true, all_said)
                }
            });
    if let Some((speaker, lede, only_unattributed, all_said)) = headline_speaker {
        let lede_words = lede_word_starts(&text[lede]);
        for q in out.iter_mut().filter(|q| q.paragraph == 0) {
            if q.kind == QuoteKind::Direct
                && !(only_unattributed && q.speaker.is_some())
                && (shares_a_word(&q.text, &lede_words)
                    || (all_said && q.text.whitespace_words().count() <= 4))
            {
                q.speaker = speaker;
                q.description = None;
            }
        }
    }
    phrase_of_a_longer_quote(&mut out);
    if headline_is_a_title {
        same_words_same_speaker(&mut out);
    }
    pull_quotes_speakers(text, paragraphs, &mut out);
    out
}

/// A subheading that is one short quote (a pull quote: "‘They set us on fire and took
/// everything’") is said by whoever says those words in a later quote of the article, however
/// long that is ("“… the rape of our sisters and mothers is what made me join …”"), and by
/// nobody known when that one is unnamed; not by whoever spoke before it.
fn pull_quotes_speakers(text: &str, paragraphs: &[Range<usize>], out: &mut [Quote]) {
    // (each quote's words lowered once, at the first pull quote's need: most articles have none)
    let mut lowered: Vec<Option<String>> = Vec::new();
    for h in 0..out.len() {
        let q = &out[h];
        let Some(para) = paragraphs.get(q.paragraph) else {
            continue;
        };
        // (the paragraph is the quote and its marks alone, and no colon brought it in: not
        // "Smith told reporters:\n“We will win this fight.”")
        let brought_in = paragraphs
            .get(q.paragraph.wrapping_sub(1))
            .is_some_and(|before| text[before.clone()].trim_end().ends_with(':'));
        let alone = q.paragraph > 0
            && q.kind == QuoteKind::Direct
            && text[para.clone()].trim().len() <= q.range.len() + 8
            && !brought_in;
        if !alone {
            continue;
        }
        let words = spaced_lower_words(&q.text);
        let length = words.trim().split(' ').count();
        if !(2..=12).contains(&length) {
            continue;
        }
        if lowered.is_empty() {
            lowered.resize(out.len(), None);
        }
        let later = (h + 1..out.len()).find(|&l| {
            out[l].paragraph > q.paragraph
                && out[l].kind == QuoteKind::Direct
                && lowered[l]
                    .get_or_insert_with(|| spaced_lower_words(&out[l].text))
                    .contains(&words)
        });
        if let Some(l) = later {
            let (speaker, description) = (out[l].speaker, out[l].description.clone());
            out[h].speaker = speaker;
            out[h].description = description;
        }
    }
}

/// A text's words in lower case, a space before and after each: " deeply sorry ".
fn spaced_lower_words(t: &str) -> String {
    let mut out = String::from(" ");
    for w in t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        out.push_str(&w.to_lowercase());
        out.push(' ');
    }
    out
}

/// A short phrase that someone unnamed said ("The CEO of CrowdStrike said his company is
/// “deeply sorry” …"), and that a quote with a named speaker a paragraph or two away holds, is
/// that speaker's ("“I wanna start with saying we’re deeply sorry …,” George Kurtz said"; words
/// in lower case among them: not a product's or a show's name inside someone's words; near: a
/// term the article uses throughout, "top secret", is no one's).
fn phrase_of_a_longer_quote(out: &mut [Quote]) {
    // (each quote's words lowered once, at the first phrase that asks: most articles have none)
    let mut lowered: Option<Vec<String>> = None;
    for h in 0..out.len() {
        let q = &out[h];
        if q.paragraph == 0
            || q.kind != QuoteKind::Direct
            || q.speaker.is_some()
            || q.description.is_none()
        {
            continue;
        }
        // (nor a title, its words mostly capitalised: "The Trumps: Three Generations That Built
        // an Empire")
        let capitalised = q
            .text
            .whitespace_words()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        let lower = q
            .text
            .whitespace_words()
            .filter(|w| w.starts_with(char::is_lowercase))
            .count();
        if lower == 0 || capitalised > lower {
            continue;
        }
        let words = spaced_lower_words(&q.text);
        let length = words.trim().split(' ').count();
        if !(2..=6).contains(&length)
            || words
                .trim()
                .split(' ')
                .all(|w| GAZETTEER.common_words.contains(w))
        {
            continue;
        }
        let lowered = lowered
            .get_or_insert_with(|| out.iter().map(|q| spaced_lower_words(&q.text)).collect());
        let holder = out
            .iter()
            .enumerate()
            .find(|&(k, other)| {
                k != h
                    && other.kind == QuoteKind::Direct
                    && other.speaker.is_some()
                    && other.paragraph > 0
                    && other.paragraph.abs_diff(out[h].paragraph) <= 2
                    && lowered[k].contains(&words)
            })
            .map(|(_, other)| other.speaker);
        if let Some(speaker) = holder {
            out[h].speaker = speaker;
            out[h].description = None;
        }
    }
}

/// A headline's quoted words that the article quotes again, by someone it names, are that
/// speaker's: "Renault boss hails 'great year'" / "… a “great year”, said Louis Schweitzer".
fn same_words_same_speaker(out: &mut [Quote]) {
    for h in 0..out.len() {
        if out[h].paragraph != 0 || out[h].kind != QuoteKind::Direct {
            continue;
        }
        let words = spaced_lower_words(&out[h].text);
        let length = words.trim().split(' ').count();
        if length < 2 {
            continue;
        }
        // (a named speaker, of words not much longer: not a product's name inside a long quote)
        let again = out
            .iter()
            .find(|q| {
                q.paragraph > 0
                    && q.kind == QuoteKind::Direct
                    && q.text.whitespace_words().nth(length + 3).is_none()
                    && spaced_lower_words(&q.text).contains(&words)
            })
            .filter(|q| q.speaker.is_some())
            .map(|q| q.speaker);
        if let Some(speaker) = again {
            out[h].speaker = speaker;
            out[h].description = None;
        }
    }
}

/// Whether the sentence holding `at` opens with "But" or "However": what it reports answers
/// what came before.
fn answers_back(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(['.', '\n']).map_or(0, |p| p + 1);
    let opening = text[start..at].trim_start();
    opening.starts_with("But ") || opening.starts_with("However")
}

/// Whether a sentence ends by saying one person it does not name said it: "…, a Labour
/// backbencher has said.", "…, its co-chairman has said.", "…, a leading industry figure has
/// said.", "…, says a top academic." (after its last comma, a determiner, at most five words
/// and a noun for a person, a role or "figure", with "has" and a verb of saying after them or
/// a verb of saying in the present before; not a body, "a trade body has warned", nor people,
/// "MPs have said").
fn ends_with_one_unnamed_person(sentence: &str) -> bool {
    let Some((_, tail)) = sentence.trim_end().trim_end_matches('.').rsplit_once(", ") else {
        return false;
    };
    let words: Vec<&str> = tail.split_whitespace().collect();
    let one_person = |described: &[&str]| match described {
        [first, .., noun] => {
            matches!(
                *first,
                "a" | "an" | "the" | "its" | "his" | "her" | "their" | "one"
            ) && (person_noun(noun).is_some()
                // (a person only after a word that makes one: "a leading industry figure", not
                // "the latest official figure")
                || (*noun == "figure"
                    && described.iter().rev().nth(1).is_some_and(|w| {
                        matches!(
                            *w,
                            "leading" | "senior" | "industry" | "party" | "key" | "prominent"
                        )
                    })))
        }
        _ => false,
    };
    words.len() <= 9
        && match words.as_slice() {
            // "…, says a top academic."
            [verb, described @ ..] if verb.ends_with('s') && is_speech_verb(verb) => {
                one_person(described)
            }
            // "…, a Labour backbencher has said."
            [described @ .., has, verb] => {
                *has == "has" && is_speech_verb(verb) && one_person(described)
            }
            _ => false,
        }
}

/// Whether words share a start with [`lede_word_starts`]'s ("cuts" and "cut" count too).
fn shares_a_word(text: &str, lede_words: &[String]) -> bool {
    lede_word_starts(text).iter().any(|w| {
        lede_words
            .iter()
            .any(|l| l.starts_with(w.as_str()) || w.starts_with(l.as_str()))
    })
}

/// The first four letters, lower case, of the words of three letters or more that are no
/// common function words: what a headline and the sentence after it share when one says the
/// other again ("hits" and "hit", "vote" and "voters").
fn lede_word_starts(text: &str) -> Vec<String> {
    const FUNCTION_WORDS: [&str; 18] = [
        "the", "and", "for", "not", "but", "are", "was", "has", "have", "will", "with", "from",
        "its", "his", "her", "their", "this", "that",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .filter_map(|w| {
            if w.is_ascii() {
                // (an ASCII word compared and cut without a lowered copy of it whole)
                let function_word = FUNCTION_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f));
                (!function_word).then(|| w[..w.len().min(4)].to_ascii_lowercase())
            } else {
                let w = w.to_lowercase();
                (!FUNCTION_WORDS.contains(&w.as_str())).then(|| w.chars().take(4).collect())
            }
        })
        .collect()
}

fn make_quote(
    range: Range<usize>,
    text: String,
    kind: QuoteKind,
    who: &Who,
    paragraph: usize,
) -> Quote {
    let (speaker, description) = match who {
        Who::Entity(e) => (Some(*e), None),
        Who::Description(d) => (None, Some(d.clone())),
        Who::Unknown => (None, None),
    };
    Quote {
        range,
        text,
        kind,
        speaker,
        description,
        paragraph,
    }
}

/// Quotation spans of one paragraph, top level only (nested quotes belong to the outer one).
fn quote_spans(text: &str, para: Range<usize>) -> Vec<Span> {
    let p = &text[para.clone()];
    let mut out = Vec::new();
    // (offset, mark, mark length)
    let mut open: Option<(usize, char, usize)> = None;
    // curly marks inside a straight quote are a quote within it: "PENCE: … “Shark Tank.” …"
    let mut nested = false;
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // only quotation marks change the state; a merged pair of apostrophes has the same kind
    // of neighbours (neither a word character nor a space) as the apostrophe next to it
    for (i, c, len) in quote_marks(p, 0) {
        let prev = p[..i].chars().next_back();
        let next = p[i + len..].chars().next();
        let next_space = next.is_none_or(char::is_whitespace);
        if let Some((_, '"', _)) = open {
            if nested {
                if c == '\u{201D}' {
                    nested = false;
                }
                continue;
            }
            if c == '\u{201C}' && !next_space {
                nested = true;
                continue;
            }
        }
        match open {
            None => {
                // (a double mark typed with a space after it still opens, when a capital
                // follows and a closing mark comes later: `" It’s not about me,” she said`,
                // `Lake said, ” The ongoing border crisis …”`)
                let spaced_opener = || {
                    matches!(c, '"' | '\u{201C}' | '\u{201D}')
                        && prev.is_none_or(char::is_whitespace)
                        && p[i + len..]
                            .strip_prefix(' ')
                            .is_some_and(|rest| rest.starts_with(|n: char| n.is_uppercase()))
                        && quote_marks(p, i + len + 1).any(|(j, close, _)| {
                            matches!(close, '"' | '\u{201D}')
                                && !p[..j].chars().next_back().is_some_and(char::is_whitespace)
                        })
                };
                let opens = match c {
                    '\u{201C}' | '\u{AB}' | '\u{201E}' => !next_space || spaced_opener(),
                    '"' => (!is_word(prev) && !next_space) || spaced_opener(),
                    '\u{201D}' => {
                        (prev.is_none_or(char::is_whitespace) && !next_space) || spaced_opener()
                    }
                    // (a curly one that opens the paragraph may run to its end, as a quote
                    // that goes on in the next paragraph: "‘The first goal was to win …")
                    '\u{2018}' | '\'' => {
                        !is_word(prev)
                            && next.is_some_and(|n| n.is_alphabetic())
                            && (closing_single_ahead(p, i + len)
                                || (c == '\u{2018}' && p[..i].trim().is_empty()))
                    }
                    _ => false,
                };
                if opens {
                    open = Some((i, c, len));
                    nested = false;
                }
            }
            Some((start, kind, kind_len)) => {
                let closes = match kind {
                    '\u{AB}' => c == '\u{BB}',
                    '\u{2018}' | '\'' => {
                        (c == '\u{2019}' || c == '\'')
                            && !is_word(next)
                            && !prev.is_some_and(char::is_whitespace)
                    }
                    // (a straight mark between spaces closes after a quote within or after
                    // punctuation: "… says, 'We have to keep it alive,' " said Fiorina;
                    // ''… coalitions, '' said Mr. Gunnels)
                    _ => {
                        c == '\u{201D}'
                            || (c == '"'
                                && (!prev.is_some_and(char::is_whitespace)
                                    || (next_space
                                        && p[..i]
                                            .trim_end()
                                            .ends_with(['\'', '\u{2019}', ',', '.', '?', '!']))))
                    }
                };
                // a new opening mark while one is open: the previous quote was never closed
                // (papers that run several paragraphs into one line)
                let reopens = matches!(kind, '\u{201C}' | '"' | '\u{201D}')
                    && (c == '\u{201C}' || (c == '"' && prev.is_some_and(char::is_whitespace)))
                    && !next_space;
                if closes {
                    // a space before the closing mark is no part of the words ('… year. "')
                    let content_end = start + kind_len + p[start + kind_len..i].trim_end().len();
                    out.push(Span {
                        open: para.start + start,
                        content: para.start + start + kind_len..para.start + content_end,
                        close_end: para.start + i + len,
                        closed: true,
                    });
                    open = None;
                } else if reopens {
                    // a new opening mark: the previous quote was never closed
                    let mut span = Span {
                        open: para.start + start,
                        content: para.start + start + kind_len..para.start + i,
                        close_end: para.start + i,
                        closed: false,
                    };
                    cut_unclosed(text, &mut span);
                    out.push(span);
                    open = Some((i, c, len));
                }
            }
        }
    }
    if let Some((start, _, kind_len)) = open {
        let mut span = Span {
            open: para.start + start,
            content: para.start + start + kind_len..para.end,
            close_end: para.end,
            closed: false,
        };
        cut_unclosed(text, &mut span);
        out.push(span);
    }
    out.retain(|s| s.content.start < s.content.end);
    out
}

/// The signer of a block quotation, on the line after it: "\"I worry that … tax cuts.\nDean
/// Baker, Center for Economic and Policy Research.\"" (a short line that opens with a person's
/// name, then a comma or nothing, and ends with the closing mark).
fn signature(ctx: &Ctx, line: Range<usize>) -> Option<usize> {
    let words = ctx.text[line.clone()].trim();
    if words.whitespace_words().nth(12).is_some()
        || !words.ends_with(['\u{201D}', '"'])
        || words.contains('\u{201C}')
        || words.matches('"').count() != 1
    {
        return None;
    }
    let m = mentions_in(ctx, line.clone())
        .find(|m| ctx.entities[m.entity].kind == EntityKind::Person)?;
    let lead = ctx.text[line.start..m.range.start].trim_start_matches(['-', '\u{2014}', ' ']);
    let after = ctx.text.get(m.range.end..line.end)?.trim_start();
    // (a title or a short description may stand before the name: "Dean Baker", "Former NAACP
    // president Ben Jealous")
    let titled = lead.whitespace_words().nth(4).is_none() && !lead.contains([',', ';', ':']);
    ((lead.is_empty() || titled)
        && ctx.entities[m.entity].kind == EntityKind::Person
        && !m.possessive
        && after
            .trim_start_matches('.')
            .starts_with([',', '"', '\u{201D}']))
    .then_some(m.entity)
}

/// An unclosed quote ends before a sentence of its own that attributes it ("Zelensky claimed …").
fn cut_unclosed(text: &str, span: &mut Span) {
    let content = &text[span.content.clone()];
    for s in sentence_ranges(content).into_iter().skip(1) {
        let sentence = &content[s.clone()];
        let mut words = sentence.whitespace_words();
        let w: Vec<&str> = words.by_ref().take(4).collect();
        let attributing = w.iter().enumerate().any(|(i, word)| {
            i > 0
                && is_speech_verb(word.trim_non_letters())
                && w[..i]
                    .iter()
                    .all(|x| x.starts_with(char::is_uppercase) || is_verb_filler(x))
                && w[..i]
                    .iter()
                    .all(|x| !x.ends_with("'s") && !x.ends_with("\u{2019}s"))
                && w[0].starts_with(char::is_uppercase)
                && !matches!(
                    w[0],
                    "And" | "But" | "So" | "Or" | "I" | "We" | "You" | "They" | "It"
                )
        });
        if attributing || narrates_someone_saying(sentence) {
            span.content.end = span.content.start + s.start;
            span.close_end = span.content.end;
            let trimmed = text[span.content.clone()].trim_end().len();
            span.content.end = span.content.start + trimmed;
            return;
        }
    }
}

/// Whether a quote is a phrase of four words or more in the sentence right after the last
/// speaker's (`last`: who, and where their quote ended), that names nobody else, nor a place but
/// after a preposition, and has no verb of saying and no unnamed subject of its own: "“…,” said
/// Anthony Crescenzi, a bond strategist. The trade deficit and the shortfall with China “are big
/// issues going forward”." (not "Beijing … described the embargo as a “product of the Cold
/// War”", "They ask her to make it clear “that you find …”", "the message continues, “please
/// hold …”", "A friend referred to him as …").
fn phrase_after_speaker(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    span: &Span,
    (speaker, end): (usize, usize),
    sentences: &[Range<usize>],
) -> bool {
    let content = &ctx.text[span.content.clone()];
    let a_phrase = content.whitespace_words().nth(3).is_some()
        && content
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_lowercase);
    if !a_phrase {
        return false;
    }
    let lead = words_of(masked, base, sent.start..span.open);
    let says_itself = lead.first().is_some_and(|(_, w)| matches!(*w, "A" | "An"))
        || lead.iter().any(|(_, w)| is_speech_verb(&lower_case(w)));
    let names_another = || {
        mentions_in(ctx, sent.start..span.open).any(|m| {
            m.entity != speaker
                && (ctx.entities[m.entity].kind != EntityKind::Place
                    || !ends_in_preposition(frame(masked, base, sent.start, m.range.start)))
        })
    };
    let sentences_between = sentences
        .iter()
        .filter(|s| s.start > end && s.start <= span.open)
        .count();
    !says_itself && sentences_between <= 1 && !names_another()
}

/// Whether a sentence inside an unclosed quote is the writer's, telling of someone named who
/// speaks: "Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology and said …" (a
/// name before "said" within twelve words, and no "I", "we" or "you" of a speaker's).
fn narrates_someone_saying(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .whitespace_words()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let Some(verb) = words
        .iter()
        .take(12)
        .position(|w| matches!(*w, "said" | "says" | "told" | "added"))
    else {
        return false;
    };
    if verb < 2 {
        return false;
    }
    let named = words[1..verb]
        .windows(2)
        .any(|pair| pair.iter().all(|w| w.starts_with(char::is_uppercase)));
    let personal = words.iter().any(|w| {
        matches!(
            lower_case(w).as_ref(),
            "i" | "i'm"
                | "i've"
                | "i'd"
                | "i'll"
                | "me"
                | "my"
                | "we"
                | "we're"
                | "we've"
                | "our"
                | "us"
                | "you"
                | "your"
                | "you're"
        )
    });
    named && !personal
}

/// Whether a closing single quote follows `from` in a paragraph: not right at `from`, after a
/// non-space, before no word character.
fn closing_single_ahead(p: &str, from: usize) -> bool {
    quote_marks(p, from).any(|(j, c, len)| {
        (c == '\u{2019}' || c == '\'')
            && j > from
            && !p[..j].chars().next_back().is_some_and(char::is_whitespace)
            && !p[j + len..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// The quotation marks of a paragraph from byte `from` on: (offset, mark, byte length). Two
/// apostrophes in a row (''…'', as some papers print) are one double mark.
fn quote_marks(p: &str, from: usize) -> impl Iterator<Item = (usize, char, usize)> + '_ {
    let bytes = p.as_bytes();
    let mut marks = MarkBytes::new(bytes);
    let mut i = from;
    std::iter::from_fn(move || loop {
        let at = marks.next_from(i)?;
        let c = p[at..].chars().next()?;
        i = at + c.len_utf8();
        match c {
            // the attributes of a markup tag are no speech: <tweet id="672…" author="@x">
            '<' if bytes
                .get(at + 1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/') =>
            {
                let tag = &bytes[at..bytes.len().min(at + 500)];
                if let Some(end) = tag
                    .iter()
                    .take_while(|b| **b != b'\n')
                    .position(|b| *b == b'>')
                {
                    i = at + end + 1;
                }
            }
            '\'' if bytes.get(at + 1) == Some(&b'\'') => {
                i = at + 2;
                return Some((at, '"', 2));
            }
            // a double mark typed for an apostrophe, as some wire copy does: Pakistan"s budget
            '"' if at > 0
                && bytes[at - 1].is_ascii_alphabetic()
                && bytes.get(at + 1) == Some(&b's')
                && !bytes.get(at + 2).is_some_and(|b| b.is_ascii_alphanumeric()) => {}
            '"' | '\'' | '\u{AB}' | '\u{BB}' | '\u{201C}' | '\u{201D}' | '\u{201E}'
            | '\u{2018}' | '\u{2019}' => return Some((at, c, c.len_utf8())),
            _ => {}
        }
    })
}

/// The bytes of a paragraph that may begin a quotation mark or a markup tag: `"`, `'`, `<`, or
/// the lead byte 0xC2 or 0xE2 of « » “ ” „ ‘ ’. The ASCII ones are looked for by `memchr3` up to
/// the next lead byte, and the lead bytes (rarer) by `memchr2`, once for all the places before
/// the next one.
struct MarkBytes<'a> {
    bytes: &'a [u8],
    /// Where lead bytes were last looked for, and the first found there (`None`: none to the
    /// end).
    next_lead: Option<(usize, Option<usize>)>,
}

impl<'a> MarkBytes<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        MarkBytes {
            bytes,
            next_lead: None,
        }
    }

    /// The first mark byte at or after `from`.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        let rest = self.bytes.get(from..)?;
        let lead = match self.next_lead {
            Some((looked_from, lead))
                if looked_from <= from && lead.is_none_or(|at| at >= from) =>
            {
                lead
            }
            _ => {
                let lead = memchr::memchr2(0xC2, 0xE2, rest).map(|i| from + i);
                self.next_lead = Some((from, lead));
                lead
            }
        };
        let before_lead = &rest[..lead.map_or(rest.len(), |at| at - from)];
        memchr::memchr3(b'"', b'\'', b'<', before_lead)
            .map(|i| from + i)
            .or(lead)
    }
}

/// The person a definite description that opens a sentence stands for ("The Governor" for
/// "Democratic Governor Tim Walz" named before), with the word after the description.
fn described_subject<'m>(
    ctx: &Ctx,
    masked: &'m Masked,
    base: usize,
    sentence: Range<usize>,
    antecedents: &[usize],
) -> Option<(usize, &'m str)> {
    let words = words_of(masked, base, sentence.clone());
    let (description, end) =
        description_at(&words).filter(|(d, _)| d.starts_with("The ") || d.starts_with("the "))?;
    let next = words.iter().find(|(r, _)| r.start >= end)?.1;
    match resolve(
        ctx,
        Who::Description(description),
        antecedents,
        sentence.start,
    ) {
        Who::Entity(e) => Some((e, next)),
        _ => None,
    }
}

/// The author of a statement the sentence before a short colon line tells of, when that line
/// only brings the statement in: "Member Peter Matthew Bauer shared a statement to explain what
/// the reunion has been like. Read it in full:" (the paragraphs after it are his).
fn statement_read_out(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sentences: &[Range<usize>],
) -> Option<usize> {
    let [.., before, last] = sentences else {
        return None;
    };
    let line = words_of(masked, base, last.clone());
    let brings_in = line.len() <= 6
        && line.iter().any(|(_, w)| {
            matches!(
                lower_case(w.trim_end_matches(':')).as_ref(),
                "read" | "reads" | "below" | "full"
            )
        })
        && mentions_in(ctx, last.clone()).all(|m| !person_like(ctx, m.entity));
    if !brings_in {
        return None;
    }
    let words = words_of(masked, base, before.clone());
    if !words.iter().any(|(_, w)| is_statement_noun(w)) {
        return None;
    }
    let (e, _) = sentence_subject(ctx, masked, base, before.clone())?;
    person_like(ctx, e).then_some(e)
}

/// The paragraph with quote contents replaced by `x`, so that only the frame is read.
fn mask(text: &str, para: Range<usize>, spans: &[Span]) -> String {
    let mut bytes = text.as_bytes()[para.clone()].to_vec();
    for s in spans {
        let range = s.content.start - para.start..s.content.end - para.start;
        // a closed quote's final full stop ends the sentence around it too: “… without
        // delay.” Clinton plans …
        let next = text[s.close_end..para.end].trim_start();
        // (so does an unclosed quote's cut before the writer's next sentence)
        let keep_stop = (s.closed || s.close_end < para.end)
            && text[s.content.clone()].trim_end().ends_with('.')
            && next.starts_with(char::is_uppercase);
        let last = text[s.content.clone()].trim_end().len() + range.start;
        for (i, b) in bytes[range.clone()].iter_mut().enumerate() {
            if !(keep_stop && range.start + i + 1 == last) {
                *b = b'x';
            }
        }
    }
    // a stock ticker is no word of the frame: "Newmont Mining Corp <NEM> said"
    let mut at = 0;
    while let Some(open) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + open + 1;
        at = match super::tokens::ticker_end_at(&bytes, start) {
            Some(close) => {
                bytes[start - 1..=close].fill(b' ');
                close + 1
            }
            None => start,
        };
    }
    // only ASCII bytes were written over whole UTF-8 sequences: still valid UTF-8
    String::from_utf8(bytes).unwrap_or_default()
}

/// Sentences also end before a quote that opens a sentence of its own after a full stop, a
/// question or an exclamation mark (“… where Mrs. Clinton also spoke. “Tolerance is …”): the
/// masked quote's first letter no longer shows the capital that would tell.
fn split_at_quoted_sentences(
    text: &str,
    spans: &[Span],
    mut sentences: Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    for span in spans {
        let opens_capitalised = text[span.content.clone()]
            .trim_start()
            .starts_with(char::is_uppercase);
        let after_stop = text[..span.open].trim_end().ends_with(['.', '!', '?']);
        if !opens_capitalised || !after_stop {
            continue;
        }
        let Some(i) = sentences
            .iter()
            .position(|r| r.start < span.open && span.open < r.end)
        else {
            continue;
        };
        let (start, end) = (sentences[i].start, sentences[i].end);
        sentences[i] = start..span.open;
        sentences.insert(i + 1, span.open..end);
    }
    sentences
}

/// Words that read as someone's full sentence, not a phrase, title or term: four words or more,
/// opening with a capital, and not every long word capitalised.
fn is_utterance(quote: &str) -> bool {
    let long = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    quote.whitespace_words().nth(3).is_some()
        && quote
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
        && quote
            .whitespace_words()
            .any(|w| long(w) && !w.starts_with(char::is_uppercase))
}

/// Whether the byte at `at` lies in a paragraph that only labels the topic of the answers
/// after it, as a press conference or interview is written up: "About Bruno Fernandes’
/// second penalty kick:", "On the injury to Smith:" (a short paragraph with no quote that
/// opens with "About", "On" or "Regarding" and ends with a colon, with no comma nor verb of
/// saying: not "On Tuesday, Smith said:" nor "On Friday, Kamala Harris took to social media:").
fn in_topic_label(text: &str, at: usize) -> bool {
    // (the line's end read first: most lines end in no colon)
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
    if !text[..end].trim_end().ends_with(':') {
        return false;
    }
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
    let Some(label) = text[start..end].trim().strip_suffix(':') else {
        return false;
    };
    matches!(
        label.whitespace_words().next(),
        Some("About" | "On" | "Regarding")
    ) && label.len() <= 160
        && !label.contains(['“', '”', '"', '.', ','])
        && !label.whitespace_words().any(is_speech_verb)
}

/// Whether the text before a quote ends in a chant that the quote gives: "reprised the chant",
/// "chanting" (not a slogan, which is its party's: "promised … with the slogan: “…”"; nor a
/// sign, which is its holder's: "Lori Bernstein held up a sign saying “…”").
fn after_a_chant(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ':']);
    matches!(last, "chant" | "chants" | "chanting" | "chanted")
}

/// Whether quotation marks hold a single letter or digit: “A” shares, class “B”.
fn names_a_letter(text: &str, span: &Span) -> bool {
    let content = text[span.content.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let mut chars = content.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// Quotation marks around a title of a work or a nickname are not speech.
fn is_title_or_name(text: &str, span: &Span) -> bool {
    // a stage direction in a transcript: "(CROSSTALK.)"
    let raw = text[span.content.clone()].trim();
    if raw.starts_with('(') && raw.trim_end_matches(['.', ',']).ends_with(')') {
        return true;
    }
    let content = text[span.content.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    // (no more than eleven words are read: a longer quote is no title)
    let Some(first) = content.whitespace_words().next() else {
        return false;
    };
    // how many words, and whether all of them and all the long ones are capitalised (titles
    // leave short prepositions in lower case: “The Nightly Show with Larry Wilmore”)
    let (mut words, mut all_capitalised) = (0, true);
    let (mut long, mut long_capitalised) = (0, true);
    for w in content.whitespace_words().take(11) {
        // (a number stands as a capital in a title: “60 Minutes”)
        let capitalised = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        words += 1;
        all_capitalised &= capitalised;
        if w.len() >= 4 && !matches!(w, "with" | "from" | "into" | "over" | "upon") {
            long += 1;
            long_capitalised &= capitalised;
        }
        // (a long word in lower case after the first makes no title, nor a lone pronoun: most
        // quotes are told so by their first words)
        if !long_capitalised && words > 1 {
            return false;
        }
    }
    if words > 10 {
        return false;
    }
    // (a name of short words is title case when all its words are: “Cia”)
    let title_case = if long == 0 {
        all_capitalised
    } else {
        long_capitalised && first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    // a pronoun named as a word: because “she” is a “he”
    if words == 1
        && matches!(
            lower_case(first).as_ref(),
            "he" | "she" | "him" | "her" | "his" | "hers" | "they" | "them" | "it"
        )
    {
        return true;
    }
    // every other title or name is in title case (most quotes are not: the words around them
    // are not read)
    if !title_case {
        return false;
    }
    let before: Vec<String> = text[..span.open]
        .whitespace_words()
        .rev()
        .take(3)
        .map(|w| w.trim_non_letters().to_lowercase())
        .collect();
    // (or a stock's symbol: "under the symbol “CGCO”"; or what a work's author or a tune makes:
    // "the author of “Hacked World Order”", "to the tune of “Silent Night”")
    let work_cue = before.iter().any(|w| {
        WORK_CUES.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "called" | "as" | "symbol" | "author" | "co-author" | "tune" | "episode"
            )
    });
    if work_cue {
        return true;
    }
    // a show named after its channel or before what it is: MSNBC's “Morning Joe”, CBS' “60
    // Minutes”, said on “Fox and Friends”, his “Keepin' It Real” radio program
    let after: Vec<String> = text[span.close_end..]
        .whitespace_words()
        .take(2)
        .map(|w| w.trim_non_letters().to_lowercase())
        .collect();
    // (or a channel's own noun: Fox News channel's “Sunday Morning Futures”)
    let channel = text[..span.open]
        .whitespace_words()
        .next_back()
        .is_some_and(|w| {
            let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"));
            (w.starts_with(char::is_uppercase)
                && (owner.is_some()
                    || w.strip_suffix(['\'', '\u{2019}'])
                        .is_some_and(|owner| owner.ends_with(['s', 'S']))))
                || owner.is_some_and(|o| {
                    matches!(o, "channel" | "network" | "station" | "show") || is_press_noun(o)
                })
        });
    // (on the air, or in a work: "a frontiersman in “The Revenant”")
    let on_air = before.first().is_some_and(|w| w == "on" || w == "in");
    // a work an appositive after it tells: “Twin Peaks,” the cult series that …
    // (its comma inside the marks or after them)
    let comma_inside = text[span.content.clone()].trim_end().ends_with(',');
    let after_close =
        text[span.close_end..].trim_start_matches(['\'', '\u{2019}', '"', '\u{201D}']);
    let work_set_off = after_close
        .strip_prefix(',')
        .or(Some(after_close).filter(|_| comma_inside))
        .is_some_and(|rest| {
            // (an appositive that opens with an article and names the work's kind in its first
            // words: not "…,” the senator said his campaign …")
            let words: Vec<String> = rest
                .whitespace_words()
                .take(4)
                .map(|w| w.trim_non_letters().to_lowercase())
                .collect();
            words
                .first()
                .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"))
                && words.iter().skip(1).any(|w| {
                    matches!(
                        w.as_str(),
                        "series"
                            | "film"
                            | "movie"
                            | "book"
                            | "novel"
                            | "song"
                            | "album"
                            | "show"
                            | "programme"
                            | "program"
                            | "musical"
                            | "documentary"
                            | "drama"
                            | "comedy"
                            | "sitcom"
                            | "procedural"
                            | "memoir"
                            | "biography"
                            | "podcast"
                            | "opera"
                            | "poem"
                    )
                })
        });
    // one of a list of such names: ''24,'' ''Prison Break'' and ''Gilmore Girls''
    let opens_quote = |s: &str| s.starts_with(['"', '\'', '\u{201C}', '\u{2018}']);
    let closes_quote = |s: &str| s.ends_with(['"', '\'', '\u{201D}', '\u{2019}']);
    let next_in_list = {
        let rest = text[span.close_end..].trim_start_matches([',', ' ']);
        let rest = rest
            .strip_prefix("and ")
            .or_else(|| rest.strip_prefix("or "))
            .unwrap_or(rest);
        opens_quote(rest)
    };
    let last_in_list = {
        let lead = text[..span.open].trim_end_matches([',', ' ']);
        let lead = lead
            .strip_suffix(" and")
            .or_else(|| lead.strip_suffix(" or"))
            .unwrap_or(lead)
            .trim_end_matches([',', ' ']);
        closes_quote(lead)
    };
    if words <= 6 && (work_set_off || next_in_list || last_in_list) {
        return true;
    }
    // (or a plan's name: the “Southern Africa” initiative, the “Star Wars” programme)
    let work_after = after.iter().any(|w| {
        WORK_CUES.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "initiative" | "campaign" | "project" | "plan" | "scheme" | "operation"
            )
    });
    if words <= 6 && (channel || on_air || work_after) {
        return true;
    }
    // a show or paper told something: the presumptive nominee told “Fox and Friends” (not
    // words someone was told, nor ones after a colon: "she was told “Go Away”")
    let lead = text[..span.open].trim_end();
    let mut lead_words = lead.whitespace_words().rev();
    let told = lead_words
        .next()
        .is_some_and(|w| matches!(w, "told" | "tells" | "telling"))
        && !lead_words.next().is_some_and(|w| {
            matches!(
                w,
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got"
            )
        });
    // a name that modifies the noun after it: a “Sky High” reception, the “Hillary for Prison”
    // shirts, Trump's “Make America Great Again” hats (an article, a possessive or an adjective
    // before, and a noun after: a word in lower case that is no verb, adverb nor function word)
    let modifies_a_noun = || {
        let (Some(prev), Some(next)) = (
            lead.whitespace_words().next_back(),
            text[span.close_end..].whitespace_words().next(),
        ) else {
            return false;
        };
        // (or an adjective: the blockbuster “Star Wars” sequel, his famous “Mission
        // Accomplished” appearance; no verb in "-ed", "-ing" or of saying: not "the crowd chanted
        // “Lock Her Up” during his speech")
        // (a word of four letters or more in lower case that is no past tense, verb of saying,
        // preposition, auxiliary nor adverb of a verb's: what both sides of the name must be)
        let content_word = |w: &str| {
            w.len() >= 4
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !w.ends_with("ed")
                && !is_speech_verb(w)
                && !is_preposition(w)
                && !is_verb_filler(w)
                && !matches!(
                    w,
                    "that"
                        | "were"
                        | "have"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "must"
                        | "does"
                        | "even"
                        | "just"
                )
        };
        let adjective = || {
            content_word(prev)
                && !prev.ends_with("ing")
                && !matches!(prev, "than" | "been" | "read")
        };
        let noun_before = matches!(
            prev,
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        ) || prev.ends_with("'s")
            || prev.ends_with("\u{2019}s")
            || adjective();
        let noun_after = content_word(next)
            && !next.contains('-')
            && !next.ends_with("ly")
            && !matches!(
                next,
                "which"
                    | "when"
                    | "while"
                    | "where"
                    | "they"
                    | "this"
                    | "these"
                    | "those"
                    | "there"
                    | "then"
                    | "during"
                    | "until"
                    | "because"
                    | "again"
                    | "several"
                    | "today"
                    | "twice"
                    | "once"
                    | "here"
                    | "before"
                    | "after"
                    | "since"
                    | "throughout"
                    | "every"
                    | "each"
                    | "many"
                    | "more"
                    | "most"
            );
        noun_before && noun_after && !lead.ends_with([':', ','])
    };
    if (2..=6).contains(&words) && (told || modifies_a_noun()) {
        return true;
    }
    // a section heading in quotation marks, alone on its line: “Legend in the Coal Fields.”
    let line_before = text[..span.open].rsplit('\n').next().unwrap_or("");
    let line_after = text[span.close_end..].split('\n').next().unwrap_or("");
    let bare = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
    if bare(line_before) && bare(line_after) {
        return true;
    }
    // Dwayne "The Rock" Johnson
    let prev_word = text[..span.open]
        .whitespace_words()
        .next_back()
        .unwrap_or("");
    let next_word = text[span.close_end..]
        .whitespace_words()
        .next()
        .unwrap_or("");
    words <= 3
        && prev_word.starts_with(char::is_uppercase)
        && next_word.starts_with(char::is_uppercase)
}

/// How many mentions start before byte `at`.
fn mentions_starting_before(ctx: &Ctx, at: usize) -> usize {
    ctx.mentions_before_block
        .count_before(at, ctx.mentions.len(), |k| ctx.mentions[k].range.start)
}

fn mentions_in<'a>(
    ctx: &'a Ctx,
    range: Range<usize>,
) -> impl DoubleEndedIterator<Item = &'a Mention> + 'a {
    let lo = mentions_starting_before(ctx, range.start);
    let hi = mentions_starting_before(ctx, range.end).max(lo);
    ctx.mentions[lo..hi].iter()
}

/// Whether a word stands inside a name past the name's first word: the words a limit on a
/// phrase's length does not count, so that a name counts as one ("Farhat Omar Ben Gadaravice").
fn past_a_names_first_word(ctx: &Ctx, word: &Range<usize>) -> bool {
    mention_covering(ctx, word.clone()).is_some_and(|m| m.range.start < word.start)
}

/// The mention that overlaps a word's range.
fn mention_covering<'a>(ctx: &Ctx<'a>, word: Range<usize>) -> Option<&'a Mention> {
    let hi = mentions_starting_before(ctx, word.end);
    ctx.mentions[..hi]
        .iter()
        .rev()
        .take(4)
        .find(|m| m.range.end > word.start)
}

fn is_speaker_kind(ctx: &Ctx, m: &Mention) -> bool {
    matches!(
        ctx.entities[m.entity].kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Other
    )
}

/// The masked text between two absolute offsets; empty when the range is not a valid one.
fn frame<'m>(masked: &'m Masked, base: usize, start: usize, end: usize) -> &'m str {
    let (Some(a), Some(b)) = (start.checked_sub(base), end.checked_sub(base)) else {
        return "";
    };
    masked.get(a..b.min(masked.len())).unwrap_or("")
}

/// A paragraph with its quotations masked (see [`mask`]), and its words found once: the
/// attribution rules read the words of many ranges of the same paragraph.
struct Masked<'a> {
    text: &'a str,
    /// The paragraph's offset in the article.
    base: usize,
    /// The maximal runs of word characters (letters, digits, apostrophes, hyphens, full stops)
    /// that make a word, as byte ranges of `text`, in order. A run that makes none (a masked
    /// quotation, or marks alone) is left out: no piece of it makes a word either.
    runs: Vec<Range<usize>>,
    /// The word of each run (see [`word_iter`]), with its absolute byte range.
    words: Vec<(Range<usize>, &'a str)>,
    /// Where the runs a range holds begin, by blocks of [`RUN_BLOCK`] bytes.
    runs_before_block: StartsBeforeBlock<RUN_BLOCK>,
}

/// The bytes of a block of [`Masked::runs_before_block`]: no more than eight runs start in one.
const RUN_BLOCK: usize = 16;

/// The ASCII bytes that belong to a run of word characters (see [`Masked::runs`]): letters,
/// digits, apostrophes, hyphens and full stops.
const RUN_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || matches!(byte, b'\'' | b'-' | b'.');
        b += 1;
    }
    table
};

impl<'a> Masked<'a> {
    /// The paragraph `text` at offset `base`, its runs and words found in one pass.
    fn new(text: &'a str, base: usize) -> Masked<'a> {
        let mut runs: Vec<Range<usize>> = Vec::with_capacity(text.len() / 5);
        let mut words = Vec::with_capacity(text.len() / 5);
        for_each_word_run(text, |start, end| {
            if let Some(word) = run_word(text, start, end) {
                runs.push(start..end);
                words.push((base + start..base + start + word.len(), word));
            }
        });
        let runs_before_block = StartsBeforeBlock::new(text.len(), runs.iter().map(|r| r.start));
        Masked {
            text,
            base,
            runs,
            words,
            runs_before_block,
        }
    }

    /// How many runs start before byte `at`.
    fn runs_starting_before(&self, at: usize) -> usize {
        self.runs_before_block
            .count_before(at, self.runs.len(), |k| self.runs[k].start)
    }

    /// How many runs end at or before byte `at`: those that start before it, but for one that
    /// goes on past it.
    fn runs_ending_by(&self, at: usize) -> usize {
        let started = self.runs_starting_before(at);
        started - usize::from(started > 0 && self.runs[started - 1].end > at)
    }

    /// The words of a range (see [`word_iter`]): the word of a run the range cuts, at its
    /// start and at its end, and those of the whole runs between. (Always inlined, into
    /// [`words_of`] and [`word_iter`]: out of line, its call cost a tenth of its work.)
    #[inline(always)]
    fn words_in(&self, base: usize, range: Range<usize>) -> WordsIn<'_> {
        debug_assert_eq!(
            base, self.base,
            "a paragraph's words are read with its offset"
        );
        let (a, b) = (
            range.start.saturating_sub(base),
            range.end.saturating_sub(base).min(self.text.len()),
        );
        let first = self.runs_ending_by(a);
        let last = self.runs_starting_before(b).max(first);
        let cut_word = |r: &Range<usize>| {
            let start = r.start.max(a);
            let word = run_word(self.text.get(..r.end.min(b))?, start, r.end.min(b))?;
            Some((base + start..base + start + word.len(), word))
        };
        let cut = |r: &Range<usize>| r.start < a || r.end > b;
        let (mut whole_start, mut whole_end) = (first, last);
        let mut head = None;
        let mut tail = None;
        if first < last && cut(&self.runs[first]) {
            head = cut_word(&self.runs[first]);
            whole_start += 1;
        }
        if whole_start < whole_end && cut(&self.runs[last - 1]) {
            tail = cut_word(&self.runs[last - 1]);
            whole_end -= 1;
        }
        let whole = &self.words[whole_start..whole_end.max(whole_start)];
        WordsIn { head, whole, tail }
    }
}

/// Calls `on_run` with the start and end of each maximal run of word characters of `text`
/// (letters, digits, apostrophes, hyphens, full stops: see [`RUN_BYTES`]), in order. Eight
/// bytes at a time while they are ASCII (SWAR): which of them belong to a run is worked out at
/// once, as eight bits, and the runs start and end where those bits change; a character at a
/// time otherwise. Eight `x`s (a masked quotation's) are all in one run, which they open when
/// none is open: they are passed over at once.
#[inline(always)]
fn for_each_word_run(text: &str, mut on_run: impl FnMut(usize, usize)) {
    use crate::swar::{read, HIGH, ONES};
    let bytes = text.as_bytes();
    // where the run being read began
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(x) = read(bytes, i).filter(|x| x & HIGH == 0) {
            let xs = ONES * u64::from(b'x');
            if x == xs {
                open.get_or_insert(i);
                i += 8;
                while read(bytes, i) == Some(xs) {
                    i += 8;
                }
                continue;
            }
            let in_run = run_byte_bits(x);
            // where runs start (a byte in one after one in none) and end (the first byte past
            // one), as bits: they alternate, so the k-th end left after the run left open is
            // that of the k-th start, and a start left over opens a run
            let before = (in_run << 1) | u32::from(open.is_some());
            let mut starts = in_run & !before;
            let mut ends = !in_run & before & 0xFF;
            while ends != 0 {
                let start = open.take().unwrap_or_else(|| {
                    let start = i + starts.trailing_zeros() as usize;
                    starts &= starts - 1;
                    start
                });
                let end = i + ends.trailing_zeros() as usize;
                ends &= ends - 1;
                on_run(start, end);
            }
            if starts != 0 {
                open = Some(i + starts.trailing_zeros() as usize);
            }
            i += 8;
            continue;
        }
        let (in_run, width) = match bytes[i] {
            b if b.is_ascii() => (RUN_BYTES[b as usize], 1),
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric() || c == '\u{2019}', c.len_utf8())
            }
        };
        match open {
            Some(start) if !in_run => {
                on_run(start, i);
                open = None;
            }
            None if in_run => open = Some(i),
            _ => {}
        }
        i += width;
    }
    if let Some(start) = open {
        on_run(start, bytes.len());
    }
}

/// Which of eight ASCII bytes (read as one number, the first lowest) belong to a run of word
/// characters ([`RUN_BYTES`]), as the eight low bits, the first byte's lowest.
#[inline]
fn run_byte_bits(x: u64) -> u32 {
    use crate::swar::{in_range, ONES};
    // (a capital and its small letter differ by the bit 0x20 alone)
    let letters = in_range(x | (ONES * 0x20), b'a', b'z');
    let digits = in_range(x, b'0', b'9');
    let marks = in_range(x, b'-', b'.') | in_range(x, b'\'', b'\'');
    // each byte's top bit moved to its lowest, and the eight gathered into the top byte by a
    // multiplication (no two of the products' bits meet)
    let flags = (letters | digits | marks) >> 7;
    (flags.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
}

/// The word of the run of word characters `start..end` of `text`: without the stops,
/// apostrophes and hyphens it ends in; none when nothing is left or it is a masked quotation
/// (`xxx`).
#[inline]
fn run_word(text: &str, start: usize, end: usize) -> Option<&str> {
    // (the marks trimmed are ASCII but for the closing quote ’, E2 80 99 in UTF-8: the bytes
    // left end on a character boundary when `start..end` is a whole text, and the text is
    // sliced once, to them)
    let mut bytes = text.as_bytes().get(start..end)?;
    // (most words end in a letter or a digit, from `0` up, which no mark trimmed is)
    if !(b'0'..0x80).contains(bytes.last()?) {
        loop {
            match bytes {
                [rest @ .., b'.' | b'\'' | b'-'] => bytes = rest,
                [rest @ .., 0xE2, 0x80, 0x99] => bytes = rest,
                _ => break,
            }
        }
    }
    // (the first byte read alone: most words do not open with an x)
    match bytes.first() {
        None => None,
        Some(b'x') if all_x(bytes) => None,
        Some(_) => text.get(start..start + bytes.len()),
    }
}

/// Whether every byte is an `x`, as a masked quotation's are: eight bytes at a time (SWAR), as
/// a long quotation is one long run of them. (Out of line: few words open with an x, and the
/// word finder it is called from stays small enough to be inlined.)
#[inline(never)]
fn all_x(bytes: &[u8]) -> bool {
    use crate::swar::{read, ONES};
    let mut at = 0;
    while let Some(x) = read(bytes, at) {
        if x != ONES * u64::from(b'x') {
            return false;
        }
        at += 8;
    }
    bytes.get(at..).unwrap_or(&[]).iter().all(|&b| b == b'x')
}

/// The words of a range of a [`Masked`] paragraph: those of whole runs borrowed, with the
/// words of the runs the range cuts at either end.
struct WordsIn<'m> {
    head: Option<(Range<usize>, &'m str)>,
    whole: &'m [(Range<usize>, &'m str)],
    tail: Option<(Range<usize>, &'m str)>,
}

impl std::ops::Deref for Masked<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.text
    }
}

/// Words of a masked range with their absolute byte ranges: borrowed from the paragraph's
/// words unless the range cuts a word.
fn words_of<'m>(
    masked: &'m Masked,
    base: usize,
    range: Range<usize>,
) -> Cow<'m, [(Range<usize>, &'m str)]> {
    let words = masked.words_in(base, range);
    if words.head.is_none() && words.tail.is_none() {
        Cow::Borrowed(words.whole)
    } else {
        let mut all = Vec::with_capacity(words.whole.len() + 2);
        all.extend(words.head);
        all.extend_from_slice(words.whole);
        all.extend(words.tail);
        Cow::Owned(all)
    }
}

/// The words of [`words_of`], one at a time: the runs of word characters inside the range,
/// without the stops, apostrophes and hyphens they end in; masked quotations (`xxx`) are no
/// words.
fn word_iter<'m>(
    masked: &'m Masked,
    base: usize,
    range: Range<usize>,
) -> impl Iterator<Item = (Range<usize>, &'m str)> + 'm {
    let words = masked.words_in(base, range);
    words
        .head
        .into_iter()
        .chain(words.whole.iter().cloned())
        .chain(words.tail)
}

/// A verb of saying, written in lower case as verbs are in running text ("States" is no verb),
/// including those that say how something was said ("mused", "exhorted": see the gazetteer).
fn is_speech_verb(word: &str) -> bool {
    // (an ASCII first letter read as a byte: most words open with one)
    let lower_first = match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.starts_with(char::is_lowercase),
    };
    lower_first && GAZETTEER.is_saying_verb(word)
}

/// A finite verb that rates or names something without being one of saying: the subject of
/// "PolitiFact rated the claim “false”" or "the panel deemed him “well qualified”" gave the term.
fn is_characterising_verb(word: &str) -> bool {
    matches!(
        word,
        "rated"
            | "rates"
            | "deemed"
            | "deems"
            | "termed"
            | "terms"
            | "referred"
            | "refers"
            | "branded"
            | "brands"
            | "dubbed"
            | "dubs"
            | "labelled"
            | "labeled"
            | "labels"
            | "hailed"
            | "hails"
            | "defended"
            | "defends"
    )
}

/// Whether `words[i]` is a verb or adjective of someone's view or intent, which makes a short
/// phrase quoted after it the subject's words: "it is expecting “significant improvements”",
/// "he is confident problems can be “ironed out”", "It also plans to develop a “worldwide
/// entertainment concept”". An adjective only after a form of "be"; a verb in "-s" only after
/// its subject or an adverb (not the nouns of "played down fears of a “double-dip”"); one in
/// "-ed" not after a form of "be" nor a determiner (not "He is expected to announce a
/// “radical” shake-up").
fn stance_at(words: &[(Range<usize>, &str)], i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |k| words[k].1);
    let after_be = is_be_form(before) || matches!(before, "remains" | "remained");
    match words[i].1 {
        "confident" | "concerned" | "optimistic" | "hopeful" | "convinced" => after_be,
        "expects" | "plans" | "hopes" | "fears" => {
            before.starts_with(char::is_uppercase)
                || matches!(
                    before,
                    "he" | "she" | "it" | "they" | "also" | "still" | "now"
                )
                || before.ends_with("ly")
        }
        "expected" | "planned" | "hoped" | "feared" => {
            !after_be && !matches!(before, "the" | "a" | "an" | "as")
        }
        "expecting" => true,
        _ => false,
    }
}

/// Nouns for a medium that may follow its name before the verb: "The Sunday Mail newspaper
/// branded", "Rolling Stone magazine called" (a paper's, or a website's, an agency's or a
/// broadcaster's).
fn is_medium_noun(word: &str) -> bool {
    is_press_noun(word)
        || matches!(
            word,
            "website" | "agency" | "channel" | "network" | "broadcaster"
        )
}

/// Whether a word of saying after `owner` (and the `gap` between them) is a noun it owns: any
/// after a plural possessive ("analysts' estimates"), one in "-s" after a possessive "'s" ("the
/// company's claims"; "he's claimed" may be "he has claimed").
fn owned_noun(owner: &str, gap: &str, word: &str) -> bool {
    let plural_owner =
        owner.len() > 2 && owner.ends_with('s') && gap.starts_with(['\'', '\u{2019}']);
    let owner_s = owner.len() > 2 && (owner.ends_with("'s") || owner.ends_with("\u{2019}s"));
    plural_owner || (owner_s && word.ends_with('s') && !word.ends_with("ss"))
}

/// Whether a lower-case word may be a finite verb: a past in "-ed", a verb of saying, or one of
/// the commonest irregular ones ("rose", "fell", "was").
fn may_be_a_verb(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.', ';']);
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (w.ends_with("ed")
            || is_finite_speech_verb(w)
            || matches!(
                w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "had"
                    | "have"
                    | "rose"
                    | "fell"
                    | "grew"
                    | "won"
                    | "lost"
                    | "made"
                    | "took"
                    | "came"
                    | "went"
                    | "gave"
                    | "got"
                    | "saw"
                    | "began"
                    | "rises"
                    | "falls"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
            ))
}

/// Where, among the first `within` words, a document's noun stands that what it is about
/// follows: "report" of "the FAO report on farming", "study" of "a study into …".
fn document_and_its_subject(words: &[(Range<usize>, &str)], within: usize) -> Option<usize> {
    words
        .iter()
        .take(within)
        .enumerate()
        .position(|(i, (_, w))| {
            is_document_noun(w)
                && words
                    .get(i + 1)
                    .is_some_and(|(_, w)| matches!(*w, "on" | "into" | "about" | "for" | "from"))
        })
}

/// A verb of saying in a finite form ("said", "claims"), not a noun-like base ("state").
fn is_finite_speech_verb(word: &str) -> bool {
    // (the ending read first: most words have none of these, and need no look-up)
    (word.ends_with("ed") || word.ends_with('s') || matches!(word, "said" | "told" | "wrote"))
        && is_speech_verb(word)
}

/// Whether the word at `i` is a finite verb of saying in its place: "states" only before "that"
/// ("the report states that …"; not "in all EU member states").
fn finite_speech_verb_at(words: &[(Range<usize>, &str)], i: usize) -> bool {
    let w = words[i].1;
    is_finite_speech_verb(w) && (w != "states" || words.get(i + 1).is_some_and(|n| n.1 == "that"))
}

/// A word without the possessive endings it ends in, as
/// `word.trim_end_matches("'s").trim_end_matches("\u{2019}s")` (without setting up a substring
/// search for each).
fn without_possessives(word: &str) -> &str {
    let mut word = word;
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("\u{2019}s") {
        word = rest;
    }
    word
}

/// Whether [`pronoun`] finds a word one, told without the description it makes.
fn is_he_or_she(word: &str) -> bool {
    let word = without_possessives(word);
    matches!(word.len(), 2 | 3) && matches!(lower_case(word).as_ref(), "he" | "she")
}

fn pronoun(word: &str) -> Option<Who> {
    let word = without_possessives(word);
    // (of the two or three bytes of "he" or "she" in any case: most words are told at once)
    if !matches!(word.len(), 2 | 3) {
        return None;
    }
    match lower_case(word).as_ref() {
        "he" | "she" => Some(Who::Description(word.to_lowercase())),
        _ => None,
    }
}

/// Whether a description may head reported speech, to be resolved by the caller: a pronoun for
/// a person, a body ("the company said …", "the association said …"), a document ("the report
/// said …"), an unnamed person ("a spokesman said …", kept so that a later "he" is that person).
fn may_report(description: &str) -> bool {
    description == "he"
        || description == "she"
        || body_noun(description).is_some()
        || names_a_document(description)
        || names_the_press(description)
        || describes_an_unnamed_person(description)
        || names_a_role_of_something(description)
}

/// Whether a description opens with "the" and a role held of, for or at something: "the head
/// of another foreign bank" (see [`role_of_something`]).
fn names_a_role_of_something(description: &str) -> bool {
    let words: Vec<&str> = description.whitespace_words().take(5).collect();
    words.first().is_some_and(|w| is_the(w))
        && role_held_of(&words, |w| is_role(w) || person_noun(w).is_some()).is_some()
}

/// Where the noun for a role (`is_role_noun`) stands among the three words after a
/// description's first, when "of", "for" or "at" follows it: 2 of "the chief executive of …".
fn role_held_of(words: &[&str], is_role_noun: impl Fn(&str) -> bool) -> Option<usize> {
    (1..words.len().min(4)).find(|&i| {
        is_role_noun(words[i]) && matches!(words.get(i + 1), Some(&("of" | "for" | "at")))
    })
}

/// Whether a description is of an unnamed person: "a company spokesman", "one official", "the
/// spokeswoman" (whose words stay unnamed unless the article gave someone that role).
fn describes_an_unnamed_person(description: &str) -> bool {
    let head = description.rsplit(' ').next().unwrap_or(description);
    let first = description.split(' ').next().unwrap_or("");
    let unnamed = matches!(
        first.to_ascii_lowercase().as_str(),
        "a" | "an" | "one" | "another"
    ) || matches!(
        role_class(&head.to_ascii_lowercase()),
        Some("spokes" | "official")
    );
    unnamed && person_noun(head).is_some()
}

/// "it" (at `at`) for the latest body that spoke, in this paragraph or one of the two before:
/// "Texaco Inc said … It said …".
fn body_pronoun(ctx: &Ctx, word: &str, at: usize) -> Option<Who> {
    if word == "they" || word == "They" {
        return body_they(ctx, at);
    }
    if word != "it" && word != "It" {
        return None;
    }
    // (or, with no body that spoke lately, the body that opened the sentence before: "GNA gave
    // no details on the outcome of today's talks. It said only, “…”")
    let Some(BodySpoke {
        entity: e,
        paragraph,
        sentence_end,
    }) = ctx.last_body.get()
    else {
        return body_it(ctx, at);
    };
    if paragraph + 2 < ctx.paragraph.get() {
        return body_it(ctx, at);
    }
    // (the body the article is about, when it is named more than twice as often: "IBM … the New
    // York Times reports … The company said it wanted … what it called")
    // (not over a body that spoke in the sentence right before: "Sedgwick Group Plc said it
    // supported Lloyd's proposals. It said in a statement, “…”")
    let between = ctx.text.get(sentence_end..at).unwrap_or(".");
    if between.trim().is_empty() {
        return Some(Who::Entity(e));
    }
    let salient = salient_body(ctx, at, false, |_| true).filter(|&(_, count)| {
        let named_before = ctx
            .mentions
            .iter()
            .take_while(|m| m.range.start < at)
            .filter(|m| m.entity == e)
            .count();
        count > 2 * named_before
    });
    Some(Who::Entity(salient.map_or(e, |(s, _)| s)))
}

/// "It" (at `at`, opening its sentence) for the body that opened the sentence right before, when
/// that sentence names no document "it" may be: not "Scotland Yard received a letter on Monday.
/// It said: “…”".
fn body_it(ctx: &Ctx, at: usize) -> Option<Who> {
    let is_document = |w: &str| {
        matches!(
            w,
            "letter" | "statement" | "report" | "note" | "message" | "document" | "memo"
        )
    };
    // (a document that opens the sentence before, whose author is known, is what "it" stands
    // for, its words its author's: "The report echoed warnings by … Michael Bruno … “…,” it
    // said." after a quote that opens its sentence, "The letter also accuses … It also accused
    // …")
    let authored = |previous: Range<usize>| {
        let mut words = ctx.text[previous]
            .whitespace_words()
            .map(|w| w.trim_non_letters());
        match (words.next(), words.next()) {
            (Some("The"), Some(noun)) if is_document(noun) => {
                document_author(ctx, noun, at).map(|(e, _)| Who::Entity(e))
            }
            _ => None,
        }
    };
    let after_a_quote = opening_of_quote_ending_at(ctx.text, at)
        .and_then(|open| sentence_before(ctx.text, open))
        .and_then(authored);
    if after_a_quote.is_some() {
        return after_a_quote;
    }
    let Some(previous) = sentence_before(ctx.text, at) else {
        return body_opening_the_sentence_of(ctx, at);
    };
    if let Some(author) = authored(previous.clone()) {
        return Some(author);
    }
    if ctx.text[previous.clone()]
        .whitespace_words()
        .any(|w| is_document(w.trim_non_letters()))
    {
        return None;
    }
    body_of_sentence_before(ctx, previous, at)
}

/// "It" inside a sentence (at `at`) for the one body named before it there, when that body opens
/// the sentence: "Qantas shares fell almost 3%, however, after it warned that …".
fn body_opening_the_sentence_of(ctx: &Ctx, at: usize) -> Option<Who> {
    let start = ctx.sentence_start.get();
    if start > at {
        return None;
    }
    let lead = ctx.text[start..at].trim_start();
    let subject_start = at - lead.len() + lead.strip_prefix("The ").map_or(0, |_| 4);
    // (nobody else named in between: "WASHINGTON -- President Barack Obama … said it would")
    let mut named = ctx
        .mentions
        .iter()
        .skip_while(|m| m.range.start < start)
        .take_while(|m| m.range.end <= at);
    let first = named
        .next()
        .filter(|m| m.range.start == subject_start && is_body(ctx, m.entity))?;
    named
        .all(|m| m.entity == first.entity || !is_speaker_kind(ctx, m))
        .then_some(Who::Entity(first.entity))
}

/// "they" (at `at`, opening its sentence) for the body that opened the sentence right before as
/// its subject, or spoke in it: "The Liberal Democrats want to do away with the council tax.
/// They say …" (a party or a company, not people named before); past up to two sentences that
/// go on about "they" themselves: "The Liberal Democrats want … The rate would be set locally
/// … which they say would save £300m. They say …".
fn body_they(ctx: &Ctx, at: usize) -> Option<Who> {
    let mut previous = sentence_before(ctx.text, at)?;
    for _ in 0..2 {
        if let Some(body) = body_of_sentence_before(ctx, previous.clone(), at) {
            return Some(body);
        }
        // (a sentence of theirs: "They" opens it, or a clause's "they" is in it, "which they
        // say"; not "Doctors say their pay has fallen", nor one in another paragraph)
        let sentence = &ctx.text[previous.clone()];
        let mut words = sentence.whitespace_words();
        let opens_with_they = words.next().is_some_and(|w| w == "They");
        let clause_they = words.clone().zip(words.skip(1)).any(|(before, w)| {
            w == "they"
                && matches!(
                    before,
                    "which" | "that" | "who" | "as" | "where" | "what" | "because" | "if"
                )
        });
        if !opens_with_they && !clause_they {
            return None;
        }
        let opening = previous.end - sentence.trim_start().len();
        let before = sentence_before(ctx.text, opening)?;
        if ctx.text[before.end..opening].contains('\n') {
            return None;
        }
        previous = before;
    }
    body_of_sentence_before(ctx, previous, at)
}

/// The sentence before the one that the word at `at` opens (a paragraph's end ends one too), or
/// `None` when that word does not open its sentence.
fn sentence_before(text: &str, at: usize) -> Option<Range<usize>> {
    let sentence_end_before = |end: usize| text[..end].trim_end().rfind(['.', '!', '?', '\n']);
    let this_start_mark = sentence_end_before(at)?;
    // (past a word that links the sentence to the one before: "However they said …", "But it
    // said …")
    let lead = text[this_start_mark + 1..at].trim();
    let linking = lead.trim_end_matches(',');
    if !lead.is_empty()
        && !matches!(
            linking,
            "But" | "And" | "However" | "Yet" | "Still" | "Meanwhile" | "Instead" | "Now"
        )
    {
        return None;
    }
    let previous_start = sentence_end_before(this_start_mark).map_or(0, |p| p + 1);
    Some(previous_start..this_start_mark)
}

/// Where the quotation opens that ends right before `at` (past its comma): the opening mark of
/// `“…,” it said` or `"…," it said`.
fn opening_of_quote_ending_at(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].trim_end();
    if let Some(inside) = head.strip_suffix('\u{201D}') {
        return inside.rfind('\u{201C}');
    }
    let inside = head.strip_suffix('"')?;
    inside.rfind('"')
}

/// The body that opens the sentence `previous` as its subject, or spoke in it (before `at`).
fn body_of_sentence_before(ctx: &Ctx, previous: Range<usize>, at: usize) -> Option<Who> {
    let lead = ctx.text[previous.clone()].trim_start();
    let lead_start = previous.end - lead.len();
    let subject_start = lead_start + lead.strip_prefix("The ").map_or(0, |_| 4);
    let opens = ctx
        .mentions
        .iter()
        .find(|m| m.range.start >= previous.start)
        .filter(|m| m.range.start == subject_start && !m.possessive)
        .filter(|m| is_body(ctx, m.entity))
        .map(|m| m.entity);
    let spoke = ctx
        .last_body
        .get()
        .filter(|spoke| spoke.sentence_end > previous.start && spoke.sentence_end <= at)
        .map(|spoke| spoke.entity);
    opens.or(spoke).map(Who::Entity)
}

/// How the text described the unnamed speaker a "he" or "she" of gender `want` stands for, when
/// one that fits spoke after every named speaker ("A company spokesman said … “…,” he said").
fn unnamed_speaker_description(ctx: &Ctx, want: Gender) -> Option<String> {
    ctx.unnamed_speaker
        .borrow()
        .as_ref()
        .filter(|(gender, _)| *gender == want || *gender == Gender::Unknown)
        .map(|(_, description)| description.clone())
}

/// Keeps an unnamed person who speaks ("a company spokesman", "the official") as the one a
/// later "he" or "she" of the right gender stands for.
fn note_unnamed_speaker(ctx: &Ctx, who: &Who) {
    if let Who::Description(d) = who {
        if d == "he" || d == "she" {
            return;
        }
        if let Some(gender) = person_noun(d.rsplit(' ').next().unwrap_or(d)) {
            ctx.unnamed_speaker.replace(Some((gender, d.clone())));
        }
    }
}

/// Keeps `e` as the body a later "it" or "the company" stands for, when it is one.
fn note_body(ctx: &Ctx, e: usize, sentence_end: usize) {
    if is_body(ctx, e) {
        ctx.last_body.set(Some(BodySpoke {
            entity: e,
            paragraph: ctx.paragraph.get(),
            sentence_end,
        }));
    }
}

/// Keeps `e` as the author of the statement or letter its sentence says it spoke in
/// ("Merrill Lynch said in a statement", "Bofors said in a statement"), for a later "the
/// statement said".
fn note_statement(ctx: &Ctx, masked: &Masked, base: usize, sent: Range<usize>, e: usize) {
    let frame = frame(masked, base, sent.start, sent.end);
    static IN_A: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" in a "));
    // (or a sentence that opens with it: "In a statement detailing the bans, Valve said")
    let opening = frame.trim_start().strip_prefix("In a ");
    // (or its own: "the OECD said in its latest Financial Market Trends report")
    static IN_ITS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" in its "));
    let in_a_document = opening
        .into_iter()
        .chain(needle_places(&IN_A, frame.as_bytes()).map(|i| &frame[i + " in a ".len()..]))
        .chain(needle_places(&IN_ITS, frame.as_bytes()).map(|i| &frame[i + " in its ".len()..]))
        .find_map(|rest| {
            // (past its adjectives and a title: "written statement", "latest Financial Market
            // Trends report")
            let noun = rest
                .split(' ')
                .take(5)
                .take_while(|w| !matches!(*w, "to" | "of" | "for" | "that" | "and" | "the"))
                .map(|w| w.trim_end_matches([',', '.']))
                .find(|w| is_document_noun(w))?;
            ["statement", "letter", "report"]
                .into_iter()
                .find(|&n| n == noun)
        });
    // (or who issued one: "President Obama released a statement Thursday night condemning …")
    static A_STATEMENT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" a statement"));
    // (by the subject, not inside what it says: "Manager Tom Smith said the club had issued a
    // statement")
    // (read from the subject's name, when the sentence names it: "Following a swiftly called
    // meeting, the Security Council issued a statement")
    let issued = || {
        needle_places(&A_STATEMENT, frame.as_bytes()).any(|i| {
            let verb = frame[..i].rsplit(' ').next().unwrap_or("");
            let from = mentions_in(ctx, sent.start..sent.start + i)
                .rfind(|m| m.entity == e)
                .map_or(0, |m| m.range.end - sent.start);
            matches!(verb, "released" | "issued" | "releases" | "issues")
                && !frame
                    .get(from..i)
                    .unwrap_or("")
                    .whitespace_words()
                    .any(|w| is_finite_speech_verb(w.trim_non_letters()))
        })
    };
    if let Some(noun) = in_a_document.or_else(|| issued().then_some("statement")) {
        ctx.last_statement.set(Some(Statement {
            author: e,
            noun,
            paragraph: ctx.paragraph.get(),
            sentence_end: sent.end,
        }));
    }
}

/// The places of a finder's needle in a haystack, in order and not overlapping, as `find_iter`
/// gives them, without the copy of the finder that `find_iter` makes for each haystack.
fn needle_places<'h>(
    finder: &'h memchr::memmem::Finder<'static>,
    haystack: &'h [u8],
) -> impl Iterator<Item = usize> + 'h {
    let step = finder.needle().len().max(1);
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + finder.find(haystack.get(from..)?)?;
        from = at + step;
        Some(at)
    })
}

/// Whether an entity is a body: an organisation, not one that reads as a person.
fn is_body(ctx: &Ctx, e: usize) -> bool {
    ctx.entities[e].kind == EntityKind::Organization && !person_like(ctx, e)
}

/// Whether a sentence opens with a thing it goes on about, which a later "it" may stand for:
/// "The guidance published on Tuesday said … , it said", "The report said" (not "The company
/// said", "The minister said", nor a quotation: "“The broader impact will be substantial,” the
/// IMF said").
fn opens_with_a_thing(text: &str, sent: Range<usize>) -> bool {
    let sentence = text[sent].trim_start();
    if sentence.starts_with(['"', '\u{201c}', '\u{2018}', '\'']) {
        return false;
    }
    let mut words = sentence
        .whitespace_words()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    matches!(first, "The" | "This" | "That" | "Its")
        && second.bytes().all(|b| b.is_ascii_lowercase())
        && !second.is_empty()
        && !is_body_noun(second)
        && person_noun(second).is_none()
}

/// Whether an entity is a body the text named by its owner and a noun in lower case ("the
/// Chinese commerce ministry": see `entities::add_described_bodies`).
fn is_described_body(ctx: &Ctx, e: usize) -> bool {
    let entity = &ctx.entities[e];
    entity.kind == EntityKind::Organization
        && entity
            .name
            .rsplit(' ')
            .next()
            .is_some_and(|noun| crate::extract::entities::DESCRIBED_BODY_NOUNS.contains(&noun))
}

/// A subject at `pos`: a mention, a pronoun, or an anonymous description.
fn subject_at(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    pos: usize,
    limit: usize,
) -> Option<(Who, usize)> {
    if let Some(m) = mentions_in(ctx, pos..pos + 1).next() {
        if is_speaker_kind(ctx, m) && !m.possessive {
            return Some((Who::Entity(m.entity), m.range.end));
        }
    }
    let words = words_of(masked, base, pos..limit);
    let (r, w) = words.first()?;
    if r.start != pos {
        return None;
    }
    if let Some(p) = pronoun(w).or_else(|| body_pronoun(ctx, w, r.start)) {
        return Some((p, r.end));
    }
    // a body named by its owner after "the": "The Chinese commerce ministry", "The UN's refugee
    // agency" (whose mention starts past the owner)
    if is_the(w) {
        let body = words[1..].iter().take(2).find_map(|(r, _)| {
            mentions_in(ctx, r.start..r.start + 1)
                .find(|m| m.range.start == r.start && is_described_body(ctx, m.entity))
        });
        if let Some(m) = body {
            return Some((Who::Entity(m.entity), m.range.end));
        }
    }
    if let Some(found) = document_by_its_author_saying(ctx, &words) {
        return Some(found);
    }
    description_at(&words)
        .map(|(d, end)| (Who::Description(d), end))
        .or_else(|| {
            // (a document that says, not one a clause inside someone's words is about: "said the
            // PPI report was “much less alarming”")
            let (who, end) = authored_document(ctx, &words, pos)?;
            let next = words.iter().find(|(r, _)| r.start >= end)?.1;
            (is_finite_speech_verb(next) || next == "reads").then_some((who, end))
        })
}

/// A paper or agency named before its noun, at the start of `words`: "the official Tass news
/// agency", "the influential Mercurio newspaper", "Vedomosti newspaper" ("the" and up to two
/// lower-case words after it, the name, and the medium's noun); the name and where the noun
/// ends.
fn medium_after_adjectives(ctx: &Ctx, words: &[(Range<usize>, &str)]) -> Option<(Who, usize)> {
    let article = usize::from(is_the(words.first()?.1));
    let last = if article == 1 { 3 } else { 0 };
    let (name_at, m) = (article..=last).find_map(|j| {
        let (r, _) = words.get(j)?;
        let adjectives = words[article..j].iter().all(|(_, w)| {
            w.starts_with(char::is_lowercase)
                && !is_speech_verb(w)
                && !is_preposition(w)
                && !matches!(*w, "and" | "or")
        });
        let m = mention_covering(ctx, r.clone())
            .filter(|m| adjectives && m.range.start == r.start && !m.possessive)
            .filter(|m| is_speaker_kind(ctx, m) && !person_like(ctx, m.entity))?;
        Some((j, m))
    })?;
    let mut after = words[name_at..]
        .iter()
        .skip_while(|(r, _)| r.end <= m.range.end)
        .peekable();
    if after.peek().is_some_and(|(_, w)| *w == "news") {
        after.next();
    }
    let (noun, _) = after.next().filter(|(_, w)| is_medium_noun(w))?;
    Some((Who::Entity(m.entity), noun.end))
}

/// A document and its author named after it, at the start of `words`: "a study by Credit
/// Suisse", "A statement from Exxon Corp", "a document issued by the PMDB", "a statement issued
/// after a meeting of the IGGI" (an article, at most two lower-case words, the document's noun,
/// "by" or "from" or a meeting it came out of, the name); the author's mention.
fn document_by_its_author<'m>(ctx: &'m Ctx, words: &[(Range<usize>, &str)]) -> Option<&'m Mention> {
    if !matches!(lower_case(words.first()?.1).as_ref(), "a" | "an" | "the") {
        return None;
    }
    let noun = document_noun_after_determiner(words)?;
    // (past a participle: "a document issued by the PMDB"; or the meeting it came out of: "a
    // statement issued after a two day meeting of the Inter Governmental Group on Indonesia")
    let issued = words
        .get(noun + 1)
        .is_some_and(|(_, w)| is_issuing_participle(w));
    let by = noun + 1 + usize::from(issued);
    let author = match words.get(by)?.1 {
        "by" | "from" => by + 1,
        _ if issued => {
            let meeting = (by..words.len().min(by + 8)).find(|&k| is_meeting_noun(words[k].1))?;
            let between: Vec<&str> = words[by..meeting].iter().map(|(_, w)| *w).collect();
            if !came_out_of_a_meeting(&between) || words.get(meeting + 1)?.1 != "of" {
                return None;
            }
            meeting + 2
        }
        _ => return None,
    };
    let name = author + usize::from(is_the(words.get(author)?.1));
    let from = words.get(name)?.0.start;
    mentions_in(ctx, from..from + 1)
        .next()
        .filter(|m| is_speaker_kind(ctx, m) && !m.possessive)
}

/// Where the noun for a document stands after the first word (a determiner), past at most two
/// lower-case words: 2 in "the new report", 3 in "a quarterly economic study".
fn document_noun_after_determiner(words: &[(Range<usize>, &str)]) -> Option<usize> {
    let noun = words
        .iter()
        .take(4)
        .skip(1)
        .take_while(|(_, w)| w.bytes().all(|b| b.is_ascii_lowercase()))
        .position(|(_, w)| is_document_noun(w))?;
    Some(noun + 1)
}

/// [`document_by_its_author`] as a subject a verb of saying follows: "A statement from Exxon
/// Corp said".
fn document_by_its_author_saying(
    ctx: &Ctx,
    words: &[(Range<usize>, &str)],
) -> Option<(Who, usize)> {
    let m = document_by_its_author(ctx, words)?;
    let verb = words.iter().find(|(r, _)| r.start >= m.range.end)?.1;
    is_finite_speech_verb(verb).then_some((Who::Entity(m.entity), m.range.end))
}

/// A document whose author the article names, as the subject at `pos`: "the report" after "the
/// Tower Commission report", "its report" after "In a new report, the Electoral Commission says"
/// (one the article names no author of is left to the quote's other clues).
fn authored_document(
    ctx: &Ctx,
    words: &[(Range<usize>, &str)],
    pos: usize,
) -> Option<(Who, usize)> {
    if !matches!(words.first()?.1, "the" | "The" | "its" | "Its") {
        return None;
    }
    let noun = document_noun_after_determiner(words)?;
    let (author, _) = document_author(ctx, words[noun].1, pos)?;
    Some((Who::Entity(author), words[noun].0.end))
}

/// "a spokesman", "the Putin aide", "officials": an anonymous or described speaker; "the New York
/// businessman", "Obama's former campaign strategist": someone the article named before.
fn description_at(words: &[(Range<usize>, &str)]) -> Option<(String, usize)> {
    let first = lower_case(words.first()?.1);
    let determiner = matches!(
        first.as_ref(),
        "a" | "an" | "the" | "one" | "another" | "his" | "her" | "its" | "their"
    );
    let definite = first.as_ref() == "the"
        || (words[0].1.starts_with(char::is_uppercase)
            && (first.ends_with("'s") || first.ends_with("\u{2019}s")));
    let start = if determiner || definite { 1 } else { 0 };
    let mut lower_words = 0;
    for k in start..(start + 5).min(words.len()) {
        let w = lower_case(words[k].1);
        let w = w.trim_end_matches('s');
        if is_role(w)
            || matches!(
                w,
                "source"
                    | "statement"
                    | "ministry"
                    | "company"
                    | "campaign"
                    | "government"
                    | "spokesperson"
            )
            || (definite
                && (k == 1 || (k == 2 && GAZETTEER.is_demonym(words[1].1)))
                && (is_company_noun(w) || is_press_noun(w))
                // (not a modifier of a noun for a person: "the giant winger")
                && !words.get(k + 1).is_some_and(|(_, next)| {
                    next.starts_with(char::is_lowercase) && person_noun(next).is_some()
                }))
            // (another body's noun only ending the phrase, not "the committee chairman"; "the
            // group" is a body only when one was named so or spoke lately)
            // (or before where or how it spoke: "said the group in a statement")
            || (definite
                && k == 1
                && words
                    .get(k + 1)
                    .is_none_or(|(_, next)| matches!(*next, "in" | "on" | "at" | "during"))
                && is_body_noun(w))
        {
            if !(determiner || definite) && k > 0 {
                return None;
            }
            // (a role that modifies the next noun is part of it: "the executive spokeswoman")
            let k = match words.get(k + 1) {
                Some((_, next))
                    if next.starts_with(char::is_lowercase)
                        && (is_role(next.trim_end_matches('s')) || person_noun(next).is_some()) =>
                {
                    k + 1
                }
                _ => k,
            };
            let text: Vec<&str> = words[..=k].iter().map(|x| x.1).collect();
            return Some((text.join(" "), words[k].0.end));
        }
        if definite && person_noun(words[k].1).is_some() {
            let text: Vec<&str> = words[..=k].iter().map(|x| x.1).collect();
            return Some((text.join(" "), words[k].0.end));
        }
        // (a body's name before the noun keeps its "of": "a Department of Homeland Security
        // spokeswoman")
        let in_a_name = k > 0
            && matches!(words[k].1, "of" | "for")
            && words[k - 1].1.starts_with(char::is_uppercase)
            && words
                .get(k + 1)
                .is_some_and(|(_, w)| w.starts_with(char::is_uppercase));
        if !words[k].1.starts_with(char::is_uppercase) && k > start && !in_a_name {
            // lower-case adjectives only after "the": "the former first lady"
            lower_words += 1;
            if !definite
                || lower_words > 2
                || is_speech_verb(words[k].1)
                || matches!(
                    words[k].1,
                    "and" | "or" | "of" | "who" | "that" | "which" | "has" | "had" | "is" | "was"
                )
            {
                break;
            }
        }
    }
    None
}

/// Whether text ends a sentence, past the closing quotation marks after its full stop: "….”"
fn ends_a_sentence(before: &str) -> bool {
    before
        .trim_end()
        .trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}'])
        .ends_with(['.', '?', '!'])
}

/// `,” he said` / `,” said Trump` / `,” White House spokesman Josh Earnest told reporters` /
/// `”― Carla Sanchez`.
fn attribution_after(ctx: &Ctx, masked: &Masked, base: usize, after: Range<usize>) -> Option<Who> {
    let words = words_of(masked, base, after.clone());
    let (first_range, _) = words.first()?.clone();
    let gap = frame(masked, base, after.start, first_range.start);
    if gap
        .chars()
        .any(|c| c.is_alphanumeric() || matches!(c, '.' | '!' | '?' | ';'))
    {
        return None;
    }
    if gap.contains(['\u{2015}', '\u{2014}', '\u{2013}']) || gap.trim() == "-" {
        // a byline-style dash: the name follows, not an aside ("” — a metaphor for … Trump")
        if !words[0].1.starts_with(char::is_uppercase) {
            return None;
        }
        // (the name right after the dash, whatever follows it: "” - Carlos Alcaraz after
        // beating Novak Djokovic")
        // (not a name before a role it qualifies: "” — Trump aide Stephen Miller said")
        let named = mention_covering(ctx, first_range.clone()).filter(|m| {
            let next = next_word_in(masked, base, m.range.end, after.end);
            m.range.start == first_range.start
                && !m.possessive
                && is_speaker_kind(ctx, m)
                && !next.starts_with(char::is_uppercase)
                && role_class(next).is_none()
                && person_noun(next).is_none()
        });
        if let Some(m) = named {
            return Some(Who::Entity(m.entity));
        }
        return subject_after_verb(ctx, masked, base, first_range.start..after.end);
    }
    // "“…?” Tory MP Peter Luff, another co-chairman of Middle Way, said that the legislation
    // was …": after a quote that ends its own sentence, a verb with a clause of its own says
    // something new (not "growing at a “reasonably good pace” he warned that …")
    let quote_ends_a_sentence = ends_a_sentence(&ctx.text[..after.start]);
    if quote_ends_a_sentence {
        let says_that = words
            .iter()
            .take(16)
            .position(|(_, w)| is_finite_speech_verb(w));
        if says_that.is_some_and(|v| words.get(v + 1).is_some_and(|(_, w)| *w == "that")) {
            return None;
        }
    }
    // "“…,” saying Bache recently rejected merger overtures": the speaker goes on, and whoever
    // the clause names is no attribution
    // (unless the sentence ends in an attribution: "“We expect to file papers late tonight”
    // asking the ICC to reopen the rail merger case, spokesman Rich Hall said in a telephone
    // interview")
    if words[0].1.ends_with("ing") && is_speech_verb(words[0].1) {
        return attribution_ending_the_sentence(ctx, masked, base, after.clone());
    }
    // "“…,” as Cruz said on the radio": an aside of saying right after a quote names its speaker
    let after_a_quote = ctx.text[..after.start]
        .trim_end()
        .ends_with(['\u{201D}', '"', '\u{2019}', '\'']);
    if words[0].1 == "as" && after_a_quote {
        let verb = words.iter().take(6).skip(2).position(|(_, w)| {
            matches!(
                *w,
                "said"
                    | "says"
                    | "put"
                    | "puts"
                    | "noted"
                    | "notes"
                    | "wrote"
                    | "writes"
                    | "told"
                    | "tells"
                    | "reported"
                    | "reports"
                    | "explained"
                    | "explains"
                    | "added"
                    | "adds"
                    | "stated"
                    | "states"
                    | "argued"
                    | "argues"
            )
        });
        if let Some(v) = verb.map(|i| i + 2) {
            let subject = words[1].0.start..words[v].0.start;
            if let Some(who) = subject_before_verb(ctx, masked, base, subject) {
                return Some(who);
            }
        }
    }
    // "…" as the Tories put it, while the Liberal Democrats said …: another clause, another speaker
    if matches!(
        words[0].1,
        "while"
            | "and"
            | "but"
            | "as"
            | "because"
            | "although"
            | "though"
            | "when"
            | "whereas"
            | "after"
            | "before"
            | "since"
            | "if"
            | "which"
            | "that"
            | "where"
    ) {
        // unless the clause is an aside before an inverted attribution: "“…,” since most
        // cases were decided by 5-to-4 votes, said Lee Epstein", "“…” but to take the lead in
        // advertising, says Evan Tracey"
        let subordinate = !matches!(words[0].1, "which" | "that" | "where");
        let Some(k) = words
            .iter()
            .take(30)
            .position(|(r, w)| {
                is_inverting_verb(w)
                    && frame(masked, base, after.start, r.start)
                        .trim_end()
                        .ends_with(',')
            })
            .filter(|_| subordinate)
        else {
            // the quote's words go on and the sentence ends in its speaker: "“… numerous
            // times” and against the Brady law, Clinton said.", "… as the Conservative party
            // “fades away” as a national force and …, he said." (not past "but", "because" …
            // to another name: "called the budget “a stealth tax”, but …, Treasury sources
            // said")
            // (past the others only a pronoun: "… “sweeteners”, but these hid tax rises …, he
            // said"; past a relative clause on the quote's words too: "“… a social structure
            // of the past” that is blatantly sexist, Brock said.")
            let ending = attribution_ending_the_sentence(ctx, masked, base, after.clone());
            let pronoun = matches!(&ending, Some(Who::Description(d)) if d == "he" || d == "she");
            return ending
                .filter(|_| matches!(words[0].1, "and" | "as" | "that" | "which") || pronoun);
        };
        let clause = frame(masked, base, after.start, words[k].0.start);
        if clause.contains(['.', ';', '!', '?']) {
            return None;
        }
        return subject_after_verb(ctx, masked, base, words[k].0.end..after.end);
    }
    // a bare form only from the verbs plural subjects use ("officials say"), not "a Trump tweet"
    let after_verb = |w: &str| {
        is_finite_speech_verb(w)
            || (is_speech_verb(w)
                && matches!(
                    w,
                    "say" | "tell" | "add" | "write" | "argue" | "insist" | "warn" | "note"
                ))
    };
    // a verb inside a relative clause set off by commas is not the attribution's: "“…,” Cruz,
    // who has proposed repealing the mandate over five years, said"
    let in_relative_clause = |k: usize| {
        let clause = words[..k]
            .iter()
            .rposition(|(_, w)| matches!(*w, "who" | "which" | "whose"));
        clause.is_some_and(|c| {
            let lead = frame(masked, base, after.start, words[c].0.start);
            lead.trim_end().ends_with(',')
                && !frame(masked, base, words[c].0.end, words[k].0.start).contains(',')
        })
    };
    // "“…,” PAP quoted Baka as saying": the one quoted speaks, not the one quoting
    // ("he was quoted by Kyodo as saying" is his)
    // (in nine words: "“…,” Ariadne's Philippine agent Domingo Panganiban was quoted as
    // telling reporters")
    // (and "“…,” Reuters news agency reports a union source as saying")
    if let Some(q) = words.iter().take(9).position(|(_, w)| is_quoting_verb(w)) {
        let lead = frame(masked, base, after.start, words[q].0.start);
        let passive = q > 0
            && words[q].1 == "quoted"
            && matches!(words[q - 1].1, "was" | "were" | "is" | "are" | "been");
        if !lead.contains(['.', ';', '!', '?']) {
            let who = if passive {
                subject_before_verb(ctx, masked, base, after.start..words[q - 1].0.start)
            } else {
                quoted_as_saying(ctx, &words[q + 1..])
            };
            if who.is_some() {
                return who;
            }
        }
    }
    let verb_at = |i: usize, w: &str| {
        (after_verb(w) || hits_back(&words, i) || reads_a_document(&words, i))
            && !in_relative_clause(i)
    };
    // (in nine words, or in nine where a long name or a role counts as one word and nothing is
    // set off: "“…,” the central bank's vice president Farhat Omar Ben Gadaravice said", "“…,”
    // JP Morgan chief executive William Harrison and chief operating officer James Dimon said")
    let past_long_names = || {
        let inside_names = words
            .iter()
            .take(16)
            .filter(|(r, w)| {
                past_a_names_first_word(ctx, r)
                    || (w.starts_with(char::is_lowercase) && role_class(w).is_some())
            })
            .count();
        let k = words
            .iter()
            .enumerate()
            .take(9 + inside_names)
            .skip(9)
            .find(|(i, (_, w))| verb_at(*i, w))?
            .0;
        // (one noun phrase: no aside, no preposition)
        let lead = frame(masked, base, after.start, words[k].0.start);
        let set_off = lead
            .trim_start_matches([',', ' '])
            .contains([',', '(', '-', '\u{2013}', '\u{2014}', ';', ':']);
        let one_phrase = !words[..k].iter().any(|(_, w)| is_preposition(w));
        (!set_off && one_phrase).then_some(k)
    };
    let Some(k) = words
        .iter()
        .take(9)
        .enumerate()
        .position(|(i, (_, w))| verb_at(i, w))
        .or_else(past_long_names)
    else {
        if let Some(who) = attribution_ending_the_sentence(ctx, masked, base, after.clone()) {
            return Some(who);
        }
        // someone unnamed, however long the description: "“…,” an economist at one of the main
        // embassies here said"
        if let [(_, det), (_, noun), rest @ ..] = &words[..] {
            let unnamed = matches!(*det, "a" | "an" | "one" | "another")
                && (person_noun(noun).is_some() || role_class(noun).is_some());
            let verb = rest
                .iter()
                .take(14)
                .position(|(_, w)| is_finite_speech_verb(w));
            if let Some(v) = verb.filter(|_| unnamed) {
                let between = frame(masked, base, words[0].0.start, rest[v].0.start);
                if !between.contains([',', '.', ';', ':', '(']) {
                    return Some(Who::Description(format!("{det} {noun}")));
                }
            }
        }
        // a long appositive: "“…,” Scott Pruitt, the attorney general of Oklahoma, …, said",
        // "“…,” the economist Jared Bernstein, a former adviser in the White House, wrote"
        let described = words
            .iter()
            .take(4)
            .position(|(_, w)| !w.starts_with(char::is_lowercase))
            .filter(|&i| {
                words[..i].iter().all(|(_, w)| {
                    is_determiner(w) || person_noun(w).is_some() || GAZETTEER.titles.contains(w)
                })
            })?;
        // a title written before the name is not the name: "“…”, Rabbi Marvin Hier, founder
        // of …, said"
        let mut described = described;
        while described + 1 < words.len().min(6)
            && mention_covering(ctx, words[described].0.clone()).is_none()
            && GAZETTEER
                .titles
                .contains_lowered(words[described].1.trim_end_matches('.'))
        {
            described += 1;
        }
        // nor is a place before a noun for a person: "“…,” Texas delegate Bill Eastland, …, said"
        if let Some(place) = mention_covering(ctx, words[described].0.clone())
            .filter(|m| ctx.entities[m.entity].kind == EntityKind::Place)
        {
            let past_place = described
                + words[described..]
                    .iter()
                    .take_while(|(r, _)| r.start < place.range.end)
                    .count();
            let nouns = words[past_place..]
                .iter()
                .take_while(|(_, w)| w.starts_with(char::is_lowercase) && person_noun(w).is_some())
                .count();
            let after_nouns = past_place + nouns;
            if nouns > 0 && after_nouns < words.len() {
                described = after_nouns;
            }
        }
        let m = mention_covering(ctx, words[described].0.clone())
            .filter(|m| is_speaker_kind(ctx, m) && !m.possessive)
            // a description must end at the name and an appositive follow it: not "“…” the
            // Palestinians were working", "the Arsenal boss is quoted"
            .filter(|m| {
                described == 0
                    || frame(masked, base, m.range.end, after.end)
                        .trim_start()
                        .starts_with(',')
            })?;
        let clause_end = clause_stop(frame(masked, base, after.start, after.end))
            .map_or(after.end, |p| after.start + p);
        // "“…,” the Interfax news agency quoted Mr Khodorkovsky as saying": the one quoted speaks
        let late_verb = words
            .iter()
            .take(30)
            .filter(|(r, _)| r.end <= clause_end)
            .find(|(_, w)| is_speech_verb(w))
            .is_some_and(|(_, w)| *w != "quoted");
        return late_verb.then_some(Who::Entity(m.entity));
    };
    if was_told(&words, k) {
        return None;
    }
    // (nor the subject of a clause of its own that a conjunction opens after the quote's words:
    // "Zelensky says ready for ‘honest’ work as Europeans stress their role")
    // (not one inside an aside on the speaker: "“…,” Smith, who served as mayor, told reporters")
    let opens_a_clause_of_its_own = words.get(1..k).unwrap_or_default().iter().any(|(r, w)| {
        matches!(*w, "as" | "while" | "whereas" | "because" | "although")
            && !frame(masked, base, after.start, r.start).contains(',')
    });
    if opens_a_clause_of_its_own {
        // (an attribution set off at the sentence's end still names the speaker: "Sanders “has a
        // right to contest every primary,” just as Clinton did in 2008, Rendell added")
        return attribution_ending_the_sentence(ctx, masked, base, after.clone());
    }
    if k == 0 {
        // inverted order, "said Trump", only with verbs that invert and no "that" clause
        // (or a document's words: "“…,” read the statement")
        let next = words.get(1).map_or("", |w| w.1);
        let inverts = is_inverting_verb(words[0].1)
            || (words[0].1.ends_with("ed") && words[0].1.starts_with(char::is_lowercase))
            || reads_a_document(&words, 0);
        if !inverts || next == "that" {
            return None;
        }
        return subject_after_verb(ctx, masked, base, words[0].0.end..after.end);
    }
    // an inverted aside set off by commas further on: "Any ''cleareyed'' interpretation of Mr.
    // Kerry's actions, said Michael Kofman, an expert on Russia, would read this as …"
    // (a fallback: "told the BBC" names who heard it)
    let aside = || {
        let lead = frame(masked, base, after.start, words[k].0.start);
        let inverts = is_inverting_verb(words[k].1) && !matches!(words[k].1, "told" | "tells");
        (inverts && lead.trim_end().ends_with(',') && !has_full_stop(lead))
            .then(|| subject_after_verb(ctx, masked, base, words[k].0.end..after.end))
            .flatten()
            .filter(|who| matches!(who, Who::Entity(_)))
    };
    // the quote's words go on in a phrase and an inverted attribution follows: "“This will be a
    // challenge” for Clinton, said Kunin" is Kunin's, not Clinton's
    // (not "of": "unnamed “allies” of Mr Blair and Mr Brown, said the prime minister felt …"
    // goes on in the subject of a verb)
    let phrase_then_inverted = is_preposition(words[0].1)
        && words[0].1 != "of"
        && frame(masked, base, after.start, words[k].0.start)
            .trim_end()
            .ends_with(',');
    if phrase_then_inverted {
        if let Some(who) = aside() {
            return Some(who);
        }
    }
    subject_before_verb(ctx, masked, base, after.start..words[k].0.start)
        .or_else(|| attribution_ending_the_sentence(ctx, masked, base, after.clone()))
        .or_else(aside)
}

/// The one quoted in "quoted Baka as saying", "quoted Mr Baka as telling reporters", "quoted
/// him as saying" (`words` start after "quoted"; "him" and "her" stand for a person named
/// before).
fn quoted_as_saying(ctx: &Ctx, words: &[(Range<usize>, &str)]) -> Option<Who> {
    let as_at = words.iter().take(6).position(|(_, w)| *w == "as")?;
    let verb = words.get(as_at + 1)?.1;
    let saying = matches!(
        verb,
        "saying" | "telling" | "stating" | "adding" | "warning"
    ) || (verb.ends_with("ing") && is_speech_verb(verb));
    if as_at == 0 || !saying {
        return None;
    }
    let quoted = &words[..as_at];
    match quoted {
        [(_, "him")] => return Some(Who::Description("he".into())),
        [(_, "her")] => return Some(Who::Description("she".into())),
        _ => {}
    }
    mentions_in(ctx, quoted[0].0.start..quoted[quoted.len() - 1].0.end)
        .filter(|m| !m.possessive && is_speaker_kind(ctx, m))
        .last()
        .map(|m| Who::Entity(surname_person(ctx, m).unwrap_or(m.entity)))
        .or_else(|| {
            // one the text does not name: "Reuters quoted a central bank official as saying",
            // "the paper quoted the official as saying" (not the paper's words)
            let head = quoted[quoted.len() - 1].1;
            let described = quoted.len() <= 6
                && head.bytes().all(|b| b.is_ascii_lowercase())
                && describes_a_source(head);
            described.then(|| {
                let words: Vec<&str> = quoted.iter().map(|(_, w)| *w).collect();
                Who::Description(words.join(" "))
            })
        })
}

/// The speaker of an attribution set off by commas that `words` end in, before a participle:
/// "…, Nefzi said," or "…, said Nefzi," (a name of a speaker's kind, or "he" or "she").
fn speaker_set_off_before(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sentence_start: usize,
    words: &[(Range<usize>, &str)],
) -> Option<Who> {
    let n = words.len();
    let last = words.last()?;
    // (a comma after the attribution, before the participle)
    if !frame(masked, base, last.0.end, last.0.end + 1).starts_with(',') {
        return None;
    }
    let after_a_comma = |at: usize| {
        frame(masked, base, sentence_start, at)
            .trim_end()
            .ends_with(',')
    };
    // (a verb with no object: not "…, told Reuters,")
    if is_finite_speech_verb(last.1) && !matches!(last.1, "told" | "tells") && n >= 2 {
        // "…, Nefzi said,"
        let (r, w) = &words[n - 2];
        if let Some(p) = pronoun(w).filter(|_| after_a_comma(r.start)) {
            return Some(p);
        }
        return mention_covering(ctx, r.clone())
            .filter(|m| {
                m.range.end == r.end
                    && !m.possessive
                    && is_speaker_kind(ctx, m)
                    && after_a_comma(m.range.start)
            })
            .map(|m| Who::Entity(m.entity));
    }
    // "…, said Nefzi," (a verb that takes no object, so the name is its subject: not "Trump,
    // 70, criticized Clinton,", "Smith, a farmer, told Reuters,")
    let m = mention_covering(ctx, last.0.clone())
        .filter(|m| m.range.end == last.0.end && !m.possessive && is_speaker_kind(ctx, m))?;
    let verb = words[..n - 1]
        .iter()
        .rposition(|(r, _)| r.end <= m.range.start)?;
    (matches!(words[verb].1, "said" | "says" | "added" | "adds")
        && words[verb + 1].0.start >= m.range.start
        && after_a_comma(words[verb].0.start))
    .then_some(Who::Entity(m.entity))
}

/// Whether a lower-case noun may stand for a speaker left unnamed: a noun for a person, a role,
/// or a source of news ("a senior coffee dealer", "sources", "analysts").
pub(super) fn describes_a_source(noun: &str) -> bool {
    person_noun(noun).is_some()
        || role_class(noun).is_some()
        || matches!(
            noun.trim_end_matches('s'),
            "source"
                | "insider"
                | "trader"
                | "dealer"
                | "analyst"
                | "economist"
                | "banker"
                | "diplomat"
                | "executive"
                | "lawmaker"
                | "official"
                | "expert"
                | "witness"
                | "resident"
        )
}

/// Whether a piece of a sentence holds a full stop, a question or exclamation mark or a
/// semicolon (not the point of an initial or a title: "Mr. Kerry's actions").
fn has_full_stop(piece: &str) -> bool {
    piece
        .char_indices()
        .any(|(i, c)| matches!(c, ';' | '?' | '!') || (c == '.' && full_stop_at(piece, i)))
}

/// Whether the point at byte `i` of `piece` ends a sentence, not an initial, an abbreviated
/// title ("G.", "Mr.", "Sen.") or a decimal point.
fn full_stop_at(piece: &str, i: usize) -> bool {
    // (nor a decimal point: "67.6 mln")
    if piece.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // (nor an abbreviation a comma or a small letter follows: "in Cambridge, Mass., said",
    // "Acme Corp. said")
    let next = piece[i + 1..].trim_start_matches(' ').bytes().next();
    if next.is_some_and(|b| b == b',' || b.is_ascii_lowercase()) {
        return false;
    }
    let word = piece[..i]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !(word.chars().count() == 1 || ABBREVIATED_TITLES.contains(&word))
}

/// The first word from `from` up to `end`, or "" when there is none.
fn next_word_in<'m>(masked: &'m Masked, base: usize, from: usize, end: usize) -> &'m str {
    word_iter(masked, base, from..end.max(from))
        .next()
        .map_or("", |(_, w)| w)
}

/// A person named right before a role that no comma sets off, as a subject: "“…,” Dr Mike
/// Watts head of exploration said" (the name first, after titles at most; the role in lower
/// case, a preposition and up to four lower-case words after it, nothing else).
fn person_before_open_role(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    head: Range<usize>,
) -> Option<usize> {
    let m = mentions_in(ctx, head.clone()).next_back()?;
    // (the name opens the subject, after titles at most: not "The Smith Barney spokeswoman")
    let opens = words_of(masked, base, head.start..m.range.start)
        .iter()
        .all(|(_, w)| is_title(w));
    if m.possessive || !opens || ctx.entities[m.entity].kind != EntityKind::Person {
        return None;
    }
    let gap = frame(masked, base, m.range.end, head.end);
    let words: Vec<&str> = gap.whitespace_words().collect();
    let role = words.first()?;
    (role.starts_with(char::is_lowercase)
        && role_class(role).is_some()
        && words.len() <= 6
        && words[1..]
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && !is_speech_verb(w))
        && words
            .get(1)
            .is_none_or(|w| matches!(*w, "of" | "for" | "at")))
    .then_some(m.entity)
}

/// A short attribution that ends the quote's sentence after a comma: "“We are frustrated and
/// horrified” by the mass shooting at a gay nightclub in Orlando …, Nefzi said." (no other quote
/// before it, at most four words after the comma, one of them a verb of saying in the past or
/// present tense, and an inverted one only when it can invert: not "…, told Reuters"). An
/// inverted one may be followed by an appositive to the end of the sentence: "“…,” in sharp
/// contrast to previous elections, says Dante Scala, a political scientist at the University."
fn attribution_ending_the_sentence(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    after: Range<usize>,
) -> Option<Who> {
    let piece = frame(masked, base, after.start, after.end);
    let end = clause_stop(piece)?;
    if piece[..end].contains(['\u{201C}', '"']) {
        return None;
    }
    let mut segment_end = end;
    // the last comma's segment, then up to two before it when an appositive follows
    for (nth, comma) in memchr::memrchr_iter(b',', &piece.as_bytes()[..end])
        .take(3)
        .enumerate()
    {
        let tail = after.start + comma + 1..after.start + segment_end;
        let last = nth == 0;
        segment_end = comma;
        let words = words_of(masked, base, tail.clone());
        // (a body's document with what it is about is longer: "…, the FAO report on farming
        // said")
        // (or with its author: "…, a study by Credit Suisse said")
        let document_about = || {
            words.len() <= 8
                && (document_and_its_subject(&words, 4).is_some()
                    || document_by_its_author(ctx, &words).is_some())
        };
        // (a name counts as one word: "…, the Commons science and technology committee added",
        // "…, Public Accounts Committee chairman Edward Leigh said")
        let name_words = || {
            words
                .iter()
                .filter(|(r, _)| past_a_names_first_word(ctx, r))
                .count()
        };
        // (a verb of saying may be followed by where or when: "…, spokesman Rich Hall said in a
        // telephone interview from the company's Chicago headquarters.", the sentence's one
        // comma: not the last of an appositive's "…, Gordon Willmon, VP and general manager, oil
        // sands and coal department, Esso Resources Canada Ltd said at the World Petroleum
        // Congress")
        let said_where = || {
            !piece.as_bytes()[..comma].contains(&b',')
                && words
                    .iter()
                    .position(|(_, w)| is_finite_speech_verb(w))
                    .is_some_and(|v| {
                        let names = words[..v]
                            .iter()
                            .filter(|(r, _)| past_a_names_first_word(ctx, r))
                            .count();
                        v - names <= 3 && said_where_or_when(&words, v)
                    })
        };
        // (nor does a verb's auxiliary: "…, City consultancy Deloitte has warned")
        let auxiliaries = || {
            words
                .iter()
                .filter(|(_, w)| matches!(*w, "has" | "have" | "had"))
                .count()
        };
        if words.is_empty()
            || (words.len() > 4
                && words.len().saturating_sub(name_words() + auxiliaries()) > 4
                && !document_about()
                && !said_where())
        {
            continue;
        }
        // (a plural subject's "say" too, inverted at the sentence's end: "…, say the Tories.")
        let say_first = last && words[0].1 == "say";
        let Some(k) = words
            .iter()
            .position(|(_, w)| is_finite_speech_verb(w))
            .or(say_first.then_some(0))
        else {
            continue;
        };
        if was_told(&words, k) {
            return None;
        }
        if k == 0 {
            // "…, said Nefzi", not "…, told Reuters"
            // (nor "…, said of RT": the one spoken of)
            let spoken_of = words
                .get(1)
                .is_some_and(|(_, w)| matches!(*w, "of" | "about"));
            if !(is_inverting_verb(words[0].1) || say_first)
                || matches!(words[0].1, "told" | "tells")
                || spoken_of
            {
                return None;
            }
            // the subject with an appositive before it: "“…,” state Senate leader Phil Berger
            // and House Speaker Tim Moore, both Republicans, said in a statement" (not a clause
            // on the quote's words: "“…” that Sanders can catch Clinton, said Steve Elmendorf")
            // (only where the quote ends its part of the sentence: not "a “firm and clear”
            // response to barriers planned by Trump, says Prime Minister Justin Trudeau")
            let before = after.start..words[0].0.start;
            let before_words = frame(masked, base, before.start, before.end);
            let quote_set_off = ctx.text[..after.start]
                .trim_end_matches(['\u{201D}', '"', '\u{2019}', '\''])
                .ends_with(',')
                || before_words.trim_start().starts_with(',');
            if last
                && quote_set_off
                && before_words.trim_end().ends_with(',')
                && !before_words.split_whitespace().next().is_some_and(|w| {
                    let w = w.trim_non_letters();
                    matches!(&*lower_case(w), "that" | "which" | "and" | "but")
                        || opens_a_leading_clause(w)
                })
            {
                if let Some(who) = subject_before_verb(ctx, masked, base, before) {
                    return Some(who);
                }
            }
            // (a name after a preposition is where or how it was said: "said on Twitter")
            if words.get(1).is_some_and(|(_, w)| is_preposition(w)) {
                return None;
            }
            // (or a role: "said RoseAnn DeMoro, executive director of National Nurses United")
            let appositive = || {
                words_of(masked, base, tail.end + 1..after.start + end)
                    .first()
                    .is_some_and(|(_, w)| {
                        matches!(*w, "a" | "an" | "the" | "who")
                            || (w.starts_with(char::is_lowercase)
                                && (is_role(w) || person_noun(w).is_some()))
                    })
            };
            if !last && !appositive() {
                return None;
            }
            return subject_after_verb(ctx, masked, base, words[0].0.end..tail.end);
        }
        if !last {
            return None;
        }
        // (an appositive the writer left open names the one before its comma: "“…,” Ways and
        // Means chairman Dan Rostenkowski, an Illinois Democrat said")
        let left_open = || {
            opens_appositive(words[0].1)
                .then(|| subject_before_verb(ctx, masked, base, after.start..words[k].0.start))
                .flatten()
        };
        return subject_before_verb(ctx, masked, base, tail.start..words[k].0.start)
            .or_else(left_open);
    }
    None
}

/// Where a clause ends: at `;`, `!`, `?` or a full stop that is not an initial, an abbreviated
/// title ("Leonard E. Burman, director …, said") or a decimal point.
fn clause_stop(piece: &str) -> Option<usize> {
    // (read a byte at a time: the marks are ASCII, and no byte of a longer character is one)
    piece
        .bytes()
        .enumerate()
        .find(|&(i, b)| matches!(b, b';' | b'!' | b'?') || (b == b'.' && full_stop_at(piece, i)))
        .map(|(p, _)| p)
}

/// Text ending in an abbreviated title and its full stop: "… said Del."
fn ends_with_title(piece: &str) -> bool {
    piece
        .trim_end()
        .strip_suffix('.')
        .and_then(|p| p.rsplit(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| ABBREVIATED_TITLES.contains(&w))
}

/// Abbreviated titles whose period does not end a name: "said Mr. Holtz-Eakin".
const ABBREVIATED_TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Prof", "Rev", "St",
    "Jr", "Sr", "Del", "Ald", "Adm", "Sgt", "Maj", "Cmdr", "Brig",
];

/// A verb that stands before its subject after a quote: "…,” said the minister.
fn is_inverting_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "added"
            | "adds"
            | "asked"
            | "asks"
            | "continued"
            | "wrote"
            | "writes"
            | "explained"
            | "insisted"
            | "replied"
            | "noted"
            | "recalled"
            | "told"
            | "tweeted"
            | "declared"
            | "warned"
            | "argued"
            | "remarked"
            | "conceded"
            | "answered"
            | "recounted"
            | "joked"
            | "quipped"
            | "stated"
            | "claimed"
            | "concluded"
            | "acknowledged"
            | "observed"
            | "cautioned"
            | "responded"
            | "countered"
            | "predicted"
            | "explains"
            | "notes"
            | "recalls"
            | "insists"
            | "argues"
            | "warns"
            | "admits"
            | "admitted"
            | "replies"
            | "responds"
            | "remarks"
            | "observes"
            | "jokes"
            | "quips"
            | "declares"
            | "states"
            | "concludes"
            | "acknowledges"
            | "cautions"
            | "counters"
            | "predicts"
            | "concedes"
            | "answers"
            | "tweets"
            | "reports"
            | "points"
    )
}

/// The speaker named after a verb: "said Josh Earnest, the press secretary", "said the mayor".
fn subject_after_verb(ctx: &Ctx, masked: &Masked, base: usize, range: Range<usize>) -> Option<Who> {
    let piece = frame(masked, base, range.start, range.end);
    // a short aside in brackets inside the subject is passed over: "said Jardine Fleming
    // (Securities) Ltd analyst Nick Edwards"
    let aside_end = |i: usize| {
        let rest = &piece[i + 1..piece.floor_char_boundary(i + 30)];
        let close = rest.find(')')?;
        let inside = &rest[..close];
        let after = piece[i + 1 + close + 1..].trim_start();
        (!inside.contains(['"', '\u{201C}', ',', '.'])
            && !inside.trim().is_empty()
            && after.starts_with(char::is_alphabetic))
        .then_some(i + 1 + close)
    };
    let mut skip_to = 0;
    let stop = piece
        .char_indices()
        .find(|&(i, c)| {
            if i < skip_to {
                return false;
            }
            if c == '(' {
                if let Some(close) = aside_end(i) {
                    skip_to = close + 1;
                    return false;
                }
            }
            matches!(c, ',' | ';' | '(' | '\u{201C}' | '"') || (c == '.' && full_stop_at(piece, i))
        })
        .map_or(range.end, |(p, _)| range.start + p);
    // (a relative clause after the name is no part of it: "said Clapton who joined Guy and King
    // in a performance"; nor a clause of when or why: "said the judge while explaining why the
    // FTX CEO deserved a lengthy sentence")
    let stop = words_of(masked, base, range.start..stop)
        .iter()
        .skip(1)
        .find(|(_, w)| {
            matches!(*w, "who" | "whose" | "which" | "after" | "before") || opens_a_clause(w)
        })
        .map_or(stop, |(r, _)| r.start);
    let window = range.start..stop;
    let words = words_of(masked, base, window.clone());
    // "said a Kremlin source", "said one GOP source": a name inside an indefinite description
    // of a person only tells whose source it is ("said an SFA statement" is the SFA's)
    let indefinite = words
        .first()
        .is_some_and(|(_, w)| matches!(*w, "a" | "an" | "one" | "another"));
    let of_a_person = |d: &String| {
        !d.rsplit(' ').next().is_some_and(|head| {
            matches!(
                head.trim_end_matches('s'),
                "statement" | "ministry" | "company" | "campaign" | "government"
            )
        })
    };
    if let Some((d, end)) = description_at(&words).filter(|(d, _)| indefinite && of_a_person(d)) {
        // (or names only after a preposition that follows it: "said one aide to a House
        // Agriculture Committee member")
        let of_whom = words
            .iter()
            .find(|(r, _)| r.start >= end)
            .is_some_and(|(_, w)| is_preposition(w));
        if of_whom || mentions_in(ctx, window.clone()).all(|m| m.range.start < end) {
            return Some(Who::Description(d));
        }
    }
    // a role with where it is held, and the name set off after it: "said his best friend at
    // Lehigh, Bruce Turry, who …", "said the chief economist at Exxon Corp, John Smith"
    if stop < range.end && role_at_a_body(ctx, &words) {
        if let Some(who) = appositive_name(ctx, masked, base, stop..range.end) {
            return Some(who);
        }
    }
    if let Some(d) = definite_description_after_verb(&words) {
        return Some(Who::Description(d));
    }
    // "tweeted a German user from Hanover": a name after an indefinite description and a
    // preposition is where the one speaking is from
    if indefinite {
        let preposition = words
            .iter()
            .take(5)
            .position(|(_, w)| matches!(*w, "from" | "in" | "at" | "of" | "near" | "outside"));
        if let Some(p) = preposition.filter(|&p| {
            p >= 2
                && words[p - 1].1.starts_with(char::is_lowercase)
                && mentions_in(ctx, window.start..words[p].0.start)
                    .all(|m| !person_like(ctx, m.entity))
        }) {
            let text: Vec<&str> = words[..p].iter().map(|x| x.1).collect();
            return Some(Who::Description(text.join(" ")));
        }
    }
    if indefinite {
        if let Some(d) = indefinite_person(ctx, &words, false) {
            return Some(Who::Description(d));
        }
    }
    // a role set off from the name that holds it: "said RNID technology director, Guido
    // Gybels", "said the company's chief executive, John Smith"
    let ends_in_role = words.last().is_some_and(|(_, w)| {
        w.starts_with(char::is_lowercase) && (role_class(w).is_some() || person_noun(w).is_some())
    });
    if ends_in_role && stop < range.end {
        if let Some(who) = appositive_name(ctx, masked, base, stop..range.end) {
            return Some(who);
        }
    }
    // a person's affiliation after "of", "at" or "from" names no other speaker: "says Stu
    // Rothenberg of the non-partisan Rothenberg-Gonzales Political Report" (unless a role and a
    // person's name follow: "said Wood Gundy of Canada economist Susan Clark")
    let role_and_person_later = |after: usize| {
        mentions_in(ctx, after..window.end).any(|p| {
            ctx.entities[p.entity].kind == EntityKind::Person
                && words
                    .iter()
                    .position(|(r, _)| r.start == p.range.start)
                    .and_then(|i| i.checked_sub(1))
                    .is_some_and(|i| {
                        let w = words[i].1;
                        w.starts_with(char::is_lowercase)
                            && (role_class(w).is_some() || person_noun(w).is_some())
                    })
        })
    };
    let window = mentions_in(ctx, window.clone())
        .find(|m| {
            !m.possessive
                && !role_and_person_later(m.range.end)
                && (ctx.entities[m.entity].kind == EntityKind::Person || person_like(ctx, m.entity))
                && matches!(
                    next_word_in(masked, base, m.range.end, stop),
                    "of" | "at" | "from"
                )
        })
        .map_or(window.clone(), |m| window.start..m.range.end);
    let named: Vec<usize> = mentions_in(ctx, window.clone())
        .filter(|m| !m.possessive)
        // "said Del. Stacey Plaskett": a title read as a name is none
        .filter(|m| !ABBREVIATED_TITLES.contains(&ctx.text.get(m.range.clone()).unwrap_or("")))
        // "says the Waterford man": a place or body before a noun for a person only tells which
        // person
        .filter(|m| {
            person_like(ctx, m.entity) || {
                let next = next_word_in(masked, base, m.range.end, stop);
                // (or a member's: "said the Ealing North MP", "said the Labour MP")
                !((next.starts_with(char::is_lowercase) && person_noun(next).is_some())
                    || matches!(
                        next,
                        "MP" | "MPs" | "MEP" | "MEPs" | "MSP" | "MSPs" | "AM" | "TD"
                    ))
            }
        })
        .filter_map(|m| {
            surname_person(ctx, m).or_else(|| is_speaker_kind(ctx, m).then_some(m.entity))
        })
        .collect();
    if let Some(e) = named
        .iter()
        .rev()
        .find(|&&e| person_like(ctx, e))
        .or(named.first())
    {
        return Some(Who::Entity(*e));
    }
    let (r, w) = words.first()?;
    if let Some(p) = pronoun(w).or_else(|| body_pronoun(ctx, w, r.start)) {
        return Some(p);
    }
    if let Some(one) = one_of_a_group(&words) {
        return Some(one);
    }
    description_at(&words)
        .map(|(d, _)| Who::Description(d))
        .or_else(|| appositive_name(ctx, masked, base, stop..range.end))
}

/// Whether `words` (a subject after its verb) are a definite role or relation and where it is
/// held, naming no person: "his best friend at Lehigh", "the chief economist at Exxon Corp".
fn role_at_a_body(ctx: &Ctx, words: &[(Range<usize>, &str)]) -> bool {
    if !words
        .first()
        .is_some_and(|(_, w)| matches!(*w, "the" | "his" | "her" | "their" | "its"))
    {
        return false;
    }
    let Some(at) = words
        .iter()
        .position(|(_, w)| matches!(*w, "at" | "of" | "for" | "from"))
    else {
        return false;
    };
    let noun = words[at.saturating_sub(1)].1;
    at >= 2
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && (role_class(noun).is_some()
            || person_noun(noun).is_some()
            || matches!(
                noun,
                "friend" | "colleague" | "classmate" | "neighbour" | "neighbor" | "teammate"
            ))
        && words[at + 1..]
            .iter()
            .any(|(r, _)| mention_covering(ctx, r.clone()).is_some())
        && mentions_in(ctx, words[0].0.start..words[words.len() - 1].0.end)
            .all(|m| ctx.entities[m.entity].kind != EntityKind::Person)
}

/// "One" or "another" as a subject, alone or before a noun or two in lower case (or a people's
/// adjective and a noun): one of a group
/// the sentence before named ("Other brokers agreed. “…,” said one.", "one dealer said"),
/// someone the article does not name.
fn one_of_a_group(words: &[(Range<usize>, &str)]) -> Option<Who> {
    let ((_, first), nouns) = words.split_first()?;
    let plain_noun = |w: &&str| {
        w.bytes().all(|b| b.is_ascii_lowercase())
            && !is_preposition(w)
            && !matches!(
                *w,
                "day" | "year" | "week" | "month" | "time" | "of" | "more"
            )
    };
    // (or a people's adjective before the noun: "One Chinese journalist")
    let people = |w: &&str| GAZETTEER.is_demonym(w);
    (matches!(lower_case(first).as_ref(), "one" | "another")
        && nouns.len() <= 2
        && nouns.last().is_none_or(|(_, w)| plain_noun(w))
        && nouns
            .iter()
            .map(|(_, w)| w)
            .all(|w| plain_noun(w) || people(w)))
    .then(|| Who::Description(joined_words(words).to_lowercase()))
}

/// A definite description of a person after a verb of saying that a name in it does not make
/// that name's: a nationality (see [`nationality_or_age_description`]), or a noun before a preposition
/// ("said the director behind JFK, Platoon and …", "said the analyst at Merrill Lynch": what
/// follows the preposition only tells which person).
fn definite_description_after_verb(words: &[(Range<usize>, &str)]) -> Option<String> {
    if words.len() < 2 || words[0].1 != "the" {
        return None;
    }
    if let Some(d) = nationality_or_age_description(words) {
        return Some(d);
    }
    let preposition = (2..words.len().min(5)).find(|&p| {
        matches!(words[p].1, "behind" | "at" | "with" | "from" | "for" | "in")
            && words[1..p].iter().all(|(_, w)| plain_lower_word(w))
    })?;
    let noun = words[preposition - 1].1;
    (role_class(noun).is_some() || person_noun(noun).is_some())
        .then(|| joined_words(&words[..preposition]))
}

/// "the German", "the 32-year-old Spaniard", "the Dutchman", "the 30-year-old": "the", at most
/// two lower-case words and a people's adjective or noun the gazetteer knows, for the person
/// described, not the country, or an age.
fn nationality_or_age_description(words: &[(Range<usize>, &str)]) -> Option<String> {
    let (_, last) = words.last()?;
    (words.len() >= 2
        && words.len() <= 4
        && is_the(words[0].1)
        && words[1..words.len() - 1]
            .iter()
            .all(|(_, w)| plain_lower_word(w))
        && (GAZETTEER.is_demonym(last) || is_age(last)))
    .then(|| joined_words(words))
}

/// Whether a word is someone's age: "30-year-old".
pub(super) fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A lower-case word or number that is no preposition, conjunction or relative pronoun.
fn plain_lower_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && !is_preposition(w)
        && !matches!(w, "and" | "or" | "who" | "that" | "which")
}

/// Words joined by single spaces.
fn joined_words(words: &[(Range<usize>, &str)]) -> String {
    words.iter().map(|x| x.1).collect::<Vec<_>>().join(" ")
}

/// The person an appositive after a nameless subject names: "exhorted Clinton's introducer,
/// actress Jamie Lee Curtis" (a few lower-case words, then the name, then the appositive's end).
fn appositive_name(ctx: &Ctx, masked: &Masked, base: usize, range: Range<usize>) -> Option<Who> {
    let piece = frame(masked, base, range.start, range.end);
    let rest = piece.strip_prefix(',')?;
    let end = rest
        .find([',', ';', '.', '(', '\u{201C}', '"'])
        .map_or(range.end, |p| range.start + 1 + p);
    let m = mentions_in(ctx, range.start + 1..end).next()?;
    let lead = words_of(masked, base, range.start + 1..m.range.start);
    // (or a title: "said the committee chairman, MP Edward Leigh")
    let plain = lead.len() <= 3
        && lead.iter().all(|(_, w)| {
            w.starts_with(char::is_lowercase)
                || is_title(w)
                || matches!(*w, "MP" | "MEP" | "MSP" | "AM" | "TD")
        });
    let reaches_end = frame(masked, base, m.range.end, end).trim().is_empty();
    (plain && reaches_end && !m.possessive && person_like(ctx, m.entity))
        .then_some(Who::Entity(m.entity))
}

/// A transcript's speaker label opening the quote: "“PENCE: Well, look …".
fn transcript_label(ctx: &Ctx, span: &Span) -> Option<Who> {
    let content = ctx.text.get(span.content.clone())?;
    let lead = content.len() - content.trim_start().len();
    let colon = memchr::memchr(b':', &content.as_bytes()[..content.floor_char_boundary(40)])?;
    let label = content[lead..colon].trim();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let is_label = letters >= 2
        && label.whitespace_words().nth(3).is_none()
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    if !is_label {
        return None;
    }
    let start = span.content.start + lead;
    let end = span.content.start + colon;
    if let Some(m) =
        mentions_in(ctx, start..end).find(|m| ctx.entities[m.entity].kind != EntityKind::Place)
    {
        return Some(Who::Entity(m.entity));
    }
    let last = label.whitespace_words().next_back()?;
    ctx.entities
        .iter()
        .position(|e| person_like_entity(e) && surname(&e.name).eq_ignore_ascii_case(last))
        .map(Who::Entity)
}

/// The speaker a headline names after its quote, with a verb in title case: "Guns Are ‘The
/// Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention", or after a colon
/// that ends it.
fn headline_speaker_after(ctx: &Ctx, after: Range<usize>) -> Option<Who> {
    let rest = ctx.text.get(after.clone())?;
    // or a person named after a colon that ends it: "‘Good’ talks with US envoy Witkoff on
    // ending Russia war: Zelenskyy"
    if let Some(colon) = rest.rfind(':') {
        let name_at = after.start + colon + 1;
        let end = after.start + rest.trim_end().len();
        let named = mentions_in(ctx, name_at..end).find(|m| {
            m.range.end == end
                && ctx.text[name_at..m.range.start].trim().is_empty()
                && person_like(ctx, m.entity)
        });
        if let Some(m) = named {
            return Some(Who::Entity(m.entity));
        }
    }
    let lead = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}']).len();
    let m = mentions_in(ctx, after.clone())
        .next()
        .filter(|m| m.range.start == after.start + lead && person_like(ctx, m.entity))?;
    // (a mention may run past the range it starts in)
    let verb = ctx
        .text
        .get(m.range.end..after.end)?
        .whitespace_words()
        .next()?
        .trim_end_matches([',', '.', ';', ':']);
    (verb.starts_with(char::is_uppercase) && GAZETTEER.speech_verbs.contains_lowered(verb))
        .then_some(Who::Entity(m.entity))
}

/// A headline's speaker: "Rush Limbaugh: Hillary … ‘Reeks of Fear’", "Obama Says … ‘…’".
fn headline_speaker(ctx: &Ctx, before: Range<usize>) -> Option<Who> {
    let head = ctx.text.get(before.clone())?;
    let named = |end: usize| {
        mentions_in(ctx, before.start..end)
            .rfind(|m| m.range.end == end && is_speaker_kind(ctx, m) && !m.possessive)
            .map(|m| Who::Entity(m.entity))
    };
    if let Some(colon) = head.find(':') {
        return named(before.start + head[..colon].trim_end().len());
    }
    let m = mentions_in(ctx, before.clone()).find(|m| person_like(ctx, m.entity))?;
    let verb = ctx
        .text
        .get(m.range.end..before.end)?
        .whitespace_words()
        .next()?;
    GAZETTEER
        .speech_verbs
        .contains_lowered(verb)
        .then_some(Who::Entity(m.entity))
}

/// "according to X" anywhere in the sentence.
fn according_to(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    quote_open: usize,
) -> Option<Who> {
    let words = words_of(masked, base, sent.clone());
    let k = words.windows(2).position(|w| {
        w[0].1.eq_ignore_ascii_case("according") && w[1].1.eq_ignore_ascii_case("to")
    })?;
    let next = words.get(k + 2)?;
    // (no one's when a verb of saying follows before the quote, whose subject speaks:
    // "According to The Guardian, soon after Donald Trump threatened …, the Commerce Ministry said
    // that …"; not one after it, "… were “peaceful” when police opened fire, witnesses told the
    // group"; nor when "according to" comes after the quote and a verb of saying after it: "He
    // had promised not to let the company get “fat, dumb and happy,” and, according to Reuters,
    // once told analysts …")
    let after_the_quote = words[k].0.start > quote_open;
    if (k + 3..words.len()).any(|i| {
        (words[i].0.start < quote_open || after_the_quote) && finite_speech_verb_at(&words, i)
    }) {
        return None;
    }
    // (a titled name's mention starts after its title: "according to Mr Waller, Exxon “…”")
    // (not when someone else's verb of saying follows: "According to Mr Peston the prime
    // minister said: “…”")
    let titled = || {
        let (after, _) = words.get(k + 3)?;
        if words[k + 4..].iter().any(|(_, w)| is_finite_speech_verb(w)) {
            return None;
        }
        GAZETTEER
            .titles
            .contains_lowered(next.1.trim_end_matches('.'))
            .then(|| mentions_in(ctx, after.start..after.start + 1).next())
            .flatten()
            .filter(|m| m.title.is_some() && is_speaker_kind(ctx, m) && !m.possessive)
            .map(|m| (Who::Entity(m.entity), m.range.end))
    };
    // a body's name after "the" (not when someone's verb of saying follows: "According to the
    // Financial Times, chief operating officer Peter Chernin said that …")
    let the_body = || {
        if !is_the(next.1) {
            return None;
        }
        let (name, _) = words.get(k + 3)?;
        let m = mentions_in(ctx, name.start..name.start + 1)
            .next()
            .filter(|m| ctx.entities[m.entity].kind == EntityKind::Organization && !m.possessive)?;
        let said_after = (0..words.len())
            .any(|i| words[i].0.start >= m.range.end && finite_speech_verb_at(&words, i));
        (!said_after).then_some((Who::Entity(m.entity), m.range.end))
    };
    // (a paper that relays what someone in the sentence was seen saying is no speaker: "He …
    // mouthed to the jury, “Thank you,” according to The New York Times")
    // (in the clause the quote stands in: not "Ford said it would cut jobs, and the cuts were
    // “the deepest in decades,” according to The New York Times", nor a verb in a leading clause,
    // "After Ford said it would cut jobs, the move was described as “…”")
    let relayed_by_the_press = |found: &(Who, usize)| {
        let leading = words
            .first()
            .is_some_and(|(_, w)| opens_a_leading_clause(w));
        let said = words[..k]
            .iter()
            .rposition(|(_, w)| is_finite_speech_verb(w));
        let clause_of_its_own = said.is_some_and(|v| {
            let between = frame(masked, base, words[v].0.end, words[k].0.start);
            between.contains(", and ") || between.contains(", but ") || between.contains(';')
        });
        matches!(found.0, Who::Entity(e) if is_press(ctx, e))
            && said.is_some()
            && !leading
            && !clause_of_its_own
    };
    let found = the_body()
        .or_else(|| subject_at(ctx, masked, base, next.0.start, sent.end))
        .or_else(titled);
    if found.as_ref().is_some_and(relayed_by_the_press) {
        return None;
    }
    let end = found.as_ref().map_or(next.0.start, |(_, end)| *end);
    // a document by someone: "according to a complaint filed by the Securities and Exchange
    // Commission", "according to a court document filed by state attorney Dave Aronberg"; or
    // one from someone: "according to a telex from committee chairman Citibank", "according to
    // figures from the Commerce Department"
    let by_agent = || {
        let clause_end = frame(masked, base, end, sent.end)
            .find([',', ';', '.'])
            .map_or(sent.end, |p| end + p);
        let mut document = false;
        let by = words[k + 2..]
            .iter()
            .take(15)
            .take_while(|(r, _)| r.end <= clause_end)
            .position(|(_, w)| {
                document |= is_issued_noun(w);
                *w == "by" || (*w == "from" && document)
            })
            .map(|i| k + 2 + i)?;
        let agent = mentions_in(ctx, words[by].0.end..clause_end)
            .find(|m| is_speaker_kind(ctx, m) && !m.possessive)?;
        let lead = words_of(masked, base, words[by].0.end..agent.range.start);
        // (a few modifiers, not another noun's: "a report by a lawyer for John Smith"; a
        // compound may open with a name: "by UK-based research consultancy Analysys")
        let modifier = |w: &str| {
            let last_part = w.rsplit('-').next().unwrap_or(w);
            last_part.starts_with(char::is_lowercase) && !is_preposition(w)
        };
        (lead.len() <= 3 && lead.iter().all(|(_, w)| modifier(w)))
            .then_some(Who::Entity(agent.entity))
    };
    // a role before the name: "according to director Winthrop Knowlton"
    // (the mention that opens the words after a point, past their spaces)
    let mention_after = |at: usize| {
        let gap = frame(masked, base, at, sent.end);
        let after = at + (gap.len() - gap.trim_start().len());
        mentions_in(ctx, after..after + 1)
            .next()
            .filter(|m| !m.possessive)
    };
    let named_after_role = || {
        mention_after(end)
            .filter(|m| is_speaker_kind(ctx, m))
            .map(|m| Who::Entity(m.entity))
    };
    // a body's role before the name: "according to Q magazine editor Paul Rees"
    let person_of_the_body = |body: usize| {
        if matches!(
            ctx.entities[body].kind,
            EntityKind::Person | EntityKind::Place
        ) {
            return None;
        }
        let role: Vec<_> = words
            .iter()
            .skip_while(|(r, _)| r.start < end)
            .take(4)
            .take_while(|(_, w)| w.starts_with(char::is_lowercase))
            .collect();
        let (last, w) = role.last()?;
        if role_class(w).is_none() && person_noun(w).is_none() {
            return None;
        }
        mention_after(last.end)
            .filter(|m| person_like(ctx, m.entity))
            .map(|m| Who::Entity(m.entity))
    };
    match found {
        Some((Who::Entity(e), _)) => person_of_the_body(e).or(Some(Who::Entity(e))),
        Some((Who::Description(_), _)) if named_after_role().is_some() => named_after_role(),
        found => by_agent().or(found.map(|(who, _)| who)),
    }
}

/// A noun for a document or figures that someone issues: the [`is_document_noun`]s and "a telex
/// from Citibank", "figures from the Commerce Department".
fn is_issued_noun(word: &str) -> bool {
    is_document_noun(word)
        || matches!(
            word,
            "telex"
                | "release"
                | "email"
                | "e-mail"
                | "cable"
                | "figures"
                | "data"
                | "estimates"
                | "statistics"
        )
}

/// "as X put it" right before or after the quote: "seen, as The New Yorker put it, “…”",
/// "“…,” as a Homeland Security memo put it".
fn as_it_was_put(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    before: Range<usize>,
    after: Range<usize>,
) -> Option<Who> {
    let aside = |range: Range<usize>, at_end: bool| -> Option<Who> {
        let words = words_of(masked, base, range.clone());
        let n = words.len();
        // the aside's "as", its verb and "it", and where they stand
        let (as_k, it_k) = if at_end {
            // (a phrase may close the aside: "as The New Yorker put it in an exposé, “…”")
            let it_k = (n.saturating_sub(6)..n).rev().find(|&k| {
                words[k].1 == "it"
                    && (k + 1 == n || is_preposition(words[k + 1].1))
                    && !frame(masked, base, words[k].0.end, words[n - 1].0.start).contains(',')
            })?;
            let as_k = (it_k.saturating_sub(8)..it_k)
                .rev()
                .find(|&k| words[k].1.eq_ignore_ascii_case("as"))?;
            (as_k, it_k)
        } else {
            let as_k = 0;
            if !words.first()?.1.eq_ignore_ascii_case("as") {
                return None;
            }
            let it_k = (2..n.min(9)).find(|&k| words[k].1 == "it")?;
            (as_k, it_k)
        };
        let verb = words[it_k - 1].1;
        if it_k < as_k + 3 || !(verb == "put" || is_finite_speech_verb(verb)) {
            return None;
        }
        // nothing but punctuation between the aside and the quote
        let gap = if at_end {
            frame(masked, base, words[n - 1].0.end, range.end)
        } else {
            frame(masked, base, range.start, words[as_k].0.start)
        };
        if gap.chars().any(char::is_alphanumeric) {
            return None;
        }
        subject_before_verb(
            ctx,
            masked,
            base,
            words[as_k].0.end..words[it_k - 1].0.start,
        )
        .filter(|w| matches!(w, Who::Entity(_)) || pronoun_who(w))
    };
    aside(before.clone(), true).or_else(|| aside(after, false))
}

/// Whether a speaker is a pronoun ("he", "she").
fn pronoun_who(who: &Who) -> bool {
    matches!(who, Who::Description(d) if d == "he" || d == "she")
}

/// A name that labels the quote after a colon, alone or after a dash: "HuffPollster: “…”",
/// "RED STATES GAIN - Jeffrey M. Jones: “…”" (not "Trump's slogan: “…”", "on CNN: “…”").
fn colon_label(ctx: &Ctx, masked: &Masked, base: usize, before: Range<usize>) -> Option<Who> {
    let (last, _) = word_iter(masked, base, before.clone()).last()?;
    if frame(masked, base, last.end, before.end).trim() != ":" {
        return None;
    }
    // a label of capitalised words and a role, nothing else, before a name: "BBC Two controller
    // Roly Keating", "Chiefs coach Andy Reid"
    let role_label = |lead: &str| {
        let label = lead
            .rsplit(['-', '\u{2014}', '\u{2013}'])
            .next()
            .unwrap_or(lead)
            .trim();
        let words: Vec<&str> = label.whitespace_words().collect();
        let role = |w: &str| is_role(w) || person_noun(w).is_some();
        (1..=6).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || role(w))
            && words
                .iter()
                .rev()
                .find(|w| !is_title(w) || role(w))
                .is_some_and(|w| role(w))
    };
    // (the name alone on its line, after a dash, or after such a label, a person's)
    let heads_the_line = |lead: &str, e: usize| {
        lead.is_empty()
            || lead.ends_with(['-', '\u{2014}', '\u{2013}'])
            || (role_label(lead) && ctx.entities[e].kind == EntityKind::Person)
    };
    // or a person heading a label on what they spoke of: "Booker on vote to convict Trump: “…”",
    // "Chiefs coach Andy Reid on Super Bowl MVP Patrick Mahomes: ‘…’"
    // (the first mention after which "on" follows, all before it a label)
    let labelled = mentions_in(ctx, before.clone())
        .take(4)
        .find(|m| frame(masked, base, m.range.end, last.end).starts_with(" on "));
    if let Some(first) = labelled {
        // (past the given names the mention left out: "coach Andy Reid" with "Reid" found)
        let name = &ctx.entities[first.entity].name;
        let mut lead = frame(masked, base, before.start, first.range.start).trim();
        while let Some((rest, word)) = lead.rsplit_once(' ') {
            if !name.whitespace_words().any(|n| n == word) {
                break;
            }
            lead = rest.trim_end();
        }
        let topic = frame(masked, base, first.range.end, last.end);
        if heads_the_line(lead, first.entity)
            && !topic.contains([',', '.', ';', '(', '\n'])
            && topic.whitespace_words().nth(12).is_none()
            && !first.possessive
            && person_like(ctx, first.entity)
        {
            return Some(Who::Entity(first.entity));
        }
    }
    let m = mention_covering(ctx, last.clone()).filter(|m| m.range.end >= last.end)?;
    let lead = frame(masked, base, before.start, m.range.start).trim_end();
    // (alone or after a role that heads the line: "BBC Two controller Roly Keating: “…”", "-
    // Manchester United coach Sir Alex Ferguson: “…”")
    let alone = heads_the_line(lead, m.entity);
    let speaks = person_like(ctx, m.entity)
        || matches!(
            ctx.entities[m.entity].kind,
            EntityKind::Person | EntityKind::Organization
        );
    (alone && speaks && !m.possessive).then_some(Who::Entity(m.entity))
}

/// A person named right before a dash that opens the quote, as an aside: "including the former
/// presidential candidate Mitt Romney -- ''…'' -- and Fred Goldberg".
fn dash_label(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    before: Range<usize>,
    after: Range<usize>,
) -> Option<Who> {
    let (last, _) = word_iter(masked, base, before.clone()).last()?;
    let gap = frame(masked, base, last.end, before.end).trim();
    if !matches!(gap, "--" | "\u{2014}" | "\u{2013}") {
        return None;
    }
    let closed = frame(masked, base, after.start, after.end)
        .trim_start()
        .starts_with(['-', '\u{2014}', '\u{2013}']);
    let m = mention_covering(ctx, last.clone()).filter(|m| m.range.end >= last.end)?;
    (closed && person_like(ctx, m.entity) && !m.possessive).then_some(Who::Entity(m.entity))
}

/// "Trump's statement that “…”".
fn statement_noun(ctx: &Ctx, masked: &Masked, base: usize, before: Range<usize>) -> Option<Who> {
    let words = words_of(masked, base, before.clone());
    let n = words.len();
    for k in (n.saturating_sub(6)..n).rev() {
        // "Trump's call for a “deportation force”" (not a telephone call)
        let call = words[k].1.eq_ignore_ascii_case("call")
            && words
                .get(k + 1)
                .is_some_and(|(_, w)| matches!(*w, "for" | "to"));
        if (call || is_statement_noun(&lower_case(words[k].1))) && k > 0 {
            // "His message to the chancellor was: “…”" (not "his comments were “false”")
            let colon = frame(masked, base, before.start, before.end)
                .trim_end()
                .ends_with(':');
            match words[k - 1].1 {
                _ if !colon => {}
                "His" | "his" => return Some(Who::Description("he".into())),
                "Her" | "her" => return Some(Who::Description("she".into())),
                _ => {}
            }
            // the noun leads to the quote: not "… before Bill Clinton's comments. “…”"
            // (a short clause between, without a verb of saying of its own: "Comey's conclusion
            // that her actions were “…”", not "X's claim that Clinton called it “…”")
            let ended = frame(masked, base, words[k].0.end, before.end).contains(['.', ';']);
            let clause = words.get(k + 1).is_some_and(|(_, w)| *w == "that")
                && !words[k + 1..].iter().any(|(_, w)| is_speech_verb(w));
            // (nor what the statement is called: "denounced Trump's remarks as “hurtful”")
            let called = words[k + 1..].iter().any(|(_, w)| *w == "as");
            // (nor a quote a verb of saying of its own brings in: "Responding to Trump's
            // remarks, Clinton wrote: “…”")
            let own_verb = words[k + 1..].iter().any(|(_, w)| is_finite_speech_verb(w));
            if k + 6 < n || ended || called || own_verb || (k + 4 < n && !clause) {
                continue;
            }
            // inside what someone else says: "Paul Ryan told CNN that Ginsburg's comments
            // “shows bias to me.”" (not what a verb of saying takes as its object: "Clinton
            // blasted Trump's call for a “deportation force”")
            // (or a participle: "released a statement, saying Trump's comments are “…”")
            if let Some(v) = words[..k - 1].iter().rposition(|(_, w)| {
                is_finite_speech_verb(w) || (w.ends_with("ing") && is_speech_verb(w))
            }) {
                let brings_a_clause = matches!(
                    words[v].1,
                    "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "wrote"
                        | "writes"
                        | "saying"
                        | "telling"
                        | "adding"
                        | "writing"
                        | "calling"
                        | "describing"
                        // a name the subject gives the statement: "called Mr. Obama's remarks
                        // “a true wake-up call”"
                        | "called"
                        | "calls"
                        | "described"
                        | "describes"
                        | "labeled"
                        | "labelled"
                        | "branded"
                        | "dubbed"
                ) || is_characterising_verb(words[v].1)
                    || words[v + 1..k].iter().any(|(_, w)| *w == "that")
                    || frame(masked, base, words[v].0.end, words[k].0.start).contains(':');
                if brings_a_clause {
                    return None;
                }
            }
            // (past an adjective or two: "Trump's recent evidence-free assertion that “…”")
            let reach = (k - 1).min(2);
            let owner_at = (k - 1 - reach..k)
                .rev()
                .find(|&i| mention_covering(ctx, words[i].0.clone()).is_some())
                .filter(|&i| {
                    words[i + 1..k].iter().all(|(_, w)| {
                        w.starts_with(char::is_lowercase) && !is_speech_verb(w) && !is_determiner(w)
                    })
                });
            let Some(owner) = owner_at.and_then(|i| mention_covering(ctx, words[i].0.clone()))
            else {
                continue;
            };
            if owner.possessive && is_speaker_kind(ctx, owner) {
                return Some(Who::Entity(owner.entity));
            }
        }
    }
    None
}

/// Whether a quote names a person as someone spoken of: "“I think Sean's situation is …”".
fn names_in_the_third_person(ctx: &Ctx, e: usize, content: Range<usize>) -> bool {
    // (by a one-word name, or by the given name alone: a speaker may call themselves by their
    // full name, "it's not Bernie Sanders"; not a given name two people of the article share,
    // "Sir Alex Ferguson praised Alex McLeish … “Alex has done a fine job”", nor a name before
    // a noun, "“The Smith family …”")
    let name = &ctx.entities[e].name;
    let given = name.split_once(' ').map(|(given, _)| given);
    let shared = |given: &str| {
        ctx.entities.iter().enumerate().any(|(x, other)| {
            x != e
                && other.kind == EntityKind::Person
                && other.name.split_once(' ').is_some_and(|(g, _)| g == given)
        })
    };
    mentions_in(ctx, content).any(|m| {
        let said = ctx.text.get(m.range.clone()).unwrap_or("");
        let before_a_noun = ctx.text[m.range.end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|next| {
                next.starts_with(char::is_lowercase)
                    && !matches!(
                        next,
                        "and" | "or" | "is" | "was" | "has" | "had" | "will" | "would" | "said"
                    )
            });
        !before_a_noun
            && ((m.entity == e && !name.contains(' '))
                || given.is_some_and(|g| g == said && !shared(g)))
    })
}

/// The clause of a sentence after ", and" or ", but" that a name and a verb of saying open:
/// "St Helens have been linked with Sonny Bill Williams, and Sculthorpe said he would love …".
fn joined_saying(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
) -> Option<Range<usize>> {
    let piece = frame(masked, base, sent.start, sent.end);
    // (the last comma before "and" or "but", by a byte search: this runs for every sentence)
    let at = memchr::memrchr_iter(b',', piece.as_bytes()).find_map(|c| {
        let rest = &piece[c + 1..];
        (rest.starts_with(" and ") || rest.starts_with(" but ")).then_some(c + 6)
    })?;
    let start = sent.start + at;
    let m = mentions_in(ctx, start..sent.end).next()?;
    let words = words_of(masked, base, m.range.end..sent.end);
    (m.range.start == start
        && !m.possessive
        && is_speaker_kind(ctx, m)
        && words.first().is_some_and(|(_, w)| is_finite_speech_verb(w)))
    .then_some(start..sent.end)
}

/// Whether the word at `i` is a past participle after a form of "be": "was described", "is
/// called".
fn is_passive(words: &[(Range<usize>, &str)], i: usize) -> bool {
    i > 0 && is_be_form(words[i - 1].1) && words[i].1.ends_with("ed")
}

/// Whether the verb at `k` is "told" after a form of "be": the one who was told is no speaker
/// ("“…,” Fox News Digital was told").
fn was_told(words: &[(Range<usize>, &str)], k: usize) -> bool {
    k > 0 && is_be_form(words[k - 1].1) && words[k].1 == "told"
}

/// The gender "he" or "she" tells.
fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// A form of "be": "is", "was", "been" …
fn is_be_form(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "be" | "been" | "being"
    )
}

/// Whether the participle at `i` tells what a document its subject issued says: "The
/// Democratic National Committee released a statement on Monday, offering “a deep and sincere
/// apology”" (the document's noun at most a dozen words back, after "issued", "released",
/// "published" or "put out" and an article, no verb of saying between).
fn tells_an_issued_document(words: &[(Range<usize>, &str)], i: usize) -> bool {
    if !words[i].1.ends_with("ing") || i < 3 {
        return false;
    }
    let reach = i.saturating_sub(12);
    let Some(noun) = (reach..i).rev().find(|&k| is_document_noun(words[k].1)) else {
        return false;
    };
    let issued = (noun.saturating_sub(4)..noun).any(|k| {
        is_issuing_verb(words[k].1)
            || (words[k].1 == "put" && words.get(k + 1).is_some_and(|(_, w)| *w == "out"))
    });
    issued && !words[noun + 1..i].iter().any(|(_, w)| is_speech_verb(w))
}

/// A subject and verb of saying before the quote: "Zelensky told reporters that “…”".
fn attribution_before(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    before: Range<usize>,
    sent: Range<usize>,
) -> Option<Who> {
    let words = words_of(masked, base, before.clone());
    // the last verb of saying that is not an infinitive: "said she wanted to speak “…”"
    // a bare form after a lower-case word is a noun: "Kim's mental state is “…”"
    // and a word after a determiner is a noun: "dismissed those reports as “…”"
    // (not "continue": "said that her campaign would continue “to break barriers”")
    let is_verb = |i: usize| {
        let w = words[i].1;
        // (a bare "state" is the noun but before "that": "mocking GOP state leaders as “…”")
        let noun_state = w == "state" && words.get(i + 1).is_none_or(|(_, n)| *n != "that");
        // (nor a verb that goes on to another: "if inflation continued to cool, “…”")
        let goes_on_to = matches!(
            w,
            "continued" | "continues" | "continuing" | "added" | "adds"
        ) && words.get(i + 1).is_some_and(|(_, n)| *n == "to");
        (is_speech_verb(w) || hits_back(&words, i) || tells_an_issued_document(&words, i))
            && !noun_state
            && !goes_on_to
            && !(i > 0
                && owned_noun(
                    words[i - 1].1,
                    frame(masked, base, words[i - 1].0.end, words[i].0.start),
                    w,
                ))
            && w != "continue"
            && (i == 0 || !is_determiner(words[i - 1].1))
            && (is_finite_speech_verb(w)
                || w.ends_with("ing")
                || i == 0
                || !words[i - 1].1.starts_with(char::is_lowercase)
                || matches!(
                    words[i - 1].1,
                    "i" | "we"
                        | "they"
                        | "you"
                        | "to"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "did"
                        | "do"
                        | "also"
                        | "not"
                        | "often"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                ))
    };
    let mut last = (0..words.len()).rev().find(|&i| is_verb(i))?;
    // a passive participle after an earlier verb of saying is no attribution of its own: "It
    // said an additional test is called for under “specified circumstances”"
    if is_passive(&words, last) {
        if let Some(earlier) = (0..last)
            .rev()
            .find(|&i| is_verb(i) && is_finite_speech_verb(words[i].1))
        {
            last = earlier;
        }
    }
    let k = (0..=last)
        .rev()
        .find(|&i| is_verb(i) && (i == 0 || words[i - 1].1 != "to"))
        .unwrap_or(last);
    // "“…,” said Amanda Ross. “…”": a verb right after the previous quote attributes that one
    if k == 0 && before.start > sent.start && is_inverting_verb(words[0].1) {
        return None;
    }
    let verb = lower_case(words[k].1);
    // a passive verb: its subject is what was described, not who spoke ("Keane's Hopes and
    // Fears was described as a “revelatory debut”"); its agent may follow the quote ("he was
    // called the “fifth child of the group” by the film's director Marc Forster")
    if is_passive(&words, k)
        && words[k + 1..]
            .iter()
            .all(|(_, w)| matches!(*w, "as" | "a" | "an" | "the"))
    {
        let after = words_of(masked, base, before.end..sent.end);
        let by = after
            .iter()
            .find(|(_, w)| !w.bytes().all(|b| b == b'x'))
            .filter(|(_, w)| *w == "by")?;
        let stop = frame(masked, base, by.0.end, sent.end)
            .find([',', ';', '.'])
            .map_or(sent.end, |p| by.0.end + p);
        // (the agent itself, not one it is of or for: "by a spokesman for Tony Blair")
        return mentions_in(ctx, by.0.end..stop)
            .find(|m| !m.possessive && is_speaker_kind(ctx, m))
            .filter(|m| {
                !words_of(masked, base, by.0.end..m.range.start)
                    .iter()
                    .any(|(_, w)| is_preposition(w))
            })
            .map(|m| Who::Entity(m.entity));
    }
    // "is claiming", "He’s claiming"
    let progressive = k > 0
        && (matches!(
            words[k - 1].1,
            "is" | "are" | "was" | "were" | "been" | "be"
        ) || words[k - 1].1.ends_with("'s")
            || words[k - 1].1.ends_with("\u{2019}s"));
    if verb.ends_with("ing") && !progressive {
        // "the paper quoted him as saying “…”": the one quoted (not "was quoted by the daily
        // al-Qabas as saying", whose subject is quoted)
        let quoted = words[..k]
            .iter()
            .rposition(|(_, w)| is_quoting_verb(w))
            .filter(|&q| {
                words.get(q + 1).is_some_and(|(_, w)| *w != "by")
                    && (q == 0
                        || !matches!(
                            words[q - 1].1,
                            "was" | "were" | "is" | "are" | "been" | "be"
                        ))
            });
        if let Some(q) = quoted {
            if let Some(who) = quoted_as_saying(ctx, &words[q + 1..]) {
                return Some(who);
            }
        }
        // "“…,” Trump said, adding, “…”": the attribution of the quote before
        if before.start > sent.start {
            if let Some(w) = attribution_after(ctx, masked, base, before.start..words[k].0.start) {
                return Some(w);
            }
        }
        // "…, Nefzi said, adding, “…”" (or "…, said Nefzi, adding"): the speaker of a clause
        // reported without marks, not the clause's subject
        if let Some(who) = speaker_set_off_before(ctx, masked, base, sent.start, &words[..k]) {
            return Some(who);
        }
        // "footage of Trump saying": the name right before the participle (not one a comma
        // sets apart: "urged women to vote for Hillary Clinton, saying, “…”" is the subject's)
        if let Some(m) = words
            .get(k.wrapping_sub(1))
            .filter(|(r, _)| !frame(masked, base, r.end, words[k].0.start).contains(','))
            .and_then(|(r, _)| mention_covering(ctx, r.clone()))
            .filter(|m| !m.possessive && person_like(ctx, m.entity))
        {
            return Some(Who::Entity(m.entity));
        }
        // "with America's TV Guide magazine describing the series as “…”": a paper or channel
        // named right before its noun (not where it is read or told: "Mr Kruger was quoted in
        // the Guardian newspaper saying", "told the Herald newspaper")
        if k >= 2 && is_medium_noun(words[k - 1].1) {
            let named = mention_covering(ctx, words[k - 2].0.clone()).filter(|m| {
                let before = words[..k - 2]
                    .iter()
                    .rev()
                    .find(|(r, w)| r.end <= m.range.start && !is_the(w))
                    .map_or("", |(_, w)| *w);
                !m.possessive
                    && m.range.end == words[k - 2].0.end
                    && is_speaker_kind(ctx, m)
                    && !(is_preposition(before) && before != "with")
                    && !is_speech_verb(before)
            });
            if let Some(m) = named {
                return Some(Who::Entity(m.entity));
            }
        }
        // "mocked Trump for calling himself the “king of debt”": the person blamed or praised
        // for it, right before "for"
        if k >= 2 && words[k - 1].1 == "for" {
            let blamed = mention_covering(ctx, words[k - 2].0.clone()).filter(|m| {
                !m.possessive
                    && person_like(ctx, m.entity)
                    && m.range.end == words[k - 2].0.end
                    && !frame(masked, base, m.range.end, words[k - 1].0.start).contains(',')
            });
            if let Some(m) = blamed {
                return Some(Who::Entity(m.entity));
            }
        }
        // "…, saying": the sentence's subject, a name or else a pronoun or description that
        // opens it ("The Vermont senator emailed supporters saying: “…”"); a pronoun that
        // opens it comes before a name further on ("he held his fire on Ben Carson, calling
        // him a “nice guy”")
        let head = sent.start..words[k].0.start;
        let opening = opening_subject(masked, base, head.clone());
        let opening_pronoun = opening.as_ref().is_some_and(pronoun_who);
        // (a "he" or "she" after a leading clause is its subject's: "While Secretary Rubio
        // declined to address it, he reaffirmed Israel's right, saying, “…”")
        if let Some(Who::Description(d)) = &opening {
            let want = pronoun_gender(d);
            let pronoun_at = words[..k]
                .iter()
                .find(|(r, w)| {
                    matches!(*w, "he" | "she")
                        && frame(masked, base, sent.start, r.start)
                            .trim_end()
                            .ends_with(',')
                })
                .map(|(r, _)| r.start);
            if let (Some(want), Some(at)) = (want, pronoun_at) {
                if let Some(e) = leading_clause_person(ctx, masked, base, sent.start..at, want) {
                    return Some(Who::Entity(e));
                }
            }
        }
        return sentence_subject(ctx, masked, base, head)
            .filter(|_| !opening_pronoun)
            .map(|(e, _)| Who::Entity(e))
            .or(opening);
    }
    // an inverted verb and its speaker right before the quote: "Because of how Democrats
    // crafted the schedule, explained Rosenberg, “…”"
    // (after a comma that closes no name: not "Their president, Gustavo Parente Sanchez, says
    // Juninho “…”")
    let after_a_comma = frame(masked, base, sent.start, words[k].0.start)
        .trim_end()
        .ends_with(',')
        && k > 0
        && mention_covering(ctx, words[k - 1].0.clone()).is_none_or(|m| !is_speaker_kind(ctx, m));
    if is_inverting_verb(words[k].1)
        && !matches!(words[k].1, "told" | "tells")
        && after_a_comma
        && k + 1 < words.len()
    {
        let named = mentions_in(ctx, words[k + 1].0.start..before.end)
            .find(|m| m.range.start == words[k + 1].0.start);
        // (a comma or colon after the name: not "…, said Fiorina “was personally involved”",
        // where the name opens what was said)
        if let Some(m) = named.filter(|m| {
            let gap = frame(masked, base, m.range.end, before.end).trim();
            is_speaker_kind(ctx, m) && !m.possessive && matches!(gap, "," | ":")
        }) {
            return Some(Who::Entity(m.entity));
        }
    }
    // a verb joined to an earlier one shares its subject: "Perry gave no figures for the
    // segment but said it was “…”"
    if k >= 2 && matches!(words[k - 1].1, "and" | "but") && is_finite_speech_verb(words[k].1) {
        let shared = sentence_subject(ctx, masked, base, sent.start..words[k - 1].0.start)
            .filter(|&(e, at)| person_like(ctx, e) && leads_sentence(masked, base, sent.start..at));
        if let Some((e, _)) = shared {
            return Some(Who::Entity(e));
        }
        // (or an unnamed one that opens the sentence: "A Drexel spokesman acknowledged that his
        // firm had underwritten the offering for Sugarman but added:")
        // (the description opening the sentence itself, not one after a clause: "When Robby
        // Mook, the campaign manager was asked about it, he laughed and said")
        let lead = words_of(masked, base, sent.start..words[k - 1].0.start);
        if let Some((d, _)) = description_at(&lead) {
            return Some(Who::Description(d));
        }
        // (or a pronoun that opens it, past a short phrase set off by a comma: "Eight years ago,
        // he supported Barack Obama over Clinton and said, “…”")
        let lead_text = frame(masked, base, sent.start, words[k - 1].0.start);
        let first = past_opening_phrase(lead_text, 5)
            .whitespace_words()
            .next()
            .unwrap_or("");
        if matches!(first, "he" | "He" | "she" | "She") {
            return Some(Who::Description(first.to_lowercase()));
        }
    }
    // a verb whose subject is a thing goes back to the finite one that reports it: "President
    // Obama, dedicating the museum, said it would tell a story of “…”"
    let (k, who) = match subject_before_verb(ctx, masked, base, sent.start..words[k].0.start) {
        Some(who) => (k, who),
        None => {
            // "The Security Council … pledged sanctions against what it called “…”": "it" is
            // the body that heads the sentence
            if k > 0 && words[k - 1].1 == "it" {
                let body = sentence_subject(ctx, masked, base, sent.start..words[k - 1].0.start)
                    .filter(|&(e, at)| {
                        ctx.entities[e].kind == EntityKind::Organization
                            && leads_sentence(masked, base, sent.start..at)
                    });
                if let Some((e, _)) = body {
                    return Some(Who::Entity(e));
                }
            }
            let j = (0..k).rev().find(|&i| is_finite_speech_verb(words[i].1))?;
            // or a second verb joined to the first by "and": "Ivana Trump's brief said that was
            // not her view and dismissed those reports as “…”"
            let joined = k > 0 && words[k - 1].1 == "and" && is_finite_speech_verb(words[k].1);
            if !matches!(words.get(j + 1).map(|w| w.1), Some("it" | "they" | "this")) && !joined {
                return None;
            }
            let who = subject_before_verb(ctx, masked, base, sent.start..words[j].0.start)?;
            (j, who)
        }
    };
    // "Ban Ki-moon condemned what he called …": a pronoun after the sentence's own subject
    if let Who::Description(d) = &who {
        let Some(want) = pronoun_gender(d) else {
            return Some(who);
        };
        // the pronoun right before the verb, after the subject: not "She says Trump … She adds"
        let pronoun_at = words_of(masked, base, sent.start..words[k].0.start)
            .last()
            .map_or(0, |(r, _)| r.start);
        if let Some((e, at)) = sentence_subject(ctx, masked, base, sent.start..words[k].0.start) {
            let fits = ctx.genders[e].0 == want || ctx.genders[e].0 == Gender::Unknown;
            // and heading the main clause: not "Asked about the event that Clinton …, she"
            let before_pronoun = at < pronoun_at && leads_sentence(masked, base, sent.start..at);
            if ctx.entities[e].kind == EntityKind::Person && fits && before_pronoun {
                return Some(Who::Entity(e));
            }
            // or the subject of a clause that opens the sentence, right after the word that
            // opens it: "Ever since Bernie Sanders announced his candidacy, he's said …"
            if let Some(e) = leading_clause_person(ctx, masked, base, sent.start..pronoun_at, want)
            {
                return Some(Who::Entity(e));
            }
        }
        // or a definite description that opens it: "The president denounced what he called …"
        let opening = words_of(masked, base, sent.start..pronoun_at);
        let first = opening.iter().position(|(_, w)| !is_sentence_opener(w));
        let heading = first
            .filter(|&f| matches!(opening[f].1, "The" | "the"))
            .and_then(|f| description_at(&opening[f..]));
        if let Some((description, _)) = heading {
            return Some(Who::Description(description));
        }
        // or the person that opens the main clause past a phrase set off by a comma: "In an
        // October CNN interview, Trump said he believes Afghanistan was “…”"
        let lead = frame(masked, base, sent.start, pronoun_at);
        let main_clause = past_opening_phrase(lead, 8);
        if main_clause.len() < lead.len() {
            let clause = sent.start + lead.len() - main_clause.len();
            let opener = words_of(masked, base, clause..pronoun_at)
                .first()
                .and_then(|(r, _)| mention_covering(ctx, r.clone()))
                .filter(|m| {
                    !m.possessive
                        && ctx.entities[m.entity].kind == EntityKind::Person
                        && (ctx.genders[m.entity].0 == want
                            || ctx.genders[m.entity].0 == Gender::Unknown)
                        && !frame(masked, base, m.range.end, pronoun_at).contains(',')
                });
            if let Some(m) = opener {
                return Some(Who::Entity(m.entity));
            }
        }
    }
    Some(who)
}

/// The person who opens a clause leading a sentence, before the pronoun of gender `want` that
/// heads its main clause at `lead.end`: "While Secretary Rubio declined to address it, he …",
/// "Ever since Bernie Sanders announced his candidacy, he's said …" (right after the word that
/// opens the clause, past a title; not a name further into it: "Asked about the event that
/// Clinton faces Trump, she …", nor with another named after it), or, when a clause of time has
/// a body or a group for its subject, the one person it names (see [`one_person_acted_on`]).
fn leading_clause_person(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    lead: Range<usize>,
    want: Gender,
) -> Option<usize> {
    let words = words_of(masked, base, lead.clone());
    let first = words.iter().position(|(_, w)| {
        !(is_sentence_opener(w) || matches!(lower_case(w).as_ref(), "ever" | "even"))
    })?;
    // (nor when the clause speaks of another of that gender as "him" or "her": "When Donald
    // Trump attacked him, he responded")
    let object = if want == Gender::Female { "her" } else { "him" };
    if !opens_a_leading_clause(words[first].1) || words.iter().any(|(_, w)| *w == object) {
        return None;
    }
    let at = first + 1 + words[first + 1..].iter().position(|(_, w)| !is_title(w))?;
    let Some(m) = mention_covering(ctx, words[at].0.clone())
        .filter(|m| m.range.start == words[at].0.start && !m.possessive)
        .filter(|m| person_like(ctx, m.entity))
    else {
        // (a clause of time whose subject is a body or a group, a name of no person or "the"
        // and a noun for no person: not "When asked if Mr Blunkett could return …, he
        // replied", "After the judge sentenced Combs, he said", "As Starmer greeted Biden")
        let subject = words[at].1;
        let no_person = if is_the(subject) {
            words.get(at + 1).is_some_and(|(_, noun)| {
                let noun = lower_case(noun);
                let singular = noun.trim_end_matches('s');
                role_class(singular).is_none()
                    && person_noun(singular).is_none()
                    && !is_title(&noun)
            })
        } else {
            subject.starts_with(char::is_uppercase)
                && mention_covering(ctx, words[at].0.clone()).is_some_and(|m| {
                    matches!(
                        ctx.entities[m.entity].kind,
                        EntityKind::Organization | EntityKind::Place
                    )
                })
        };
        let of_time = matches!(
            lower_case(words[first].1).as_ref(),
            "as" | "when" | "while" | "after" | "before" | "once"
        ) && no_person;
        return of_time
            .then(|| one_person_acted_on(ctx, words[at].0.start..lead.end, want))
            .flatten();
    };
    let gender = ctx.genders[m.entity].0;
    let fits = ctx.entities[m.entity].kind == EntityKind::Person
        && (gender == want || gender == Gender::Unknown);
    // (and the pronoun heads the main clause: no other person heads one before it, not "When
    // Ms. Friedan … recommended that she burn, Mrs. Schlafly replied that, she said, …"; one
    // named inside the clause is no matter, "When Flynn was asked whether he respects Putin, he
    // said")
    let other_heads = mentions_in(ctx, m.range.end..lead.end).any(|o| {
        let mut before = ctx.text[..o.range.start].trim_end();
        while let Some((rest, word)) = before.rsplit_once(char::is_whitespace) {
            if !is_title(word) {
                break;
            }
            before = rest.trim_end();
        }
        o.entity != m.entity && !o.possessive && person_like(ctx, o.entity) && before.ends_with(',')
    });
    (fits && !other_heads && frame(masked, base, m.range.end, lead.end).contains(','))
        .then_some(m.entity)
}

/// The one person a leading clause whose subject is no person names, before the pronoun of
/// gender `want` that heads the main clause: "As US Marshals escorted Combs from the courtroom,
/// he told his family …" (`clause` runs from the clause's subject to the pronoun; none when it
/// names two people, or names the one as an owner, "Combs's lawyer").
fn one_person_acted_on(ctx: &Ctx, clause: Range<usize>, want: Gender) -> Option<usize> {
    let comma = clause.start + ctx.text.get(clause.clone())?.rfind(',')?;
    let mut people = mentions_in(ctx, clause.start..comma).filter(|m| {
        person_like(ctx, m.entity) || ctx.entities[m.entity].kind == EntityKind::Person
    });
    let m = people.next()?;
    let gender = ctx.genders[m.entity].0;
    (!m.possessive
        && people.all(|o| o.entity == m.entity)
        && (gender == want || gender == Gender::Unknown))
        .then_some(m.entity)
}

/// A verb of talking to someone: "talking to Sky Sports", "speaking to reporters".
fn is_talking(word: &str) -> bool {
    matches!(
        word,
        "talking" | "talked" | "talks" | "speaking" | "spoke" | "speaks" | "speak" | "talk"
    ) || (is_speech_verb(word) && word.ends_with("ing"))
}

/// A sentence's lead past an opening phrase of at most `max_words` words set off by a comma
/// ("Eight years ago, he supported …" from " he supported …"); the whole lead when it has none.
fn past_opening_phrase(lead: &str, max_words: usize) -> &str {
    lead.find(',')
        .filter(|&c| lead[..c].whitespace_words().nth(max_words).is_none())
        .map_or(lead, |c| &lead[c + 1..])
}

/// Whether the word at `i` and "back" after it say something in reply: "shot back", "fired
/// back", "hit back".
fn hits_back(words: &[(Range<usize>, &str)], i: usize) -> bool {
    matches!(
        words[i].1,
        "shot" | "fired" | "hit" | "hits" | "fires" | "shoots"
    ) && words.get(i + 1).is_some_and(|(_, w)| *w == "back")
}

/// Whether the word at `i` says a document's words: "read" before "the statement" or "a letter",
/// or after a document's noun ("a BBC statement read").
fn reads_a_document(words: &[(Range<usize>, &str)], i: usize) -> bool {
    matches!(words[i].1, "read" | "reads")
        && ((words
            .get(i + 1)
            .is_some_and(|(_, w)| matches!(*w, "the" | "a"))
            && words.get(i + 2).is_some_and(|(_, w)| is_document_noun(w)))
            // or a document that reads so: "“…,” a BBC statement read"
            || i.checked_sub(1)
                .is_some_and(|before| is_document_noun(words[before].1)))
}

/// A word that makes the word after it a noun: "those reports", "the claims". (Not a possessive:
/// "her comments that “…”" are hers, as a pronoun subject would be.)
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "those" | "these" | "such" | "some" | "many" | "several"
    )
}

/// The body whose team, staff or board a phrase ends with: "Google's security team", "the
/// Google team" (the body named at most two words before the noun, and no person after it).
fn body_of_its_team(ctx: &Ctx, masked: &Masked, base: usize, range: Range<usize>) -> Option<usize> {
    let words = words_of(masked, base, range);
    let (_, last) = words.last()?;
    if !matches!(*last, "team" | "staff" | "management" | "board") {
        return body_by_its_noun(ctx, &words);
    }
    let n = words.len();
    let named = words[n.saturating_sub(4)..n - 1]
        .iter()
        .rev()
        .find_map(|(r, _)| mention_covering(ctx, r.clone()))?;
    let between = words
        .iter()
        .filter(|(r, _)| r.start >= named.range.end)
        .count();
    // (one phrase, no person in it: not "…, who was her White House chief of staff", "that the
    // Taft Broadcasting board will …")
    let clause_or_person = words.iter().any(|(r, w)| {
        matches!(*w, "that" | "who" | "which" | "of")
            || mention_covering(ctx, r.clone()).is_some_and(|m| person_like(ctx, m.entity))
    });
    (ctx.entities[named.entity].kind == EntityKind::Organization
        && between <= 3
        && !clause_or_person)
        .then_some(named.entity)
}

/// The body a description of "the", its name and a noun for a body stands for: "The IFPI
/// industry body", "The Reporters Without Borders group", "the Usdaw trade union" (`words`: the
/// description's); not another body than the named one ("the Barclays rival group").
fn body_by_its_noun(ctx: &Ctx, words: &[(Range<usize>, &str)]) -> Option<usize> {
    let [(_, the), (first, _), .., (_, noun)] = words else {
        return None;
    };
    if !is_the(the)
        || !matches!(
            *noun,
            "body"
                | "group"
                | "union"
                | "association"
                | "organisation"
                | "organization"
                | "watchdog"
                | "charity"
                | "regulator"
                | "federation"
                | "agency"
        )
    {
        return None;
    }
    let named = mention_covering(ctx, first.clone())
        .filter(|m| m.range.start == first.start && !m.possessive)?;
    let between: Vec<&str> = words
        .iter()
        .filter(|(r, _)| r.start >= named.range.end)
        .map(|(_, w)| *w)
        .collect();
    let describes_it = between.len() <= 3
        && between.iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !matches!(
                    *w,
                    "rival" | "parent" | "other" | "sister" | "former" | "new" | "acquiring"
                )
        });
    (describes_it && ctx.entities[named.entity].kind == EntityKind::Organization)
        .then_some(named.entity)
}

/// How many words that lead into a bare verb of saying end `words`: "went on to" (or "goes",
/// "go", "going", "gone" on to), "(was) keen to", "quick to", "eager to" and the like.
fn leads_into_a_verb(words: &[(Range<usize>, &str)]) -> Option<usize> {
    match words {
        [.., (_, "went" | "goes" | "go" | "going" | "gone"), (_, "on"), (_, "to")] => Some(3),
        [.., (_, "keen" | "quick" | "eager" | "anxious" | "careful"), (_, "to")] => Some(2),
        _ => None,
    }
}

/// The subject standing right before a verb, past fillers and appositives.
fn subject_before_verb(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    range: Range<usize>,
) -> Option<Who> {
    let mut end = range.end;
    // skip fillers: "has consistently", and "went on to" or "was keen to" before a bare verb
    // ("He went on to say Clinton's behavior is “…”", "It was keen to point out …")
    loop {
        let words = words_of(masked, base, range.start..end);
        match words.last() {
            Some((r, w)) if is_verb_filler(w) && !is_he_or_she(w) => end = r.start,
            Some(_) => match leads_into_a_verb(&words) {
                Some(n) => end = words[words.len() - n].0.start,
                None => break,
            },
            None => break,
        }
    }
    let mut head = frame(masked, base, range.start, end).trim_end();
    // an aside between dashes before the verb is not the subject: "Gingrich — mentioned by
    // Newsmax as Trump's running mate — told Bill O'Reilly" (unless it names the one a
    // description before it left unnamed: "A former Republican presidential candidate -- John
    // McCain, who lost the 2008 election to Obama -- said")
    for dash in ["\u{2014}", "\u{2013}", "--"] {
        if let Some(open) = head
            .strip_suffix(dash)
            .and_then(|inside| inside.rfind(dash))
            .filter(|&open| !head[..open].trim().is_empty())
        {
            let before = subject_before_verb(ctx, masked, base, range.start..range.start + open);
            if matches!(before, Some(Who::Entity(_))) {
                return before;
            }
            // (the aside's name that stands alone, ended by a comma or the dash: not "Clinton"
            // of "— Clinton aide Jennifer Palmieri —")
            let aside = range.start + open + dash.len();
            let closing = range.start + head.len() - dash.len();
            let named = mentions_in(ctx, aside..closing).find(|m| {
                let rest = frame(masked, base, m.range.end.min(closing), closing).trim_start();
                person_like(ctx, m.entity)
                    && !m.possessive
                    && (rest.is_empty() || rest.starts_with(','))
            });
            return named.map(|m| Who::Entity(m.entity)).or(before);
        }
    }
    // a body's team or board speaks as the body: "Google's security team said", "the Google
    // team said"
    if let Some(e) = body_of_its_team(ctx, masked, base, range.start..range.start + head.len()) {
        return Some(Who::Entity(e));
    }
    // a document speaks for the author named after it: "a study by Credit Suisse said" (past
    // its short name in brackets: "… Group on Indonesia (IGGI) said")
    if let Some(m) =
        document_by_its_author(ctx, &words_of(masked, base, range.start..end)).filter(|m| {
            let gap = frame(masked, base, m.range.end, range.start + head.len()).trim();
            gap.is_empty() || (gap.starts_with('(') && gap.ends_with(')') && gap.len() < 16)
        })
    {
        return Some(Who::Entity(m.entity));
    }
    // a paper or agency before its noun: "the official Tass news agency reported", "Vedomosti
    // newspaper reported"
    if let Some((who, noun_end)) =
        medium_after_adjectives(ctx, &words_of(masked, base, range.start..end))
    {
        if frame(masked, base, noun_end, range.start + head.len())
            .trim()
            .is_empty()
        {
            return Some(who);
        }
    }
    // the verb of a relative clause about a person: "a debut nomination for Staunton, 49, who
    // told BBC News 24 she had not thought …" (past an age or a few words set off by commas)
    if let Some(before_who) = head.strip_suffix(" who").map(str::trim_end) {
        if let Some(lead) = before_who.strip_suffix(',') {
            let aside_end = range.start + lead.len();
            let aside_start = lead
                .rfind(',')
                .filter(|&c| lead[c + 1..].whitespace_words().nth(3).is_none())
                .map_or(aside_end, |c| range.start + c);
            let named = words_of(masked, base, range.start..aside_start)
                .last()
                .and_then(|(r, _)| mention_covering(ctx, r.clone()))
                .filter(|m| {
                    !m.possessive
                        && m.range.end >= aside_start.min(m.range.end)
                        && person_like(ctx, m.entity)
                        && frame(masked, base, m.range.end, aside_start)
                            .trim()
                            .is_empty()
                });
            // (not inside what someone else said: "Weitz said he had visited Pullman, who had
            // told him that …" goes on as Weitz's)
            let reported = || {
                named.is_some_and(|m| {
                    words_of(masked, base, range.start..m.range.start)
                        .iter()
                        .any(|(_, w)| is_speech_verb(w))
                })
            };
            if let Some(m) = named.filter(|_| !reported()) {
                return Some(Who::Entity(m.entity));
            }
        }
    }
    // a party or place in parentheses: "Paul D. Ryan (R-Wis.) said"
    let strip_parenthesis = |h: &str| -> usize {
        if h.ends_with(')') {
            if let Some(open) = h.rfind('(') {
                return h[..open].trim_end().len();
            }
        }
        h.len()
    };
    head = &head[..strip_parenthesis(head)];
    // an aside between dashes: "Alan Beith - who chairs the committee which monitors the
    // Department of Constitutional Affairs - said" (a relative clause or an appositive)
    if let Some(inner) = head.strip_suffix(['-', '\u{2014}', '\u{2013}']) {
        let opening = [" - ", " \u{2014} ", " \u{2013} "]
            .iter()
            .filter_map(|dash| inner.find(dash).map(|at| (at, dash.len())))
            .min();
        if let Some((at, len)) = opening {
            let aside = inner[at + len..].whitespace_words().next().unwrap_or("");
            if matches!(aside, "who" | "which" | "whose" | "a" | "an" | "the") {
                head = inner[..at].trim_end();
            }
        }
    }
    if head.ends_with(',') {
        if let Some(who) =
            relative_clause_subject(ctx, masked, base, range.start..range.start + head.len())
        {
            return Some(who);
        }
    }
    // an appositive or aside: "Ushakov, a Putin aide, called"; "Clinton, at a gaggle, said"
    if head.ends_with(',') {
        let inner = &head[..head.len() - 1];
        if let Some(at) = relative_clause_of_a_description(ctx, masked, base, range.start, inner) {
            head = inner[..at].trim_end();
        } else if let Some(comma) = inner.rfind(',') {
            let segment = &inner[comma + 1..];
            if segment.whitespace_words().nth(25).is_none() && !inner[..comma].trim().is_empty() {
                // "The Shadow Secretary for the Family, Theresa May, said": the aside is the name
                // (a name, not a word that qualifies a noun: not "…, a Trump supporter, said")
                let segment_start = range.start + comma + 1;
                let segment_end = range.start + inner.len();
                let qualifies_a_noun = |m: &Mention| {
                    word_iter(masked, base, m.range.end..segment_end)
                        .next()
                        .is_some_and(|(_, w)| {
                            w.starts_with(char::is_lowercase)
                                && !is_preposition(w)
                                && !matches!(w, "and" | "or" | "who" | "whose")
                        })
                };
                // nor the object of a clause or a preposition in the aside: "Parker Eaton, a
                // Republican who voted for JFK and Bill Clinton, said"
                let in_a_clause = |m: &Mention| {
                    let lead = frame(masked, base, segment_start, m.range.start);
                    ends_in_preposition(lead)
                        || lead
                            .whitespace_words()
                            .any(|w| matches!(w, "who" | "whom" | "which" | "that"))
                        // ("whose" too, but for a real name: "The Game, whose real name is
                        // Jayceon Taylor, said")
                        || (lead.whitespace_words().any(|w| w == "whose")
                            && !tells_a_real_name(lead))
                };
                let named = mentions_in(ctx, segment_start..segment_end).find(|m| {
                    ctx.entities[m.entity].kind == EntityKind::Person
                        && !m.possessive
                        && !qualifies_a_noun(m)
                        && !in_a_clause(m)
                });
                let head_mention = words_of(masked, base, range.start..range.start + comma)
                    .last()
                    .and_then(|(r, _)| mention_covering(ctx, r.clone()))
                    .filter(|m| ctx.entities[m.entity].kind == EntityKind::Person);
                if let (Some(m), None) = (named, head_mention) {
                    return Some(Who::Entity(m.entity));
                }
                head = inner[..comma].trim_end();
                head = &head[..strip_parenthesis(head)];
                // a name inside an earlier aside's clause is not the subject either: "Marty
                // West, a professor who worked for Sen. Lamar Alexander (R-Tenn.), one of the
                // bill's architects, called it": the subject stands before that aside
                if let Some(earlier) = head.rfind(',') {
                    let aside_start = range.start + earlier + 1;
                    let lead = frame(masked, base, aside_start, range.start + head.len());
                    let opens_appositive = lead.whitespace_words().next().is_some_and(|w| {
                        matches!(w, "a" | "an" | "the") || is_role(w) || person_noun(w).is_some()
                    });
                    let person_before = words_of(masked, base, range.start..range.start + earlier)
                        .last()
                        .and_then(|(r, _)| mention_covering(ctx, r.clone()))
                        .is_some_and(|m| ctx.entities[m.entity].kind == EntityKind::Person);
                    let nested = opens_appositive
                        && person_before
                        && lead.whitespace_words().nth(25).is_none()
                        && lead
                            .whitespace_words()
                            .any(|w| matches!(w, "who" | "whom" | "which" | "that"));
                    if nested {
                        head = head[..earlier].trim_end();
                    }
                }
            }
        }
    }
    // an appositive the writer left open, or closed before a relative clause: "Sam Lau, the
    // communications director for the Iowa Democratic Party said" (a noun phrase: no clause in
    // it)
    if let Some(comma) = memchr::memrchr(b',', head.as_bytes()).filter(|_| !head.ends_with(',')) {
        let aside = &head[comma + 1..];
        // (or a role: "Nick Davies, spokesman for athletics' ruling body the IAAF, which
        // handed out the bans, said")
        // (an "and" between capitals joins a name: "the Public and Commercial Services Union")
        let aside_words: Vec<&str> = aside.whitespace_words().collect();
        let capital = |i: Option<usize>| {
            i.and_then(|i| aside_words.get(i))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        let opens = aside_words.first().is_some_and(|w| opens_appositive(w))
            && !aside_words.iter().enumerate().any(|(i, &w)| {
                (matches!(w, "who" | "which" | "that" | "but" | "as")
                    || (w == "and" && !(capital(i.checked_sub(1)) && capital(Some(i + 1)))))
                    || (w.ends_with("ed") && w.starts_with(char::is_lowercase))
            });
        // (the person opens the subject, after a title or a role with its body at most, and
        // the aside names nobody: "Ways and Means chairman Dan Rostenkowski, an Illinois
        // Democrat said")
        let person_before = words_of(masked, base, range.start..range.start + comma)
            .last()
            .and_then(|(r, _)| mention_covering(ctx, r.clone()))
            .filter(|m| {
                let lead = words_of(masked, base, range.start..m.range.start);
                let after_a_role = lead
                    .last()
                    .is_some_and(|(_, w)| w.starts_with(char::is_lowercase) && is_role(w))
                    && !lead
                        .iter()
                        .any(|(_, w)| is_preposition(w) || may_be_a_verb(w));
                person_like(ctx, m.entity)
                    && !m.possessive
                    && (lead.iter().all(|(_, w)| is_title(w)) || after_a_role)
            });
        // (a name of no known kind in a role's "of" phrase is the body held: "Luigi Lucchini,
        // president of the employers organisation Confindustria said", "Mark Serwotka, the
        // leader of the Public and Commercial Services Union said")
        let lead_words: Vec<&str> = aside.whitespace_words().take(5).collect();
        let role_of = lead_words
            .iter()
            .position(|w| role_class(w).is_some())
            .is_some_and(|i| {
                i <= 3
                    && lead_words[..i]
                        .iter()
                        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && !is_preposition(w))
                    && matches!(lead_words.get(i + 1), Some(&("of" | "for" | "at")))
            });
        let aside_names =
            mentions_in(ctx, range.start + comma..range.start + head.len()).any(|m| {
                person_like(ctx, m.entity)
                    && !(role_of && ctx.entities[m.entity].kind != EntityKind::Person)
            });
        // (not an aside of saying: "Clinton, a top aide said, “is very confident …”")
        let verb_end = range.end
            + frame(masked, base, range.end, usize::MAX)
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(0);
        let parenthetical = frame(masked, base, verb_end, usize::MAX)
            .trim_start()
            .starts_with(',');
        if let Some(m) = person_before.filter(|_| {
            opens && !aside_names && !parenthetical && aside.whitespace_words().nth(10).is_none()
        }) {
            return Some(Who::Entity(m.entity));
        }
    }
    let head_end = range.start + head.len();
    if let Some(e) = person_before_open_role(ctx, masked, base, range.start..head_end) {
        return Some(Who::Entity(e));
    }
    let mut words = words_of(masked, base, range.start..head_end);
    // a generation ends a name: "Vann R. Newkirk II"
    if words.len() > 1 && words.last().is_some_and(|(_, w)| is_generation(w)) {
        words.to_mut().pop();
    }
    if let Some(one) = one_of_a_group(&words) {
        return Some(one);
    }
    if let Some(d) = role_of_something(ctx, masked, base, &words) {
        return Some(Who::Description(d));
    }
    let (last_range, last) = words.last()?.clone();
    if let Some(p) = pronoun(last).or_else(|| body_pronoun(ctx, last, last_range.start)) {
        return Some(p);
    }
    // a body's document speaks for it: "the IMF report stated"
    if matches!(
        last,
        "report"
            | "statement"
            | "study"
            | "memo"
            | "ruling"
            | "letter"
            | "complaint"
            | "survey"
            | "brief"
            | "filing"
    ) && words.len() >= 2
    {
        if let Some(m) = mention_covering(ctx, words[words.len() - 2].0.clone()) {
            if is_speaker_kind(ctx, m) {
                return Some(Who::Entity(m.entity));
            }
        }
    }
    // (also with what it is about after it: "the FAO report on the “State of …” said")
    if let Some(i) = document_and_its_subject(&words, 5).filter(|&i| i >= 1) {
        if let Some(m) = mention_covering(ctx, words[i - 1].0.clone()) {
            if is_speaker_kind(ctx, m) && !m.possessive {
                return Some(Who::Entity(m.entity));
            }
        }
    }
    // someone unnamed opening the clause, and the body they are with: "one dealer with a U.S.
    // Bank said", "A trader at a Japanese bank said"
    if let Some(d) = unnamed_with_affiliation(ctx, masked, base, range.start, &words) {
        return Some(Who::Description(d));
    }
    if let Some(d) = unnamed_with_modifiers(ctx, &words) {
        return Some(Who::Description(d));
    }
    // "“…,” the Dutchman said": the person described, not the country
    let the = words.iter().rposition(|(_, w)| is_the(w));
    if let Some(d) = the.and_then(|t| nationality_or_age_description(&words[t..])) {
        return Some(Who::Description(d));
    }
    if let Some(m) = mention_covering(ctx, last_range.clone()) {
        // a name after a preposition is no subject, and the word after it a noun: "PolitiFact
        // rated 32% of Republican claims as “false”"
        let lead = frame(
            masked,
            base,
            range.start.max(m.range.start.saturating_sub(16)),
            m.range.start,
        );
        let after_preposition =
            head.len() + range.start == m.range.end && ends_in_preposition(lead);
        if let Some(e) = surname_person(ctx, m).filter(|_| !m.possessive) {
            return Some(Who::Entity(e));
        }
        // a country as the subject of a verb of saying speaks for its government: "South
        // Korea accused …", "Japan branded …"
        let country = ctx.entities[m.entity].kind == EntityKind::Place
            && m.range.end == last_range.end
            && head.len() + range.start == last_range.end
            && words.len() <= 3;
        // "CBC Chairman G.K. Butterfield of North Carolina said": the person from the place;
        // "Peter Appert of C.J. Lawrence said": a person is not of another, so the second name is
        // a firm's
        let of_place = ctx.entities[m.entity].kind == EntityKind::Place;
        let of_person = ctx.entities[m.entity].kind == EntityKind::Person;
        if (of_place || of_person) && !m.possessive {
            let from = mentions_in(ctx, range.start..m.range.start)
                .next_back()
                .filter(|p| {
                    let gap = frame(masked, base, p.range.end, m.range.start).trim();
                    ctx.entities[p.entity].kind == EntityKind::Person
                        && !p.possessive
                        && (matches!(gap, "of" | "from") || (of_person && gap == "at"))
                });
            if let Some(p) = from {
                return Some(Who::Entity(p.entity));
            }
        }
        // the one spoken to is no subject, the one speaking is: "Arsenal boss Mikel Arteta
        // talking to Sky Sports, asked about what he liked:"
        let spoken_to = words
            .iter()
            .rposition(|(r, _)| r.end <= m.range.start)
            .filter(|&t| t >= 1 && words[t].1 == "to" && is_talking(words[t - 1].1));
        if let Some(t) = spoken_to {
            let speaking = mentions_in(ctx, range.start..words[t - 1].0.start)
                .next_back()
                .filter(|p| {
                    !p.possessive
                        && person_like(ctx, p.entity)
                        && frame(masked, base, p.range.end, words[t - 1].0.start)
                            .trim()
                            .is_empty()
                });
            if let Some(p) = speaking {
                return Some(Who::Entity(p.entity));
            }
        }
        if (!is_speaker_kind(ctx, m) && !country) || m.possessive {
            return None;
        }
        // "Nick Van den Brul of BNP Paribas described", "Colin Asplin, Blackpool Hotel Association said"
        // (not when the name is a person's: "… serving under Obama, Gen. Ham noted")
        if ctx.entities[m.entity].kind != EntityKind::Person && !person_like(ctx, m.entity) {
            let person = mentions_in(ctx, range.start..m.range.start)
                .rev()
                .take(3)
                .find(|p| {
                    let gap = frame(masked, base, p.range.end, m.range.start).trim();
                    let affiliation = matches!(
                        gap.whitespace_words().next().unwrap_or(""),
                        "of" | "at" | "for" | "from" | "with"
                    );
                    matches!(
                        ctx.entities[p.entity].kind,
                        EntityKind::Person | EntityKind::Other
                    ) && !p.possessive
                        && match gap.whitespace_words().count() {
                            ..=4 => gap.starts_with(',') || affiliation,
                            // (a longer affiliation, without a comma: "Bijan
                            // Moussavar-Rahmani of Harvard University's Energy and Environment
                            // Policy Center said")
                            5..=7 => affiliation && !gap.contains(','),
                            _ => false,
                        }
                });
            if let Some(p) = person {
                return Some(Who::Entity(p.entity));
            }
        }
        if after_preposition {
            return None;
        }
        return Some(Who::Entity(m.entity));
    }
    // a long one: "the former secretary of state and current Democratic presidential nominee"
    if person_noun(last).is_some() {
        let n = words.len();
        // "the …" or a name's: "Obama's former campaign strategist"
        let the = (n.saturating_sub(10)..n.saturating_sub(1))
            .rev()
            .find(|&k| {
                let w = words[k].1;
                is_the(w)
                    || (w.starts_with(char::is_uppercase)
                        && (w.ends_with("'s") || w.ends_with("\u{2019}s")))
            });
        if let Some(the) = the {
            let span = frame(masked, base, words[the].0.start, last_range.end);
            let plain = !span.contains([',', ';', '(', ')'])
                && words[the + 1..].iter().all(|(_, w)| {
                    !is_finite_speech_verb(w) && !matches!(*w, "who" | "that" | "which")
                });
            if plain {
                let text: Vec<&str> = words[the..].iter().map(|x| x.1).collect();
                return Some(Who::Description(text.join(" ")));
            }
        }
    }
    // a description ending right here: "a spokesman", "the Putin aide" (not one after a
    // preposition, which a noun before it heads: "An Alcoa source involved in terminal trading
    // for the company said")
    // (nor a noun cut from its determiner: "company" of "for the company")
    for start in words.len().saturating_sub(4)..words.len() {
        if start > 0 && (is_preposition(words[start - 1].1) || is_determiner(words[start - 1].1)) {
            continue;
        }
        if let Some((d, e)) = description_at(&words[start..]) {
            if e == last_range.end {
                return Some(Who::Description(d));
            }
        }
    }
    // or a document whose author the article names: "“…,” the report said" (not one after a
    // preposition: "on the eve of the announcement")
    for start in words.len().saturating_sub(4)..words.len() {
        if start > 0 && is_preposition(words[start - 1].1) {
            continue;
        }
        if let Some((who, e)) = authored_document(ctx, &words[start..], words[start].0.start) {
            if e == last_range.end {
                return Some(who);
            }
        }
    }
    // someone unnamed, whatever the noun, opening the clause: "A Japanese refiner said", "But
    // a banker said"
    let article = words
        .iter()
        .rposition(|(_, w)| matches!(lower_case(w).as_ref(), "a" | "an" | "another"))?;
    let lead = frame(masked, base, range.start, words[article].0.start).trim_end();
    let opens_clause = lead.is_empty()
        || lead.ends_with([',', '.', '!', '?'])
        || words[..article]
            .last()
            .is_some_and(|(_, w)| matches!(lower_case(w).as_ref(), "but" | "and" | "yet"))
            && article == 1;
    if !opens_clause {
        return None;
    }
    // (past a participle's phrase after the noun: "An EC negotiator taking part in the
    // three-day talks said")
    let mut phrase = &words[article..];
    // (after a noun for a person: not "A major trading house said"; or a past participle's:
    // "An Alcoa source involved in terminal trading for the company said")
    if let Some(at) = (2..phrase.len()).find(|&i| {
        let w = phrase[i].1;
        w.len() > 4
            && (w.ends_with("ing") || w.ends_with("ed"))
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && is_unnamed_person_noun(phrase[i - 1].1)
    }) {
        phrase = &phrase[..at];
    }
    // (a body's name before the noun only for a sentence's own subject, not in an aside after a
    // name: "Rep. Lee Zeldin of New York, a Trump supporter, said")
    let heads_sentence = lead.is_empty() || lead.ends_with(['.', '!', '?']);
    indefinite_person(ctx, phrase, heads_sentence).map(Who::Description)
}

/// Someone unnamed described by a few words before the noun for them, the whole subject: "a
/// European crude oil trader", "one Illinois soyproduct dealer", "one New York trader" (an article
/// or "one", at most three words naming no person and no clause, and a noun for a person).
fn unnamed_with_modifiers(ctx: &Ctx, words: &[(Range<usize>, &str)]) -> Option<String> {
    let [(first, det), modifiers @ .., (last, head)] = words else {
        return None;
    };
    if !matches!(lower_case(det).as_ref(), "a" | "an" | "one" | "another")
        || modifiers.is_empty()
        || modifiers.len() > 3
    {
        return None;
    }
    let unnamed_noun = head.bytes().all(|b| b.is_ascii_lowercase())
        && (person_noun(head).is_some()
            || role_class(head).is_some()
            || matches!(
                head.trim_end_matches('s'),
                "trader" | "dealer" | "analyst" | "economist" | "banker" | "broker" | "diplomat"
            ));
    let plain = modifiers.iter().all(|(_, w)| {
        let clause_word = is_preposition(w)
            || matches!(*w, "and" | "or" | "who" | "which" | "that")
            || (w.starts_with(char::is_lowercase) && may_be_a_verb(w));
        w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') && !clause_word
    });
    // (a place or a body only: not "a Trump supporter", whose name may be no person to the finder)
    let names_a_person = mentions_in(ctx, first.start..last.end).any(|m| {
        person_like(ctx, m.entity)
            || !matches!(
                ctx.entities[m.entity].kind,
                EntityKind::Place | EntityKind::Organization
            )
    });
    (unnamed_noun && plain && !names_a_person).then(|| {
        let text: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
        text.join(" ")
    })
}

/// Someone unnamed by the role they hold in or for something, the whole subject: "The head of
/// another foreign bank", "the president of the airline pilots' union", "The chairman of the
/// company" ("the", at most two lower-case words, a noun for a role or a person, "of", "for" or
/// "at", and at most eight words with no verb, no clause and no person's name; the subject
/// opens the clause or follows a comma after no name: not the open appositive of "Matt
/// Williams, the fund manager at Perpetual Trustees said").
fn role_of_something(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    words: &[(Range<usize>, &str)],
) -> Option<String> {
    let start = (0..words.len()).find(|&t| {
        is_the(words[t].1)
            && (t == 0
                || (frame(masked, base, words[t - 1].0.end, words[t].0.start).contains(',')
                    && mention_covering(ctx, words[t - 1].0.clone()).is_none()))
    })?;
    let (first, last) = (words[start].0.start, words[words.len() - 1].0.end);
    if mentions_in(ctx, first..last).any(|m| person_like(ctx, m.entity)) {
        return None;
    }
    let phrase = &words[start..];
    let phrase_words: Vec<&str> = phrase.iter().take(5).map(|(_, w)| *w).collect();
    let role_at = role_held_of(&phrase_words, |w| {
        (w.bytes().all(|b| b.is_ascii_lowercase()) && (is_role(w) || person_noun(w).is_some()))
            || w == "CEO"
    })?;
    let plain = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase())
            && !is_preposition(w)
            && !matches!(w, "and" | "or" | "who" | "which" | "that")
    };
    let rest = &phrase[role_at + 2..];
    let holds = phrase[1..role_at].iter().all(|(_, w)| plain(w))
        && (1..=8).contains(&rest.len())
        && !rest.iter().any(|(_, w)| {
            matches!(*w, "and" | "or" | "who" | "which" | "that")
                || (w.starts_with(char::is_lowercase) && may_be_a_verb(w))
        });
    // (as written, with a possessive's apostrophe: "the airline pilots' union")
    holds.then(|| {
        crate::corpus::fold_space(frame(
            masked,
            base,
            phrase[0].0.start,
            phrase[phrase.len() - 1].0.end,
        ))
    })
}

/// Someone unnamed who opens a clause, before a preposition that tells where they are from or
/// with: "one dealer" of "one dealer with a U.S. Bank", "A trader" of "A trader at a Japanese
/// bank", "a spokesman" of "a spokesman for the casinos" (an article or "one" first, after
/// "but", "and" or "yet" at most).
fn unnamed_with_affiliation(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    start: usize,
    words: &[(Range<usize>, &str)],
) -> Option<String> {
    let article = words
        .iter()
        .take(2)
        .position(|(_, w)| matches!(lower_case(w).as_ref(), "a" | "an" | "another" | "one"))?;
    let lead = frame(masked, base, start, words[article].0.start).trim_end();
    let opens_clause = if article == 0 {
        lead.is_empty() || lead.ends_with(',')
    } else {
        matches!(lower_case(words[0].1).as_ref(), "but" | "and" | "yet")
    };
    if !opens_clause {
        return None;
    }
    // (one phrase up to the verb, and no document's: not "A day ahead of the report, Mr Kennedy
    // used a speech to say", "A survey of 280 schemes by IDS said")
    let end = words.last()?.0.end;
    if frame(masked, base, words[article].0.start, end).contains(',') {
        return None;
    }
    let preposition = (article + 2..words.len().min(article + 5))
        .find(|&p| matches!(words[p].1, "with" | "at" | "from" | "in" | "of" | "for"))?;
    if is_document_noun(words[preposition - 1].1) {
        return None;
    }
    indefinite_person(ctx, &words[article..preposition], false)
}

/// A noun for a person, or "source": "an EC negotiator", "an Alcoa source".
fn is_unnamed_person_noun(word: &str) -> bool {
    person_noun(word).is_some() || matches!(word, "source" | "sources")
}

/// An indefinite noun phrase for someone left unnamed, whatever the noun: "a banker", "a
/// senior Polish banker", "A Japanese refiner" (the article, at most three words that are no
/// preposition or clause, the last a lower-case noun, and no name in them but a place's).
fn indefinite_person(
    ctx: &Ctx,
    words: &[(Range<usize>, &str)],
    heads_sentence: bool,
) -> Option<String> {
    let ((first, _), (last, noun)) = (words.first()?, words.last()?);
    let n = words.len();
    let plain = words[1..].iter().all(|(_, w)| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_preposition(w)
            && !matches!(*w, "and" | "or" | "who" | "that" | "which" | "whose")
    });
    // (no quotation inside, and no name but a place's: "an SFA statement" is the SFA's)
    let fits = (2..=4).contains(&n)
        && plain
        && noun.starts_with(char::is_lowercase)
        && !noun.ends_with("ly")
        && !is_speech_verb(noun)
        && !ctx
            .text
            .get(first.start..last.end)
            .is_none_or(|span| span.contains(['"', '\u{201C}', '\u{201D}', '\u{2018}']))
        && (mentions_in(ctx, first.start..last.end)
            .all(|m| ctx.entities[m.entity].kind == EntityKind::Place)
            // (or a body's before a noun for a person, heading a sentence: "An EC negotiator")
            || (heads_sentence
                && is_unnamed_person_noun(noun)
                && mentions_in(ctx, first.start..last.end)
                    .all(|m| ctx.entities[m.entity].kind == EntityKind::Organization)));
    fits.then(|| {
        let text: Vec<&str> = words.iter().map(|x| x.1).collect();
        text.join(" ")
    })
}

/// The commas that open a relative clause: ", whose", ", who", ", which", ", whom".
const RELATIVE_CLAUSE_OPENERS: [&str; 4] = [", whose ", ", who ", ", which ", ", whom "];

/// Whether a clause tells a real name: "whose real name is Jayceon Taylor".
fn tells_a_real_name(clause: &str) -> bool {
    clause.whitespace_words().any(|w| w == "name")
}

/// Where a relative clause opens after a description heading the subject `inner` (from
/// `start`, up to the comma before the verb): the clause goes on to the verb, and the names it
/// lists are not the subject ("The Oscar-nominated actor, whose films include Schindler's
/// List, Michael Collins and Star Wars, said"). Not for a real name ("The Game, whose real
/// name is Jayceon Taylor, said"), a subject a person or body heads, words before the clause
/// that are no description ("In a statement, which was released on Tuesday, Senator John Smith
/// said"), nor a name alone after the clause ("The fund's managing director, who was
/// re-elected in 2016, Christine Lagarde, said").
fn relative_clause_of_a_description(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    start: usize,
    inner: &str,
) -> Option<usize> {
    let at = RELATIVE_CLAUSE_OPENERS
        .iter()
        .filter_map(|opener| inner.find(opener))
        .min()?;
    if tells_a_real_name(&inner[at..])
        || mentions_in(ctx, start..start + at).any(|m| {
            matches!(
                ctx.entities[m.entity].kind,
                EntityKind::Person | EntityKind::Organization
            )
        })
    {
        return None;
    }
    let lead = words_of(masked, base, start..start + at);
    let description = lead.len() <= 6
        && lead.first().is_some_and(|(_, w)| {
            matches!(
                lower_case(w).as_ref(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "one"
            )
        })
        && !lead.iter().any(|(_, w)| is_preposition(w));
    if !description {
        return None;
    }
    let last_comma = inner.rfind(',').unwrap_or(at);
    let segment = start + last_comma + 1..start + inner.len();
    let segment_text = frame(masked, base, segment.start, segment.end).trim();
    let name_alone = mentions_in(ctx, segment).any(|m| {
        person_like(ctx, m.entity)
            && ctx
                .text
                .get(m.range.clone())
                .is_some_and(|n| segment_text.trim_start_matches(|c: char| !c.is_uppercase()) == n)
    });
    (!name_alone).then_some(at)
}

/// The person (or body) heading a subject that a relative clause or a participle's aside between
/// commas follows, up to the verb: "Marco Rubio, whose hometown, Miami, is projected to be
/// underwater, argues" (`head` ends at the clause's closing comma; the clause says nothing itself, and only a title or an opening
/// word stands before the name).
fn relative_clause_subject(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    head: Range<usize>,
) -> Option<Who> {
    let m = mentions_in(ctx, head.clone()).next()?;
    let lead = words_of(masked, base, head.start..m.range.start);
    let leads = lead.len() <= 3
        && lead.iter().all(|(_, w)| {
            w.starts_with(char::is_uppercase) && !is_he_or_she(w) && !is_speech_verb(w)
        });
    // (or a body's: "The Making Decisions Alliance, which includes the Alzheimer's Society, Age
    // Concern, Mencap and the National Autistic Society, said")
    let body = ctx.entities[m.entity].kind == EntityKind::Organization;
    if !(ctx.entities[m.entity].kind == EntityKind::Person || body) || m.possessive || !leads {
        return None;
    }
    // (a body's place after "of" is part of its name: "First City Bancorp of Texas, which
    // lost a record 402 mln dlrs in 1986, said")
    let name_end = if body {
        mentions_in(ctx, m.range.end..head.end)
            .next()
            .filter(|place| {
                ctx.entities[place.entity].kind == EntityKind::Place
                    && frame(masked, base, m.range.end, place.range.start).trim() == "of"
            })
            .map_or(m.range.end, |place| place.range.end)
    } else {
        m.range.end
    };
    let clause = frame(masked, base, name_end, head.end).trim_start();
    let relative = clause
        .strip_prefix(',')
        .map(str::trim_start)
        .is_some_and(|c| {
            c.starts_with("whose ")
                || c.starts_with(if body { "which " } else { "who " })
                // (or a participle's aside: "The World Bank, citing Pakistan's progress in its
                // economic performance and fiscal policy reforms, said")
                || c.whitespace_words().next().is_some_and(|w| {
                    w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_lowercase)
                })
        });
    let clause_words = words_of(masked, base, m.range.end..head.end);
    let says = clause_words.iter().any(|(_, w)| is_finite_speech_verb(w));
    (relative && !says && clause_words.len() <= 40).then_some(Who::Entity(m.entity))
}

/// A place or other name that is the surname of a person of the article: "Jordan said" when the
/// article names Jim Jordan.
fn surname_person(ctx: &Ctx, m: &Mention) -> Option<usize> {
    if person_like(ctx, m.entity) {
        return None;
    }
    let surface = ctx.text.get(m.range.clone())?;
    if surface.contains(' ') {
        return None;
    }
    ctx.entities.iter().enumerate().position(|(e, entity)| {
        e != m.entity
            && person_like(ctx, e)
            && entity.name.contains(' ')
            && ctx.surnames[e] == surface
    })
}

/// The first person or organisation of a sentence that is not possessive nor a place.
fn sentence_subject(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
) -> Option<(usize, usize)> {
    // (the rules for one quote ask for the subject of the same words more than once)
    let key = [base, sent.start, sent.end];
    if let Some((seen, subject)) = ctx.last_subject.get() {
        if seen == key {
            return subject;
        }
    }
    let subject = find_sentence_subject(ctx, masked, base, sent);
    ctx.last_subject.set(Some((key, subject)));
    subject
}

/// The subject [`sentence_subject`] finds, looked for afresh.
fn find_sentence_subject(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
) -> Option<(usize, usize)> {
    let quoted =
        |m: &Mention| masked.as_bytes().get(m.range.start.wrapping_sub(base)) == Some(&b'x');
    let after_preposition = |m: &Mention| {
        let before = frame(
            masked,
            base,
            base.max(m.range.start.saturating_sub(40)),
            m.range.start,
        );
        ends_in_preposition(before) || ends_in_preposition(past_company_noun(before))
    };
    // (nor a body before a noun for a person: "The Tory leader will also call for …")
    let sent_end = sent.end;
    let describes_a_person = |m: &Mention| {
        ctx.entities[m.entity].kind == EntityKind::Organization && {
            // (or people: "Labour strategists told the paper he would be “set loose”")
            let next = next_word_in(masked, base, m.range.end, sent_end);
            person_noun(next).is_some()
                || next.strip_suffix('s').is_some_and(|one| {
                    one.starts_with(char::is_lowercase) && person_noun(one).is_some()
                })
        }
    };
    // (the kind first: it is read from a table, and most mentions are of places)
    let fits = |m: &&Mention| {
        !m.possessive
            && match ctx.entities[m.entity].kind {
                EntityKind::Place => false,
                EntityKind::Other => person_like(ctx, m.entity),
                _ => true,
            }
            && !quoted(m)
            && !modifies_a_name(ctx, masked, base, m)
            && !modifies_a_body(ctx.text, m)
            && !describes_a_person(m)
    };
    let sent = after_dateline(masked, base, sent);
    // past a participle phrase that opens the sentence, when a name follows it: "Facing
    // criticism from Democrats and Republicans, Mr. Trump released a statement"
    // (the first word is read from the text, as most sentences open with no participle: this
    // runs for every subject looked for)
    let head = frame(masked, base, sent.start, sent.end).trim_start();
    let first_len = head.bytes().take_while(u8::is_ascii_alphabetic).count();
    let sent = if head[..first_len].ends_with("ing") {
        past_opening_participle(ctx, masked, base, sent, &fits)
    } else {
        sent
    };
    // a name after a preposition only when no other fits: "with Hillary Clinton lambasting"
    // (the first person after one kept in the one pass over the mentions that fit)
    let mut after_a_preposition = None;
    let m = mentions_in(ctx, sent)
        .filter(fits)
        .find(|m| {
            let after = after_preposition(m);
            if after && after_a_preposition.is_none() && person_like(ctx, m.entity) {
                after_a_preposition = Some(*m);
            }
            !after
        })
        .or(after_a_preposition)?;
    (person_like(ctx, m.entity) || ctx.entities[m.entity].kind == EntityKind::Organization)
        .then_some((m.entity, m.range.start))
}

/// How far into a sentence a dateline's dash is looked for, in bytes and in words.
const DATELINE_REACH: usize = 160;
const DATELINE_WORDS: usize = 6;

/// A sentence past the dateline that opens its paragraph, if one does: "Washington (AFP) – Democrat Hillary
/// Clinton has taken a swipe …", "WASHINGTON -- …" (a few words before a dash, with an agency in
/// parentheses or no lower-case letter).
fn after_dateline(masked: &Masked, base: usize, sent: Range<usize>) -> Range<usize> {
    // (a dateline opens a paragraph)
    if sent.start.saturating_sub(base) > 8
        || !frame(masked, base, base, sent.start).trim().is_empty()
    {
        return sent;
    }
    let piece = frame(masked, base, sent.start, sent.end);
    // the first dash between spaces in the sentence's head (" - ", " -- ", " – ", " — "):
    // a dateline is a few words, so only the first bytes are looked at (this runs for every
    // subject looked for: the bytes a dash begins with are looked for a block at a time, and
    // the spaces before one counted only when there is one)
    let bytes = piece.as_bytes();
    let head = &bytes[..bytes.len().min(DATELINE_REACH)];
    let (mut spaces, mut counted) = (0, 1);
    let dash = memchr::memchr2_iter(b'-', 0xE2, head)
        .filter(|&i| i >= 1)
        .take_while(|&i| {
            spaces += head[counted..=i].iter().filter(|&&b| b == b' ').count();
            counted = i + 1;
            spaces <= DATELINE_WORDS + 1
        })
        .find_map(|i| {
            if bytes[i - 1] != b' ' {
                return None;
            }
            let len = match bytes[i] {
                b'-' if bytes.get(i + 1) == Some(&b'-') => 2,
                b'-' => 1,
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0x93 | 0x94)) =>
                {
                    3
                }
                _ => return None,
            };
            (bytes.get(i + len) == Some(&b' ')).then_some((i - 1, len + 2))
        });
    let Some((at, len)) = dash else {
        return sent;
    };
    let lead = piece[..at].trim();
    let dateline = !lead.is_empty()
        && lead.whitespace_words().nth(DATELINE_WORDS).is_none()
        && (lead.ends_with(')') || !lead.contains(char::is_lowercase));
    if dateline {
        sent.start + at + len..sent.end
    } else {
        sent
    }
}

/// The person who heads a sentence's main clause after a clause that named someone else, right
/// after its comma: "Asked whether he feared that Donald Trump could win, Ban demurred."
fn subject_after_clause(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
) -> Option<usize> {
    let piece = frame(masked, base, sent.start, sent.end);
    let comma = sent.start + memchr::memchr(b',', piece.as_bytes())?;
    mentions_in(ctx, comma..sent.end)
        .filter(|m| !m.possessive && person_like(ctx, m.entity))
        .find(|m| {
            let before = frame(masked, base, sent.start, m.range.start).trim_end();
            let verb = |w: &str| {
                w.bytes().all(|b| b.is_ascii_lowercase())
                    && (w.ends_with("ed") || w.ends_with('s') || is_speech_verb(w))
            };
            before.ends_with(',')
                && in_subordinate_clause(masked, base, sent.start..sent.start + before.len() - 1)
                && word_iter(masked, base, m.range.end..sent.end)
                    .next()
                    .is_some_and(|(_, w)| verb(w))
        })
        .map(|m| m.entity)
}

/// The body or person heading a clause, before its verb: the first name of the range that is
/// not a possessive, after a preposition, in an opening phrase ("In an interview with CNN, …"), a
/// dateline ("WASHINGTON --") or a modifier ("The Democratic front-runner"), and that no clause
/// word comes before.
fn clause_body(ctx: &Ctx, masked: &Masked, base: usize, range: Range<usize>) -> Option<usize> {
    if let Some(e) = piece_in_a_medium(ctx, masked, base, range.clone()) {
        return Some(e);
    }
    let mut start = range.start;
    let mut words = word_iter(masked, base, range.clone());
    // past an opening phrase: "In an interview with CNN, …", "Conversely, …" (an adverb, not a
    // person: "Kelly, the analyst, rated …")
    let opener = |r: &Range<usize>, w: &str| {
        is_preposition(&lower_case(w))
            || (w.ends_with("ly")
                && masked.as_bytes().get(r.end - base) == Some(&b',')
                && name_gender(w) == Gender::Unknown
                && mention_covering(ctx, r.clone()).is_none_or(|m| !person_like(ctx, m.entity)))
    };
    if words.next().is_some_and(|(r, w)| opener(&r, w)) {
        let comma = frame(masked, base, range.start, range.end).find(',')?;
        start += comma + 1;
    }
    let m = mentions_in(ctx, start..range.end).find(|m| {
        matches!(
            ctx.entities[m.entity].kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Other
        ) && !m.possessive
            && masked.as_bytes().get(m.range.start.wrapping_sub(base)) != Some(&b'x')
            && !ends_in_preposition(frame(masked, base, start, m.range.start))
            && !modifies_a_name(ctx, masked, base, m)
    })?;
    // only an article, an opener or capitalised words before it: "the American Bar Association",
    // not "31% of Republicans and Republican-leaning voters"
    let mut before = word_iter(masked, base, start..m.range.start);
    if !before.all(|(_, w)| {
        w.starts_with(char::is_uppercase)
            || is_sentence_opener(w)
            || matches!(w, "the" | "a" | "an")
    }) || !leads_sentence(masked, base, start..m.range.start)
    {
        return None;
    }
    // the name is the subject when a verb, an auxiliary or an appositive follows it (past a
    // noun for the medium it is: "The Sunday Mail newspaper branded")
    let rest = frame(masked, base, m.range.end, range.end).trim_start();
    let mut after = word_iter(masked, base, m.range.end..range.end).peekable();
    if after.peek().is_some_and(|(_, w)| is_medium_noun(w)) {
        after.next();
    }
    // (past when it spoke: "The Commerce Ministry on Tuesday, April 8, said")
    let mut next = after.next();
    if next.as_ref().is_some_and(|(_, w)| *w == "on")
        && after
            .peek()
            .is_some_and(|(_, w)| report_lead::is_day_or_month(w))
    {
        after.next();
        next =
            after.find(|(_, w)| !w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()));
    }
    let heads = rest.starts_with(',')
        || next.is_none_or(|(_, w)| {
            w.starts_with(char::is_lowercase)
                && (is_verb_filler(w) || w.ends_with("ed") || w.ends_with('s'))
        });
    let dateline = rest.starts_with(['-', '\u{2014}', '\u{2013}'])
        && !ctx.text[m.range.clone()].contains(char::is_lowercase);
    (heads && !dateline).then_some(m.entity)
}

/// The body whose piece heads a clause: "A milder review in the New York Times dubbed the
/// sequel …", "an editorial in the Boston Globe called …" (an article, at most two lower-case
/// words, a noun for a piece of writing, "in" or "by", the name, and a verb right after it or
/// the range's end).
fn piece_in_a_medium(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    range: Range<usize>,
) -> Option<usize> {
    let words: Vec<(Range<usize>, &str)> = word_iter(masked, base, range.clone()).take(6).collect();
    if !matches!(lower_case(words.first()?.1).as_ref(), "a" | "an" | "the") {
        return None;
    }
    let piece = words.iter().take(4).position(|(_, w)| {
        matches!(
            *w,
            "review" | "editorial" | "article" | "column" | "leader" | "piece" | "report"
        )
    })?;
    if !words[1..piece]
        .iter()
        .all(|(_, w)| w.starts_with(char::is_lowercase))
        || !words
            .get(piece + 1)
            .is_some_and(|(_, w)| matches!(*w, "in" | "by"))
    {
        return None;
    }
    let from = words.get(piece + 2)?.0.start;
    let m = mentions_in(ctx, from..range.end).next()?;
    let between = word_iter(masked, base, from..m.range.start).all(|(_, w)| is_the(w));
    // (the range may end at the verb)
    let verb = word_iter(masked, base, m.range.end..range.end)
        .next()
        .is_none_or(|(_, w)| {
            w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with('s'))
        });
    (between && verb && is_speaker_kind(ctx, m)).then_some(m.entity)
}

/// Whether a person's name only qualifies the body or group after it, which is the subject
/// instead: "the Obama administration has never blamed", "Trump aides said" (not a campaign,
/// which speaks for its candidate).
fn modifies_a_body(text: &str, m: &Mention) -> bool {
    // (read from the text itself, a word of small ASCII letters after one space: this runs for
    // every mention a subject is sought among)
    // the run of small ASCII letters after one space, and what follows it
    let small_word = |bytes: &'_ [u8]| -> (usize, bool) {
        let Some(rest) = bytes.strip_prefix(b" ") else {
            return (0, false);
        };
        let len = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
        (len, !rest.get(len).is_some_and(u8::is_ascii_alphanumeric))
    };
    let rest = text.as_bytes().get(m.range.end..).unwrap_or_default();
    let (len, whole) = small_word(rest);
    if len == 0 || !whole {
        return false;
    }
    let word = &rest[1..1 + len];
    // (a campaign speaks for its candidate, but not its official: "a Clinton campaign official
    // later walked back the comments, saying …")
    if matches!(word, b"campaign" | b"team" | b"camp") {
        let after = &rest[1 + len..];
        let (next, _) = small_word(after);
        return next > 0
            && std::str::from_utf8(&after[1..1 + next]).is_ok_and(|w| person_noun(w).is_some());
    }
    matches!(
        word,
        b"administration"
            | b"administrations"
            | b"aide"
            | b"aides"
            | b"adviser"
            | b"advisers"
            | b"advisor"
            | b"advisors"
            | b"allies"
            | b"supporters"
            | b"backers"
            | b"loyalists"
            | b"surrogates"
            | b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"staff"
            | b"staffers"
            | b"foundation"
            | b"government"
            | b"regime"
            | b"family"
            | b"voters"
            | b"officials"
    )
}

/// The part of a sentence past a participle phrase that opens it, when a name that `fits` is
/// there ("Facing criticism from Democrats and Republicans, Mr. Trump released …"); else the
/// whole sentence. Kept out of line: few sentences open so.
#[inline(never)]
fn past_opening_participle(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    fits: &dyn Fn(&&Mention) -> bool,
) -> Range<usize> {
    let head = frame(masked, base, sent.start, sent.end).trim_start();
    let mut words = head
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    if !opens_with_participle(first, second) {
        return sent;
    }
    frame(masked, base, sent.start, sent.end)
        .find(',')
        .map(|comma| sent.start + comma + 1..sent.end)
        .filter(|rest| mentions_in(ctx, rest.clone()).any(|m| fits(&m)))
        .unwrap_or(sent)
}

/// A name that only says whose a role is, before the person who holds it: "Clinton" in "Clinton
/// communication director Jennifer Palmieri", "Trump adviser Kellyanne Conway".
fn modifies_a_name(ctx: &Ctx, masked: &Masked, base: usize, m: &Mention) -> bool {
    let Some(next) = ctx
        .mentions
        .get(mentions_starting_before(ctx, m.range.start + 1))
    else {
        return false;
    };
    if next.range.start > m.range.end + 40 || !person_like(ctx, next.entity) {
        return false;
    }
    let between = words_of(masked, base, m.range.end..next.range.start);
    !between.is_empty()
        && between.len() <= 3
        && frame(masked, base, m.range.end, next.range.start)
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
        && between
            .iter()
            .all(|(_, w)| w.starts_with(char::is_lowercase))
        && between
            .last()
            .is_some_and(|(_, w)| person_noun(w).is_some())
}

/// The last person of a sentence who is introduced by an appositive: "Henry Crespo, president
/// of …", "Kevin Barrett, a lawyer at …".
fn introduced_person(ctx: &Ctx, masked: &Masked, base: usize, sent: Range<usize>) -> Option<usize> {
    // (the appositive, which few names have, is looked for first)
    let appositive = |m: &Mention| {
        let after = frame(masked, base, m.range.end, sent.end);
        let Some(rest) = after.strip_prefix(", ") else {
            return false;
        };
        let first = rest.whitespace_words().next().unwrap_or("");
        // (or an age: "their neighbor Benjamin Green, 83, knows …")
        let age = first
            .strip_suffix(',')
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
        if !(opens_appositive(first) || age) {
            return false;
        }
        // (not the next of a list: "behind Rick Santorum, Senator Marco Rubio, and …")
        let listed = mentions_in(ctx, m.range.end..sent.end)
            .next()
            .is_some_and(|next| {
                let between = frame(masked, base, m.range.end, next.range.start);
                between.strip_prefix(',').is_some_and(|titles| {
                    titles.whitespace_words().nth(2).is_none()
                        && titles
                            .whitespace_words()
                            .all(|w| w.starts_with(char::is_uppercase))
                })
            });
        !listed
    };
    mentions_in(ctx, sent.clone())
        .rfind(|m| {
            appositive(m)
                && !m.possessive
                && person_like(ctx, m.entity)
                // not one compared with or spoken of: "… upheaval than Clinton, the former
                // secretary" (but the topic a sentence opens with: "For Rick Dean, director
                // of …, a high-definition future is an exciting prospect.")
                && (!ends_in_preposition(frame(
                    masked,
                    base,
                    base.max(m.range.start.saturating_sub(16)),
                    m.range.start,
                )) || topic_of_the_sentence(ctx, masked, base, sent.clone(), m))
                && !after_subordinator(masked, base, sent.start..m.range.start)
        })
        .map(|m| m.entity)
}

/// Whether a person opens the sentence after "For" as what it is about, with no other person
/// after: "For Rick Dean, director of …, a high-definition future is an exciting prospect" (not
/// "Against Roger Federer, the world number one, Andy Murray struggled").
fn topic_of_the_sentence(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    m: &Mention,
) -> bool {
    let lead = words_of(masked, base, sent.start..m.range.start);
    lead.len() == 1
        && lead[0].1 == "For"
        && !mentions_in(ctx, m.range.end..sent.end)
            .any(|other| other.entity != m.entity && person_like(ctx, other.entity))
}

/// Whether a name is the subject of its sentence's main clause, not of a clause before it nor of
/// what someone says: "The minister of the economy, Mr. Guajardo, argues", not "Asked about the
/// event that Clinton …", "He said Putin has …".
fn leads_sentence(masked: &Masked, base: usize, before: Range<usize>) -> bool {
    let words = words_of(masked, base, before.clone());
    // (nor a name right after a preposition: "But standing next to Mr Blair he added …", "Of
    // Hepburn, she said")
    let object = words
        .iter()
        .rev()
        .find(|(_, w)| !is_title(w))
        .is_some_and(|(r, w)| {
            is_preposition(&lower_case(w)) && !frame(masked, base, r.end, before.end).contains(',')
        });
    !object
        && !words.iter().any(|(_, w)| {
            is_speech_verb(w)
                || is_he_or_she(w)
                || matches!(
                    lower_case(w).as_ref(),
                    "that"
                        | "if"
                        | "when"
                        | "while"
                        | "because"
                        | "although"
                        | "though"
                        | "asked"
                        | "after"
                        | "before"
                        | "since"
                        | "whether"
                        | "unless"
                        | "until"
                        | "as"
                        | "about"
                )
        })
        // (nor a name in a relative clause it stands in: "The Oscar-nominated actor, whose films
        // include Michael Collins, said", not "At the rally, which drew 5,000 people, Barack
        // Obama defended the plan")
        && words
            .iter()
            .rposition(|(_, w)| matches!(*w, "who" | "whose" | "whom" | "which"))
            .is_none_or(|i| frame(masked, base, words[i].0.end, before.end).contains(','))
}

/// Whether a word that opens a clause before the main one ("Asked whether …", "When …") stands
/// before the end of `before`, past its last comma or "but".
fn after_subordinator(masked: &Masked, base: usize, before: Range<usize>) -> bool {
    let piece = frame(masked, base, before.start, before.end);
    let start = [piece.rfind(','), piece.rfind(" but ")]
        .into_iter()
        .flatten()
        .max()
        .map_or(before.start, |c| before.start + c + 1);
    word_iter(masked, base, start..before.end)
        .any(|(_, w)| opens_a_clause(w) || matches!(lower_case(w).as_ref(), "whether" | "if"))
}

/// A word that opens a clause before the main one: "Asked about …", "When …", "Although …".
fn opens_a_clause(word: &str) -> bool {
    // (of four to eight bytes in any case: most words are told by their length)
    (4..=8).contains(&word.len())
        && matches!(
            lower_case(word).as_ref(),
            "asked" | "because" | "although" | "though" | "unless" | "when" | "while" | "than"
        )
}

/// A word that opens a clause before a sentence's main one: those of [`opens_a_clause`] and
/// "after", "before", "if", "since", "as" ("As Clinton spoke, …").
fn opens_a_leading_clause(word: &str) -> bool {
    opens_a_clause(word)
        || ((2..=6).contains(&word.len())
            && matches!(
                lower_case(word).as_ref(),
                "after" | "before" | "if" | "since" | "as"
            ))
}

/// Whether the words before a name put it in a clause of its own or in what someone says: "Asked
/// about the event, Clinton …" (not after a comma, see below), "When Clinton spoke", "He said
/// Putin …". A clause or phrase closed by a comma
/// does not ("While he spoke, Ham noted", "After the debate, Trump said"), nor does an inverted
/// verb of saying after one ("…, noted NBC's Dante Chinni").
fn in_subordinate_clause(masked: &Masked, base: usize, before: Range<usize>) -> bool {
    let piece = frame(masked, base, before.start, before.end);
    let start =
        memchr::memrchr(b',', piece.as_bytes()).map_or(before.start, |c| before.start + c + 1);
    let words = words_of(masked, base, start..before.end);
    if start > before.start && words.first().is_some_and(|(_, w)| is_speech_verb(w)) {
        return false;
    }
    // (a passive verb of saying brings in no one's words: "France have been criticised for …
    // but captain Fabien Pelous sees hope")
    // (the passive read only for a verb of saying)
    words.iter().enumerate().any(|(i, (_, w))| {
        // (but "It is estimated his trial will cost Santa Barbara …", "It has been reported
        // that …" and "The players were told that …" bring in what is said)
        let passive = || {
            i > 1
                && matches!(words[i - 1].1, "been" | "was" | "were" | "is" | "are")
                && !words[i.saturating_sub(3)..i]
                    .iter()
                    .any(|(_, w)| matches!(*w, "It" | "it"))
                && words.get(i + 1).is_none_or(|(_, w)| *w != "that")
        };
        is_he_or_she(w) || opens_a_clause(w) || (is_speech_verb(w) && !passive())
    })
}

/// Where the clause that opens a sentence ends (its closing comma), when `at` lies in one: "While
/// Clinton pledged to work with both parties, …", "Although Ms. Shanklin said she will not vote
/// for him, …".
fn opening_clause_end(
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    at: usize,
) -> Option<usize> {
    if memchr::memchr(b',', frame(masked, base, sent.start, at).as_bytes()).is_some() {
        return None;
    }
    // (the first word read before the comma is looked for, or the second after an adverb: "Soon
    // after Trump threatened …,"; few sentences open with a clause)
    let opens = word_iter(masked, base, sent.start..at)
        .filter(|(_, w)| !is_sentence_opener(w))
        .take(2)
        .enumerate()
        .any(|(i, (_, w))| opens_a_leading_clause(w) && (i == 0 || w != "as"));
    if !opens {
        return None;
    }
    let comma = memchr::memchr(b',', frame(masked, base, at, sent.end).as_bytes())?;
    Some(at + comma)
}

/// The one someone's question or act led to say the words after the lead: "he asked Mr. Vance
/// whether …, prompting Mr. Vance to dodge and say he was “focused on the future”" (a person
/// named after "prompting", "forcing", "asking" and the like, then "to", at most two words in
/// lower case, and "say", "tell", "insist" or another verb of saying).
fn prompted_to_say(ctx: &Ctx, masked: &Masked, base: usize, lead: Range<usize>) -> Option<usize> {
    // (the lead's bytes read first: few hold "to" and such a verb, and need no words split)
    let piece = frame(masked, base, lead.start, lead.end).as_bytes();
    let has = |needle: &[u8]| memchr::memmem::find(piece, needle).is_some();
    if !has(b" to ")
        || ![
            &b" say"[..],
            b" tell",
            b" insist",
            b" respond",
            b" reply",
            b" admit",
            b" declare",
            b" concede",
        ]
        .iter()
        .any(|verb| has(verb))
    {
        return None;
    }
    let words = words_of(masked, base, lead);
    let say = words.iter().rposition(|(_, w)| {
        matches!(
            *w,
            "say" | "tell" | "insist" | "respond" | "reply" | "admit" | "declare" | "concede"
        )
    })?;
    let to = (say.saturating_sub(3)..say)
        .rev()
        .find(|&j| words[j].1 == "to")?;
    if !words[to + 1..say]
        .iter()
        .all(|(_, w)| w.starts_with(char::is_lowercase))
    {
        return None;
    }
    let named = mention_covering(ctx, words.get(to.checked_sub(1)?)?.0.clone())
        .filter(|m| !m.possessive && person_like(ctx, m.entity))?;
    let before = words
        .iter()
        .rev()
        .find(|(r, w)| r.end <= named.range.start && !is_title(w))?
        .1;
    matches!(
        before,
        "prompting"
            | "forcing"
            | "leading"
            | "causing"
            | "pushing"
            | "asking"
            | "urging"
            | "pressing"
            | "prompted"
            | "forced"
            | "pressed"
            | "urged"
    )
    .then_some(named.entity)
}

/// When the subject found at `at` heads a clause that leads the main one ("soon after US
/// President Donald Trump threatened …, the Commerce Ministry said that …"), past a phrase
/// ("According to The Guardian, …"), the main clause's subject with a verb of saying of its own.
fn main_clause_subject(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    lead: Range<usize>,
    at: usize,
) -> Option<(usize, usize)> {
    let before = frame(masked, base, lead.start, at);
    let clause_start =
        memchr::memrchr(b',', before.as_bytes()).map_or(lead.start, |c| lead.start + c + 1);
    let clause = clause_start..lead.end;
    if !in_opening_clause(masked, base, clause.clone(), at) {
        return None;
    }
    let comma = opening_clause_end(masked, base, clause, at)?;
    sentence_subject(ctx, masked, base, comma + 1..lead.end)
}

/// Whether `at` lies in a clause that opens its sentence before a main clause with a verb of
/// saying of its own: "While Clinton pledged to work with both parties, Sanders insisted that …".
fn in_opening_clause(masked: &Masked, base: usize, sent: Range<usize>, at: usize) -> bool {
    opening_clause_end(masked, base, sent.clone(), at).is_some_and(|comma| {
        words_of(masked, base, comma..sent.end)
            .iter()
            .any(|(_, w)| is_finite_speech_verb(w))
    })
}

/// A pronoun or description opening a sentence, past openers and a short lead phrase ending in a
/// comma: "The Vermont senator …", "Hours later, she …".
fn opening_subject(masked: &Masked, base: usize, range: Range<usize>) -> Option<Who> {
    let words = words_of(masked, base, range.clone());
    let first = words.iter().position(|(_, w)| !is_sentence_opener(w))?;
    let piece = frame(masked, base, range.start, range.end);
    // (the subject after a clause that opens the sentence: "And although he thanked them, he
    // sounded a rare note, saying")
    // (or a pronoun after a participle phrase that opens it: "Speaking in his real voice again,
    // he proceeded to recite 2 Timothy, saying: “…”")
    let clause_first = opens_a_leading_clause(words[first].1);
    let participle_first =
        opens_with_participle(words[first].1, words.get(first + 1).map_or("", |(_, w)| w));
    let after_comma = piece
        .find(',')
        .map(|p| range.start + p)
        .and_then(|comma| words.iter().position(|(r, _)| r.start > comma))
        .filter(|&k| k <= 4 || ((clause_first || participle_first) && k <= 25));
    [Some(first), after_comma]
        .into_iter()
        .flatten()
        .find_map(|k| {
            let (_, w) = words[..].get(k)?;
            // (or a people's adjective before a verb: "The Argentine had stoked up the
            // temperature … by saying")
            let nationality = || {
                let verb = words.get(k + 2).is_some_and(|(_, w)| {
                    w.starts_with(char::is_lowercase)
                        && (w.ends_with("ed")
                            || matches!(*w, "has" | "had" | "was" | "is" | "will" | "would"))
                });
                (verb && is_the(words[k].1))
                    .then(|| nationality_or_age_description(&words[k..k + 2]))
                    .flatten()
                    .map(Who::Description)
            };
            let described = || {
                description_at(&words[k..])
                    .map(|(d, _)| Who::Description(d))
                    .or_else(nationality)
            };
            pronoun(w).or_else(|| {
                (k <= 4 || clause_first || k == first)
                    .then(described)
                    .flatten()
            })
        })
}

/// A capitalised participle that opens a sentence with a phrase of its own, before the word
/// after it: "Speaking in …", "During the …" (not a pronoun such as "Nothing", nor a title:
/// "Ranking Democrat Elijah Cummings").
fn opens_with_participle(word: &str, next: &str) -> bool {
    word.len() >= 6
        && next.starts_with(char::is_lowercase)
        && word.ends_with("ing")
        && word.starts_with(char::is_uppercase)
        && !matches!(word, "Nothing" | "Something" | "Anything" | "Everything")
}

/// Words that may stand before a sentence's subject: "But he said", "Later, she added".
fn is_sentence_opener(word: &str) -> bool {
    const OPENERS: [&str; 10] = [
        "but", "and", "still", "then", "now", "later", "however", "also", "so", "yet",
    ];
    // (of two to seven bytes in any case: most words are told by their length; compared without
    // a lowered copy, as no character beyond ASCII lowers to their letters)
    (2..=7).contains(&word.len()) && OPENERS.iter().any(|o| word.eq_ignore_ascii_case(o))
}

/// The person a sentence-opening "he", "she" or description stands for: "He notes that the
/// Commission …", "The Republican nominee also outlined …".
fn opening_pronoun(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    antecedents: &[usize],
) -> Option<usize> {
    // only the first words are read, unless a description follows
    let (k, (at, first)) = word_iter(masked, base, sent.clone())
        .take(3)
        .enumerate()
        .find(|(_, (_, w))| !is_sentence_opener(w))?;
    let want = match first {
        "He" | "he" => Gender::Male,
        "She" | "she" => Gender::Female,
        "The" | "the" => {
            // "The Republican nominee also outlined …"
            let words = words_of(masked, base, sent);
            let (d, end) = description_at(&words[k..])?;
            // (not one that a name follows, or a name in an appositive: "The Washington Post
            // columnist Ruth Marcus …", "The other man, his cousin James York, …")
            let after = words.iter().position(|(r, _)| r.start >= end);
            let apposed =
                after.is_some_and(|a| frame(masked, base, end, words[a].0.start).trim() == ",");
            let named = after.is_some_and(|a| {
                words[a..]
                    .iter()
                    .take(if apposed { 3 } else { 1 })
                    .find_map(|(r, _)| mention_covering(ctx, r.clone()))
                    .is_some_and(|m| person_like(ctx, m.entity))
            });
            if named {
                return None;
            }
            return match resolve(ctx, Who::Description(d), antecedents, at.start) {
                Who::Entity(e) => Some(e),
                _ => None,
            };
        }
        _ => return None,
    };
    // (the subject of the sentence before rather than a person it named after it: "Trump accused
    // Cruz … Then he cut into Bush")
    pronoun_antecedent(ctx, at.end, want, antecedents)
}

/// Whether a verb tells whom a source quotes, before "as saying": "PAP quoted Baka as saying",
/// "Reuters reports a union source as saying".
fn is_quoting_verb(word: &str) -> bool {
    matches!(word, "quoted" | "reports" | "reported" | "cites" | "cited")
}

/// Whether a word is "the", in any case: "The" opens a paper's name inside a sentence ("said The
/// Washington Post").
fn is_the(word: &str) -> bool {
    word.eq_ignore_ascii_case("the")
}

/// Whether a word is a title, with or without the full stops it ends in ("Sen.", "chairman").
fn is_title(word: &str) -> bool {
    GAZETTEER
        .titles
        .contains_lowered(word.trim_end_matches('.'))
}

/// Whether the text before a name ends in a preposition, past an article: "with the editorial
/// board of the Washington Post", "a letter to Obama".
fn ends_in_preposition(before: &str) -> bool {
    // a sentence may open with it: "Like Corker, Menendez also rejected …"
    // (lower-cased on the stack: this runs for every mention a subject is sought among)
    let preposition = |w: &str| {
        if is_preposition(w) {
            return true;
        }
        let mut buf = [0u8; 8];
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) || w.len() > buf.len() {
            return false;
        }
        buf[..w.len()].copy_from_slice(w.as_bytes());
        buf[..w.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..w.len()]).is_ok_and(is_preposition)
    };
    let mut words = before.whitespace_words().rev().peekable();
    // (past an owner's name: "a challenge with Roma's Olivier Dacourt")
    if words
        .peek()
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
    {
        words.next();
    }
    match words.next() {
        Some("the" | "a" | "an") => words.next().is_some_and(preposition),
        Some(w) => preposition(w),
        None => false,
    }
}

/// What stands before a noun for a company that ends `before`, and before one lower-case word
/// modifying it ("a research director at| analyst firm "), or nothing when none ends it.
fn past_company_noun(before: &str) -> &str {
    let trimmed = before.trim_end();
    // (most names follow no lower-case word)
    if !trimmed.ends_with(|c: char| c.is_ascii_lowercase()) {
        return "";
    }
    let Some((head, noun)) = split_at_last_space(trimmed) else {
        return "";
    };
    if !is_company_noun_before_name(noun) {
        return "";
    }
    match split_at_last_space(head) {
        Some((rest, modifier))
            if modifier.bytes().all(|b| b.is_ascii_lowercase()) && !is_preposition(modifier) =>
        {
            rest
        }
        _ => head,
    }
}

/// A word that puts the name after it out of subject position: "the Commission on Presidential
/// Debates", "a letter to Obama".
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "on" | "of"
            | "for"
            | "at"
            | "to"
            | "with"
            | "from"
            | "by"
            | "under"
            | "against"
            | "about"
            | "in"
            | "into"
            | "than"
            | "like"
            | "between"
            | "toward"
            | "towards"
            | "over"
    )
}

/// The first person of a sentence who is neither possessive, quoted nor after a preposition,
/// and where the name starts.
fn sentence_person(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
) -> Option<(usize, usize)> {
    mentions_in(ctx, sent)
        .filter(|m| {
            !m.possessive
                && masked.as_bytes().get(m.range.start.wrapping_sub(base)) != Some(&b'x')
                && person_like(ctx, m.entity)
                && !modifies_a_body(ctx.text, m)
        })
        .find(|m| {
            let before = frame(
                masked,
                base,
                base.max(
                    ctx.text
                        .floor_char_boundary(m.range.start.saturating_sub(32)),
                ),
                m.range.start,
            );
            !ends_in_preposition(before)
        })
        .map(|m| (m.entity, m.range.start))
}

/// A sentence that opens with its speaker: "Zelensky claimed that …".
fn subject_and_verb_at(ctx: &Ctx, masked: &Masked, base: usize, sent: Range<usize>) -> Option<Who> {
    let words = words_of(masked, base, sent.clone());
    let first = words.first()?;
    let (who, end) = subject_at(ctx, masked, base, first.0.start, sent.end)?;
    for (_, w) in words.iter().filter(|(r, _)| r.start >= end).take(3) {
        if is_speech_verb(w) {
            return Some(who);
        }
        if !is_verb_filler(w) {
            break;
        }
    }
    None
}

/// Whether two words are a passive verb of saying and its "by": "described by", "quoted by".
fn said_by(pair: &[(Range<usize>, &str)]) -> bool {
    // (the words themselves read before the verbs of saying are looked in)
    pair[1].1 == "by" && pair[0].1.ends_with("ed") && is_speech_verb(pair[0].1)
}

/// "highlighted by Putin's aide Yuri Ushakov": the agent after "by" and a verb of saying.
fn by_agent(ctx: &Ctx, masked: &Masked, base: usize, sent: Range<usize>) -> Option<Who> {
    let words = words_of(masked, base, sent.clone());
    let k = words.windows(2).position(said_by)?;
    let after = words[k + 1].0.end;
    let stop = frame(masked, base, after, sent.end)
        .find([',', ';', '.'])
        .map_or(sent.end, |p| after + p);
    let m = mentions_in(ctx, after..stop).rfind(|m| !m.possessive && is_speaker_kind(ctx, m))?;
    Some(Who::Entity(m.entity))
}

/// The agent of a passive verb of saying whose "as" runs into the quote: "was described by Jobs
/// as the “most important Mac”" (not an agent in a clause of its own: "Smith, who was praised
/// by Blair last week, said: “…”").
fn agent_as(ctx: &Ctx, masked: &Masked, base: usize, before: Range<usize>) -> Option<Who> {
    // (most quotes have no " by " before them: looked for before the words are)
    static BY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" by "));
    BY.find(frame(masked, base, before.start, before.end).as_bytes())?;
    let words = words_of(masked, base, before.clone());
    let by = words.windows(2).rposition(said_by)? + 1;
    let as_at = words[by + 1..].iter().position(|(_, w)| *w == "as")? + by + 1;
    let agent = by + 1..as_at;
    let lead = frame(masked, base, words[by].0.end, words[as_at].0.start);
    if agent.is_empty() || agent.len() > 5 || lead.contains([',', ';', '.']) {
        return None;
    }
    let m = mentions_in(ctx, words[by].0.end..words[as_at].0.start)
        .rfind(|m| !m.possessive && is_speaker_kind(ctx, m))?;
    // (the rest up to the quote names no other verb of saying nor sets a clause off)
    let rest = frame(masked, base, words[as_at].0.end, before.end);
    let rest_words = words_of(masked, base, words[as_at].0.end..before.end);
    (rest.whitespace_words().nth(6).is_none()
        && !rest.contains([',', ';'])
        && !rest_words.iter().any(|(_, w)| is_finite_speech_verb(w)))
    .then_some(Who::Entity(m.entity))
}

/// Whether a sentence opens with a phrase or clause that says when, where or despite what
/// ("Despite the market reaction, …", "In a statement, …"): what ends at its comma is no
/// statement.
fn opens_with_a_phrase(words: &[(Range<usize>, &str)]) -> bool {
    words.first().is_some_and(|(_, w)| {
        matches!(
            lower_case(w).as_ref(),
            "despite"
                | "in"
                | "after"
                | "before"
                | "during"
                | "following"
                | "amid"
                | "although"
                | "though"
                | "while"
                | "when"
                | "because"
                | "since"
                | "if"
                | "unless"
        )
    })
}

/// Whether the verb at `k` is "said", "says", "added" or "stated" followed by a preposition of
/// where or when: "said in a speech …", "added after the meeting".
fn said_where_or_when(words: &[(Range<usize>, &str)], k: usize) -> bool {
    matches!(words[k].1, "said" | "says" | "added" | "stated")
        && words.get(k + 1).is_some_and(|(_, w)| {
            matches!(
                *w,
                "in" | "at" | "on" | "after" | "during" | "before" | "following"
            )
        })
}

/// The attribution that ends a sentence ("…, Ofcom has said.") and the comma before it, looked
/// for only past the sentence's first verb of saying (`words`: the sentence's words).
fn attribution_at_the_end(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    words: &[(Range<usize>, &str)],
) -> Option<(Who, usize)> {
    // (the gazetteer looked up once, not for each word)
    let gazetteer: &Gazetteer = &GAZETTEER;
    let first_saying = words
        .iter()
        .position(|(_, w)| gazetteer.is_saying_verb_lowered(w))?;
    trailing_attribution(ctx, masked, base, sent, words, first_saying)
}

/// Whether a named speaker may make a statement without quotation marks: a person, a body, or a
/// name of no known kind that the article calls a paper or agency ("the influential Mercurio
/// newspaper reported").
fn may_state(ctx: &Ctx, e: usize) -> bool {
    matches!(
        ctx.entities[e].kind,
        EntityKind::Person | EntityKind::Organization
    ) || (ctx.entities[e].kind == EntityKind::Other && called_a_paper(ctx, e))
}

/// Reported speech: a sentence whose subject says, urges, accuses, rejects … without quotes, or
/// one that ends in its attribution ("Cruz electrified the crowds with promises …, Stovall
/// said."). The speaker and the range of what was said.
fn reported_speech(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
) -> Option<(Who, Range<usize>)> {
    let words = words_of(masked, base, sent.clone());
    if let Some(found) = according_to_statement(ctx, masked, base, sent.clone(), &words) {
        return Some(found);
    }
    // most sentences have no verb of saying at all, in any case (every verb of saying below is
    // one of these, and so is the finite one an attribution at the end needs)
    // (the gazetteer looked up once, not for each word)
    let gazetteer: &Gazetteer = &GAZETTEER;
    let first_saying = words
        .iter()
        .position(|(_, w)| gazetteer.is_saying_verb_lowered(w))?;
    if let Some((who, comma)) =
        trailing_attribution(ctx, masked, base, sent.clone(), &words, first_saying)
    {
        let speaks = match &who {
            Who::Entity(e) => may_state(ctx, *e),
            Who::Description(d) => may_report(d),
            Who::Unknown => false,
        };
        if speaks {
            // (a phrase that opens the sentence is no statement: what the verb after it says
            // is, "Despite the market reaction, First Boston Corp analyst Arlene Barnes applauded
            // the Pacific Gas decision."; not "In some cases loyalty may motivate individuals to
            // keep their shares, he said.")
            let verb = words
                .iter()
                .position(|(r, w)| r.start > comma && is_finite_speech_verb(w));
            let opening = opens_with_a_phrase(&words)
                && !frame(masked, base, sent.start, comma).contains(',');
            let said_after = verb.filter(|&v| words.len() - v > 3 && opening);
            // (an opening clause that says something itself is read below: "Although Ms.
            // Shanklin said she will not vote for him, she applauds his message")
            let opening_says = opening
                && words
                    .iter()
                    .any(|(r, w)| r.end <= comma && is_finite_speech_verb(w));
            if !opening_says {
                return Some(match said_after {
                    Some(v) => (who, words[v].0.end..sent.end),
                    None => (who, sent.start..comma),
                });
            }
        }
    }
    // a second verb of saying the first is joined to: "agreed and said"
    let then_saying = |k: usize| {
        matches!(words.get(k + 1).map(|w| w.1), Some("and" | "but"))
            && words
                .get(k + 2)
                .is_some_and(|(_, w)| is_finite_speech_verb(w))
    };
    let k = (first_saying..words.len()).find(|&k| {
        // (most words are none: looked up lowered as a number before a lowered copy is made)
        if k > first_saying && !gazetteer.is_saying_verb_lowered(words[k].1) {
            return false;
        }
        let l = lower_case(words[k].1);
        // (a verb of saying, as the word is one of those lowered: see [`is_speech_verb`])
        // ("States" in capitals names a place: "Gulf States Steel Inc agreed")
        // (nor a word of a name: "American Express said")
        l.starts_with(char::is_lowercase)
            && words[k].1 != "States"
            && (words[k].1.starts_with(char::is_lowercase)
                || mention_covering(ctx, words[k].0.clone()).is_none())
            && !ONLY_BESIDE_A_QUOTE.contains(&l.as_ref())
            && !in_opening_clause(masked, base, sent.clone(), words[k].0.start)
            && (l.ends_with("ed")
                || l.ends_with('s')
                || matches!(l.as_ref(), "said" | "told" | "wrote" | "thought"))
            // (not a passive one: "When Kerry was asked about the deal, Hart demurred.", "Mr
            // Blair is thought to be putting himself on the line")
            && !(is_passive_at(&words, k)
                && (l.ends_with("ed") || matches!(l.as_ref(), "told" | "said" | "thought")))
            // (nor one with no statement after it: "Kipchoge responded and a burst of speed
            // clinched victory", "Sandra Dee continues to live in Los Angeles", "Puerta continued
            // his improbable run", "He reports to James Siehl", "It had agreed to loan …"; but "Mr
            // Wallace
            // agreed and said the figures …" says it with the verb after)
            && (!words.get(k + 1).is_some_and(|(_, next)| {
                matches!(*next, "and" | "but" | "or")
                    || (*next == "to"
                        && (l.starts_with("agree")
                            || matches!(l.as_ref(), "reports" | "report")))
                    || (l.starts_with("continue") && *next != "that")
            }) || then_saying(k))
            // (nor a noun after a determiner: "His comments came as Bush said …")
            && !(k > 0
                && (is_determiner(words[k - 1].1)
                    || matches!(
                        lower_case(words[k - 1].1).as_ref(),
                        "his" | "her" | "its" | "their" | "our" | "my" | "your"
                    )))
    })?;
    // (a long subject only when a relative clause or a participle's aside makes it so: "The
    // Making Decisions Alliance, which includes the Alzheimer's Society, Age Concern, Mencap and
    // the National Autistic Society, said")
    let who = if k > 12 {
        let head = frame(masked, base, sent.start, words[k].0.start).trim_end();
        if k > 40 || !head.ends_with(',') {
            return None;
        }
        relative_clause_subject(ctx, masked, base, sent.start..sent.start + head.len())?
    } else {
        subject_before_verb(ctx, masked, base, sent.start..words[k].0.start)?
    };
    // what was said in a clause opening the sentence ends with it: "Although Ms. Shanklin said
    // she will not vote for him, she applauds his message"
    let end = opening_clause_end(masked, base, sent.clone(), words[k].0.start).unwrap_or(sent.end);
    let said_end = words[if then_saying(k) { k + 2 } else { k }].0.end;
    match &who {
        // (or a name the finder left unclassed that reads as a person's: "Imelda Staunton")
        Who::Entity(e)
            if may_state(ctx, *e)
                || (person_like(ctx, *e) && looks_like_personal_name(&ctx.entities[*e].name)) =>
        {
            Some((who, said_end..end))
        }
        Who::Description(d) if may_report(d) => Some((who, said_end..end)),
        _ => None,
    }
}

/// Whether a word after a name's comma opens an appositive: "a", "an", "the" or a role ("chief").
fn opens_appositive(word: &str) -> bool {
    matches!(word, "a" | "an" | "the") || role_class(word).is_some()
}

/// Whether a sentence tells that reports say it, without naming them: "…, reports claim.",
/// "…, say reports.", "…, according to newspaper reports.", "…, it has been reported.", "Gazprom
/// is reportedly facing …".
fn told_by_reports(sentence: &str) -> bool {
    let word = |w: &str| w.trim_non_letters().to_lowercase();
    let words: Vec<String> = sentence.whitespace_words().map(word).collect();
    // (in the main clause: not "a gang who reportedly raided a factory")
    if let Some(at) = words.iter().position(|w| w == "reportedly") {
        return !words[..at]
            .iter()
            .any(|w| matches!(w.as_str(), "who" | "which" | "that" | "whose"));
    }
    // (the few words after the sentence's last comma)
    let Some(comma) = sentence.rfind(',') else {
        return false;
    };
    let tail: Vec<String> = sentence[comma + 1..].whitespace_words().map(word).collect();
    if tail.is_empty() || tail.len() > 5 {
        return false;
    }
    // reports that say it: "reports claim", "say reports", "a report says" (not someone's own
    // report: "according to its annual report")
    let report_noun = tail.iter().any(|w| w == "reports")
        || tail.windows(2).any(|p| {
            matches!(p[0].as_str(), "a" | "one" | "newspaper" | "press") && p[1] == "report"
        });
    let saying = tail.iter().any(|w| {
        matches!(
            w.as_str(),
            "say" | "says" | "said" | "claim" | "claims" | "claimed" | "according"
        )
    });
    // "it has been reported", "it is reported" (not "…, it reported", the company's own)
    let it_is_reported = tail.first().is_some_and(|w| w == "it")
        && tail.last().is_some_and(|w| w == "reported")
        && tail
            .iter()
            .any(|w| matches!(w.as_str(), "been" | "is" | "was"));
    (report_noun && saying) || it_is_reported
}

/// A statement "according to" a person or body named right after it: "The digital revolution is
/// focused on …, according to Carly Fiorina, chief of Hewlett Packard." (what stands before the
/// comma) or "According to the FBI, the men had no ties." (what follows the name's comma).
fn according_to_statement(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    words: &[(Range<usize>, &str)],
) -> Option<(Who, Range<usize>)> {
    let i = words
        .iter()
        .position(|(_, w)| w.eq_ignore_ascii_case("according"))?;
    if words.get(i + 1).map(|w| w.1) != Some("to") {
        return None;
    }
    // the name right after "to", past "the" and titles: "according to Sen. John McCain",
    // "according to The Mail on Sunday"
    let mut j = i + 2;
    while words.get(j).is_some_and(|(_, w)| is_the(w) || is_title(w)) && j < i + 5 {
        j += 1;
    }
    let (at, _) = words.get(j)?;
    let m =
        mention_covering(ctx, at.clone()).filter(|m| m.range.start <= at.start && !m.possessive)?;
    // a body and a role before a person: "according to Bank of England deputy governor Rachel
    // Lomax" is hers
    let m = if ctx.entities[m.entity].kind == EntityKind::Person {
        m
    } else {
        let after = words.iter().position(|(r, _)| r.start >= m.range.end);
        let role_words = after.map_or(0, |a| {
            words[a..]
                .iter()
                .take(3)
                .take_while(|(r, w)| {
                    w.starts_with(char::is_lowercase)
                        && !is_preposition(w)
                        && !matches!(*w, "and" | "or")
                        && mention_covering(ctx, r.clone()).is_none()
                })
                .count()
        });
        after
            .filter(|_| role_words > 0)
            .and_then(|a| words.get(a + role_words))
            .and_then(|(r, _)| mention_covering(ctx, r.clone()))
            .filter(|p| p.range.start == words[after.unwrap_or(0) + role_words].0.start)
            .filter(|p| !p.possessive && ctx.entities[p.entity].kind == EntityKind::Person)
            .unwrap_or(m)
    };
    if !may_state(ctx, m.entity) {
        return None;
    }
    let clause = if i == 0 {
        // "According to X[, appositive], …": the clause after the name's comma
        let after = frame(masked, base, m.range.end, sent.end);
        let mut comma = m.range.end + after.find(',')?;
        // (past an appositive: "According to Carly Fiorina, chief of HP, …")
        let aside = frame(masked, base, comma + 1, sent.end);
        if opens_appositive(aside.whitespace_words().next().unwrap_or("")) {
            comma += 1 + aside.find(',')?;
        }
        let body = frame(masked, base, comma + 1, sent.end);
        let lead = body.len() - body.trim_start().len();
        comma + 1 + lead..sent.end
    } else {
        let before = frame(masked, base, sent.start, words[i].0.start).trim_end();
        before.strip_suffix(',')?;
        // set off by commas inside the sentence, the statement is the whole sentence: "One
        // topic, according to Yuri Ushakov, was the potential for direct talks …"
        let rest = frame(masked, base, m.range.end, sent.end).trim_start();
        let goes_on = rest.strip_prefix(',').is_some_and(|r| {
            // (not an appositive of the name's: "according to Carly Fiorina, chief of HP.")
            !opens_appositive(r.whitespace_words().next().unwrap_or(""))
                && r.whitespace_words().nth(2).is_some()
        });
        if goes_on {
            sent
        } else {
            sent.start..sent.start + before.len() - 1
        }
    };
    let clause_words = words_of(masked, base, clause.clone());
    (clause_words.len() >= 4).then_some((Who::Entity(m.entity), clause))
}

/// Whether the verb at `k` is passive or a participle used as an adjective, which says nothing
/// of its subject's words: "was asked", "is now assured", "assured of winning", "accused of"
/// (not "warned of", "boasted of").
fn is_passive_at(words: &[(Range<usize>, &str)], k: usize) -> bool {
    let be = |i: usize| {
        matches!(
            lower_case(words[i].1).as_ref(),
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        )
    };
    let adverb = |i: usize| {
        let w = words[i].1;
        (w.len() > 4 && w.ends_with("ly"))
            || matches!(
                w,
                "now" | "also" | "already" | "still" | "not" | "never" | "always"
            )
    };
    let before = k > 0 && (be(k - 1) || (k > 1 && adverb(k - 1) && be(k - 2)));
    let adjective = matches!(words[k].1, "accused" | "assured")
        && words.get(k + 1).is_some_and(|(_, w)| *w == "of");
    before || adjective
}

/// An attribution closing a sentence after a comma: "…, Stovall said.", "…, he said on
/// Tuesday.", "…, said James Henson, director of …". Its speaker and the comma's offset.
/// `first_saying` is the first of `sentence_words` that lowered is a verb of saying (the set
/// holds words in lower case: none before it is a verb of saying as written).
fn trailing_attribution(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    sent: Range<usize>,
    sentence_words: &[(Range<usize>, &str)],
    first_saying: usize,
) -> Option<(Who, usize)> {
    // most sentences have no verb of saying at all
    if !sentence_words[first_saying..]
        .iter()
        .any(|(_, w)| is_finite_speech_verb(w))
    {
        return None;
    }
    let piece = frame(masked, base, sent.start, sent.end);
    for c in memchr::memrchr_iter(b',', piece.as_bytes()).take(3) {
        let comma = sent.start + c;
        let words = &sentence_words[sentence_words.partition_point(|(r, _)| r.start <= comma)..];
        let first = sentence_words.len() - words.len();
        // (nine words, a long name counting as one: "“…,” the central bank's vice president
        // Farhat Omar Ben Gadaravice said"; the words inside names counted only when the first
        // nine have no verb)
        let verb_at = |i: usize| {
            let w = words[i].1;
            is_finite_speech_verb(w)
                && !ONLY_BESIDE_A_QUOTE.contains(&w)
                && !is_passive_at(sentence_words, first + i)
        };
        let within = |n: usize| n.min(words.len());
        let found = (0..within(9)).find(|&i| verb_at(i)).or_else(|| {
            let inside_names = words
                .iter()
                .take(12)
                .filter(|(r, _)| past_a_names_first_word(ctx, r))
                .count();
            (within(9)..within(9 + inside_names)).find(|&i| verb_at(i))
        });
        let Some(k) = found else {
            continue;
        };
        // the verb ends the sentence but for a few words: not "…, Trump said the plan …"; an
        // inverted one has its speaker right after it: not "…, warned Saturday that …"
        let clause_end = clause_stop(frame(masked, base, comma + 1, sent.end))
            .map_or(sent.end, |p| comma + 1 + p)
            .min(
                frame(masked, base, words[k].0.end, sent.end)
                    .find(',')
                    .map_or(sent.end, |p| words[k].0.end + p),
            );
        let after_verb = words[k + 1..]
            .iter()
            .take_while(|(r, _)| r.end <= clause_end)
            .count();
        // (a phrase that says where or when is no clause said: "…, chairman Derrick
        // Holden-Brown said in a speech prepared for delivery to Toronto analysts")
        // (only after "said" and the like: "called on partners", "hinted at a willingness" are a
        // verb and its particle, and "In the meantime," no statement)
        let adjunct = said_where_or_when(words, k)
            && !words[k + 1..]
                .iter()
                .take_while(|(r, _)| r.end <= clause_end)
                .any(|(_, w)| {
                    matches!(*w, "that" | "who" | "which" | "he" | "she" | "it" | "they")
                });
        let after_verb = if adjunct && after_verb <= 14 {
            after_verb.min(6)
        } else {
            after_verb
        };
        // (past "the": "…, reports the Daily Mail", "…, reported The Washington Post")
        let next = if words.get(k + 1).is_some_and(|(_, w)| is_the(w)) {
            k + 2
        } else {
            k + 1
        };
        let named_next = words
            .get(next)
            .is_some_and(|(r, _)| mentions_in(ctx, r.start..r.end).next().is_some());
        // (the one named after "told" was told, not the one who said: "…, Manuel Rico, a
        // consultant with GEPLACEA, told Reuters.")
        let told_first = k == 0 && matches!(words[0].1, "told" | "tells" | "telling");
        if told_first {
            // the teller is the person set off before the appositive: "…, Lin Chung-jung, a
            // Taiwan Shipbreaking Industry Association spokesman, told Reuters."
            if let Some((who, before_name)) =
                teller_before_appositive(ctx, masked, base, sent.start..comma)
            {
                return Some((who, before_name));
            }
            continue;
        }
        if after_verb > 6 || (k == 0 && !named_next) {
            continue;
        }
        // (a pronoun after other words is a relative clause's subject: "…, not the 37 cts it
        // reported on March 11")
        let relative = k >= 2
            && matches!(words[k - 1].1, "it" | "he" | "she" | "they")
            && !matches!(words[k - 2].1, "and" | "but" | "as");
        if relative {
            continue;
        }
        if c < 12 {
            break; // too little said before it: "In Washington, Trump said …"
        }
        // nor a phrase that opens the sentence: "In a statement, the company said …", "At
        // slums in Nairobi on Wednesday, Mr Brown said …" (a preposition first and no verb: not
        // "In 2004 sales rose sharply, John Smith said.")
        let lead = frame(masked, base, sent.start, comma);
        let lead_words: Vec<&str> = lead.whitespace_words().take(9).collect();
        let phrase = lead_words.len() < 9
            && lead_words
                .first()
                .is_some_and(|w| is_preposition(&lower_case(w)))
            && !lead_words.iter().enumerate().any(|(i, w)| {
                // (a word after an article or a possessive is a noun: "In its reports")
                let after_determiner = i > 0
                    && matches!(
                        lead_words[i - 1],
                        "a" | "an" | "the" | "its" | "his" | "her" | "their" | "this" | "new"
                    );
                may_be_a_verb(w) && !after_determiner
            });
        if phrase {
            break;
        }
        if let Some(who) = attribution_after(ctx, masked, base, comma + 1..sent.end) {
            return Some((who, comma));
        }
    }
    None
}

/// The person named between two commas right before `head`'s end, whose appositive runs to it:
/// "…, Lin Chung-jung, a Taiwan Shipbreaking Industry Association spokesman" (before "told
/// Reuters"), with the comma before the name, where what was said ends.
fn teller_before_appositive(
    ctx: &Ctx,
    masked: &Masked,
    base: usize,
    head: Range<usize>,
) -> Option<(Who, usize)> {
    let text = frame(masked, base, head.start, head.end);
    let aside_comma = head.start + text.rfind(',')?;
    let aside = frame(masked, base, aside_comma + 1, head.end);
    // (an appositive: "a …", "the …", "head of …", a role; short, nothing said in it)
    let first = aside.whitespace_words().next().unwrap_or("");
    // (or a named owner's role: "Labour's election strategist", not "it's the manager's call"
    // nor "Apple's Tim Cook")
    let owners_role = || {
        first.starts_with(char::is_uppercase)
            && (first.ends_with("'s") || first.ends_with("\u{2019}s"))
            && aside.whitespace_words().skip(1).take(4).any(|w| {
                let w = w.trim_non_letters();
                w.starts_with(char::is_lowercase)
                    && (role_class(w).is_some() || person_noun(w).is_some())
            })
    };
    if !(opens_appositive(first) || first == "head" || first == "chief" || owners_role())
        || aside.whitespace_words().nth(16).is_some()
    {
        return None;
    }
    let name = mentions_in(ctx, head.start..aside_comma)
        .next_back()
        .filter(|m| m.range.end == aside_comma && !m.possessive && person_like(ctx, m.entity))?;
    let before = frame(masked, base, head.start, name.range.start).trim_end();
    let name_comma = head.start + before.len().checked_sub(1)?;
    before
        .ends_with(',')
        .then_some((Who::Entity(name.entity), name_comma))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::annotate_text;

    /// The runs [`for_each_word_run`] finds, collected.
    fn word_runs(text: &str) -> Vec<Range<usize>> {
        let mut runs = Vec::new();
        for_each_word_run(text, |start, end| runs.push(start..end));
        runs
    }

    /// [`word_runs`] a character at a time: the reference.
    fn word_runs_by_chars(text: &str) -> Vec<Range<usize>> {
        let in_run = |c: char| {
            if c.is_ascii() {
                RUN_BYTES[c as usize]
            } else {
                c.is_alphanumeric() || c == '\u{2019}'
            }
        };
        let mut runs: Vec<Range<usize>> = Vec::new();
        for (i, c) in text.char_indices().filter(|&(_, c)| in_run(c)) {
            match runs.last_mut() {
                Some(run) if run.end == i => run.end = i + c.len_utf8(),
                _ => runs.push(i..i + c.len_utf8()),
            }
        }
        runs
    }

    #[test]
    fn word_runs_are_those_the_reference_finds() {
        let text = "Mr. O\u{2019}Brien-Smith's co-op, 1.5bn/[Zoë] x@y `a` {b} ~z\u{201D} \
                    Élan\u{2014}word./slash U.S.A. don't—stop 12:30 a/b ...and-more \
                    international-relations_xxxxxxxxxxxxxxxxxxxx, AZaz09'-.:;<=>?@[\\]^_`{|}~/,+*)(";
        // (every start and end, so that runs end and begin at every place in eight bytes)
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len().min(start + 40)).filter(|&i| text.is_char_boundary(i)) {
                let piece = &text[start..end];
                assert_eq!(word_runs(piece), word_runs_by_chars(piece), "{piece:?}");
            }
        }
    }

    #[test]
    fn word_runs_through_masked_quotations_are_those_the_reference_finds() {
        // (eight x's and more, as masked quotations leave, at every offset and beside what may
        // join or end a run: apostrophes, stops, hyphens, letters, spaces, marks beyond ASCII)
        let text = "said 'xxxxxxxxxxxxxxxxxxx' then \u{201C}xxxxxxxxxxxxxxxx.\u{201D} Zelensky\u{2019}s \
                    abcxxxxxxxxxxxxxxxxxxxxxdef xxxxxxxx-xxxxxxxxx café xxxxxxxxxxxxxxxxxxxxxxxx\u{2019}s \
                    Москва xxxxxxxxXxxxxxxxx xxxxxxxx";
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len().min(start + 48)).filter(|&i| text.is_char_boundary(i)) {
                let piece = &text[start..end];
                assert_eq!(word_runs(piece), word_runs_by_chars(piece), "{piece:?}");
            }
        }
    }

    #[test]
    fn words_of_a_range_are_those_of_its_own_runs() {
        // (the words of a range are those of the runs of its own text: a run the range cuts is
        // a run of its text, and a run that makes no word has no piece that makes one)
        let text = "Mr. O\u{2019}Brien-Smith's co-op,  1.5bn [Zoë] \u{201C}xxxx.\u{201D} said: ok. \
                    Zelensky\u{2019}s -- U.S. ...and xx-x Москва café x. 'quoted' \u{2018}it\u{2019} end-";
        let base = 7;
        let masked = Masked::new(text, base);
        let starts = || (0..=text.len()).filter(|&i| text.is_char_boundary(i));
        for a in starts() {
            for b in starts().filter(|&b| b >= a) {
                let piece = &text[a..b];
                let expected: Vec<(Range<usize>, &str)> = word_runs_by_chars(piece)
                    .into_iter()
                    .filter_map(|r| {
                        let word = run_word(piece, r.start, r.end)?;
                        Some((base + a + r.start..base + a + r.start + word.len(), word))
                    })
                    .collect();
                let range = base + a..base + b;
                assert_eq!(
                    words_of(&masked, base, range.clone()).to_vec(),
                    expected,
                    "{piece:?}"
                );
                assert_eq!(
                    word_iter(&masked, base, range).collect::<Vec<_>>(),
                    expected,
                    "{piece:?}"
                );
            }
        }
    }

    #[test]
    fn all_x_is_every_byte_an_x() {
        for len in 0..20 {
            let xs = vec![b'x'; len];
            assert!(all_x(&xs));
            for i in 0..len {
                let mut other = xs.clone();
                other[i] = b'X';
                assert!(!all_x(&other), "{len} {i}");
            }
        }
    }

    #[test]
    fn runs_of_a_range_are_those_a_search_finds() {
        let text = "Mr. O\u{2019}Brien-Smith's co-op,  1.5bn [Zoë] \u{201C}xxxx\u{201D} said: ok.";
        let masked = Masked::new(text, 10);
        for a in 0..=text.len() + 2 {
            let started = masked.runs.partition_point(|r| r.start < a);
            let ended = masked.runs.partition_point(|r| r.end <= a);
            assert_eq!(masked.runs_starting_before(a), started, "at {a}");
            assert_eq!(masked.runs_ending_by(a), ended, "at {a}");
        }
    }

    fn quotes(text: &str) -> Vec<(String, Option<String>, QuoteKind)> {
        let a = annotate_text(text.to_string());
        a.quotes
            .iter()
            .map(|q| {
                (
                    q.text.clone(),
                    q.speaker.map(|e| a.entities[e].name.clone()),
                    q.kind,
                )
            })
            .collect()
    }

    fn direct(text: &str) -> Vec<(String, Option<String>)> {
        quotes(text)
            .into_iter()
            .filter(|q| q.2 == QuoteKind::Direct)
            .map(|q| (q.0, q.1))
            .collect()
    }

    /// The speakers of a text's direct quotes, in order.
    fn speakers_of(text: &str) -> Vec<Option<String>> {
        direct(text).into_iter().map(|q| q.1).collect()
    }

    /// The speakers and kinds of a text's quotes and reported statements, in order.
    fn speakers_and_kinds(text: &str) -> Vec<(Option<String>, QuoteKind)> {
        quotes(text).into_iter().map(|q| (q.1, q.2)).collect()
    }

    /// The speakers and descriptions of a text's direct quotes, in order.
    fn speakers_and_descriptions(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let a = annotate_text(text.to_string());
        a.quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| {
                (
                    q.speaker.map(|e| a.entities[e].name.clone()),
                    q.description.clone(),
                )
            })
            .collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    /// Asserts the speaker of each text's first direct quote.
    fn assert_first_speakers(cases: &[(&str, Option<&str>)]) {
        for &(text, speaker) in cases {
            let q = direct(text);
            assert_eq!(q[0].1.as_deref(), speaker, "{text}: {q:?}");
        }
    }

    #[test]
    fn it_and_the_company_stand_for_the_body_that_spoke() {
        let text = "Texaco Inc said it would cut prices.\n\n\
                    It said \"the cuts are permanent.\"\n\n\
                    The company said \"demand is weak.\"\n\n\
                    The United Auto Workers said talks had failed. The union said it is \"hopeful that a \
                    settlement can be reached.\"\n";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Texaco Inc"),
                some("Texaco Inc"),
                some("United Auto Workers")
            ]
        );
    }

    #[test]
    fn a_role_at_a_body_after_the_verb_is_the_name_set_off_after_it() {
        let s = speakers_of(
            "Exxon Corp reported.\n\n\"It was bad,\" said his best friend at Exxon Corp, Bob \
             Jones, who spoke.\n\n\"It was fine,\" said the chief economist at Exxon Corp, John \
             Smith.\n\n\"It was good,\" said the head of Exxon Corp, which owns it.",
        );
        assert_eq!(
            s,
            vec![some("Bob Jones"), some("John Smith"), some("Exxon Corp")]
        );
    }

    #[test]
    fn a_medium_that_reports_what_someone_said_is_not_the_speaker() {
        let s = speakers_of(
            "Hillary Clinton visited.\n\nClinton said \"we will win,\" the New York Times \
             reported.\n\nWhen asked about it, Tim Canova bristled and said, \"No comment,\" The \
             Miami Herald reported.\n\n\"We will win,\" the New York Times reported.",
        );
        assert_eq!(
            s,
            vec![
                some("Hillary Clinton"),
                some("Tim Canova"),
                some("New York Times")
            ]
        );
    }

    #[test]
    fn an_unnamed_subject_goes_on_past_but_to_a_colon() {
        let direct = speakers_and_descriptions(
            "Drexel\n\nBurt Sugarman bid for TRE. Sugarman said he would win.\n\nA Drexel \
             spokesman acknowledged that his firm had underwritten the debt offering for Sugarman \
             but added:\n\n\"We had nothing to do with TRE.\"\n",
        );
        assert_eq!(direct, vec![(None, some("A Drexel spokesman"))]);
    }

    #[test]
    fn a_letter_named_is_no_speech_but_keeps_the_quote_around_it_attributed() {
        let s = speakers_of(
            "Soriano.\n\n\"We have no objection to Soriano buying the \"B\" shares,\" Ramon Diaz \
             told Reuters. \"But everything is on hold now.\"",
        );
        assert_eq!(s, vec![some("Ramon Diaz"), some("Ramon Diaz")]);
    }

    #[test]
    fn a_label_of_the_topic_between_answers_names_no_other_speaker() {
        let s = speakers_of(
            "Coach pleased.\n\nOle Gunnar Solskjaer commented on the win.\n\n“It is nice to \
             win at home after a long break,” he told the BBC.\n\nAbout Bruno Fernandes’ second \
             penalty kick:\n\n“The same thing happened to our keeper at the start of the \
             season.”\n\nOn whether Mike Dean should have given a penalty:\n\n“Maybe we were a \
             little lucky here today.”\n\nOn Tuesday, Mike Dean said:\n\n“Nobody asked me about \
             it at all.”",
        );
        assert_eq!(
            s,
            vec![
                some("Ole Gunnar Solskjaer"),
                some("Ole Gunnar Solskjaer"),
                some("Ole Gunnar Solskjaer"),
                some("Mike Dean")
            ]
        );
        // (a paragraph with a comma may name who speaks next: not a label)
        let s = speakers_of(
            "Rally.\n\n“We will win,” Donald Trump said.\n\nOn Friday, Kamala Harris took to \
             social media:\n\n“We are not going back.”",
        );
        assert_eq!(s[0], some("Donald Trump"));
        assert_ne!(s[1], some("Donald Trump"));
    }

    #[test]
    fn a_chant_is_no_words_of_the_one_who_spoke_before() {
        let s = speakers_of(
            "Rally.\n\nDonald Trump spoke. \"We will win,\" Trump said.\n\nAt one point the crowd \
             reprised the chant \"Lock her up!\" and the attendees chanted, \"Build the wall!\"\n\n\
             Donald Trump promised the party \"a new start\" with the slogan: \"Make America great \
             again\".",
        );
        assert_eq!(
            s,
            vec![
                some("Donald Trump"),
                None,
                None,
                some("Donald Trump"),
                some("Donald Trump")
            ]
        );
    }

    #[test]
    fn an_unnamed_one_with_a_few_words_before_the_noun_is_described() {
        let described = speakers_and_descriptions(
            "Oil.\n\nChase Econometrics published a report.\n\n\"There are light oversupplies \
             now,\" a European crude oil trader said.\n\n\"Dealers are worried,\" one Illinois \
             soyproduct dealer said.\n\n\"It is on hold,\" one New York trader said.",
        );
        assert_eq!(
            described,
            vec![
                (None, some("a European crude oil trader")),
                (None, some("one Illinois soyproduct dealer")),
                (None, some("one New York trader"))
            ]
        );
    }

    #[test]
    fn a_title_of_accountants_is_no_part_of_the_name() {
        let s = speakers_of(
            "\"Peer review will not stop all bad audits,\" SEC Chief Accountant Clarence Sampson \
             told the commissioners.",
        );
        assert_eq!(s, vec![some("Clarence Sampson")]);
    }

    #[test]
    fn a_verb_of_saying_with_no_statement_after_it_reports_nothing() {
        let qs = quotes(
            "Race.\n\nDejene Berhanu made a late effort, but Eliud Kipchoge responded and a burst \
             of speed clinched victory.\n\nActress Sandra Dee continues to live in Los Angeles as a \
             recluse.\n\nJim Wallace agreed and said the figures had to be seen in context.\n\n\
             He reports to James Siehl, the chief executive.\n\nMariano Puerta continued his \
             improbable run.\n\nAcme Corp agreed to buy the Texas firm.\n",
        );
        let reported: Vec<(&str, Option<&str>)> = qs
            .iter()
            .filter(|q| q.2 == QuoteKind::Reported)
            .map(|q| (q.0.as_str(), q.1.as_deref()))
            .collect();
        assert_eq!(
            reported,
            vec![(
                "the figures had to be seen in context.",
                Some("Jim Wallace")
            )]
        );
    }

    #[test]
    fn a_company_and_a_speech_at_the_end_of_reported_speech() {
        let qs = quotes(
            "Acme Corp reported results.\n\nProfits will rise sharply next year, the company \
             said.\n\nSales rose in the quarter, John Smith said in a speech prepared for delivery to \
             analysts.\n\nProfits rose, Graham said on Sunday that the deal was off.\n",
        );
        let reported: Vec<(&str, Option<&str>)> = qs
            .iter()
            .filter(|q| q.2 == QuoteKind::Reported)
            .map(|q| (q.0.as_str(), q.1.as_deref()))
            .collect();
        assert!(
            reported.contains(&("Profits will rise sharply next year", Some("Acme Corp"))),
            "{reported:?}"
        );
        assert!(
            reported.iter().any(|r| r.0 == "Sales rose in the quarter"),
            "{reported:?}"
        );
        assert!(
            reported.iter().all(|r| r.0 != "Profits rose"),
            "{reported:?}"
        );
        // a verb and its particle is no attribution ending the sentence
        let qs = quotes(
            "In the meantime, Ukrainian President Volodymyr Zelensky called on partners to put \
             more pressure on Russia.\n",
        );
        assert!(qs.iter().all(|q| q.0 != "In the meantime"), "{qs:?}");
    }

    #[test]
    fn the_union_is_a_body_of_workers_and_a_role_before_a_name_is_the_name_s() {
        let text = "General Motors Corp said talks with the United Auto Workers failed. General \
                    Motors Corp will appeal, and General Motors Corp said so again.\n\n\
                    The union said it is \"hopeful that a settlement can be reached.\"\n\n\
                    The board wants to keep its \"considerable future prospects,\" according to \
                    director Winthrop Knowlton, a former chief executive.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("United Auto Workers"), some("Winthrop Knowlton")]
        );
    }

    #[test]
    fn he_after_an_unnamed_spokesman_is_that_spokesman() {
        let text = "John Smith resigned on Monday, the company said.\n\n\
                    A company spokesman said the plan had failed. \"We regret it,\" he said.\n\n\
                    The spokesman said the well was dry. \"Oil is found in sand,\" he said.\n\n\
                    John Smith said he was sad. \"I am sad,\" he said.\n";
        assert_eq!(speakers_of(text), vec![None, None, some("John Smith")]);
    }

    #[test]
    fn a_place_or_body_before_a_noun_for_a_person_after_the_verb_only_tells_which_person() {
        let text = "Jamie Costin was hurt in a crash in Greece.\n\n\
                    \"I was in a lot of pain,\" says the Waterford man.\n\n\
                    \"Rates should fall,\" said EEF chief economist, Steve Radley.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Jamie Costin"), some("Steve Radley")]
        );
    }

    #[test]
    fn an_aside_in_brackets_inside_the_subject_after_the_verb_is_passed_over() {
        let text = "Fujitsu dropped its bid.\n\n\
                    \"This is not really of benefit to U.S. firms either,\" said Jardine \
                    Fleming (Securities) Ltd analyst Nick Edwards.\n";
        assert_eq!(speakers_of(text), vec![some("Nick Edwards")]);
    }

    #[test]
    fn a_role_s_appositive_before_a_body_s_relative_clause_keeps_the_person() {
        let text = "Nick Davies, spokesman for athletics' ruling body the IAAF, which handed out \
                    the provisional bans, said: \"We can't comment.\"\n\n\
                    Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said: \"We have \
                    plans.\"\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Nick Davies"), some("Shin-Bae Kim")]
        );
    }

    #[test]
    fn an_attribution_found_past_a_long_subject_a_participle_or_where_it_was_said() {
        let text =
            "\"Prices are high,\" the firm's Philippine agent Domingo Panganiban was quoted as \
                    telling reporters.\n\n\
                    \"We expect to file papers late tonight\" asking the court to reopen the case, \
                    spokesman Rich Hall said in a telephone interview from the company's Chicago \
                    headquarters.\n\n\
                    \"It strengthens the Dow,\" said William LeFevre, analyst at Advest Inc. He \
                    praised the decision to drop Inco Ltd, \"a super stock at one time.\"\n";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Domingo Panganiban"),
                some("Rich Hall"),
                some("William LeFevre"),
                some("William LeFevre")
            ]
        );
        // the trap: the last of an appositive's commas before a body's name
        let text = "\"Improved technology has the potential,\" Gordon Willmon, VP and general \
                    manager, oil sands department, Esso Resources Canada Ltd said at the World \
                    Petroleum Congress.\n";
        assert_eq!(speakers_of(text), vec![some("Gordon Willmon")]);
    }

    #[test]
    fn a_phrase_opening_the_sentence_is_not_what_a_trailing_attribution_said() {
        let text = "Despite the market reaction, analyst Tom Barnes welcomed the Pacific Gas \
                    decision.\n\nIn some cases loyalty may motivate individuals to keep their \
                    shares, Tom Barnes said.\n";
        let q = quotes(text);
        let texts: Vec<&str> = q.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "the Pacific Gas decision.",
                "In some cases loyalty may motivate individuals to keep their shares"
            ],
            "{q:?}"
        );
    }

    #[test]
    fn an_appositive_left_open_after_a_role_and_its_name_keeps_the_person() {
        let text = "\"We will win,\" Ways and Means chairman Dan Rostenkowski, an Illinois \
                    Democrat said.\n\n\
                    \"We will go,\" Acme chairman Bob Smith, a lawyer said.\n\n\
                    \"We will stay,\" the brother of chairman Tom Jones, a lawyer said.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Dan Rostenkowski"), some("Bob Smith"), None]
        );
    }

    #[test]
    fn a_nationality_before_the_verb_is_the_person_not_the_country() {
        let text = "Tottenham manager Martin Jol acclaimed his players.\n\n\
                    \"We had the initiative,\" the Dutchman said.\n";
        assert_eq!(speakers_of(text), vec![some("Martin Jol")]);
    }

    #[test]
    fn a_nationality_or_a_noun_before_a_preposition_after_the_verb_is_a_description() {
        let text = "Final\n\nConchita Martinez beat Anna-Lena Groenefeld.\n\n\
                    \"It feels good,\" said Martinez. Groenefeld was the more powerful player. \
                    \"It was my first final,\" said the German.\n\n\
                    Oliver Stone expressed the hope that Alexander might be better appreciated. \"One \
                    of the reasons I am honoured,\" said the director behind JFK, Platoon and \
                    Born on the Fourth of July.\n";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Conchita Martinez"),
                some("Anna-Lena Groenefeld"),
                some("Oliver Stone")
            ]
        );
    }

    #[test]
    fn the_statement_said_is_whoever_said_they_spoke_in_one() {
        let text = "Merrill Lynch and Co said its banker was suspended.\n\n\
                    If the charges are true \"we are disappointed and angry,\" Merrill Lynch \
                    said in a statement.\n\n\
                    The SEC charged him on Thursday.\n\n\
                    \"Merrill Lynch in no way benefited from the trades,\" the statement said.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Merrill Lynch"), some("Merrill Lynch")]
        );
        // the trap: too far back, the statement is nobody's said
        let far = text.replace(
            "The SEC charged him on Thursday.\n\n",
            "The SEC charged him.\n\nHe denied it.\n\nHe left.\n\nHe went home.\n\n",
        );
        assert_eq!(speakers_of(&far), vec![some("Merrill Lynch"), None]);
        // or whoever issued it
        let issued = "The Holocaust Museum issued a brief statement about refugees. Recalling \
                      \"the consequences to Jews who could not flee,\" the statement urged \
                      leaders to \"avoid condemning today's refugees as a group.\"";
        assert_eq!(
            speakers_of(issued),
            vec![some("Holocaust Museum"), some("Holocaust Museum")]
        );
    }

    #[test]
    fn a_member_for_a_place_or_party_is_no_place_nor_party() {
        let text = "Lucy found him.\n\nMr Stephen Pound, who is now married, said: \"I was a \
                    sailor.\" He said it was a shock. \"It was a pretty horrible thing,\" said \
                    the Ealing North MP.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Stephen Pound"), some("Stephen Pound")]
        );
    }

    #[test]
    fn it_right_after_a_body_spoke_is_that_body_though_another_is_named_more() {
        let text = "Cameron Webb Ltd settled. Cameron Webb Ltd paid. Cameron Webb Ltd left.\n\n\
                    Cameron Webb Ltd was fined.\n\n\
                    In a reaction, insurance brokerage Sedgwick Group Plc said it supported the \
                    proposals.\n\n\
                    It said in a statement, \"as largest broker in the market, the company has \
                    an essential role.\"\n";
        assert_eq!(speakers_of(text), vec![some("Sedgwick Group Plc")]);
    }

    #[test]
    fn head_of_something_is_a_role_of_an_appositive() {
        let text = "Aids charities spoke.\n\n\
                    Lisa Power, head of policy at Aids charity the Terrence Higgins Trust said the \
                    policy was prejudice-based rather than evidence-based.\n";
        assert_eq!(
            speakers_and_kinds(text),
            vec![(some("Lisa Power"), QuoteKind::Reported)]
        );
    }

    #[test]
    fn a_club_before_a_player_s_position_only_tells_which_player() {
        let text = "England player Simon Amor won the award.\n\nAmor was delighted with it. \
                    \"This is a genuine honour,\" said the Gloucester fly-half.\n";
        assert_eq!(speakers_of(text), vec![some("Simon Amor")]);
    }

    #[test]
    fn a_line_wrapped_after_said_goes_on_with_its_pronoun() {
        let text = "OIL MARKET STABLE\n\nJAKARTA, April 6 -\n\n\
                    Indonesian Energy minister Subroto said\n\
                    he was very confident of continued stability in the oil market.\n    \
                    \"We are very confident that things will continue this way,\" he said at a\n\
                    signing ceremony.\n";
        assert_eq!(speakers_of(text), vec![some("Subroto")]);
    }

    #[test]
    fn a_stock_ticker_after_a_company_is_no_speaker() {
        let text = "Newmont Mining Corp <NEM> said Magma Copper Co's by-laws have been restated \
                    to limit the transferability of the company's stock.\n";
        assert_eq!(
            speakers_and_kinds(text),
            vec![(some("Newmont Mining Corp"), QuoteKind::Reported)]
        );
    }

    #[test]
    fn someone_unnamed_with_a_body_is_not_the_body() {
        let text = "Finance Minister Gerhard Stoltenberg has said the sale may be delayed.\n\n\
                    \"Trading is at an absolute nil,\" one dealer with a U.S. Bank said.\n\n\
                    A banker involved in the VEBA placement said \"Nothing has changed.\"\n\n\
                    A trader at Barclays Bank said: \"No way.\"\n";
        assert_eq!(speakers_of(text), vec![None, None, None]);
        // the traps: a phrase of time before the subject, and a survey's words are its author's
        let text = "A day ahead of the report, Charles Kennedy used a speech to say his party \
                    faced \"painful economic realities\".\n\n\
                    A survey of 280 schemes by Incomes Data Services' (IDS) said employer \
                    contributions had increased from 5bn to 8bn a year.\n";
        assert_eq!(speakers_of(text), vec![some("Charles Kennedy")]);
        assert!(
            speakers_and_kinds(text)
                .contains(&(some("Incomes Data Services"), QuoteKind::Reported)),
            "{:?}",
            speakers_and_kinds(text)
        );
    }

    #[test]
    fn someone_unnamed_by_any_noun_is_nobody_named_before() {
        let text = "John Smith runs the bank. \"We are here,\" Smith said.\n\n\
                    \"I do not think this will stop them,\" said a banker.\n\n\
                    A Japanese refiner said, \"The markets look better.\"\n\n\
                    But a senior Polish trader said: \"No way.\"\n";
        assert_eq!(
            speakers_and_descriptions(text),
            vec![
                (some("John Smith"), None),
                (None, some("a banker")),
                (None, some("A Japanese refiner")),
                (None, some("a senior Polish trader")),
            ]
        );
        // the trap: an indefinite phrase in quotation marks is no subject
        let text = "Alicia Markova danced for decades.\n\n\
                    She retired in 1963, an \"instant decision\" she said, \"largely because \
                    of a leg injury\".\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Alicia Markova"), some("Alicia Markova")]
        );
    }

    #[test]
    fn a_pronoun_after_a_speaker_named_with_a_long_affiliation_is_that_speaker() {
        let text = "\"OPEC must hold,\" said Dillard Spriggs of Petroleum Analysis Ltd.\n\n\
                    But Bijan Moussavar-Rahmani of Harvard University's Energy and Environment \
                    Policy Center said that demand had been rising.\n\n\
                    \"Demand is clearly above 15.8 mln bpd,\" he told Reuters.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Dillard Spriggs"), some("Bijan Moussavar-Rahmani")]
        );
        // the trap: an opening phrase before a comma is no affiliation
        let text = "Hinting at better times for UK exporters, NIESR said the euro zone \
                    \"is expected to pick up speed\".\n";
        assert_eq!(speakers_of(text), vec![some("NIESR")]);
    }

    #[test]
    fn the_one_quoted_as_saying_speaks_not_the_one_quoting() {
        let text = "Mikhail Khodorkovsky founded Yukos.\n\n\
                    \"It has been destroyed,\" the Interfax news agency quoted Mr Khodorkovsky \
                    as saying.\n\n\
                    \"It was a wonderful present,\" Interfax quoted him as saying.\n\n\
                    \"Video games are big business,\" AP quoted prosecutor Russell McGuire as \
                    saying.\n";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Mikhail Khodorkovsky"),
                some("Mikhail Khodorkovsky"),
                some("Russell McGuire")
            ]
        );
        // the trap: "he was quoted by Kyodo as saying" is his
        let text = "John Smith, the trade minister, spoke.\n\n\
                    \"It must be corrected,\" he was quoted by Kyodo News Service as saying.\n";
        assert_eq!(speakers_of(text), vec![some("John Smith")]);
    }

    #[test]
    fn a_statement_is_the_body_that_spoke_and_the_association_is_the_one_named_so() {
        let text = "The Swiss Bankers Association said it wanted to curb secrecy.\n\n\
                    The association said it would insist on checks.\n\n\
                    \"The Bankers Association is convinced,\" the statement said.\n";
        assert_eq!(
            speakers_and_kinds(text),
            vec![
                (some("Swiss Bankers Association"), QuoteKind::Reported),
                (some("Swiss Bankers Association"), QuoteKind::Reported),
                (some("Swiss Bankers Association"), QuoteKind::Direct),
            ]
        );
        // the traps: a body's noun before a role is no body, and a statement long after
        // the body spoke is nobody's we know
        let text = "The Public Accounts Committee called for an audit.\n\n\
                    \"Our aim is to ensure the BBC is accountable,\" said the committee \
                    chairman, MP Edward Leigh.\n\n\
                    Viewers were asked.\n\nThe licence fee rose.\n\n\
                    \"We regret it,\" the statement said.\n";
        // (the chairman is the name the comma sets off)
        assert_eq!(speakers_of(text), vec![some("Edward Leigh"), None]);
        let a = annotate_text(text.to_string());
        let descriptions: Vec<Option<&str>> = a
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| q.description.as_deref())
            .collect();
        assert_eq!(descriptions, vec![None, Some("the statement")]);
    }

    #[test]
    fn a_clause_of_saying_after_a_quote_names_no_other_speaker() {
        let text = "Bache chief executive George McGough spoke.\n\n\
                    McGough told reporters \"our game plan does not call for an acquisition,\" \
                    saying Bache recently rejected merger overtures.\n";
        assert_eq!(speakers_of(text), vec![some("George McGough")]);
    }

    #[test]
    fn a_sentence_that_opens_with_said_tells_of_nobody_saying() {
        assert!(!narrates_someone_saying("said nothing at all."));
        assert!(!narrates_someone_saying("Said nothing at all."));
        assert!(narrates_someone_saying(
            "Meanwhile, spokesman Methat Shalaby welcomed it and said so."
        ));
    }

    #[test]
    fn an_unclosed_quote_ends_before_the_writer_tells_of_someone_saying() {
        let text = "Ahmed Hossam spoke. Mido added: \"It is not my right to give orders. \
                    \"I do confess that I was rude. Meanwhile, Egypt FA spokesman Methat \
                    Shalaby welcomed the apology and said no one had pressed him. \
                    \"His apology does not affect him,\" Shalaby said.\n";
        assert_eq!(
            direct(text),
            vec![
                ("It is not my right to give orders.".into(), some("Mido")),
                ("I do confess that I was rude.".into(), some("Mido")),
                (
                    "His apology does not affect him,".into(),
                    some("Methat Shalaby")
                ),
            ]
        );
    }

    #[test]
    fn a_given_name_borne_by_men_and_women_tells_no_gender() {
        let text = "Joss Whedon will direct the film.\n\n\
                    \"In a way, no one has met her yet,\" he said.\n\n\
                    Kim Collins ran in Birmingham.\n\n\
                    \"I'm looking forward to it,\" he said.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Joss Whedon"), some("Kim Collins")]
        );
    }

    #[test]
    fn a_body_before_a_noun_for_a_person_is_no_sentence_subject() {
        let text = "Tory leader Michael Howard gave a speech.\n\n\
                    Mr Howard will acknowledge that discrimination exists. The Tory leader will \
                    also call for tolerance arguing that Hindus got \"caught in the downdraft\".\n";
        assert_eq!(speakers_of(text), vec![some("Michael Howard")]);
        // nor before a noun for people: the delegates are nobody named
        let text = "Tory delegates are gathering for their last conference before the general \
                    election, declaring Britain needs \"a change at the top\".\n";
        assert_eq!(speakers_of(text), vec![None]);
    }

    #[test]
    fn a_body_or_person_before_a_long_relative_clause_reports_and_speaks_on() {
        let text = "Minister David Lammy said laws needed updating.\n\n\
                    The Making Decisions Alliance, which includes the Alzheimer's Society, Age \
                    Concern, Mencap and the National Autistic Society, said misunderstandings \
                    over the bill had to be cleared up. \"It will not change the current \
                    law,\" the alliance said in a statement.\n";
        assert_eq!(
            speakers_and_kinds(text),
            vec![
                (some("David Lammy"), QuoteKind::Reported),
                (some("Making Decisions Alliance"), QuoteKind::Reported),
                (some("Making Decisions Alliance"), QuoteKind::Direct),
            ]
        );
        // past the body's place after "of"
        let text = "Oil.\n\nWilshire Oil Co of Texas, which has a stake in Jacobs, said its \
                    chairman was appointed to the Jacobs board.\n";
        assert_eq!(
            speakers_and_kinds(text),
            vec![(some("Wilshire Oil Co"), QuoteKind::Reported)]
        );
    }

    #[test]
    fn a_phrase_in_the_sentence_after_a_speaker_s_quote_is_theirs_while_nobody_else_speaks() {
        let text = "\"The key worry remains,\" said Anthony Crescenzi, a bond strategist at \
                    Miller Tabak. The trade deficit and the shortfall with China \"are big \
                    issues going forward\".\n\n\
                    \"We are close,\" said John Smith. Beijing described the embargo as a \
                    \"product of the Cold War\".\n\n\
                    \"We are close,\" said John Smith. A friend referred to him as \"the most \
                    beautiful soul I have met\".\n";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Anthony Crescenzi"),
                some("Anthony Crescenzi"),
                some("John Smith"),
                some("Beijing"),
                some("John Smith"),
                None
            ]
        );
    }

    #[test]
    fn a_relative_clause_after_the_speaker_and_a_verb_with_its_own_clause_name_no_speaker() {
        let text = "Eric Clapton introduced Buddy Guy.\n\n\
                    \"My course was set and he was my pilot,\" said Clapton who joined Guy \
                    and King in a performance.\n\n\
                    \"They are ready to talk,\" said one analyst who attended the Texaco \
                    meeting.\n\n\
                    Mr Opik said: \"How is the bobby supposed to know?\" Tory MP Peter Luff, \
                    another co-chairman of Middle Way, said that the law was \"so poorly \
                    drafted\".\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Eric Clapton"), None, some("Opik"), some("Peter Luff")]
        );
    }

    #[test]
    fn it_after_a_thing_that_opens_a_sentence_is_no_body_that_spoke() {
        let text = "The Home Office said it would publish guidance.\n\n\
                    The guidance published on Tuesday said police had a duty to act, and they \
                    were \"determined\" to act, it said.\n";
        assert_eq!(speakers_of(text), vec![None]);
    }

    #[test]
    fn it_is_no_body_that_spoke_three_paragraphs_before() {
        let text = "Texaco Inc said it would cut prices.\n\nPrices fell.\n\nDemand fell.\n\n\
                    Supply rose.\n\nIt said \"the cuts are permanent.\"\n";
        assert_eq!(speakers_of(text), vec![None]);
    }

    #[test]
    fn mark_bytes_are_found_as_by_reading_every_byte() {
        let text =
            "plain words, \u{AB} guillemets \u{BB}, \u{201C}curly\u{201D} \u{2018}single\u{2019} \
                    \"straight\" it's <b>tag</b> \u{A3}5 caf\u{E9} \u{2014} at the end'";
        let bytes = text.as_bytes();
        // (looked for afresh, and by one finder from ever later places)
        let mut marks = MarkBytes::new(bytes);
        for from in 0..=bytes.len() + 1 {
            let expected = bytes
                .get(from..)
                .and_then(|rest| {
                    rest.iter()
                        .position(|b| matches!(b, b'"' | b'\'' | b'<' | 0xC2 | 0xE2))
                })
                .map(|p| from + p);
            assert_eq!(
                MarkBytes::new(bytes).next_from(from),
                expected,
                "from {from}"
            );
            assert_eq!(marks.next_from(from), expected, "from {from}");
        }
    }

    #[test]
    fn said_after_the_quote() {
        assert_eq!(
            direct("\u{201C}We must act,\u{201D} Volodymyr Zelensky said."),
            vec![("We must act,".into(), some("Volodymyr Zelensky"))]
        );
        assert_eq!(
            direct("\"We will win,\" said Donald Trump."),
            vec![("We will win,".into(), some("Donald Trump"))]
        );
    }

    #[test]
    fn an_opening_mark_typed_with_a_space_after_it_still_opens() {
        assert_eq!(
            direct(
                "Emma Stone won.\n\nThe actress praised the team. \" It is about a team,\u{201D} \
                 she said."
            ),
            vec![("It is about a team,".into(), some("Emma Stone"))]
        );
        assert_eq!(
            direct("Kari Lake spoke.\n\nLake said, \u{201D} The border is a disaster.\u{201D}"),
            vec![("The border is a disaster.".into(), some("Kari Lake"))]
        );
        // (the trap: no closing mark after it)
        assert!(direct("He measured 6 \" Then he left.").is_empty());
    }

    #[test]
    fn a_straight_mark_after_punctuation_and_a_space_closes() {
        assert_eq!(
            direct(
                "Warren Gunnels is an aide.\n\n''He built strong coalitions, '' said Mr. Gunnels."
            ),
            vec![("He built strong coalitions,".into(), some("Warren Gunnels"))]
        );
        // the space inside the marks does not hide the end of the quoted sentence, so the
        // next sentence's speaker is not the quote's
        assert_eq!(
            direct(
                "\"It is an honour,\" said Justin Gatlin. \"It is a great end to a great year. \" \
                 Joanna Hayes said: \"I feel a sense of pride.\""
            ),
            vec![
                ("It is an honour,".into(), some("Justin Gatlin")),
                (
                    "It is a great end to a great year.".into(),
                    some("Justin Gatlin")
                ),
                ("I feel a sense of pride.".into(), some("Joanna Hayes")),
            ]
        );
    }

    #[test]
    fn split_quote_with_pronoun() {
        let q = direct("Tony Blair spoke on Monday.\n\u{201C}It is done,\u{201D} he said, \u{201C}and we move on.\u{201D}");
        assert_eq!(
            q,
            vec![
                ("It is done,".into(), some("Tony Blair")),
                ("and we move on.".into(), some("Tony Blair"))
            ]
        );
    }

    #[test]
    fn a_deputy_is_not_the_role_they_deputise_for() {
        let s = speakers_of(
            "Tony Blair has dismissed reports he told Gordon Brown he would quit.\n\n\
             \"You don't do deals over jobs like this,\" the prime minister told the BBC.\n\n\
             At a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown of his \
             plans.\n\n\
             But the prime minister said he had discussed the claims with the chancellor and \
             dismissed them as a \"load of nonsense\".",
        );
        assert_eq!(s, vec![some("Tony Blair"), some("Tony Blair")]);
        // (a newer holder of the role is not the one an earlier description stood for)
        let s = speakers_of(
            "Health Minister John Reid spoke. \"We act,\" the minister said.\n\n\
             Education Minister Ruth Kelly spoke later. \"We teach,\" the minister said.",
        );
        assert_eq!(s, vec![some("John Reid"), some("Ruth Kelly")]);
    }

    #[test]
    fn a_statement_that_reads_is_its_authors() {
        let s = speakers_of(
            "The complaints were upheld by the BBC. \"The performer had been asked to tone his \
             act down,\" a BBC statement read.",
        );
        assert_eq!(s, vec![some("BBC")]);
        // (a person who reads is no document)
        let s = speakers_of("\"Goodnight moon,\" the boy read aloud.");
        assert_eq!(s, vec![None]);
    }

    #[test]
    fn a_company_named_in_a_persons_appositive_is_no_subject() {
        let s = speakers_of(
            "For Jupiter analyst Olivier Beauvillain, it was an error. \"Yahoo was busy,\" he \
             said. But for Allen Weiner, a research director at analyst firm Gartner and \
             someone who has followed Yahoo's progress since the early years, the future of \
             search is not going to be purely about the technology powering it. \"Search \
             technology is valuable,\" he said.",
        );
        assert_eq!(s[1], some("Allen Weiner"), "{s:?}");
    }

    #[test]
    fn according_to_a_body_s_role_and_a_name_is_the_person_s() {
        assert_first_speakers(&[
            (
                "The band have done \"everything in their powers\" to stay big, according to Q \
                 magazine editor Paul Rees.",
                Some("Paul Rees"),
            ),
            (
                "The election is \"on 5 May\", according to BBC political editor Andrew Marr.",
                Some("Andrew Marr"),
            ),
            // a body with no role and name after it speaks itself, also after "the"
            (
                "Prices will \"fall sharply\", according to the Bank of England.",
                Some("Bank of England"),
            ),
            // (but not when someone's verb of saying follows)
            (
                "According to the Financial Times, chief operating officer Peter Chernin said \
                 that News Corp is \"kicking the tires\" of games companies.",
                Some("Peter Chernin"),
            ),
        ]);
    }

    #[test]
    fn states_is_a_verb_of_saying_only_before_that() {
        let s = speakers_of(
            "AI law agreed.\n\nAccording to the European Commission, the new rules will be \
             “directly applicable in the same way” in all EU member states.\n\nAccording to \
             the European Commission, a report by the agency states that the rules are \
             “too weak to work”.",
        );
        assert_eq!(s, vec![some("European Commission"), None]);
    }

    #[test]
    fn an_alderman_s_or_delegate_s_abbreviated_title_is_no_name() {
        let s = speakers_of(
            "Budget fight.\n\n“The way he is going about that is just wrong,” said Ald. Scott \
             Waguespack, one of the leaders of the pushback.\n\n“It is a bad plan,” Del. Marcia \
             Price said.",
        );
        assert_eq!(s, vec![some("Scott Waguespack"), some("Marcia Price")]);
    }

    #[test]
    fn the_subject_of_what_a_verb_of_saying_reports_is_no_speaker() {
        let s = speakers_of(
            "OpenAI board.\n\nOpenAI fired Sam Altman on Nov. 17.\n\nAn announcement that day \
             said Altman was \"not consistently candid in his communications\" in a way.\n\n\
             Mayor Eric Adams was indicted.\n\nThe indictment alleges that Adams “compounded \
             his gains” from the contributions.\n\nThe rates, said Junya Tanase of JPMorgan \
             Chase, were \"generally too weak to produce a market reaction\".",
        );
        assert_eq!(s, vec![None, None, some("Junya Tanase")]);
        // (a speaker set off by commas inside the subject is no subject of what is reported)
        let s = speakers_of(
            "Brexit.\n\nBoris Johnson spoke on Monday.\n\nThe deal, said Johnson, was “a \
             betrayal of our voters”.",
        );
        assert_eq!(s, vec![some("Boris Johnson")]);
    }

    #[test]
    fn a_clause_of_when_after_the_speaker_names_no_other() {
        let s = speakers_of(
            "Sentenced.\n\nJudge Lewis Kaplan sentenced Sam Bankman-Fried on Thursday.\n\n\
             He is “a great marketing guy,” said the judge while explaining why the FTX CEO \
             deserved a lengthy sentence.",
        );
        assert_eq!(s, vec![some("Lewis Kaplan")]);
    }

    #[test]
    fn according_to_a_paper_that_relays_what_someone_said_names_that_one() {
        let s = speakers_of(
            "Orlando.\n\nAccording to White House pool reports, Obama said “there is love” in \
             Orlando.\n\nAccording to GMA News, Joey Salceda said the “ugliness of utterances” \
             stood in contrast to the welcome.",
        );
        assert_eq!(s, vec![some("Obama"), some("Joey Salceda")]);
        // (a verb of saying after the quote leaves the one it is according to)
        let s = speakers_of(
            "Protest.\n\nAccording to Amnesty International, the protesters were “peaceful” \
             when police opened fire, witnesses told the group.",
        );
        assert_eq!(s, vec![some("Amnesty International")]);
    }

    #[test]
    fn a_body_heads_its_clause_past_the_day_it_spoke() {
        let s = speakers_of(
            "Trade war.\n\nUS President Donald Trump spoke.\n\nThe Commerce Ministry on \
             Tuesday, April 8, 2025, said that tariff threats had revealed the “blackmailing \
             nature” of America.",
        );
        assert_eq!(s, vec![some("Commerce Ministry")]);
    }

    #[test]
    fn the_subject_of_a_leading_clause_is_not_the_main_clause_s() {
        let s = speakers_of(
            "Trade war.\n\nAccording to The Guardian, soon after US President Donald Trump \
             threatened new tariffs, the Commerce Ministry said that the threats revealed the \
             “blackmailing nature” of America.\n\nLater in the show, after the Bernie Sanders \
             interview concluded, Bill Maher stated that the report “wasn’t good.”",
        );
        assert_eq!(s, vec![some("Commerce Ministry"), some("Bill Maher")]);
    }

    #[test]
    fn a_short_phrase_no_one_said_is_the_one_s_whose_quote_holds_it() {
        let s = speakers_of(
            "Outage.\n\nThe CEO of cybersecurity company CrowdStrike said Friday his company is \
             “deeply sorry” for the outage.\n\n“I wanna start with saying we’re deeply sorry \
             for the impact,” George Kurtz said.\n\nAccording to \"The Trumps: Three \
             Generations That Built an Empire\", the family grew rich.",
        );
        assert_eq!(s, vec![some("George Kurtz"), some("George Kurtz"), None]);
    }

    #[test]
    fn the_one_prompted_to_say_the_words_says_them() {
        let s = speakers_of(
            "Debate.\n\nTim Walz met James Vance on Tuesday.\n\nBut Walz also asked Mr. Vance \
             whether Donald Trump had lost, prompting Mr. Vance to dodge and say he was \
             “focused on the future.”",
        );
        assert_eq!(s, vec![some("James Vance")]);
    }

    #[test]
    fn according_to_a_titled_name() {
        let s = speakers_of(
            "US oil giant Exxon said it did not plan to take part in a new tender.\n\n\
             Company spokesman Glenn Waller said Exxon still considered the deal valid. \
             According to Mr Waller, Exxon \"were not planning to bid at a new tender anyway\".",
        );
        assert_eq!(s, vec![some("Glenn Waller")]);
    }

    #[test]
    fn a_quote_in_a_clause_the_sentence_goes_on_past_is_its_final_speakers() {
        let s = speakers_of(
            "Charles Kennedy gave his New Year message.\n\nThe election would be a three-party \
             struggle, as the Conservative party \"fades away\" as a national force and the \
             Liberal Democrats challenge Labour, he said.",
        );
        assert_eq!(s, vec![some("Charles Kennedy")]);
        // (not past another clause to another name)
        let s = speakers_of(
            "The Conservatives called the budget \"a stealth tax on families\", but the cost \
             would be met by borrowing, Treasury sources said.\n\nThe Tories said the tax was \
             \"unfair\" because it hit the poor, Labour said.",
        );
        assert_eq!(
            s,
            vec![some("Conservative Party"), some("Conservative Party")]
        );
    }

    #[test]
    fn a_plural_say_inverted_at_the_sentence_end() {
        let s = speakers_of(
            "A \"taxpayer subsidised propaganda exercise\" on the EU is being used to lull the \
             public, say the Tories.",
        );
        assert_eq!(s, vec![some("Conservative Party")]);
        // (not "say" for "for example")
        let s = speakers_of("It costs, say, \"a lot\" of money.");
        assert_eq!(s, vec![None]);
    }

    #[test]
    fn a_role_set_off_by_a_comma_from_its_holder_after_the_verb() {
        let s = speakers_of(
            "\"It is good,\" said the festival's executive director, Craig Prater.\n\n\
             \"It is fine,\" said RNID technology director, Guido Gybels.",
        );
        assert_eq!(s, vec![some("Craig Prater"), some("Guido Gybels")]);
        // (a participle after the comma names nobody)
        let s = speakers_of("\"It is bad,\" said a spokesman, adding that it was sad.");
        assert_eq!(s, vec![None]);
    }

    #[test]
    fn one_of_a_group_is_nobody_named() {
        let s = speakers_of(
            "George Tan said the suspension was wise. \"Hong Kong is volatile,\" he said.\n\n\
             Other brokers agreed. \"At least this gives us breathing space,\" said one.\n\n\
             \"It is worse,\" another said.",
        );
        assert_eq!(s, vec![some("George Tan"), None, None]);
        let s = speakers_of(
            "George Tan said the suspension was wise.\n\n\"We need a futures contract,\" one \
             dealer said.",
        );
        assert_eq!(s, vec![None]);
    }

    #[test]
    fn a_passive_verbs_agent_before_the_quote_speaks() {
        let s = speakers_of(
            "Chief executive Steve Jobs showed off the new machine. The Macintosh was described \
             by Jobs as the \"most important Mac\" made by Apple.",
        );
        assert_eq!(s, vec![some("Steve Jobs")]);
        // (not an agent in a clause of its own)
        let s = speakers_of(
            "John Smith, who was praised by Tony Blair last week, said: \"We will win.\"",
        );
        assert_eq!(s, vec![some("John Smith")]);
    }

    #[test]
    fn a_given_name_only_modifying_a_noun_is_no_person() {
        let s = speakers_of(
            "Lord of the Rings director Peter Jackson has said it will take years.\n\n\
             The Oscar winner said there was a \"desire\" to make it. \"It will take lawyers,\" \
             said the New Zealander.",
        );
        assert_eq!(s, vec![some("Peter Jackson"), some("Peter Jackson")]);
    }

    #[test]
    fn an_unnamed_person_of_a_body_after_the_verb_stays_unnamed() {
        let s = speakers_of(
            "The House Agriculture Committee met.\n\n\"The timing is off,\" said one aide to a \
             House Agriculture Committee member.",
        );
        assert_eq!(s, vec![None]);
    }

    #[test]
    fn the_youngster_is_the_person_named_last() {
        let s = speakers_of(
            "France coach Bernard Laporte spoke.\n\n\"We will go with a little fear,\" said the \
             French coach. Meanwhile, Perpignan centre Jean-Philippe Granclaude is delighted to \
             have received his first call-up. \"It's incredible,\" the youngster said.",
        );
        assert_eq!(
            s,
            vec![some("Bernard Laporte"), some("Jean-Philippe Granclaude")]
        );
    }

    #[test]
    fn they_is_the_body_that_opened_the_sentence_before() {
        let s = speakers_of(
            "The Tories have promised a cut. They say they can save on \"government waste\".\n\n\
             John Smith and Jane Doe met. They said it was \"good\".",
        );
        assert_eq!(s, vec![some("Conservative Party"), None]);
        // (past a word that links the sentences)
        let s = speakers_of(
            "A statement from the record company Universal said the singer would rest. However \
             they said the band would \"reconvene in due course\".\n\n\
             John Smith and Jane Doe met. But they said it was \"good\".",
        );
        assert_eq!(s, vec![some("Universal"), None]);
    }

    #[test]
    fn a_headlines_words_quoted_again_are_that_speakers() {
        let s = speakers_of(
            "Renault boss hails 'great year'\n\nRenault made a profit.\n\n\"It was a great \
             year,\" said Louis Schweitzer.",
        );
        assert_eq!(s, vec![some("Louis Schweitzer"), some("Louis Schweitzer")]);
    }

    #[test]
    fn roles_count_as_one_word_in_a_long_subject_after_the_quote() {
        let s = speakers_of(
            "\"We all know it,\" JP Morgan chief executive William Harrison and chief operating \
             officer James Dimon said in the letter.",
        );
        assert_eq!(s, vec![some("James Dimon")]);
    }

    #[test]
    fn the_group_is_the_body_that_spoke_lately() {
        let s = speakers_of(
            "The Semiconductor Industry Association urged the government to impose sanctions.\n\n\
             \"We are happy,\" the group said.",
        );
        assert_eq!(s, vec![some("Semiconductor Industry Association")]);
        // (no body spoke: a group of people stays unnamed)
        let s =
            speakers_of("Three climbers reached the summit.\n\n\"We are happy,\" the group said.");
        assert_eq!(s, vec![None]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let q =
            direct("Zelensky's aides don't agree with the '90s policy, Tony Blair's office said.");
        assert!(q.is_empty(), "{q:?}");
        let q = direct("In Moscow\u{2018}s favour and Zelensky\u{2019}s view, nobody spoke.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_double_mark_typed_for_an_apostrophe_is_none() {
        let q = direct(
            "The bank said it was concerned at Pakistan\"s budget. \"This year\"s deficit is \
             larger,\" it added.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "This year\"s deficit is larger,");
        // (a closing mark before an s that opens a word is still one)
        let q = direct("He called it \"absurd\"so often.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn single_quotes_as_quotation_marks() {
        let q = direct("Gordon Brown said: 'The economy is strong.'");
        assert_eq!(
            q,
            vec![("The economy is strong.".into(), some("Gordon Brown"))]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end_and_next_paragraph_continues() {
        let text = "Volodymyr Zelensky spoke. \u{201C}We need help. There must be pressure.\n\u{201C}And more help,\u{201D} he added.\nLater the weather turned.";
        let q = direct(text);
        assert_eq!(
            q[0],
            (
                "We need help. There must be pressure.".into(),
                some("Volodymyr Zelensky")
            )
        );
        assert_eq!(q[1].1, some("Volodymyr Zelensky"));
    }

    #[test]
    fn unclosed_quote_stops_before_its_attribution() {
        let q = direct("\u{201C}North Korea builds missiles because nobody stops it. Volodymyr Zelensky claimed that parts came from abroad.");
        assert_eq!(
            q,
            vec![(
                "North Korea builds missiles because nobody stops it.".into(),
                some("Volodymyr Zelensky")
            )]
        );
    }

    #[test]
    fn appositive_speaker_is_the_head_not_the_modifier() {
        let text = "Vladimir Putin met Yuri Ushakov. Ushakov, a Putin aide, called the talks \u{201C}constructive and useful\u{201D}.";
        assert_eq!(
            direct(text),
            vec![("constructive and useful".into(), some("Yuri Ushakov"))]
        );
    }

    #[test]
    fn names_in_a_relative_clause_about_a_description_are_not_its_speaker() {
        // (a list in the clause, or one name closing it: both stand for the actor named before)
        for clause in [
            "whose films include Schindler's List, Michael Collins and Star Wars",
            "whose films include Michael Collins",
        ] {
            let text = format!(
                "Neeson backs theatre\n\nLiam Neeson said the theatre was run down.\n\nThe \
                 Oscar-nominated actor, {clause}, said: \u{201C}The Lyric is too important.\u{201D}\n"
            );
            assert_eq!(speakers_of(&text), vec![some("Liam Neeson")], "{clause}");
        }
    }

    #[test]
    fn a_body_after_a_preposition_in_the_subject_is_not_the_speaker() {
        let text = "Alcoa trades options\n\nAlcoa Inc said it may trade options. An Alcoa source \
                    involved in terminal trading for the company said: \u{201C}We use all means \
                    available.\u{201D}\n";
        assert_eq!(speakers_of(text), vec![None]);
    }

    #[test]
    fn an_unnamed_speaker_with_a_participle_phrase_stays_unnamed() {
        // (a body's name before the noun, and a phrase after it: still someone new, not the
        // speaker of the sentence before)
        let text = "Talks\n\nJohn Maslen said the talks opened. An EC negotiator taking part in \
                    the three-day talks said: \u{201C}We wanted the clause.\u{201D}\n";
        assert_eq!(speakers_of(text), vec![None]);
    }

    #[test]
    fn a_clause_before_a_name_leaves_the_name_the_subject() {
        // (the review's traps of the relative-clause rules: a clause that is not about a
        // description, or a name alone after it)
        assert_first_speakers(&[
            (
                "In a statement, which was released on Tuesday, Senator John Smith, 45, said: \
                 \"We lost.\"",
                Some("John Smith"),
            ),
            (
                "The fund's managing director, who was re-elected in 2016, Christine Lagarde, \
                 said: \"Growth is weak.\"",
                Some("Christine Lagarde"),
            ),
        ]);
    }

    #[test]
    fn an_unnamed_speaker_keeps_the_whole_description() {
        for (text, description) in [
            (
                "Trade\n\nA major trading house said: \u{201C}Prices will rise.\u{201D}\n",
                "A major trading house",
            ),
            (
                "Alcoa trades options\n\nAlcoa Inc said it may trade options. An Alcoa source \
                 involved in terminal trading for the company said: \u{201C}We use all means.\u{201D}\n",
                "An Alcoa source",
            ),
        ] {
            assert_eq!(
                speakers_and_descriptions(text),
                vec![(None, Some(description.to_string()))],
                "{text}"
            );
        }
    }

    #[test]
    fn pronoun_after_two_people_goes_to_the_last_speaker() {
        let text = "Donald Trump met Vladimir Putin. Putin said the talks went well.\n\u{201C}We are close,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![("We are close,".into(), some("Vladimir Putin"))]
        );
    }

    #[test]
    fn she_may_stand_for_a_spokesman_named_so() {
        let text = "Sikh Americans and Muslim Americans joined. Trump spokesman Hope Hicks confirmed that the group was independent. \u{201C}They are not affiliated with the campaign,\u{201D} she said.";
        assert_eq!(
            direct(text),
            vec![(
                "They are not affiliated with the campaign,".into(),
                some("Hope Hicks")
            )]
        );
        let text = "Sikh Americans joined. A spokesman, Tom Udall, confirmed it. Jane Smith disagreed. \u{201C}They are not affiliated,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![("They are not affiliated,".into(), some("Tom Udall"))]
        );
    }

    #[test]
    fn a_pronoun_that_opens_its_sentence_stands_for_the_subject_before_not_its_object() {
        let text = "Jamie Foxx beat Clive Owen to the prize. He described the film as \u{201C}a labour of love\u{201D}.\n\nJamie Foxx beat Clive Owen to the prize. He said: \u{201C}It was a labour of love.\u{201D}";
        assert_eq!(
            speakers_of(text),
            vec![some("Jamie Foxx"), some("Jamie Foxx")]
        );
    }

    #[test]
    fn a_pronoun_after_an_opening_word_stands_for_the_subject_before_past_its_lead_phrase() {
        let text = "Kicking off the day at a town hall meeting in Salem, Donald Trump accused Ted Cruz, the senator from Texas, of being \u{201C}politically correct\u{201D} on the issue. Then he cut into Jeb Bush, calling him a \u{201C}stiff\u{201D} in the morning.";
        assert_eq!(
            speakers_of(text),
            vec![some("Donald Trump"), some("Donald Trump")]
        );
        let text = "In the call, Rep. Reid Ribble, who was elected in 2010, casts Donald Trump as a former liberal who would \u{201C}unravel\u{201D} the policies. He specifically points to Trump\u{2019}s support for government-funded health care.";
        assert_eq!(
            speakers_and_kinds(text).last(),
            Some(&(some("Reid Ribble"), QuoteKind::Reported))
        );
    }

    #[test]
    fn what_a_person_is_said_or_thought_to_do_is_no_statement_of_theirs() {
        for text in [
            "Tony Blair is thought to be deliberately putting himself on the line.",
            "John Smith is said to be furious about the plan.",
            "Bill Gates is also said to be trying to arrange a meeting.",
            "It is thought the men used sites which employ BitTorrent technology.",
        ] {
            assert_eq!(speakers_and_kinds(text), vec![], "{text}");
        }
        assert_eq!(
            speakers_and_kinds("John Smith said the plan was dead."),
            vec![(some("John Smith"), QuoteKind::Reported)]
        );
    }

    #[test]
    fn a_statement_told_by_a_name_and_an_owners_role_is_what_stands_before_the_name() {
        let q = quotes("The enthusiasm for the job remains undimmed, Alan Milburn, Labour\u{2019}s election strategist, told Radio 4 on Saturday.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "The enthusiasm for the job remains undimmed");
        assert_eq!(q[0].1, some("Alan Milburn"));
    }

    #[test]
    fn according_to_and_possessive_statement() {
        let text = "Yuri Ushakov is an aide. According to Ushakov, the talks were \u{201C}constructive\u{201D}.\nDonald Trump\u{2019}s statement that \u{201C}Crimea will stay with Russia\u{201D} angered Kyiv.";
        assert_eq!(
            direct(text),
            vec![
                ("constructive".into(), some("Yuri Ushakov")),
                ("Crimea will stay with Russia".into(), some("Donald Trump"))
            ]
        );
    }

    #[test]
    fn description_resolves_to_the_one_person_with_that_role() {
        let text = "According to a Putin adviser, the talks were \u{201C}productive\u{201D}.\nYuri Ushakov, a Putin aide, spoke later.";
        assert_eq!(
            direct(text),
            vec![("productive".into(), some("Yuri Ushakov"))]
        );
        // the trap: one named before with the role is not the one an indefinite description
        // brings in afterwards
        let text =
            "Talks.\n\nYuri Ushakov, a Putin aide, spoke first. \u{201C}We are close,\u{201D} \
                    he said.\n\n\u{201C}It may take weeks,\u{201D} a Putin aide said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Yuri Ushakov"), "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
    }

    #[test]
    fn anonymous_speaker_stays_null_with_description() {
        let a = annotate_text("\u{201C}We have no comment,\u{201D} a spokesman said.".into());
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.quotes[0].speaker, None);
        assert_eq!(a.quotes[0].description.as_deref(), Some("a spokesman"));
    }

    #[test]
    fn titles_of_works_and_nicknames_are_not_speech() {
        assert!(direct(
            "He starred in the TV series 'Servant of the People,' where he played a teacher."
        )
        .is_empty());
        assert!(direct("Dwayne \"The Rock\" Johnson arrived.").is_empty());
        assert!(direct("State Del. Marcia \"Cia\" Price shouted to the crowd.").is_empty());
        // nor is a pronoun named as a word
        assert!(direct("Why vote for him, unless because \"she\" is a \"he\"?").is_empty());
        // numbers stand as capitals in titles, and a plural owner names a channel
        assert!(direct("Obama backed her up in an interview on CBS' ''60 Minutes.''").is_empty());
        assert!(direct("Her documentary \u{201C}13th\u{201D} opened the festival.").is_empty());
    }

    #[test]
    fn shows_named_by_their_channel_or_what_they_are_are_not_speech() {
        for text in [
            "Sanders told MSNBC's \"Morning Joe\" that nobody would question it.",
            "\"We are tired,\" Flynn said Thursday on \"Fox and Friends.\"",
            "Al Sharpton took calls on his \"Keepin' It Real\" radio program.",
            "Trump gave him the nickname \"Lyin' Ted.\"",
            "The company paid 44 cents per \"A\" share.",
            "He is now host of \"The Nightly Show with Larry Wilmore.\"",
            "His unauthorized biography, \"Lost Tycoon: The Many Lives of Donald J. Trump,\" sold.",
            "\"We are tired,\" the presumptive nominee told \"Fox and Friends\" after the attack.",
            "John Boehner headlined a \"Sky High\" reception on Sunday night.",
            "Voters stood near people wearing the \"Hillary for Prison\" shirts sold by a host.",
            "Issa said so on Fox News channel's \"Sunday Morning Futures,\" on Sunday.",
            "Adam Segal, the author of \"Hacked World Order,\" studies cyber issues.",
            "Lynch will make a new chapter of \"Twin Peaks,\" the cult series that ended.",
            "Back are \"24,\" \"Prison Break\" and \"Gilmore Girls.\"",
            "Clinton praised his turn as a rugged frontiersman in \"The Revenant.\"",
        ] {
            let q = direct(text);
            assert!(q.iter().all(|(t, _)| t == "We are tired,"), "{text}: {q:?}");
        }
        // speech in title case after a name is still speech, and so are words a message reads
        assert_eq!(direct("Trump said: \"Believe Me.\"").len(), 1);
        assert_eq!(
            direct("Trump posted a message reading \"Thank you Georgia\" moments after.").len(),
            1
        );
        // and words someone was told, chanted or screamed
        for text in [
            "When she asked for help, she was told \"Go Away\".",
            "He told the crowd: \"Go Away Now!\"",
            "The crowd chanted \"Lock Her Up\" during his speech.",
            "A woman screamed \"Get Out Now\" several times.",
        ] {
            assert_eq!(direct(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_comma_is_the_subjects_not_the_name_before_it() {
        let text = "Madeleine Albright urged women to vote for Hillary Clinton, saying, \"There is a special place in hell.\"\nMary Davenport paid tribute to Serena Williams, saying: \"She has had a tough year.\"\nFootage showed Ted Cruz saying \"we will win.\"";
        assert_eq!(
            direct(text),
            vec![
                (
                    "There is a special place in hell.".into(),
                    some("Madeleine Albright")
                ),
                ("She has had a tough year.".into(), some("Mary Davenport")),
                ("we will win.".into(), some("Ted Cruz")),
            ]
        );
    }

    #[test]
    fn a_call_a_verb_of_saying_takes_as_object_is_its_owners() {
        let text = "Hillary Clinton has a word for Donald Trump's plan: No.\n\nThe Democratic presidential candidate blasted Trump's call for a \"deportation force\" on Wednesday, calling it \"absurd.\"\n\nMinyon Moore, a senior adviser to the campaign, called Mr. Obama's remarks \"a true wake-up call\" to his supporters.\n\nFrançois Hollande denounced Trump's remarks as \"hurtful and humiliating\" on Friday.\n\nResponding to Trump's remarks, Clinton wrote: \"Well, I think what's been tough for the District is having no say.\"\n\nFor example, Trump's recent evidence-free assertion that \"thousands\" of people celebrated was false.";
        let speakers = speakers_of(text);
        assert_eq!(
            speakers,
            vec![
                some("Donald Trump"),
                some("Hillary Clinton"),
                some("Minyon Moore"),
                some("François Hollande"),
                some("Hillary Clinton"),
                some("Donald Trump")
            ]
        );
    }

    #[test]
    fn a_dateline_is_not_the_subject_and_comments_a_participle_brings_in_are_not_quoted() {
        let text = "Washington (AFP) \u{2013} Democrat Hillary Clinton has taken a swipe at Donald Trump\u{2019}s stance on Brexit, saying that \u{201C}bombastic comments\u{201D} do more harm than good.\n\nThe Democratic National Committee released a statement Wednesday, saying Trump\u{2019}s comments are \u{201C}another example of his race-baiting.\u{201D}\n\nSusan Sarandon, star of cult classic \u{201C}Thelma and Louise,\u{201D} is not sure.";
        assert_eq!(
            direct(text),
            vec![
                ("bombastic comments".into(), some("Hillary Clinton")),
                (
                    "another example of his race-baiting.".into(),
                    some("Democratic National Committee")
                ),
            ]
        );
    }

    #[test]
    fn a_participle_after_for_is_the_persons_before_it() {
        let text = "Hillary Clinton spoke on Monday.\n\nShe praised Bernie Sanders for calling the system \u{201C}rigged.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("rigged.".into(), some("Bernie Sanders"))]
        );
    }

    #[test]
    fn names_in_the_speakers_appositive_do_not_stop_the_speaker_going_on() {
        let text = "''You will have a hard time,'' said Alfonso Aguilar, the director of a group, who also said that Mr. Ted Cruz must do more. ''Hispanics won't vote for someone just because they're Hispanic.''";
        let speakers = speakers_of(text);
        assert_eq!(
            speakers,
            vec![some("Alfonso Aguilar"), some("Alfonso Aguilar")]
        );
    }

    #[test]
    fn according_to_a_name_reports_a_statement_and_its_speaker_goes_on() {
        let text = "More power to the people says HP\n\nThe revolution is focused on stories, according to Carly Fiorina, chief of Hewlett Packard.\n\nAccording to the Labor Department, US firms added only 146,000 jobs.\n\nOne topic, according to Yuri Ushakov, was the potential for direct talks.\n\n\u{201C}The revolution is about technology,\u{201D} she told delegates.";
        let all: Vec<(String, Option<String>, QuoteKind)> = quotes(text);
        assert_eq!(
            all,
            vec![
                (
                    "The revolution is focused on stories".into(),
                    some("Carly Fiorina"),
                    QuoteKind::Reported
                ),
                (
                    "US firms added only 146,000 jobs.".into(),
                    some("Labor Department"),
                    QuoteKind::Reported
                ),
                (
                    "One topic, according to Yuri Ushakov, was the potential for direct talks."
                        .into(),
                    some("Yuri Ushakov"),
                    QuoteKind::Reported
                ),
                (
                    "The revolution is about technology,".into(),
                    some("Carly Fiorina"),
                    QuoteKind::Direct
                ),
            ]
        );
    }

    #[test]
    fn a_role_and_name_before_a_colon_label_the_quote() {
        let text = "The show moves to BBC Two.\n\nBBC Two controller Mr Roly Keating: \"It's an exciting new era for the show.\"";
        assert_eq!(
            direct(text),
            vec![(
                "It's an exciting new era for the show.".into(),
                some("Roly Keating")
            )]
        );
    }

    #[test]
    fn present_tense_verbs_invert_too() {
        let text = "\"A map is a working document,\" explains Herbert Hansen of Keyobs.\n\n\"That is just Kelly,\" warns Steve Cram.";
        let speakers = speakers_of(text);
        assert_eq!(speakers, vec![some("Herbert Hansen"), some("Steve Cram")]);
    }

    #[test]
    fn would_continue_brings_in_no_quote() {
        let text = "Yukos spokesman Alexander Shadrin spoke. He said the company would continue to make \"every lawful move\" to protect shareholders.";
        assert_eq!(
            direct(text),
            vec![("every lawful move".into(), some("Alexander Shadrin"))]
        );
    }

    #[test]
    fn a_person_of_a_place_speaks() {
        let text = "The Congressional Black Caucus opposes it. CBC Chairman G.K. Butterfield of North Carolina said he was \u{201C}outraged\u{201D} to hear about it.";
        assert_eq!(
            direct(text),
            vec![("outraged".into(), some("G.K. Butterfield"))]
        );
    }

    #[test]
    fn a_person_of_a_firm_named_for_people_speaks() {
        let text = "Fox's debut comes at a hard time. \u{201C}The barriers to entry are high,\u{201D} industry analyst Peter Appert of C.J. Lawrence said.\n\n\u{201C}Only 1.9 mln acres were accepted,\u{201D} Dale Gustafson of Drexel Burnham Lambert said.";
        assert_eq!(
            speakers_of(text),
            vec![some("Peter Appert"), some("Dale Gustafson")]
        );
    }

    #[test]
    fn a_relative_clause_between_the_name_and_its_verb_is_skipped() {
        let text = "Donald Trump says he does not believe in it. Marco Rubio, whose hometown, Miami, is projected to be underwater, argues that efforts to combat it will \u{201C}destroy our economy.\u{201D}\n\nHowever, Mr Johnson, who was forced to apologise to Ken Bigley's family, said Mr Blair \u{201C}should butt out of\u{201D} the row.";
        let speakers = speakers_of(text);
        assert_eq!(speakers, vec![some("Marco Rubio"), some("Johnson")]);
    }

    #[test]
    fn a_participle_after_a_pronoun_subject_is_not_the_named_objects() {
        let text = "Donald Trump spoke in Kentucky.\n\nHowever, he held his fire on Ben Carson, calling him a \u{201C}nice guy.\u{201D}\n\nSpeaking in his real voice again, he went on to praise Ben Carson, saying: \u{201C}We will win this one.\u{201D}";
        assert_eq!(
            direct(text),
            vec![
                ("nice guy.".into(), some("Donald Trump")),
                ("We will win this one.".into(), some("Donald Trump"))
            ]
        );
    }

    #[test]
    fn markup_attributes_are_not_quotes() {
        let text = "<tweet id=\"672138506081275904\" author=\"@MissDBunker\" datetime=\"2015-12-02\">He was \"acting nervous\" today</tweet>.\nShe said \"a < b\" holds.";
        let q: Vec<String> = direct(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(q, vec!["acting nervous".to_string(), "a < b".to_string()]);
    }

    #[test]
    fn a_short_line_in_title_case_that_brings_in_a_quote_names_its_speaker() {
        let text = "Kelly is no different.\n\nFrom Andrea Peyser writing at The New York Post:\n\n\"Rising to the A-list requires extreme cunning and good hair.\"";
        assert_eq!(
            direct(text),
            vec![(
                "Rising to the A-list requires extreme cunning and good hair.".into(),
                some("Andrea Peyser")
            )]
        );
    }

    #[test]
    fn a_short_attribution_ending_the_sentence_attributes_the_quote() {
        let text = "Adel Nefzi teaches chemistry.\n\n\u{201C}We are frustrated and horrified\u{201D} by the mass shooting at a nightclub in Orlando that had drawn worldwide attention, Nefzi said.";
        assert_eq!(
            direct(text),
            vec![("We are frustrated and horrified".into(), some("Adel Nefzi"))]
        );
        // the traps: the one told, and the one spoken of, do not speak
        let text = "Roy Asher spoke.\n\n\u{201C}Ireland ticks all the boxes,\u{201D} Roy Asher, chief investment officer of Hibernian Investment Managers, told Reuters.\n\n\u{201C}Their strategy is very clear,\u{201D} Michael McFaul, a senior fellow at the Hoover Institution and a former ambassador, said of RT.";
        let quotes = direct(text);
        assert_eq!(quotes[0].1, some("Roy Asher"), "{quotes:?}");
        assert_eq!(quotes[1].1, some("Michael McFaul"), "{quotes:?}");
    }

    #[test]
    fn an_inverted_attribution_with_an_appositive_ends_the_sentence() {
        let text = "Dante Scala teaches.\n\n\"These super PACs have been setting the table,\" in sharp contrast to previous elections, says Dante Scala, a political scientist at the University of New Hampshire.\n\n\"They don't have a choice\" but to take the lead in advertising, says Evan Tracey, a Republican media consultant.";
        let quotes = direct(text);
        assert_eq!(quotes[0].1, some("Dante Scala"), "{quotes:?}");
        assert_eq!(quotes[1].1, some("Evan Tracey"), "{quotes:?}");
        // the trap: a clause with a verb of saying of its own is not the quote's attribution
        let text = "Ann Lee spoke.\n\n\u{201C}It is over,\u{201D} in the words of the report, which Ann Lee said was wrong, and nobody listened to it.";
        assert_eq!(direct(text)[0].1, None);
    }

    #[test]
    fn common_given_names_make_people_and_women_are_she() {
        let text = "Earlier Wednesday, Curt Schilling appeared on a show on WEEI radio in Boston.\n\n''To be in a place is sad,'' he told the hosts.\n\nRoberta A. Kaplan, a lawyer, spoke in June. \"There can't be separate but equal marriage,\" she told Reeves.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Curt Schilling"), "{q:?}");
        assert_eq!(q[1].1, some("Roberta A. Kaplan"), "{q:?}");
    }

    #[test]
    fn a_subject_with_an_appositive_before_a_late_verb_speaks() {
        let text = "\u{201C}We can only wonder if the intent is to reopen the door,\u{201D} state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said in a statement.\n\n\u{201C}Absolutely hate this framing of the necessity of voting,\u{201D} Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Tim Moore"), "{q:?}");
        assert_eq!(q[1].1, some("Vann R. Newkirk II"), "{q:?}");
    }

    #[test]
    fn a_quote_after_a_word_that_opens_a_sentence_goes_on_with_the_speaker() {
        let text = "''We were not very happy when it was first announced,'' said Jock A. Finlayson, head of policy at the Business Council. Now, ''within the business community there is a sizable constituency saying this is O.K.''";
        let q = direct(text);
        assert_eq!(q[1].1, some("Jock A. Finlayson"), "{q:?}");
        // the trap: a longer lead is a sentence of its own
        let text = "''We were not very happy,'' said Jock A. Finlayson. Many critics in the city council still call the tax ''a gift to polluters.''";
        assert_eq!(direct(text)[1].1, None);
    }

    #[test]
    fn a_paragraph_of_one_quote_after_a_paragraph_a_person_ends_is_theirs() {
        let text = "Douglas Schoen was a guest on Hannity. Bernie Sanders trails Hillary Clinton.\n\nSchoen elaborated in an editorial piece that superdelegates may reconsider.\n\n\u{201C}A Sanders win in California would powerfully underscore her weakness.\u{201D}";
        assert_eq!(direct(text)[0].1, some("Douglas Schoen"));
        // or one whose last sentence a person leads: "Viguerie is upbeat about Cruz's chances."
        let text = "Richard Viguerie spoke.\n\nViguerie is upbeat about Cruz's chances of winning in November.\n\n\u{201C}Not only can Ted Cruz win in November, he's the one with the best chance.\u{201D}";
        assert_eq!(direct(text)[0].1, some("Richard Viguerie"));
        // the trap: a paragraph whose last sentence no person leads
        let text = "Douglas Schoen was a guest on Hannity.\n\nThe plan that Schoen backed was approved in May.\n\n\u{201C}A Sanders win in California would powerfully underscore her weakness.\u{201D}";
        assert_eq!(direct(text)[0].1, None);
    }

    #[test]
    fn an_affiliation_after_an_inverted_speaker_does_not_speak() {
        let text = "\"Trump's showing raises questions,\" says Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report.";
        assert_eq!(direct(text)[0].1, some("Stu Rothenberg"));
    }

    #[test]
    fn a_description_before_a_name_is_the_name_for_later_pronouns() {
        let text = "Carly Fiorina said she doubted voters would care.\n\nThe Washington Post columnist Ruth Marcus has been critical of Donald Trump. ''Trump has smeared women because of their looks,'' she wrote.";
        assert_eq!(direct(text)[0].1, some("Ruth Marcus"));
        let text = "One of the men, Jessie Elkins, said he would vote. The other man, his cousin James York, cited the risk of war. ''He's talking too much trash,'' he said.";
        assert_eq!(direct(text)[0].1, some("James York"));
        let text = "Lord Dubs proposed a bill.\n\nThe Lord Chancellor, Lord Falconer, agreed the act was unfair but added that \"for all practical purposes its effects are limited\".";
        assert_eq!(direct(text)[0].1, some("Falconer"));
    }

    #[test]
    fn a_relative_in_an_appositive_tells_no_gender() {
        let text = "Patti Davis, Ronald Reagan's daughter, attacked Trump.\n\nDavis, who was estranged from her father during his presidency, was critical of the candidates.\n\n\u{201C}My father would be so appalled,\u{201D} she said.";
        assert_eq!(direct(text)[0].1, some("Patti Davis"));
        let text = "Curt Schilling, a former pitcher, was fired.\n\nSchilling, through a spokeswoman, declined to comment.\n\nEarlier, Schilling appeared on a show on WEEI radio in Boston.\n\n''To be in a place is sad,'' he told the hosts.";
        assert_eq!(direct(text)[0].1, some("Curt Schilling"));
    }

    #[test]
    fn a_block_quotation_signed_on_the_next_line_is_the_signers() {
        let text = "Economists disagree.\n\"We are going to enter the next recession without that consensus.\nJosh Bivens, Economic Policy Institute.\"\n\nBut Clinton spoke.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Josh Bivens"), "{q:?}");
        let text = "Rep. Debbie Wasserman Schultz chose four.\n\"Sanders should stay in until he gets everything he is fighting for.\nFormer NAACP president Ben Jealous.\"";
        assert_eq!(direct(text)[0].1, some("Ben Jealous"));
        // the trap: a line that goes on with a name in it is no signature
        let text = "Economists disagree.\n\"We are going to enter the next recession without that consensus.\nJosh Bivens and the others know it well, and they say so loudly.\"";
        assert_eq!(direct(text)[0].1, None);
    }

    #[test]
    fn a_name_inside_an_indefinite_description_does_not_speak() {
        let text = "The Kremlin met the GOP.\n\n\u{201C}It went badly,\u{201D} said a Kremlin source.\n\n\u{201C}It went well,\u{201D} said an SFA statement.\n\n\u{201C}It went on,\u{201D} said a Kremlin spokesman, Dmitry Peskov.";
        let q = quotes(text);
        assert_eq!(q[0].1, None, "{q:?}");
        assert_eq!(q[1].1, some("SFA"), "{q:?}");
        assert_eq!(q[2].1, some("Dmitry Peskov"), "{q:?}");
    }

    #[test]
    fn a_relative_clause_after_the_name_and_an_aside_of_saying_attribute() {
        let text = "Ted Cruz spoke in Iowa.\n\n\u{201C}The answer is simple,\u{201D} Cruz, who has proposed repealing the mandate over five years, said at the time.\n\nStill, the race \u{201C}is a dead heat right now,\u{201D} as Cruz said on the radio on Monday, and that matters.";
        assert_eq!(
            direct(text),
            vec![
                ("The answer is simple,".into(), some("Ted Cruz")),
                ("is a dead heat right now,".into(), some("Ted Cruz")),
            ]
        );
        // the trap: what someone believes is no aside of saying
        let text = "Tim Renner spoke.\n\nPeter Zombic said he did not feel the situation was as \u{201C}dramatic\u{201D} as Mr Renner believed.";
        assert_eq!(direct(text)[0].1, some("Peter Zombic"));
    }

    #[test]
    fn a_quote_after_a_full_stop_opens_a_sentence_of_its_own() {
        // the name in the clause before it does not speak it
        let text = "Barack Obama met Hillary Clinton.\n\n\u{201C}My name is not on the ballot,\u{201D} Mr. Obama said at the dinner, where Mrs. Clinton also spoke. \u{201C}Tolerance is on the ballot.\u{201D}";
        assert_eq!(
            direct(text)[1],
            ("Tolerance is on the ballot.".into(), some("Barack Obama"))
        );
        // a quote after a sentence about a person is that person's
        let text = "Nicholas Negroponte spoke.\n\nHowever, Mr Negroponte has adapted the idea to his own work in Cambodia. \u{201C}We put in 25 laptops three years ago, only one has been broken.\u{201D} He smiled.";
        assert_eq!(
            direct(text),
            vec![(
                "We put in 25 laptops three years ago, only one has been broken.".into(),
                some("Nicholas Negroponte")
            )]
        );
        // the trap: a quote that ended its sentence does not go on past a new one
        let text = "Dresdner Kleinwort Wasserstein said: \u{201C}It feels very early to be cutting prices.\u{201D} Stuart Rose, head of the chain, said last year its prices were too high. \u{201C}We are bringing in ranges at new price points.\u{201D}";
        assert_ne!(
            direct(text)[1].1,
            some("Dresdner Kleinwort Wasserstein"),
            "{:?}",
            direct(text)
        );
    }

    #[test]
    fn a_described_name_with_a_long_appositive_after_the_quote_speaks() {
        let text = "Wages rose.\n\u{201C}We may be seeing some wage acceleration,\u{201D} the economist Jared Bernstein, a former adviser in the Obama White House, wrote on his blog.\n\nAriel Sharon met Tony Blair.\n\nSharon saw \u{201C}the slightest step\u{201D} the Palestinians were working on, a spokesman for the Israeli cabinet later said.";
        let quotes = direct(text);
        assert_eq!(
            quotes[0],
            (
                "We may be seeing some wage acceleration,".into(),
                some("Jared Bernstein")
            )
        );
        // the trap: a name that goes on into its own clause is no appositive's head
        assert_ne!(quotes[1].1, some("Palestinians"), "{quotes:?}");
    }

    #[test]
    fn a_name_in_a_clause_of_an_aside_is_not_the_subject() {
        let text = "Parker Eaton, a Republican who voted for JFK and Bill Clinton, said: \"He is the one.\"\n\nMassoud Shadjareh, from the Muslim Safety Forum, said: \"They are innocent.\"\n\nThe Game, whose real name is Jayceon Taylor, said: \"I want to apologise.\"";
        assert_eq!(
            direct(text),
            vec![
                ("He is the one.".into(), some("Parker Eaton")),
                ("They are innocent.".into(), some("Massoud Shadjareh")),
                // the trap: a name the aside gives the subject is still the subject's
                ("I want to apologise.".into(), some("Jayceon Taylor")),
            ]
        );
    }

    #[test]
    fn a_name_that_qualifies_a_noun_in_an_aside_is_not_the_subject() {
        let text = "Trump and Ryan met.\n\nRep. Lee Zeldin of New York, a Trump supporter, said it will help both men.\n\n\"I do not think it is do or die,\" he said.\n\nThe Shadow Secretary for the Family, Theresa May, said: \"We will act.\"";
        assert_eq!(
            direct(text),
            vec![
                ("I do not think it is do or die,".into(), some("Lee Zeldin")),
                ("We will act.".into(), some("Theresa May")),
            ]
        );
    }

    #[test]
    fn nested_quote_belongs_to_outer_speaker() {
        let q = direct("Gordon Brown said: \u{201C}They told me \u{2018}never again\u{2019} and I agreed.\u{201D}");
        assert_eq!(
            q,
            vec![(
                "They told me \u{2018}never again\u{2019} and I agreed.".into(),
                some("Gordon Brown")
            )]
        );
    }

    #[test]
    fn participle_takes_the_sentence_subject() {
        let text = "Donald Trump has accused Kyiv of starting it, saying to Time magazine: \u{201C}I believe the war began then.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("I believe the war began then.".into(), some("Donald Trump"))]
        );
    }

    #[test]
    fn states_in_capitals_is_no_verb_of_saying() {
        let text = "Gulf States Steel Inc posted a loss for the year.";
        assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    }

    #[test]
    fn posting_a_loss_is_not_saying() {
        assert!(quotes("Qantas posted a record profit.").is_empty());
    }

    #[test]
    fn it_inside_a_sentence_is_the_body_opening_it() {
        let text = "Net profit rose 28%.\n\nQantas Airways Ltd shares fell almost 3%, however, \
                    after it warned that earnings growth would slow in the second half.";
        assert_eq!(
            speakers_and_kinds(text),
            vec![(some("Qantas Airways Ltd"), QuoteKind::Reported)]
        );
    }

    #[test]
    fn a_pronoun_after_other_words_is_no_trailing_attribution() {
        let text = "Regency Cruises Inc said its earnings per share for 1986 were 36 cts, not the \
                    37 cts it reported on March 11.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.starts_with("its earnings"), "{q:?}");
    }

    #[test]
    fn reported_speech_has_its_own_kind() {
        let q = quotes("Volodymyr Zelensky urged allies to increase pressure on Russia.");
        assert_eq!(
            q,
            vec![(
                "allies to increase pressure on Russia.".into(),
                some("Volodymyr Zelensky"),
                QuoteKind::Reported
            )]
        );
    }

    #[test]
    fn a_pronoun_after_a_statement_is_whoever_spoke_last_not_the_one_named_in_it() {
        let text = "Joseph Hunter, a blogger in Chicago, said he will not vote for Trump. Also, \
                    Trump is not a conservative, he said.\n\n\
                    Alan Grayson spoke in Orlando.\n\n\
                    Grayson has introduced the bill and would continue his push for it, he said.";
        assert_eq!(
            speakers_and_kinds(text)
                .into_iter()
                .map(|q| q.0)
                .collect::<Vec<_>>(),
            vec![
                some("Joseph Hunter"),
                some("Joseph Hunter"),
                // nobody spoke lately: the statement's own subject
                some("Alan Grayson"),
            ]
        );
    }

    #[test]
    fn a_pronoun_no_speaker_fits_is_the_one_person_of_its_gender_named_lately() {
        let text = "China.\n\nThe Global Times tabloid noted that the candidate \"has earned \
                    himself a few fans in China.\"\n\nAs the paper noted, it is surprising \
                    because Donald Trump has not always had good things to say about China. \
                    Although he says he \"loves China,\" he also accuses it of stealing jobs.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Donald Trump"), "{q:?}");
        let text = "Oil.\n\nFollowing the comments by Opec secretary general Adnan \
                    Shihab-Eldin, US light crude fell 32 cents. He said that high oil prices \
                    meant Opec was unlikely to cut output.";
        assert_eq!(
            speakers_and_kinds(text),
            vec![(some("Adnan Shihab-Eldin"), QuoteKind::Reported)]
        );
        // the traps: two men named, or an unnamed man who spoke after the one named
        let text = "Oil.\n\nFollowing the comments by Adnan Shihab-Eldin and John Smith, US \
                    light crude fell 32 cents. He said that high oil prices meant Opec was \
                    unlikely to cut output.";
        assert!(
            speakers_and_kinds(text).iter().all(|q| q.0.is_none()),
            "{text}"
        );
        let text = "Oil.\n\nFollowing the comments by Adnan Shihab-Eldin, US light crude fell \
                    32 cents, a dealer said. He said that high oil prices meant Opec was \
                    unlikely to cut output.";
        assert!(
            speakers_and_kinds(text)
                .iter()
                .all(|q| q.0 != some("Adnan Shihab-Eldin")),
            "{text}"
        );
    }

    #[test]
    fn went_on_to_or_keen_to_stands_between_a_subject_and_its_verb() {
        let text = "Ben Carson said it was a lie.\n\n\
                    He went on to say the behavior is \"very different from a mistake.\"";
        assert_eq!(speakers_of(text), vec![some("Ben Carson")]);
        // so does "was keen to", after "it" for a body
        let text = "Tax.\n\nThe European Union said a tax would only come after talks. It \
                    was keen to point out that it should not hurt the \"competitiveness of the \
                    airlines\".";
        let q = direct(text);
        assert_eq!(q[0].1, some("European Union"), "{q:?}");
    }

    #[test]
    fn a_person_and_a_bare_verb_before_a_colon_lead_the_next_quote() {
        let text = "Voters spoke.\n\n17-year-old Jared Potts echoed:\n\n\
                    \u{201C}He speaks his mind.\u{201D}\n\n\
                    Mary Smith chimed in:\n\n\u{201C}He is great.\u{201D}";
        assert_eq!(
            speakers_of(text),
            vec![some("Jared Potts"), some("Mary Smith")]
        );
    }

    #[test]
    fn a_relative_clause_on_the_quote_s_words_reaches_the_attribution_ending_the_sentence() {
        assert_first_speakers(&[(
            "\"You have got Trump, who represents a social structure of the past\" that is \
             blatantly sexist, David Brock said.",
            Some("David Brock"),
        )]);
    }

    #[test]
    fn a_participle_aside_after_the_subject_keeps_it_the_speaker() {
        let q = quotes(
            "The World Bank, citing Pakistan's progress in its economic performance and fiscal \
             policy reforms, said it had agreed a 2.4 billion dlr aid programme for 1988.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, some("World Bank"), "{q:?}");
        assert_eq!(q[0].2, QuoteKind::Reported);
    }

    #[test]
    fn an_inverted_aside_further_on_names_the_speaker() {
        let text = "Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert on Russia, would read this as an admission, seeing it as ''the best means of saving the opposition.''\n\n\u{201C}This is a very expensive acquisition,\u{201D} Birgit Kuhlhoff, from Sal Oppenheim investment bank, told Reuters.";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Michael Kofman"),
                some("Michael Kofman"),
                some("Birgit Kuhlhoff")
            ]
        );
    }

    #[test]
    fn a_name_that_issues_a_statement_speaks() {
        let text = "Black Lives Matter issued a statement saying it took the action \"because of the unsafe conditions created for our communities.\"";
        assert_eq!(speakers_of(text), vec![some("Black Lives Matter")]);
    }

    #[test]
    fn a_headline_names_its_speaker_after_the_quote_with_a_title_case_verb() {
        let text = "Guns Are \u{2018}The Ultimate Public Health Crisis,\u{2019} Howard Dean Tells Democratic Convention.\n\nFormer Vermont governor Howard Dean spoke on Wednesday.";
        assert_eq!(speakers_of(text), vec![some("Howard Dean")]);
    }

    #[test]
    fn shooting_back_and_starting_beside_a_quote_are_saying_but_a_state_is_no_verb() {
        let text = "After Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot back, \u{201C}I suppose I could have chosen to bake cookies.\u{201D}\n\n\u{201C}The New York Times is claiming today that they had a conversation with you,\u{201D} Sean Hannity started.\n\nJoseph R. Murray spoke.\n\nHe recently wrote a commentary, mocking GOP state leaders as \"obsessed\" with it.";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Hillary Clinton"),
                some("Sean Hannity"),
                some("Joseph R. Murray")
            ]
        );
    }

    #[test]
    fn assuring_is_saying_but_being_assured_or_accused_is_not() {
        let text = "\"Your reputation is amazing,\" Donald Trump assured Alex Jones.";
        assert_eq!(speakers_of(text), vec![some("Donald Trump")]);
        assert!(
            quotes("Hillary Clinton is now assured of winning at least 334 delegates.").is_empty()
        );
        assert!(quotes(
            "With 214 delegates at stake, Hillary Clinton is assured of winning at least 118."
        )
        .is_empty());
        assert!(quotes("Yukos accused of lying to court").is_empty());
        assert!(
            quotes("Matt Dawson is also recalled, despite being left out of the squad.").is_empty()
        );
    }

    #[test]
    fn doubled_apostrophes_are_quotation_marks() {
        let text = "Barack Obama spoke.\n''Hopefully,'' Mr. Obama said, ''this museum can help.''";
        assert_eq!(
            direct(text),
            vec![
                ("Hopefully,".into(), some("Barack Obama")),
                ("this museum can help.".into(), some("Barack Obama"))
            ]
        );
    }

    #[test]
    fn titles_parentheses_and_asides_before_the_verb() {
        let text = "\u{201C}We will see,\u{201D} White House press secretary Josh Earnest said.\nHouse Speaker Paul D. Ryan (R-Wis.) said Americans need \"more listening.\"\nDemocratic nominee Hillary Clinton, at a later press gaggle, said, \u{201C}I have been briefed.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Josh Earnest"));
        assert_eq!(q[1].1, some("Paul D. Ryan"));
        assert_eq!(q[2].1, some("Hillary Clinton"));
    }

    #[test]
    fn the_mayor_is_the_one_person_titled_mayor() {
        let text =
            "Mayor Bill de Blasio visited the site.\n\"We do not see a link,\" the mayor said.";
        assert_eq!(
            direct(text),
            vec![("We do not see a link,".into(), some("Bill de Blasio"))]
        );
    }

    #[test]
    fn a_person_introduced_inside_a_clause_before_the_main_one_is_not_the_next_speaker() {
        let text = "Ban Ki-moon, the secretary general, sat in a hotel.\n\n\"That was hard for me,\" Ban recalled.\n\nAsked whether Donald Trump, the Republican nominee, could win, Ban demurred.\n\n\"There is just one science,\" he said.";
        let q = direct(text);
        assert_eq!(
            q[1],
            ("There is just one science,".into(), some("Ban Ki-moon"))
        );
    }

    #[test]
    fn the_subject_after_a_clause_that_named_another_man_is_the_next_speaker() {
        let text = "Peter Hart met John Kerry.\n\nWhen Kerry was asked about the deal, Hart demurred.\n\n\"There is just one science,\" he said.";
        assert_eq!(
            direct(text),
            vec![("There is just one science,".into(), some("Peter Hart"))]
        );
    }

    #[test]
    fn dash_byline_names_the_speaker() {
        let text = "\u{201C}Trump must stop.\u{201D}\u{2015} Carla Sanchez.";
        assert_eq!(
            direct(text),
            vec![("Trump must stop.".into(), some("Carla Sanchez"))]
        );
    }

    #[test]
    fn run_together_paragraphs_split_quotes_and_keep_the_speaker() {
        let text = "Ms Patricia Hewitt said: \"We have doubled maternity pay. \"We will extend it by 2007.\" She said more.\n\"It really hurts,\" said Maurice Greene. \"It's never going to happen again.\"";
        let q = direct(text);
        assert_eq!(q.len(), 4, "{q:?}");
        assert_eq!(
            q[0],
            (
                "We have doubled maternity pay.".into(),
                some("Patricia Hewitt")
            )
        );
        assert_eq!(
            q[1],
            ("We will extend it by 2007.".into(), some("Patricia Hewitt"))
        );
        assert_eq!(
            q[3],
            (
                "It's never going to happen again.".into(),
                some("Maurice Greene")
            )
        );
    }

    #[test]
    fn person_before_an_organisation_or_title_clause_speaks() {
        let text = "Analyst Nick Van den Brul of BNP Paribas described the results as \"pretty modest\".\nColin Asplin, Blackpool Hotel Association said: \"We tried hard.\"\nThe Shadow Secretary of State for the Family, Theresa May, said: \"These plans are old.\"";
        let q = direct(text);
        assert_eq!(q[0].1, some("Nick Van den Brul"));
        assert_eq!(q[1].1, some("Colin Asplin"));
        assert_eq!(q[2].1, some("Theresa May"));
    }

    #[test]
    fn a_conjunction_after_the_quote_starts_another_speaker() {
        let text = "The Tories dismissed the plan as \"desperate\", while the Liberal Democrats said it was misdirected.";
        assert_eq!(
            direct(text),
            vec![("desperate".into(), some("Conservative Party"))]
        );
    }

    #[test]
    fn narrative_inside_an_unclosed_quote_is_cut_out() {
        let text = "Ms Patricia Hewitt said: \"These plans are new. She said more would come. Liberal Democrat spokeswoman Sandra Gidley said: \"While mothers would welcome it, it is misdirected.\"";
        let q = direct(text);
        assert_eq!(q.last().unwrap().1, some("Sandra Gidley"), "{q:?}");
    }

    #[test]
    fn overlapping_names_before_a_verb_do_not_panic() {
        // Reuters 20311: "New York-based" overlaps a place and a name before the verb
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/reuters21578/articles/20311.txt"))
            .unwrap_or_else(|_| "New York-based Bastian Technologies Corp said it would bid. \"Bastian Technologies believes,\" Bastian said.".into());
        let a = annotate_text(text);
        assert!(!a.quotes.is_empty());
    }

    #[test]
    fn organisation_as_speaker() {
        assert_eq!(
            direct("The Kremlin said: \u{201C}No talks today.\u{201D}"),
            vec![("No talks today.".into(), some("Kremlin"))]
        );
    }

    #[test]
    fn she_skips_a_man_known_by_his_title() {
        let text = "Jennifer Roberts met Mr. Obama on Friday.\n\u{201C}We talked for an hour,\u{201D} she said.";
        assert_eq!(
            direct(text),
            vec![("We talked for an hour,".into(), some("Jennifer Roberts"))]
        );
    }

    #[test]
    fn a_pronoun_stands_for_a_person_not_an_organisation() {
        let text = "\u{201C}No deal,\u{201D} the White House said.\nTerry Strada said she was tired. Strada said she wanted a vote.\n\u{201C}We want justice,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(q[1], ("We want justice,".into(), some("Terry Strada")));
    }

    #[test]
    fn an_object_pronoun_tells_nothing_of_the_subjects_gender() {
        let text = "James Comey spoke on Tuesday. ''We found nothing,'' he said.\n\nPresident Obama backed her up in an interview. ''I don't think it posed a problem,'' he said.";
        assert_eq!(speakers_of(text), vec![some("James Comey"), some("Obama")]);
    }

    #[test]
    fn a_name_that_qualifies_a_body_is_not_the_subject() {
        let text = "Hillary Clinton spoke in Iowa.\n\nA Clinton campaign official later walked back the comments, saying that Clinton \"didn't have a particular video in mind.\"\n\nPresident Barack Obama spoke. James Comey spoke.\n\nBut Mr. Comey painted a different picture. ''Hostile actors gained access,'' he said.\n\nThe Obama administration has never blamed Russia.\n\nMr. Comey's suggestion was that she was in what he called ''sophisticated adversaries.''";
        assert_eq!(
            speakers_of(text),
            vec![None, some("James Comey"), some("James Comey")]
        );
    }

    #[test]
    fn an_inverted_attribution_goes_on_past_a_short_quote_and_a_place_before_a_role() {
        let text = "Rick Santorum spoke.\n\n\u{201C}We've had more successful conventions than this one,\u{201D} Texas delegate Bill Eastland, wearing a cowboy hat and \u{201C}Ted Cruz\u{201D} campaign pins, said matter-of-factly.";
        assert_eq!(
            direct(text)[0],
            (
                "We've had more successful conventions than this one,".into(),
                some("Bill Eastland")
            )
        );
    }

    #[test]
    fn the_subject_follows_a_participle_phrase_that_opens_the_sentence() {
        let text = "Facing mounting criticism from Democrats and Republicans, Mr. Trump released a statement, insisting that Mr. Khan had ''no right'' to criticize him.";
        assert_eq!(speakers_of(text), vec![some("Trump")]);
    }

    #[test]
    fn a_name_in_a_list_is_not_introduced_by_the_title_of_the_next() {
        let text = "\u{201C}We show anger,\u{201D} said Christopher Harvey, who ranked Trump behind Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz.\n\n\u{201C}We're alive,\u{201D} he said.";
        assert_eq!(
            speakers_of(text),
            vec![some("Christopher Harvey"), some("Christopher Harvey")]
        );
    }

    #[test]
    fn a_sentence_opening_pronoun_keeps_its_person_as_subject() {
        let text = "Donald Trump spoke in Michigan.\nHe notes that the Commission on Presidential Debates found a problem.\nHe says, \u{201C}It was bad.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("It was bad.".into(), some("Donald Trump"))]
        );
    }

    #[test]
    fn a_pronoun_may_stand_for_the_subject_of_its_own_sentence() {
        let text = "Hillary Clinton spoke first.\nSen. Claire McCaskill scolded him: \u{201C}You are wrong,\u{201D} she said.";
        assert_eq!(
            direct(text),
            vec![("You are wrong,".into(), some("Claire McCaskill"))]
        );
    }

    #[test]
    fn a_name_right_before_a_participle_speaks() {
        let text = "Hillary Clinton attacked Donald Trump.\nThe spot shows footage of Trump saying, \u{201C}That makes me smart.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("That makes me smart.".into(), some("Donald Trump"))]
        );
    }

    #[test]
    fn transcript_labels_give_the_speaker() {
        let text = "Mike Pence spoke to Chris Wallace.\n\"WALLACE: Why would Trump do that?\n\"PENCE: Well, look, she thinks this is \u{201C}Shark Tank.\u{201D} It is not.\n\"But the truth is different.\n\"(CROSSTALK.)";
        let q = direct(text);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].1, some("Chris Wallace"));
        assert_eq!(
            q[1],
            (
                "PENCE: Well, look, she thinks this is \u{201C}Shark Tank.\u{201D} It is not."
                    .into(),
                some("Mike Pence")
            )
        );
        assert_eq!(q[2].1, some("Mike Pence"));
    }

    #[test]
    fn an_unclosed_quote_goes_on_past_a_possessive_or_a_conjunction() {
        let text = "Mike Pence said: \u{201C}We will win. And Donald Trump\u{2019}s tweet was about that. I said so.";
        let q = direct(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.ends_with("I said so."), "{q:?}");
    }

    #[test]
    fn a_definite_description_is_the_person_named_before() {
        let text =
            "Donald Trump spoke in Virginia.\n\"We need change,\" the New York businessman said.";
        assert_eq!(
            direct(text),
            vec![("We need change,".into(), some("Donald Trump"))]
        );
    }

    #[test]
    fn a_pronoun_after_a_description_that_opens_the_sentence_is_the_described() {
        let text = "President Obama spoke in Philadelphia. Donald Trump was away.\n\nThe president denounced what he called the ''deeply pessimistic'' vision that emerged from Mr. Trump's convention.";
        assert_eq!(speakers_of(text), vec![some("Obama")]);
    }

    #[test]
    fn a_pronoun_after_a_clause_that_opens_with_its_subject_is_that_subject() {
        let text = "Howard Dean spoke.\n\nEver since Bernie Sanders announced his candidacy, he's said the same thing: \"It's not about me.\"\n\nWhen Robby Mook, the campaign manager was asked about it, he laughed and said, \u{201C}We'll see.\u{201D}\n\nAsked about the event that Hillary Clinton faces Trump, she replied: \"Good.\"";
        assert_eq!(
            speakers_of(text),
            vec![some("Bernie Sanders"), some("Robby Mook"), None]
        );
    }

    #[test]
    fn a_gendered_description_skips_the_other_gender() {
        let text = "Hillary Clinton met Donald Trump. Trump spoke first.\n\"I am ready,\" the former first lady said.";
        assert_eq!(
            direct(text),
            vec![("I am ready,".into(), some("Hillary Clinton"))]
        );
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_brings_in_the_next_quote() {
        let text = "Pat Caddell spoke on Monday.\nCaddell continued:\n\"The health issue is a partisan issue.\"\nThe New York Times reports:\n\"Just 24 percent of the contributors have given less.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Pat Caddell"));
        assert_eq!(q[1].1, some("New York Times"));
    }

    #[test]
    fn the_role_of_a_body_is_the_one_the_article_gave_that_role_there() {
        let text = "Flights cut\nThe Civil Aviation Authority (CAA) chief executive Richard \
                    Moriarty wrote to airlines.\nIn a public letter, the chief of the CAA said that \
                    he expected \u{201C}airlines and airports to work closely together\u{201D}.";
        assert_eq!(direct(text)[0].1, some("Richard Moriarty"));
        // (the trap: a role the article gave at another body)
        let text = "Flights cut\nHeathrow chief executive John Holland-Kaye wrote to airlines.\n\
                    In a public letter, the chief of the CAA said that he expected \u{201C}airlines \
                    to work closely together\u{201D}.";
        assert_ne!(direct(text)[0].1, some("John Holland-Kaye"));
    }

    #[test]
    fn a_pull_quote_is_said_by_whoever_says_its_words_later() {
        let text = "War in Sudan\nThe UN said the fighting had spread. \u{201C}It is a \
                    catastrophe,\u{201D} said Antonio Guterres.\n\u{2018}Rape of our sisters and \
                    mothers\u{2019}\nMany Sudanese have joined the army.\nMusa Adam was displaced \
                    from Nyala.\n\u{201C}The looting, the rape of our sisters and mothers is what \
                    made me join,\u{201D} Musa Adam said.";
        let q = direct(text);
        assert_eq!(q[1].0, "Rape of our sisters and mothers");
        assert_eq!(q[1].1, some("Musa Adam"), "{q:?}");
        // (the trap: a short quote in a sentence of its own paragraph is no pull quote)
        let text = "War in Sudan\nThe UN said the fighting had spread. \u{201C}It is a \
                    catastrophe,\u{201D} said Antonio Guterres.\nHe warned of \u{201C}a \
                    catastrophe\u{201D} in Darfur.\nMusa Adam said: \u{201C}It is a catastrophe for \
                    us.\u{201D}";
        assert_eq!(direct(text)[1].1, some("Antonio Guterres"));
        // (nor one a colon brings in)
        let text =
            "Vote\nJohn Smith told reporters:\n\u{201C}We will win this fight.\u{201D}\nMary \
                    Jones said: \u{201C}I doubt we will win this fight.\u{201D}";
        assert_eq!(direct(text)[0].1, some("John Smith"));
    }

    #[test]
    fn a_pronoun_after_a_clause_of_time_about_one_person_is_that_person() {
        let text = "Combs trial\nSean Combs was acquitted. Marc Agnifilo said the verdict was \
                    fair. \"We are happy,\" Agnifilo said.\nAs US Marshals escorted Combs from \
                    the courtroom, he told his family \u{201C}I will be home soon.\u{201D}";
        assert_eq!(direct(text)[1].1, some("Sean Combs"));
        // (the trap: a question put to him about another, "Asked if Mr Blunkett could return")
        let text = "Blunkett quits\nTony Blair spoke. \"We have drawn a line,\" Mr Blair said.\n\
                    Asked if David Blunkett could return, he replied: \"He has done a great job.\"";
        assert_eq!(direct(text)[1].1, some("Tony Blair"));
        // (nor a clause whose subject is a person described: "After the judge sentenced Combs")
        let text = "Combs trial\nSean Combs was sentenced. Marc Agnifilo spoke. \"We are sad,\" \
                    Agnifilo said.\nAfter the judge sentenced Combs, he said \u{201C}We will \
                    appeal.\u{201D}";
        assert_ne!(direct(text)[1].1, some("Sean Combs"));
    }

    #[test]
    fn a_body_named_by_its_owner_speaks_and_goes_on_as_it() {
        let text = "Strikes\nIsrael\u{2019}s military said the strike attributed the deaths to \
                    \u{201C}the tragedy of war.\u{201D}\nThe Chinese commerce ministry has warned \
                    the US and vowed to \u{201C}fight to the end.\u{201D}\nThe UN's refugee agency \
                    has said the plans would create a \"two-tier system\".\nIt said the \
                    government should \"look at the context\".";
        let q = direct(text);
        assert_eq!(q[0].1, some("Israel\u{2019}s military"), "{q:?}");
        assert_eq!(q[1].1, some("Chinese commerce ministry"), "{q:?}");
        assert_eq!(q[2].1, some("UN's refugee agency"), "{q:?}");
        assert_eq!(q[3].1, some("UN's refugee agency"), "{q:?}");
    }

    #[test]
    fn a_quote_alone_after_a_title_that_speaks_is_the_titled_person_s() {
        let text = "Election eve\nIn Minnesota, Democratic Governor Tim Walz stopped in Duluth.\n\
                    The Governor addressed supporters outside the Labor Temple.\n\u{201C}By \
                    tomorrow night we will have set the path.\u{201D}";
        assert_eq!(direct(text)[0].1, some("Tim Walz"));
        // (the trap: a description that does something else, before another's words)
        let text = "Match report\nSubstitute Danny Graham scored late.\nThe 19-year-old striker \
                    nodded home the equaliser.\n\u{201C}I felt we did enough to win.\u{201D}";
        assert_ne!(direct(text)[0].1, some("Danny Graham"));
    }

    #[test]
    fn a_line_that_brings_in_a_statement_gives_it_to_its_author() {
        let text =
            "Band news\nMember Peter Matthew Bauer shared a statement about the reunion. Read \
                    it in full:\n\u{201C}The last few weeks have been an absolute blast.";
        assert_eq!(direct(text)[0].1, some("Peter Matthew Bauer"));
        // (the trap: a line that names someone else reads out that one's words)
        let text = "Band news\nPeter Bauer shared a statement about the reunion. Read what \
                    Hamilton Leithauser said:\n\u{201C}The last few weeks have been a blast.";
        assert_ne!(direct(text)[0].1, some("Peter Bauer"));
    }

    #[test]
    fn a_middle_initial_does_not_end_a_long_appositive() {
        let text = "''It is fiscally responsible,'' Leonard E. Burman, director of the Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan. ''It does not make things worse.''";
        let q = direct(text);
        assert_eq!(q[0].1, some("Leonard E. Burman"), "{q:?}");
        assert_eq!(q[1].1, some("Leonard E. Burman"), "{q:?}");
    }

    #[test]
    fn the_last_speaker_goes_on_while_nobody_else_is_named() {
        let text = "\"The people feel it belongs to them,\" said Carlos Saldarriaga. The sessions were a showcase. \"We have had an excellent response from young people.\"\nVladimir Putin disagreed. \"We have had no response at all from them.\"";
        let q = direct(text);
        assert_eq!(q[1].1, some("Carlos Saldarriaga"), "{q:?}");
        // another person named in between: not the last speaker's
        assert_ne!(q[2].1, some("Carlos Saldarriaga"), "{q:?}");
        // but a person named in a relative clause about the speaker does not count
        let text = "Muhammad Ali trained in Miami.\n\n“He will always establish a standard of excellence,” said Dino Spencer, who now runs the 5th Street Gym — which to this day hosts a boxing class named for Ali, who was the guest of honor when the gym reopened in 2010. “He got some people to hate him and some people to love him.”";
        assert_eq!(
            speakers_of(text),
            vec![some("Dino Spencer"), some("Dino Spencer")]
        );
    }

    #[test]
    fn names_in_the_rest_of_the_last_speaker_s_sentence_do_not_stop_the_speaker_going_on() {
        let text = "Menzies Campbell said a win would have given Mr Blair a fresh start, adding \
                    it was as if there was an \"umbilical cord\" between Mr Bush and Mr Blair.\n\n\
                    \"Europeans must hope that his administration will be more multilateral.\"";
        assert_eq!(
            speakers_of(text),
            vec![some("Menzies Campbell"), some("Menzies Campbell")]
        );
        // but a verb of saying after the quote gives it to someone unnamed, and those after it
        let unnamed = "Footage shows Donald Trump saying \"That makes me smart,\" when Hillary \
                       Clinton blasted him.\n\n\"If he thinks that makes him smart,\" the ad's \
                       narrator says, \"what does he think of you?\"";
        assert_eq!(speakers_of(unnamed), vec![some("Donald Trump"), None, None]);
    }

    #[test]
    fn a_run_together_quote_takes_the_speaker_of_the_quote_right_after_it() {
        let text = "Gordon Brown spoke first. \"We tried. \"Career sexism limits opportunities for women. \"It is simply wrong,\" Patricia Hewitt said.";
        let q = direct(text);
        assert_eq!(
            q[1],
            (
                "Career sexism limits opportunities for women.".into(),
                some("Patricia Hewitt")
            )
        );
    }

    #[test]
    fn a_past_tense_verb_of_saying_inverts() {
        let text = "\"This is a pilot project,\" underlined Carlos Saldarriaga.";
        assert_eq!(
            direct(text),
            vec![(
                "This is a pilot project,".into(),
                some("Carlos Saldarriaga")
            )]
        );
    }

    #[test]
    fn a_progressive_after_a_pronoun_takes_the_pronoun() {
        let text = "Donald Trump spoke in Michigan.\nHe\u{2019}s claiming that fraud is \u{201C}a big, big problem\u{201D} here.";
        assert_eq!(
            direct(text),
            vec![("a big, big problem".into(), some("Donald Trump"))]
        );
    }

    #[test]
    fn a_person_introduced_by_an_appositive_is_the_next_pronoun() {
        let text = "Barack Obama had artists, which concerns Henry Crespo, president of the caucus.\n\"No one is writing songs for her,\" he said.";
        assert_eq!(
            direct(text),
            vec![(
                "No one is writing songs for her,".into(),
                some("Henry Crespo")
            )]
        );
    }

    #[test]
    fn a_place_that_is_a_named_person_s_surname_is_the_person() {
        let text = "Rep. Jim Jordan spoke after Cheryl Mills testified.\nMills \"got an immunity agreement,\" Jordan said.";
        assert_eq!(
            direct(text),
            vec![("got an immunity agreement,".into(), some("Jim Jordan"))]
        );
    }

    #[test]
    fn an_abbreviated_title_after_the_verb_does_not_end_the_sentence() {
        let text = "\"This is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands.";
        assert_eq!(
            direct(text),
            vec![("This is a waste of time,".into(), some("Stacey Plaskett"))]
        );
    }

    #[test]
    fn a_shared_surname_goes_to_the_namesake_spoken_of_last() {
        let text = "Former President Bill Clinton spoke in Flint for his wife Hillary Clinton.\nDuring the rally, the former president said premiums rise.\n\u{201C}It makes no sense,\u{201D} Clinton said.";
        assert_eq!(
            direct(text),
            vec![("It makes no sense,".into(), some("Bill Clinton"))]
        );
        // a full name is never switched
        let text = "Hillary Clinton spoke in Ohio. Bill Clinton watched.\n\u{201C}We will win,\u{201D} Hillary Clinton said.";
        assert_eq!(
            direct(text),
            vec![("We will win,".into(), some("Hillary Clinton"))]
        );
    }

    #[test]
    fn a_title_before_a_name_with_a_long_appositive_is_not_the_name() {
        let text = "Prince Harry should see \u{201C}the results of the hated symbol he chose to wear\u{201D}, Rabbi Marvin Hier, founder of the Simon Wiesenthal Center said.";
        assert_eq!(
            direct(text),
            vec![(
                "the results of the hated symbol he chose to wear".into(),
                some("Marvin Hier")
            )]
        );
        let text = "The head of the unit, Acting Detective Chief Superintendent, Mick Deats, said: \u{201C}This investigation has disrupted criminals.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "This investigation has disrupted criminals.".into(),
                some("Mick Deats")
            )]
        );
    }

    #[test]
    fn a_place_after_an_indefinite_description_is_where_the_speaker_is_from() {
        let text = "\u{201C}We do not have freedom of opinion anymore,\u{201D} tweeted a German user from Hanover going by the handle Pulvermann.";
        let a = annotate_text(text.to_string());
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.quotes[0].speaker, None);
        assert_eq!(a.quotes[0].description.as_deref(), Some("a German user"));
    }

    #[test]
    fn an_adverb_opening_a_sentence_is_no_speaker_for_a_pronoun() {
        let text = "Marco Rubio is campaigning. Lately, he has been underscoring his values.\n\u{201C}I am passionate about these issues,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![(
                "I am passionate about these issues,".into(),
                some("Marco Rubio")
            )]
        );
    }

    #[test]
    fn a_verb_of_manner_beside_a_quote_attributes_it_but_reports_nothing() {
        let text = "\u{201C}This is fantastic!\u{201D} beamed Donald Hartley of Madison, Alabama.";
        assert_eq!(
            direct(text),
            vec![("This is fantastic!".into(), some("Donald Hartley"))]
        );
        let text = "Gavin Henson beams with confidence before the match.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn a_role_after_an_inverted_speaker_is_an_appositive() {
        let text = "\u{201C}We are extremely happy\u{201D} about the decision, said RoseAnn DeMoro, executive director of National Nurses United, a union that endorsed Sanders.";
        assert_eq!(
            direct(text),
            vec![("We are extremely happy".into(), some("RoseAnn DeMoro"))]
        );
    }

    #[test]
    fn a_sentence_going_on_after_a_quote_ends_in_its_speaker() {
        let text = "The US was \u{201C}very bad at coordinating with anyone\u{201D} and India had its own problems, Ms Short said.";
        assert_eq!(
            direct(text),
            vec![("very bad at coordinating with anyone".into(), some("Short"))]
        );
    }

    #[test]
    fn a_name_in_the_clause_of_an_earlier_appositive_is_not_the_subject() {
        let text = "Marty West, an education professor at Harvard who previously worked for Sen. Lamar Alexander (R-Tenn.), one of the bill\u{2019}s Republican architects, called it \u{201C}an incredibly significant development.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "an incredibly significant development.".into(),
                some("Marty West")
            )]
        );
        let text = "Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said her donations \u{201C}call into question the political independence\u{201D} of the bank.";
        assert_eq!(
            direct(text),
            vec![(
                "call into question the political independence".into(),
                some("Richard Shelby")
            )]
        );
    }

    #[test]
    fn one_voter_named_after_a_comma_is_the_he_who_speaks_next() {
        let text = "The sound system played songs by Tracy Chapman.\nOne voter, Guadalupe Potocacetpl, 35, showed up in the gear of a nationalist group. He had protested at a rally.\n\u{201C}I met a lot of Bernie supporters,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![(
                "I met a lot of Bernie supporters,".into(),
                some("Guadalupe Potocacetpl")
            )]
        );
    }

    #[test]
    fn a_person_introduced_with_an_age_is_the_next_he() {
        let text = "Bernie Sanders spoke.\nMs. Hughes avoids the election with her mother, but their neighbor Benjamin Green, 83, knows what Washington needs. \u{201C}It will take a junkyard dog,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![(
                "It will take a junkyard dog,".into(),
                some("Benjamin Green")
            )]
        );
    }

    #[test]
    fn a_quote_after_reported_speech_goes_on_with_its_speaker() {
        let text = "Adam Schiff spoke on Wednesday.\nThe administration may be reluctant to act while John Kerry negotiates with Russia, Schiff said. \u{201C}The other factor is the appearance.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "The other factor is the appearance.".into(),
                some("Adam Schiff")
            )]
        );
    }

    #[test]
    fn an_appositive_left_open_before_the_verb_is_no_subject() {
        let text = "Scott Stanzel, a spokesman for the Bush-Cheney campaign said: \u{201C}The measure was taken for security reasons.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "The measure was taken for security reasons.".into(),
                some("Scott Stanzel")
            )]
        );
        // not a name before an aside that names the speaker itself
        let text = "When asked if BMW would seek compensation from Bosch, the carmaker's chief executive Helmut Panke said: \u{201C}we will first solve the problem\u{201D}.";
        assert_eq!(
            direct(text),
            vec![(
                "we will first solve the problem".into(),
                some("Helmut Panke")
            )]
        );
    }

    #[test]
    fn a_participle_of_saying_after_an_opening_clause_is_the_main_subject_s() {
        let text = "Donald Trump made no mention of God. Although he thanked the evangelical community, he sounded a rare note, saying, \u{201C}I am not sure I really deserve it.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "I am not sure I really deserve it.".into(),
                some("Donald Trump")
            )]
        );
    }

    #[test]
    fn an_inverted_verb_and_name_right_before_a_quote_attribute_it() {
        let text = "Simon Rosenberg spoke.\nBecause of how Democrats crafted the primary schedule, explained Rosenberg, \u{201C}there is a scenario where it is hard.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "there is a scenario where it is hard.".into(),
                some("Simon Rosenberg")
            )]
        );
        // not the one spoken of after an appositive's comma
        let text = "Their president, Gustavo Parente Sanchez, says Juninho \u{201C}does not wish to remain in Scottish football\u{201D}.";
        assert_ne!(direct(text)[0].1, some("Juninho"),);
    }

    #[test]
    fn what_it_called_is_the_body_heading_the_sentence() {
        let text = "The Kremlin on Friday condemned the test and pledged to answer what it called \u{201C}a clear threat to peace.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("a clear threat to peace.".into(), some("Kremlin"))]
        );
    }

    #[test]
    fn a_title_in_quotation_marks_does_not_keep_the_sentence_s_person_from_the_next_quote() {
        let text = "On \u{201C}Face the Nation,\u{201D} Sen. Bernie Sanders, who lost the primaries, identified exhaustion with bigotry as a reason. \u{201C}The younger people are sick and tired of racism.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "The younger people are sick and tired of racism.".into(),
                some("Bernie Sanders")
            )]
        );
    }

    #[test]
    fn a_quote_set_off_by_dashes_after_a_name_is_the_name_s() {
        let text = "Prominent Republicans have said the same, including the former candidate Mitt Romney -- \u{201C}It is disqualifying for a nominee to refuse\u{201D} -- and Fred Goldberg.";
        assert_eq!(
            direct(text),
            vec![(
                "It is disqualifying for a nominee to refuse".into(),
                some("Mitt Romney")
            )]
        );
    }

    #[test]
    fn a_verb_of_saying_in_an_opening_clause_reports_nothing() {
        let text = "Hillary Clinton and Bernie Sanders debated.\nWhile Clinton pledged to work with both parties, Sanders insisted that change will come only with a shake-up. \u{201C}Nothing real will happen,\u{201D} he said.";
        let found = quotes(text);
        assert!(
            found
                .iter()
                .all(|q| q.1.as_deref() == Some("Bernie Sanders")),
            "{found:?}"
        );
        assert!(found
            .iter()
            .any(|q| q.2 == QuoteKind::Reported && q.0.starts_with("change will come")));
    }

    #[test]
    fn what_an_opening_clause_reports_ends_with_the_clause() {
        let text = "Jennifer Shanklin works at the plant. Although Ms. Shanklin said she will not be voting for Mr. Trump, she applauds his message on trade.";
        let found = quotes(text);
        assert_eq!(
            found,
            vec![(
                "she will not be voting for Mr. Trump".into(),
                some("Jennifer Shanklin"),
                QuoteKind::Reported
            )]
        );
    }

    #[test]
    fn a_name_after_said_that_opens_what_was_said_is_not_the_speaker() {
        let text = "In an interview, Steve Huhn, a former HP vice president of global sales, said Fiorina \u{201C}was personally, very heavily involved in all that research\u{201D}.";
        assert_eq!(
            direct(text),
            vec![(
                "was personally, very heavily involved in all that research".into(),
                some("Steve Huhn")
            )]
        );
        // an aside of saying is no appositive left open
        let text = "Hillary Clinton prepared. Clinton, a top aide said, \u{201C}is very confident in the contrast\u{201D} with Trump.";
        assert_eq!(
            direct(text),
            vec![("is very confident in the contrast".into(), None)]
        );
    }

    #[test]
    fn a_lone_surname_that_speaks_after_an_adverb_is_a_person() {
        let text = "Donald Trump went with the odds.\nCruz openly admitted that his pick was political. \u{201C}With an eye to February 20th,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![("With an eye to February 20th,".into(), some("Cruz"))]
        );
    }

    #[test]
    fn two_people_with_a_generation_are_no_namesakes() {
        let text = "Harry B. Harris Jr. leads the Pacific Command.\nThe chairman, Joseph Dunford Jr., asked him a question.\n\u{201C}I view them as a professional military,\u{201D} Mr. Harris said.";
        assert_eq!(
            direct(text),
            vec![(
                "I view them as a professional military,".into(),
                some("Harry B. Harris")
            )]
        );
    }

    #[test]
    fn a_long_description_before_the_verb_is_the_person_named_before() {
        let text = "Hillary Clinton spoke out on Tuesday.\nOn the show, the former secretary of state and current Democratic presidential nominee said she wanted to speak \u{201C}directly to white people\u{201D} today.";
        assert_eq!(
            direct(text),
            vec![("directly to white people".into(), some("Hillary Clinton"))]
        );
    }

    #[test]
    fn a_name_in_ly_before_the_verb_is_no_adverb() {
        let text = "Clinton spoke to Mark Kelly.\n\n\"We will win,\" Kelly said.\n\nMr Eavis' daughter Emily said it would be \"quite a big step\" for them.\n\nTrump \"would win,\" Mr Eavis reportedly said.";
        assert_eq!(
            direct(text),
            vec![
                ("We will win,".into(), some("Mark Kelly")),
                ("quite a big step".into(), some("Emily")),
                ("would win,".into(), some("Eavis"))
            ]
        );
    }

    #[test]
    fn a_front_runner_or_a_hopeful_is_a_description_of_the_person_named_before() {
        let text = "Hillary Clinton spoke on Sunday.\n\nThe Democratic presidential front-runner and former secretary of state said the U.S. \u{201C}clearly\u{201D} needed more air strikes.\n\nJeb Bush spoke on Monday.\n\n\"We will win,\" the Republican hopeful said.";
        assert_eq!(
            direct(text),
            vec![
                ("clearly".into(), some("Hillary Clinton")),
                ("We will win,".into(), some("Jeb Bush"))
            ]
        );
    }

    #[test]
    fn a_full_stop_quote_after_a_verb_is_not_attributed_by_the_next_sentence() {
        let text = "Charlotte Mayor Jennifer Roberts said she wants the video out but said \"the question is the timing.\" Gov. Pat McCrory said it would be improper.";
        assert_eq!(
            direct(text),
            vec![(
                "the question is the timing.".into(),
                some("Jennifer Roberts")
            )]
        );
    }

    #[test]
    fn a_bare_verb_form_after_a_lower_case_word_is_a_noun() {
        let text = "South Korean President Park Geun-hye said Kim\u{2019}s mental state is \"spiraling out of control.\"";
        assert_eq!(
            direct(text),
            vec![("spiraling out of control.".into(), some("Park Geun-hye"))]
        );
    }

    #[test]
    fn a_gendered_description_with_a_role_skips_the_other_gender() {
        let text = "Senator John McCain spoke. Hillary Clinton spoke after him.\nThe former first lady and U.S. senator said it was \"a mistake\" to use private email.";
        assert_eq!(
            direct(text),
            vec![("a mistake".into(), some("Hillary Clinton"))]
        );
    }

    #[test]
    fn a_pronoun_subject_is_not_the_man_named_after_it() {
        let text = "Hillary Clinton is seizing upon a report about Donald Trump.\nShe says Trump represents the \u{201C}same rigged system.\u{201D} She adds, \u{201C}What kind of genius loses a billion dollars?\u{201D}";
        let q = direct(text);
        assert_eq!(q[1].1, some("Hillary Clinton"), "{q:?}");
    }

    #[test]
    fn a_gendered_noun_before_a_name_tells_the_gender_and_headlines_are_no_people() {
        let text = "Clinton Breaks With Obama\n\"They are wrong,\" said 9/11 widow Terry Strada.\n\"We want our day in court,\" she said.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Terry Strada"), "{q:?}");
    }

    #[test]
    fn a_sentence_led_by_a_heading_still_names_its_person() {
        let text = "Kevin McKinley wrote a book.\nTHE BORROWING Back then, Mr. McKinley said debt was a last resort. These days, he has changed his tune. ''You would like to pay cash, but it is not realistic,'' he said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Kevin McKinley"), "{q:?}");
    }

    #[test]
    fn an_appositive_with_a_noun_for_a_person_makes_a_name_a_person() {
        let text = "Angelique Brunner, a developer and spokeswoman for the coalition, said critics were wrong.\n\"It is hard to convince them,\" she said.";
        assert_eq!(
            direct(text),
            vec![(
                "It is hard to convince them,".into(),
                some("Angelique Brunner")
            )]
        );
    }

    #[test]
    fn a_quoted_heading_alone_on_its_line_is_no_quote() {
        let text = "\"Coal Isn't the Villain.\"\n\"Coal isn't the villain,\" Tom Clarke said.";
        assert_eq!(
            direct(text),
            vec![("Coal isn't the villain,".into(), some("Tom Clarke"))]
        );
    }

    #[test]
    fn a_full_stop_inside_the_marks_ends_the_sentence() {
        let text = "Hillary Clinton chimed in on Twitter, saying that officials should release the videos \"without delay.\" Clinton plans to visit on Sunday, according to a campaign aide.";
        assert_eq!(
            direct(text),
            vec![("without delay.".into(), some("Hillary Clinton"))]
        );
        // a byline after the full stop still names the speaker
        let text = "\u{201C}I would rather live anywhere else.\u{201D} \u{2015} Adriana Rodarte";
        assert_eq!(
            direct(text),
            vec![(
                "I would rather live anywhere else.".into(),
                some("Adriana Rodarte")
            )]
        );
    }

    #[test]
    fn his_message_was_colon_is_his() {
        let text = "Sir Digby Jones said stability was all important. His message to the chancellor was: \"Please don't give it away.\" Others agreed.";
        assert_eq!(
            direct(text),
            vec![("Please don't give it away.".into(), some("Digby Jones"))]
        );
    }

    #[test]
    fn a_description_owned_by_a_name_is_not_that_name() {
        let text = "David Axelrod called on Howard Dean to apologize. Barack Obama watched.\n\u{201C}That was outrageous,\u{201D} Obama\u{2019}s former campaign strategist said.";
        assert_eq!(
            direct(text),
            vec![("That was outrageous,".into(), some("David Axelrod"))]
        );
    }

    #[test]
    fn a_lone_given_name_tells_the_gender() {
        let text = "Stephanie McCrummen wrote about a voter.\nMelanie watched the speech.\n\u{201C}Here he is,\u{201D} she said.";
        assert_eq!(direct(text), vec![("Here he is,".into(), some("Melanie"))]);
    }

    #[test]
    fn a_name_after_an_owner_and_a_verb_of_saying_is_a_person() {
        let text = "\u{201C}We need change,\u{201D} said Sean Spicer.\nDebates do not alter races, noted NBC\u{2019}s Dante Chinni.\n\u{201C}Debates happen late in the campaign,\u{201D} he wrote.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Dante Chinni"), "{q:?}");
    }

    #[test]
    fn the_pronouns_inside_a_quote_do_not_tell_which_namesake() {
        let text = "Hillary Clinton does not recognize Donald Trump.\nOf course, Clinton said, \u{201C}I did not know him that well, but I did know him.\u{201D}\nClinton and her husband, former President Bill Clinton, attended the wedding.";
        assert_eq!(
            direct(text),
            vec![(
                "I did not know him that well, but I did know him.".into(),
                some("Hillary Clinton")
            )]
        );
    }

    #[test]
    fn the_pronouns_around_a_shared_surname_tell_which_namesake() {
        let text = "President Bill Clinton met aides. Hillary Clinton was ill.\nIn her book, Clinton noted the clot. She was whisked off to hospital.\n\u{201C}I had a big clot,\u{201D} Clinton wrote.";
        assert_eq!(
            direct(text),
            vec![("I had a big clot,".into(), some("Hillary Clinton"))]
        );
    }

    #[test]
    fn an_inverted_verb_after_a_quote_is_not_the_next_quote_s_attribution() {
        let text = "\"It is the best yet,\" said Richard Madeley. \"It was very hard to follow,\" said executive producer Amanda Ross. \"We were spoiled for choice this year.\"";
        let q = direct(text);
        assert_eq!(q[2].1, some("Amanda Ross"), "{q:?}");
    }

    #[test]
    fn nouns_of_saying_after_a_quote_or_a_full_stop_attribute_nothing() {
        let text = "Hillary Clinton is describing as \u{201C}unhinged\u{201D} a Donald Trump tweet attacking a former Miss Universe.";
        assert_eq!(
            direct(text),
            vec![("unhinged".into(), some("Hillary Clinton"))]
        );
        let text = "\u{201C}He was open to changes,\u{201D} press secretary Josh Earnest said at a briefing before Bill Clinton\u{2019}s comments. \u{201C}And we have seen a sustained attack on the law.\u{201D}";
        let q = direct(text);
        assert_eq!(q[1].1, some("Josh Earnest"), "{q:?}");
    }

    #[test]
    fn a_body_s_report_speaks_for_it() {
        let text = "\"The impact remains very unclear,\" the IMF report stated.";
        assert_eq!(
            direct(text),
            vec![("The impact remains very unclear,".into(), some("IMF"))]
        );
    }

    #[test]
    fn a_headline_names_its_speaker_before_a_colon_or_a_verb() {
        let text = "A lesson from Loretta Lynch: 'Be the voice that people hear.'\nLoretta Lynch spoke at a school.";
        assert_eq!(
            direct(text),
            vec![(
                "Be the voice that people hear.".into(),
                some("Loretta Lynch")
            )]
        );
        let text = "Barack Obama Says Museum Will Tell of 'Suffering and Delight'\nBarack Obama spoke on Saturday.";
        assert_eq!(
            direct(text),
            vec![("Suffering and Delight".into(), some("Barack Obama"))]
        );
    }

    #[test]
    fn a_term_in_a_sentence_without_saying_gets_no_pronoun_speaker() {
        let text = "\"We are hoping to learn,\" said Frank Stone, head of programmes.\nHe looks after several \"centres of excellence\" which the firm set up.";
        let q = direct(text);
        assert_eq!(q[1], ("centres of excellence".into(), None), "{q:?}");
    }

    #[test]
    fn reported_speech_after_a_no_break_space_starts_on_a_char_boundary() {
        let text = "Donald Trump said\u{a0} the deal was a disaster for everyone.";
        let a = annotate_text(text.to_string());
        for q in &a.quotes {
            assert!(text.get(q.range.clone()).is_some(), "{q:?}");
            assert_eq!(&text[q.range.clone()], q.text, "{q:?}");
        }
    }

    #[test]
    fn as_someone_put_it_gives_the_quote_beside_it() {
        let text = "Mehmet Oz is a surgeon. He has been seen, as The New Yorker put it in a long piece, \"the operator.\"\n\nThe main test is a \"lawful source of income,\" as a Homeland Security memo put it.";
        let q = direct(text);
        // (the name as the entity finder reads it)
        assert!(
            q[0].1.as_deref().is_some_and(|n| n.ends_with("Yorker")),
            "{q:?}"
        );
        assert_eq!(q[1].1, some("Homeland Security"), "{q:?}");
        // "as" that is no aside of saying, and a title named as something
        let text = "Ted Cruz spoke on Monday.\n\nThe crowd, as the Senate put it to a vote, wanted \"fairness\" first.\n\nThe film, as Netflix called it, was \"American Skin\" and little else.";
        let q = direct(text);
        assert_eq!(q[0], ("fairness".into(), None), "{q:?}");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_name_labelling_a_quote_after_a_colon_speaks() {
        let text = "Polls were wrong - HuffPollster: \"Most pollsters fared much better with the results.\"\n\nRED STATES GAIN - Jeffrey M. Jones: \"Gallup finds that 20 states are solidly Republican.\"";
        let q = direct(text);
        assert_eq!(q[0].1, some("HuffPollster"), "{q:?}");
        assert_eq!(q[1].1, some("Jeffrey M. Jones"), "{q:?}");
        // a name's thing or a name after a preposition labels nothing
        let text = "Ted Cruz spoke on Monday.\n\nCruz's new motto: \"Win the day, every day, for all of us.\"\n\nLater that month on CNN: \"We never said we made a mistake.\"";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
    }

    #[test]
    fn a_statement_noun_leads_to_the_quote_through_a_short_that_clause() {
        let text = "Hillary Clinton was hurt by James Comey's conclusion that her actions were \"extremely careless.\"";
        assert_eq!(direct(text)[0].1, some("James Comey"));
        // the noun as the object of someone else's verb of saying, or not leading to the quote
        let text = "Stuart Stevens, a strategist, called Trump's statements and actions on Sunday \"childish.\"\n\nMr. Trump treated Hillary Clinton's remark first as a compliment -- \"That makes me smart.\"";
        let q = direct(text);
        assert_eq!(q[0].1, some("Stuart Stevens"), "{q:?}");
        assert_eq!(q[1].1, some("Trump"), "{q:?}");
    }

    #[test]
    fn it_after_a_quote_is_the_document_the_sentence_before_opens_with() {
        let text = "IMF WARNS ISRAEL\n\nThe International Monetary Fund has warned Israel in a report that wages could undo its program.\n\n\"Continued rapid rise in wages would threaten the progress,\" the IMF said.\n\nThe report echoed warnings last week by Bank of Israel Governor Michael Bruno that higher wages were rekindling inflation. \"Though wage developments are worrisome, there is still time,\" it said.";
        let q = direct(text);
        assert_eq!(q[1].1, some("IMF"), "{q:?}");
        assert_eq!(opening_of_quote_ending_at("a “b,” it", 11), Some(2));
        assert_eq!(opening_of_quote_ending_at("a \"b,\" it", 7), Some(2));
        // the trap: no quotation ends there
        assert_eq!(opening_of_quote_ending_at("said it", 5), None);
    }

    #[test]
    fn a_lede_s_unnamed_speaker_is_who_makes_the_next_statement() {
        let text = "Tories 'a lot smarter'\n\nThe Conservatives have been \"a lot smarter\" in the way they have run the campaign, a Labour backbencher has said.\n\nDerek Wyatt said having a five month campaign \"turned off voters\".";
        let q = direct(text);
        assert_eq!(q[0].1, some("Derek Wyatt"), "{q:?}");
        assert_eq!(q[1], ("a lot smarter".into(), some("Derek Wyatt")), "{q:?}");
        assert!(ends_with_one_unnamed_person(
            "The German music business is \"in the state of a zombie\", a leading industry figure has said."
        ));
        assert!(ends_with_one_unnamed_person(
            "They cannot prevent all attacks, says a top academic."
        ));
        let text = "Nuclear strike 'key terror risk'\n\nThe UK must realise it cannot prevent all terror attacks, says a top academic.\n\nAmitai Etzioni says the US emphasis on an \"Axis of Evil\" is misplaced.";
        assert_eq!(direct(text)[0].1, some("Amitai Etzioni"));
        // the traps: one named before, a statistic, people, a body, and a critic who answers
        // back
        let text = "Tax plan\n\nTony Blair's tax plan is \"a gimmick\", a Labour backbencher has said.\n\nMr Blair said the plan would \"work\".";
        assert_eq!(direct(text)[0], ("a gimmick".into(), None));
        assert!(!ends_with_one_unnamed_person(
            "The gap narrowed \"sharply\", the latest official figure has suggested."
        ));
        assert!(!ends_with_one_unnamed_person(
            "Costs will rise, MPs have said."
        ));
        assert!(!ends_with_one_unnamed_person(
            "Costs will rise, a trade body has warned."
        ));
        let text = "Tax plan\n\nThe plan is \"a gimmick\", a Labour backbencher has said.\n\nBut Tory Michael Howard said it was \"sound\".";
        assert_eq!(direct(text)[0].1, None);
    }

    #[test]
    fn a_short_phrase_after_a_verb_of_view_is_the_subject_s() {
        let text = "Andy Hayman spoke to MPs on Monday.\n\nBut he is confident problems in the early days can be \"ironed out\".\n\nPatricia Hewitt will speak on Sunday. She is concerned that games include \"high levels of violence\".";
        let q = direct(text);
        assert_eq!(q[0], ("ironed out".into(), some("Andy Hayman")), "{q:?}");
        assert_eq!(q[1].1, some("Patricia Hewitt"), "{q:?}");
        // the traps: a noun and a passive are no view of the subject's, nor is a phrase with
        // no verb of view or saying before it
        let text = "Gordon Brown spoke on Monday.\n\nHe played down fears of a \"double-dip\" recession. He is feared by rivals as a \"street fighter\" in cabinet.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
        let text = "Andy Hayman spoke to MPs on Monday.\n\nBut he looks after several \"centres of excellence\" in the north.";
        assert_eq!(direct(text)[0].1, None);
    }

    #[test]
    fn a_body_heading_a_clause_that_rates_a_term_gave_it() {
        let text = "The fact-checkers at PolitiFact met on Monday.\n\nPolitiFact rated the claim \"false\" on Monday.\n\nIn late June, the American Bar Association completed its review and deemed him \"well qualified,\" its highest rating.";
        let q = direct(text);
        assert_eq!(q[0], ("false".into(), some("PolitiFact")), "{q:?}");
        assert_eq!(q[1].1, some("American Bar Association"), "{q:?}");
        // the body in an opening phrase is not the subject: "In an interview with …, Trump"
        let text = "Donald Trump spoke on Monday.\n\nIn an interview with The Wall Street Journal, Trump doubled down and said the judge had \"an inherent conflict of interest\" in the cases.";
        assert_eq!(direct(text)[0].1, some("Donald Trump"));
        // nor a party name that modifies a noun, a dateline, or a name that a nickname follows
        let text = "The Democratic front-runner said the U.S. \"clearly\" needed a plan.\n\nWASHINGTON -- Funding was rated \"adequate\" by few.\n\nManchester United deemed the striker, dubbed \"The Special One\", a bargain.";
        let q = direct(text);
        assert_eq!(q[0], ("clearly".into(), None), "{q:?}");
        assert_eq!(q[1], ("adequate".into(), None), "{q:?}");
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn a_country_opening_a_sentence_of_saying_speaks() {
        let text = "South Korea accused the North's leader, Kim Jong Un, of \"fanatic recklessness.\" Russia insisted that Pyongyang \"stop its dangerous escapades.\"";
        let q = direct(text);
        assert_eq!(q[0].1, some("South Korea"), "{q:?}");
        assert_eq!(q[1].1, some("Russia"), "{q:?}");
        // a place later in the sentence is no speaker
        let text = "Officials in South Korea said it was \"reckless.\"";
        assert_eq!(direct(text), vec![("reckless.".into(), None)]);
    }

    #[test]
    fn passive_agent_in_the_next_sentence() {
        let text = "Steve Witkoff and Vladimir Putin had a \"constructive\" dialogue. The meeting, highlighted by Putin's aide Yuri Ushakov, went on.";
        assert_eq!(
            direct(text),
            vec![("constructive".into(), some("Yuri Ushakov"))]
        );
    }

    #[test]
    fn a_definite_description_does_not_take_a_role_given_only_later() {
        let text = "Donald Trump called for Ginsburg to resign.\n\u{201C}Her mind is shot,\u{201D} the presumptive Republican nominee wrote.\n\nFormer Democratic candidate Bernie Sanders said he agrees.";
        assert_eq!(
            direct(text),
            vec![("Her mind is shot,".into(), some("Donald Trump"))]
        );
        // the trap: an indefinite description in a lede may be a person named later
        let text = "According to a Putin adviser, the talks were \u{201C}productive\u{201D} on Friday.\nYuri Ushakov, a Putin aide, called them useful.";
        assert_eq!(
            direct(text),
            vec![("productive".into(), some("Yuri Ushakov"))]
        );
    }

    #[test]
    fn a_sentence_ending_in_its_attribution_makes_the_next_pronoun_its_speaker() {
        let text = "Robert Stovall, a party activist, met Ted Cruz in 2012.\n\nCruz electrified the crowds with speeches and promises, Stovall said.\n\n\u{201C}He was very articulate,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![("He was very articulate,".into(), some("Robert Stovall"))]
        );
        // the trap: a verb after a comma with a long clause, or an inverted verb with no name
        // after it, attributes nothing: the sentence's own subject still speaks
        let text = "Bernie Sanders called the suspension unfair. Josh Hendler, a tech operative, warned Saturday that the move against Sanders could damage the party.\n\n\u{201C}The stakes are higher,\u{201D} he wrote.";
        assert_eq!(
            direct(text),
            vec![("The stakes are higher,".into(), some("Josh Hendler"))]
        );
    }

    #[test]
    fn a_pronoun_is_not_the_subject_of_a_clause_before_the_main_one() {
        let text = "George Pataki backs John Kasich.\n\nPataki says Kasich is able. He warns that Donald Trump would \u{201C}drive the party off the cliff.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "drive the party off the cliff.".into(),
                some("George Pataki")
            )]
        );
        // the trap: a main clause's subject after an appositive still counts
        let text = "Donald Trump spoke. The minister of the economy, Mr. Ildefonso Guajardo, argues there is little point. \u{201C}We must not overreact,\u{201D} he told me.";
        assert_eq!(
            direct(text),
            vec![("We must not overreact,".into(), some("Ildefonso Guajardo"))]
        );
    }

    #[test]
    fn a_name_before_a_role_and_its_holder_is_not_the_subject() {
        let text = "Hillary Clinton spoke on Monday.\n\nClinton communication director Jennifer Palmieri said Trump is reduced to \u{201C}taunts and insults.\u{201D} \u{201C}You could dismiss these actions,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(
            q[1],
            (
                "You could dismiss these actions,".into(),
                some("Jennifer Palmieri")
            )
        );
        // the trap: a name followed by a lower-case verb is the subject
        let text = "Jennifer Palmieri spoke first.\n\nHillary Clinton told reporters that Trump had lied. \u{201C}It is a disgrace,\u{201D} she said.";
        assert_eq!(
            direct(text),
            vec![("It is a disgrace,".into(), some("Hillary Clinton"))]
        );
    }

    #[test]
    fn a_name_in_what_someone_says_is_not_the_pronoun_s_referent() {
        let text = "Donald Trump spoke to veterans.\n\nHe said Vladimir Putin has \u{201C}been a leader far more than our president.\u{201D}";
        assert_eq!(
            direct(text),
            vec![(
                "been a leader far more than our president.".into(),
                some("Donald Trump")
            )]
        );
    }

    #[test]
    fn a_participle_takes_an_opening_pronoun_or_description() {
        let text = "Sen. Bernie Sanders lost the primary.\n\nThe Vermont senator emailed supporters saying: \u{201C}The struggle continues\u{201D} and vowing to compete.";
        assert_eq!(
            direct(text),
            vec![("The struggle continues".into(), some("Bernie Sanders"))]
        );
        let text = "Hillary Clinton spoke on Sunday.\n\nHours later, she issued a statement calling on the country \u{201C}to redouble our efforts.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("to redouble our efforts.".into(), some("Hillary Clinton"))]
        );
        // the trap: an anonymous description stays unnamed
        let text = "Hillary Clinton spoke on Sunday.\n\nA spokesman emailed reporters saying: \u{201C}We will win.\u{201D}";
        assert_eq!(direct(text), vec![("We will win.".into(), None)]);
    }

    #[test]
    fn a_pronoun_before_the_verb_is_not_a_name_in_a_clause_before_it() {
        let text = "Susan Sarandon backs Bernie Sanders over Hillary Clinton.\n\nAsked about her vote in the event that Clinton faces Donald Trump, she replied: \u{201C}I don\u{2019}t know.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("I don\u{2019}t know.".into(), some("Susan Sarandon"))]
        );
        // the trap: the main clause's subject before the pronoun still speaks
        let text = "Ban Ki-moon spoke.\n\nBan Ki-moon condemned what he called \u{201C}a deeply troubling act.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("a deeply troubling act.".into(), some("Ban Ki-moon"))]
        );
    }

    #[test]
    fn a_dash_before_an_aside_is_no_byline() {
        let text = "Newt Gingrich spoke in July.\n\nIn July, Gingrich dismissed Estonia as being in the \u{201C}suburbs of St. Petersburg\u{201D} \u{2014} a metaphor for the altar of Donald Trump.";
        assert_eq!(
            direct(text),
            vec![("suburbs of St. Petersburg".into(), some("Newt Gingrich"))]
        );
        // the trap: a dash before a name still names the speaker
        let text = "\u{201C}Trump must stop.\u{201D} \u{2014} Carla Sanchez.";
        assert_eq!(
            direct(text),
            vec![("Trump must stop.".into(), some("Carla Sanchez"))]
        );
    }

    #[test]
    fn a_participle_after_an_attribution_takes_its_speaker() {
        let text = "Donald Trump met the editors of the Washington Post.\n\nIn a meeting with the editorial board of the Washington Post, Trump spoke of Nato. \u{201C}We certainly can\u{2019}t afford this,\u{201D} Trump said, adding later, \u{201C}NATO is costing us a fortune.\u{201D}";
        let got = direct(text);
        assert_eq!(
            got[1],
            ("NATO is costing us a fortune.".into(), some("Donald Trump"))
        );
        // the trap: an inverted attribution before the participle
        let text = "Jane Roe and Mark Poe met.\n\n\u{201C}It is late,\u{201D} said Mark Poe, adding, \u{201C}We must go home now.\u{201D}";
        let got = direct(text);
        assert_eq!(got[1], ("We must go home now.".into(), some("Mark Poe")));
        // an attribution of a clause without marks, in either order, not the clause's subject
        let text = "Adel Nefzi runs the mosque.\n\nOmar Mateen left as soon as prayers were \
                    finished, Nefzi said, adding, \u{201C}He was not very religious.\u{201D} \
                    Mateen came alone, said Adel Nefzi, adding, \u{201C}He was quiet.\u{201D}";
        let got = direct(text);
        assert_eq!(got[0].1, some("Adel Nefzi"), "{got:?}");
        assert_eq!(got[1].1, some("Adel Nefzi"), "{got:?}");
        // the traps: a verb whose object the name is
        let text = "Clash.\n\nDonald Trump, 70, criticized Hillary Clinton, adding, \u{201C}She \
                    is a liar.\u{201D} John Smith, a farmer, told Reuters, adding, \u{201C}Prices \
                    are too low.\u{201D}";
        let got = direct(text);
        assert_eq!(got[0].1, some("Donald Trump"), "{got:?}");
        assert_eq!(got[1].1, some("John Smith"), "{got:?}");
    }

    #[test]
    fn a_person_after_an_aside_with_a_name_is_the_subject() {
        let text = "Air Force Gen. Norman Ham retired.\n\nWhile he acknowledged the cuts under Barack Obama, Ham also noted several \u{201C}intangibles\u{201D} that hurt.";
        assert_eq!(
            direct(text),
            vec![("intangibles".into(), some("Norman Ham"))]
        );
        // the trap: a person before a body's name still speaks for the body
        let text =
            "\u{201C}We are worried,\u{201D} Colin Asplin, Blackpool Hotel Association said.";
        assert_eq!(
            direct(text),
            vec![("We are worried,".into(), some("Colin Asplin"))]
        );
    }

    #[test]
    fn a_quote_s_speaker_stays_the_latest_person_of_its_sentence() {
        let text = "Susan Sarandon backs Bernie Sanders.\n\nAsked about her vote in the event that Hillary Clinton faces Donald Trump, she replied: \u{201C}I don\u{2019}t know.\u{201D}\n\n\u{201C}Really,\u{201D} she added when the interviewer was shocked.";
        assert_eq!(
            direct(text),
            vec![
                ("I don\u{2019}t know.".into(), some("Susan Sarandon")),
                ("Really,".into(), some("Susan Sarandon")),
            ]
        );
        // the trap: a name in a "whether" clause of a sentence without quotes is still the topic
        let text = "Hillary Clinton won.\n\nIt was unclear whether Bernie Sanders was ready.\n\n\u{201C}The struggle continues,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![("The struggle continues,".into(), some("Bernie Sanders"))]
        );
    }

    #[test]
    fn a_name_after_a_clause_and_a_comma_leads_the_sentence() {
        let text = "Mark Poe and Jane Roe met Sean Hannity.\n\nDuring an interview with Sean Hannity that aired Wednesday, Mark Poe discussed the wall. When he first described it, he said, \u{201C}We are going to build a wall.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("We are going to build a wall.".into(), some("Mark Poe"))]
        );
        // the trap: an inverted verb of saying after a comma leaves its name the subject, a
        // name in a "when" clause is not
        let text = "Sean Spicer and Dante Chinni spoke.\n\nHowever debates in and of themselves are not likely to alter the campaign, noted NBC\u{2019}s Dante Chinni.\n\n\u{201C}Debates happen very late in the campaign,\u{201D} he wrote.";
        assert_eq!(
            direct(text),
            vec![(
                "Debates happen very late in the campaign,".into(),
                some("Dante Chinni")
            )]
        );
    }

    #[test]
    fn a_person_compared_with_is_not_introduced() {
        let text = "Susan Sarandon backs Bernie Sanders.\n\nShe implied that Donald Trump could lead to more upheaval than Hillary Clinton, the former secretary of state. \u{201C}Some people feel Trump will bring revolution,\u{201D} she said.";
        assert_eq!(
            direct(text),
            vec![(
                "Some people feel Trump will bring revolution,".into(),
                some("Susan Sarandon")
            )]
        );
        // the trap: a person introduced as an object still is
        let text = "Tom Lee spoke.\n\nThe plan concerns Henry Crespo, president of the Florida Democratic Black Caucus. \u{201C}We are ready to fight for it,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![("We are ready to fight for it,".into(), some("Henry Crespo"))]
        );
    }

    #[test]
    fn a_definite_role_skips_a_person_titled_otherwise() {
        let text = "Donald Trump called on Mayor Bill de Blasio to act. De Blasio disbanded the unit.\n\n\u{201C}There is hatred like nobody has ever seen,\u{201D} the Republican presidential candidate said.";
        assert_eq!(
            direct(text),
            vec![(
                "There is hatred like nobody has ever seen,".into(),
                some("Donald Trump")
            )]
        );
        // the trap: the one titled so is still the one
        let text = "Donald Trump called on Mayor Bill de Blasio to act. Trump left.\n\n\u{201C}We will not do that,\u{201D} the mayor said.";
        assert_eq!(
            direct(text),
            vec![("We will not do that,".into(), some("Bill de Blasio"))]
        );
    }

    #[test]
    fn verbs_of_blaming_and_labelling_attribute_a_term() {
        let text = "Donald Trump gave an interview.\n\nIn an interview he blasted the American media for being \u{201C}unbelievably dishonest.\u{201D}";
        assert_eq!(
            direct(text),
            vec![("unbelievably dishonest.".into(), some("Donald Trump"))]
        );
        // the trap: a noun of the same form is no verb
        let text =
            "Donald Trump gave an interview.\n\nThe brand is \u{201C}Trump\u{201D} everywhere.";
        assert_eq!(direct(text), vec![]);
    }

    #[test]
    fn common_given_names_tell_the_gender() {
        let text = "A meeting.\n\nMaureen Sherry spoke on Monday. Lindsey Graham spoke too.\n\n\u{201C}We are late,\u{201D} she said.";
        assert_eq!(
            direct(text),
            vec![("We are late,".into(), some("Maureen Sherry"))]
        );
        // the trap: Lindsey is a man's name here, so "he" is his
        let text = "A meeting.\n\nMaureen Sherry spoke on Monday. Lindsey Graham spoke too.\n\n\u{201C}We are late,\u{201D} he said.";
        assert_eq!(
            direct(text),
            vec![("We are late,".into(), some("Lindsey Graham"))]
        );
    }

    #[test]
    fn a_name_only_ever_after_the_is_no_person() {
        let text = "Chris Matthews praised Mike Pence.\n\nDan McLaughlin at the National Review agreed with Matthews about the winner.\n\n\u{201C}If his goal was to make Kaine defend business as usual, he succeeded,\u{201D} he wrote.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Dan McLaughlin"), "{q:?}");
        // the trap: a person also named without "the" stays one
        let text = "Tim Kaine spoke first.\n\nSarah Palin spoke next, and the crowd loved the Sarah Palin speech.\n\n\u{201C}We won the night,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Sarah Palin"), "{q:?}");
    }

    #[test]
    fn a_thing_s_verb_of_saying_goes_back_to_the_person_who_reports_it() {
        let text = "WASHINGTON -- President Barack Obama, dedicating the museum on Saturday, said it would tell an American story, one of \u{201C}suffering and delight, one of fear, but also of hope.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Barack Obama"), "{q:?}");
        // the trap: a thing's verb with nobody reporting it gives no speaker
        let text = "Barack Obama opened the museum.\n\nThe museum will tell an American story, one of \u{201C}suffering and delight.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn a_lone_surname_that_speaks_with_pronouns_of_one_gender_is_a_person() {
        let text = "A story.\n\nMitt Romney lost in 2012, said Hannity.\n\nTrump said he would win. Trump told Newsmax that he likes Romney.\n\n\u{201C}I will win all of the Latino vote, all of it,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Trump"), "{q:?}");
        // the trap: a lone word after "the" is no person however it is followed
        let text = "A story.\n\nMitt Romney lost in 2012.\n\nDemocratic said he would win at the Democratic convention.\n\n\u{201C}I will win all of the Latino vote, all of it,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Mitt Romney"), "{q:?}");
    }

    #[test]
    fn a_name_after_a_noun_for_a_person_is_a_person() {
        // the trap: the first name after the verb is a body's or a modifier
        let text = "A poll.\n\n\u{201C}How much worse could it get?\u{201D} said Florida-based Republican strategist Al Cardenas, referring to the race.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Al Cardenas"), "{q:?}");
        let text = "As The Post's Dana Milbank puts it, nobody moved.\n\n\u{201C}Obama emphasized that he did not pick a nominee for a constituency,\u{201D} wrote Post White House bureau chief Juliet Eilperin, citing participants.";
        let q = direct(text);
        assert_eq!(
            q.last().and_then(|x| x.1.clone()),
            some("Juliet Eilperin"),
            "{q:?}"
        );
    }

    #[test]
    fn a_name_after_a_preposition_opening_the_sentence_is_not_its_subject() {
        let text = "A bill.\n\nLike Bob Corker, Robert Menendez also rejected the notion, arguing that there is \u{201C}flexibility for the administration\u{201D} in the regime.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Robert Menendez"), "{q:?}");
        // the trap: the same words with the subject first
        let text = "A bill.\n\nBob Corker, like Robert Menendez, also rejected the notion, arguing that there is \u{201C}flexibility for the administration\u{201D} in the regime.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Bob Corker"), "{q:?}");
    }

    #[test]
    fn a_statement_noun_inside_someone_s_saying_is_not_its_owner_s() {
        let text = "A court.\n\nHouse Speaker Paul Ryan told CNN on Tuesday that Ruth Bader Ginsburg's comments \u{201C}shows bias to me.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Paul Ryan"), "{q:?}");
        // the trap: with nobody else saying it, the comments are their owner's
        let text = "A court.\n\nOn Tuesday, Ruth Bader Ginsburg's comments \u{201C}showed bias to many.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Ruth Bader Ginsburg"), "{q:?}");
    }

    #[test]
    fn a_given_name_of_either_gender_tells_none() {
        let text = "Barack Obama and his wife Michelle will visit.\n\n\u{201C}The campaign is in panic mode,\u{201D} said Leslie Wimes, a president of the caucus.\n\n\u{201C}It is not enough,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Leslie Wimes"), "{q:?}");
        // the trap: a man's given name still tells, so "she" goes past him
        let text = "Barack Obama and his wife Michelle will visit.\n\n\u{201C}The campaign is in panic mode,\u{201D} said Brian Wimes, a president of the caucus.\n\n\u{201C}It is not enough,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Michelle"), "{q:?}");
    }

    #[test]
    fn a_straight_mark_after_a_quote_within_and_a_space_closes() {
        let text = "Donald Trump spoke.\n\n\"They search for something and treat it like, 'Oh, this is important,' \" David Magel said at the rally. \"But nobody cares about it at all.\"";
        let q = direct(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, some("David Magel"), "{q:?}");
        assert!(q[0].0.ends_with("important,'"), "{q:?}");
        // the trap: the mark after a space that opens the next quote still opens it
        assert_eq!(
            q[1],
            (
                "But nobody cares about it at all.".into(),
                some("David Magel")
            )
        );
    }

    #[test]
    fn an_aside_between_a_quote_and_its_inverted_attribution_is_skipped() {
        let text = "Laurence Tribe spoke first.\n\n\u{201C}To see the number of cases that could change is stunning,\u{201D} since so many cases were decided by 5-to-4 votes, said Lee Epstein, who teaches law.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Lee Epstein"), "{q:?}");
        // the trap: a clause with a subject of its own before its verb is another speaker's
        let text = "Laurence Tribe spoke first.\n\n\u{201C}To see the number of cases that could change is stunning,\u{201D} because the Supreme Court said so in a ruling.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Supreme Court"), "{q:?}");
    }

    #[test]
    fn a_quote_alone_after_reported_speech_goes_on_with_its_speaker() {
        let text = "Defense Secretary Ash Carter flew to Singapore.\n\nCarter said that critics had long predicted a withdrawal, but this would not happen.\n\n\u{201C}That is because this region remains the most consequential for our security.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Ash Carter"), "{q:?}");
        // the trap: another person named after the reported speech is no longer his
        let text = "Defense Secretary Ash Carter flew to Singapore.\n\nCarter said that critics had long predicted a withdrawal, but this would not happen. The withdrawal was urged by John McCain.\n\n\u{201C}That is because this region remains the most consequential for our security.\u{201D}";
        let q = direct(text);
        assert_ne!(q[0].1, some("Ash Carter"), "{q:?}");
    }

    #[test]
    fn a_verb_of_manner_of_speaking_attributes() {
        let text = "Glenn Beck spoke.\n\n\u{201C}Imagine him going up against Trump and Clinton on the same stage,\u{201D} mused Stu Burguiere.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Stu Burguiere"), "{q:?}");
        // the trap: the verb is no verb of saying when capitalised as a name
        assert!(!is_speech_verb("Mused"));
        assert!(!is_speech_verb("amused"));
    }

    #[test]
    fn a_name_in_an_appositive_after_a_nameless_subject_speaks() {
        let text = "Hillary Clinton spoke in Buena Park.\n\nThen there was the most obvious change of all: \u{201C}It's about time that we had a woman running this country,\u{201D} exhorted Clinton's introducer, actress Jamie Lee Curtis.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Jamie Lee Curtis"), "{q:?}");
        // the trap: a name in a clause after the comma is not the appositive
        let text = "Hillary Clinton spoke in Buena Park.\n\nThen there was the most obvious change of all: \u{201C}It's about time that we had a woman running this country,\u{201D} said Clinton's introducer, before Jamie Lee Curtis sang.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Jamie Lee Curtis"), "{q:?}");
    }

    #[test]
    fn according_to_a_document_by_someone_is_theirs() {
        let text = "Corey Lewandowski was charged.\n\n\u{201C}Although there was probable cause to make an arrest, the evidence cannot prove the crime,\u{201D} according to a court document filed by state attorney Dave Aronberg.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Dave Aronberg"), "{q:?}");
        // the trap: the name after another noun's preposition is not the author
        let text = "Corey Lewandowski was charged.\n\n\u{201C}Although there was probable cause to make an arrest, the evidence cannot prove the crime,\u{201D} according to a report by a lawyer for Dave Aronberg.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Dave Aronberg"), "{q:?}");
    }

    #[test]
    fn a_verb_of_saying_joined_by_and_and_a_noun_after_a_determiner() {
        let text = "Donald Trump sued.\n\nHis ex-wife agreed. However, Ivana Trump's brief said that was not her view and dismissed those reports as \u{201C}previous misinterpreted statements and allegations.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Ivana Trump"), "{q:?}");
        // the trap: a second verb with a subject of its own is that subject's
        let text = "Donald Trump sued.\n\nHis ex-wife agreed. However, Ivana Trump said that was not her view and Marla Maples dismissed those reports as \u{201C}previous misinterpreted statements and allegations.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Marla Maples"), "{q:?}");
    }

    #[test]
    fn a_name_after_a_preposition_is_no_subject_of_the_word_after_it() {
        let text = "PolitiFact checks claims.\n\nPolitiFact rated 32% of Republican claims as \u{201C}false\u{201D} or worse. Conversely, PolitiFact rated 22% of Democratic claims as \u{201C}entirely true\u{201D} this year.";
        let q = direct(text);
        assert_eq!(q[0].1, some("PolitiFact"), "{q:?}");
        assert_eq!(q[1].1, some("PolitiFact"), "{q:?}");
        // the trap: a person before the preposition's body still speaks
        let text = "The deal closed.\n\n\u{201C}It was the least bad outcome,\u{201D} Mr. Morgan of the Sierra Club said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Morgan"), "{q:?}");
        // and a given name opening the sentence is no adverb
        let text = "The deal closed.\n\nKelly Smith spoke. Kelly, the analyst, rated the deal \u{201C}a bad one\u{201D} on Monday.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Kelly Smith"), "{q:?}");
    }

    #[test]
    fn a_fragment_takes_the_attribution_of_a_later_quote_of_its_sentence() {
        let text = "Donald Trump spoke.\n\nThe program was a \u{201C}good thing\u{201D} that yielded \u{201C}frankly good information,\u{201D} he remarked.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Donald Trump"), "{q:?}");
        // the traps: past someone else named, or a name in capitals
        let text = "Bernie Sanders spoke.\n\nHe could not say more than \u{201C}ooooh, whoooa\u{201D} when Hillary Clinton called it an \u{201C}artful smear,\u{201D} she said.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Hillary Clinton"), "{q:?}");
        let text = "Hillary Clinton spoke.\n\nThe hour on \u{201C}The Steve Harvey Morning Show\u{201D} was about a \u{201C}great future for all,\u{201D} Clinton said.";
        let q = direct(text);
        assert!(
            q.iter()
                .all(|(t, w)| !t.starts_with("The Steve") || w.is_none()),
            "{q:?}"
        );
    }

    #[test]
    fn quotes_after_an_unnamed_speaker_are_not_the_earlier_speaker_s() {
        let text = "Tessa Jowell spoke.\n\n\u{201C}British casinos will be different,\u{201D} said Tessa Jowell. Others disagreed. \u{201C}The UK industry is respected,\u{201D} a spokesman for the casinos said. \u{201C}We have the lowest level of problem gambling in the world.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Tessa Jowell"), "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
        assert_eq!(q[2].1, None, "{q:?}");
        // the trap: a named speaker's next quote is still theirs
        let text = "Tessa Jowell spoke.\n\n\u{201C}The casinos will be different,\u{201D} Tessa Jowell said. \u{201C}They will be run by British rules.\u{201D}";
        let q = direct(text);
        assert_eq!(q[1].1, some("Tessa Jowell"), "{q:?}");
    }

    #[test]
    fn a_chairman_may_be_a_woman_and_a_title_in_a_name_tells_its_gender() {
        let text = "The party split.\n\nUKIP chairman Petrina Holdsworth urged the men to step down in a letter. She said: \u{201C}The party has taken legal advice.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Petrina Holdsworth"), "{q:?}");
        let text = "Labour spoke.\n\nBBC chairman Gavyn Davies resigned. Labour peer Baroness Kennedy, who is chairing the Power Inquiry, said people thought politicians engaged in dirty tricks. \u{201C}This feeling of distrust is going to be enlarged,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Baroness Kennedy"), "{q:?}");
        // the trap: a man named with a title stays a man
        let text =
            "Labour spoke.\n\nLord Falconer met Ruth Kelly. \u{201C}We will act,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Falconer"), "{q:?}");
    }

    #[test]
    fn the_company_with_words_before_its_noun_is_the_body_named_most() {
        let text = "Liberty Life Association of Africa Ltd said the recovery had broadened.\n\nThe major life assurance company said in its review that activity improved, adding that the future had \u{201C}brightened considerably.\u{201D}";
        let q = direct(text);
        assert_eq!(
            q[0].1,
            some("Liberty Life Association of Africa Ltd"),
            "{q:?}"
        );
        // the trap: "the parent company" is another body
        let text = "Liberty Life Association of Africa Ltd said the recovery had broadened.\n\nThe parent company said in its review that activity improved, adding that the future had \u{201C}brightened considerably.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn given_names_of_the_public_lists_make_people_and_tell_the_gender() {
        let text = "Slovakia won.\n\nMeghann Shaughnessy lost to Alicia Molik. Daniela Hantuchova, who did not win a Hopman Cup singles match in 2004, has won two of her three matches. \u{201C}I feel like it is really deserved this time,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Daniela Hantuchova"), "{q:?}");
        // the traps: the pronouns after a name overrule its listed gender ("Tama" is a woman's
        // name in the American lists), and a listed word alone is no person
        let text = "The All Blacks arrived.\n\nBut Tama Umaga said he backed New Zealand. He told BBC Sport: \u{201C}It is the most fearsome line-up.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Tama Umaga"), "{q:?}");
        let [female, male, unisex] = &GAZETTEER.listed_names;
        assert!(female.contains("daniela") && male.contains("dominik"));
        assert!(!unisex.contains("chase") && !male.contains("chase"));
    }

    #[test]
    fn a_name_after_an_owner_after_a_preposition_is_after_the_preposition() {
        assert!(ends_in_preposition("a challenge with Roma's "));
        assert!(ends_in_preposition("a talk with the BBC\u{2019}s "));
        assert!(!ends_in_preposition("on Monday Roma's "));
    }

    #[test]
    fn the_company_is_the_body_that_acts_more_than_the_one_named_most() {
        let text = "Umbro ends deal.\n\nUmbro lost deals with Chelsea and Celtic. In January, Umbro announced its deal with Chelsea would end. The firm, which is to receive a payment from Chelsea of 24.5m, said it is \u{201C}appraising a number of opportunities\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Umbro"), "{q:?}");
        let text = "VIDEO TALKS\n\nCherry Video Corp said it has received an offer from Intercep Investment Corp, and Intercep Investment Corp will bid. The company said \u{201C}The negotiations would determine the terms under which the board could support the offer.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Cherry Video Corp"), "{q:?}");
        // the trap: a body named most that acts stays the company
        let text = "Texaco Inc said it cut prices. Texaco Inc added it would cut more. Rivals met Exxon.\n\nThe company said \u{201C}demand is weak.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Texaco Inc"), "{q:?}");
    }

    #[test]
    fn a_phrase_opening_the_sentence_is_not_what_was_said() {
        let q = quotes("Results.\n\nIn a new report, the Electoral Commission said it is worth debating a cap.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "it is worth debating a cap.", "{q:?}");
        assert_eq!(q[0].1, some("Electoral Commission"), "{q:?}");
        // the traps: what was said before the attribution still is, also after a preposition
        // when it has a verb
        let q = quotes(
            "Results.\n\nPrices will rise sharply next year, the Electoral Commission said.",
        );
        assert_eq!(q[0].0, "Prices will rise sharply next year", "{q:?}");
        let q = quotes("Results.\n\nIn 2004 sales rose sharply, John Smith said.");
        assert_eq!(q[0].0, "In 2004 sales rose sharply", "{q:?}");
        let q = quotes("Results.\n\nAt slums in Nairobi on Wednesday, Gordon Brown said education needs had to be tackled.");
        assert_eq!(q[0].0, "education needs had to be tackled.", "{q:?}");
    }

    #[test]
    fn a_document_s_words_read_out_are_its_author_s() {
        let text = "Bans.\n\nIn a statement, the Valve Corporation said the system helped. \u{201C}The method used was extremely easy to trace,\u{201D} read the statement.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Valve Corporation"), "{q:?}");
        // the trap: "read" alone is no verb of saying
        let text = "Bans.\n\nThe Valve Corporation banned players. \u{201C}Half-Life 2\u{201D} read the players on screen.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Valve Corporation"), "{q:?}");
    }

    #[test]
    fn a_body_s_report_on_something_speaks_for_the_body() {
        let text = "Farm trade.\n\nThe FAO met.\n\nTrade barriers \u{201C}severely\u{201D} distort the market, the FAO report on farming said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Food and Agriculture Organisation"), "{q:?}");
        // the trap: a long clause after the comma with no document in it is no attribution
        let text = "Farm trade.\n\nThe FAO met.\n\nTrade barriers \u{201C}severely\u{201D} distort the market, the people who farm in the FAO region said.";
        let q = direct(text);
        assert_ne!(q[0].1, some("FAO"), "{q:?}");
    }

    #[test]
    fn newspapers_that_brand_dub_or_review_gave_the_term() {
        let text = "Budget.\n\nThe Sunday Mail newspaper branded the budget \u{201C}shamelessly political.\u{201D} Rolling Stone magazine called it \u{201C}monumental\u{201D}. A milder review in the New York Times dubbed the sequel \u{201C}unabashedly trivial\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Sunday Mail"), "{q:?}");
        assert_eq!(q[1].1, some("Rolling Stone"), "{q:?}");
        assert_eq!(q[2].1, some("New York Times"), "{q:?}");
        // the trap: a review by nobody named, and a name after "in" that is no medium's piece
        let text = "Budget.\n\nA review of the film in London dubbed it \u{201C}trivial\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn the_paper_is_the_newspaper_named_last() {
        let text = "Talks.\n\nThe Al-Ahram newspaper said the talks failed. Hosni Mubarak spoke. \u{201C}Egypt will not accept it,\u{201D} the paper said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Al-Ahram"), "{q:?}");
        let text = "Sugar.\n\nThe Nanfang Daily said production fell. \u{201C}Supply of cane is inadequate,\u{201D} the newspaper said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Nanfang Daily"), "{q:?}");
        // the traps: the one a paper quotes speaks, and a paper nobody named stays unnamed
        let text = "Bonds.\n\nSatoshi Sumita spoke to the Sankei Shimbun. Asked about it, the paper quoted him as saying \u{201C}I will back it up.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Satoshi Sumita"), "{q:?}");
        let text = "Bonds.\n\nBP Inc met Shell. \u{201C}It is over,\u{201D} the paper said.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        // nor is the one quoting the one quoted when that one is unnamed
        let text = "Money.\n\nMadagascar changed its currency. \u{201C}It is a question of \
                    sovereignty,\u{201D} Reuters quoted a central bank official as saying. \
                    \u{201C}We should have our own currency,\u{201D} Reuters quoted one trader as \
                    saying.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
        // nor is a postal service a paper
        let text = "Jobs.\n\nRoyal Mail cut 400 jobs. \u{201C}It is a sad day,\u{201D} the newspaper said.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn revealed_and_confided_beside_a_quote_attribute_it() {
        let text = "Busted split.\n\nCharlie Simpson left Busted. Bourne admitted he was sad. \u{201C}This has been a difficult decision,\u{201D} 19-year-old Simpson revealed. \u{201C}That was a disaster,\u{201D} a crestfallen Mr Lim confided.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Charlie Simpson"), "{q:?}");
        assert_eq!(q[1].1, some("Lim"), "{q:?}");
        // the trap: "revealed" with no quote beside it reports nothing
        let q = quotes("Sales.\n\nThe BBC report revealed that sales fell sharply in the year.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn an_aside_between_dashes_is_no_subject() {
        let text = "Leaks.\n\nAlan Beith spoke. Liberal Democrat Alan Beith - who chairs the committee which monitors the Department of Constitutional Affairs - said Whitehall was \u{201C}acting against the spirit of the Act\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Alan Beith"), "{q:?}");
        // the trap: a dash that opens no aside leaves the subject as it was
        let text = "Leaks.\n\nThe Department of Constitutional Affairs - never one to hide - said Whitehall was \u{201C}acting against the spirit of the Act\u{201D}.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Alan Beith"), "{q:?}");
    }

    #[test]
    fn a_long_name_before_the_verb_counts_as_one_word() {
        let text = "Libya.\n\n\u{201C}We are opening accounts in banks,\u{201D} the central bank's vice president Farhat Omar Ben Gadaravice said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Farhat Omar Ben Gadaravice"), "{q:?}");
        // the trap: a name with a body after "of" still goes by the appositive's rules
        let text = "Bombs.\n\nJosh Earnest told reporters it was bad. \u{201C}It would be a stretch,\u{201D} Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Josh Earnest"), "{q:?}");
    }

    #[test]
    fn a_report_by_a_firm_named_after_a_compound_is_the_firm_s() {
        let text = "3G.\n\n\u{201C}HSDPA will be vital,\u{201D} according to a report published by UK-based research consultancy Analysys.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Analysys"), "{q:?}");
    }

    #[test]
    fn a_people_s_adjective_before_a_company_noun_is_the_company() {
        let text = "VW.\n\nVolkswagen is considering a plant in India. Volkswagen said it had yet to decide. \u{201C}It is only an idea,\u{201D} the German giant said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Volkswagen"), "{q:?}");
        let text = "VW considers Indian plant\n\nVolkswagen is considering a plant in India.\n\nThe German giant said it was studying the possibility, but that it remained only a \u{201C}potential\u{201D} idea.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Volkswagen"), "{q:?}");
        // the traps: a noun for a person after the adjective, or after "giant", is a person
        let text = "Lomu.\n\nLomu will play at Twickenham. \u{201C}Now it is bring it on!\u{201D} said the giant winger.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Twickenham"), "{q:?}");
        let text = "Rings.\n\nThe Lord of the Rings musical will open in Toronto. Producer Kevin Wallace said it would be worth it. \u{201C}We could not get a theatre,\u{201D} added the British producer.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Kevin Wallace"), "{q:?}");
    }

    #[test]
    fn a_given_name_after_a_verb_of_saying_or_a_title_outweighs_a_place_s_last_word() {
        let text = "Yukos.\n\nYukos is bullish. \u{201C}We think we do,\u{201D} said Mike Lake, a Yukos spokesman.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Mike Lake"), "{q:?}");
        let text = "Yukos.\n\nYukos will sue. \u{201C}The auction was illegal,\u{201D} Yukos spokesman Mike Lake told Agence France Press.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Mike Lake"), "{q:?}");
        // the trap: a place's name with no such cue stays a place's
        let place = "Crowds gathered at Victoria Park on Sunday.";
        let es =
            crate::extract::entities::find_entities(place, std::slice::from_ref(&(0..place.len())))
                .0;
        assert!(
            es.iter()
                .any(|e| e.name == "Victoria Park" && e.kind == EntityKind::Place),
            "{es:?}"
        );
    }

    #[test]
    fn a_verb_of_saying_joined_to_an_earlier_verb_shares_its_subject() {
        let text = "Oil.\n\nGuillermo Perry spoke. Javier Espinosa spoke.\n\nEspinosa said the link cost 10 million dollars. Perry gave no figures for the segment but said it was \u{201C}insignificant to us.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Guillermo Perry"), "{q:?}");
        // the trap: a name in a phrase before the subject is not the subject
        let text = "Oil.\n\nGuillermo Perry spoke. Javier Espinosa spoke.\n\nWith Perry away, Espinosa smiled and said \u{201C}it is insignificant.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Javier Espinosa"), "{q:?}");
    }

    #[test]
    fn a_verb_s_noun_after_a_determiner_reports_nothing() {
        let text = "WTO.\n\nAmbassador Stefan Johannesson warned that there was \u{201C}still a lot of work\u{201D}. His comments came as President George W Bush said the US backed Russian entry. But he said the government must \u{201C}renew a commitment to democracy\u{201D}.";
        let q = direct(text);
        assert_eq!(q[1].1, some("George W Bush"), "{q:?}");
        // the trap: a verb after a name still reports
        let q = quotes("WTO.\n\nStefan Johannesson comments that the talks went well.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_paragraph_of_quotes_naming_no_speaker_is_the_person_the_paragraph_before_ends_on() {
        let text = "Morris.\n\nDick Morris is back in London.\n\nSo why UKIP? On this subject, Morris appears almost evangelical.\n\n\u{201C}I was on a cruise.\u{201D} But what is it about UKIP that attracts him? Many might think it is his art. \u{201C}I think the threat is bureaucratism.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Dick Morris"), "{q:?}");
        assert_eq!(q[1].1, some("Dick Morris"), "{q:?}");
        // the traps: a paragraph whose words name a speaker or a pronoun who goes on
        let text = "Morris.\n\nDick Morris is back in London.\n\nSo why UKIP? On this subject, Morris appears almost evangelical.\n\n\u{201C}I was on a cruise.\u{201D} \u{201C}It is over,\u{201D} said a Republican from Iowa.";
        let q = direct(text);
        assert_ne!(q[1].1, some("Dick Morris"), "{q:?}");
    }

    #[test]
    fn the_club_is_the_club_and_a_paper_named_before_its_noun_describes() {
        let text = "Dortmund.\n\nShares in German football club Borussia Dortmund slipped.\n\nThe club, which has posted record losses, said last week that it was in \u{201C}a life-threatening financial situation\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Borussia Dortmund"), "{q:?}");
        let text = "Ozzy.\n\nThe Osbournes had eight million viewers, with America's Variety magazine describing the series as \u{201C}a cross between The Simpsons and Spinal Tap\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Variety"), "{q:?}");
        // the trap: where someone is quoted is not who speaks
        let text = "Tory.\n\nDanny Kruger quit. Mr Kruger was quoted in the Guardian newspaper saying: \u{201C}We plan a period of creative destruction.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Danny Kruger"), "{q:?}");
    }

    #[test]
    fn a_quote_after_a_sentence_naming_one_person_past_its_subject_is_theirs() {
        let text = "Mice.\n\nThe Assistive Mouse Adapter is the brainchild of IBM researcher Jim Levine who developed the prototype. \u{201C}I knew that there must be a way to improve the situation.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Jim Levine"), "{q:?}");
        // the trap: after a question that names someone, the answer is not theirs
        let text = "UKIP.\n\nSo is the party's job to destroy the Tories, as Robert Kilroy-Silk once declared? \u{201C}No. The aim is to leave the EU.\u{201D}";
        let q = direct(text);
        assert_ne!(q[0].1, some("Robert Kilroy-Silk"), "{q:?}");
    }

    #[test]
    fn a_relative_clause_s_verb_of_saying_is_the_person_s_it_follows() {
        let text = "Oscars.\n\nImelda Staunton was nominated. Sophie Okonedo was nominated too.\n\nIt is the first nomination for actress Okonedo. It is also a debut nomination for Staunton, 49, who told BBC News 24 she had not thought the film would appeal to voters. \u{201C}It was an extraordinary time,\u{201D} she said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Imelda Staunton"), "{q:?}");
        let text = "Charles.\n\nTributes came from his friend, the producer Quincy Jones, who described him as a \u{201C}brother in every sense of the word\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Quincy Jones"), "{q:?}");
        // the trap: inside what someone else said, the clause goes on as theirs
        let text = "Film.\n\nChris Weitz directed it. Weitz said he had visited Philip Pullman, who had told him that the Authority could \u{201C}represent any arbitrary establishment\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Chris Weitz"), "{q:?}");
    }

    #[test]
    fn a_headline_s_quote_is_what_the_first_sentence_reports_again() {
        let text = "Small firms 'hit by rising costs'\n\nRising costs are hitting confidence among small manufacturers, business lobby group the CBI says.\n\nThe CBI said more.";
        let q = direct(text);
        assert_eq!(q[0].1, some("CBI"), "{q:?}");
        let text = "Economy 'stronger than forecast'\n\nThe UK economy probably grew faster than forecast, according to Bank of England deputy governor Rachel Lomax.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Rachel Lomax"), "{q:?}");
        // over the name before the quote, what the words are about
        let text = "Jones medals 'must go if guilty'\n\nWADA chief Dick Pound says Marion Jones must be stripped of her medals if found guilty.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Dick Pound"), "{q:?}");
        let text = "England 'to launch ref protest'\n\nEngland will launch a protest to the IRB about the referee, reports the Daily Mail.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Daily Mail"), "{q:?}");
        // the trap: a first sentence that says nothing of the headline's words, and is not all
        // someone's words either (a short quote goes to whom a lede attributes all its words)
        let text = "Mobile music challenges 'iPod age'\n\nNokia and Microsoft have agreed a deal to work on music for handsets, while Sony has unveiled its phone Walkman.\n\nMicrosoft said the deal was good.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn a_model_is_titled_and_an_apology_is_said() {
        let text = "Eviction.\n\nModel Caprice and actor Jeremy Edwards have left the house.\n\nCaprice, who left in the fourth eviction, afterwards said: \u{201C}I am so happy.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Caprice"), "{q:?}");
        let text = "Tickets.\n\nDavid Blunkett resigned. He has apologised for \u{201C}a genuine mistake\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("David Blunkett"), "{q:?}");
    }

    #[test]
    fn a_body_s_team_speaks_as_the_body() {
        let text = "Worm.\n\nGoogle began blocking infected sites. A message sent to F-Secure by Google's security team said: \u{201C}We think we can do better.\u{201D} \u{201C}We will be reviewing our procedures,\u{201D} the Google team said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Google"), "{q:?}");
        assert_eq!(q[1].1, some("Google"), "{q:?}");
        // the trap: a person's title that ends in "staff" is the person's
        let text = "Clinton.\n\nMelanne Verveer, who was her White House chief of staff, said, \u{201C}It was hard.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Melanne Verveer"), "{q:?}");
    }

    #[test]
    fn an_unnamed_speaker_with_a_long_description_is_no_one_named_before() {
        let text = "Debt.\n\nJanez Zemljaric said Yugoslavia expected \u{201C}a measure of \
                    understanding\u{201D} from creditors.\n\n\u{201C}Economic factors were balanced \
                    by political realities,\u{201D} an economist at one of the main embassies here \
                    said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Janez Zemljaric"), "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
    }

    #[test]
    fn the_one_told_reuters_is_the_one_set_off_before_the_appositive() {
        let qs = quotes(
            "Ships.\n\nBreakers demolished a record 344 vessels last year, Lin Chung-jung, a \
             Taiwan Shipbreaking Industry Association spokesman, told Reuters.\n\nRepairs would \
             take about 100 mln dlrs, the official, who did not want to be named, told Reuters.\n",
        );
        let speakers: Vec<Option<&str>> = qs.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Lin Chung-jung")], "{qs:?}");
    }

    #[test]
    fn a_body_described_by_its_name_and_a_noun_is_the_body() {
        let qs = quotes(
            "Music.\n\nDigital sales tripled. The IFPI industry body said that portable music \
             players were behind the growth. The Reporters Without Borders group said in a report \
             that net censorship was spreading.\n",
        );
        let reported: Vec<(&str, Option<&str>)> =
            qs.iter().map(|q| (q.0.as_str(), q.1.as_deref())).collect();
        assert_eq!(
            reported,
            vec![
                (
                    "portable music players were behind the growth.",
                    Some("IFPI")
                ),
                (
                    "net censorship was spreading.",
                    Some("Reporters Without Borders")
                )
            ]
        );
        // the trap: a rival named before the noun is not the body that speaks
        let qs = quotes(
            "Banks.\n\nThe Barclays rival group said that it would bid for the South African bank.\n",
        );
        assert!(
            qs.iter().all(|q| q.1.as_deref() != Some("Barclays")),
            "{qs:?}"
        );
    }

    #[test]
    fn the_people_s_adjective_is_the_person_introduced_by_it() {
        let text = "Tennis.\n\nRoger Federer beat Argentine David Nalbandian and Lleyton Hewitt.\n\n\u{201C}It is not good for the sport,\u{201D} the Argentine said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("David Nalbandian"), "{q:?}");
        let text = "Tennis.\n\nHewitt came through a battle with Argentine David Nalbandian. Hewitt dominated the first sets.\n\nThe Argentine had stoked up the temperature by saying the celebrations were \u{201C}not very good for the sport\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("David Nalbandian"), "{q:?}");
    }

    #[test]
    fn a_name_after_a_preposition_is_no_subject_for_the_pronoun() {
        let text = "Visit.\n\nSpeaking in London, Gen Musharraf said al-Qaeda was \u{201C}on the run\u{201D}.\n\nBut standing next to Mr Blair he added that it was crucial to tackle the \u{201C}core of what creates terrorists\u{201D}.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Musharraf"), "{q:?}");
        // the trap: a name after a comma that closes the phrase is the subject
        let text = "Visit.\n\nTony Blair spoke first.\n\nAfter the talks in London, Gen Musharraf said: \u{201C}We are winning.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Musharraf"), "{q:?}");
    }

    #[test]
    fn a_role_of_a_body_set_off_by_one_comma_is_the_person_s() {
        let text = "Italy.\n\nThe crisis could hurt growth. Luigi Lucchini, president of the employers organisation Confindustria said in a speech yesterday, \u{201C}What is certain is that a precarious situation is damaging.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Luigi Lucchini"), "{q:?}");
    }

    #[test]
    fn an_unnamed_spokesman_of_a_named_body_stays_unnamed() {
        // (not the one spokesman of another body the article names)
        let text = "Tax.\n\nTory finance spokesman Brian Monteith said the rise was too high.\n\n\u{201C}Most of the increase is targeted to new initiatives,\u{201D} a Cosla spokesman said.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        let text = "Cyber.\n\nMr Yoran left his post. \u{201C}He has been a valuable contributor,\u{201D} said a Department of Homeland Security spokeswoman.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        let text = "Escape.\n\nCorrespondent Glenn Campbell said the minister had ordered a report.\n\nThe executive spokeswoman said the leave was agreed \u{201C}in conjunction with officials\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        // the trap: "his spokesman" is the one spokesman the article names
        let text = "Singer.\n\nIan Brown was arrested, his spokesman has said. Fiction Records spokesman Paul Smernicki said so.\n\n\u{201C}He was released,\u{201D} his spokesman said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Paul Smernicki"), "{q:?}");
    }

    #[test]
    fn a_passive_verb_s_subject_is_described_and_its_agent_speaks() {
        let text = "Poll.\n\nThe Streets topped the poll. Keane's Hopes and Fears was described as a \u{201C}revelatory debut\u{201D}.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Fears"), "{q:?}");
        let text = "Depp.\n\nDepp starred with Keith Richards. He was called the \u{201C}fifth child of the group\u{201D} by the film's director Marc Forster.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Marc Forster"), "{q:?}");
        // the trap: "by" after a noun the quote ends is no passive's agent
        let text = "Cruz.\n\nTed Cruz belittled the issue, calling it a \u{201C}paperwork error\u{201D} that was reported in a \u{201C}hit piece\u{201D} by The New York Times.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Ted Cruz"), "{q:?}");
    }

    #[test]
    fn defending_something_as_a_phrase_is_saying_it() {
        let text = "Peru.\n\nXavier Neira, an economist, told reporters he was stepping down. He defended government austerity measures as a \u{201C}necessary antidote\u{201D} to the losses.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Xavier Neira"), "{q:?}");
    }

    #[test]
    fn a_headline_s_quote_goes_to_whom_a_lede_quotes_or_the_next_statement_names() {
        let text = "Turkey deal 'to help world peace'\n\nA deal bringing Turkey closer to the EU is of \u{201C}fundamental importance\u{201D} to the peace of the world, Tony Blair has said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Tony Blair"), "{q:?}");
        let text = "Muslim police stops 'more likely'\n\nUK Muslims should accept that people of Islamic appearance are more likely to be stopped by police, a Home Office minister has said.\n\nHazel Blears said innocent Muslims would be targeted.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Hazel Blears"), "{q:?}");
        // the trap: a lede's quote its sentence attributes to nobody
        let text = "Police praise 'courageous' Ozzy\n\nRock star Ozzy Osbourne has been praised by police for \u{201C}very courageously\u{201D} tackling a burglar.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Ozzy Osbourne"), "{q:?}");
    }

    #[test]
    fn a_headline_s_short_quote_goes_to_the_lede_s_attribution_at_its_end() {
        // no word shared, but the lede is all the speaker's words
        let text = "Net regulation 'still possible'\n\nThe blurring of boundaries between TV and the internet raises questions of regulation, watchdog Ofcom has said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Ofcom"), "{q:?}");
        // a vague attribution leaves it to the next statement's speaker
        let text = "Card fraudsters 'targeting web'\n\nNew safeguards on card payments in shops have led fraudsters to focus on internet payments, an anti-fraud agency has said.\n\nThe clampdown has caused fraudsters to change tack, Retail Decisions said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Retail Decisions"), "{q:?}");
        // so do reports that say it, not named until the next statement
        for vague in [
            ", reports claim.",
            ", say reports.",
            ", it has been reported.",
            ", according to newspaper reports.",
        ] {
            let text = format!("Rank 'set to sell off film unit'\n\nLeisure group Rank could sell its film unit{vague}\n\nRank will expose the plan on Friday, the Sunday Telegraph reported.");
            let q = direct(&text);
            assert_eq!(q[0].1, some("Sunday Telegraph"), "{vague} {q:?}");
        }
        let text = "Gazprom 'in back-tax claim'\n\nThe nuclear unit of Gazprom is reportedly facing a back-tax claim.\n\nVedomosti newspaper reported that Russian authorities made the demand at the end of last year.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Vedomosti"), "{q:?}");
        // and a lede's "according to" names its speaker, past a capital "The"
        let text = "Crossrail link 'to get go-ahead'\n\nThe Crossrail transport plan is to get the go-ahead this month, according to The Mail on Sunday.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Mail on Sunday"), "{q:?}");
        // the traps: a lede that is no attribution, and what a poll suggests
        let text = "Lib Dems' 'bold' election policy\n\nCharles Kennedy has told voters his Liberal Democrats will offer them a choice at the next general election.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        let text = "Voters 'don't trust politicians'\n\nEight out of 10 voters do not trust politicians to tell the truth, a new poll suggests.\n\nForeign Secretary Jack Straw said trust would be the key choice.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn a_paper_or_agency_speaks_past_its_adjectives() {
        let text = "Test.\n\n\"The test was a success,\" the official Tass news agency reported.\n\n\"The talks will go on,\" the state-run Xinhua news agency said.";
        assert_eq!(speakers_of(text), [some("Tass"), some("Xinhua")]);
        // a name of no known kind that the article calls a paper makes statements too
        let text = "Chile.\n\nChile will open talks next month on its official debts, the influential Mercurio newspaper reported.";
        assert_eq!(
            speakers_and_kinds(text),
            [(some("Mercurio"), QuoteKind::Reported)]
        );
        // the traps: a person named after adjectives is no medium, nor is a name without one
        let text = "Talks.\n\nThe talks ended.\n\n\"We are ready,\" the veteran Tom Hanks said, \"and so is the film.\"";
        assert_eq!(speakers_of(text)[0], some("Tom Hanks"));
        let text = "Chile.\n\nChile will open talks next month on its official debts, the influential Mercurio said.";
        assert!(
            speakers_and_kinds(text).is_empty(),
            "{:?}",
            speakers_and_kinds(text)
        );
        // a paper named right before its noun, as a subject
        let text = "Gazprom.\n\nGazprom is facing a claim.\n\nVedomosti newspaper reported that Russian authorities made the demand at the end of last year.";
        assert_eq!(
            speakers_and_kinds(text),
            [(some("Vedomosti"), QuoteKind::Reported)]
        );
        // the one a paper reports as saying speaks, not the paper, on either side of the quote
        let text = "Bourse.\n\nThe bid was made.\n\n\"The works council has expressed concerns,\" Reuters news agency reports a union source as saying.";
        assert_eq!(speakers_of(text), [None]);
        let text = "Bourse.\n\nThe bid was made.\n\nReuters news agency reports a union source as saying: \"The works council has expressed concerns.\"";
        assert_eq!(speakers_of(text), [None]);
        // "according to" a paper the article calls one, and a paper named like a state's people
        let text = "Chile.\n\nChile will open talks next month on its official debts, according to the Mercurio newspaper.\n\nThe Oklahoman newspaper reported that the state would cut its budget next year.";
        assert_eq!(
            speakers_and_kinds(text),
            [
                (some("Mercurio"), QuoteKind::Reported),
                (some("Oklahoman"), QuoteKind::Reported)
            ]
        );
        // the traps: names of no known kind that news or a briefing is about are no papers
        let text = "Covid.\n\nThe daily Covid briefing was held. Covid claimed more than 500 lives in the city last week.\n\nThere was more Brexit news on Monday. Brexit threatens thousands of jobs in the car industry.";
        assert!(
            speakers_and_kinds(text).is_empty(),
            "{:?}",
            speakers_and_kinds(text)
        );
        // and a capital "The" before a paper where someone was quoted
        let text = "Tories.\n\nThe party met.\n\nMr Kruger was quoted in The Guardian newspaper saying: \"We will win the seat.\"";
        assert_eq!(speakers_of(text), [some("Kruger")]);
    }

    #[test]
    fn a_paper_s_capital_the_opens_no_other_name() {
        let text = "Talks.\n\nThe talks were held on Monday.\n\nThe government will cut taxes next year to help families, reported The Washington Post.\n\nHouse prices will fall sharply next year, according to The New York Times.";
        assert_eq!(
            speakers_and_kinds(text),
            [
                (some("Washington Post"), QuoteKind::Reported),
                (some("New York Times"), QuoteKind::Reported)
            ]
        );
    }

    #[test]
    fn reports_that_say_a_sentence_are_told_apart_from_a_report_s_subject() {
        assert!(told_by_reports("Rank could sell its unit, reports claim."));
        assert!(told_by_reports(
            "Roche has turned down Federer, say reports."
        ));
        assert!(told_by_reports(
            "The plan will go ahead, a newspaper report says."
        ));
        assert!(told_by_reports("The plan will go ahead, it was reported."));
        assert!(told_by_reports("Gazprom is reportedly facing a claim."));
        // the traps: a report the sentence is about, and a long clause after the comma
        assert!(!told_by_reports(
            "The report, published on Monday, said nothing."
        ));
        assert!(!told_by_reports(
            "Police are hunting a gang who reportedly raided a factory."
        ));
        assert!(!told_by_reports("Tesco's profits rose by 5%, it reported."));
        assert!(!told_by_reports(
            "Profits rose, according to its annual report."
        ));
        assert!(!told_by_reports(
            "Sales rose, and the company's annual report says more."
        ));
        assert!(!told_by_reports("Sales rose, a new poll suggests."));
    }

    #[test]
    fn an_unnamed_speaker_s_pronouns_stay_unnamed_past_the_first_quote() {
        let text = "China.\n\nLiu Hongru said the plan would work.\n\nOne Chinese journalist said conditions are not ripe. \u{201C}In China, success is not in a firm's hands,\u{201D} he said. \u{201C}To make shares attractive, you need a secondary market,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
        // and keep how the text described them
        let a = annotate_text(text.to_string());
        let descriptions: Vec<String> = a
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| q.description.clone().unwrap_or_default().to_lowercase())
            .collect();
        assert_eq!(
            descriptions,
            vec!["one chinese journalist", "one chinese journalist"]
        );
    }

    #[test]
    fn a_titled_name_set_off_after_a_role_and_two_roles_of_one_person() {
        let text = "BBC.\n\nThe Public Accounts Committee called for more. \u{201C}Our aim is not to rewrite EastEnders,\u{201D} said the committee chairman, MP Edward Leigh.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Edward Leigh"), "{q:?}");
        let text = "Rubio.\n\nSen. Marco Rubio responded first.\n\n\u{201C}I have been warning,\u{201D} the Florida senator and Republican presidential candidate said in a statement.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Marco Rubio"), "{q:?}");
    }

    #[test]
    fn a_person_a_sentence_opens_with_as_its_topic_is_the_next_speaker() {
        let text = "HD.\n\nFor Rick Dean, director of business development for THX, a high-definition future is an exciting prospect. He has worked on the Star Wars trilogy. \u{201C}There was a time,\u{201D} he told the BBC News website.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Rick Dean"), "{q:?}");
        // the trap: one compared with, past the sentence's opening
        let text = "Poll.\n\nTom Lee spoke. The state saw more upheaval than Clinton, the former secretary, had hoped. \u{201C}It is bad,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Tom Lee"), "{q:?}");
    }

    #[test]
    fn the_bank_is_the_bank_the_article_names_though_it_has_not_spoken() {
        let text = "Losses.\n\nBerliner Bank Ltd has suffered losses on credits. Late last week the bank said only that the losses would be in the \u{201C}double-digit millions.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Berliner Bank Ltd"), "{q:?}");
        // the trap: "the group" is no group the article names by that word
        let text = "Insurers.\n\nUnitedHealth Group is a minor player. The trade group for the Blue Cross plans spelled out its concerns. \u{201C}The risk pool is out of balance,\u{201D} the group wrote.";
        let q = direct(text);
        assert_ne!(q[0].1, some("UnitedHealth Group"), "{q:?}");
    }

    #[test]
    fn an_auxiliary_does_not_lengthen_an_attribution_ending_the_sentence() {
        let text = "Growth.\n\nTen years of \u{201C}golden\u{201D} economic performance may come to an end in 2005, City consultancy Deloitte has warned.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Deloitte"), "{q:?}");
        // the trap: five words besides it are still a clause of its own
        let text = "Growth.\n\nTen years of \u{201C}golden\u{201D} economic performance may end, the rivals of the consultancy Deloitte have long warned.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn according_to_a_document_from_someone_is_theirs() {
        let text = "Debt.\n\nThe committee expressed \u{201C}grave concern\u{201D} over the move, according to a telex from committee chairman Citibank to creditor banks.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Citibank"), "{q:?}");
        // the trap: "from" after no document is where, not who
        let text = "Debt.\n\nThe talks were \u{201C}tense\u{201D}, according to diplomats returning from Citibank offices.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn they_looks_back_past_sentences_that_go_on_about_them() {
        let text = "Tax.\n\nThe Liberal Democrats want to do away with the council tax. The rate would be set locally, which they say would save money. They say the tax is unfair, because it puts a \u{201C}ceiling\u{201D} on what the richest pay.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Liberal Democrats"), "{q:?}");
        let text = "Tax.\n\nThe Liberal Democrats want to do away with the council tax. They would raise income tax. They say the tax is unfair, because it puts a \u{201C}ceiling\u{201D} on what the richest pay.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Liberal Democrats"), "{q:?}");
        // the traps: a sentence between that does not speak of them, or of others' "their", or
        // another paragraph's
        let text = "Tax.\n\nThe Liberal Democrats want to do away with the council tax. The rate would be set locally. They say the tax is unfair, because it puts a \u{201C}ceiling\u{201D} on what the richest pay.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
        let text = "Pay.\n\nThe Conservatives want to cut taxes. Doctors say their pay has fallen. They say the NHS needs a \u{201C}proper deal\u{201D} on pay.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Conservative Party"), "{q:?}");
        let text = "Tax.\n\nThe Conservatives have promised a cut.\n\nThe rate would be set locally, which they say would save money. They say the tax is \u{201C}unfair\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, None, "{q:?}");
    }

    #[test]
    fn a_clause_on_the_quote_s_words_is_no_appositive_of_its_speaker() {
        let text = "Odds.\n\n\u{201C}He can assert it, but it seems extremely unlikely\u{201D} that Sanders can catch Clinton, said Steve Elmendorf.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Steve Elmendorf"), "{q:?}");
        // the trap: a subject with its appositive before an inverted verb
        let text = "Budget.\n\n\u{201C}We will pass it,\u{201D} Senate leader Phil Berger, a Republican, said in a statement.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Phil Berger"), "{q:?}");
    }

    #[test]
    fn the_bank_is_no_committee_that_spoke_before() {
        let text = "Visas.\n\nThe Public Accounts Committee published a report.\n\nThe committee said it was \u{201C}not confident\u{201D}.\n\nThe bank said the outlook was \u{201C}uncertain\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Public Accounts Committee"), "{q:?}");
        assert_eq!(q[1].1, None, "{q:?}");
        // the traps: a bank whose name ends in another noun; any body is "the group"
        let text = "Banks.\n\nBankers Trust said profits rose.\n\nThe bank said the outlook was \u{201C}uncertain\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Bankers Trust"), "{q:?}");
        let text = "Golf.\n\nThe National Golf Foundation said so. \u{201C}Courses closed,\u{201D} the group said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("National Golf Foundation"), "{q:?}");
    }

    #[test]
    fn a_known_company_named_in_full_once_is_the_bank_or_the_company() {
        // "the bank" by the full name the text gives a known one
        let text = "Profits.\n\nBarclays Bank reported profits on Monday.\n\nThe bank said the outlook was \u{201C}uncertain\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Barclays"), "{q:?}");
        // "the company", named once where a sentence opens, by its full name
        let text = "NISSAN RAISES PRICES\n\nNissan Motor Corp said it is raising prices.\n\nThe company said the rise was \u{201C}unavoidable\u{201D}.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Nissan"), "{q:?}");
    }

    #[test]
    fn a_representative_is_a_role_and_a_quote_without_a_comma_is_attributed() {
        let text = "Nigeria.\n\nIshrat Husain, the World Bank representative, said he was satisfied.\n\n\u{201C}So far so good\u{201D} he told a meeting of bankers in Lagos.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Ishrat Husain"), "{q:?}");
    }

    #[test]
    fn a_passive_participle_after_a_verb_of_saying_is_no_attribution() {
        let text = "Foreland.\n\nForeland Corp said it signed an agreement to fund drilling. It said an additional test is called for under \u{201C}specified circumstances\u{201D} in the deal.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Foreland Corp"), "{q:?}");
    }

    #[test]
    fn a_passive_verb_of_saying_leaves_the_next_clause_s_subject_main() {
        let text = "France.\n\nUnder-pressure coach Bernard Laporte has made four changes.\n\nFrance have been criticised for their play this year but captain Fabien Pelous sees hope on the horizon. \u{201C}I get the impression we are getting better,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Fabien Pelous"), "{q:?}");
        // the trap: "It is estimated" brings in what is said
        let text = "Jackson.\n\nMr Jackson denies the charges. It is estimated his trial will cost Santa Barbara county $4m.\n\nMichael Jackson's mother has said she is \u{201C}100% certain\u{201D} he is innocent.";
        let q = direct(text);
        assert_ne!(q[0].1, some("Santa Barbara"), "{q:?}");
    }

    #[test]
    fn a_pronoun_stands_for_no_one_the_quote_calls_by_their_given_name() {
        let text = "Saints.\n\nPaul Sculthorpe spoke. \u{201C}It is a short career,\u{201D} said Sculthorpe.\n\nSean Long, his team-mate, has expressed doubts about his future \u{201C}I think Sean's situation is to do with the number of games,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Paul Sculthorpe"), "{q:?}");
        // the trap: a speaker may call themselves by their full name
        let text = "Sanders.\n\nHillary Clinton spoke.\n\nBernie Sanders is outlining proposals. He says voters have \u{201C}a very good candidate to vote for but it's not Bernie Sanders.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("Bernie Sanders"), "{q:?}");
    }

    #[test]
    fn a_clause_of_saying_joined_on_by_and_is_reported_speech() {
        let text = "Saints.\n\nPaul Sculthorpe spoke.\n\nSt Helens have been linked with young forward Sonny Bill Williams, and Sculthorpe said he would love the 19-year-old to come. \u{201C}He is a great player,\u{201D} he said.";
        let q = direct(text);
        assert_eq!(q[0].1, some("Paul Sculthorpe"), "{q:?}");
    }

    #[test]
    fn a_group_in_capitals_that_opens_a_sentence_is_no_speaker() {
        for group in ["Judges", "Arbitrageurs", "Prosecutors", "Campaigners"] {
            let text = format!(
                "Awards.\n\nThe film won.\n\n{group} said it showed \u{201C}great insight\u{201D}."
            );
            let q = direct(&text);
            assert_eq!(q[0].1, None, "{q:?}");
        }
    }

    #[test]
    fn the_statement_is_whose_who_released_it() {
        let text = "Nice.\n\nIn Washington, President Obama released a statement Thursday night condemning \u{201C}what appears to be a horrific terrorist attack.\u{201D}\n\n\u{201C}We stand in solidarity with France,\u{201D} the statement said.";
        let q = direct(text);
        assert_eq!(q[1].1, some("Obama"), "{q:?}");
    }

    #[test]
    fn it_is_the_body_that_opened_the_sentence_before_when_none_spoke_lately() {
        let text = "Gulf oil.\n\nDeputy ministers met, the Gulf News Agency said.\n\nThe GCC groups four OPEC members.\n\nThe deputy ministers met again.\n\nGNA gave no details of the talks.\n\nIt said only, \u{201C}The deputy ministers discussed the oil market.\u{201D}";
        let q = direct(text);
        assert_eq!(q[0].1, some("GNA"), "{q:?}");
    }

    #[test]
    fn the_session_s_rules_keep_out_of_their_traps() {
        let cases: &[(&str, usize, Option<&str>, bool)] = &[
            // (text, quote, speaker, whether the speaker is wanted or unwanted)
            ("Football.\n\nChelsea manager Jose Mourinho has been fined.\n\n\u{201C}I accept the punishment,\u{201D} the club's manager said.", 0, Some("Jose Mourinho"), true),
            ("Row.\n\nGordon Brown unveiled the plan. The move was described as \u{201C}unacceptable\u{201D} by a spokesman for Tony Blair.", 0, Some("Tony Blair"), false),
            ("Brown 'to cut' stamp duty\n\nChancellor Gordon Brown is expected to announce cuts in stamp duty, the Treasury has said, a move the Tories called \u{201C}a gimmick\u{201D}.", 0, Some("Conservative Party"), false),
            ("Muslim police stops 'more likely'\n\nUK Muslims should accept that people are more likely to be stopped by police, a Home Office minister has said.\n\nBut Conservative spokesman Dominic Grieve said the remarks were unhelpful.", 0, Some("Dominic Grieve"), false),
            ("Politics.\n\nTony Blair \u{201C}has no intention\u{201D} of resigning, a Downing Street source said. He told MPs on Wednesday: \u{201C}I am staying.\u{201D}", 1, Some("Tony Blair"), true),
            ("Tennis.\n\nAgainst Roger Federer, the world number one, Andy Murray struggled badly. \u{201C}It was tough,\u{201D} he said.", 0, Some("Andy Murray"), true),
            ("Mortgages.\n\nBarclays has cut its mortgage rates after the Bank of England lowered interest rates. The bank said it would pass on the \u{201C}full cut\u{201D} to customers.", 0, Some("Bank of England"), false),
            ("Reshuffle.\n\nTony Blair spoke to MPs on Monday. It has been reported that Gordon Brown will be moved. \u{201C}I am happy where I am,\u{201D} he said.", 0, Some("Tony Blair"), true),
            ("Football.\n\nSir Alex Ferguson praised Alex McLeish on Saturday. \u{201C}Alex has done a fine job at Rangers,\u{201D} he said.", 0, Some("Alex Ferguson"), true),
            ("Threat.\n\nScotland Yard received a letter on Monday. It said: \u{201C}We will strike again.\u{201D}", 0, Some("Metropolitan Police"), false),
            ("Football.\n\nManager Tom Smith said the club had issued a statement denying the claims.\n\n\u{201C}We deny all the allegations,\u{201D} the statement said.", 0, Some("Tom Smith"), false),
        ];
        for &(text, i, speaker, wanted) in cases {
            let q = direct(text);
            let got = q.get(i).and_then(|q| q.1.clone());
            if wanted {
                assert_eq!(got.as_deref(), speaker, "{text}: {q:?}");
            } else {
                assert_ne!(got.as_deref(), speaker, "{text}: {q:?}");
            }
        }
    }

    #[test]
    fn a_name_counts_as_one_word_in_an_attribution_ending_the_sentence() {
        let cases: &[(&str, &str)] = &[
            ("Skills.\n\nThere was an \"absolute crisis\" in the recruitment of statisticians, the Commons science and technology committee added.", "Commons science and technology committee"),
            ("Visas.\n\nIt was \"bad\" in the end, Public Accounts Committee chairman Edward Leigh said.", "Edward Leigh"),
        ];
        for &(text, speaker) in cases {
            assert_eq!(speakers_of(text), [Some(speaker.to_string())], "{text}");
        }
    }

    #[test]
    fn a_quote_inside_what_someone_said_is_not_its_relayer_s() {
        let text = "Spam.\n\nJaynes was convicted.\n\nProsecutors said Jaynes was \"a snake oil salesman\", using the internet to peddle wares, the Associated Press reported.";
        assert_eq!(speakers_of(text), [None]);
        // (nor right after the quote, when the medium "reported" it: the prosecutors said it)
        let text = "Spam.\n\nJaynes was convicted.\n\nProsecutors said Jaynes was \"a snake oil salesman\", the Associated Press reported.";
        assert_eq!(speakers_of(text), [None]);
        // (after another verb the one who relays it right after the quote is still its speaker)
        let text = "Spam.\n\nJaynes was convicted.\n\nProsecutors said Jaynes was \"a snake oil salesman\", the Associated Press wrote.";
        assert_eq!(speakers_of(text), [Some("Associated Press".to_string())]);
    }

    #[test]
    fn a_pronoun_opening_its_sentence_is_the_subject_before_not_its_object() {
        let text = "Oscars.\n\nThe awards were held.\n\nCate Blanchett won for playing Katharine Hepburn. Of Hepburn, she said: \"The longevity of her career is inspiring.\"";
        assert_eq!(speakers_of(text), [Some("Cate Blanchett".to_string())]);
    }

    #[test]
    fn a_decimal_point_ends_no_clause() {
        let text = "Corn.\n\nVernon McMinimy, director of research, spoke.\n\nInterviewed at a conference here, McMinimy said that 67.6 mln planted acres of corn will likely translate into 60 mln harvested acres.";
        let reported: Vec<_> = quotes(text)
            .into_iter()
            .filter(|q| q.2 == QuoteKind::Reported)
            .collect();
        assert_eq!(reported.len(), 1, "{reported:?}");
        assert!(reported[0].0.starts_with("67.6 mln"), "{reported:?}");
        assert_eq!(reported[0].1.as_deref(), Some("Vernon McMinimy"));
    }

    #[test]
    fn a_role_and_a_name_after_a_body_of_a_place_are_the_speaker() {
        let text = "Trade.\n\nThe surplus rose.\n\n\"Hopefully it is the beginning of a trend,\" said Wood Gundy of Canada economist Susan Clark.";
        assert_eq!(speakers_of(text), [Some("Susan Clark".to_string())]);
        // (an affiliation after the person still names no other speaker)
        let text = "Polls.\n\nThe race tightened.\n\n\"It is close,\" says Stu Rothenberg of the Rothenberg Political Report.";
        assert_eq!(speakers_of(text), [Some("Stu Rothenberg".to_string())]);
    }

    #[test]
    fn a_role_no_comma_sets_off_after_a_name_keeps_the_name_the_subject() {
        let text = "Cairn.\n\nCairn Energy found oil. \"It looks very strong,\" Dr Mike Watts head of exploration said.";
        assert_eq!(speakers_of(text), [Some("Mike Watts".to_string())]);
        // (not a name inside a description: "the Dean Witter economist")
        let text = "Banks.\n\nThe Dean Witter economist spoke. \"It is strong,\" the Dean Witter economist said.";
        assert_eq!(speakers_of(text), [None]);
    }

    #[test]
    fn a_churchman_is_the_one_the_article_titled_so() {
        let text =
            "Book.\n\nThe Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as \
                    a \"great thriller\". The book has sold well, says Dan Brown.\n\n\
                    The Bishop said: \"They are fun.\"\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Tom Wright"), some("Tom Wright")]
        );
        // the trap: a churchman the article names not is not the last person named
        let text = "Royals.\n\n\"It opened up a sense of disillusionment,\" said Ros Coward, a \
                    writer.\n\nThe Archbishop of Canterbury said: \"I am pleased.\"\n";
        assert_eq!(speakers_of(text), vec![some("Ros Coward"), None]);
    }

    #[test]
    fn the_company_is_the_one_that_spoke_past_its_appositive() {
        let text =
            "Stadium.\n\nCarling O'Keefe Ltd, 50.1 pct owned by <Elders IXL Ltd>, said it agreed \
                    to pay.\n\nThe company also said its unit signed a ten year lease.\n";
        let q = quotes(text);
        assert_eq!(q[1].1, some("Carling O'Keefe Ltd"), "{q:?}");
        // the trap: a name inside another's appositive
        let text = "Chemicals.\n\nHoechst Celanese Corp, formed from the merger of the Celanese Corp \
                    with American Hoechst Corp, a unit of Hoechst AG, said Juergen Dormann was named \
                    chairman.\n\nThe chemical company also said it named Dieter zur Loye vice \
                    chairman.\n";
        let q = quotes(text);
        assert_eq!(q.last().unwrap().1, some("Hoechst Celanese Corp"), "{q:?}");
    }

    #[test]
    fn a_plan_s_name_in_quotation_marks_is_no_speech() {
        let text =
            "Aid.\n\nThe 50 mln dlrs approved for a \"Southern Africa\" initiative is part of a \
                    larger programme, Congress said.\n";
        assert!(direct(text).is_empty(), "{:?}", direct(text));
        // nor a stock's symbol
        let text = "Gold.\n\nCommerce Group Corp said its stock will trade under the symbol \
                    \"CGCO.\"\n";
        assert!(direct(text).is_empty(), "{:?}", direct(text));
    }

    #[test]
    fn the_government_is_the_one_government_the_article_named() {
        let text = "Economy.\n\nThe Indian Government said growth was strong. Exports rose. \
                    \"It is a temporary aberration,\" the government said.\n";
        assert_eq!(speakers_of(text), vec![some("Indian Government")]);
        // the traps: two governments, and a commission's name
        let text = "Talks.\n\nThe British Government and the Irish Government met. \"Talks went \
                    well,\" the government said.\n";
        assert_eq!(speakers_of(text), vec![None]);
        let text = "Marcos.\n\nThe Presidential Commission on Good Government met. \"We did \
                    well,\" the government said.\n";
        assert_eq!(speakers_of(text), vec![None]);
    }

    #[test]
    fn a_lawsuit_s_words_are_its_filer_s() {
        let text =
            "Lawsuit.\n\nCalifornian Thomas Slattery filed the suit in the US District Court \
                    in San Jose.\n\n\"Apple has turned an open standard into an artifice,\" the \
                    lawsuit states.\n";
        assert_eq!(speakers_of(text), vec![some("Thomas Slattery")]);
    }

    #[test]
    fn a_document_s_words_are_its_named_author_s() {
        let cases: &[(&str, usize, Option<&str>)] = &[
            // the author named before the document's noun, or after "by"/"from" and a title
            ("Regan.\n\nCriticism was muted until the release of the Tower Commission report.\n\n\"Their obligation was to give the president their support,\" the report said.", 0, Some("Tower Commission")),
            ("Prozac.\n\nThe company published An Open Letter from chief executive Sidney Taurel on Monday. \"It was simply wrong to suggest that data was missing,\" the letter added.", 0, Some("Sidney Taurel")),
            // (the whole committee named after "by", not the "Commons" in its name)
            ("CSA.\n\nA report by the Commons work and pensions committee called for the agency to go. It urged the agency to draw up an \"abandonment option\" for Parliament.\n\n\"The agency is failing,\" the report said.", 1, Some("Commons work and pensions committee")),
            // a document with its author after "by" or "from", before the verb or ending the
            // sentence, speaks for the author
            ("Silver.\n\nSilver looks \"unlikely to break out of gold's shadow\" this year, a study by Credit Suisse said.", 0, Some("Credit Suisse")),
            ("Oil.\n\nA statement from Exxon Corp said \"we are pleased\".", 0, Some("Exxon Corp")),
            // what an issued document says, in a participle's clause
            ("DNC.\n\nThe Democratic National Committee released a statement on Monday, offering \u{201C}a deep and sincere apology\u{201D} to Bernie Sanders.", 0, Some("Democratic National Committee")),
            ("Report.\n\nThe Holocaust Memorial Museum in Washington issued a report this month charging the Islamic State with \"crimes against humanity.\"", 0, Some("Holocaust Memorial Museum")),
            // past a participle, or the meeting it came out of, and a short name in brackets
            ("Oil.\n\n\u{201C}We are pleased,\u{201D} a statement issued by Exxon Corp (XON) said.", 0, Some("Exxon Corp")),
            // (not a body whose meeting a document was only presented at, nor one that met
            // where another issued it)
            ("Study.\n\n\u{201C}It was good,\u{201D} a study released at a meeting of the American Heart Association said.", 0, None),
            ("Talks.\n\nThe White House issued a statement after a meeting of the National Security Council. \u{201C}We will act,\u{201D} the statement said.", 0, Some("White House")),
            ("Oil.\n\nThe refinery will be sold, according to a statement issued by Union Pacific Corp on Monday.\n\n\"The refinery will run,\" the statement said.", 0, Some("Union Pacific Corp")),
            ("Aid.\n\nDonors pledged funds, a statement issued after a two day meeting of the Inter Governmental Group on Indonesia (IGGI) said.\n\n\"The Group commended Indonesia,\" the statement said.", 0, Some("Inter Governmental Group")),
            // (not the one a possessive names: the lawyer is unnamed)
            ("Suit.\n\nJohn Smith sued the firm. A letter from Smith's lawyer said \"we will win\".", 0, None),
            // said in a document: its own, past a title that is no author
            ("Bonds.\n\nThe OECD said in its latest Financial Market Trends report that volume rose.\n\n\"Straight bonds declined,\" the report said.", 0, Some("Organisation for Economic Co-operation and Development")),
            // issued by a subject that a phrase with a verb of saying opens the sentence before
            ("Korea.\n\nFollowing a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test \"a clear violation\" of its resolutions. The statement noted they would take \"further significant measures\" after another test.", 1, Some("Security Council")),
            // a document of another kind is not the statement's
            ("Leave.\n\nIn March, Ivanka Trump released a statement saying the firm was a partner.\n\nOne employee provided a document. \"Family leave,\" the document states, \"is unpaid.\"", 0, None),
            // a body's spokesman spoke in the statement
            ("Tin.\n\nWASHINGTON, April 3 -\n\nThe United States defended its sales.\n    \"We abide by the memorandum,\" a State Department spokesman said in a statement.\n    \"The sales were made at market prices,\" the statement said.", 1, Some("State Department")),
            // a sentence that opens with a quotation keeps the body that spoke
            ("Tsunami.\n\nThe IMF said the damage would cut growth. \"The broader impact will be substantial,\" the IMF said. Reserves are expected to fall. \"The fishing industry has been devastated,\" the report said.", 1, Some("IMF")),
        ];
        for &(text, i, speaker) in cases {
            let q = direct(text);
            assert_eq!(q[i].1.as_deref(), speaker, "{text}: {q:?}");
        }
    }

    #[test]
    fn a_word_of_saying_a_possessive_owns_is_a_noun() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Marshall.\n\nThomas Marshall said analysts' estimates were \"in the ballpark.\"", Some("Thomas Marshall")),
            ("Marshall.\n\nThomas Marshall said economists\u{2019} estimates were \u{201C}in the ballpark.\u{201D}", Some("Thomas Marshall")),
            ("Marshall.\n\nThomas Marshall said the company's claims were \"in the ballpark.\"", Some("Thomas Marshall")),
            // the trap: the same nouns as the subject of a verb of saying are other speakers
            ("Marshall.\n\nThomas Marshall said analysts called it \"in the ballpark.\"", None),
        ];
        assert_first_speakers(cases);
        assert!(owned_noun("analysts", "' ", "estimates"));
        assert!(owned_noun("company's", " ", "claims"));
        // "he's claimed" may be "he has claimed"
        assert!(!owned_noun("he's", " ", "claimed"));
        assert!(!owned_noun("analysts", " ", "said"));
    }

    #[test]
    fn an_age_stands_for_the_latest_person_named() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Golf.\n\nRory McIlroy won again.\n\nThe win was his third. \"I am delighted,\" said the 28-year-old.", Some("Rory McIlroy")),
            ("Athletics.\n\nDouble Olympic champion Hicham El Guerrouj may race.\n\n\"If I am to compete, it is only if I can win,\" the 30-year-old told BBC Sport.", Some("Hicham El Guerrouj")),
            // the trap: an age with a noun for no person is nobody ("the 150-year-old company")
            ("Golf.\n\nRory McIlroy won again.\n\n\"We are delighted,\" said the 150-year-old club.", None),
        ];
        assert_first_speakers(cases);
        assert!(is_age("28-year-old"));
        assert!(!is_age("-year-old"));
        assert!(!is_age("two-year-old"));
    }

    #[test]
    fn an_appositive_left_open_holds_a_role_of_a_body_named_with_and() {
        let text = "Budget.\n\nMark Serwotka, the leader of the Public and Commercial Services Union said: \"We had the day of the long knives.\"";
        assert_eq!(direct(text)[0].1.as_deref(), Some("Mark Serwotka"));
    }

    #[test]
    fn someone_unnamed_by_a_role_of_something_is_described() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Fox.\n\n\"We relied too much,\" the head of Fox said.", Some("the head of Fox")),
            ("Pilots.\n\nA strike is \"very likely\", the president of the airline pilots' union said.", Some("the president of the airline pilots' union")),
            // the traps: an open appositive after a name is that person's, and a name in the
            // phrase is no one unnamed
            ("Shares.\n\nMatt Williams, the fund manager at Perpetual Trustees said it was \"a precursor\".", None),
            ("Bar.\n\nHillary Clinton spoke. The lawyer for Hillary Clinton said \"no\".", None),
        ];
        for &(text, description) in cases {
            let q = speakers_and_descriptions(text);
            assert_eq!(q[0].1.as_deref(), description, "{text}: {q:?}");
        }
        assert!(names_a_role_of_something(
            "the head of another foreign bank"
        ));
        assert!(!names_a_role_of_something("a spokesman for the bank"));
    }

    #[test]
    fn points_out_inverted_after_a_quote_attributes() {
        let text = "Athletics.\n\n\"It is a lot easier being the champion,\" points out former Olympian and BBC pundit Steve Cram.";
        assert_eq!(direct(text)[0].1.as_deref(), Some("Steve Cram"));
        // the trap: "points to" is no verb of saying
        let text = "Prices.\n\nJohn Smith spoke.\n\nThe \"index\" points to a rise.";
        assert_eq!(direct(text)[0].1.as_deref(), None);
    }

    #[test]
    fn a_noun_in_ly_before_the_verb_is_no_adverb() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            ("Oil.\n\nThe sports daily Marca reported on Monday that prices would fall.\n\n\"Prices would fall,\" the daily said.", Some("Marca"), None),
            ("Oil.\n\nThe Kuwaiti daily al-Qabas reported on Monday that prices would fall.\n\n\"Prices would fall,\" the daily said.", Some("al-Qabas"), None),
            ("Wales.\n\nDr Brian Gibbons spoke. In response, Ieuan Wyn Jones, leader of the Plaid Cymru group in the assembly, said: \"It is apparent.\"", Some("Ieuan Wyn Jones"), None),
            // (an adverb in "-ly" is still passed over)
            ("Talks.\n\n\"We will win,\" Tony Blair reportedly said.", Some("Tony Blair"), None),
        ];
        for &(text, speaker, description) in cases {
            let a = annotate_text(text.to_string());
            let q = &a.quotes[0];
            let found = q.speaker.map(|e| a.entities[e].name.as_str());
            assert_eq!(
                (found, q.description.as_deref()),
                (speaker, description),
                "{text}"
            );
        }
    }

    #[test]
    fn a_word_of_a_name_is_no_verb_of_a_statement() {
        let a = annotate_text(
            "Cos.\n\nShares of American Express Co rose. American Express said profits rose sharply."
                .to_string(),
        );
        let reported: Vec<&str> = a
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Reported)
            .map(|q| q.text.as_str())
            .collect();
        assert_eq!(reported, vec!["profits rose sharply."]);
    }

    #[test]
    fn a_town_before_its_state_is_no_company() {
        let a = annotate_text(
            "Iraq.\n\nContrack International, of Arlington, Virginia, has pulled out of a \
             contract. Contrack said costs rose. But the firm denied reports it was withdrawing \
             completely from Iraq."
                .to_string(),
        );
        let speakers: Vec<Option<&str>> = a
            .quotes
            .iter()
            .filter(|q| q.text.starts_with("reports"))
            .map(|q| q.speaker.map(|e| a.entities[e].name.as_str()))
            .collect();
        assert_eq!(speakers, vec![Some("Contrack International")]);
    }

    #[test]
    fn a_phrase_after_the_quote_then_an_inverted_attribution_is_the_inverted_speakers() {
        assert_first_speakers(&[(
            "Kunin.\n\nMadeleine Kunin spoke. Hillary Clinton came.\n\n\"This will be a \
                 challenge\" for Clinton, said Kunin.\n",
            Some("Madeleine Kunin"),
        )]);
    }

    #[test]
    fn a_man_named_after_the_one_woman_leaves_she_to_her() {
        let text =
            "Rallies.\n\nWhen Kashiya Nwanguma learned that Donald J. Trump would come, she \
                    printed signs.\n\nThen she steeled herself for protesting Mr. Trump.\n\nThe \
                    moment that Ms. Nwanguma held up her signs, Trump supporters began calling her \
                    ''leftist scum,'' she said.\n\n''Did I enjoy it? No,'' she said.\n";
        assert_eq!(
            speakers_of(text),
            vec![some("Kashiya Nwanguma"), some("Kashiya Nwanguma")]
        );
    }

    #[test]
    fn she_is_the_woman_named_last_at_a_sentences_start_and_most_of_two() {
        let text = "Palin.\n\nSarah Palin posted a photo of herself and her son.\n\nISIS recently \
                    authorized its members to kill babies.\n\nPalin's post resonated with \
                    viewers.\n\nA reply came from Sharon Powers Geyer.\n\n\"This is why ISIS has to \
                    be destroyed,\" said John Krystek.\n\nPalin's posts about ISIS include one last \
                    week.\n\n\"Come together, America,\" she added.\n";
        assert_eq!(speakers_of(text)[1], some("Sarah Palin"), "{text}");
        // the trap: named last, but inside a sentence, she leaves "she" open
        let text = text.replace(
            "Palin's posts about ISIS include",
            "They quoted Palin's posts about ISIS,",
        );
        assert_eq!(speakers_of(&text)[1], None, "{text}");
    }

    #[test]
    fn pronouns_after_possessive_mentions_do_not_overrule_a_given_names_gender() {
        // ("he" after "Hillary Clinton's" is the hacker's, and she stays a woman)
        let text = "Hacker.\n\nThe hacker Marcel Lehel said he had access to Hillary Clinton's \
                    server, which he described as \"like an open orchid.\" Clinton's server was \
                    open, and he had total access.\n\nJohn Roe met Clinton. \"It was fine,\" she \
                    said.\n";
        assert_eq!(speakers_of(text).last(), Some(&some("Hillary Clinton")));
    }

    #[test]
    fn an_abbreviation_in_an_appositive_ends_no_sentence() {
        assert_first_speakers(&[
            (
                "Swap.\n\nNick Daniloff was arrested.\n\n''I would have been in Siberia,'' Mr. \
                 Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.\n",
                Some("Nick Daniloff"),
            ),
            (
                "Gas.\n\n\"The import will be delayed,\" Daniel Tulis, a natural gas analyst with \
                 Shearson Lehman Bros. said.\n",
                Some("Daniel Tulis"),
            ),
        ]);
    }

    #[test]
    fn adverbs_of_frequency_stand_between_a_speaker_and_the_verb() {
        assert_first_speakers(&[
            (
                "Rubio.\n\nMarco Rubio spoke.\n\n''His ideas do not work,'' he often says.\n",
                Some("Marco Rubio"),
            ),
            (
                "Oliver.\n\n\"His wife chose not to speak at all,\" John Oliver barked.\n",
                Some("John Oliver"),
            ),
        ]);
    }

    #[test]
    fn an_aside_between_dashes_is_no_subject_unless_it_names_a_description() {
        assert_first_speakers(&[
            (
                "Gingrich.\n\nNewt Gingrich spoke.\n\nOn Friday, Gingrich \u{2014} mentioned by \
                 Newsmax as Donald Trump's running mate \u{2014} told Bill O'Reilly of Fox News, that \
                 \u{201C}you have to look at it very seriously.\u{201D}\n",
                Some("Newt Gingrich"),
            ),
            (
                "McCain.\n\nA former Republican presidential candidate -- John McCain, who lost \
                 the 2008 election to Barack Obama -- said the president \"offered no changes to \
                 his strategy.\"\n",
                Some("John McCain"),
            ),
        ]);
    }

    #[test]
    fn a_pronoun_opening_the_sentence_is_the_subject_of_a_joined_verb_of_saying() {
        assert_first_speakers(&[(
            "Sharpton.\n\nAl Sharpton spoke. Hillary Clinton listened.\n\nEight years ago, he \
             supported Barack Obama over Clinton and said, \u{201C}Hillary Clinton has never done \
             nothing for us.\u{201D}\n",
            Some("Al Sharpton"),
        )]);
    }

    #[test]
    fn a_pronoun_after_the_subject_past_an_opening_phrase_is_the_subjects() {
        assert_first_speakers(&[(
            "Trump.\n\nDonald Trump spoke. George Allen listened.\n\nIn an October CNN \
             interview, Trump said he believes Afghanistan was \"a terrible mistake,\" although \
             he supports keeping troops there now.\n",
            Some("Donald Trump"),
        )]);
    }

    #[test]
    fn the_speaker_goes_on_past_an_attribution_after_a_question_and_past_an_appositive() {
        let text = "Debate.\n\nCornel West spoke.\n\n\"I took Wall Street money but it didn't affect \
                    me?\" he said, paraphrasing Hillary Clinton's remarks at the debate.\n\n\"I say, I \
                    was born at night but not last night.\"\n\n\"People were upset with the \
                    government,\" said former Rep. George Miller (D-Calif.), one of the negotiators, \
                    along with retired Rep. John Boehner (R-Ohio). \"They said, wait, that is our \
                    job and the state's job.\"\n";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Cornel West"),
                some("Cornel West"),
                some("George Miller"),
                some("George Miller")
            ]
        );
    }

    #[test]
    fn the_person_heading_a_sentence_that_brings_a_quote_in_with_a_colon_speaks() {
        assert_first_speakers(&[(
            "Trump.\n\nDonald Trump spoke. Former Republican presidential candidate Jeb Bush \
             broke down exactly what was wrong with the image: \u{201C}What Trump did was so \
             insensitive. First, not all Hispanics are Mexicans.\u{201D}\n",
            Some("Jeb Bush"),
        )]);
    }

    #[test]
    fn traps_of_the_thirty_fifth_sessions_rules() {
        // an answer is not the asker's: the attribution after the question names another
        let text = "Hearing.\n\nSenator Mary Jones questioned Tom Smith at the hearing.\n\n\
                    \u{201C}Did you read the contract before you signed it?\u{201D} she asked \
                    Smith.\n\n\u{201C}No, I trusted the lawyers who wrote it and I had no reason \
                    to doubt them.\u{201D}\n";
        assert_eq!(speakers_of(text), vec![some("Mary Jones"), None]);
        // the name a dash aside stands for, not a name modifying it
        assert_first_speakers(&[
            (
                "Emails.\n\nHillary Clinton spoke.\n\nA spokeswoman \u{2014} Clinton aide \
                 Jennifer Palmieri \u{2014} said the emails were \u{201C}a distraction from the \
                 issues.\u{201D}\n",
                Some("Jennifer Palmieri"),
            ),
            (
                "Emails.\n\nHillary Clinton spoke.\n\nA spokeswoman -- Clinton's \
                 communications director, Jennifer Palmieri -- said the emails were \u{201C}a \
                 distraction from the issues.\u{201D}\n",
                Some("Jennifer Palmieri"),
            ),
            // one who reads another's letter out does not speak its words
            (
                "Letter.\n\nJeb Bush wrote to Donald Trump on Friday. Trump read the letter \
                 aloud at the rally in Iowa: \u{201C}You have insulted every Hispanic voter in \
                 this country.\u{201D}\n",
                Some("Jeb Bush"),
            ),
        ]);
        // a title before the name opens no sentence
        let text = "Palin.\n\nSarah Palin posted a photo of herself and her son.\n\nISIS recently \
                    authorized its members to kill babies.\n\nMrs. Palin's post resonated with \
                    viewers.\n\nA reply came from Sharon Powers Geyer.\n\n\"This is why ISIS has to \
                    be destroyed,\" said John Krystek.\n\nThey quoted Mrs. Palin's posts about \
                    ISIS, one last week.\n\n\"Come together, America,\" she added.\n";
        assert_eq!(speakers_of(text)[1], None, "{text}");
        // a given name of the public lists keeps its gender past pronouns after possessives
        let text = "Hacker.\n\nThe hacker Marcel Lehel said he had access to Daniela Romero's \
                    server, which he described as \"like an open orchid.\" Romero's server was \
                    open, and he had total access.\n\nJohn Roe met Romero. \"It was fine,\" she \
                    said.\n";
        assert_eq!(speakers_of(text).last(), Some(&some("Daniela Romero")));
    }

    #[test]
    fn the_one_who_was_told_is_no_speaker() {
        assert_first_speakers(&[
            (
                "Budget row.\n\nHouse Speaker Mike Johnson spoke on Tuesday. Johnson urged \
                 Republicans to \u{201C}stay completely united,\u{201D} Fox News was told.",
                Some("Mike Johnson"),
            ),
            // the trap: the one who told is
            (
                "Budget row.\n\nHouse Speaker Mike Johnson spoke on Tuesday. \u{201C}We will \
                 stay united,\u{201D} Johnson told Fox News.",
                Some("Mike Johnson"),
            ),
        ]);
    }

    #[test]
    fn an_inverted_attribution_after_a_quoted_phrase_names_its_own_subject() {
        assert_first_speakers(&[
            (
                "Trade.\n\nCanada will give a \u{201C}firm and clear\u{201D} response to the \
                 barriers planned by US President Donald Trump, says Prime Minister Justin Trudeau.",
                Some("Justin Trudeau"),
            ),
            // the trap: a quote set off by its comma, then its subject and an appositive
            (
                "Vote.\n\n\u{201C}We will act,\u{201D} House Speaker Tim Moore, a Republican, \
                 said in a statement.",
                Some("Tim Moore"),
            ),
        ]);
    }

    #[test]
    fn a_pronoun_after_a_leading_clause_is_its_subjects() {
        let lead = "Israel.\n\nNetanyahu praised President Donald Trump. \"We agree,\" Netanyahu \
                    stated. Marco Rubio flew in on Sunday. ";
        let cases = [
            "While Secretary Rubio declined to address strikes, he said: \u{201C}Israel will act.\u{201D}",
            "While Secretary Rubio declined to address strikes, he reaffirmed Israel\u{2019}s \
             right, saying, \u{201C}Israel will act.\u{201D}",
            "When Rubio was asked whether he trusts Netanyahu, he said, \u{201C}Israel will \
             act.\u{201D}",
        ];
        for case in cases {
            let text = format!("{lead}{case}");
            assert_eq!(
                speakers_of(&text).last(),
                Some(&some("Marco Rubio")),
                "{case}"
            );
        }
    }

    #[test]
    fn the_one_spoken_to_is_no_speaker() {
        let text = "Arsenal.\n\nArsenal boss Mikel Arteta talking to Sky Sports, asked about what \
                    he liked: \"Everything. I loved the way we played.\"\n\n\"We were really \
                    aggressive.\"";
        assert_eq!(
            speakers_of(text),
            vec![some("Mikel Arteta"), some("Mikel Arteta")]
        );
    }

    #[test]
    fn a_paper_relaying_what_someone_said_is_no_speaker() {
        assert_first_speakers(&[
            (
                "Trial.\n\nSean Combs was acquitted. He smiled and mouthed to the jury, \
                 \u{201C}Thank you,\u{201D} according to The New York Times.",
                Some("Sean Combs"),
            ),
            (
                "London.\n\nOn Monday, Donald Trump said he was \"happy to see\" that Khan won, \
                 according to The New York Times.",
                Some("Donald Trump"),
            ),
            // the trap: what the paper itself says
            (
                "London.\n\nThe vote was \"a landslide\", according to The New York Times.",
                Some("New York Times"),
            ),
        ]);
    }

    #[test]
    fn states_of_a_country_are_no_verb_of_saying_before_a_quote() {
        let text =
            "Storms.\n\nColby Pope is a meteorologist. \u{201C}It is common,\u{201D} Mr. Pope \
                    said. But the total, spread across multiple states, was \u{201C}a cut \
                    above\u{201D} what meteorologists considered normal, he added.";
        assert_eq!(
            speakers_of(text),
            vec![some("Colby Pope"), some("Colby Pope")]
        );
    }

    #[test]
    fn a_definite_description_is_the_one_introduced_by_its_words() {
        let text = "Peace.\n\nUkrainian President Volodymyr Zelenskyy spoke to US envoy Steve \
                    Witkoff on Sunday. \"We discussed details,\" Zelenskyy said. The Ukrainian \
                    leader also expressed gratitude for the \"kind words\" shared during the \
                    talk.\n\nIsraeli PM Benjamin Netanyahu spoke on television. Hailing US \
                    President Donald Trump, the Israeli PM claimed that the regime \u{201C}tried \
                    to kill him.\u{201D}";
        assert_eq!(
            speakers_of(text),
            vec![
                some("Volodymyr Zelenskyy"),
                some("Volodymyr Zelenskyy"),
                some("Benjamin Netanyahu")
            ]
        );
        // the traps: words before a name that are no introduction of it, a noun that is not
        // the description's
        let text = "Race.\n\nThe Sanders campaign challenged Hillary Clinton to a debate. \
                    Marco Rubio congratulated Florida primary winner Donald Trump. The Florida \
                    senator said the heckler would \u{201C}not get beat up\u{201D} at his rally.";
        assert_ne!(speakers_of(text), vec![some("Donald Trump")]);
    }

    #[test]
    fn a_verb_that_goes_on_to_another_is_no_verb_of_saying() {
        assert_first_speakers(&[(
            "Fed.\n\nAt a news conference, Fed Chair Jerome Powell said that if inflation \
             continued to cool, \u{201C}a rate cut could be on the table.\u{201D}",
            Some("Jerome Powell"),
        )]);
    }

    #[test]
    fn the_name_right_after_a_dash_speaks() {
        let text = "Tennis.\n\nCarlos Alcaraz beat Novak Djokovic on Sunday.\n\n\u{201C}Right now \
                    is the happiest moment of my life\u{201D} - Carlos Alcaraz after beating \
                    Novak Djokovic in the final";
        assert_eq!(speakers_of(text), vec![some("Carlos Alcaraz")]);
    }

    #[test]
    fn a_pronoun_goes_on_from_a_subject_not_from_one_named_after_a_preposition() {
        let text = "Shutdown.\n\nSpeaker Mike Johnson cancelled votes.\n\nWhat he is saying: At a \
                    press conference with Senate Majority Leader John Thune, Johnson laid out his \
                    rationale.\n\n\u{2022} \"The House did its job,\" he said.";
        assert_eq!(speakers_of(text), vec![some("Mike Johnson")]);
    }

    #[test]
    fn a_single_quote_that_opens_a_paragraph_may_run_to_its_end() {
        let text =
            "Chiefs.\n\n\u{2018}I had two goals,\u{2019} Patrick Mahomes said.\n\n\u{2018}The \
                    first goal was to win the trophy. I wanted to bring it home.\n\n\u{2018}And \
                    he\u{2019}s one of the greatest coaches.\u{2019}";
        let q = direct(text);
        assert_eq!(q.len(), 3, "{q:?}");
        assert!(
            q.iter().all(|q| q.1.as_deref() == Some("Patrick Mahomes")),
            "{q:?}"
        );
        // the trap: an unclosed single mark inside a paragraph opens nothing
        let text = "Chiefs.\n\nThe so-called \u{2018}deal was off, Patrick Mahomes said.";
        assert!(direct(text).is_empty());
    }

    #[test]
    fn a_clause_that_a_conjunction_opens_after_a_quote_is_no_attribution() {
        assert_first_speakers(&[
            (
                "Peace.\n\nZelensky says ready for \u{2018}honest\u{2019} work as Europeans \
                 stress their role on board\n\nUkrainian President Volodymyr Zelensky spoke.",
                Some("Volodymyr Zelensky"),
            ),
            (
                "Race.\n\nHillary Clinton accuses Bernie Sanders of an \u{201C}artful \
                 smear\u{201D} while Sanders suggests she is a captive of the establishment.",
                Some("Hillary Clinton"),
            ),
            // the trap: an attribution set off at the sentence's end
            (
                "Race.\n\nEd Rendell met Bernie Sanders. Sanders \u{201C}has a right to contest \
                 every primary,\u{201D} just as Clinton did in 2008, Rendell added.",
                Some("Ed Rendell"),
            ),
        ]);
    }

    #[test]
    fn a_label_names_its_speaker_before_on_or_after_a_closing_colon() {
        let text = "Impeachment.\n\nSenator Cory Booker spoke on Tuesday.\n\nBooker on vote to \
                    convict Trump: \"It brings me no satisfaction\"";
        assert_eq!(speakers_of(text), vec![some("Cory Booker")]);
        // (after a role that opens the label, not the one spoken of)
        let text = "Chiefs coach Andy Reid on Super Bowl MVP Patrick Mahomes: \u{2018}He never \
                    flinches\u{2019}\nAndy Reid praised Patrick Mahomes on Monday.\nThe coach \
                    spoke for an hour.";
        assert_eq!(speakers_of(text), vec![some("Andy Reid")]);
        // a headline whose last words after a colon name the speaker, each line a paragraph
        let text = "\u{2018}Good\u{2019} talks with US envoy Witkoff, Kushner on ending war: \
                    Zelenskyy\nOngoing talks reflect efforts to reshape the plan.\nUkrainian \
                    President Volodymyr Zelenskyy said he had a \"good conversation\" with Steve \
                    Witkoff and Jared Kushner.";
        assert_eq!(
            speakers_of(text),
            vec![some("Volodymyr Zelenskyy"), some("Volodymyr Zelenskyy")]
        );
    }

    #[test]
    fn a_sentence_a_pronoun_opens_names_no_other_subject() {
        let text = "Tennis.\n\nAndy Murray won the title on Sunday.\n\n\"They never put pressure \
                    on me,\" he said.\n\nNot to forget, he thanked his team, including coach \
                    Darren Badminton.\n\n\"I'm very happy you were there,\" he said.";
        assert_eq!(
            speakers_of(text),
            vec![some("Andy Murray"), some("Andy Murray")]
        );
    }

    #[test]
    fn one_who_alludes_to_words_says_them() {
        let text = "Oscars.\n\nCillian Murphy won Best Actor. He alluded to the fact that we are \
                    \"living in Oppenheimer's world.\"";
        assert_eq!(speakers_of(text), vec![some("Cillian Murphy")]);
    }

    #[test]
    fn traps_of_the_thirty_sixth_sessions_rules() {
        assert_first_speakers(&[
            // a name before a role after a dash is not the speaker
            (
                "Race.\n\n\u{201C}We will win\u{201D} \u{2014} Trump aide Stephen Miller said.",
                Some("Stephen Miller"),
            ),
            // "as" in an aside on the speaker opens no clause of its own
            (
                "City.\n\nJohn Smith is the mayor. \u{201C}We will act,\u{201D} Smith, who \
                 served as mayor, told reporters.",
                Some("John Smith"),
            ),
            // a verb of saying in a clause of its own leaves the paper the speaker
            (
                "Cars.\n\nFord said it would cut jobs, and the cuts were \u{201C}the deepest in \
                 decades,\u{201D} according to The New York Times.",
                Some("New York Times"),
            ),
            // "him" in the leading clause is someone else
            (
                "Race.\n\nBernie Sanders spoke in Iowa. When Donald Trump attacked him, he \
                 responded by saying, \u{201C}we are all in trouble.\u{201D}",
                Some("Bernie Sanders"),
            ),
        ]);
    }
}
