# Shared helpers of the benchmark scripts: timing whole processes and printing ratio rows.
# Sourced, not run. Expects to be in the repo root.
set -euo pipefail
SASARAN=${SASARAN:-.build/release/sasaran}
PY=${PY:-.peers-venv/bin/python}
DATA=${DATA:-.bench-data}
REAL=${REAL:-../shared/data/idn}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

prepare() {
  Benchmarks/peers/prepare.sh >/dev/null
  [ -x "$SASARAN" ] && [ "${REBUILD:-1}" = 0 ] || swift build -c release --product sasaran >/dev/null
}

# wall SECONDS_VAR LOG -- COMMAND...: runs COMMAND, stores its wall time (s) and keeps stderr+stdout in LOG.
wall() {
  local var=$1 log=$2; shift 3
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$log" 2>&1 || { echo "FAILED: $*" >&2; cat "$log" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf -v "$var" '%.3f' "$(echo "$t1 - $t0" | bc -l)"
}

# median3 VAR LOG -- COMMAND...: the median wall time of three runs.
median3() {
  local var=$1 log=$2; shift 3
  local a b c
  wall a "$log" -- "$@"; wall b "$log" -- "$@"; wall c "$log" -- "$@"
  printf -v "$var" '%s' "$(printf '%s\n' "$a" "$b" "$c" | sort -n | sed -n 2p)"
}

header() {
  printf '%-46s %10s %10s %8s  %s\n' "work" "sasaran" "peer" "ratio" "answers"
}

# row LABEL OURS PEER ANSWERS
row() {
  printf '%-46s %9ss %9ss %7.1fx  %s\n' "$1" "$2" "$3" "$(echo "$3 / $2" | bc -l)" "$4"
}

# same_csv A B: "identical" when the two id,code CSVs hold the same rows, else the count of differences.
same_csv() {
  local d
  d=$(diff <(tail -n +2 "$1" | sort) <(tail -n +2 "$2" | sort) | grep -c '^[<>]' || true)
  [ "$d" = 0 ] && echo "identical" || echo "$d lines differ"
}
