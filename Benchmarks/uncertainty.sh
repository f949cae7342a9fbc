#!/usr/bin/env bash
# Uncertainty benchmark (issue "Coverage scenarios for researchers"): 10,000 Monte Carlo
# replicates × 514 districts (BPS 2025, CV 0.1, normal, target 75%), each rerunning the
# selection, against the same computation vectorised in numpy (Benchmarks/peers/uncertainty_numpy.py)
# in the same run. Times are of the Monte Carlo alone (Sasaran's --timings; numpy's
# perf_counter after reading the CSV), medians of 3; the whole `sasaran uncertainty` process is
# shown too. The ratio is numpy ÷ sasaran. With a CV of 0 both must give the point list exactly.
# Usage: Benchmarks/uncertainty.sh
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
"$PY" -c 'import numpy' 2>/dev/null || Benchmarks/peers/prepare.sh >/dev/null
[ -x "$SASARAN" ] && [ "${REBUILD:-1}" = 0 ] || swift build -c release --product sasaran >/dev/null
CSV=$REAL/poverty/bps_poverty_kabkota_2015_2025.csv
ARGS=(--boundaries "$REAL/boundaries/shp/kabkota_2025.shp" --code-field KODE_KMD --parent-field KODE_PROV
      --indicators "$CSV" --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu --where tahun=2025 --target 0.75)
echo "machine: $(nproc) cores; $("$PY" -c 'import numpy; print("numpy", numpy.__version__)')"

ours_mc() {  # CV REPLICATES → seconds of the Monte Carlo (stderr --timings), summary in $OUT/ours.json
  "$SASARAN" uncertainty "${ARGS[@]}" --cv "$1" --replicates "$2" --seed 7 --format json --output "$OUT/ours.json" --timings 2>&1 \
    | sed -n 's/.*districts: \([0-9.]*\) s.*/\1/p'
}
median_of3() { printf '%s\n' "$("$@")" "$("$@")" "$("$@")" | sort -n | sed -n 2p; }
summary() {  # JSON → "needed min 5% median 95% max; always N sometimes M"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); n=d["districtsNeeded"]; c=d["pointListCoverage"]
print("needed %g %g %g %g %g coverage %.4f [%.4f, %.4f] always %d sometimes %d" % (n["min"], n["p5"], n["median"], n["p95"], n["max"], c["mean"], c["p5"], c["p95"], d["alwaysSelected"], d["sometimesSelected"]))' "$1"
}

header
for cv in 0 0.1; do
  ours=$(median_of3 ours_mc "$cv" 10000)
  peer=$(median_of3 sh -c "'$PY' Benchmarks/peers/uncertainty_numpy.py '$CSV' 2025 0.75 $cv 10000 7 | sed -n 's/montecarlo \([0-9.]*\) s.*/\1/p'")
  row "10,000 replicates × 514, CV $cv (Monte Carlo)" "$ours" "$peer" ""
  echo "  sasaran: $(summary "$OUT/ours.json")"
  echo "  numpy:   $("$PY" Benchmarks/peers/uncertainty_numpy.py "$CSV" 2025 0.75 "$cv" 10000 7 | sed 's/montecarlo [0-9.]* s districts [0-9]* point [0-9]* //')"
done
median3 whole "$OUT/whole.log" -- "$SASARAN" uncertainty "${ARGS[@]}" --cv 0.1 --replicates 10000 --seed 7 --output "$OUT/whole.txt"
echo "whole process (load 514 districts, join, 10,000 replicates, write): ${whole}s"
