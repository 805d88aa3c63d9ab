//! Word lists compiled into the binary: places, demonyms, organisations, titles, given names,
//! common words and verbs of saying.

use aho_corasick::{AhoCorasick, Anchored, Input, Match, MatchKind, StartKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use super::tokens::{lower_case, Lower, WordSet};
use super::EntityKind;

/// A name the gazetteer knows.
#[derive(Debug, Clone)]
pub struct Known {
    /// The entity's canonical name.
    pub canonical: &'static str,
    /// Place or organization.
    pub kind: EntityKind,
    /// An adjective ("Ukrainian") rather than the name itself.
    pub demonym: bool,
}

/// All word lists, built once.
pub struct Gazetteer {
    /// Surface forms in the order of `matcher`'s patterns.
    pub surfaces: Vec<&'static str>,
    /// What each surface form names.
    pub known: Vec<Known>,
    /// Case-sensitive, leftmost-longest matcher over all surface forms, for anchored searches
    /// only: [`Gazetteer::find_iter`] runs it where a surface form may begin.
    matcher: AhoCorasick,
    /// The pairs of bytes that open a surface form, one bit each (first byte × 256 + second):
    /// most capitals in a text open none ("He", "It", "Mr").
    opening_pairs: Vec<u64>,
    /// [`Gazetteer::opening_pairs`] of the forms of three bytes or fewer ("US", "BBC").
    short_pairs: Vec<u64>,
    /// The first four bytes of the forms of four bytes or more, one bit each in a table of
    /// [`QUAD_BITS`] by [`quad_slot`]: a capital whose pair opens some form mostly opens no
    /// form's first four bytes ("The", "Fr" of "Friday" beside "France").
    opening_quads: Vec<u64>,
    /// How far into a surface form its first ASCII capital may lie, at most ("the Netherlands":
    /// 4); `usize::MAX` when some form has none.
    capital_within: usize,
    /// The last two bytes before the first ASCII capital of the forms that open with others
    /// ("e " of "the Netherlands", "l-" of "al-Qaeda"), one bit each (first byte × 256 +
    /// second; a form with one byte before it sets the bits of that byte after any, and one with
    /// no ASCII capital all): the bytes before most capitals end no such opening, and no form
    /// starts before those capitals.
    lead_in_ends: Vec<u64>,
    /// Surface form (lower case) to index, for text in capitals.
    pub by_lower: HashMap<String, usize>,
    /// Every alias of each canonical name, canonical first.
    pub aliases_of: HashMap<&'static str, Vec<&'static str>>,
    /// The adjectives of each place: "Crimea" → ["Crimean"].
    pub demonyms_of: HashMap<&'static str, Vec<&'static str>>,
    /// Titles and honorifics, lower case, possibly several words.
    pub titles: WordSet<'static>,
    /// The first word of each title, lower case: a phrase whose first word is none of these is
    /// no title.
    pub title_first_words: WordSet<'static>,
    /// Given names, lower case.
    pub given_names: WordSet<'static>,
    /// Given names of women, lower case (for "she").
    pub female_names: WordSet<'static>,
    /// Given names of the public baby-name lists beyond the two above, lower case, by the
    /// gender they tell: women's, men's, and names both bear (`data/name_genders.txt`).
    pub listed_names: [WordSet<'static>; 3],
    /// Common words that are capitalised only at the start of a sentence, lower case.
    pub common_words: WordSet<'static>,
    /// Every form of the verbs of saying, lower case.
    pub speech_verbs: WordSet<'static>,
    /// The verbs of saying with those that say how something was said ([`MANNER_OF_SPEAKING`]),
    /// for recognising attributions in one look-up.
    pub saying_verbs: WordSet<'static>,
    /// The shapes of [`Gazetteer::saying_verbs`] (see [`VerbShapes`]): most words are told
    /// apart from every verb of saying by their ends and length, without a look-up.
    saying_verb_shapes: VerbShapes,
}

/// The ends and lengths of a list of lower-case words, for a quick test that a word, lowered,
/// may be one of them: for each pair of first and last byte's [`end_class`], the bit of each
/// byte length (up to 31, and 31 for any longer) a word so ended may have.
#[derive(Debug, Clone)]
struct VerbShapes {
    lengths: [[u32; END_CLASSES]; END_CLASSES],
}

/// How many classes [`end_class`] sorts bytes into.
const END_CLASSES: usize = 27;

/// The class of a word's first or last byte: its letter (0 for "a" or "A" to 25 for "z" or
/// "Z"), or 26 for any other byte.
const END_CLASS: [u8; 256] = {
    let mut table = [26u8; 256];
    let mut b = 0;
    while b < 26 {
        table[b'a' as usize + b] = b as u8;
        table[b'A' as usize + b] = b as u8;
        b += 1;
    }
    table
};

/// The class of a byte at a word's end (see [`END_CLASS`]).
#[inline]
fn end_class(byte: u8) -> usize {
    usize::from(END_CLASS[usize::from(byte)])
}

impl VerbShapes {
    /// The shapes of `words`, each lower case. A word is lowered char by char, and the only
    /// char beyond ASCII whose lower case is ASCII is the Kelvin sign (three bytes, lowered to
    /// "k"): a "k" may have been one, so the other byte class at either end and two more bytes
    /// for each "k" are let through too; a word beyond ASCII lets every word through.
    fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut lengths = [[0u32; END_CLASSES]; END_CLASSES];
        for word in words {
            let bytes = word.as_bytes();
            let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
                continue;
            };
            if !word.is_ascii() {
                lengths = [[u32::MAX; END_CLASSES]; END_CLASSES];
                continue;
            }
            let classes = |byte: u8| {
                let other = (byte == b'k').then_some(END_CLASSES - 1);
                [Some(end_class(byte)), other].into_iter().flatten()
            };
            let ks = bytes.iter().filter(|&&b| b == b'k').count();
            let bits = (0..=ks).fold(0u32, |bits, k| bits | 1 << (bytes.len() + 2 * k).min(31));
            for f in classes(first) {
                for l in classes(last) {
                    lengths[f][l] |= bits;
                }
            }
        }
        VerbShapes { lengths }
    }

    /// Whether `word`, lowered, may be one of the words: false only when it is none of them.
    #[inline]
    fn may_hold_lowered(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return true;
        };
        self.lengths[end_class(first)][end_class(last)] >> bytes.len().min(31) & 1 != 0
    }
}

impl Gazetteer {
    /// Whether `word`, lowered, is one of [`Gazetteer::saying_verbs`]: most words are turned
    /// away by their shape before the look-up.
    #[inline]
    pub fn is_saying_verb_lowered(&self, word: &str) -> bool {
        self.saying_verb_shapes.may_hold_lowered(word) && self.saying_verbs.contains_lowered(word)
    }

    /// Whether `word` as written is one of [`Gazetteer::saying_verbs`] (all lower case, so a
    /// word they hold is turned away by no shape of them lowered).
    #[inline]
    pub fn is_saying_verb(&self, word: &str) -> bool {
        self.saying_verb_shapes.may_hold_lowered(word) && self.saying_verbs.contains(word)
    }

    /// The surface forms in `text`, leftmost-longest and without overlaps: what an unanchored
    /// search of the whole text finds. Every form has a capital near its start, and capitals are
    /// a few bytes in a hundred: the matcher is run only at the bytes just before and at each
    /// capital that may open a form, not stepped through every byte of the text.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Match> + 't {
        let bytes = text.as_bytes();
        // (no match starts before `at`)
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < bytes.len() {
                let capital = next_capital(bytes, at).unwrap_or(bytes.len());
                // (a form that starts earlier has no capital where one must be; nor does one
                // that starts before the capital where the bytes before it end no form's
                // opening)
                let lead_in = match capital {
                    2.. if capital < bytes.len() => {
                        let pair =
                            usize::from(bytes[capital - 2]) << 8 | usize::from(bytes[capital - 1]);
                        has_bit(&self.lead_in_ends, pair)
                    }
                    _ => true,
                };
                let first = if lead_in {
                    at.max(capital.saturating_sub(self.capital_within))
                } else {
                    capital
                };
                let last = capital.min(bytes.len() - 1);
                at = last + 1;
                for start in first..=last {
                    if !self.may_open(bytes, start) {
                        continue;
                    }
                    let input = Input::new(text).range(start..).anchored(Anchored::Yes);
                    if let Some(m) = self.matcher.find(input) {
                        at = m.end();
                        return Some(m);
                    }
                }
            }
            None
        })
    }

    /// Whether a surface form may start at `start` of `bytes`, by its first two bytes (at the
    /// text's last byte: yes).
    fn may_open(&self, bytes: &[u8], start: usize) -> bool {
        let Some(&second) = bytes.get(start + 1) else {
            return true;
        };
        let pair = usize::from(bytes[start]) << 8 | usize::from(second);
        if !has_bit(&self.opening_pairs, pair) {
            return false;
        }
        // (by its first four bytes, a form of four or more; a shorter one by its pair alone)
        match bytes.get(start..start + 4) {
            Some(&[a, b, c, d]) => {
                has_bit(&self.short_pairs, pair)
                    || has_bit(&self.opening_quads, quad_slot([a, b, c, d]))
            }
            _ => true,
        }
    }

    /// Whether a name, as the text writes it, is a form of a place the gazetteer knows ("Las
    /// Vegas").
    pub fn is_place(&self, name: &str) -> bool {
        self.by_lower
            .get(lower_case(name).as_ref())
            .is_some_and(|&i| self.known[i].kind == EntityKind::Place && self.surfaces[i] == name)
    }

    /// Whether a word is a people's adjective or noun the gazetteer knows ("German", "Spaniard"),
    /// as the text writes it.
    pub fn is_demonym(&self, word: &str) -> bool {
        self.by_lower
            .get(lower_case(word).as_ref())
            .is_some_and(|&i| self.known[i].demonym && self.surfaces[i] == word)
    }
}

/// Whether bit `i` of a table of bits is set.
#[inline]
fn has_bit(bits: &[u64], i: usize) -> bool {
    bits[i / 64] >> (i % 64) & 1 == 1
}

/// Sets bit `i` of a table of bits.
fn set_bit(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

/// The bits of [`Gazetteer::opening_quads`].
const QUAD_BITS: usize = 1 << 16;

/// The bit of four bytes in [`Gazetteer::opening_quads`]: the top bits of their number's product
/// with an odd constant.
#[inline]
fn quad_slot(four: [u8; 4]) -> usize {
    (u32::from_le_bytes(four).wrapping_mul(0x9E37_79B1) >> (32 - QUAD_BITS.trailing_zeros()))
        as usize
}

/// Where the first ASCII capital of `bytes` lies from `from` on, looked for eight bytes at a
/// time (SWAR).
fn next_capital(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::swar::{in_range, read, HIGH};
    // (a byte beyond ASCII, its top bit set, is not taken for the capital it reads as without
    // that bit)
    let capitals = |x: u64| in_range(x & !HIGH, b'A', b'Z') & !x;
    let mut at = from;
    // (sixteen bytes a step, as two numbers: half the steps' bounds checks)
    while let Some(sixteen) = bytes.get(at..at + 16) {
        let (low, high) = sixteen.split_at(8);
        let low = capitals(u64::from_le_bytes(low.try_into().expect("8 bytes")));
        let high = capitals(u64::from_le_bytes(high.try_into().expect("8 bytes")));
        if low | high != 0 {
            let first = if low != 0 {
                low.trailing_zeros()
            } else {
                64 + high.trailing_zeros()
            };
            return Some(at + first as usize / 8);
        }
        at += 16;
    }
    while let Some(x) = read(bytes, at) {
        let capitals = capitals(x);
        if capitals != 0 {
            return Some(at + capitals.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|i| at + i)
}

/// Verbs that say how something was said, beyond the verbs of saying: "mused Blaze co-host Stu
/// Burguiere", "exhorted Clinton's introducer".
const MANNER_OF_SPEAKING: &[&str] = &[
    "alluded",
    "alludes",
    "mouthed",
    "mouths",
    "mused",
    "muses",
    "musing",
    "exhorted",
    "exhorts",
    "bragged",
    "brags",
    "bragging",
    "griped",
    "gripes",
    "marveled",
    "marvelled",
    "marvels",
    "gushed",
    "gushes",
    "ranted",
    "fumed",
    "fumes",
    "sniped",
    "interjected",
    "pleaded",
    "pleads",
    "opined",
    "opines",
    "scoffed",
    "scoffs",
    "yelled",
    "thundered",
    "railed",
];

/// Verbs that say how words were said only beside a quote ("“…,” beamed Donald Hartley"), not
/// when they report what was said without one ("he beams with confidence", "Clinton is assured of
/// winning"); also verbs of saying ([`Gazetteer::saying_verbs`]).
pub const ONLY_BESIDE_A_QUOTE: ShortWordList = ShortWordList::new(&[
    // ("posted on Facebook: “…”", not "posted a loss")
    "posted",
    "posts",
    "beamed",
    "beams",
    "surmised",
    "surmises",
    "sighed",
    "sighs",
    "laughed",
    "laughs",
    "chuckled",
    "chuckles",
    "exclaimed",
    "exclaims",
    "grumbled",
    "grumbles",
    "reasoned",
    "wondered",
    "wonders",
    "deadpanned",
    "deadpans",
    "snapped",
    "pressed",
    "started",
    "starts",
    "revealed",
    "reveals",
    "confessed",
    "confesses",
    "confided",
    "confides",
    "enthused",
    "enthuses",
]);

/// A few lower-case ASCII words, looked up by their length and first byte before they are
/// compared: most words asked about ("said", "told", "added") have a length or a first byte
/// that none of the list has.
pub struct ShortWordList {
    /// The words.
    pub words: &'static [&'static str],
    /// Bit n set when some word is n bytes long (n below 64).
    lengths: u64,
    /// Bit n set when some word begins with the byte 0x40 + n (n below 64).
    first_bytes: u64,
}

impl ShortWordList {
    /// The list of `words`, each of one to 63 bytes beginning with a byte from 0x40 to 0x7F.
    pub const fn new(words: &'static [&'static str]) -> Self {
        let (mut lengths, mut first_bytes) = (0u64, 0u64);
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            assert!(!bytes.is_empty() && bytes.len() < 64 && bytes[0] >= 0x40 && bytes[0] < 0x80);
            lengths |= 1 << bytes.len();
            first_bytes |= 1 << (bytes[0] - 0x40);
            i += 1;
        }
        ShortWordList {
            words,
            lengths,
            first_bytes,
        }
    }

    /// Whether the list holds `word`.
    #[inline]
    pub fn contains(&self, word: &&str) -> bool {
        let (len, first) = (word.len(), word.as_bytes().first().copied().unwrap_or(0));
        len < 64
            && self.lengths >> len & 1 == 1
            && (0x40..0x80).contains(&first)
            && self.first_bytes >> (first - 0x40) & 1 == 1
            && self.words.contains(word)
    }
}

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn words(text: &'static str) -> HashSet<&'static str> {
    data_lines(text)
        .flat_map(|l| l.split_whitespace())
        .collect()
}

/// The names of `data/name_genders.txt` under each of its headings, "female:", "male:" and
/// "unisex:", in that order.
fn listed_names(text: &'static str) -> [WordSet<'static>; 3] {
    let mut sets: [WordSet<'static>; 3] = Default::default();
    let mut section = None;
    for line in data_lines(text) {
        let mut rest = line;
        for (i, heading) in ["female:", "male:", "unisex:"].iter().enumerate() {
            if let Some(after) = line.strip_prefix(heading) {
                section = Some(i);
                rest = after;
            }
        }
        if let Some(i) = section {
            for word in rest.split_whitespace() {
                sets[i].insert(Lower::Borrowed(word));
            }
        }
    }
    sets
}

/// Inflected forms of a verb lemma: say → says, said, saying.
pub fn verb_forms(lemma: &str) -> Vec<String> {
    let irregular: &[(&str, &[&str])] = &[
        ("say", &["says", "said", "saying"]),
        ("tell", &["tells", "told", "telling"]),
        ("write", &["writes", "wrote", "written", "writing"]),
        ("think", &["thinks", "thought", "thinking"]),
        ("admit", &["admits", "admitted", "admitting"]),
        ("quip", &["quips", "quipped", "quipping"]),
        ("post", &["posts", "posted", "posting"]),
        ("speak", &["speaks", "spoke", "spoken", "speaking"]),
    ];
    let mut out = vec![lemma.to_string()];
    if let Some((_, forms)) = irregular.iter().find(|(l, _)| *l == lemma) {
        out.extend(forms.iter().map(|f| f.to_string()));
        return out;
    }
    let bytes = lemma.as_bytes();
    let last = *bytes.last().unwrap_or(&b'x');
    let before_last = if bytes.len() > 1 {
        bytes[bytes.len() - 2]
    } else {
        b'x'
    };
    if last == b'e' {
        let stem = &lemma[..lemma.len() - 1];
        out.extend([
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem}ing"),
        ]);
    } else if last == b'y' && !b"aeiou".contains(&before_last) {
        let stem = &lemma[..lemma.len() - 1];
        out.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        ]);
    } else if lemma.ends_with("sh")
        || lemma.ends_with("ss")
        || lemma.ends_with("ch")
        || last == b'x'
    {
        out.extend([
            format!("{lemma}es"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        ]);
    } else {
        out.extend([
            format!("{lemma}s"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        ]);
    }
    out
}

/// The word lists, loaded on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut surfaces = Vec::new();
    let mut known = Vec::new();
    let mut aliases_of: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    let mut demonyms_of: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    let lists = [
        (include_str!("data/places.txt"), EntityKind::Place),
        (
            include_str!("data/organizations.txt"),
            EntityKind::Organization,
        ),
    ];
    for (text, kind) in lists {
        for line in data_lines(text) {
            let mut fields = line.split('|').map(str::trim);
            let canonical = fields.next().unwrap_or_default();
            let entry = aliases_of.entry(canonical).or_default();
            for (i, field) in std::iter::once(canonical).chain(fields).enumerate() {
                let demonym = field.starts_with('~');
                let surface = field.trim_start_matches('~');
                if i > 0 && surface == canonical {
                    continue;
                }
                entry.push(surface);
                if demonym {
                    demonyms_of.entry(canonical).or_default().push(surface);
                }
                surfaces.push(surface);
                known.push(Known {
                    canonical,
                    kind,
                    demonym,
                });
                // "the Netherlands" is also written "The Netherlands" at a sentence start
                if let Some(rest) = surface.strip_prefix("the ") {
                    surfaces.push(Box::leak(format!("The {rest}").into_boxed_str()));
                    known.push(Known {
                        canonical,
                        kind,
                        demonym,
                    });
                }
            }
        }
    }
    // (an anchored search walks a few bytes of the trie: a DFA would take longer to build than it
    // saves; the contiguous NFA, copied from the noncontiguous one at a small cost, keeps each
    // state's transitions side by side, where the other chains them through memory, and its
    // walks wait on fewer cache misses)
    let matcher = AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(&surfaces)
        .expect("gazetteer patterns build");
    let mut opening_pairs = vec![0u64; 256 * 256 / 64];
    let mut short_pairs = vec![0u64; 256 * 256 / 64];
    let mut opening_quads = vec![0u64; QUAD_BITS / 64];
    for surface in &surfaces {
        let (first, second) = match surface.as_bytes() {
            &[a, b, c, d, ..] => {
                set_bit(&mut opening_quads, quad_slot([a, b, c, d]));
                (usize::from(a), b..=b)
            }
            [first, second, ..] => (usize::from(*first), *second..=*second),
            // (a form of one byte opens with any pair)
            [first] => (usize::from(*first), 0..=u8::MAX),
            [] => continue,
        };
        for second in second {
            let pair = first << 8 | usize::from(second);
            set_bit(&mut opening_pairs, pair);
            if surface.len() < 4 {
                set_bit(&mut short_pairs, pair);
            }
        }
    }
    let capital_within = surfaces
        .iter()
        .map(|s| s.bytes().position(|b| b.is_ascii_uppercase()))
        .try_fold(0, |most, i| Some(most.max(i?)))
        .unwrap_or(usize::MAX);
    let mut lead_in_ends = vec![0u64; 256 * 256 / 64];
    for surface in &surfaces {
        match surface.bytes().position(|b| b.is_ascii_uppercase()) {
            Some(0) => {}
            Some(1) => {
                for before in 0..=255 {
                    set_bit(
                        &mut lead_in_ends,
                        before << 8 | usize::from(surface.as_bytes()[0]),
                    );
                }
            }
            Some(capital) => {
                let lead_in = &surface.as_bytes()[..capital];
                set_bit(
                    &mut lead_in_ends,
                    usize::from(lead_in[capital - 2]) << 8 | usize::from(lead_in[capital - 1]),
                );
            }
            None => lead_in_ends.fill(u64::MAX),
        }
    }
    let by_lower = surfaces
        .iter()
        .enumerate()
        .map(|(i, s)| (s.to_lowercase(), i))
        .collect();
    let mut speech_verbs = WordSet::default();
    let mut saying_verbs = WordSet::default();
    let forms: Vec<String> = data_lines(include_str!("data/speech_verbs.txt"))
        .flat_map(verb_forms)
        .collect();
    for form in &forms {
        saying_verbs.insert(Lower::Owned(form.clone()));
        speech_verbs.insert(Lower::Owned(form.clone()));
    }
    let others = MANNER_OF_SPEAKING.iter().chain(ONLY_BESIDE_A_QUOTE.words);
    for &verb in others.clone() {
        saying_verbs.insert(Lower::Borrowed(verb));
    }
    let saying_verb_shapes =
        VerbShapes::new(forms.iter().map(String::as_str).chain(others.copied()));
    Gazetteer {
        surfaces,
        known,
        matcher,
        opening_pairs,
        short_pairs,
        opening_quads,
        capital_within,
        lead_in_ends,
        by_lower,
        aliases_of,
        demonyms_of,
        titles: data_lines(include_str!("data/titles.txt")).collect(),
        title_first_words: data_lines(include_str!("data/titles.txt"))
            .map(|title| title.split(' ').next().unwrap_or(title))
            .collect(),
        given_names: words(include_str!("data/given_names.txt"))
            .union(&words(include_str!("data/female_names.txt")))
            .copied()
            .collect(),
        female_names: words(include_str!("data/female_names.txt"))
            .into_iter()
            .collect(),
        listed_names: listed_names(include_str!("data/name_genders.txt")),
        common_words: words(include_str!("data/common_words.txt"))
            .into_iter()
            .collect(),
        speech_verbs,
        saying_verbs,
        saying_verb_shapes,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_cover_regular_and_irregular() {
        assert!(verb_forms("say").contains(&"said".to_string()));
        assert!(verb_forms("state").contains(&"stated".to_string()));
        assert!(verb_forms("deny").contains(&"denied".to_string()));
        assert!(verb_forms("stress").contains(&"stressed".to_string()));
        assert!(GAZETTEER.speech_verbs.contains("told"));
    }

    #[test]
    fn short_word_list_finds_what_its_words_hold() {
        let asked = [
            "",
            "said",
            "posted",
            "Posted",
            "posts",
            "poste",
            "deadpanned",
            "é",
            "\u{201C}",
        ];
        for word in asked.iter().chain(ONLY_BESIDE_A_QUOTE.words) {
            assert_eq!(
                ONLY_BESIDE_A_QUOTE.contains(word),
                ONLY_BESIDE_A_QUOTE.words.contains(word),
                "{word:?}"
            );
        }
    }

    #[test]
    fn shapes_of_verbs_of_saying_turn_away_none_of_them() {
        let forms = data_lines(include_str!("data/speech_verbs.txt")).flat_map(verb_forms);
        let listed = MANNER_OF_SPEAKING.iter().chain(ONLY_BESIDE_A_QUOTE.words);
        let mut asked: Vec<String> = forms.chain(listed.map(|v| v.to_string())).collect();
        let variants: Vec<String> = asked
            .iter()
            .flat_map(|v| {
                let mut first = v.chars();
                let capital = first.next().map(|c| c.to_ascii_uppercase());
                [
                    v.to_uppercase(),
                    capital.into_iter().chain(first).collect(),
                    v.replace('k', "\u{212A}"),
                    format!("{v}s"),
                    format!("x{v}"),
                    v[..v.len() - 1].to_string(),
                ]
            })
            .collect();
        asked.extend(variants);
        for other in [
            "",
            "a",
            "the",
            "Zelensky\u{2019}s",
            "Москва",
            "café",
            "\u{201C}said",
            "said\u{201D}",
            "SAİD",
            "\u{212A}",
            "spo\u{212A}e",
            "\u{212A}idded",
            "o'clock",
            "well-known",
        ] {
            asked.push(other.to_string());
        }
        // (a Kelvin sign lowers to "k")
        assert!(GAZETTEER.is_saying_verb_lowered("As\u{212A}ed"));
        for word in &asked {
            assert_eq!(
                GAZETTEER.is_saying_verb_lowered(word),
                GAZETTEER.saying_verbs.contains_lowered(word),
                "{word:?}"
            );
            assert_eq!(
                GAZETTEER.is_saying_verb(word),
                GAZETTEER.saying_verbs.contains(word),
                "{word:?}"
            );
        }
    }

    #[test]
    fn verbs_of_saying_are_lower_case() {
        // (the quote rules look a word up lowered and rely on finding every verb of saying so)
        let forms = data_lines(include_str!("data/speech_verbs.txt")).flat_map(verb_forms);
        for form in forms.chain(MANNER_OF_SPEAKING.iter().map(|v| v.to_string())) {
            assert_eq!(form, form.to_lowercase());
            assert!(
                GAZETTEER
                    .saying_verbs
                    .contains_lowered(&form.to_uppercase()),
                "{form}"
            );
        }
    }

    /// What an unanchored leftmost-longest search of the whole text finds: the reference for
    /// [`Gazetteer::find_iter`].
    fn matches_by_scanning(text: &str) -> Vec<(usize, usize, usize)> {
        static SCANNER: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&GAZETTEER.surfaces)
                .expect("gazetteer patterns build")
        });
        SCANNER
            .find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    fn matches_found(text: &str) -> Vec<(usize, usize, usize)> {
        GAZETTEER
            .find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn names_are_found_where_a_scan_of_every_byte_finds_them() {
        let texts = [
            "",
            "U",
            "He went to the Netherlands and the Ukraine, then to The Hague.",
            "xNew York, the al-Qaeda and al Qaeda men; eBay. BritishAirways",
            "NEW YORK \u{201C}Soci\u{e9}t\u{e9} G\u{e9}n\u{e9}rale\u{201D} in S\u{e3}o Paulo, Ukraine",
            "tthe Netherlands thethe Netherlands",
            "Washington",
        ];
        for text in texts {
            assert_eq!(matches_found(text), matches_by_scanning(text), "{text}");
        }
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for entry in std::fs::read_dir(seeds).expect("seeds") {
            let text = std::fs::read_to_string(entry.expect("seed").path()).unwrap_or_default();
            assert_eq!(matches_found(&text), matches_by_scanning(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn names_in_any_text_are_found_as_a_scan_finds_them(
            words in proptest::collection::vec(
                "(the |al-|al |e|x|New|York|U\\.S\\.|Bay|Ukraine|Netherlands|Qaeda|[A-Za-z]{1,3}| |\\.|\u{e9})",
                0..30,
            )
        ) {
            let text = words.concat();
            proptest::prop_assert_eq!(matches_found(&text), matches_by_scanning(&text));
        }
    }

    #[test]
    fn gazetteer_knows_aliases_and_demonyms() {
        let g = &*GAZETTEER;
        let us = g.surfaces.iter().position(|s| *s == "U.S.").unwrap();
        assert_eq!(g.known[us].canonical, "United States");
        let crimean = g.surfaces.iter().position(|s| *s == "Crimean").unwrap();
        assert_eq!(g.known[crimean].canonical, "Crimea");
        assert!(g.known[crimean].demonym);
        // groups of nations are each their own: the G8 is not the G7
        let canonical = |surface: &str| {
            let i = g.surfaces.iter().position(|s| *s == surface).unwrap();
            g.known[i].canonical
        };
        assert_eq!(canonical("G-7"), "G7");
        assert_eq!(canonical("G8"), "G8");
        assert_eq!(canonical("Group of 10"), "G10");
    }
}
