#!/usr/bin/env bash
# Scores quote extraction on the seeds and on the dev sets in eval/ (needs ../shared).
# Usage: scripts/eval_quotes.sh [dev|test|all]   (test is for reporting, not for tuning)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/corpora" ] || { echo "no ../shared/corpora: nothing to score"; exit 0; }
cargo build --release -q
bin=target/release/newsidx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() { # name folder gold
  "$bin" index "$2" --index "$tmp/$1" -q
  printf '%-12s ' "$1"
  python3 "$shared/eval/score.py" quotes --gold "$3" --index "$tmp/$1" --bin "$bin" --show 0 | tail -n 1
}
which=${1:-dev}
score seeds seeds "$shared/eval/seeds-quotes.jsonl"
if [ "$which" = dev ] || [ "$which" = all ]; then
  score polnear-dev "$shared/corpora/polnear/dev/text" eval/polnear-dev-quotes.jsonl
  score bbc "$shared/corpora/bbc" eval/bbc-quotes.jsonl
fi
if [ "$which" = test ] || [ "$which" = all ]; then
  score polnear-test "$shared/corpora/polnear/test/text" eval/polnear-test-quotes.jsonl
fi
