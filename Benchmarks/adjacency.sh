#!/usr/bin/env bash
# Adjacency benchmark (issue 5): `sasaran adjacency` against libpysal Queen.from_dataframe on the
# 514 simple generated districts (ground truth .bench-data/adj_514.csv from the generator), and
# against shapely 2 reference pairs on the real kabkota_2025.shp: GEOS intersects at tolerance 0,
# dwithin + geodesic shortest line at 1 km (Benchmarks/peers/adjacency_shapely.py). Whole-process
# wall times, medians of 3; the ratio is peer ÷ sasaran; pairs are compared as sets.
# Usage: Benchmarks/adjacency.sh   Env: SASARAN (binary), REBUILD=0 (use it as built).
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
prepare
pairs() { tail -n +2 "$1" | cut -d, -f1,2 | sort; }
compare() {  # A B: "same N pairs" or the differences
  local only_a only_b
  only_a=$(comm -23 <(pairs "$1") <(pairs "$2") | wc -l); only_b=$(comm -13 <(pairs "$1") <(pairs "$2") | wc -l)
  if [ "$only_a" = 0 ] && [ "$only_b" = 0 ]; then echo "same $(pairs "$1" | wc -l) pairs"; else echo "$only_a only in sasaran, $only_b only in peer"; fi
}
echo "machine: $(nproc) cores; $("$PY" -c 'import libpysal, shapely; print("libpysal", libpysal.__version__, "shapely", shapely.__version__, "GEOS", shapely.geos_version_string)')"
header
SIMPLE="$DATA/districts_514_simple.shp"
median3 ours "$OUT/ours.log" -- "$SASARAN" adjacency --boundaries "$SIMPLE" --code-field code --output "$OUT/ours_simple.csv"
median3 peer "$OUT/peer.log" -- "$PY" Benchmarks/peers/adjacency_libpysal.py "$SIMPLE" code "$OUT/pysal_simple.csv"
row "queen, 514 simple districts vs libpysal" "$ours" "$peer" "vs libpysal: $(compare "$OUT/ours_simple.csv" "$OUT/pysal_simple.csv"); vs adj_514.csv: $(compare "$OUT/ours_simple.csv" "$DATA/adj_514.csv")"
awk -F, 'NR > 1 && $3 == 1 { print $1 "," $2 }' "$DATA/adj_514.csv" | sort > "$OUT/truth_rook.txt"
"$SASARAN" adjacency --boundaries "$SIMPLE" --code-field code --contiguity rook --output "$OUT/ours_rook.csv" 2>/dev/null
echo "rook, 514 simple districts vs adj_514.csv rook=1: $( [ "$(pairs "$OUT/ours_rook.csv")" = "$(cat "$OUT/truth_rook.txt")" ] && echo "same $(wc -l < "$OUT/truth_rook.txt") pairs" || echo "differ: $(comm -3 <(pairs "$OUT/ours_rook.csv") "$OUT/truth_rook.txt" | wc -l) pairs")"

REAL_SHP="$REAL/boundaries/shp/kabkota_2025.shp"
for tolerance in 0 1; do
  median3 ours "$OUT/ours.log" -- "$SASARAN" adjacency --boundaries "$REAL_SHP" --code-field KODE_KMD --tolerance-km "$tolerance" --output "$OUT/ours_real.csv"
  median3 peer "$OUT/peer.log" -- "$PY" Benchmarks/peers/adjacency_shapely.py "$REAL_SHP" KODE_KMD "$tolerance" "$OUT/shapely_real.csv"
  row "real 514, tolerance $tolerance km vs shapely" "$ours" "$peer" "$(compare "$OUT/ours_real.csv" "$OUT/shapely_real.csv"); $(grep -o '[0-9]* islands; [0-9]* components' "$OUT/ours.log")"
done
"$SASARAN" adjacency --boundaries "$REAL_SHP" --code-field KODE_KMD --tolerance-km 1 --sea-bridge-km 50 --output "$OUT/bridged.csv" 2>"$OUT/bridged.log"
echo "real 514, tolerance 1 km + sea bridges 50 km: $(head -1 "$OUT/bridged.log")"
