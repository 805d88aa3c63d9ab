#!/usr/bin/env bash
# Fuzz the text pipeline for a time budget with the proptest properties of tests/fuzz.rs
# (cargo-fuzz needs a nightly toolchain; proptest runs on stable).
#
#   scripts/fuzz.sh [SECONDS]          default 180
#
# Environment: FUZZ_CASES (cases per property per round, default 5000), FUZZ_FILTER (only the
# properties whose test name contains it). Each round runs
# `PROPTEST_CASES=$FUZZ_CASES PROPTEST_RNG_SEED=<random> cargo test --release --test fuzz`; rounds
# repeat until the budget is used (a round that is running when it runs out is let finish).
# Prints the cases executed per property and in total, and every failure with its shrunk input.
# Exit status: 0 no failure, 1 a property failed, 2 the fuzz target did not build.
set -uo pipefail

budget=${1:-180}
cases=${FUZZ_CASES:-5000}
filter=${FUZZ_FILTER:-}
if ! [[ $budget =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/fuzz.sh [SECONDS]" >&2
    exit 2
fi

cd "$(dirname "$0")/.."
log_dir=$(mktemp -d "${TMPDIR:-/tmp}/newsidx-fuzz.XXXXXX")

if ! cargo test --release --test fuzz --no-run >"$log_dir/build.log" 2>&1; then
    echo "fuzz: the fuzz target does not build:" >&2
    tail -n 30 "$log_dir/build.log" >&2
    exit 2
fi

declare -A per_property=()
start=$SECONDS
rounds=0
failures=0
total=0
while ((SECONDS - start < budget)); do
    rounds=$((rounds + 1))
    log="$log_dir/round-$rounds.log"
    # A fresh seed each round, printed on failure so that the round can be replayed.
    seed=$((RANDOM * 32768 + RANDOM))
    PROPTEST_CASES=$cases PROPTEST_RNG_SEED=$seed \
        cargo test --release --test fuzz -- --nocapture --test-threads 2 $filter >"$log" 2>&1
    status=$?
    while read -r name n; do
        per_property[$name]=$((${per_property[$name]:-0} + n))
        total=$((total + n))
    done < <(sed -n 's/^fuzz \([a-z_]*\): \([0-9]*\) cases$/\1 \2/p' "$log")
    if ((status != 0)); then
        failures=$((failures + 1))
        echo "fuzz: round $rounds FAILED (log: $log); replay with:"
        echo "  PROPTEST_CASES=$cases PROPTEST_RNG_SEED=$seed cargo test --release --test fuzz"
        grep -E "^fuzz .* failed|minimal failing input|^thread '.*' panicked|Test failed" "$log" | head -n 40
    fi
    printf 'fuzz: round %d done, %d cases so far, %d s used\n' "$rounds" "$total" "$((SECONDS - start))"
done

echo
echo "fuzz: $rounds rounds in $((SECONDS - start)) s, $total cases executed"
for name in $(printf '%s\n' "${!per_property[@]}" | sort); do
    printf '  %-16s %10d\n' "$name" "${per_property[$name]}"
done
if ((failures > 0)); then
    echo "fuzz: $failures round(s) failed; logs in $log_dir"
    exit 1
fi
echo "fuzz: no failures"
rm -rf "$log_dir"
