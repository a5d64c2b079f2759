#!/usr/bin/env bash
# Public pages under a crowd (issue 16, section 9): the community board, the report form and the tracking page,
# each with 50 connections on loopback for DURATION, against a static file served by the same app as the baseline.
#
#   bench/run-public.sh                 # builds the app and measures it
#   bench/run-public.sh old.jar new.jar # measures jars side by side (e.g. a build of an earlier commit), in
#                                       # alternating rounds, each app on the demo district on its own embedded DB
#
# ROUNDS (default 2), DURATION (default 20s), CONNECTIONS (default 50) and HISTORY_DAYS (default 0: the demo history
# would replay in the background and take a core during the measurement) can be set in the environment.
# Prints requests/s and the 50th, 95th and 99th percentile latency of each URL, and its rate as a share of the static
# file's rate in the same round; appends everything to bench/results/public-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
rounds=${ROUNDS:-2}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-50}
community=511703001001
out="bench/results/public-$(date +%Y-%m-%d).txt"
mkdir -p bench/results
if [ $# -eq 0 ]; then
  ./mvnw -B -q package -DskipTests
  set -- target/linju-0.1.0-SNAPSHOT-exec.jar
fi
data=$(mktemp -d)
apps=()
trap 'for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$data"' EXIT

port_of() { echo $((18190 + $1)); }
db_port_of() { echo $((54490 + $1)); }

# Starts every jar (one after the other: two cold starts at once would take minutes on two cores).
for i in $(seq 1 $#); do
  jar=${!i}
  mkdir -p "$data/$i"
  java -Xmx1g -jar "$jar" --server.port="$(port_of "$i")" --linju.data-dir="$data/$i" \
    --linju.embedded-db.port="$(db_port_of "$i")" --linju.demo.enabled=true \
    --linju.demo.history-days="${HISTORY_DAYS:-0}" > "$data/$i/app.log" 2>&1 &
  apps+=($!)
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$(port_of "$i")/actuator/health" | grep -q '"UP"' && break
    sleep 1
  done
  curl -fs "http://localhost:$(port_of "$i")/actuator/health" > /dev/null || { echo "app $i did not start; see $data/$i/app.log" >&2; exit 1; }
done

# One matter per app, for its tracking page: reported as a resident's app would.
tracking=()
for i in $(seq 1 $#); do
  code=$(curl -fs -X POST -H 'Content-Type: application/json' -H "Idempotency-Key: bench-public-$i" \
    -d '{"description":"楼道堆放杂物存在消防隐患","categoryCode":"1201","lat":31.2,"lng":107.5,"phone":"13800000000"}' \
    "http://localhost:$(port_of "$i")/api/v1/matters" | sed 's/.*"trackingCode":"\([^"]*\)".*/\1/')
  tracking+=("$code")
done

urls() { echo "/css/linju.css /public/communities/$community /report /track/${tracking[$(($1 - 1))]}"; }
sessions() { psql -h 127.0.0.1 -p "$(db_port_of "$1")" -U postgres -d linju -qAt -c 'select count(*) from spring_session'; }
measure() { wrk -t2 -c"$connections" -d"$2" -s bench/public.lua "http://localhost:$(port_of "$1")$3" | grep RESULT; }

{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t2 -c$connections -d$duration on the same machine"
  for i in $(seq 1 $#); do echo "app $i: ${!i} ($(stat -c %s "${!i}") bytes)"; done
} | tee -a "$out"

# Warm-up: the JIT compiler of a cold app works for a minute under load on two cores.
for i in $(seq 1 $#); do
  for url in $(urls "$i"); do measure "$i" 10s "$url" > /dev/null; done
done

for round in $(seq 1 "$rounds"); do
  for i in $(seq 1 $#); do
    echo "## round $round, app $i, load $(cut -d' ' -f1-3 /proc/loadavg), session rows $(sessions "$i")" | tee -a "$out"
    static=""
    for url in $(urls "$i"); do
      line=$(measure "$i" "$duration" "$url")
      rate=$(echo "$line" | sed 's/.*rate=\([0-9.]*\).*/\1/')
      [ -n "$static" ] || static=$rate
      printf '%-40s %s share_of_static=%.2f\n' "$url" "$line" "$(awk -v a="$rate" -v b="$static" 'BEGIN {print a / b}')" \
        | tee -a "$out"
    done
    echo "session rows after the round: $(sessions "$i")" | tee -a "$out"
  done
done
