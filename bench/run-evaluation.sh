#!/usr/bin/env bash
# Issue 17: the bi-monthly evaluation of the demo district's 208 grid leaders for cycle 2026-5 over two months of
# activity: ROWS (default 100,000) matters reported in September-October 2026 and every bench/evaluation/*-data.sql
# present (the patrols' patrol and visit records, given the cycle's first day), computed end to end over HTTP
# (POST /evaluation/compute as the district admin) against a fresh app on the embedded PostgreSQL; then the grid
# workers' appraisal for the same cycle: every grid leader's sheet (GET /appraisal, the grid's workers measured per
# person) and every one of the 287 grid workers' own page (GET /my/appraisal), sign-ins not timed. The baseline, in the
# same session, is the metrics page's three rates by grid over the same two months, which reads the same tallies.
# APPRAISAL=0 skips the appraisal pages. Results go to bench/results/evaluation-<date>.txt. Needs psql.
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
  [ -e "$f" ] && psql_ -v first_day=2026-09-01 -f "$f" > /dev/null && echo "loaded $f"
done
psql_ -c "select matter_tally_rebuild()" > /dev/null
psql_ -c "vacuum analyze"
{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1); loaded in $(( $(date +%s) - start )) s:" \
  "$(psql_ -c "select count(*) from matter where reported_at >= '2026-09-01 00:00+08' and reported_at < '2026-11-01 00:00+08'") matters in 2026-5," \
  "$(psql_ -c "select count(*) from account where role = 'GRID_LEADER' and enabled") grid leaders," \
  "$(psql_ -c "select count(*) from account where role = 'GRID_WORKER' and enabled") grid workers"; } | tee -a "$out"
in_cycle() { psql_ -c "select count(*) from $1 where $2 >= '2026-09-01 00:00+08' and $2 < '2026-11-01 00:00+08'"; }
echo "  patrol: $(psql_ -c "select count(*) from patrol") rows ($(in_cycle patrol started_at) started in 2026-5)," \
  "patrol_visit: $(psql_ -c "select count(*) from patrol_visit") rows ($(in_cycle patrol_visit visited_at) in 2026-5)," \
  "patrol_point: $(psql_ -c "select count(*) from patrol_point") rows;" \
  "grid workers with visits in 2026-5: $(psql_ -c "select count(distinct v.worker_id) from patrol_visit v join account a
    on a.id = v.worker_id where a.role = 'GRID_WORKER' and v.visited_at >= '2026-09-01 00:00+08'
    and v.visited_at < '2026-11-01 00:00+08'")" | tee -a "$out"
load() { cut -d' ' -f1-3 /proc/loadavg; }

cookies="$data/cookies"
token() { curl -fs -c "$cookies" -b "$cookies" "http://localhost:$port$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4; }
sign_in() {
  cookies="$data/cookies-$1"
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" \
    --data-urlencode "username=$1" --data-urlencode "password=Linju@2026" --data-urlencode "_csrf=$(token /login)" \
    "http://localhost:$port/login"
}
timed() { curl -s -o /dev/null -c "$cookies" -b "$cookies" -w '%{http_code} %{time_total}' "$@"; }
leaders=$(psql_ -c "select username from account where role = 'GRID_LEADER' and enabled order by username")
workers=$(psql_ -c "select username from account where role = 'GRID_WORKER' and enabled order by username")
[ "${APPRAISAL:-1}" = 0 ] || for user in $leaders $workers; do sign_in "$user"; done
# Every page of one kind, one after another: the pages (how many answered 200 and showed the patrol indicators), the
# sum of their times and the slowest.
pages() {
  local path=$1 user t n=0 ok=0 shown=0 sum=0 max=0
  shift
  for user in "$@"; do
    cookies="$data/cookies-$user"
    t=$(curl -s -o "$data/page" -b "$cookies" -w '%{http_code} %{time_total}' "http://localhost:$port$path?cycle=2026-5")
    n=$(( n + 1 ))
    [ "${t% *}" = 200 ] && ok=$(( ok + 1 ))
    grep -q '巡查时长\|Patrol hours' "$data/page" && grep -q '入户走访\|Door-to-door visits' "$data/page" && shown=$(( shown + 1 ))
    sum=$(echo "$sum + ${t#* }" | bc -l)
    max=$(echo "if (${t#* } > $max) ${t#* } else $max" | bc -l)
  done
  printf '%d pages, %d answered 200, %d with patrol hours and visits: %.2f s in all, slowest %.3f s' \
    "$n" "$ok" "$shown" "$sum" "$max"
}
sign_in admin
for i in 1 2 3; do
  cookies="$data/cookies-admin"
  echo "compute 2026-5 (run $i; runs 2 and 3 compute again): $(timed --data-urlencode "_csrf=$(token /evaluation)" \
    -d district=511703 -d cycle=2026-5 "http://localhost:$port/evaluation/compute") s; load $(load)" | tee -a "$out"
  echo "baseline: metrics by grid, same months: $(timed \
    "http://localhost:$port/matters/metrics?level=GRID&from=2026-09-01&to=2026-10-31") s; load $(load)" | tee -a "$out"
  if [ "${APPRAISAL:-1}" != 0 ]; then
    # shellcheck disable=SC2086
    echo "appraisal sheets, every grid leader: $(pages /appraisal $leaders); load $(load)" | tee -a "$out"
    # shellcheck disable=SC2086
    echo "own appraisal, every grid worker: $(pages /my/appraisal $workers); load $(load)" | tee -a "$out"
  fi
done
echo "rated: $(psql_ -c "select sum(n) || ' people, grades ' || string_agg(g || '=' || n, ' ') from (select grade g, count(*) n from evaluation_result r join evaluation_cycle c on c.id = r.cycle_id where c.cycle = '2026-5' group by grade order by min(rank)) x")" | tee -a "$out"
echo "breakdown (indicator, weight, people, mean value, mean contribution):" | tee -a "$out"
psql_ -F ' | ' -c "select v.indicator_key, v.weight, count(*), round(avg(v.value)::numeric, 2),
    round(avg(v.contribution)::numeric, 2) from evaluation_value v join evaluation_cycle c on c.id = v.cycle_id
    where c.cycle = '2026-5' group by 1, 2 order by 2 desc, 1" | sed 's/^/  /' | tee -a "$out"
