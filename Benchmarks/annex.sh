#!/usr/bin/env bash
# Annex benchmark (issue 14): the real 2023 list at 75% (184 districts) written as an Excel
# workbook and a GeoPackage by `sasaran rank` (the whole run: read, join, rank, write), against
# the peers on the same files in the same run: ../shared/peers/rank_geopandas.py for the list,
# then Benchmarks/peers/annex_openpyxl_geopandas.py writing the workbook (openpyxl) and the
# GeoPackage (geopandas/pyogrio). Whole-process wall times, medians of 3; ratio = peer ÷ sasaran.
# The PDF annex has no peer here (the peers make no map); its time is printed alone.
# Answers: the workbook read back by openpyxl equals the CSV (Tests/Peers/xlsx_peer.py), and
# ogrinfo counts the same features in both GeoPackages.
# Usage: Benchmarks/annex.sh     env: SASARAN (binary), REBUILD=0 to skip the release build.
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
[ -x "$SASARAN" ] && [ "${REBUILD:-1}" = 0 ] || swift build -c release --product sasaran >/dev/null   # no generated data needed
SHP=$REAL/boundaries/shp/kabkota_2025.shp
CSV=$REAL/poverty/bps_poverty_kabkota_2015_2025.csv
RANK=(rank --boundaries "$SHP" --code-field KODE_KMD --name-field NAMA --parent-field KODE_PROV
      --indicators "$CSV" --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu --where tahun=2023 --target 0.75)
echo "machine: $(nproc) cores; $("$PY" -c 'import openpyxl, geopandas; print("openpyxl", openpyxl.__version__, "geopandas", geopandas.__version__)')"
"$SASARAN" "${RANK[@]}" --output "$OUT/list.csv" 2>/dev/null
peer_annex() {
  "$PY" ../shared/peers/rank_geopandas.py "$SHP" KODE_KMD "$CSV" kode_kemendagri_2025 jumlah_miskin_ribu tahun=2023 0.75 "$OUT/peer" &&
  "$PY" Benchmarks/peers/annex_openpyxl_geopandas.py "$OUT/list.csv" "$SHP" KODE_KMD "$OUT/peer_annex"
}
header
median3 ours "$OUT/ours.log" -- "$SASARAN" "${RANK[@]}" --output "$OUT/list.xlsx" --output "$OUT/list.gpkg"
median3 peer "$OUT/peer.log" -- peer_annex
rows=$("$PY" -c 'import json,sys; d=json.load(sys.stdin); same=len(d["xlsx"])==len(d["csv"]) and all(a[:4]==b[:4] and all(abs(x-y)<=1e-15*max(abs(x),abs(y)) for x,y in zip(a[4:],b[4:])) for a,b in zip(d["xlsx"],d["csv"])); print(("same %d rows as the CSV" % len(d["csv"])) if same else "ROWS DIFFER", "codes", d["code_types"])' \
  < <("$PY" Tests/Peers/xlsx_peer.py "$OUT/list.xlsx" "$OUT/list.csv"))
count() { ogrinfo -so "$1" priority_list 2>/dev/null | sed -n 's/Feature Count: //p'; }
row "list as .xlsx + .gpkg (peer: geopandas+openpyxl)" "$ours" "$peer" "xlsx: $rows; gpkg: $(count "$OUT/list.gpkg") vs $(count "$OUT/peer_annex.gpkg") features"
median3 pdf "$OUT/pdf.log" -- "$SASARAN" "${RANK[@]}" --output "$OUT/annex.pdf"
echo "list as the PDF annex (no peer): ${pdf}s, $(pdfinfo "$OUT/annex.pdf" | sed -n 's/Pages: *//p') pages, $(wc -c <"$OUT/annex.pdf") bytes"
for f in list.xlsx list.gpkg annex.pdf; do cp "$OUT/$f" "$OUT/first-$f"; done
"$SASARAN" "${RANK[@]}" --output "$OUT/list.xlsx" --output "$OUT/list.gpkg" --output "$OUT/annex.pdf" 2>/dev/null
echo "rerun byte-identical: $(for f in list.xlsx list.gpkg annex.pdf; do cmp -s "$OUT/$f" "$OUT/first-$f" && printf '%s yes  ' "$f" || printf '%s NO  ' "$f"; done)"
/usr/bin/time -v "$SASARAN" "${RANK[@]}" --output "$OUT/list.xlsx" --output "$OUT/list.gpkg" --output "$OUT/annex.pdf" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): /peak memory (xlsx+gpkg+pdf), kB: /p'
