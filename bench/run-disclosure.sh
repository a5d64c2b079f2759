#!/usr/bin/env bash
# Public disclosure pages under a crowd (issue 18, section 5): ITEMS (default 2,000) published items of the bench kind
# (BenchDisclosures, switched on by linju.bench.disclosure-items), each reader GETting a random item's public page
# (/public/disclosure/bench/<id>) with CONNECTIONS (default 50) connections on loopback for DURATION, against two
# baselines of the same app in the same session: a static file and the community board (also a cached public page).
#
#   bench/run-disclosure.sh            # builds the app and measures it
#   bench/run-disclosure.sh app.jar    # measures a built jar
#
# Goal: p95 <= 100 ms. Appends everything to bench/results/disclosure-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
items=${ITEMS:-2000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-50}
port=18290
db_port=54590
out="bench/results/disclosure-$(date +%Y-%m-%d).txt"
mkdir -p bench/results
if [ $# -eq 0 ]; then
  ./mvnw -B -q package -DskipTests
  set -- target/linju-0.1.0-SNAPSHOT-exec.jar
fi
data=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$data"' EXIT

java -Xmx1g -jar "$1" --server.port="$port" --linju.data-dir="$data" --linju.embedded-db.port="$db_port" \
  --linju.demo.enabled=true --linju.demo.history-days=0 --linju.bench.disclosure-items="$items" > "$data/app.log" 2>&1 &
app=$!
psql_q() { psql -h 127.0.0.1 -p "$db_port" -U postgres -d linju -qAt -c "$1" 2>/dev/null || echo 0; }
for _ in $(seq 1 600); do
  [ "$(psql_q "select count(*) from disclosure_item where kind = 'bench' and state = 'PUBLISHED'")" -ge "$items" ] && break
  sleep 1
done
published=$(psql_q "select count(*) from disclosure_item where kind = 'bench' and state = 'PUBLISHED'")
[ "$published" -ge "$items" ] || { echo "only $published items published; see $data/app.log" >&2; exit 1; }
psql_q "select '/public/disclosure/bench/' || subject_id from disclosure_item where kind = 'bench' and state = 'PUBLISHED'" \
  > "$data/paths.txt"

measure() { PATHS="$3" wrk -t2 -c"$connections" -d"$1" -s bench/disclosure.lua "http://localhost:$port$2" | grep RESULT; }
{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t2 -c$connections -d$duration, $published published items"
} | tee -a "$out"
# Warm-up: the JIT compiler of a cold app works for a minute under load on two cores.
measure 30s / "$data/paths.txt" > /dev/null
measure 10s /css/linju.css "" > /dev/null
for url in /css/linju.css /public/communities/511703001001 "random item page"; do
  if [ "$url" = "random item page" ]; then line=$(measure "$duration" / "$data/paths.txt"); else line=$(measure "$duration" "$url" ""); fi
  printf '%-40s %s\n' "$url" "$line" | tee -a "$out"
done
