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

load_case() {  # LABEL BOUNDARIES [SASARAN OPTIONS...]
  local label=$1 boundaries=$2; shift 2
  timed ours ours_mb "$OUT/ours.log" -- "$SASARAN" locate --boundaries "$boundaries" --code-field code --points "$OUT/one.csv" --output "$OUT/one_out.csv" --timings "$@"
  timed peer peer_mb "$OUT/peer.log" -- "$PY" Benchmarks/peers/load_shapely.py "$boundaries" code
  vrow "$label" "$ours" "$ours_mb" "$peer" "$peer_mb" "$(grep -o 'regions [0-9]*' "$OUT/peer.log"); sasaran $(grep -o 'load+index [0-9.]*s' "$OUT/ours.log")"
}
# PEER: locate_shapely.py (STRtree 'within') or Benchmarks/peers/locate_sjoin.py (geopandas.sjoin).
locate_case() {  # LABEL BOUNDARIES POINTS PEER [SASARAN OPTIONS...]
  local label=$1 boundaries=$2 points=$3 peer_script=$4; shift 4
  timed ours ours_mb "$OUT/ours.log" -- "$SASARAN" locate --boundaries "$boundaries" --code-field code --points "$points" --output "$OUT/ours.csv" "$@"
  timed peer peer_mb "$OUT/peer.log" -- "$PY" "$peer_script" "$boundaries" code "$points" "$OUT/peer.csv"
  vrow "$label" "$ours" "$ours_mb" "$peer" "$peer_mb" "$(same_csv "$OUT/ours.csv" "$OUT/peer.csv")"
}
QUICK=${1:-}
SIMPLE=$DATA/districts_83000_simple.shp DETAILED=$DATA/districts_83000_detailed.shp
STRTREE=../shared/peers/locate_shapely.py SJOIN=Benchmarks/peers/locate_sjoin.py
load_case "load+index 83,000 simple (~100 vertices)" "$SIMPLE"
load_case "  the same, --trusted-geometry" "$SIMPLE" --trusted-geometry
if [ "$QUICK" != "--quick" ]; then
  load_case "load+index 83,000 detailed (~2,000 vertices)" "$DETAILED"
  load_case "  the same, --trusted-geometry" "$DETAILED" --trusted-geometry
fi
locate_case "1 M uniform points, 83,000 simple" "$SIMPLE" "$DATA/points_1m.csv" "$STRTREE"
locate_case "10 M land points, 83,000 simple, vs sjoin" "$SIMPLE" "$DATA/points_land_10m.csv" "$SJOIN" --trusted-geometry
if [ "$QUICK" != "--quick" ]; then
  locate_case "1 M uniform points, 83,000 detailed, trusted" "$DETAILED" "$DATA/points_1m.csv" "$STRTREE" --trusted-geometry
  locate_case "10 M land points, 83,000 detailed, vs sjoin" "$DETAILED" "$DATA/points_land_10m.csv" "$SJOIN" --trusted-geometry
fi

# Points per second on the real 514 districts from the binary format (no peer: the rate itself
# is the aim, 10 M/s), and peak memory at 1 M and 10 M points (flat when independent of the count).
REAL_SHP=$REAL/boundaries/shp/kabkota_2025.shp
for n in 1m 10m; do
  timed ours ours_mb "$OUT/agg.log" -- "$SASARAN" aggregate --boundaries "$REAL_SHP" --code-field KODE_KMD --points "$DATA/points_land_$n.bin" --output "$OUT/agg_$n.csv" --timings --force
  printf '%-44s %8ss %5sMB  %s\n' "aggregate $n .bin points, real 514 districts" "$ours" "$ours_mb" "$(grep -o '([0-9]* points/s)' "$OUT/agg.log" | head -1)"
done
