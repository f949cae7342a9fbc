#!/usr/bin/env bash
# Weight-sensitivity benchmark (issue 17): 10,000 Dirichlet weight draws (concentration 50) around
# z(p0_persen) 0.4, z(jumlah_miskin_ribu) 0.4, -z(ipm) 0.2 on the real 514 districts (BPS 2023,
# target 75%), each re-ranking and re-selecting, against the same work vectorised in numpy
# (Benchmarks/peers/sensitivity_numpy.py) in the same run. Sasaran's time is its --timings line
# (draws alone, both cores); numpy's is its own Dirichlet draws plus the re-ranking of Sasaran's
# draws (read back from --draws-output), so the answers can be compared exactly: selection counts
# and rank percentiles of every district. Medians of 3; the whole `sasaran sensitivity` process
# and its peak memory are shown too. The ratio is numpy ÷ sasaran.
# Usage: Benchmarks/sensitivity.sh
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
"$PY" -c 'import numpy, pandas' 2>/dev/null || Benchmarks/peers/prepare.sh >/dev/null
[ -x "$SASARAN" ] && [ "${REBUILD:-1}" = 0 ] || swift build -c release --product sasaran >/dev/null
ARGS=(--boundaries "$REAL/boundaries/shp/kabkota_2025.shp" --code-field KODE_KMD --name-field NAMA --parent-field KODE_PROV
      --indicators "$REAL/poverty/bps_poverty_kabkota_2015_2025.csv" --code-column kode_kemendagri_2025
      --value jumlah_miskin_ribu --where tahun=2023 --target 0.75
      --index 'p0_persen:0.4,jumlah_miskin_ribu:0.4,-ipm:0.2'
      --table "$REAL/indicators/bps_ipm_kabkota_2020_2024.csv:kode_kemendagri_2025:ipm:tahun=2023")
DRAWS=10000
echo "machine: $(nproc) cores; $("$PY" -c 'import numpy; print("numpy", numpy.__version__)')"

ours() {  # → seconds of the draws; the CSV in $OUT/ours.csv, the draws in $OUT/draws.csv
  "$SASARAN" sensitivity "${ARGS[@]}" --concentration 50 --draws "$DRAWS" --seed 7 --draws-output "$OUT/draws.csv" \
    --format csv --output "$OUT/ours.csv" --timings 2>&1 | sed -n 's/.*districts: \([0-9.]*\) s.*/\1/p'
}
peer() {
  "$PY" Benchmarks/peers/sensitivity_numpy.py "$REAL" 2023 0.75 50 "$OUT/draws.csv" "$OUT/peer.csv"
}
median_of3() { printf '%s\n' "$("$@")" "$("$@")" "$("$@")" | sort -n | sed -n 2p; }
peer_total() { peer | sed -n 's/.*total \([0-9.]*\) s.*/\1/p'; }

header
sasaran_s=$(median_of3 ours)
numpy_s=$(median_of3 peer_total)
# The same districts, counts and rank percentiles? (columns code, times_selected, rank_min, rank_p5, rank_median, rank_p95, rank_max)
"$PY" - "$OUT/ours.csv" "$OUT/peer.csv" > "$OUT/compare.txt" <<'PY'
import sys, pandas as pd
a = pd.read_csv(sys.argv[1], dtype={"code": str}).set_index("code")
b = pd.read_csv(sys.argv[2], dtype={"code": str}).set_index("code")
cols = ["times_selected", "rank_min", "rank_p5", "rank_median", "rank_p95", "rank_max"]
a, b = a.loc[b.index, cols], b[cols]
bad = (a != b).any(axis=1).sum()
print("identical" if bad == 0 and len(a) == len(b) else f"{bad} of {len(b)} districts differ")
PY
row "10,000 weight draws × 514, re-rank + re-select" "$sasaran_s" "$numpy_s" "$(cat "$OUT/compare.txt")"
echo "  numpy:   $(peer)"
/usr/bin/time -v "$SASARAN" sensitivity "${ARGS[@]}" --concentration 50 --draws "$DRAWS" --seed 7 --output "$OUT/whole.txt" 2> "$OUT/time.txt"
echo "whole process (load 514 districts, join 2 tables, $DRAWS draws, write): $(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/time.txt"), peak $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/time.txt") kB"
