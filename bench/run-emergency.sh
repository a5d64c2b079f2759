#!/usr/bin/env bash
# A directive to the demo district's 15,000 registered cadres, and the live command board, end to end over HTTP
# against a fresh app on the embedded PostgreSQL. Results go to bench/results/emergency-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18082
db_port=54397
data=$(mktemp -d)
out="bench/results/emergency-$(date +%Y-%m-%d).txt"
mkdir -p bench/results

source bench/lib.sh
build_and_start
sql() { psql -h 127.0.0.1 -p $db_port -U postgres -d linju -qAt -c "$1"; }
{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), \
$(sql "select count(*) from force_member where kind = 'REGISTERED_CADRE'") registered cadres"; } | tee -a "$out"
java -cp bench/target/benchmarks.jar org.linju.bench.EmergencyBench "http://localhost:$port" 511703 100 | tee -a "$out"
echo "directive rows stored: $(sql "select count(*) from directive_recipient")" | tee -a "$out"
