#!/usr/bin/env bash
# Load test of `sasaran serve` (issue 20), on loopback only: the real 514 districts of 2025 with
# BPS 2023 poverty figures, 75% of the poor.
#  1. wrk, 50 connections for 30 s on POST /api/rank (target 0.5 and a lock-in, a planner's change):
#     requests/s, p50/p99 latency, errors (non-2xx and socket errors), the server's RSS before/after.
#     The peer is the CLI: one `sasaran rank --format json` process per answer (what a page would pay
#     without the server); the ratio is CLI time per answer ÷ the server's mean latency; the answers
#     are compared byte for byte.
#  2. Abuse, each answered or refused, the server still answering after each: malformed JSON; a
#     100 MB body with a Content-Length, and 100 MB chunked; a burst beyond --max-concurrent (429s);
#     10,000 idle connections held open.
# It measures RELEASE binaries (built here with -c release unless REBUILD=0, and refused when
# SERVE or SASARAN is a debug build), and ends with the README's row.
# Usage: Benchmarks/serve.sh   Env: REBUILD=0 (use the binaries as built), SERVE and SASARAN (binaries), DURATION=30,
# CONNECTIONS=50, IDLE=10000.
cd "$(dirname "$0")/.."
set -euo pipefail
REAL=${REAL:-../shared/data/idn}
SERVE=${SERVE:-.build/release/sasaran-serve}
SASARAN=${SASARAN:-.build/release/sasaran}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-50}
IDLE=${IDLE:-10000}
OUT=$(mktemp -d)
SERVER_PID=
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$OUT"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -d "$REAL" ] || { echo "$REAL is missing: the load test runs on the real districts" >&2; exit 1; }
if [ "${REBUILD:-1}" != 0 ] || [ ! -x "$SERVE" ] || [ ! -x "$SASARAN" ]; then
  nice swift build -c release --product sasaran >/dev/null
  nice swift build -c release --product sasaran-serve >/dev/null
fi
for binary in "$SERVE" "$SASARAN"; do
  case "$(cd "$(dirname "$binary")" && pwd -P)" in
    */release|*/*-release) ;;
    *) echo "$binary is not a release build: the load test measures .build/release binaries" >&2; exit 1 ;;
  esac
done
REAL_ABS=$(cd "$REAL" && pwd)
cat >"$OUT/real-2023.yaml" <<EOF
name: BPS 2023, 75% of the poor (real 2025 boundaries)
boundaries: {path: $REAL_ABS/boundaries/shp/kabkota_2025.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
indicators:
  path: $REAL_ABS/poverty/bps_poverty_kabkota_2015_2025.csv
  code-column: kode_kemendagri_2025
  value: jumlah_miskin_ribu
  where: {tahun: "2023"}
target: 0.75
EOF
BODY='{"target": 0.5, "lock-in": ["71.04"]}'
sed 's/^target: 0.75$/target: 0.5\nlock-in: ["71.04"]/' "$OUT/real-2023.yaml" >"$OUT/real-2023-change.yaml"

rss() { awk '/VmRSS/ { printf "%.0f MB\n", $2 / 1024 }' "/proc/$SERVER_PID/status"; }
health() { curl -s -m 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/health" || echo "no answer"; }
start() {  # start ARGS...: the server on a free port
  "$SERVE" --scenario "$OUT/real-2023.yaml" --port 0 "$@" >"$OUT/serve.out" 2>"$OUT/serve.log" &
  SERVER_PID=$!
  for _ in $(seq 1 600); do grep -q 'serving' "$OUT/serve.out" 2>/dev/null && break; sleep 0.1; done
  PORT=$(sed -n 's#.*:\([0-9]*\)/$#\1#p' "$OUT/serve.out")
  [ -n "$PORT" ] || { echo "the server did not start:" >&2; cat "$OUT/serve.log" >&2; exit 1; }
}
stop() { kill -TERM "$SERVER_PID"; wait "$SERVER_PID" && echo "graceful shutdown on SIGTERM: exit 0" || echo "exit status $? after SIGTERM"; SERVER_PID=; }

echo "machine: $(nproc) cores; $(wrk --version 2>&1 | head -1 | cut -c1-40)"
# Enough slots that 50 connections are all served (the 429 burst below uses the default of 4).
start --max-concurrent 64
rss_start=$(rss)
echo "server on 127.0.0.1:$PORT ($SERVE, release), RSS at start $rss_start"

# Equal answers, and the CLI's time per answer (median of 5 whole processes).
curl -s -X POST --data-binary "$BODY" "http://127.0.0.1:$PORT/api/rank" >"$OUT/api.json"
times=()
for _ in 1 2 3 4 5; do
  t0=$(date +%s.%N); "$SASARAN" rank --scenario "$OUT/real-2023-change.yaml" --format json >"$OUT/cli.json" 2>/dev/null || true; t1=$(date +%s.%N)
  times+=("$(echo "$t1 - $t0" | bc -l)")
done
cli=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
# The manifests differ only in the scenario file's entry (another file says the same change).
python3 - "$OUT/api.json" "$OUT/cli.json" <<'PY' >"$OUT/equal.txt"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for d in (a, b):
    d["manifest"]["inputs"] = [i for i in d["manifest"]["inputs"] if i["role"] != "scenario"]
print("equal" if a == b else "DIFFERENT", len(a["selected"]), "districts")
PY

cat >"$OUT/post.lua" <<EOF
wrk.method = "POST"
wrk.body = '$BODY'
wrk.headers["Content-Type"] = "application/json"
EOF
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$OUT/post.lua" "http://127.0.0.1:$PORT/api/rank" >"$OUT/wrk.txt" 2>&1
rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/wrk.txt")
p50=$(awk '$1 == "50%" { print $2 }' "$OUT/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk.txt")
total=$(awk '/requests in/ { print $1 }' "$OUT/wrk.txt")
non2xx=$(awk '/Non-2xx/ { print $5 }' "$OUT/wrk.txt"); non2xx=${non2xx:-0}
socket=$(awk '/Socket errors/ { print $0 }' "$OUT/wrk.txt"); socket=${socket:-"Socket errors: none"}
per_answer_ms=$(echo "1000 / $rps" | bc -l)
echo
printf 'POST /api/rank, %s connections, %ss: %s requests, %s req/s, p50 %s, p99 %s; non-2xx %s; %s\n' \
  "$CONNECTIONS" "$DURATION" "$total" "$rps" "$p50" "$p99" "$non2xx" "$(echo "$socket" | sed 's/^ *//')"
rss_load=$(rss)
printf 'RSS after the load: %s\n' "$rss_load"
printf 'vs the CLI (a process per answer, median of 5): %.3fs per answer; server %.1f ms per answer (1 / throughput): %.0fx; answers: %s\n' \
  "$cli" "$per_answer_ms" "$(echo "$cli * 1000 / $per_answer_ms" | bc -l)" "$(cat "$OUT/equal.txt")"

echo
code=$(curl -s -o "$OUT/bad.json" -w '%{http_code}' -X POST --data-binary '{"target": 0.5' "http://127.0.0.1:$PORT/api/rank")
echo "malformed JSON: $code $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["detail"])' "$OUT/bad.json"); health after: $(health)"
head -c 100000000 /dev/zero >"$OUT/big.bin"
code=$(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' -X POST -H 'Content-Type: application/json' --data-binary @"$OUT/big.bin" "http://127.0.0.1:$PORT/api/rank" || true)
echo "100 MB body with Content-Length: $code; health after: $(health)"
code=$(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' -X POST -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' --data-binary @"$OUT/big.bin" "http://127.0.0.1:$PORT/api/rank" || true)
echo "100 MB body, chunked (no length): $code; health after: $(health)"
rm -f "$OUT/big.bin"
echo "RSS after the large bodies: $(rss)"

# Idle connections: opened, held 5 s, closed; the server is asked during and after.
ulimit -n 65536 2>/dev/null || true
python3 - "$PORT" "$IDLE" <<'PY' &
import socket, sys, time
port, count = int(sys.argv[1]), int(sys.argv[2])
held, refused = [], 0
for _ in range(count):
    s = socket.socket(); s.settimeout(2)
    try:
        s.connect(("127.0.0.1", port)); held.append(s)
    except OSError:
        refused += 1; s.close()
print(f"idle connections: {len(held)} open, {refused} refused or timed out", flush=True)
time.sleep(5)
for s in held: s.close()
PY
IDLE_PID=$!
sleep 3
echo "health while they are held: $(health)"
wait "$IDLE_PID"
sleep 1
echo "health after they close: $(health); RSS $(rss)"

# A burst beyond the limit of the default server (4 at once): refused with 429, none lost.
stop
start
seq 1 40 | xargs -P 40 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST --data-binary "$BODY" "http://127.0.0.1:$PORT/api/rank" | sort | uniq -c | \
  awk '{ printf "%s%s x %s", (NR > 1 ? ", " : "burst of 40 at once on --max-concurrent 4: "), $1, $2 } END { print "" }'
echo "health after the burst: $(health)"
stop

echo
echo "README row:"
printf '| `sasaran serve`, POST /api/rank of the real 514 districts (target 0.5 + a lock), wrk %s connections %ss — release build, %s cores | %s req/s, p50 %s, p99 %s, %s non-2xx, %s; RSS %s → %s |\n' \
  "$CONNECTIONS" "$DURATION" "$(nproc)" "$rps" "$p50" "$p99" "$non2xx" "$(echo "$socket" | sed 's/^ *//')" "$rss_start" "$rss_load"
