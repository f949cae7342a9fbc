#!/usr/bin/env bash
# Region layer benchmark (issue "Region layer"): loading and indexing districts, and assigning
# points to them, against pyogrio + shapely 2 (STRtree.query(points, predicate="within")) on the
# same files in the same run. Whole-process wall times (what a user waits for), medians of 3
# for the short runs; the ratio is peer ÷ sasaran. Answers are compared row by row.
# Usage: Benchmarks/region-layer.sh [--quick]   (--quick skips the 10 M point run)
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
prepare
echo "machine: $(nproc) cores; $("$PY" -c 'import shapely; print("shapely", shapely.__version__, "GEOS", shapely.geos_version_string)')"
echo "one point (to time load + index alone):"
printf 'id,lon,lat\n1,106.8,-6.6\n' > "$OUT/one.csv"
header
load_case() {  # LABEL BOUNDARIES CODE_FIELD
  median3 ours "$OUT/ours.log" -- "$SASARAN" locate --boundaries "$2" --code-field "$3" --points "$OUT/one.csv" --output "$OUT/one_out.csv" --timings
  median3 peer "$OUT/peer.log" -- "$PY" Benchmarks/peers/load_shapely.py "$2" "$3"
  row "$1" "$ours" "$peer" "($(grep -o 'load+index [0-9.]*s' "$OUT/ours.log") vs $(grep -o 'read [0-9.]* s index [0-9.]* s' "$OUT/peer.log"))"
}
load_case "load+index real 514 districts" "$REAL/boundaries/shp/kabkota_2025.shp" KODE_KMD
load_case "load+index 83,000 generated districts" "$DATA/districts_83000_simple.shp" code

locate_case() {  # LABEL BOUNDARIES CODE_FIELD POINTS RUNS
  local runner=median3; [ "$5" = 1 ] && runner=wall
  $runner ours "$OUT/ours.log" -- "$SASARAN" locate --boundaries "$2" --code-field "$3" --points "$4" --output "$OUT/ours.csv" --timings
  wall peer "$OUT/peer.log" -- "$PY" ../shared/peers/locate_shapely.py "$2" "$3" "$4" "$OUT/peer.csv"
  row "$1" "$ours" "$peer" "$(same_csv "$OUT/ours.csv" "$OUT/peer.csv")"
}
echo "assign points (whole process: read points, locate, write id,code CSV):"
header
locate_case "100 k points, real 514 districts" "$REAL/boundaries/shp/kabkota_2025.shp" KODE_KMD "$DATA/points_real_100k.csv" 3
locate_case "1 M land points, 514 simple districts" "$DATA/districts_514_simple.shp" code "$DATA/points_land_1m.csv" 3
locate_case "1 M land points, 514 detailed districts" "$DATA/districts_514_detailed.shp" code "$DATA/points_land_1m.csv" 3
locate_case "1 M land points, 83,000 districts" "$DATA/districts_83000_simple.shp" code "$DATA/points_land_1m.csv" 1
if [ "${1:-}" != "--quick" ]; then
  locate_case "10 M land points, 514 detailed districts" "$DATA/districts_514_detailed.shp" code "$DATA/points_land_10m.csv" 1
fi
