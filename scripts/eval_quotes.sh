#!/usr/bin/env bash
# Scores quote extraction on the seeds and on the dev sets in eval/ (needs ../shared).
# Usage: scripts/eval_quotes.sh [dev|train|test|all]   (test is for reporting, not for tuning:
#        PolNeAR test and the held-out Reuters sample; train scores the 120-article sample of
#        PolNeAR train in eval/polnear-train-quotes.jsonl)
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
  printf '%-13s ' "$1"
  python3 "$shared/eval/score.py" quotes --gold "$3" --index "$tmp/$1" --bin "$bin" --show 0 | tail -n 1
}
# the articles of one Reuters-21578 sample (dev or heldout, see eval/make_reuters_sample.py)
reuters() { # sample folder
  mkdir "$2"
  python3 eval/make_reuters_sample.py "$shared/corpora/reuters21578" | awk -v s="$1" '$1 == s {print $2}' |
    while read -r f; do cp "$shared/corpora/reuters21578/$f" "$2/"; done
}
which=${1:-dev}
score seeds seeds "$shared/eval/seeds-quotes.jsonl"
if [ "$which" = dev ] || [ "$which" = all ]; then
  score polnear-dev "$shared/corpora/polnear/dev/text" eval/polnear-dev-quotes.jsonl
  score bbc "$shared/corpora/bbc" eval/bbc-quotes.jsonl
  reuters dev "$tmp/reuters-dev-text"
  score reuters-dev "$tmp/reuters-dev-text" eval/reuters-dev-quotes.jsonl
  # quotes a judge attributed blind (BBC, Reuters and PolNeAR articles outside the golds)
  printf '%-13s ' judged-dev
  python3 eval/score_judged.py --gold eval/judged-dev-speakers.jsonl --bin "$bin" | tail -n 1
fi
if [ "$which" = train ] || [ "$which" = all ]; then
  # index only the sampled articles (every 7th in file-name order, as make_polnear_gold.py
  # takes them), so the corpus is the size of dev and test
  mkdir "$tmp/train-text"
  (cd "$shared/corpora/polnear/train/text" && ls -- *.txt | LC_ALL=C sort | awk 'NR % 7 == 1') |
    while read -r f; do cp "$shared/corpora/polnear/train/text/$f" "$tmp/train-text/"; done
  score polnear-train "$tmp/train-text" eval/polnear-train-quotes.jsonl
fi
if [ "$which" = test ] || [ "$which" = all ]; then
  score polnear-test "$shared/corpora/polnear/test/text" eval/polnear-test-quotes.jsonl
  reuters heldout "$tmp/reuters-heldout-text"
  score reuters-held "$tmp/reuters-heldout-text" eval/reuters-heldout-quotes.jsonl
  printf '%-13s ' judged-held
  python3 eval/score_judged.py --gold eval/judged-heldout-speakers.jsonl --bin "$bin" | tail -n 1
  printf '%-13s ' judged-held2
  python3 eval/score_judged.py --gold eval/judged-heldout2-speakers.jsonl --bin "$bin" | tail -n 1
fi
