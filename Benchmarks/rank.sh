#!/usr/bin/env bash
# Ranking benchmark (issue "Targeting"): the same whole-process work as the geopandas peer
# ../shared/peers/rank_geopandas.py — read the real 514 districts, read and filter the BPS table,
# join, sort, cumulative share to 75%, write the list as CSV and the selected districts as GeoJSON —
# for several years, medians of 3, in the same run. The ratio is peer ÷ sasaran; the lists are
# compared code by code.
# Usage: Benchmarks/rank.sh     env: REBUILD=0 to skip the release build.
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
prepare
SHP=$REAL/boundaries/shp/kabkota_2025.shp
CSV=$REAL/poverty/bps_poverty_kabkota_2015_2025.csv
echo "machine: $(nproc) cores; $("$PY" -c 'import geopandas; print("geopandas", geopandas.__version__)')"
codes() { "$PY" -c 'import csv,sys; r=csv.DictReader(open(sys.argv[1])); print("\n".join(row[sys.argv[2]] for row in r))' "$1" "$2"; }
header
for year in 2019 2021 2023 2025; do
  median3 peer "$OUT/peer.log" -- "$PY" ../shared/peers/rank_geopandas.py "$SHP" KODE_KMD "$CSV" kode_kemendagri_2025 \
    jumlah_miskin_ribu "tahun=$year" 0.75 "$OUT/peer"
  median3 ours "$OUT/ours.log" -- "$SASARAN" rank --boundaries "$SHP" --code-field KODE_KMD --name-field NAMA \
    --parent-field KODE_PROV --indicators "$CSV" --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu \
    --where "tahun=$year" --target 0.75 --output "$OUT/ours.csv" --output "$OUT/ours.geojson"
  same=$(cmp -s <(codes "$OUT/ours.csv" code) <(codes "$OUT/peer.csv" KODE_KMD) && echo "same $(codes "$OUT/ours.csv" code | wc -l) codes in order" || echo "LISTS DIFFER")
  row "rank 514 districts, BPS $year, CSV + GeoJSON" "$ours" "$peer" "$same"
done
