#!/usr/bin/env bash
# Benchmarks newsidx against peers measured in the same run on the same machine, and prints
# Markdown tables (also saved as $BENCH_WORK/report.md, with results/*.json and plot.svg).
#
#   scripts/bench.sh                 # default corpora: bbc bbc10 gen100k
#   scripts/bench.sh bbc gen10k      # named corpora: bbc, bbc10, gen10k, gen100k, gen1m, genN
#   scripts/bench.sh /some/folder    # any folder of .txt/.md articles
#   BENCH_SIZES="10000 1000000" scripts/bench.sh   # adds generated corpora of those sizes
#
# Peers: tantivy-cli indexing NDJSON of the very passages newsidx indexes (made by
# scripts/passages_ndjson.py, checked against newsidx's own passage count), and `rg -i -F` over
# the raw files for search. Environment: BENCH_WORK (scratch folder, default /tmp/newsidx-bench;
# generated corpora and NDJSON are cached there), NEWSIDX_CORPORA (default ../shared/corpora),
# BENCH_RUNS, BENCH_INDEX_RUNS, BENCH_THREADS (see scripts/bench_lib.py).
# Needs: cargo, python3, ripgrep, GNU time (apt-get install ripgrep time), tantivy-cli
# (cargo install tantivy-cli; installed here when missing).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO"
WORK="${BENCH_WORK:-/tmp/newsidx-bench}"
CORPORA="${NEWSIDX_CORPORA:-$(cd "$REPO/.." && pwd)/shared/corpora}"
export BENCH_WORK="$WORK" NEWSIDX_CORPORA="$CORPORA"
case "$WORK" in "$REPO"|"$REPO"/*) echo "bench: BENCH_WORK must be outside the repository" >&2; exit 2;; esac
mkdir -p "$WORK/corpora" "$WORK/ndjson" "$WORK/results"
say() { echo "bench: $*" >&2; }
started=$(date +%s)

# --- tools -------------------------------------------------------------------------------------
need_apt() { # command package
  command -v "$1" >/dev/null 2>&1 && return
  say "installing $2 (apt)"
  (apt-get update -q && apt-get install -y -q "$2") >/dev/null 2>&1 || { say "cannot install $2"; exit 2; }
}
need_apt rg ripgrep
[ -x /usr/bin/time ] || need_apt /usr/bin/time time
TANTIVY="${TANTIVY:-$(command -v tantivy || echo "$HOME/.cargo/bin/tantivy")}"
if [ ! -x "$TANTIVY" ]; then
  say "installing tantivy-cli (cargo install; this takes several minutes)"
  # 0.24.0 with --locked pins traitobject 0.1.0, which newer rustc rejects; unlocked builds.
  cargo install tantivy-cli --locked >/dev/null 2>&1 || cargo install tantivy-cli >/dev/null 2>&1 \
    || { say "cannot install tantivy-cli"; exit 2; }
  TANTIVY="$HOME/.cargo/bin/tantivy"
fi
TANTIVY_VERSION="$(cargo install --list 2>/dev/null | sed -n 's/^tantivy-cli \(v[^:]*\):.*/\1/p')"
export TANTIVY TANTIVY_VERSION="${TANTIVY_VERSION:-?}"

say "cargo build --release"
BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo '?')"
git diff --quiet HEAD -- src Cargo.toml 2>/dev/null || BENCH_COMMIT="$BENCH_COMMIT+dirty"
cargo build --release --quiet
# a private copy: a rebuild of target/ during the run (src/ may be edited meanwhile) cannot swap
# the binary under the measurements
mkdir -p "$WORK/bin"
cp target/release/newsidx "$WORK/bin/newsidx"
export NEWSIDX="$WORK/bin/newsidx" BENCH_COMMIT

# --- corpora -----------------------------------------------------------------------------------
# Prints the folder of a named corpus, making it first when needed.
corpus_dir() {
  local name="$1"
  case "$name" in
    bbc) echo "$CORPORA/bbc" ;;
    bbc10)
      local d="$WORK/corpora/bbc10"
      if [ ! -f "$WORK/corpora/.bbc10.done" ]; then
        rm -rf "$d"; mkdir -p "$d"
        for i in 0 1 2 3 4 5 6 7 8 9; do
          # hard links when the file system allows, else copies
          cp -al "$CORPORA/bbc" "$d/copy$i" 2>/dev/null || cp -a "$CORPORA/bbc" "$d/copy$i"
        done
        touch "$WORK/corpora/.bbc10.done"
      fi
      echo "$d" ;;
    gen*)
      local n="${name#gen}"
      n="${n/10k/10000}"; n="${n/100k/100000}"; n="${n/1m/1000000}"
      local d="$WORK/corpora/gen$n"
      if [ ! -f "$WORK/corpora/.gen$n.done" ]; then
        rm -rf "$d"
        python3 scripts/gen_corpus.py "$n" "$d" --seed 1 --corpora "$CORPORA" >&2
        touch "$WORK/corpora/.gen$n.done"
      fi
      echo "$d" ;;
    *) [ -d "$name" ] || { say "no such corpus: $name"; exit 2; }; (cd "$name" && pwd) ;;
  esac
}

label_of() { # a short name for results files
  case "$1" in
    gen10000) echo gen10k ;; gen100000) echo gen100k ;; gen1000000) echo gen1m ;;
    */*) basename "$1" ;; *) echo "$1" ;;
  esac
}

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=(bbc bbc10)
  for s in ${BENCH_SIZES:-}; do [ "$s" = 100000 ] || names+=("gen$s"); done
  names+=(gen100000)
fi

results=()
failed=0
for name in "${names[@]}"; do
  dir="$(corpus_dir "$name")"
  label="$(label_of "$name")"
  nd="$WORK/ndjson/$label.ndjson"
  if [ ! -s "$nd" ] || [ ! -f "$nd.count" ] || [ "$dir" -nt "$nd" ]; then
    say "NDJSON of the passages of $label"
    python3 scripts/passages_ndjson.py "$dir" "$nd"
  fi
  say "measuring $label ($dir)"
  rm -f "$WORK/results/$label.json"
  if python3 scripts/bench_lib.py corpus "$label" "$dir" "$nd" "$WORK/results/$label.json"; then
    results+=("$WORK/results/$label.json")
  else
    say "$label FAILED (see above); going on with the other corpora"
    failed=1
  fi
done

[ ${#results[@]} -gt 0 ] || { say "no corpus measured"; exit 1; }
python3 scripts/bench_lib.py report "${results[@]}" | tee "$WORK/report.md"
if [ ${#results[@]} -ge 2 ]; then
  python3 scripts/bench_lib.py plot "$WORK/plot.svg" "${results[@]}"
  say "plot: $WORK/plot.svg"
fi
say "done in $(( $(date +%s) - started )) s; results in $WORK/results, report in $WORK/report.md"
exit "$failed"
