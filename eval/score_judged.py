#!/usr/bin/env python3
"""Scores newsidx's speakers on quotes a judge attributed blind (eval/judged-*-speakers.jsonl).

Each gold line names one quote newsidx found at some build ({"source", "line", "text"}) and the
speaker a helper gave it from the article alone, never seeing newsidx's output ("speaker", or
null for an unnamed or collective source), or "status": "not_speech" for a title, a term or a
scare quote. The articles named are copied to a temporary folder, indexed with BIN, and each gold
quote is looked up in `BIN quotes --json` by source, line and text. Speaker accuracy is over the
"speech" items: right when both are null, or when the names agree loosely (titles and legal forms
dropped, the same last word, or one name's words inside the other's), as the judge wrote the
fullest name the article gives and newsidx its canonical one ("FA" for "Football Association"
counted as wrong before the sixteenth session; since then an acronym written in capitals that
is the other name's initials, and "Organization" for "Organisation", count as the same name,
and `--strict` gives the old match). A quote the build no longer finds counts as wrong.

Usage: python3 eval/score_judged.py --gold eval/judged-dev-speakers.jsonl --bin BIN [--show N]
(needs ../shared/corpora beside the repository).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(HERE, "..", "..", "shared", "corpora")
DROPPED = {"mr", "mrs", "ms", "dr", "sir", "lord", "the", "inc", "corp", "co", "ltd", "plc", "jr"}


def words(name):
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return [w for w in re.sub(r"[^a-z0-9 ]", " ", name).split() if w not in DROPPED]


SPELLINGS = {"organization": "organisation"}
SMALL_WORDS = {"of", "and", "for", "on", "the", "de", "du", "des", "&"}


def initials(name):
    """The initials of a name's capitalised words: "British Printing and Communication
    Corporation Plc" -> "bpcc" (legal forms and small words skipped)."""
    parts = re.sub(r"[^A-Za-z0-9& ]", " ", name).split()
    return "".join(w[0].lower() for w in parts if w.lower() not in DROPPED | SMALL_WORDS)


def is_acronym_of(short, full):
    """Whether `short` is written in capitals and is `full`'s initials ("GATT", "FA")."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    return len(letters) >= 2 and letters.isupper() and letters.lower() == initials(full)


def same_speaker(got, want, strict=False):
    if got is None or want is None:
        return got is None and want is None
    a, b = words(got), words(want)
    if not a or not b:
        return False
    if a == b or a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a):
        return True
    if strict:
        return False
    # an acronym of the other name, or the other spelling of a word ("Organization")
    a2, b2 = [SPELLINGS.get(w, w) for w in a], [SPELLINGS.get(w, w) for w in b]
    return (
        a2 == b2
        or a2[-1] == b2[-1]
        or is_acronym_of(got, want)
        or is_acronym_of(want, got)
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses")
    ap.add_argument(
        "--strict",
        action="store_true",
        help="the match before the sixteenth session: no acronyms nor other spellings",
    )
    args = ap.parse_args()
    if not os.path.isdir(CORPORA):
        print(f"no {CORPORA}: nothing to score")
        return 0
    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    tmp = tempfile.mkdtemp()
    try:
        corpus = os.path.join(tmp, "corpus")
        for source in sorted({g["source"] for g in gold}):
            target = os.path.join(corpus, source)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(CORPORA, source), target)
        index = os.path.join(tmp, "index")
        subprocess.run([args.bin, "index", corpus, "--index", index, "-q"], check=True)
        out = subprocess.run(
            [args.bin, "quotes", "--index", index, "--json"],
            check=True, capture_output=True, text=True,
        ).stdout
    finally:
        shutil.rmtree(tmp)
    found = {}
    for line in out.splitlines():
        q = json.loads(line)
        found[(q["source"], q["line"], q["text"])] = q["speaker"]
    by_group = Counter()
    misses = []
    for g in gold:
        group = g["source"].split("/")[0]
        if g["status"] != "speech":
            by_group[group, "not_speech"] += 1
            continue
        by_group[group, "speech"] += 1
        key = next(
            (k for k in found if g["source"].endswith(k[0]) and k[1:] == (g["line"], g["text"])),
            None,
        )
        got = found[key] if key else "<not found>"
        if key and same_speaker(got, g["speaker"], args.strict):
            by_group[group, "right"] += 1
        else:
            misses.append((g, got))
    for g, got in misses[: args.show]:
        print(f"miss  {g['source']}:{g['line']} want {g['speaker']!r} got {got!r}: {g['text'][:60]}")
    total = [0, 0, 0]
    for group in sorted({k[0] for k in by_group}):
        right, speech, other = (by_group[group, k] for k in ("right", "speech", "not_speech"))
        total = [total[0] + right, total[1] + speech, total[2] + other]
        print(f"{group:13} speech {speech:4}  right {right:4}  accuracy {right / max(speech, 1):.3f}"
              f"  not speech {other}")
    print(f"{'all':13} speech {total[1]:4}  right {total[0]:4}  accuracy "
          f"{total[0] / max(total[1], 1):.3f}  not speech {total[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
