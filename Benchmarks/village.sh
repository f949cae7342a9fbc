#!/usr/bin/env bash
# Village scale (issue 16): the 83,000-region layers of ../shared/peers/gen_districts.py against
# pyogrio + shapely 2 on the same files in the same run. Each row: whole-process wall time, peak
# resident memory (GNU time), the ratio peer ÷ sasaran, and whether the answers agree.
# The detailed layer (~168 M vertices, a 2.7 GB .shp) is generated once into .bench-data (git-ignored;
# ~4 min). Usage: Benchmarks/village.sh [--quick]   (--quick: the simple layer only)
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
prepare
if [ ! -s "$DATA/districts_83000_detailed.meta.json" ] && [ "${1:-}" != "--quick" ]; then
  echo "[village] generating $DATA/districts_83000_detailed (once)"
  tmp=$(mktemp -d "$DATA/.tmp.XXXXXX")
  "$PY" ../shared/peers/gen_districts.py districts --n 83000 --variant detailed --out "$tmp" >/dev/null
  mv -f "$tmp"/* "$DATA"/ && rmdir "$tmp"
fi

# timed VAR PEAK_VAR LOG -- COMMAND...: wall seconds and peak RSS (MB) of one run.
timed() {
  local var=$1 peakvar=$2 log=$3; shift 4
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f 'peak-kb %M' -o "$log.time" "$@" >"$log" 2>&1 || { echo "FAILED: $*" >&2; cat "$log" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf -v "$var" '%.2f' "$(echo "$t1 - $t0" | bc -l)"
  printf -v "$peakvar" '%d' "$(( $(sed -n 's/^peak-kb //p' "$log.time") / 1024 ))"
}

printf 'id,lon,lat\n1,106.8,-6.6\n' > "$OUT/one.csv"
printf '%-44s %16s %16s %7s  %s\n' "work" "sasaran" "peer" "ratio" "answers"
vrow() { printf '%-44s %8ss %5sMB %8ss %5sMB %6.1fx  %s\n' "$1" "$2" "$3" "$4" "$5" "$(echo "$4 / $2" | bc -l)" "$6"; }

load_case() {  # LABEL BOUNDARIES
  timed ours ours_mb "$OUT/ours.log" -- "$SASARAN" locate --boundaries "$2" --code-field code --points "$OUT/one.csv" --output "$OUT/one_out.csv" --timings
  timed peer peer_mb "$OUT/peer.log" -- "$PY" Benchmarks/peers/load_shapely.py "$2" code
  vrow "$1" "$ours" "$ours_mb" "$peer" "$peer_mb" "$(grep -o 'regions [0-9]*' "$OUT/peer.log")"
}
load_case "load+index 83,000 simple (~100 vertices)" "$DATA/districts_83000_simple.shp"
[ "${1:-}" = "--quick" ] || load_case "load+index 83,000 detailed (~2,000 vertices)" "$DATA/districts_83000_detailed.shp"

locate_case() {  # LABEL BOUNDARIES POINTS
  timed ours ours_mb "$OUT/ours.log" -- "$SASARAN" locate --boundaries "$2" --code-field code --points "$3" --output "$OUT/ours.csv"
  timed peer peer_mb "$OUT/peer.log" -- "$PY" ../shared/peers/locate_shapely.py "$2" code "$3" "$OUT/peer.csv"
  vrow "$1" "$ours" "$ours_mb" "$peer" "$peer_mb" "$(same_csv "$OUT/ours.csv" "$OUT/peer.csv")"
}
locate_case "1 M uniform points, 83,000 simple" "$DATA/districts_83000_simple.shp" "$DATA/points_1m.csv"
[ "${1:-}" = "--quick" ] || locate_case "1 M uniform points, 83,000 detailed" "$DATA/districts_83000_detailed.shp" "$DATA/points_1m.csv"
