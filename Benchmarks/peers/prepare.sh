#!/usr/bin/env bash
# Prepares the peer side of Sasaran's benchmarks (idempotent: only makes what is missing).
#   1. the peer virtual environment  .peers-venv   (via ../shared/peers/setup.sh)
#   2. the benchmark data            .bench-data   (via ../shared/peers/gen_districts.py and
#                                                   Benchmarks/peers/gen_real_points.py)
# Usage: Benchmarks/peers/prepare.sh   (from anywhere; paths are relative to the repo root)
# Env: PEERS_DIR (default ../shared/peers), REAL_SHP (default
#      ../shared/data/idn/boundaries/shp/kabkota_2025.shp). Both output folders are git-ignored.
# Takes ~2.5 min on 2 cores; .bench-data is ~0.7 GB.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
peers="${PEERS_DIR:-../shared/peers}"
real_shp="${REAL_SHP:-../shared/data/idn/boundaries/shp/kabkota_2025.shp}"
venv=.peers-venv
data=.bench-data
py="$venv/bin/python"
gen="$peers/gen_districts.py"

say() { printf '[prepare] %s\n' "$*"; }

if "$py" -c 'import shapely, geopandas, pyogrio, pyproj, libpysal, scipy' 2>/dev/null; then
  say "venv $venv present: $("$py" -c 'import shapely, geopandas; print("shapely", shapely.__version__, "geopandas", geopandas.__version__, "GEOS", shapely.geos_version_string)')"
else
  say "creating venv $venv: $peers/setup.sh $venv"
  "$peers/setup.sh" "$venv"
fi

mkdir -p "$data"
# Each item is generated into a scratch folder and moved in only on success, so an interrupted
# run never leaves a half-written file that a later run would take as done.
# item LAST_FILE WORDS...  (WORDS run with @OUT@ replaced by the scratch folder)
item() {
  local last="$1"; shift
  if [ -s "$data/$last" ]; then say "have $data/$last"; return; fi
  local tmp; tmp="$(mktemp -d "$data/.tmp.XXXXXX")"
  local args=("${@//@OUT@/$tmp}")
  say "making $data/$last: ${*//@OUT@/$data}"
  local t0=$SECONDS
  "${args[@]}"
  mv -f "$tmp"/* "$data"/
  rmdir "$tmp"
  say "  done in $((SECONDS - t0)) s"
}

item districts_514_simple.meta.json   "$py" "$gen" districts --n 514 --variant simple --out @OUT@
item districts_514_detailed.meta.json "$py" "$gen" districts --n 514 --variant detailed --out @OUT@
item districts_83000_simple.meta.json "$py" "$gen" districts --n 83000 --variant simple --out @OUT@
item points_land_1m.csv               "$py" "$gen" points --m 1e6 --land --out @OUT@
item points_land_10m.csv              "$py" "$gen" points --m 1e7 --land --out @OUT@
item points_1m.csv                    "$py" "$gen" points --m 1e6 --out @OUT@
item points_real_100k.csv             "$py" Benchmarks/peers/gen_real_points.py "$real_shp" 100000 @OUT@/points_real_100k.csv

say "data in $data:"
ls -l "$data" | sed 's/^/  /'
