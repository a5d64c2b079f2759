#!/usr/bin/env bash
# The district dashboard over 5,000,000 matters, end to end over HTTP against a fresh app on the embedded
# PostgreSQL, compared with the same numbers computed by plain GROUP BY queries over the whole matter table.
# Results go to bench/results/dashboard-<date>.txt. Needs psql (postgresql-client) and about 6 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18081
db_port=54399
rows=${ROWS:-5000000}
# KEEP=<dir>: keep the loaded database there and reuse it on the next run (the load takes ~12 minutes here).
data=${KEEP:-$(mktemp -d)}
mkdir -p "$data"
out="bench/results/dashboard-$(date +%Y-%m-%d).txt"
mkdir -p bench/results

source bench/lib.sh
build_and_start
psql_() { psql -h 127.0.0.1 -p $db_port -U postgres -d linju -v ON_ERROR_STOP=1 -qAt "$@"; }

{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), $rows matters"; } | tee -a "$out"
load_matters
bench() { java -cp bench/target/benchmarks.jar org.linju.bench.DashboardBench "$@" | tee -a "$out"; }
bench http "http://localhost:$port" admin 200
bench http "http://localhost:$port" secretary 200
bench naive "jdbc:postgresql://127.0.0.1:$db_port/linju?user=postgres" 10
