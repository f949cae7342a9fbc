#!/usr/bin/env bash
# Reading the real 514 districts three ways, in the same run (issue 13): the native shapefile
# reader (.shp read with pread, straight into GEOS), the GDAL/OGR path (the same districts as a
# GeoPackage and as a zipped shapefile, WKB into GEOS), and pyogrio (GDAL into a GeoDataFrame).
# Whole processes, medians of 3; peak memory from /usr/bin/time. Sasaran's work is `rank` to a
# CSV list (loading, the join and the 75% list: no geometry check), so the lists of every path
# are compared code by code; pyogrio's row count and codes are compared with the layer.
# Usage: Benchmarks/gdal-read.sh     env: REBUILD=0 to skip the release build.
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
../shared/peers/setup.sh .peers-venv >/dev/null
[ -x "$SASARAN" ] && [ "${REBUILD:-1}" = 0 ] || swift build -c release --product sasaran >/dev/null
SHP=$REAL/boundaries/shp/kabkota_2025.shp
CSV=$REAL/poverty/bps_poverty_kabkota_2015_2025.csv
ogr2ogr -f GPKG -nlt PROMOTE_TO_MULTI "$OUT/kabkota.gpkg" "$SHP" -nln kabkota
(cd "$(dirname "$SHP")" && zip -q -j "$OUT/kabkota.zip" kabkota_2025.*)
echo "machine: $(nproc) cores; $("$PY" -c 'import pyogrio; print("pyogrio", pyogrio.__version__, "GDAL", pyogrio.__gdal_version_string__)'); sasaran links GDAL $(gdal-config --version)"


rank() {
  "$SASARAN" rank --boundaries "$1" --code-field KODE_KMD --name-field NAMA --parent-field KODE_PROV \
    --indicators "$CSV" --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu --where tahun=2023 --format csv
}
pyogrio_read() {
  "$PY" -c 'import sys, pyogrio; df = pyogrio.read_dataframe(sys.argv[1]); print(len(df)); print("\n".join(sorted(df["KODE_KMD"])))' "$1"
}
peak() { # peak KB of one run of a function below (time(1) cannot run a shell function, so bash runs it)
  export -f rank pyogrio_read; export SASARAN CSV PY
  /usr/bin/time -f '%M' bash -c '"$@"' _ "$@" 2>&1 >/dev/null | tail -1
}
rank "$SHP" > "$OUT/native.csv"
printf '%-58s %9s %10s  %s\n' "read the real 514 districts (+ 2023 75% list for sasaran)" "time" "peak" "answers"
for source in "$SHP" "$OUT/kabkota.gpkg" "$OUT/kabkota.zip"; do
  case $source in *.shp) label="sasaran, native shapefile reader";; *.gpkg) label="sasaran, GDAL path, GeoPackage";; *) label="sasaran, GDAL path, zipped shapefile";; esac
  median3 t "$OUT/ours.log" -- rank "$source"
  rank "$source" > "$OUT/list.csv"
  same=$(cmp -s "$OUT/list.csv" "$OUT/native.csv" && echo "list identical to the native reader's" || echo "LIST DIFFERS")
  printf '%-58s %8ss %8sKB  %s\n' "$label" "$t" "$(peak rank "$source")" "$same"
  eval "ours_$(basename "${source##*.}")=$t"
done
for source in "$SHP" "$OUT/kabkota.gpkg"; do
  median3 t "$OUT/peer.log" -- pyogrio_read "$source"
  pyogrio_read "$source" > "$OUT/peer.txt"
  codes=$(tail -n +2 "$OUT/peer.txt" | md5sum); ours=$("$SASARAN" inspect --json "$source" | "$PY" -c 'import json,sys; d=json.load(sys.stdin); print(d["description"]["records"])')
  printf '%-58s %8ss %8sKB  %s\n' "pyogrio.read_dataframe, ${source##*.}" "$t" "$(peak pyogrio_read "$source")" "$(head -1 "$OUT/peer.txt") rows (sasaran: $ours)"
  eval "peer_$(basename "${source##*.}")=$t"
done
printf 'ratio pyogrio ÷ sasaran: shapefile %.1fx (native), GeoPackage %.1fx (GDAL path)\n' \
  "$(echo "$peer_shp / $ours_shp" | bc -l)" "$(echo "$peer_gpkg / $ours_gpkg" | bc -l)"
