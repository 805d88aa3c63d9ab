#!/usr/bin/env python3
"""The measuring half of scripts/bench.sh (which builds, installs peers and prepares corpora).

    bench_lib.py corpus NAME DIR NDJSON OUT.json   index and search one corpus, write results
    bench_lib.py report OUT.json...                Markdown tables of one or more results files
    bench_lib.py plot OUT.svg OUT.json...          SVG of how figures grow with corpus size

Every figure of a corpus is measured in one run on one machine beside its peer:
  * indexing: `newsidx index` (full extraction), `newsidx index --no-extract`, and tantivy-cli
    indexing NDJSON of the same passages (fields source/line/title/text, en_stem, stored), each
    timed from process start to exit (with /usr/bin/time -f "%e %M" for peak RSS), runs
    interleaved so machine noise falls on all three alike;
  * search: 20 fixed queries, each run end to end (process start to exit) BENCH_RUNS times by
    newsidx and by `rg -i -F` over the raw files, interleaved; stdout goes to a file on tmpfs.
Environment: BENCH_RUNS (search runs per query, default 5), BENCH_INDEX_RUNS (index runs per tool;
default 3 below 30 MB of corpus, else 1), NEWSIDX (binary), TANTIVY (tantivy-cli binary),
BENCH_THREADS (indexing threads given to tantivy-cli, default 2 = newsidx's writer threads).
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
NEWSIDX = os.environ.get("NEWSIDX", "target/release/newsidx")
TANTIVY = os.environ.get("TANTIVY", shutil.which("tantivy") or os.path.expanduser("~/.cargo/bin/tantivy"))
RG = shutil.which("rg") or "rg"
TIME = "/usr/bin/time"
# newsidx's writer budget is 192 MiB (cmd `--memory` default); tantivy-cli gets the same.
TANTIVY_MEMORY = 192 * 1024 * 1024

# (newsidx query, rg arguments over the same raw files). Multi-word free text in newsidx means
# "all words in one passage"; rg cannot AND within a line, so it gets each word as an -e pattern
# (any of them): rg does at least as much matching work as the question asks.
QUERIES = [
    ("Blair", ["-e", "Blair"]),
    ("broadband", ["-e", "broadband"]),
    ("oil prices", ["-e", "oil", "-e", "prices"]),
    ("economy growth forecast", ["-e", "economy", "-e", "growth", "-e", "forecast"]),
    ('"Gordon Brown"', ["-e", "Gordon Brown"]),
    ('"chief executive"', ["-e", "chief executive"]),
    ('"European Union" trade', ["-e", "European Union", "-e", "trade"]),
    ("Microsoft OR Google", ["-e", "Microsoft", "-e", "Google"]),
    ("film -award", ["-e", "film"]),
    ("who said Iraq", ["-e", "Iraq"]),
    ("who said interest rates", ["-e", "interest", "-e", "rates"]),
    ('who said "prime minister"', ["-e", "prime minister"]),
    ("what did Blair say about Iraq", ["-e", "Blair", "-e", "Iraq"]),
    ("what did Brown say about the economy", ["-e", "Brown", "-e", "economy"]),
    ("quotes by Tony Blair", ["-e", "Tony Blair"]),
    ('entity:"Vladimir Putin"', ["-e", "Putin"]),
    ('entity:"Tony Blair" election', ["-e", "Blair", "-e", "election"]),
    ('speaker:"Gordon Brown" tax', ["-e", "Brown", "-e", "tax"]),
    ("source:*5.txt Chelsea", ["-e", "Chelsea", "-g", "*5.txt"]),
    ("kind:quote economy", ["-e", "economy"]),
]


def du_bytes(path):
    total = 0
    for d, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(d, f))
            except OSError:
                pass
    return total


def corpus_stats(path):
    files = 0
    total = 0
    for d, dirs, names in os.walk(path, followlinks=False):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        for f in names:
            if f.endswith((".txt", ".md")) and not f.startswith("."):
                files += 1
                total += os.path.getsize(os.path.join(d, f))
    return files, total


def timed(cmd, stdout=subprocess.DEVNULL, env=None):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS KB, exit code)."""
    fd, tfile = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    t0 = time.perf_counter()
    p = subprocess.run([TIME, "-f", "%e %M", "-o", tfile] + cmd, stdout=stdout,
                       stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - t0
    with open(tfile) as fh:
        last = [l for l in fh.read().splitlines() if l.strip()][-1]
    os.unlink(tfile)
    rss = int(last.split()[1])
    if p.returncode != 0:
        err = p.stderr.decode(errors="replace")
        lines = err.splitlines()
        # the panic message and the last lines, not a whole backtrace
        keep = [l for l in lines if "panicked" in l or l.startswith(("Error", "error", "newsidx:"))]
        sys.stderr.write("\n".join(keep[:5] + lines[-3:]) + "\n")
        raise SystemExit(f"bench: failed ({p.returncode}): {' '.join(cmd)}")
    return wall, rss, p.stderr.decode(errors="replace")


TANTIVY_META = {
    "index_settings": {"docstore_compression": "lz4", "docstore_blocksize": 16384},
    "segments": [],
    "schema": [
        {"name": "source", "type": "text", "options": {
            "indexing": {"record": "basic", "fieldnorms": False, "tokenizer": "raw"},
            "stored": True, "fast": False}},
        {"name": "line", "type": "u64", "options": {
            "indexed": False, "fieldnorms": False, "fast": True, "stored": True}},
        {"name": "title", "type": "text", "options": {
            "indexing": {"record": "position", "fieldnorms": True, "tokenizer": "en_stem"},
            "stored": True, "fast": False}},
        {"name": "text", "type": "text", "options": {
            "indexing": {"record": "position", "fieldnorms": True, "tokenizer": "en_stem"},
            "stored": True, "fast": False}},
    ],
    "opstamp": 0,
}


def index_runs(name, corpus, ndjson, work, runs):
    """Interleaved rounds of: newsidx full, newsidx --no-extract, tantivy-cli."""
    idx_full = os.path.join(work, f"idx-{name}-full")
    idx_noext = os.path.join(work, f"idx-{name}-noext")
    idx_tantivy = os.path.join(work, f"idx-{name}-tantivy")
    res = {"full": [], "noext": [], "tantivy": []}
    summary = {}
    for r in range(runs):
        for tool in ("full", "noext", "tantivy"):
            if tool == "tantivy":
                shutil.rmtree(idx_tantivy, ignore_errors=True)
                os.makedirs(idx_tantivy)
                with open(os.path.join(idx_tantivy, "meta.json"), "w") as fh:
                    json.dump(TANTIVY_META, fh)
                cmd = [TANTIVY, "index", "-i", idx_tantivy, "-f", ndjson, "-t", str(THREADS),
                       "-m", str(TANTIVY_MEMORY)]
                wall, rss, _ = timed(cmd)
                size = du_bytes(idx_tantivy)
            else:
                path = idx_full if tool == "full" else idx_noext
                shutil.rmtree(path, ignore_errors=True)
                cmd = [NEWSIDX, "index", corpus, "--index", path, "--json", "-q"]
                if tool == "noext":
                    cmd.append("--no-extract")
                with tempfile.TemporaryFile() as out:
                    wall, rss, _ = timed(cmd, stdout=out)
                    out.seek(0)
                    summary[tool] = json.loads(out.read().decode().strip().splitlines()[-1])
                size = du_bytes(path)
            res[tool].append({"seconds": wall, "rss_kb": rss, "index_bytes": size})
            print(f"  [{name}] index {tool:8s} round {r + 1}/{runs}: {wall:7.2f} s, "
                  f"{rss / 1024:7.1f} MiB peak RSS", file=sys.stderr, flush=True)
    shutil.rmtree(idx_noext, ignore_errors=True)
    shutil.rmtree(idx_tantivy, ignore_errors=True)
    return res, summary, idx_full


def run_once(cmd, out_path):
    """Process start to exit, stdout to a tmpfs file; returns (ms, peak RSS KB, lines, code)."""
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        ms = (time.perf_counter() - t0) * 1000
    p.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, "rb") as fh:
        lines = fh.read().count(b"\n")
    return ms, ru.ru_maxrss, lines, p.returncode


def search_runs(name, index, corpus, runs):
    tmpdir = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()
    out_path = os.path.join(tmpdir, f"newsidx-bench-{os.getpid()}.out")
    rows = []
    for q, rg_args in QUERIES:
        ncmd = [NEWSIDX, "search", q, "--index", index, "--json"]
        rcmd = [RG, "-i", "-F", "--no-messages"] + rg_args + [corpus]
        run_once(ncmd, out_path)  # warm up: page cache and the binaries
        run_once(rcmd, out_path)
        n_ms, r_ms, n_rss, r_rss = [], [], [], []
        n_lines = r_lines = 0
        code = 0
        for _ in range(runs):
            ms, rss, n_lines, code = run_once(ncmd, out_path)
            if code not in (0, 1):
                raise SystemExit(f"bench: newsidx search failed ({code}): {q}")
            n_ms.append(ms)
            n_rss.append(rss)
            ms, rss, r_lines, _ = run_once(rcmd, out_path)
            r_ms.append(ms)
            r_rss.append(rss)
        rows.append({"query": q, "rg": " ".join(rg_args), "newsidx_ms": n_ms, "rg_ms": r_ms,
                     "newsidx_rss_kb": max(n_rss), "rg_rss_kb": max(r_rss),
                     "newsidx_hits": n_lines, "rg_lines": r_lines})
        print(f"  [{name}] {q:40s} newsidx {statistics.median(n_ms):7.1f} ms ({n_lines} hits)"
              f"   rg {statistics.median(r_ms):7.1f} ms ({r_lines} lines)",
              file=sys.stderr, flush=True)
    os.unlink(out_path)
    return rows


def cmd_corpus(argv):
    name, corpus, ndjson, out = argv
    corpus = os.path.abspath(corpus)
    files, nbytes = corpus_stats(corpus)
    default_runs = 3 if nbytes < 30e6 else 1
    runs = int(os.environ.get("BENCH_INDEX_RUNS", default_runs))
    work = os.environ.get("BENCH_WORK", tempfile.gettempdir())
    with open(ndjson + ".count") as fh:
        nd_files, nd_passages, _ = map(int, fh.read().split())
    print(f"[{name}] {files} files, {nbytes / 1e6:.1f} MB; {nd_passages} passages in NDJSON "
          f"({os.path.getsize(ndjson) / 1e6:.1f} MB)", file=sys.stderr, flush=True)
    t0 = time.time()
    idx, summary, idx_full = index_runs(name, corpus, ndjson, work, runs)
    t_index = time.time() - t0
    if summary["full"]["passages"] != nd_passages:
        print(f"  [{name}] WARNING: newsidx made {summary['full']['passages']} passages, "
              f"the NDJSON has {nd_passages}", file=sys.stderr)
    t0 = time.time()
    search = search_runs(name, idx_full, corpus, RUNS)
    t_search = time.time() - t0
    result = {
        "name": name, "corpus": corpus, "files": files, "bytes": nbytes,
        "ndjson_bytes": os.path.getsize(ndjson), "ndjson_passages": nd_passages,
        "newsidx_summary": summary, "index": idx, "search": search,
        "search_runs": RUNS, "index_runs": runs, "threads": THREADS,
        "bench_seconds": {"index": t_index, "search": t_search},
        "commit": os.environ.get("BENCH_COMMIT", "?"), "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "rg_version": subprocess.run([RG, "--version"], capture_output=True, text=True).stdout.split("\n")[0],
        "tantivy_cli": os.environ.get("TANTIVY_VERSION", "?"),
    }
    with open(out, "w") as fh:
        json.dump(result, fh, indent=1)
    if os.environ.get("BENCH_KEEP_INDEX") != "1":
        shutil.rmtree(idx_full, ignore_errors=True)


# ------------------------------------------------------------------------------------ report

def med(xs):
    return statistics.median(xs)


def p95(xs):
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(0.95 * (len(xs) - 1)))))
    return xs[k]


def figures(r):
    """The headline figures of one results file."""
    mb = r["bytes"] / 1e6
    f = {"name": r["name"], "mb": mb, "files": r["files"]}
    for tool in ("full", "noext", "tantivy"):
        s = med([x["seconds"] for x in r["index"][tool]])
        f[tool + "_s"] = s
        f[tool + "_mbs"] = mb / s
        f[tool + "_aps"] = r["files"] / s
        f[tool + "_rss"] = max(x["rss_kb"] for x in r["index"][tool]) / 1024
        f[tool + "_size"] = r["index"][tool][-1]["index_bytes"] / r["bytes"]
    n_all = [ms for row in r["search"] for ms in row["newsidx_ms"]]
    r_all = [ms for row in r["search"] for ms in row["rg_ms"]]
    f["n_med"], f["n_p95"] = med(n_all), p95(n_all)
    f["r_med"], f["r_p95"] = med(r_all), p95(r_all)
    f["q_ratio_med"] = med([med(row["newsidx_ms"]) / med(row["rg_ms"]) for row in r["search"]])
    f["n_rss"] = max(row["newsidx_rss_kb"] for row in r["search"]) / 1024
    f["r_rss"] = max(row["rg_rss_kb"] for row in r["search"]) / 1024
    return f


def cmd_report(paths):
    rs = sorted((json.load(open(p)) for p in paths), key=lambda r: r["bytes"])
    fs = [figures(r) for r in rs]
    r0 = rs[0]
    out = []
    w = out.append
    commits = sorted({r["commit"] for r in rs})
    w(f"Measured {r0['date']} at commit {', '.join('`%s`' % c for c in commits)}; {os.cpu_count()} cores; "
      f"tantivy-cli {r0['tantivy_cli']} with `-t {r0['threads']} -m {TANTIVY_MEMORY}`; {r0['rg_version']}.")
    w("")
    w("### Indexing (time from process start to exit; median of the rounds)")
    w("")
    w("| corpus | commit | MB | articles | passages | newsidx full | newsidx --no-extract | tantivy-cli | "
      "full / tantivy-cli | no-extract / tantivy-cli | full MB/s | full articles/s | tantivy-cli MB/s |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r, f in zip(rs, fs):
        w(f"| {f['name']} | `{r['commit']}` | {f['mb']:.1f} | {f['files']:,} | {r['ndjson_passages']:,} | "
          f"{f['full_s']:.2f} s | {f['noext_s']:.2f} s | {f['tantivy_s']:.2f} s | "
          f"**{f['full_s'] / f['tantivy_s']:.2f}** | {f['noext_s'] / f['tantivy_s']:.2f} | "
          f"{f['full_mbs']:.2f} | {f['full_aps']:,.0f} | {f['tantivy_mbs']:.2f} |")
    w("")
    w("### Search, end to end (process start to exit; 20 queries × runs each)")
    w("")
    w("| corpus | newsidx median | rg median | **median ratio** | newsidx p95 | rg p95 | p95 ratio | "
      "median of per-query ratios |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r, f in zip(rs, fs):
        w(f"| {f['name']} | {f['n_med']:.1f} ms | {f['r_med']:.1f} ms | "
          f"**{f['n_med'] / f['r_med']:.3f}** | {f['n_p95']:.1f} ms | {f['r_p95']:.1f} ms | "
          f"{f['n_p95'] / f['r_p95']:.3f} | {f['q_ratio_med']:.3f} |")
    w("")
    w("### Memory and size")
    w("")
    w("| corpus | peak RSS index full | --no-extract | tantivy-cli | peak RSS search newsidx | rg | "
      "index / corpus: full | --no-extract | tantivy-cli |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r, f in zip(rs, fs):
        w(f"| {f['name']} | {f['full_rss']:.0f} MiB | {f['noext_rss']:.0f} MiB | "
          f"{f['tantivy_rss']:.0f} MiB | {f['n_rss']:.0f} MiB | {f['r_rss']:.0f} MiB | "
          f"{f['full_size']:.2f} | {f['noext_size']:.2f} | {f['tantivy_size']:.2f} |")
    for r in rs:
        w("")
        w(f"<details><summary>Per-query medians, {r['name']} ({r['search_runs']} runs each)</summary>")
        w("")
        w("| query | newsidx | hits | rg (patterns) | rg | rg lines | ratio |")
        w("|---|---:|---:|---|---:|---:|---:|")
        for row in r["search"]:
            n, g = med(row["newsidx_ms"]), med(row["rg_ms"])
            w(f"| `{row['query']}` | {n:.1f} ms | {row['newsidx_hits']} | `{row['rg']}` | "
              f"{g:.1f} ms | {row['rg_lines']:,} | {n / g:.3f} |")
        w("")
        w("</details>")
    print("\n".join(out))


# -------------------------------------------------------------------------------------- plot

def cmd_plot(argv):
    out, paths = argv[0], argv[1:]
    fs = sorted((figures(json.load(open(p))) for p in paths), key=lambda f: f["mb"])
    W, H = 760, 320
    panels = [
        ("Indexing time (s)", [("newsidx full", "full_s", "#d62728"),
                               ("newsidx --no-extract", "noext_s", "#ff7f0e"),
                               ("tantivy-cli", "tantivy_s", "#1f77b4")]),
        ("Search, median end to end (ms)", [("newsidx", "n_med", "#d62728"),
                                            ("rg -i -F", "r_med", "#1f77b4")]),
    ]
    import math
    xs = [f["mb"] for f in fs]
    lx0, lx1 = math.log10(min(xs)) - 0.1, math.log10(max(xs)) + 0.1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
             f'font-family="sans-serif" font-size="11">',
             f'<rect width="{W}" height="{H}" fill="white"/>']
    pw = W / 2
    for i, (title, series) in enumerate(panels):
        ox, oy, w, h = i * pw + 55, 30, pw - 80, H - 110
        ys = [f[k] for _, k, _ in series for f in fs]
        ly0 = math.floor(math.log10(min(ys)))
        ly1 = math.ceil(math.log10(max(ys)))
        if ly1 == ly0:
            ly1 += 1

        def X(v):
            return ox + (math.log10(v) - lx0) / (lx1 - lx0) * w

        def Y(v):
            return oy + h - (math.log10(v) - ly0) / (ly1 - ly0) * h

        parts.append(f'<text x="{ox + w / 2}" y="18" text-anchor="middle" font-weight="bold">'
                     f'{title}</text>')
        parts.append(f'<rect x="{ox}" y="{oy}" width="{w}" height="{h}" fill="none" stroke="#999"/>')
        for e in range(ly0, ly1 + 1):
            y = Y(10 ** e)
            parts.append(f'<line x1="{ox}" x2="{ox + w}" y1="{y}" y2="{y}" stroke="#eee"/>')
            parts.append(f'<text x="{ox - 4}" y="{y + 4}" text-anchor="end">{10 ** e:g}</text>')
        for f in fs:
            x = X(f["mb"])
            parts.append(f'<line x1="{x}" x2="{x}" y1="{oy}" y2="{oy + h}" stroke="#eee"/>')
            parts.append(f'<text x="{x}" y="{oy + h + 14}" text-anchor="middle">'
                         f'{f["mb"]:.0f} MB</text>')
        parts.append(f'<text x="{ox + w / 2}" y="{oy + h + 28}" text-anchor="middle">'
                     f'corpus size (log scale)</text>')
        for j, (label, key, color) in enumerate(series):
            pts = " ".join(f"{X(f['mb']):.1f},{Y(f[key]):.1f}" for f in fs)
            parts.append(f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="2"/>')
            for f in fs:
                parts.append(f'<circle cx="{X(f["mb"]):.1f}" cy="{Y(f[key]):.1f}" r="3" '
                             f'fill="{color}"/>')
            ly = H - 40 + (j % 2) * 14
            lxp = ox + (j // 2) * 150
            parts.append(f'<line x1="{lxp}" x2="{lxp + 18}" y1="{ly + 12}" y2="{ly + 12}" '
                         f'stroke="{color}" stroke-width="2"/>')
            parts.append(f'<text x="{lxp + 22}" y="{ly + 16}">{label}</text>')
    parts.append("</svg>")
    with open(out, "w") as fh:
        fh.write("\n".join(parts) + "\n")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd, argv = sys.argv[1], sys.argv[2:]
    if cmd == "corpus":
        cmd_corpus(argv)
    elif cmd == "report":
        cmd_report(argv)
    elif cmd == "plot":
        cmd_plot(argv)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
