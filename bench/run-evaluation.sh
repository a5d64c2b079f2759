#!/usr/bin/env bash
# Issue 17: the bi-monthly evaluation of the demo district's 208 grid leaders (and 287 grid workers on the books) for
# cycle 2026-5 over two months of activity: ROWS (default 100,000) matters reported in September-October 2026 and every
# bench/evaluation/*-data.sql present (the patrols' patrol and visit records, the meetings' ... once merged), computed
# end to end over HTTP (POST /evaluation/compute as the district admin) against a fresh app on the embedded
# PostgreSQL. The baseline, in the same session, is the metrics page's three rates by grid over the same two months,
# which reads the same tallies. Results go to bench/results/evaluation-<date>.txt. Needs psql (postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
port=18083
db_port=54396
rows=${ROWS:-100000}
data=$(mktemp -d)
out="bench/results/evaluation-$(date +%Y-%m-%d).txt"
mkdir -p bench/results

source bench/lib.sh
build_and_start --linju.demo.history-days=0
psql_() { psql -h 127.0.0.1 -p $db_port -U postgres -d linju -v ON_ERROR_STOP=1 -qAt "$@"; }

start=$(date +%s)
psql_ -f bench/evaluation/accounts.sql
psql_ -v rows="$rows" -f bench/evaluation/matters.sql
for f in bench/evaluation/*-data.sql; do
  [ -e "$f" ] && psql_ -f "$f" && echo "loaded $f"
done
psql_ -c "select matter_tally_rebuild()" > /dev/null
psql_ -c "vacuum analyze"
{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1); loaded in $(( $(date +%s) - start )) s:" \
  "$(psql_ -c "select count(*) from matter where reported_at >= '2026-09-01 00:00+08' and reported_at < '2026-11-01 00:00+08'") matters in 2026-5," \
  "$(psql_ -c "select count(*) from account where role = 'GRID_LEADER' and enabled") grid leaders," \
  "$(psql_ -c "select count(*) from account where role = 'GRID_WORKER' and enabled") grid workers"; } | tee -a "$out"
for table in patrol visit patrol_record visit_record; do
  n=$(psql_ -c "select count(*) from $table" 2>/dev/null || true)
  [ -n "$n" ] && echo "  $table: $n rows" | tee -a "$out"
done

cookies="$data/cookies"
token() { curl -fs -c "$cookies" -b "$cookies" "http://localhost:$port$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4; }
curl -fs -o /dev/null -c "$cookies" -b "$cookies" \
  --data-urlencode "username=admin" --data-urlencode "password=Linju@2026" --data-urlencode "_csrf=$(token /login)" \
  "http://localhost:$port/login"
timed() { curl -s -o /dev/null -c "$cookies" -b "$cookies" -w '%{http_code} %{time_total}' "$@"; }
for i in 1 2 3; do
  echo "compute 2026-5 (run $i; runs 2 and 3 compute again): $(timed --data-urlencode "_csrf=$(token /evaluation)" \
    -d district=511703 -d cycle=2026-5 "http://localhost:$port/evaluation/compute") s" | tee -a "$out"
  echo "baseline: metrics by grid, same months: $(timed \
    "http://localhost:$port/matters/metrics?level=GRID&from=2026-09-01&to=2026-10-31") s" | tee -a "$out"
done
echo "rated: $(psql_ -c "select sum(n) || ' people, grades ' || string_agg(g || '=' || n, ' ') from (select grade g, count(*) n from evaluation_result r join evaluation_cycle c on c.id = r.cycle_id where c.cycle = '2026-5' group by grade order by min(rank)) x")" | tee -a "$out"
