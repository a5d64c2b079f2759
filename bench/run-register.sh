#!/usr/bin/env bash
# The resident register under load, end to end over HTTP against a fresh app on the embedded PostgreSQL:
#  1. baseline: import 10,000 rows, then 1,000 ID searches with ~13,000 residents registered;
#  2. import 100,000 rows (target ≤ 60 s from upload to done);
#  3. pad the register to 1,000,000 residents, then 1,000 ID searches (target p95 ≤ 20 ms).
# Results go to bench/results/register-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18080
db_port=54398
data=$(mktemp -d)
out="bench/results/register-$(date +%Y-%m-%d).txt"
mkdir -p bench/results

source bench/lib.sh
# The bench searches 2,100 times as one account: lift the per-account search limit (100 an hour) for it.
build_and_start --linju.residents.search.max-searches=1000000
sql() { psql -h 127.0.0.1 -p $db_port -U postgres -d linju -qAt -c "$1"; }
sql "select grid_code || ',' || name from building order by grid_code, name" > "$data/buildings.csv"
bench() { java -cp bench/target/benchmarks.jar org.linju.bench.RegisterBench "$@" | tee -a "$out"; }

{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)"; } | tee -a "$out"
bench import "http://localhost:$port" "$data/buildings.csv" 10000 110101
echo "residents registered: $(sql 'select count(*) from resident')" | tee -a "$out"
bench search "http://localhost:$port" 110101 10000 1000
bench direct "jdbc:postgresql://127.0.0.1:$db_port/linju?user=postgres" "$data/keys.properties" 110101 10000 2000
bench import "http://localhost:$port" "$data/buildings.csv" 100000 120101
padding=$((1000000 - $(sql 'select count(*) from resident')))
start=$(date +%s)
sql "insert into resident (id, grid_code, district_code, name, id_number_cipher, id_number_index, birth_date, sex, residence_type)
     select gen_random_uuid(), g.code, '511703', '填充' || n, 'v1:padding:' || md5(n::text),
            encode(sha256(('pad' || n)::bytea), 'hex'), date '1950-01-01' + (n % 20000), 'MALE', 'REGISTERED'
     from generate_series(1, $padding) n
     join lateral (select code from grid order by code offset (n % 287) limit 1) g on true"
sql "analyze resident"
echo "padded with $padding synthetic rows in $(( $(date +%s) - start )) s; residents registered: $(sql 'select count(*) from resident')" | tee -a "$out"
bench search "http://localhost:$port" 120101 100000 1000
bench direct "jdbc:postgresql://127.0.0.1:$db_port/linju?user=postgres" "$data/keys.properties" 120101 100000 2000
