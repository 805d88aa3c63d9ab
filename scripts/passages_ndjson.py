#!/usr/bin/env python3
"""Writes the passages of a folder of articles as NDJSON, one JSON object a line with the fields
`source`, `line`, `title` and `text`, cut the way newsidx cuts them (src/corpus/article.rs and
src/corpus/sentences.rs, ported here line by line), so that tantivy-cli can index exactly the
passages that `newsidx index` indexes.

    python3 scripts/passages_ndjson.py CORPUS_DIR OUT.ndjson [--jobs N]

Prints `files passages bytes` on stderr and into OUT.ndjson.count. The port is checked in bench.sh against the passage count
that `newsidx index --json` reports for the same folder.

The module is also imported by gen_corpus.py for its paragraph splitting.
"""

import json
import os
import sys
from multiprocessing import Pool

MAX_PASSAGE_WORDS = 120

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr",
    "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "prof", "rev", "hon", "adm", "maj", "cmdr", "dept", "est", "fig",
    "mt", "ft", "approx", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
}
SENTENCE_STARTERS = {
    "The", "He", "She", "It", "They", "We", "I", "This", "That", "But", "And", "In", "A", "His",
    "Her", "Their", "There", "However", "Meanwhile",
}
CLOSERS = {'"', "'", ")", "]", "\u201d", "\u2019", "\u00bb"}
OPENERS = {'"', "'", "\u201c", "\u2018", "(", "["}


# ---------------------------------------------------------------- decoding (src/corpus/decode.rs)

def decode(data: bytes):
    """Bytes to text with \\n line ends, as newsidx decodes them; None for binary files."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", "replace")
    elif data.startswith(b"\xff\xfe"):
        text = data.decode("utf-16-le", "replace")[1:]
    elif data.startswith(b"\xfe\xff"):
        text = data.decode("utf-16-be", "replace")[1:]
    else:
        if b"\0" in data:
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")
    if "\0" in text:
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ------------------------------------------------------------ paragraphs (src/corpus/article.rs)

def _is_indented(line: str) -> bool:
    return line[:1] in (" ", "\t")


def _is_hard_wrapped(block):
    if len(block) < 2:
        return False
    if len(block) == 2:
        first = block[0].rstrip()
        return 55 <= len(first) <= 100 and not first.endswith((".", "!", "?", '"', "\u201d", ":"))
    widths = [len(line.rstrip()) for line in block]
    if max(widths) > 100:
        return False
    # the last line of a paragraph, before an indented line that opens the next, counts as
    # filled and as breaking mid-sentence, unless every line is indented
    all_indented = all(_is_indented(line) for line in block)

    def ends_paragraph(i):
        return not all_indented and _is_indented(block[i + 1])

    ends = (".", "!", "?", '"', "\u201d", ":")
    filled = sum(1 for i in range(len(widths) - 1) if widths[i] >= 45 or ends_paragraph(i))
    mid_sentence = sum(
        1 for i in range(len(block) - 1)
        if ends_paragraph(i) or not block[i].rstrip().endswith(ends)
    )
    return filled * 3 >= (len(widths) - 1) * 2 and mid_sentence * 2 >= len(block) - 1


def _paragraphs_of_block(block):
    """block: list of (line_no, line). Returns [(line_no, raw paragraph text)]."""
    lines = [l for _, l in block]
    wrapped = _is_hard_wrapped(lines)
    all_indented = all(_is_indented(l) for l in lines)
    groups = []
    for i, (no, line) in enumerate(block):
        new = i == 0 or not wrapped or (_is_indented(line) and not all_indented)
        if new or not groups:
            groups.append([no, [line]])
        else:
            groups[-1][1].append(line)
    out = []
    for no, ls in groups:
        # the paragraph's line is that of its first non-space character
        for k, l in enumerate(ls):
            if l.strip():
                out.append((no + k, "\n".join(ls[k:]).strip()))
                break
    return out


def split_paragraphs(text: str):
    """[(1-based line, paragraph text)] as src/corpus/article.rs split_paragraphs."""
    out = []
    block = []
    for no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if block:
                out.extend(_paragraphs_of_block(block))
                block = []
        else:
            block.append((no, line))
    if block:
        out.extend(_paragraphs_of_block(block))
    return out


# ------------------------------------------------------- sentences (src/corpus/sentences.rs)

def _ends_sentence(text: str, mark: int, after: int) -> bool:
    rest = text[after:].lstrip()
    parts = rest.split(None, 1)
    next_word = parts[0] if parts else ""
    next_char = next((c for c in next_word if c not in OPENERS), None)
    if next_char is None:
        return True
    if next_char.islower():
        return False
    if text[mark] != ".":
        return True
    ws = mark - 1
    while ws >= 0 and not (text[ws].isspace() or text[ws] in '("\u201c'):
        ws -= 1
    word = text[ws + 1:mark]
    lower = word.lower()
    if len(word) == 1 and word.isupper():
        return False
    if lower == "no":
        return not next_word[:1].isdigit()
    if lower in ABBREVIATIONS or ("." in word and len(word.encode()) <= 6):
        starter = next_word.lstrip('"\u201c')
        return starter in SENTENCE_STARTERS
    return True


def sentence_ranges(text: str):
    out = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ".!?":
            end = i + 1
            while end < n and text[end] in CLOSERS:
                end += 1
            next_is_space = end >= n or text[end].isspace()
            if next_is_space and _ends_sentence(text, i, end):
                piece = text[start:end]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    trail = len(piece) - len(piece.rstrip())
                    out.append((start + lead, end - trail))
                start = end
            i = end
            continue
        i += 1
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        out.append((start + lead, n - trail))
    return out


def _cut_between_words(piece: str, words: int):
    if words <= 2 * MAX_PASSAGE_WORDS:
        return [piece]
    ws = piece.split()
    return [" ".join(ws[i:i + MAX_PASSAGE_WORDS]) for i in range(0, len(ws), MAX_PASSAGE_WORDS)]


def split_long(paragraph: str):
    """A paragraph into passages of at most about MAX_PASSAGE_WORDS words (text folded)."""
    if len(paragraph.split()) <= MAX_PASSAGE_WORDS:
        return [(0, paragraph)]
    out = []
    current = None  # [first line offset, [parts], words]
    for s, e in sentence_ranges(paragraph):
        sentence = paragraph[s:e]
        words = len(sentence.split())
        for part in _cut_between_words(sentence, words):
            pw = len(part.split())
            if current is not None and current[2] + pw <= MAX_PASSAGE_WORDS:
                current[1].append(part)
                current[2] += pw
            else:
                if current is not None:
                    out.append(current)
                current = [paragraph.count("\n", 0, s), [part], pw]
    if current is not None:
        out.append(current)
    return [(lines, " ".join(parts)) for lines, parts, _ in out]


def clean_title(line: str) -> str:
    s = line.strip().lstrip("#").replace("**", "").replace("__", "")
    return " ".join(s.strip("*_ \t\n\r\f\v").split())


def passages(text: str):
    """(title, [(line, folded passage text)]) as newsidx's Article::parse."""
    paragraphs = split_paragraphs(text)
    title = clean_title(paragraphs[0][1]) if paragraphs else ""
    out = []
    for line, para in paragraphs:
        for extra_lines, piece in split_long(para):
            out.append((line + extra_lines, " ".join(piece.split())))
    return title, out


# --------------------------------------------------------------------------------- the walk

def article_files(root: str):
    """Relative paths of the .txt/.md files under root, hidden entries skipped, sorted."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in filenames:
            if f.startswith(".") or not f.endswith((".txt", ".md")):
                continue
            out.append(os.path.relpath(os.path.join(dirpath, f), root).replace(os.sep, "/"))
    out.sort()
    return out


def _chunk(args):
    root, sources = args
    lines = []
    count = 0
    nbytes = 0
    for source in sources:
        with open(os.path.join(root, source), "rb") as fh:
            data = fh.read()
        nbytes += len(data)
        text = decode(data)
        if text is None:
            continue
        title, ps = passages(text)
        for line, ptext in ps:
            lines.append(json.dumps({"source": source, "line": line, "title": title, "text": ptext},
                                    ensure_ascii=False))
            count += 1
    return "\n".join(lines) + ("\n" if lines else ""), count, nbytes


def main(argv):
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args(argv)
    files = article_files(a.corpus)
    step = 500
    chunks = [(a.corpus, files[i:i + step]) for i in range(0, len(files), step)]
    total = 0
    nbytes = 0
    with open(a.out, "w", encoding="utf-8") as out, Pool(a.jobs) as pool:
        for text, count, b in pool.imap(_chunk, chunks):
            out.write(text)
            total += count
            nbytes += b
    print(f"{len(files)} {total} {nbytes}", file=sys.stderr)
    with open(a.out + ".count", "w") as fh:  # read by bench_lib.py
        fh.write(f"{len(files)} {total} {nbytes}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
