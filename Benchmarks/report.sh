#!/usr/bin/env bash
# Report benchmark (issue "The planner's report"): the HTML report of the real 514 districts (BPS
# 2023, 75% of the poor, with the population column so the curve has the rate ranking too),
# against the geopandas peer ../shared/peers/rank_geopandas.py (read, merge, sort, cumulative
# share, CSV + GeoJSON; it makes no map or report) on the same files in the same run.
# Whole-process wall times are medians of 3; the ratio is peer ÷ sasaran. The in-process time of
# the report alone (map simplification, province dissolve, curve, HTML) is from `rank --timings`.
# Usage: Benchmarks/report.sh     env: SASARAN (binary), REBUILD=0 to skip the release build.
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
prepare
SHP=$REAL/boundaries/shp/kabkota_2025.shp
CSV=$REAL/poverty/bps_poverty_kabkota_2015_2025.csv
RANK=(rank --boundaries "$SHP" --code-field KODE_KMD --name-field NAMA --parent-field KODE_PROV
      --indicators "$CSV" --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu
      --population penduduk_implied_ribu --where tahun=2023 --target 0.75)
echo "machine: $(nproc) cores; $("$PY" -c 'import geopandas, shapely; print("geopandas", geopandas.__version__, "shapely", shapely.__version__, "GEOS", shapely.geos_version_string)')"

# The codes of a list CSV, in order: ours has a "code" column, the peer's the layer's KODE_KMD.
codes() { "$PY" -c 'import csv,sys; r=csv.DictReader(open(sys.argv[1])); k=sys.argv[2]; print("\n".join(row[k] for row in r))' "$1" "$2"; }

median3 peer "$OUT/peer.log" -- "$PY" ../shared/peers/rank_geopandas.py "$SHP" KODE_KMD "$CSV" kode_kemendagri_2025 \
  jumlah_miskin_ribu tahun=2023 0.75 "$OUT/peer"
codes "$OUT/peer.csv" KODE_KMD >"$OUT/peer.codes"

header
median3 ours "$OUT/list.log" -- "$SASARAN" "${RANK[@]}" --format csv --output "$OUT/list.csv"
codes "$OUT/list.csv" code >"$OUT/list.codes"
same=$(cmp -s "$OUT/list.codes" "$OUT/peer.codes" && echo "same $(wc -l <"$OUT/list.codes") codes in order" || echo "LISTS DIFFER")
row "rank, list only (CSV; peer CSV+GeoJSON)" "$ours" "$peer" "$same"

median3 ours "$OUT/report.log" -- "$SASARAN" "${RANK[@]}" --format csv --output "$OUT/list.csv" --report "$OUT/report.html"
row "rank + HTML report (peer: no report)" "$ours" "$peer" "report $(wc -c <"$OUT/report.html") bytes"

# In-process: three runs of the report step alone, median.
times=()
for _ in 1 2 3; do
  "$SASARAN" "${RANK[@]}" --format svg --output "$OUT/map.svg" --report "$OUT/report.html" --timings 2>"$OUT/t.log" >/dev/null
  times+=("$(grep -o 'report [0-9.]*s' "$OUT/t.log" | grep -o '[0-9.]*')")
done
report=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
echo "in-process: report generation ${report}s (median of 3: $(echo "${times[@]}")); standalone map SVG $(wc -c <"$OUT/map.svg") bytes"
echo "peer (whole process) ÷ our report step: $(printf '%.1f' "$(echo "$peer / $report" | bc -l)")x"
