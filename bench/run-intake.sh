#!/usr/bin/env bash
# Intake under load on loopback, with both baselines measured in the same run:
#   Linju's POST /api/v1/matters (grid lookup, encryption, idempotency, timeline row, MatterReported event; an
#   event publication only in grids with a group robot, and the demo district has none),
#   pgbench inserting an equivalent row (the database's ceiling), and a minimal Spring Boot endpoint (the stack's floor).
# Results go to bench/results/intake-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
port=18083
db_port=54395
data=$(mktemp -d)
out="bench/results/intake-$(date +%Y-%m-%d).txt"
mkdir -p bench/results
./mvnw -B -q package -DskipTests
./mvnw -B -q -f bench/minimal-intake/pom.xml package -DskipTests
java -jar target/linju-0.1.0-SNAPSHOT-exec.jar --server.port=$port --linju.data-dir="$data" \
  --linju.embedded-db.port=$db_port --linju.demo.enabled=true \
  --server.forward-headers-strategy=native \
  > "$data/app.log" 2>&1 &
app=$!
minimal=""
trap 'kill $app $minimal 2>/dev/null; wait 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"' && break; sleep 1; done
sql() { psql -h 127.0.0.1 -p $db_port -U postgres -d linju -qAt -c "$1"; }
# 2,000 random points inside each grid's boundary (574,000 in all): reports spread over the grids as residents' would.
# With fewer points the run would pile a dozen reports onto every exact spot, each a "nearby duplicate" of the others.
sql "select code || '|' || boundary::text from grid" | python3 bench/intake-points.py > "$data/points.csv"
jar="$data/cookies"
csrf=$(curl -s -c "$jar" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=admin&password=Linju@2026&_csrf=$csrf" "http://localhost:$port/login"
cookie="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"

{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), wrk 2 threads on the same machine"; } | tee -a "$out"
# Residents' apps post without a session, each from its own address behind a reverse proxy (X-Forwarded-For, trusted
# from loopback with server.forward-headers-strategy=native), so the default per-address and per-phone limits apply.
# One shared staff session would serialise every request on its row in spring_session; see README.
cookie=""
# The warm-up is long because the app is large: on two cores its JIT compiler works for well over a minute under load.
echo "## Linju intake, anonymous, 32 connections, 60 s (after a 90 s warm-up)" | tee -a "$out"
POINTS="$data/points.csv" COOKIE="$cookie" wrk -t2 -c32 -d90s -s bench/intake.lua "http://localhost:$port" > /dev/null
POINTS="$data/points.csv" COOKIE="$cookie" wrk -t2 -c32 -d60s --latency -s bench/intake.lua "http://localhost:$port" \
  | tee -a "$out" | tee "$data/max.txt"
# Half the maximum rate: each of the 32 connections waits after every answer, long enough that without any latency
# they would send half the maximum rate together (so the rate reached is at most half).
max=$(awk '/Requests\/sec/ {print $2}' "$data/max.txt")
pause=$(awk -v max="$max" 'BEGIN {printf "%d", 2 * 32 * 1000 / max}')
echo "## Linju intake at half the maximum rate ($max/s ÷ 2): 32 connections, each pausing ${pause} ms, 60 s" | tee -a "$out"
POINTS="$data/points.csv" COOKIE="$cookie" DELAY_MS=$pause wrk -t2 -c32 -d60s --latency -s bench/intake.lua \
  "http://localhost:$port" | tee -a "$out"
echo "reports per batch: $(sql "select round(avg(n), 1) || ' on average, ' || max(n) || ' at most' from (select count(*) n
     from matter group by reported_at) b")" | tee -a "$out"
echo "matters stored: $(sql 'select count(*) from matter')" | tee -a "$out"

echo "## pgbench: one equivalent row per transaction, 32 clients, 60 s" | tee -a "$out"
sql "create table if not exists bench_pg_matter (id uuid primary key, tracking_code varchar(12), grid_code varchar(14),
     category_code varchar(20), description varchar(2000), lat double precision, lng double precision,
     phone_cipher varchar(200), phone_index char(64), stage varchar(12), reported_at timestamptz)"
cat > "$data/insert.sql" <<'SQL'
insert into bench_pg_matter values (gen_random_uuid(), substr(md5(random()::text), 1, 10), '51170300100101', '1201',
  '楼道堆放杂物存在消防隐患', 31.2, 107.5, 'v1:k:' || md5(random()::text), md5(random()::text) || md5(random()::text),
  'REPORTED', now());
SQL
pgbench -n -c 32 -j 2 -T 60 -f "$data/insert.sql" -h 127.0.0.1 -p $db_port -U postgres linju 2>&1 | grep -E "tps|latency" | tee -a "$out"

echo "## minimal Spring Boot endpoint (parse JSON, insert one row), 32 connections, 60 s (after a 30 s warm-up)" | tee -a "$out"
java -jar bench/minimal-intake/target/minimal-intake-0.1.0-SNAPSHOT.jar \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$db_port/linju" --spring.datasource.username=postgres \
  --spring.datasource.hikari.maximum-pool-size=20 > "$data/minimal.log" 2>&1 &
minimal=$!
for _ in $(seq 1 60); do curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"description":"x","categoryCode":"1201"}' http://localhost:18084/api/v1/matters && break; sleep 1; done
POINTS="$data/points.csv" wrk -t2 -c32 -d30s -s bench/intake.lua http://localhost:18084 > /dev/null
POINTS="$data/points.csv" wrk -t2 -c32 -d60s --latency -s bench/intake.lua http://localhost:18084 | tee -a "$out"

# This shared VM's speed drifts by a third within an hour, so the ratio is also measured in alternating rounds: Linju
# for 20 s, then the minimal endpoint for 20 s, three times, both apps up and warm (one idle while the other works).
echo "## alternating rounds, 32 connections, 20 s each: Linju then the minimal endpoint" | tee -a "$out"
rate() { POINTS="$data/points.csv" wrk -t2 -c32 -d20s -s bench/intake.lua "http://localhost:$1" | awk '/Requests\/sec/ {print $2}'; }
for round in 1 2 3; do
  linju=$(rate $port); floor=$(rate 18084)
  echo "round $round: Linju $linju/s, minimal $floor/s, ratio $(awk -v a="$linju" -v b="$floor" 'BEGIN {printf "%.2f", a / b}')" \
    | tee -a "$out"
done
