#!/usr/bin/env bash
# The workbench (issue 16) over the dashboard's 5,000,000 matters: the page at / over HTTP for a grid worker, a grid
# leader, a community secretary and the district admin (ROLES=…; p50/p95 over REQUESTS after 20 warm-ups), then the plans of
# its statements (workbench-explain.sql). Same data set and loader as run-dashboard.sh; KEEP=<dir> reuses a database.
# Results go to bench/results/workbench-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18082
db_port=54398
rows=${ROWS:-5000000}
requests=${REQUESTS:-200}
data=${KEEP:-$(mktemp -d)}
mkdir -p "$data"
out="bench/results/workbench-$(date +%Y-%m-%d).txt"
mkdir -p bench/results

source bench/lib.sh
build_and_start
psql_() { psql -h 127.0.0.1 -p $db_port -U postgres -d linju -v ON_ERROR_STOP=1 -qAt "$@"; }

{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), $rows matters"; } | tee -a "$out"
load_matters
bench() { java -cp bench/target/benchmarks.jar org.linju.bench.DashboardBench "$@" | tee -a "$out"; }
for who in ${ROLES:-worker leader secretary admin}; do
  bench page "http://localhost:$port" "$who" "$requests" /
done

# The grid leader's and the district admin's statements; the pairs are what NextSteps gives their roles.
grid=$(psql_ -c "select scope_codes[1] from account where username = 'leader'")
explain() {
  psql -h 127.0.0.1 -p $db_port -U postgres -d linju -v ON_ERROR_STOP=1 -q -v patterns="$1" -v district='{511703%}' \
    -v pairs="$2" -v low="$3" -v high="$4" -f bench/workbench-explain.sql | grep -E "^ *(Execution Time|->|[A-Z][a-z]+ (Scan|Aggregate|Sort|Limit|Nested))" \
    | sed 's/^/    /' | tee -a "$out"
}
echo "plans, grid leader ($grid):" | tee -a "$out"
explain "{$grid%}" '{:REPORTED,YELLOW:REGISTERED,GREEN:REGISTERED,RED:REGISTERED,YELLOW:RETURNED,GREEN:RETURNED,RED:RETURNED,YELLOW:DISPATCHED,GREEN:DISPATCHED,YELLOW:ACCEPTED,GREEN:ACCEPTED,YELLOW:IN_PROGRESS,GREEN:IN_PROGRESS,YELLOW:RESOLVED,GREEN:RESOLVED,RED:RESOLVED,YELLOW:VERIFIED,GREEN:VERIFIED,RED:VERIFIED}' "$grid" "${grid}z"
echo "plans, district admin:" | tee -a "$out"
explain '{511703%}' '{:REPORTED,RED:REGISTERED,YELLOW:REGISTERED,GREEN:REGISTERED,RED:RETURNED,YELLOW:RETURNED,GREEN:RETURNED,RED:DISPATCHED,RED:ACCEPTED,RED:IN_PROGRESS,RED:RESOLVED,YELLOW:RESOLVED,GREEN:RESOLVED,RED:VERIFIED,YELLOW:VERIFIED,GREEN:VERIFIED}' '' 'z'
