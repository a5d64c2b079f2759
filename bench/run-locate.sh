#!/usr/bin/env bash
# Point → grid lookups over 10,000 grids: Linju's in-memory index vs PostGIS ST_Covers (the baseline), in one
# session on this machine. Installs PostGIS for Debian's PostgreSQL 15 if needed. Results go to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
dpkg-query -W -f='${Status}' postgresql-15-postgis-3 2>/dev/null | grep -q "install ok installed" \
  || { apt-get update -qq && apt-get install -y -qq postgresql-15-postgis-3 >/dev/null; }
pg_ctlcluster 15 main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
drop database if exists linju_bench;
drop role if exists linju_bench;
create role linju_bench login superuser password 'linju_bench';
create database linju_bench owner linju_bench;
SQL

./mvnw -B -q install -DskipTests
./mvnw -B -q -f bench/pom.xml package
mkdir -p bench/results
stamp=$(date +%Y-%m-%d)
java -Dbench.pg.url="jdbc:postgresql://127.0.0.1:5432/linju_bench?user=linju_bench&password=linju_bench" \
  -jar bench/target/benchmarks.jar 'LocateBenchmark|PostgisLocateBenchmark|IndexBuildBenchmark' \
  -f 1 -wi 3 -w 5s -i 5 -r 10s -rf json -rff "bench/results/locate-$stamp.json" | tee "bench/results/locate-$stamp.txt"

# A more generous baseline: PostGIS answering 100,000 points in one statement (no per-lookup round trip).
PGPASSWORD=linju_bench psql -h 127.0.0.1 -U linju_bench -d linju_bench -q <<'SQL' | tee -a "bench/results/locate-$stamp.txt"
\timing on
drop table if exists bench_point;
create table bench_point as
  select ST_SetSRID(ST_MakePoint(107.1 + random() * 0.8, 30.9 + random() * 0.6), 4326) as pt
  from generate_series(1, 100000);
select count(g.code) as located from bench_point p
  cross join lateral (select code from bench_grid where ST_Covers(boundary, p.pt) order by code limit 1) g;
select count(g.code) as located from bench_point p
  cross join lateral (select code from bench_grid where ST_Covers(boundary, p.pt) order by code limit 1) g;
SQL
