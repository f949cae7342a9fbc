#!/usr/bin/env bash
# Points-at-scale benchmark (issue 5): `sasaran aggregate` counting land points per district of the
# 514 detailed generated districts (1,042,116 vertices), from CSV and from binary float64 lon,lat,
# with peak RSS (/usr/bin/time -f %M) at 1 M and 10 M points to show memory does not grow with the
# number of points; against shapely 2 (STRtree 'within' + bincount, Benchmarks/peers/
# aggregate_shapely.py) and PostGIS (ST_Contains join with GiST indexes on a loopback server this
# script starts in a temporary folder and stops). Counts are compared code by code.
# Usage: Benchmarks/points.sh [--quick]   (--quick: 1 M points only, and no 10 M peer runs)
# Env: SASARAN (binary), REBUILD=0 (use it as built), PG_BIN (default /usr/lib/postgresql/15/bin),
#      PEERS (default shapely,postgis: which peers to run), PEER_10M=1 (also run the peers on 10 M).
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
prepare
SHP="$DATA/districts_514_detailed.shp"
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
quick=${1:-}

# rss VAR LOG -- COMMAND: like wall, and VAR_rss gets the peak RSS in MB.
rss() {
  local var=$1 log=$2; shift 3
  wall "$var" "$log" -- /usr/bin/time -f 'peakrss %M' "$@"
  printf -v "${var}_rss" '%s' "$(( $(grep -o 'peakrss [0-9]*' "$log" | tail -1 | cut -d' ' -f2) / 1024 ))"
}
same_counts() { diff -q <(sort "$1") <(sort "$2") >/dev/null && echo identical || echo "$(diff <(sort "$1") <(sort "$2") | grep -c '^<') codes differ"; }

echo "machine: $(nproc) cores; $("$PY" -c 'import shapely; print("shapely", shapely.__version__, "GEOS", shapely.geos_version_string)'); $("$PG_BIN/postgres" --version)"
echo
echo "sasaran aggregate, whole process (load 514 detailed districts + index + stream points + write counts):"
printf '%-34s %9s %12s %10s  %s\n' input wall points/s "peak RSS" timings
sizes="1m 10m"; [ "$quick" = --quick ] && sizes=1m
for n in $sizes; do
  for kind in bin csv; do
    f="$DATA/points_land_$n.$kind"
    rss t "$OUT/agg.log" -- "$SASARAN" aggregate --boundaries "$SHP" --code-field code --points "$f" --output "$OUT/ours_${n}_$kind.csv" --timings
    pts=$([ "$n" = 1m ] && echo 1000000 || echo 10000000)
    printf '%-34s %8ss %12.0f %7s MB  %s\n' "points_land_$n.$kind" "$t" "$(echo "$pts / $t" | bc -l)" "$t_rss" "$(grep -o 'load+index.*' "$OUT/agg.log")"
    eval "ours_${n}_${kind}=$t"
  done
done
echo "bin and csv give the same counts: $(same_counts "$OUT/ours_1m_bin.csv" "$OUT/ours_1m_csv.csv")"

if [[ "${PEERS:-shapely,postgis}" == *shapely* ]]; then
echo
echo "shapely 2 (pyogrio read + STRtree within + bincount + write), whole process:"
header
for n in $sizes; do
  [ "$n" = 10m ] && [ "${PEER_10M:-0}" != 1 ] && { echo "(10 M shapely run skipped: set PEER_10M=1; it needs ~5 min and 3.5 GB)"; continue; }
  for kind in bin csv; do
    rss p "$OUT/peer.log" -- "$PY" Benchmarks/peers/aggregate_shapely.py "$SHP" code "$DATA/points_land_$n.$kind" "$OUT/peer_${n}_$kind.csv"
    ours_var="ours_${n}_${kind}"
    row "aggregate $n land points .$kind" "${!ours_var}" "$p" "$(same_counts "$OUT/ours_${n}_$kind.csv" <(sed 1d "$OUT/peer_${n}_$kind.csv" | cat <(echo code,count) -)); peer $(grep -o 'index+query [0-9.]*s' "$OUT/peer.log"), RSS ${p_rss} MB"
  done
done

fi
[[ "${PEERS:-shapely,postgis}" == *postgis* ]] || exit 0
echo
echo "PostGIS (loopback server in a temporary folder; ST_Contains join, GiST indexes on both tables):"
[ -c /dev/null ] || { echo "/dev/null is not a character device here (initdb needs it; restore with: mknod -m 666 /dev/null.new c 1 3 && mv /dev/null.new /dev/null)" >&2; exit 1; }
pg="$OUT/pg"; mkdir -p "$pg"
as_pg=()
if [ "$(id -u)" = 0 ]; then chown -R postgres "$OUT"; chmod 755 "$OUT"; as_pg=(runuser -u postgres --); fi
port=$(( 50000 + RANDOM % 10000 ))
"${as_pg[@]}" "$PG_BIN/initdb" -D "$pg/data" -U bench --auth=trust >/dev/null
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$pg/data" -l "$pg/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $pg -c shared_buffers=512MB -c work_mem=256MB -c fsync=off" start >/dev/null
stop_pg() { "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$pg/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$OUT"; }
trap stop_pg EXIT
psql_() { "${as_pg[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U bench -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_ -c "SET client_min_messages = warning" -c "CREATE EXTENSION postgis"
cp "$SHP" "${SHP%.shp}".{shx,dbf,prj} "$pg/"; chmod a+r "$pg"/*
"${as_pg[@]}" shp2pgsql -s 4326 -I "$pg/$(basename "$SHP")" districts 2>/dev/null | psql_ >/dev/null
for n in $sizes; do
  [ "$n" = 10m ] && [ "${PEER_10M:-0}" != 1 ] && { echo "(10 M PostGIS run skipped: set PEER_10M=1)"; continue; }
  cp "$DATA/points_land_$n.csv" "$pg/points.csv"; chmod a+r "$pg/points.csv"
  t0=$(date +%s.%N)
  psql_ -c "SET client_min_messages = warning; DROP TABLE IF EXISTS pts; CREATE UNLOGGED TABLE pts (id bigint, lon float8, lat float8);" \
        -c "\\copy pts FROM '$pg/points.csv' CSV HEADER" \
        -c "ALTER TABLE pts ADD COLUMN geom geometry(Point, 4326); UPDATE pts SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326);" \
        -c "CREATE INDEX ON pts USING gist (geom)" -c "VACUUM ANALYZE pts" -c "ANALYZE districts"
  t1=$(date +%s.%N)
  psql_ -F, -c "\\copy (SELECT d.code, count(p.id) FROM districts d LEFT JOIN pts p ON ST_Contains(d.geom, p.geom) GROUP BY d.code ORDER BY d.code) TO '$pg/counts.csv' CSV HEADER"
  t2=$(date +%s.%N)
  load=$(printf '%.3f' "$(echo "$t1 - $t0" | bc -l)"); query=$(printf '%.3f' "$(echo "$t2 - $t1" | bc -l)")
  ours_var="ours_${n}_csv"
  header
  row "aggregate $n land points (query only)" "${!ours_var}" "$query" "$(same_counts "$OUT/ours_${n}_csv.csv" "$pg/counts.csv"); PostGIS load+index ${load}s not counted"
done
