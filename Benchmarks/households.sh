#!/usr/bin/env bash
# Household register benchmark (issue 18): `sasaran households` on a SYNTHETIC register
# (scripts/synthetic-register, calibrated on the real BPS figures: 514 districts, population and
# P0 2025) against the real 514 districts and the 75% priority list of 2025, vs polars and pandas
# doing the same aggregation (Tests/Peers/households_peer.py: group-by per district, combinations,
# deciles, duplicate-id check; then the figures) in the same run, whole processes, peak RSS from
# /usr/bin/time. Answers compared figure by figure (national, per programme, priority, gap, and
# the 514 districts' coverage).
# Usage: Benchmarks/households.sh [SIZES]   (default "1000000 20000000"; e.g. "1000000 5000000")
# Env: SASARAN (binary), REBUILD=0 (use it as built), PEERS (default polars,pandas),
#      PANDAS_MAX (largest size pandas runs on, default 20000000).
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
[ -x "$PY" ] || ../shared/peers/setup.sh .peers-venv >/dev/null
[ -x "$SASARAN" ] && [ "${REBUILD:-1}" = 0 ] || swift build -c release --product sasaran >/dev/null
sizes=${1:-"1000000 20000000"}
mkdir -p "$DATA"
SHP="$REAL/boundaries/shp/kabkota_2025.shp"
LAYER=(--boundaries "$SHP" --code-field KODE_KMD --name-field NAMA --parent-field KODE_PROV)
LIST="$OUT/list.json"
"$SASARAN" rank "${LAYER[@]}" --indicators "$REAL/poverty/bps_poverty_kabkota_2015_2025.csv" \
  --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu --where tahun=2025 --output "$LIST" >/dev/null 2>&1

rss() {
  local var=$1 log=$2; shift 3
  wall "$var" "$log" -- /usr/bin/time -f 'peakrss %M' "$@"
  printf -v "${var}_rss" '%s' "$(( $(grep -o 'peakrss [0-9]*' "$log" | tail -1 | cut -d' ' -f2) / 1024 ))"
}
compare() { # ours.json peer.json -> "equal" or the differing figures
  "$PY" - "$1" "$2" <<'PY'
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
bad = []
def close(x, y, what):
    if (x is None) != (y is None) or (x is not None and abs(x - y) > 1e-9 * max(1, abs(y))): bad.append(what)
close(a["households"], b["households"], "households"); close(a["targetHouseholds"], b["targetHouseholds"], "target")
for p in a["programmes"]:
    for f in ["recipients", "coverage", "exclusionError", "inclusionError", "cgh"]: close(p[f], b["programmes"][p["name"]][f], p["name"] + "." + f)
close(a["priority"]["shareTargetInside"], b["priority"]["shareTargetInside"], "shareTargetInside")
close(a["gap"]["households"], b["gap"], "gap")
close(a["convergence"]["allProgrammes"], b["allProgrammes"], "allProgrammes"); close(a["convergence"]["noProgramme"], b["noProgramme"], "noProgramme")
for d in a["districts"]:
    ref = b["districts"][d["code"]]
    for p in d["programmes"]: close(p["coverage"], ref["programmes"][p["name"]]["coverage"], d["code"] + " coverage")
    close((d["gap"] or {}).get("households"), ref["gap"], d["code"] + " gap")
print("equal (national, programmes, priority, gap, 514 districts)" if not bad else f"{len(bad)} figures differ: {bad[:5]}")
PY
}

echo "machine: $(nproc) cores; $("$PY" -c 'import polars, pandas; print("polars", polars.__version__, "pandas", pandas.__version__)')"
echo "register: SYNTHETIC (scripts/synthetic-register, seed 2025, weights), columns id,kode,desil,art,bobot,pkh,bpnt,pbi"
echo
printf '%-12s %-9s %10s %14s %10s  %s\n' households tool wall households/s "peak RSS" answers
for n in $sizes; do
  reg="$DATA/synthetic-register-$n.csv"
  [ -s "$reg" ] || "$PY" scripts/synthetic-register "$n" "$reg" --weights --seed 2025 --data "$REAL" 2>/dev/null
  mb=$(( $(stat -c %s "$reg") / 1048576 ))
  rss ours "$OUT/ours.log" -- "$SASARAN" households --register "$reg" "${LAYER[@]}" --target 'desil<=1' \
    --programmes pkh,bpnt,pbi --weight-column bobot --priority "$LIST" --min-cell 0 --output "$OUT/ours.json"
  printf '%-12s %-9s %9ss %14.0f %7s MB  %s\n' "$n" sasaran "$ours" "$(echo "$n / $ours" | bc -l)" "$ours_rss" "(CSV $mb MB)"
  for peer in $(echo "${PEERS:-polars,pandas}" | tr , " "); do
    [ "$peer" = pandas ] && [ "$n" -gt "${PANDAS_MAX:-20000000}" ] && { echo "(pandas skipped above PANDAS_MAX)"; continue; }
    rss p "$OUT/peer.log" -- sh -c "\"$PY\" Tests/Peers/households_peer.py $peer \"$reg\" \"$LIST\" pkh,bpnt,pbi bobot > \"$OUT/peer.json\""
    printf '%-12s %-9s %9ss %14.0f %7s MB  %s; sasaran %.1fx faster\n' "$n" "$peer" "$p" "$(echo "$n / $p" | bc -l)" "$p_rss" \
      "$(compare "$OUT/ours.json" "$OUT/peer.json")" "$(echo "$p / $ours" | bc -l)"
  done
done
