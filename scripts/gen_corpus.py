#!/usr/bin/env python3
"""Generates a corpus of realistic news articles from the paragraphs of the real corpora.

    python3 scripts/gen_corpus.py SIZE OUTDIR [--seed N] [--corpora DIR] [--per-folder N]

SIZE is a number of articles (10000 ≈ 20 MB, 100000 ≈ 200 MB, 1000000 ≈ 2 GB). Each article is a
title line, a blank line and paragraphs separated by blank lines (the BBC layout). Its paragraphs
are consecutive runs taken from several real articles of one corpus (BBC by category, Reuters-21578,
PolNeAR), so names, quotes and their speakers stay as they appear in the sources; its title is the
first source's. Files go to OUTDIR/NNNN/NNNNNNN.txt, 1,000 a folder. The same SIZE and seed give
the same bytes. Never write OUTDIR inside the repository: the script refuses a path under it.
"""

import argparse
import os
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from passages_ndjson import decode, split_paragraphs  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPORA = os.environ.get(
    "NEWSIDX_CORPORA", os.path.join(os.path.dirname(REPO), "shared", "corpora"))
TARGET_MEAN_BYTES = 2000


def good_paragraph(p: str) -> bool:
    """Prose, not tables, datelines or wire trailers."""
    if len(p) < 40 or len(p.split()) < 8:
        return False
    letters = sum(1 for c in p if c.isalpha() or c == " ")
    return letters >= 0.75 * len(p)


def wire_paragraphs(text: str):
    """Reuters copy: hard-wrapped lines; an indented line starts a paragraph."""
    paras = []
    for block in text.split("\n\n"):
        current = []
        for line in block.split("\n"):
            if line[:1] in (" ", "\t") and current:
                paras.append(" ".join(current))
                current = []
            if line.strip():
                current.append(line.strip())
        if current:
            paras.append(" ".join(current))
    return [" ".join(p.split()) for p in paras if p.strip() and p.strip() != "Reuter"]


def load_article(path: str, wire: bool = False):
    with open(path, "rb") as fh:
        text = decode(fh.read())
    if text is None:
        return None
    if wire:
        paras = wire_paragraphs(text)
    else:
        paras = [" ".join(p.split()) for _, p in split_paragraphs(text)]
    if len(paras) < 2:
        return None
    title = paras[0]
    if title.isupper():  # Reuters headlines are in capitals
        title = title.title()
    body = [p for p in paras[1:] if good_paragraph(p)]
    if not body:
        return None
    return title, body


def load_pools(corpora: str):
    """Groups of articles to mix: BBC by category, Reuters, PolNeAR. Sorted, so deterministic."""
    pools = {}

    def add(name, paths, wire=False):
        arts = [a for a in (load_article(p, wire) for p in sorted(paths)) if a]
        if arts:
            pools[name] = arts

    bbc = os.path.join(corpora, "bbc")
    if os.path.isdir(bbc):
        for cat in sorted(os.listdir(bbc)):
            d = os.path.join(bbc, cat)
            if os.path.isdir(d):
                add("bbc/" + cat, [os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt")])
    reuters = os.path.join(corpora, "reuters21578", "articles")
    if os.path.isdir(reuters):
        add("reuters", [os.path.join(reuters, f) for f in os.listdir(reuters) if f.endswith(".txt")],
            wire=True)
    polnear = os.path.join(corpora, "polnear")
    if os.path.isdir(polnear):
        paths = []
        for split in sorted(os.listdir(polnear)):
            d = os.path.join(polnear, split, "text")
            if os.path.isdir(d):
                paths += [os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt")]
        add("polnear", paths)
    if not pools:
        sys.exit(f"gen_corpus: no corpora under {corpora} (set --corpora or NEWSIDX_CORPORA)")
    return pools


def make_article(rng: random.Random, pools, names, weights):
    pool = pools[rng.choices(names, weights)[0]]
    # 1.02: the lognormal target, cut short by runs that end with their source, averages ~2 KB
    target = min(12000, max(500, int(rng.lognormvariate(0, 0.5) * TARGET_MEAN_BYTES * 1.02)))
    lead = pool[rng.randrange(len(pool))]
    title = lead[0]
    paras = []
    size = len(title) + 2
    sources = 0
    src = lead
    while size < target and sources < 8:
        body = src[1]
        # the lead starts at its top; the others at a random paragraph
        start = 0 if sources == 0 else rng.randrange(len(body))
        run = rng.randint(2, 5) if sources == 0 else rng.randint(1, 4)
        for p in body[start:start + run]:
            paras.append(p)
            size += len(p.encode()) + 2
            if size >= target:
                break
        sources += 1
        src = pool[rng.randrange(len(pool))]
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("size", type=int, help="number of articles")
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpora", default=DEFAULT_CORPORA)
    ap.add_argument("--per-folder", type=int, default=1000)
    a = ap.parse_args()
    out = os.path.abspath(a.outdir)
    if out == REPO or out.startswith(REPO + os.sep):
        sys.exit("gen_corpus: write the corpus outside the repository (e.g. under /tmp)")
    t0 = time.time()
    pools = load_pools(a.corpora)
    names = sorted(pools)
    # weight each pool by its article count, so BBC, Reuters and PolNeAR mix as the real data do
    weights = [len(pools[n]) for n in names]
    rng = random.Random(a.seed)
    os.makedirs(out, exist_ok=True)
    total = 0

    def write_folder(folder, batch):
        os.makedirs(folder, exist_ok=True)
        for name, data in batch:
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data)

    # articles are made in order on this thread (so the bytes depend on the seed only); files are
    # written by a few threads, which overlap the file-creation system calls
    with ThreadPoolExecutor(max_workers=4) as pool:
        pending = []
        batch = []
        for i in range(a.size):
            data = make_article(rng, pools, names, weights).encode()
            batch.append((f"{i:07d}.txt", data))
            total += len(data)
            if len(batch) == a.per_folder or i == a.size - 1:
                folder = os.path.join(out, f"{i // a.per_folder:04d}")
                pending.append(pool.submit(write_folder, folder, batch))
                batch = []
                if len(pending) > 8:
                    pending.pop(0).result()
        for f in pending:
            f.result()
    print(f"gen_corpus: {a.size} articles, {total} bytes ({total / 1e6:.1f} MB) in {out} "
          f"[{time.time() - t0:.1f} s, seed {a.seed}]", file=sys.stderr)


if __name__ == "__main__":
    main()
