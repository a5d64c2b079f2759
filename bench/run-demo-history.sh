#!/usr/bin/env bash
# The demo's first start with its 90-day history, and a later start on the same data: seconds to a healthy app, then
# (first start) how long the background replay takes, and the counts and three rates it leaves. Results go to
# bench/results/demo-history-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18083
db_port=54398
data=$(mktemp -d)
out="bench/results/demo-history-$(date +%Y-%m-%d).txt"
mkdir -p bench/results
./mvnw -B -q package -DskipTests
sql() { psql -h 127.0.0.1 -p $db_port -U postgres -d linju -qAt -c "$1"; }
start() {
  local began=$SECONDS
  java -Xmx2g -jar target/linju-0.1.0-SNAPSHOT-exec.jar --server.port="$port" --linju.data-dir="$data" \
    --linju.embedded-db.port="$db_port" --linju.demo.enabled=true >> "$data/app.log" 2>&1 &
  app=$!
  until curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; do sleep 1; done
  echo "$1: healthy after $((SECONDS - began)) s (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out"
}
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$data"' EXIT
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)" | tee -a "$out"
start "first start"
until grep -q "Demo history: .* matters, .* steps" "$data/app.log"; do sleep 10; done
grep "Demo history: .* matters, .* steps" "$data/app.log" | sed 's/.*Demo history/replay/' | tee -a "$out"
sql "select stage, count(*) from matter group by 1 order by 1" | tr '\n' ' ' | tee -a "$out"; echo | tee -a "$out"
sql "select substring(grid_code, 1, 12) as community,
       round(100.0 * count(*) filter (where accepted_at <= accept_due)
             / nullif(count(*) filter (where accepted_at is not null or accept_due <= now()), 0), 1) as response,
       round(100.0 * count(*) filter (where stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF'))
             / nullif(count(*) filter (where resolved_at is not null or resolve_due <= now()), 0), 1) as resolution,
       round(100.0 * count(*) filter (where rating in ('SATISFIED', 'BASICALLY_SATISFIED'))
             / nullif(count(*) filter (where rating is not null), 0), 1) as satisfaction
     from matter where stage not in ('VOIDED', 'MERGED') group by rollup (1) order by 1" | tee -a "$out"
kill $app; wait $app 2>/dev/null || true
start "later start"
