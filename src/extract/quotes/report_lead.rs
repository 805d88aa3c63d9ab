//! Where a reported statement's words start: past what stands between the verb of saying and
//! them, the "that" ("said that …"), a time ("said on Tuesday that …", "said yesterday it …"),
//! the one told ("told reporters the plan …", "told the BBC News website that …") or a particle
//! ("pointed out that …").

use crate::extract::words::AsciiFirstWords;
use std::cell::Cell;

/// The words looked at after the verb: a lead is short.
const LEAD_WORDS: usize = 14;

/// Verbs whose statement follows the one spoken to: "told reporters …".
fn tells_someone(verb: &str) -> bool {
    matches!(
        verb,
        "told"
            | "tell"
            | "tells"
            | "telling"
            | "informed"
            | "informs"
            | "assured"
            | "assures"
            | "reassured"
            | "reminded"
            | "reminds"
            | "notified"
            | "convinced"
            | "persuaded"
    )
}

/// Words for the people or bodies one tells something: "told reporters", "told the court".
fn is_addressee_noun(word: &str) -> bool {
    matches!(
        word,
        "reporters"
            | "journalists"
            | "newsmen"
            | "correspondents"
            | "analysts"
            | "investors"
            | "shareholders"
            | "stockholders"
            | "delegates"
            | "lawmakers"
            | "legislators"
            | "senators"
            | "congressmen"
            | "members"
            | "colleagues"
            | "supporters"
            | "voters"
            | "listeners"
            | "viewers"
            | "readers"
            | "officials"
            | "workers"
            | "staff"
            | "employees"
            | "students"
            | "fans"
            | "police"
            | "residents"
            | "bankers"
            | "diplomats"
            | "farmers"
            | "ministers"
            | "leaders"
            | "executives"
            | "customers"
            | "clients"
            | "creditors"
            | "parliament"
            | "congress"
            | "court"
            | "jury"
            | "judge"
            | "committee"
            | "panel"
            | "hearing"
            | "inquiry"
            | "audience"
            | "crowd"
            | "conference"
            | "meeting"
            | "gathering"
            | "summit"
            | "seminar"
            | "symposium"
            | "website"
            | "programme"
            | "program"
            | "newspaper"
            | "paper"
            | "magazine"
            | "weekly"
            | "daily"
            | "agency"
            | "channel"
            | "station"
            | "show"
            | "radio"
            | "television"
            | "press"
            | "media"
    )
}

/// Nouns of the occasion one spoke on: "said in a statement that", "told a news conference".
fn is_occasion_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "interview"
            | "speech"
            | "letter"
            | "filing"
            | "report"
            | "conference"
            | "briefing"
            | "release"
            | "meeting"
            | "reception"
            | "dinner"
            | "luncheon"
            | "rally"
            | "forum"
            | "seminar"
            | "symposium"
            | "broadcast"
            | "hearing"
            | "testimony"
            | "address"
            | "session"
            | "appearance"
            | "programme"
            | "prospectus"
            | "proxy"
    )
}

/// Nouns of a time: "last week", "this month", "on Tuesday".
fn is_time_noun(word: &str) -> bool {
    matches!(
        word,
        "week"
            | "weekend"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "quarter"
    ) || is_day_or_month(word)
}

/// A day of the week or a month, as written: "Tuesday", "March".
pub(super) fn is_day_or_month(word: &str) -> bool {
    matches!(
        word,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// A word that says only when, or how, something was said: "yesterday", "again", "publicly",
/// the particle of "pointed out".
fn is_frame_word(word: &str) -> bool {
    matches!(
        word,
        "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "again"
            | "also"
            | "however"
            | "instead"
            | "then"
            | "now"
            | "out"
            | "too"
    ) || (word.len() > 4
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            word,
            "early"
                | "likely"
                | "unlikely"
                | "family"
                | "weekly"
                | "monthly"
                | "daily"
                | "quarterly"
                | "yearly"
                | "hourly"
                | "friendly"
                | "elderly"
                | "supply"
                | "reply"
                | "rally"
                | "jolly"
                | "silly"
                | "ugly"
                | "holy"
                | "costly"
                | "lonely"
                | "lovely"
                | "timely"
                | "deadly"
                | "orderly"
                | "assembly"
                | "anomaly"
                | "monopoly"
                | "italy"
        ))
}

/// Whether a word may open a statement's clause where nothing but a lead ends before it: a name,
/// a number, a pronoun or a determiner ("said yesterday it would", "told reporters the plan";
/// not "said last year was the best", "denied earlier reports of").
fn opens_a_clause(word: &str) -> bool {
    is_name_word(word)
        || matches!(
            word,
            "it" | "he"
                | "she"
                | "they"
                | "we"
                | "there"
                | "this"
                | "these"
                | "those"
                | "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "some"
                | "no"
                | "all"
                | "most"
                | "many"
                | "several"
                | "one"
                | "two"
                | "any"
                | "each"
                | "both"
        )
}

/// Whether a word is a verb that needs a subject before it, or a preposition or conjunction:
/// no statement's first word after the one told ("told reporters was" is no lead).
fn is_verb_or_particle(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "will"
            | "would"
            | "has"
            | "had"
            | "have"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "must"
            | "shall"
            | "of"
            | "and"
            | "or"
            | "to"
            | "by"
            | "with"
            | "for"
            | "from"
            | "at"
            | "in"
            | "on"
            | "about"
            | "after"
            | "before"
            | "as"
            | "than"
    ) || !word.starts_with(|c: char| c.is_alphanumeric())
}

/// The words of a text (split at white space, as `char::is_whitespace` has it) with their byte
/// offsets, up to `LEAD_WORDS`, read only as far as they are asked for: most leads are told by
/// their first few words.
struct LeadWords<'t> {
    text: &'t str,
    /// The words read so far, the first `count` of them.
    words: [Cell<(usize, &'t str)>; LEAD_WORDS],
    count: Cell<usize>,
    /// The byte offset reading has reached.
    read_to: Cell<usize>,
}

impl<'t> LeadWords<'t> {
    /// The words of `text`, none read yet.
    fn new(text: &'t str) -> Self {
        LeadWords {
            text,
            words: std::array::from_fn(|_| Cell::new((0, ""))),
            count: Cell::new(0),
            read_to: Cell::new(0),
        }
    }

    /// The `i`-th word and its offset, read now if not before; none past the text's last word
    /// or the `LEAD_WORDS`-th.
    #[inline]
    fn get(&self, i: usize) -> Option<(usize, &'t str)> {
        if i < self.count.get() {
            return Some(self.words[i].get());
        }
        self.read_up_to(i)
    }

    /// [`get`](Self::get) of a word not read yet: the words up to it read now (out of line: most
    /// words are asked for again after they are read).
    #[inline(never)]
    fn read_up_to(&self, i: usize) -> Option<(usize, &'t str)> {
        while self.count.get() <= i {
            let count = self.count.get();
            if count == LEAD_WORDS {
                return None;
            }
            // (the next word of the rest, as the attribution rules split words; its offset is
            // where it lies in the text)
            let word = self.text[self.read_to.get()..].whitespace_words().next()?;
            let start = word.as_ptr() as usize - self.text.as_ptr() as usize;
            let end = start + word.len();
            self.words[count].set((start, &self.text[start..end]));
            self.count.set(count + 1);
            self.read_to.set(end);
        }
        Some(self.words[i].get())
    }
}

/// A word without the comma after it, and whether it had one ("however," of "said, however,").
fn without_comma(word: &str) -> (&str, bool) {
    match word.strip_suffix(',') {
        Some(bare) => (bare, true),
        None => (word, false),
    }
}

/// Whether a word starts with a capital or a digit, as a name's words do ("BBC", "Radio", "4's").
fn is_name_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// How many words the one told takes at the start of `words`: "reporters", "him", "the BBC News
/// website", "Radio 4's Today programme", "a news conference"; after a verb of telling
/// (`tells`), also any short phrase before "that" ("told her husband that").
fn addressee(words: &LeadWords, tells: bool) -> Option<usize> {
    let word = |i: usize| words.get(i).map(|(_, w)| without_comma(w));
    let (first, comma) = word(0)?;
    if matches!(first, "him" | "them" | "us" | "me" | "you") {
        return Some(1);
    }
    let determiner = matches!(
        first,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "this"
    );
    if comma && !determiner {
        return is_addressee_noun(first).then_some(1);
    }
    let mut i = usize::from(determiner);
    // a name: "Reuters", "BBC Radio Five Live", "the House of Commons"
    let name_start = i;
    while let Some((w, comma)) = word(i) {
        let inside = i > name_start
            && matches!(w, "of" | "and")
            && word(i + 1).is_some_and(|(next, _)| is_name_word(next));
        if !(is_name_word(w) || inside) || (i == name_start && is_day_or_month(w)) {
            break;
        }
        i += 1;
        if comma {
            return Some(i);
        }
    }
    // the noun after it, or a lower-case one with up to two words before it, the first: "website",
    // "news conference", "reporters" of "reporters after meeting Funaro"
    let nouns_start = i;
    let mut noun = None;
    let mut before_that = false;
    while i < nouns_start + 3 {
        let Some((w, comma)) = word(i) else { break };
        if w == "that" {
            before_that = true;
            break;
        }
        if !w.bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
        i += 1;
        if is_addressee_noun(w) {
            // (a compound's last: "press conference")
            while word(i).is_some_and(|(next, _)| is_addressee_noun(next))
                && !word(i - 1).is_some_and(|(_, comma)| comma)
            {
                i += 1;
            }
            noun = Some(i);
            break;
        }
        if comma {
            break;
        }
    }
    match noun {
        Some(end) => Some(end),
        // (another verb than one of telling has its one told named so only: "warned investors
        // that"; not "After that date")
        None if !tells => None,
        None if before_that && i > 0 => Some(i),
        None if nouns_start > name_start => Some(nouns_start),
        // ("told her it was over": the pronoun alone)
        None if first == "her" => Some(1),
        None => None,
    }
}

/// How many words a phrase of when or where takes at the start of `words`, and whether it is a
/// time's or an occasion's (which may stand without a "that" after it): "yesterday", "last
/// week", "on Tuesday", "in a statement"; "in Paris" (a place's) only before "that".
fn frame_phrase(words: &LeadWords, from: usize) -> Option<(usize, bool)> {
    let word = |i: usize| words.get(from + i).map(|(_, w)| without_comma(w));
    let (first, comma) = word(0)?;
    if is_frame_word(first) {
        return Some((1, true));
    }
    if comma {
        return None;
    }
    let (second, second_comma) = word(1)?;
    match first {
        "last" | "this" | "next" | "earlier" | "late" if is_time_noun(second) => Some((2, true)),
        "on" | "in" | "at" | "during" | "by" if is_day_or_month(second) => {
            // "on March 3", "in January 1987", "on Tuesday night"
            let more = !second_comma
                && word(2)
                    .is_some_and(|(w, _)| w.bytes().all(|b| b.is_ascii_digit()) || is_time_noun(w));
            Some((2 + usize::from(more), true))
        }
        "in" | "at" | "during" | "before" | "after" | "following" | "on" => {
            // "in a statement", "at a news conference", "in a radio interview"
            let occasion = matches!(second, "a" | "an" | "the" | "its" | "his")
                .then(|| {
                    (2..5)
                        .map_while(word)
                        .position(|(w, _)| is_occasion_noun(w))
                        .map(|p| (3 + p, true))
                })
                .flatten();
            // (a place or another occasion only before "that": "in Paris that", "at a
            // reception at the Reid Hall that")
            occasion.or_else(|| {
                (from..from + 8)
                    .map_while(|i| words.get(i))
                    .position(|(_, w)| w == "that")
                    .map(|p| (p, false))
            })
        }
        _ => None,
    }
}

/// The byte offset in `after` (the text right after the verb of saying `verb`, in lower case) at
/// which what the verb reports starts: past spaces, commas and colons, a lead of the one told
/// and of when or where, and "that". Only the spaces and the like when the words after them do
/// not read as such a lead.
pub(super) fn report_start(verb: &str, after: &str) -> usize {
    let trimmed = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':');
    let offset = after.len() - trimmed.len();
    let words = &LeadWords::new(trimmed);
    let tells = tells_someone(verb);
    // the lead with the one told first, when there is one, else without
    let with_addressee = addressee(words, tells).and_then(|n| lead(words, n, tells));
    let at = with_addressee
        .or_else(|| lead(words, 0, false))
        .unwrap_or(0);
    match words.get(at) {
        Some((start, _)) if at > 0 => offset + start,
        _ => offset,
    }
}

/// Where the statement starts among `words` after a lead whose first `from` words are the one
/// told: past phrases of when and where and a "that". Without a "that", only the one told by a
/// verb of telling (`told_by_telling`) and times may stand before it, and what follows must open
/// a clause ("said last year was the best" has no lead).
fn lead(words: &LeadWords, from: usize, told_by_telling: bool) -> Option<usize> {
    let mut i = from;
    let mut times_only = true;
    for _ in 0..3 {
        let Some((n, stands_alone)) = frame_phrase(words, i) else {
            break;
        };
        i += n;
        times_only &= stands_alone;
    }
    let is_that = |i: usize| {
        words
            .get(i)
            .is_some_and(|(_, w)| without_comma(w).0 == "that")
    };
    if is_that(i) {
        // (once more when written twice: "denied that that his wife")
        return Some(i + 1 + usize::from(is_that(i + 1)));
    }
    // (after a one-word one told, any lower-case word but a verb's, a participle's or a
    // preposition's: "told MPs child benefit would rise")
    let opens = words.get(i).is_some_and(|(_, w)| {
        let w = without_comma(w).0;
        opens_a_clause(w)
            || (from == 1
                && told_by_telling
                && !words.get(0).is_some_and(|(_, first)| first.ends_with(','))
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !is_verb_or_particle(w)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !matches!(
                    w,
                    "not" | "which" | "who" | "whose" | "where" | "here" | "there"
                ))
    });
    let lead_may_stand = times_only && (from == 0 || told_by_telling);
    (i > 0 && opens && lead_may_stand).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(verb: &str, after: &str) -> String {
        after[report_start(verb, after)..].to_string()
    }

    #[test]
    fn that_and_what_stands_before_it_are_no_part_of_the_statement() {
        assert_eq!(report("said", " that the plan works."), "the plan works.");
        assert_eq!(
            report(
                "told",
                " reporters that the Paris Club was expected to act."
            ),
            "the Paris Club was expected to act."
        );
        assert_eq!(
            report("said", " last week that there could be further walkouts."),
            "there could be further walkouts."
        );
        assert_eq!(
            report("pointed", " out that BP was reaping the benefits."),
            "BP was reaping the benefits."
        );
        assert_eq!(
            report("said", ", however, that his success had a downside."),
            "his success had a downside."
        );
        assert_eq!(
            report("said", " repeatedly that it wants to be first."),
            "it wants to be first."
        );
        assert_eq!(
            report("said", " earlier in January that it was releasing tools."),
            "it was releasing tools."
        );
        assert_eq!(
            report("said", " on Tuesday that the two sides had agreed."),
            "the two sides had agreed."
        );
        assert_eq!(
            report("told", " Congress this week that the bank was on guard."),
            "the bank was on guard."
        );
        assert_eq!(
            report("said", " in Paris that part of this reform will cut taxes."),
            "part of this reform will cut taxes."
        );
        assert_eq!(
            report("said", " in a statement that it had sold the unit."),
            "it had sold the unit."
        );
        assert_eq!(
            report("told", " the House of Commons that the bill was dead."),
            "the bill was dead."
        );
        assert_eq!(
            report("told", "\nreporters that the\nplan was dead."),
            "the\nplan was dead."
        );
    }

    #[test]
    fn a_verb_of_telling_has_the_one_told_before_the_statement() {
        assert_eq!(
            report("told", " Reuters the 10 had agreed to pay."),
            "the 10 had agreed to pay."
        );
        assert_eq!(
            report(
                "told",
                " BBC Radio Five Live his choice would be Matt Dawson."
            ),
            "his choice would be Matt Dawson."
        );
        assert_eq!(
            report("told", " the BBC News website he was delighted."),
            "he was delighted."
        );
        assert_eq!(
            report("told", " MPs a new White Paper was part of it."),
            "a new White Paper was part of it."
        );
        assert_eq!(report("told", " him it was over."), "it was over.");
        assert_eq!(
            report("told", " MPs child benefit would rise."),
            "child benefit would rise."
        );
        assert_eq!(
            report("told", " a press conference the record rate is high."),
            "the record rate is high."
        );
        for after in [
            " a symposium sponsored by the university that spending fell.",
            " the committee, which is a forum, that it would act.",
            " reporters not to expect any news.",
        ] {
            assert!(report("told", after).len() + 3 >= after.len(), "{after}");
        }
        assert_eq!(
            report(
                "told",
                " reporters after meeting Funaro, who is in Rome, that X."
            ),
            "X."
        );
        assert_eq!(
            report(
                "told",
                " bankers at a reception at the Reid Hall that deals are safe."
            ),
            "deals are safe."
        );
        assert_eq!(
            report("denied", " that that his wife had a role."),
            "his wife had a role."
        );
        assert_eq!(
            report("told", " a news conference the talks had failed."),
            "the talks had failed."
        );
        assert_eq!(
            report("told", " her husband that she was leaving."),
            "she was leaving."
        );
    }

    #[test]
    fn a_time_without_that_goes_only_before_a_clause() {
        assert_eq!(
            report("said", " yesterday it would no longer provide access."),
            "it would no longer provide access."
        );
        assert_eq!(
            report("said", " last year was the best in its history."),
            "last year was the best in its history."
        );
        assert_eq!(
            report("said", " in Japan exports rose."),
            "in Japan exports rose."
        );
        assert_eq!(
            report("told", " Reuters Iran would not sell."),
            "Reuters Iran would not sell."
        );
    }

    #[test]
    fn the_statement_itself_keeps_its_first_words() {
        for (verb, after) in [
            ("said", " it believes that New Jersey Bell will gain."),
            ("denied", " reports that she has pulled out."),
            ("said", " the fact that Yahoo has grown matters."),
            ("said", " quarterly profits rose."),
            ("said", " Registering names that look like others is easy."),
            ("said", " only 10 pct of the shares were sold."),
            ("denied", " earlier reports of negotiations."),
            ("responded", " quickly by slotting over a penalty."),
            ("said", " After that date, the preferred may be converted."),
            (
                "pointed",
                " to the Institute's predictions that Labour will need more.",
            ),
            (
                "said",
                " once a final decision is reached, it will proceed.",
            ),
        ] {
            assert_eq!(report(verb, after), after.trim_start(), "{verb}{after}");
        }
    }

    /// The words of `text` and their offsets, up to `LEAD_WORDS`, read a character at a time.
    fn leading_words_by_chars(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if let Some(s) = start.take() {
                    out.push((s, &text[s..i]));
                    if out.len() == LEAD_WORDS {
                        return out;
                    }
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            out.push((s, &text[s..]));
        }
        out
    }

    #[test]
    fn leading_words_are_those_read_a_character_at_a_time() {
        let text = "told\u{a0}reporters \u{2019}Zelensky\u{2019}s\u{2009}plan\u{3000}Москва \
                    café\u{85}x\u{1680}y\u{202f}z\u{205f}w\u{2028}v\u{2029}u\u{200b}t \x0bs\x0cr\r\n \
                    \u{201C}that\u{201D} \u{e2}\u{e3}\u{c2} a b c d e f g h i j k l m n o p";
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let piece = &text[start..end];
                let words = LeadWords::new(piece);
                // (asked for out of order too: a word past those read reads those before it)
                let _ = words.get(2);
                let read: Vec<(usize, &str)> =
                    (0..LEAD_WORDS + 2).map_while(|i| words.get(i)).collect();
                assert_eq!(read, leading_words_by_chars(piece), "{piece:?}");
                assert_eq!(words.get(LEAD_WORDS + 1), None);
            }
        }
    }

    #[test]
    fn odd_text_after_the_verb_never_panics() {
        for after in [
            "",
            " ",
            ",",
            " that",
            " that ",
            " told ",
            " in",
            " in a",
            " on Tuesday",
            " Москва that",
            " “that” quote",
            " last\u{a0}week that it",
            " him",
        ] {
            let at = report_start("told", after);
            assert!(after.is_char_boundary(at));
            let at = report_start("said", after);
            assert!(after.is_char_boundary(at));
        }
    }
}
