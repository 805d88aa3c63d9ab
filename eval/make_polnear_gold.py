#!/usr/bin/env python3
"""Build gold direct-quote files (polnear-dev-quotes.jsonl, polnear-test-quotes.jsonl)
from the PolNeAR brat annotations plus the hand corrections in the tables below.

Standard library only.  Usage (from the repo root):

    python3 eval/make_polnear_gold.py            # writes eval/polnear-{dev,test,train}-quotes.jsonl
    python3 eval/make_polnear_gold.py dev train  # only the splits named
    python3 eval/make_polnear_gold.py --review   # also prints every quote with its evidence

`train` is a deterministic sample of PolNeAR train (every TRAIN_STEP-th article in file-name
order: 120 of 840) built by the same automatic rules; no hand corrections are made for it.

Method (see eval/README.md):
  * one annotator file per article: the first `<stem>_<annotator>.ann` alphabetically;
  * the text is scanned paragraph by paragraph (one paragraph = one line) for quoted
    segments: “…”, "…", ''…'' (NYT style) and, outside those, ‘…’ / '…' used as
    quotation marks; a quote left open runs to the end of its paragraph;
  * each segment takes the relation whose Content span covers it (the smallest one),
    and its speaker from that relation's Source span, expanded to the fullest name
    the article uses; pronoun / anonymous sources and gaps are fixed by hand in
    SPEAKER and DROP below (keyed by split/file stem and the code-point offset of
    the quote's opening mark).
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.environ.get("CORPORA", "/work/shared/corpora")

# ----------------------------------------------------------------------------------
# Hand corrections.  Key: ("<split>/<file stem>", offset of the opening quote mark).
# SPEAKER: the speaker to use (None = anonymous / unknown) -- overrides the automatic
#          choice, and is also how a segment the annotators missed is brought in.
# DROP:    segments that are not direct quotes (titles, nicknames, scare quotes...).
# ----------------------------------------------------------------------------------
SPEAKER = {
    # block quotes of a Washington Post story, opened with " and left open per paragraph
    ("dev/breitbart_2016-10-02_washington-post-hit-piece-exploi", 953): "Stephanie McCrummen",
    ("dev/breitbart_2016-10-02_washington-post-hit-piece-exploi", 1614): "Stephanie McCrummen",
    ("dev/breitbart_2016-10-02_washington-post-hit-piece-exploi", 2419): "Stephanie McCrummen",
    ("dev/breitbart_2016-10-02_washington-post-hit-piece-exploi", 2494): "Stephanie McCrummen",
    # quotes the annotator did not mark
    ("dev/huff-post_2016-09-26_one-tweet-sums-up-the-absurd-dou", 953): "Hillary Clinton",
    ("dev/huff-post_2016-09-27_latinos-share-their-most-honest-", 62): None,
    ("dev/west-journal_2016-09-26_popular-website-shows-bias-when-", 1975): "Bernie Sanders",
    ("dev/west-journal_2016-09-26_popular-website-shows-bias-when-", 2224): "Donald Trump",
    ("test/breitbart_2016-10-25_the-latest-fbi-ready-to-respond-", 1626): "Donald Trump",
    ("test/huff-post_2016-11-05_hillary-clinton-drops-into-detro", 1398): "John Podesta",
    ("test/politico_2016-10-31_pence-demands-independent-prosec", 4295): "Reince Priebus",
    ("test/politico_2016-10-31_pence-demands-independent-prosec", 4783): "Reince Priebus",
    ("test/usa-today_2016-10-25_in-florida-s-crucial-county-a-fi", 1916): "Becky McCaughey",
    ("test/wash-post_2016-10-24_clinton-embraced-big-money-syste", 13923): "Haim Saban",
    ("test/wash-post_2016-10-27_trump-leaves-campaign-trail-to-o", 7735): "Hillary Clinton",
    # headline quotes whose Source is not the speaker
    ("test/breitbart_2016-11-07_wikileaks-hillary-clinton-flatte", 51): "Hillary Clinton",
    ("test/west-journal_2016-10-25_wikileaks-podesta-said-obamas-do", 31): "John Podesta",
    ("test/west-journal_2016-11-01_wikileaks-bombshell-podesta-inst", 56): "John Podesta",
    ("test/wash-post_2016-10-27_top-aide-s-leaked-memo-details-b", 31): "Douglas Band",
}
DROP = {
    ("dev/huff-post_2016-09-20_hillary-clinton-speaks-directly-", 23): "headline paraphrase",
    ("dev/huff-post_2016-09-22_trump-the-dealmaker-could-addres", 6): "nickname",
    ("dev/huff-post_2016-10-07_frustrated-parents-rally-nationw", 39): "campaign name",
    ("test/breitbart_2016-11-07_wikileaks-hillary-clinton-flatte", 582): "nickname",
    ("test/politico_2016-10-12_hacked-page-roundup-of-paid-spee", 54): "headline characterisation",
    ("dev/huff-post_2016-09-10_trump-s-east-european-achilles-h", 1601): "platform wording, no speaker",
    ("dev/huff-post_2016-09-20_hillary-clinton-speaks-directly-", 308): "show title",
    ("dev/nyt_2016-09-19_obama-sees-personal-insult-if-bl", 6932): "event name",
    ("dev/nyt_2016-09-25_obama-says-african-american-muse", 3960): "song title",
    ("dev/usa-today_2016-09-16_hold-melania-trump-to-her-husban", 83): "article title",
    ("dev/wash-post_2016-09-26_charlotte-struggles-to-return-to", 2771): "show title",
    ("test/breitbart_2016-10-22_canada-eu-failure-signals-more-b", 1764): "book title",
    ("test/breitbart_2016-10-25_the-latest-fbi-ready-to-respond-", 4660): "slogan",
    ("test/nyt_2016-10-20_luring-chinese-investors-with-tr", 4135): "set phrase",
}
# per-article fixes of a Source span's automatic name: (split/stem prefix, Source text) -> name
RENAME = {
    ("dev/breitbart_2016-09-25_pence", "WALLACE"): "Chris Wallace",
    ("dev/breitbart_2016-09-25_pence", "PENCE"): "Mike Pence",
    ("dev/breitbart_2016-09-30_the-latest", "The New York businessman"): "Donald Trump",
    ("dev/usa-today_2016-09-08_candidates", "the New York businessman"): "Donald Trump",
    ("dev/huff-post_2016-09-16_black-lawmakers", "Black Lawmakers"): None,
    ("dev/huff-post_2016-09-20_elizabeth-warren", "Elizabeth Warren Hammers Wells Fargo CEO"): "Elizabeth Warren",
    ("dev/huff-post_2016-10-07_frustrated", "Frustrated Parents"): None,
    ("dev/nyt_2016-09-19_obama-sees", "Obama"): "Obama",
    ("dev/nyt_2016-09-19_obama-sees", "President Obama"): "Obama",
    ("dev/nyt_2016-09-19_obama-sees", "Mr. Obama"): "Obama",
    ("dev/politico_2016-09-17_de-blasio", "De Blasio"): "Bill de Blasio",
    ("dev/politico_2016-09-22_judge", "Trump lawyer Marc Kasowitz"): "Marc Kasowitz",
    ("dev/politico_2016-09-28_axelrod", "Obama's former campaign strategist"): "David Axelrod",
    ("dev/politico_2016-09-28_axelrod", "Dean, a former Democratic National Committee chairman and presidential candidate"): "Howard Dean",
    ("dev/usa-today_2016-09-08_candidates", "retired Air Force general Lloyd Newton"): "Lloyd Newton",
    ("dev/west-journal_2016-09-15_retired", "Retired General"): None,
    ("dev/west-journal_2016-10-04_railing", "The Hill"): "The Hill",
    ("dev/west-journal_2016-10-04_railing", "the Times"): "New York Times",
    ("test/breitbart_2016-10-12_washington", "the influential US daily"): "Washington Post",
    ("test/breitbart_2016-10-18_obama", "FBI notes released Monday"): None,
    ("test/huff-post_2016-10-14_donald-trump-jr", "Donald Trump’s son"): "Donald Trump Jr",
    ("test/huff-post_2016-10-14_donald-trump-jr", "Trump Jr."): "Donald Trump Jr",
    ("test/huff-post_2016-10-21_michaela", "Davis"): "Michaela Angela Davis",
    ("test/nyt_2016-10-20_luring", "A hotel project in Texas"): None,
    ("test/nyt_2016-10-20_luring", "Ms. Dong"): "Dong Xiaolin",
    ("test/nyt_2016-10-20_luring", "a job posting on the website of The Beijinger, an English-language Beijing magazine,"): "The Beijinger",
    ("test/nyt_2016-10-24_black", "Mr. Butterfield"): "G. K. Butterfield",
    ("test/politico_2016-10-12_hacked", "PARTICIPANT"): None,
    ("test/politico_2016-10-31_justice", "Sens. Tom Carper, Patrick Leahy and Ben Cardin"): None,
    ("test/wash-post_2016-10-27_top-aide", "A Coca-Cola spokesman"): None,
    ("test/wash-post_2016-10-27_top-aide", "A Dow spokeswoman"): None,
    ("test/wash-post_2016-10-27_top-aide", "Clinton campaign spokesman Glen Caplin"): "Glen Caplin",
    ("test/wash-post_2016-10-27_trump-leaves", "Her campaign"): "Clinton campaign",
    ("test/wash-post_2016-10-19_so-guess", "His office"): None,
    ("test/west-journal_2016-10-19_lone", "Millikin University Media Coordinator Dane Lisser"): "Dane Lisser",
    ("test/west-journal_2016-11-01_wikileaks", "Fox News reporter Ed Henry"): "Ed Henry",
    ("test/breitbart_2016-10-13_cnn", "Brazile’s CNN colleague, Jake Tapper,"): "Jake Tapper",
    ("test/usa-today_2016-10-20_who-won", "HadasGold,Politico"): "Hadas Gold",
    ("test/wash-post_2016-10-27_top-aide", "Hillary Clinton campaign spokesman Glen Caplin"): "Glen Caplin",
    ("dev/politico_2016-09-08_flynn", "Hillary Clinton’s campaign manager Robby Mook"): "Robby Mook",
    ("dev/politico_2016-09-08_flynn", "Clinton campaign manager Robby Mook"): "Robby Mook",
}


# PolNeAR train: every TRAIN_STEP-th article in file-name order (840 / 7 = 120 articles)
TRAIN_STEP = 7


def renamed(key0, raw, spk):
    for (k, r), v in RENAME.items():
        if key0.startswith(k) and raw.strip() == r:
            return v
    return spk

PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us",
            "his", "its", "their", "our", "my", "me", "who", "which", "that", "this",
            "one", "himself", "herself", "themselves", "both", "some", "others", "many"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "gov", "sen", "rep", "president", "secretary",
          "vice", "former", "republican", "democratic", "democrat", "gop", "senator",
          "governor", "the", "u.s", "rev", "gen", "lt", "col", "sgt", "judge", "justice",
          "mayor", "speaker", "chairman", "chairwoman", "candidate", "nominee", "state",
          "attorney", "general", "presidential", "director", "fbi", "cia", "white",
          "house", "press", "representative", "congressman", "congresswoman", "first",
          "lady", "prime", "minister", "chief", "sir", "adm", "ret", "hon", "pastor",
          "sheriff", "professor", "prof", "host", "moderator", "anchor", "campaign",
          "manager", "chair", "spokesman", "spokeswoman", "independent", "libertarian",
          "green", "party", "senate", "majority", "minority", "leader", "whip", "u.n",
          "ambassador", "commissioner", "officer", "detective", "chancellor", "dem"}


ROLES = {"interim", "retired", "fed", "activist", "rival", "del", "city", "security", "chairwoman",
         "spokesperson", "adviser", "aide", "strategist", "reporter", "columnist", "editor",
         "economist", "analyst", "psychologist", "psychotherapist", "blogger", "widow", "intern"}


def parse_ann(path):
    """brat standoff -> (spans {id: (type, [(s, e)], text)}, events [{role: id}])."""
    spans, events = {}, []
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^([TE#])(\d+)\t(.*)$", line)
        if not m:
            continue  # continuation of a multi-line covered text, or blank
        kind, num, rest = m.groups()
        if kind == "T":
            head, _, covered = rest.partition("\t")
            typ, rng = head.split(" ", 1)
            ranges = [tuple(map(int, r.split())) for r in rng.split(";")]
            spans["T" + num] = (typ, ranges, covered)
        elif kind == "E":
            ev = {}
            for arg in rest.split():
                role, _, tid = arg.partition(":")
                ev[role.rstrip("0123456789") if role.startswith("Content") else role] = tid
                if role == "Content2":
                    ev["Content2"] = tid
            events.append(ev)
    return spans, events


# ------------------------------------------------------------------ segments
def is_word(ch):
    return ch.isalnum()


def find_segments(text):
    """Return quoted segments: dicts with open (offset of the opening mark), s, e
    (inner text range), line, kind ('double' or 'single'), unclosed (bool)."""
    out = []
    pos = 0
    # quote marks inside markup such as <tweet id="..."> are not quotation marks
    text = re.sub(r"<[^<>\n]*>", lambda m: " " * len(m.group(0)), text)
    for ln, para in enumerate(text.split("\n"), 1):
        i, n = 0, len(para)
        opened = None  # (offset in para, mark)
        dq_ranges = []
        while i < n:
            ch = para[i]
            two = para[i:i + 2]
            mark = None
            if two == "''":
                mark = "''"
            elif ch in "“”\"":
                mark = ch
            if mark is None:
                i += 1
                continue
            if opened is None:
                if mark == "”":  # stray closing mark
                    i += 1
                    continue
                opened = (i, mark)
            else:
                om = opened[1]
                if om == "\"" and mark == "“":
                    # nested curly quote inside a straight one: skip to its end
                    j = para.find("”", i + 1)
                    i = (j + 1) if j > 0 else i + 1
                    continue
                if om == "“" and mark == "“":
                    # a second opening: the first was never closed (or nests); close there
                    out.append(dict(open=pos + opened[0], s=pos + opened[0] + 1, e=pos + i,
                                    line=ln, kind="double", unclosed=True))
                    dq_ranges.append((opened[0], i))
                    opened = (i, mark)
                    i += 1
                    continue
                st = opened[0] + len(opened[1])
                out.append(dict(open=pos + opened[0], s=pos + st, e=pos + i, line=ln,
                                kind="double", unclosed=False))
                dq_ranges.append((opened[0], i + len(mark)))
                opened = None
            i += len(mark)
        if opened is not None:
            st = opened[0] + len(opened[1])
            out.append(dict(open=pos + opened[0], s=pos + st, e=pos + len(para.rstrip()),
                            line=ln, kind="double", unclosed=True))
            dq_ranges.append((opened[0], n))
        # single quotes used as quotation marks, outside double-quoted ranges
        for m in re.finditer(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z0-9$])", para):
            a = m.start()
            if any(x <= a < y for x, y in dq_ranges):
                continue
            if re.match(r"['‘](\d\ds?\b|em\b|til\b|cause\b|n\b|tis\b)", para[a:]):
                continue
            # closing: ’ or ' after a non-space, followed by a non-word char or end
            for c in re.finditer(r"(?<=\S)['’](?=$|[^\w])", para[a + 1:]):
                b = a + 1 + c.start()
                if para[b - 1] == "s" and para[b:b + 2] in ("' ", "’ ") and \
                        re.match(r"\s+[a-z]", para[b + 1:]) and not re.search(r"[,.!?]$", para[a:b]):
                    continue  # plural possessive (voters’ concerns)
                if any(x <= b < y for x, y in dq_ranges):
                    break
                out.append(dict(open=pos + a, s=pos + a + 1, e=pos + b, line=ln,
                                kind="single", unclosed=False))
                break
        pos += len(para) + 1
    out.sort(key=lambda d: d["open"])
    return out


LABEL = re.compile(r"^\s*([A-Z][A-Z.'’ -]{1,30}):\s+")  # transcript speaker label "PENCE: "


def seg_text(text, seg):
    t = text[seg["s"]:seg["e"]]
    m = LABEL.match(t)
    if m:
        seg["label"] = m.group(1)
        seg["s"] += m.end()
        t = t[m.end():]
    lead = len(t) - len(t.lstrip())
    seg["s"] += lead
    t = t.strip()
    seg["e"] = seg["s"] + len(t)
    return t


# ------------------------------------------------------------------ speakers
def span_text(text, spans, tid):
    return " ".join(text[s:e] for s, e in spans[tid][1])


# capitalised words that open a sentence (adverbs, conjunctions, determiners) are no part of
# a name that follows ("Maybe Trump", "Even China", "Her campaign manager"), and days and
# months no part of any ("a September Washington Post-ABC News poll", "on Thursday")
PARTICLES = {"de", "van", "von", "del", "da", "la", "bin"}
LEADING = {"maybe", "perhaps", "but", "and", "so", "yet", "then", "now", "also", "still",
           "when", "while", "if", "as", "after", "before", "since", "meanwhile", "however",
           "another", "a", "an", "one", "his", "her", "its", "their", "our", "my", "this",
           "that", "these", "those", "some", "even", "other", "many", "most", "several",
           "both", "all", "each", "every", "no"}
DATES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "june", "july", "august", "september",
         "october", "november", "december"}


def name_sequences(src, owners=True):
    """Capitalised name sequences of a Source span, titles cut; a particle ("de", "van") only
    inside a name, before a capitalised word; a nickname in quotation marks dropped;
    owners=False leaves out possessive names ("Scott's niece")."""
    src = re.sub(r"\([^)]*\)", " ", src)
    src = re.sub(r"\s[\"“][^\"“”]{1,20}[\"”](?=\s)", " ", src)
    if not owners:
        src = re.sub(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?(?!\w)", " ", src)
    src = re.sub(r"['’]s?\b(?!\w)", " ", src)
    seqs = []
    word = r"[A-Z][\w.’'-]*"
    for m in re.finditer(word + r"(?:(?:\s+(?:de|van|von|del|da|la|bin))*\s+" + word + ")*", src):
        pieces = [[]]
        for t in m.group(0).split():
            if t.lower() in DATES:
                pieces.append([])
            else:
                pieces[-1].append(t)
        for toks in pieces:
            while toks and (toks[0].lower().rstrip(".") in TITLES or toks[0].lower() in LEADING):
                toks.pop(0)
            # a trailing title ("Gingrich, Former Speaker"), not a surname ("Adam Green")
            while toks and toks[-1].lower().rstrip(".") in TITLES - {"jr", "sr", "green", "white"}:
                toks.pop()
            while toks and toks[-1] in PARTICLES:
                toks.pop()
            if toks:
                seqs.append(" ".join(toks))
    return seqs


def expand(name, text):
    """'Trump' -> 'Donald Trump' when the article says so; drop middle initials."""
    toks = name.split()
    toks = [t for t in toks if not re.fullmatch(r"[A-Z]\.", t)] or toks
    if len(toks) >= 2:
        return " ".join(toks)
    sur = toks[0]
    firsts = Counter()
    body = text.split("\n", 1)[-1]  # the headline is in Title Case: skip it
    for m in re.finditer(r"\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+" + re.escape(sur) + r"\b", body):
        f = m.group(1)
        if f.lower() in TITLES or f.lower() in LEADING or f in ("The", "A", "An", "In", "On", "But", "And", "As", "If",
                                         "When", "While", "That", "For", "At", "Of", "By"):
            continue
        firsts[f] += 1
    if firsts:
        return firsts.most_common(1)[0][0] + " " + sur
    # a family name before a hyphenated given name ("Ban" -> "Ban Ki-moon"), or a woman's
    # given name before her surname ("Hillary" -> "Hillary Clinton")
    after = r"([A-Z][a-z]+-[a-z]+)" if sur not in FEMALE else r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    lasts = Counter(re.findall(r"\b" + re.escape(sur) + r"\s+" + after + r"\b", body))
    if lasts:
        return sur + " " + lasts.most_common(1)[0][0]
    return sur


FEMALE = set("""Hillary Elizabeth Claire Kellyanne Jennifer Donna Loretta Melania Michelle Huma
Neera Nancy Maxine Lily Julie Debra Paula Olivia Kirsten Carolyn Randi Sarah Geneva Becky Ana Mary
Elaine Fran Vaile Janet Lisa Heidi Mariana Sheila Karen Jessica Erica Maya Katy Stephanie Melanie
Connie Minyon Margarita Liz Marcia Doris Jacklyn Carla Krystal Esther Azucena Martha Ariana
Christina Adriana Pamela Malkia Ava Angela Gwen Leslie Terry Michaela Peggy Kathleen Meghan
Brittany Fallyn Michele Hope AshLee Jewell Sadie Kimberly Quina Katelynn Ivana Gennifer Chelsea
Hadas Nikki Angelique Jo-Renee Maria Taylor Hailey Alicia Ann Dana Susan Sadie Jill Condoleezza
Madeleine Stacey Debbie Amelize Michaela Patti Oprah Alison Sally Tammy Catherine Kate Marsha
Diane Dianne Barbara Laura Amy Sarah Ayanna Zephyr Jacqueline Jacky Joy Linda Karine Anne Nina
Megyn Andrea Cecile Yvette Tulsi Ruth Sonia Elena Samantha Valerie Jeanne Shirley Wendy""".split())
PERSON_ROLE = re.compile(r"\b(president|mayor|senator|sen|governor|gov|nominee|lawmaker|candidate|"
                         r"congressman|congresswoman|secretary|businessman|billionaire|chairman|"
                         r"speaker|leader|director|spokesman|spokeswoman|adviser|aide|woman|man|"
                         r"host|lady|judge|general|son|daughter|wife|husband|official|strategist)\b")


def female(name, text):
    """A woman's name: a listed given name, or a surname the article titles "Ms."/"Mrs."
    ("Ms. Sherry"), unless it also titles it "Mr." (a man of the family)."""
    sur = re.escape(name.split()[-1])
    if re.search(r"\bMr\.? " + sur + r"\b", text):
        return False
    return name.split()[0] in FEMALE or bool(re.search(r"\b(?:Ms|Mrs|Miss)\.? " + sur + r"\b", text))


def resolve(raw, at, named, text=""):
    """Candidate for a pronoun / description source: the nearest named source before it,
    of the right gender for he/she; None for I/we/they/it and non-person descriptions."""
    low = raw.lower().strip()
    prev = [n for a, n in named if a < at and n]
    if low in ("she", "her", "herself"):
        cand = [n for n in prev if female(n, text)]
    elif low in ("he", "him", "himself"):
        cand = [n for n in prev if not female(n, text)]
    elif low in ("i", "we", "they", "it", "you", "who", "which", "one") or not PERSON_ROLE.search(low):
        return None
    else:
        cand = prev
    return cand[-1] if cand else None


def head_of(src):
    """The part of a Source span that names the speaker.  Of its comma-separated parts, the
    first with a name that is not only an owner ("Scott's niece, state Del. Marcia Price" ->
    the second; "Sanders, the senator from Vermont" -> "Sanders"; "His former business partner
    at Lenox, Lawrence B. Cummings" -> the second, as a name after a preposition does not
    count; when none does, the first part up to its preposition if that ends in a common
    noun, not a title: "former secretary of state Hillary Clinton").  A relative clause is cut first ("a Trump supporter who runs ..."); within the
    part, so is what follows a preposition or "and" when a
    person's name stands before it ("Mr. Morgan of the Sierra Club", "Adam Green, co-founder
    of ...", but not "Citizens for Tax Justice").  Also whether any part had such a name."""
    s = re.sub(r"\([^)]*\)", " ", src)
    m = re.search(r"(?:^|\s)(?:who|whose|which|that)\s", s)
    if m:
        s = s[:m.start()]
    preposition = re.compile(r"\s(?:of|from|at|for|in|with|on|to|by)\s")
    first = None
    for part in (p.strip() for p in s.split(",")):
        m = preposition.search(part)
        before = part[:m.start()] if m else part
        document = bool(before.split()) and before.split()[-1].lower() in DOCUMENTS
        if document and name_sequences(before):
            return before, True  # a body's or person's document: "Ivana Trump's brief"
        agent = re.search(r"\s(?:from|by)\s", part)
        if agent and any(w.lower() in DOCUMENTS for w in part[:agent.start()].split()):
            # "An email sent … by aide Jennifer Palmieri to Podesta": its author
            author = re.split(r"\sto\s", part[agent.end():])[0]
            if name_sequences(author, owners=False):
                return head_of(author)
        if not name_sequences(before, owners=False):
            first = first or before
            continue  # "Another critic", "His former business partner at Lenox"
        m = re.search(r"\s(?:of|from|at|for|in|with|on|to|by|and)\s", part)
        before = part[:m.start()] if m else part
        seqs = name_sequences(before, owners=False)
        titled = re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+[A-Z]", before)
        if any(len(q.split()) >= 2 for q in seqs) or (seqs and titled):
            return before, True
        return part, True
    # no part names anyone: the first part's head when it is a common noun ("John Kerry's
    # dear partners in Tehran", "former aides to Mr. Weiner"), not a title ("Secretary of
    # State John Kerry")
    if first and re.fullmatch(r"[a-z][a-z-]*", first.split()[-1]) and \
            first.split()[-1] not in TITLES | ROLES:
        return first, False
    return src, False


# nouns for a body's writings: "the Heritage Foundation website" speaks for the foundation
DOCUMENTS = {"report", "memo", "brief", "statement", "study", "website", "poll", "survey",
             "letter", "filing", "complaint", "editorial", "analysis", "release", "lawsuit",
             "email", "e-mail", "attachment"}


def auto_speaker(text, src):
    """(speaker or None, flag) from a Source span text."""
    s = src.strip()
    low = s.lower()
    if low in PRONOUNS or low.split()[0] in ("he", "she", "they", "we", "i"):
        return None, "pronoun"
    head, found = head_of(s)
    seqs = name_sequences(head)
    words = [w for w in re.sub(r"\([^)]*\)", " ", head).replace(",", " ").split()
             if w.lower() not in DATES]
    if len(words) > 1 and words[-1] in ("released", "published", "conducted"):
        words = words[:-1]  # "a CNN/ORC poll released Monday"
    if found and words and words[-1].lower() in DOCUMENTS and seqs:
        # a named body's document: "the Heritage Foundation website", "Ivana Trump's brief"
        return expand(max(seqs, key=len), text), "name"
    multi = [q for q in seqs if len(q.split()) >= 2]
    # a description, not a name, when its last word is a common noun ("the New York
    # businessman", "a Trump supporter") or a party ("the Wisconsin Republican"): a definite
    # one refers back to someone named earlier; "a spokesman", "one official" stay anonymous
    party = len(words) >= 2 and words[0].lower() == "the" and \
        words[-1].lower() in ("republican", "democrat", "libertarian")
    if words and (party or re.fullmatch(r"[a-z][a-z-]*", words[-1])) and words[-1] not in (
            "campaign", "administration", "committee", "department", "office", "team", "camp"):
        if words[0].lower() in ("the", "this", "that", "his", "her", "their", "our"):
            return None, "pronoun"
        return None, "anonymous"
    if not seqs:
        return None, "anonymous"
    # the name closest to the head: "San Diego chapter president Luis Osuna" -> "Luis Osuna"
    # (without a head part, the first: "The email from X to Y")
    name = (multi[-1] if found else multi[0]) if multi else seqs[-1]
    toks = name.split()
    # "Interim DNC Chairwoman Donna Brazile" -> "Donna Brazile": cut after the last title word
    cut = [i for i, t in enumerate(toks) if t.lower().rstrip(".,") in TITLES | ROLES
           or re.fullmatch(r"[A-Z&-]{2,}", t.rstrip(".,"))]
    if cut and cut[-1] < len(toks) - 1:
        name = " ".join(toks[cut[-1] + 1:])
    org = re.search(r"\b(campaign|administration|committee|department|office|party|team|camp)\b",
                    head.lower())
    if org and not multi:
        return re.sub(r"^(the|a)\s+", "", re.sub(r"['’]s\b", "", head), flags=re.I).strip(), "org"
    return expand(name, text), "name"


# ------------------------------------------------------------------ main
def build(split, review=False):
    rows, problems, dropped = [], [], set()
    tdir = os.path.join(CORPORA, "polnear", split, "text")
    adir = os.path.join(CORPORA, "polnear", split, "attributions")
    files = sorted(glob.glob(os.path.join(tdir, "*.txt")))
    if split == "train":
        files = files[::TRAIN_STEP]
    for tf in files:
        stem = os.path.basename(tf)[:-4]
        key0 = f"{split}/{stem}"
        anns = sorted(a for a in glob.glob(os.path.join(adir, stem + "_*.ann"))
                      if os.path.basename(a)[:-4].rsplit("_", 1)[0] == stem)
        text = open(tf, encoding="utf-8").read()
        spans, events = parse_ann(anns[0])
        # resolve every relation's source once, in text order, for pronoun proposals
        evinfo = []
        for ev in events:
            c = ev.get("Content")
            if c not in spans:
                continue
            src = ev.get("Source")
            raw = span_text(text, spans, src) if src in spans else ""
            if raw:
                spk, flag = auto_speaker(text, raw)
            else:
                spk, flag = None, "no-source"
            spk = renamed(key0, raw, spk)
            where = spans[src][1][0][0] if src in spans else spans[c][1][0][0]
            evinfo.append(dict(ranges=spans[c][1], raw=raw, spk=spk, flag=flag, at=where))
        named = sorted((e["at"], e["spk"]) for e in evinfo if e["flag"] in ("name",))
        cands = []
        for seg in find_segments(text):
            key = (key0, seg["open"])
            for table in (SPEAKER, DROP):
                for k in table:
                    if k[1] == seg["open"] and key0.startswith(k[0]) and k != key:
                        key = k
            qt = seg_text(text, seg)
            if key in DROP:
                dropped.add(key)
                continue
            if not re.search(r"\w", qt):
                continue
            length = seg["e"] - seg["s"]
            best = None
            for e in evinfo:
                ov = sum(max(0, min(b, seg["e"]) - max(a, seg["s"])) for a, b in e["ranges"])
                size = sum(b - a for a, b in e["ranges"])
                if ov >= 0.5 * length and (best is None or size < best[0]):
                    best = (size, e)
            c = dict(seg=seg, key=key, qt=qt, best=best, spk=None, flag="uncovered", raw="")
            if best:
                e = best[1]
                c.update(spk=e["spk"], flag=e["flag"], raw=e["raw"])
                if e["flag"] == "pronoun":
                    c["spk"] = resolve(e["raw"], e["at"], named, text)
            if seg.get("label"):
                c.update(spk=renamed(key0, seg["label"], expand(seg["label"].title(), text)),
                         flag="label", raw=seg["label"])
            cands.append(c)
        for c in cands:
            if c["flag"] == "uncovered" and c["seg"]["kind"] == "double" and len(c["qt"].split()) >= 4:
                # "X," he said, "Y." with only one part annotated: same paragraph, same speaker
                same = [d for d in cands if d["seg"]["line"] == c["seg"]["line"] and d is not c
                        and d["flag"] not in ("uncovered", "same-paragraph")]
                before = [d for d in same if d["seg"]["open"] < c["seg"]["open"]]
                pick = before[-1] if before else (same[0] if same else None)
                if pick:
                    c.update(spk=pick["spk"], flag="same-paragraph", raw="(same paragraph)")
        for c in cands:
            seg, key, qt, spk, flag, raw = c["seg"], c["key"], c["qt"], c["spk"], c["flag"], c["raw"]
            if key in SPEAKER:
                spk, flag = SPEAKER[key], "fixed"
            keep = flag != "uncovered"
            if review:
                ctx = text[max(0, seg["open"] - 160):seg["open"]].replace("\n", " ¶ ")
                print(f"{key0}\t{seg['open']}\tL{seg['line']}\t{seg['kind'][0]}"
                      f"{'U' if seg['unclosed'] else ''}\t{flag}\t[{raw}] -> {spk!r}\t{'KEEP' if keep else 'skip'}"
                      f"\n    ...{ctx[-160:]}\n    >> {qt[:150]}")
            if not keep:
                continue
            rows.append(dict(source=f"polnear/{split}/text/{stem}.txt", line=seg["line"],
                             speaker=spk, text=qt, _flag=flag, _key=key))
    # ---- checks
    seen = set()
    lines_cache = {}
    for r in rows:
        k = (r["source"], r["line"], r["text"])
        if k in seen:
            problems.append(f"duplicate {k}")
        seen.add(k)
        p = os.path.join(CORPORA, r["source"])
        if p not in lines_cache:
            lines_cache[p] = open(p, encoding="utf-8").read().split("\n")
        if r["text"] not in lines_cache[p][r["line"] - 1]:
            problems.append(f"text not on its line: {r['source']}:{r['line']} {r['text'][:60]}")
    stale = [k for k in list(SPEAKER) + list(DROP) if k[0].startswith(split + "/")
             and k not in {r["_key"] for r in rows} and k not in dropped]
    for k in stale:
        problems.append(f"SPEAKER key matches no segment: {k}")
    return rows, problems


def selftest():
    """The Source-span rules on made-up spans, each with its trap (`--selftest`)."""
    body = ("Headline\nJane Roe met Ban Ki-moon and Hillary Clinton. Maybe Trump knows. "
            "Donald Trump spoke. Max Muster, Alex Stone and Ivy Trump were there.\n")
    cases = [
        ("Roe, the senator from Vermont,", ("Jane Roe", "name")),  # not the place
        ("San Diego chapter president Luis Osuna", ("Luis Osuna", "name")),  # not the place
        ("Mr. Muster of the Sierra Club", ("Max Muster", "name")),  # not the club
        ("Another critic, Alex Stone,", ("Alex Stone", "name")),  # "Another" is no name
        ("His former partner at Acme, Alex Stone,", ("Alex Stone", "name")),  # nor Acme
        ("Scott's niece, state Del. Ivy \"Cia\" Stone (D-Va.),", ("Ivy Stone", "name")),
        ("a Trump supporter who runs the account @WomenForTrump", (None, "anonymous")),
        ("the Wisconsin Republican", (None, "pronoun")),  # a description, not "Wisconsin"
        ("the New York businessman", (None, "pronoun")),
        ("a national CNN/ORC poll released Monday", ("CNN", "name")),  # not "Monday"
        ("the groups who wrote to her on Thursday", (None, "pronoun")),
        ("Ivy Trump's brief", ("Ivy Trump", "name")),  # a person's document
        ("Secretary of State Alex Stone", ("Alex Stone", "name")),  # "of" in a title
        ("former secretary of state Ivy Trump", ("Ivy Trump", "name")),
        ("former aides to Mr. Muster", (None, "anonymous")),  # not Muster himself
        ("Donald Trump's campaign manager", (None, "anonymous")),  # not Trump himself
        ("Trump", ("Donald Trump", "name")),  # not "Maybe Trump"
        ("Ban", ("Ban Ki-moon", "name")),  # family name first
        ("Hillary", ("Hillary Clinton", "name")),  # a woman's given name
        ("Juan de la Cruz", ("Juan de la Cruz", "name")),  # a particle inside a name
        ("The email from aide Alex Stone to Max Muster", ("Alex Stone", "name")),  # its author
        ("An email sent in May by Alex Stone to Muster", ("Alex Stone", "name")),
        ("Max Muster’s dear friends in Tehran", (None, "anonymous")),  # "dear" is no "de"
    ]
    text = "Ms. Sherry spoke, and so did Mr. Lee and Ms. Lee. Carl Rove listened."
    named = [(0, "Maureen Sherry"), (20, "Hillary Clinton"), (30, "Carl Rove")]
    cases_she = [("she", 25, "Hillary Clinton"), ("she", 35, "Hillary Clinton"),
                 ("he", 35, "Carl Rove"), ("she", 10, "Maureen Sherry")]
    named2 = [(0, "Maureen Sherry"), (30, "Carl Rove")]
    cases_she += [("she", 35, "Maureen Sherry")]  # "Ms. Sherry": a woman, not the man
    bad = 0
    for i, (raw, at, want) in enumerate(cases_she):
        got = resolve(raw, at, named if i < 4 else named2, text)
        if got != want:
            bad += 1
            print(f"selftest: {raw!r} at {at} -> {got!r}, want {want!r}", file=sys.stderr)
    for src, want in cases:
        got = auto_speaker(body, src)
        if got != want:
            bad += 1
            print(f"selftest: {src!r} -> {got!r}, want {want!r}", file=sys.stderr)
    total = len(cases) + len(cases_she)
    print(f"selftest: {total - bad}/{total} right", file=sys.stderr)
    return bad


def main():
    if "--selftest" in sys.argv:
        sys.exit(1 if selftest() else 0)
    review = "--review" in sys.argv
    splits = [a for a in sys.argv[1:] if not a.startswith("--")] or ["dev", "test", "train"]
    total_bad = 0
    for split in splits:
        rows, problems = build(split, review)
        out = os.path.join(HERE, f"polnear-{split}-quotes.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: r[k] for k in ("source", "line", "speaker", "text")},
                                   ensure_ascii=False) + "\n")
        nulls = sum(r["speaker"] is None for r in rows)
        arts = len({r["source"] for r in rows})
        print(f"{split}: {len(rows)} quotes in {arts} articles, {nulls} with speaker null -> {out}",
              file=sys.stderr)
        for p in problems:
            print("  PROBLEM", p, file=sys.stderr)
        total_bad += len(problems)
    sys.exit(1 if total_bad else 0)


if __name__ == "__main__":
    main()
