#!/usr/bin/env bash
# Exact selection benchmark (issue 19): `sasaran rank --optimise` (CBC through its C API) against
# the same model solved by HiGHS (highspy, Tests/Peers/optimise_highspy.py), in the same run:
#   1. the real 514 districts, BPS 2023: maximise the poor covered within a budget, cost =
#      population × 50,000 per person (penduduk_implied_ribu × 5e7), budgets 0.5 and 2 tn;
#   2. a generated 84,000-region instance (Benchmarks/peers/gen_optimise_instance.py, seed 19,
#      512 parents, lognormal counts and populations, no real geometry) with a budget of 10% of
#      the total cost, both solvers at the same relative gap (GAP, default 1e-6) and time limit
#      (LIMIT seconds, default 300; a solver stopped by it says so, with its gap).
# Times are the solvers' own (JSON optimality.seconds: every CBC solve of the run, the tie-break
# included; HiGHS's run()), plus sasaran's whole process; the ratio is HiGHS ÷ CBC. Objectives
# are compared; each list's exact cost is checked against the budget.
# Usage: Benchmarks/optimise.sh   Env: SASARAN (binary), REBUILD=0 (use it as built), GAP, N.
cd "$(dirname "$0")/.."
SASARAN=${SASARAN:-.build/release/sasaran}
PY=${PY:-.peers-venv/bin/python}
REAL=${REAL:-../shared/data/idn}
GAP=${GAP:-1e-6}
LIMIT=${LIMIT:-300}
N=${N:-84000}
DATA=.bench-data/optimise
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
[ -x "$SASARAN" ] && [ "${REBUILD:-1}" = 0 ] || swift build -c release --product sasaran >/dev/null
mkdir -p "$DATA"
[ -s "$DATA/instance.csv" ] && [ "$(($(wc -l < "$DATA/instance.csv") - 1))" = "$N" ] \
  || "$PY" Benchmarks/peers/gen_optimise_instance.py "$N" 19 50000 "$DATA" >/dev/null
echo "machine: $(nproc) cores; $("$PY" -c 'import highspy; h = highspy.Highs(); print("HiGHS", h.version())' | tail -1); sasaran $SASARAN"
printf '%-44s %9s %9s %7s %10s  %s\n' "work" "CBC s" "HiGHS s" "ratio" "process s" "answers"
field() { "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); o=d["optimality"]; print(o[sys.argv[2]] if sys.argv[2] in o else d[sys.argv[2]])' "$1" "$2"; }
peer() { "$PY" -c 'import json,sys; d=json.loads(open(sys.argv[1]).read().splitlines()[-1]); print(d[sys.argv[2]])' "$1" "$2"; }
compare() {  # OURS.json PEER.txt BUDGET
  "$PY" - "$1" "$2" "$3" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1])); peer = json.loads(open(sys.argv[2]).read().splitlines()[-1]); budget = float(sys.argv[3])
a, b = ours["optimality"]["objective"], peer["objective"]
rel = abs(a - b) / max(abs(b), 1e-12)
cost = ours["optimisation"]["exact"]["cost"]
if peer["count"] == 0 and a > 0:
    verdict = "HiGHS found no list within the time limit"
else:
    verdict = "objectives equal" if rel <= 1e-9 else f"objectives differ by {rel:.1e} (relative; gap allowed {ours['manifest']['parameters'].get('optimise.gap')})"
print(f"{verdict}: CBC {a:.6g} ({ours['optimality']['status']}, {ours['count']} regions, cost {'<=' if cost <= budget else '>'} budget), "
      f"HiGHS {b:.6g} ({peer['status']}, gap {peer['gap']:.1e}, {peer['count']} regions, cost {'<=' if peer['within_budget'] else '>'} budget)")
PY
}
run() {  # LABEL BUDGET PEER-ARGS... -- SASARAN-ARGS...
  local label=$1 budget=$2; shift 2
  local peer_args=() ours_args=()
  while [ "$1" != "--" ]; do peer_args+=("$1"); shift; done; shift
  ours_args=("$@")
  local t0 t1
  t0=$(date +%s.%N)
  "$SASARAN" rank "${ours_args[@]}" --optimise --budget "$budget" --output "$OUT/ours.json" --force >/dev/null 2>"$OUT/ours.log" || true
  t1=$(date +%s.%N)
  /usr/bin/time -v "$SASARAN" rank "${ours_args[@]}" --optimise --budget "$budget" --output "$OUT/ours2.json" --force 2>"$OUT/time.log" >/dev/null || true
  "$PY" Tests/Peers/optimise_highspy.py "${peer_args[@]}" >"$OUT/peer.txt"
  local cbc highs
  cbc=$(field "$OUT/ours.json" seconds); highs=$(peer "$OUT/peer.txt" seconds)
  printf '%-44s %9.3f %9.3f %6.1fx %10.3f  %s; peak %s MB\n' "$label" "$cbc" "$highs" "$(echo "$highs / $cbc" | bc -l)" \
    "$(echo "$t1 - $t0" | bc -l)" "$(compare "$OUT/ours.json" "$OUT/peer.txt" "$budget")" \
    "$(( $(grep 'Maximum resident' "$OUT/time.log" | awk '{print $NF}') / 1024 ))"
}
REAL_ARGS=(--boundaries "$REAL/boundaries/kabkota_2025.geojson" --code-field kode_kemendagri --parent-field kode_prov
  --indicators "$REAL/poverty/bps_poverty_kabkota_2015_2025.csv" --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu
  --population penduduk_implied_ribu --where tahun=2023 --cost-column population --unit-cost 5e7)
for budget in 5e11 2e12; do
  run "514 districts 2023, budget $budget" "$budget" bps "$REAL/poverty/bps_poverty_kabkota_2015_2025.csv" 2023 5e7 "$budget" -- "${REAL_ARGS[@]}"
done
TOTAL=$("$PY" -c 'import csv,sys; print(sum(float(r["cost"]) for r in csv.DictReader(open(sys.argv[1]))))' "$DATA/instance.csv")
BUDGET=$("$PY" -c "print(repr(round($TOTAL * 0.10)))")
run "$N generated regions, budget 10%, gap $GAP" "$BUDGET" csv "$DATA/instance.csv" "$BUDGET" - "$GAP" "$LIMIT" -- \
  --boundaries "$DATA/regions.geojson" --code-field code --parent-field parent --indicators "$DATA/indicators.csv" \
  --code-column code --value value --population population --cost-column population --unit-cost 50000 --gap "$GAP" --time-limit "$LIMIT"
