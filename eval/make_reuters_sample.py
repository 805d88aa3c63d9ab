#!/usr/bin/env python3
"""Lists the Reuters-21578 articles of the hand-annotated quote samples (Python 3, stdlib only).

The candidates are the NORM articles (title, dateline and body) with a quoted segment of four
words or more, byte-identical re-sends dropped (the first kept), in newid order. The dev sample
is 100 articles spread evenly over the LEWISSPLIT=TRAIN candidates (annotated in two rounds of 50:
at the even steps, then half-way between them), the held-out sample 50 over the TEST ones. Prints `dev PATH` and `heldout PATH` lines, PATH relative to the corpus folder.

Usage: python3 eval/make_reuters_sample.py [../shared/corpora/reuters21578]
"""
import csv
import hashlib
import re
import sys
from pathlib import Path


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpora/reuters21578")
    meta = {}
    with open(root / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[int(row["newid"])] = row
    seen = set()
    candidates = {"TRAIN": [], "TEST": []}
    for newid in sorted(meta):
        row = meta[newid]
        if row["text_type"] != "NORM" or row["lewissplit"] not in candidates:
            continue
        path = f"articles/{newid:05d}.txt"
        text = (root / path).read_text(encoding="utf-8", errors="replace")
        digest = hashlib.md5(text.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        quoted = re.findall(r'"([^"]{0,400})"', " ".join(text.split()))
        if any(len(q.split()) >= 4 for q in quoted):
            candidates[row["lewissplit"]].append(path)
    for name, split, offsets in (("dev", "TRAIN", (0, 0.5)), ("heldout", "TEST", (0,))):
        pool = candidates[split]
        step = len(pool) / 50
        for offset in offsets:
            for i in range(50):
                print(name, pool[int((i + offset) * step)])


if __name__ == "__main__":
    main()
