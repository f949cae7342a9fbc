#!/usr/bin/env bash
# Runs one fuzz target for a given time: Fuzz/run.sh TARGET SECONDS [libFuzzer options …]
#
# Targets: shapefile dbf prj geojson indicators scenario points (Fuzz/Targets/TARGET.swift).
# Builds the target when needed (Fuzz/build.sh), starts from the committed seeds in
# Fuzz/Seeds/TARGET plus the corpus grown by earlier runs (Fuzz/.build/corpus/TARGET, not
# committed), and saves any crashing, leaking, timing-out or memory-hungry input into
# Tests/Fixtures/fuzz-crashes/TARGET/ where the regression tests pick it up.
# Prints the executions made; exits non-zero when an input was saved.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh TARGET SECONDS [libFuzzer options]}
seconds=${2:?usage: Fuzz/run.sh TARGET SECONDS [libFuzzer options]}
shift 2
mkdir -p Fuzz/.build
if ! Fuzz/build.sh "$target" >"Fuzz/.build/build-$target.log" 2>&1; then
    grep -v "Cannot export" "Fuzz/.build/build-$target.log" | tail -30; exit 2
fi
corpus=Fuzz/.build/corpus/$target
crashes=Tests/Fixtures/fuzz-crashes/$target
mkdir -p "$corpus" "$crashes"
log=Fuzz/.build/$target.log
# Each reader must answer within 10 s and 2 GiB whatever the input (see docs/limits.md).
set +e
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1} \
    "Fuzz/.build/bin/$target" "$corpus" "Fuzz/Seeds/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "$@" >"$log" 2>&1
status=$?
set -e
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
echo "$target: ${executions:-?} executions in ${seconds}s (${rate:-?}/s, ${coverage:-cov ?}), exit $status; log $log"
if [ $status -ne 0 ]; then
    grep -E 'ERROR|Fatal error|==[0-9]+==|Test unit written|SUMMARY|deadly signal' "$log" | head -20
    exit 1
fi
