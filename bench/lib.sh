# Shared by the run-*.sh benchmarks: build the app and the benchmark jar, start a fresh app on the embedded
# PostgreSQL (data directory $data, HTTP port $port, database port $db_port) and wait until it is up; the app is
# stopped (and a temporary data directory removed) when the script exits.
build_and_start() {
  ./mvnw -B -q install -DskipTests
  ./mvnw -B -q -f bench/pom.xml package
  java -Xmx2g -jar target/linju-0.1.0-SNAPSHOT-exec.jar --server.port="$port" --linju.data-dir="$data" \
    --linju.embedded-db.port="$db_port" --linju.demo.enabled=true "$@" > "$data/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$data"' EXIT
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"' && return 0
    sleep 1
  done
  echo "the app did not start; see $data/app.log" >&2
  return 1
}

# Loads $rows benchmark matters (dashboard-matters.sql, a million per statement; those already there are kept, so a
# KEEP'd database is loaded once), rebuilds the tallies if anything was loaded, and says what is there. Needs psql_
# and $out.
load_matters() {
  local start batch loaded first n t
  start=$(date +%s)
  batch=1000000
  loaded=$(psql_ -c "select count(*) from matter where tracking_code like 'B%'")
  for first in $(seq $(( loaded + 1 )) $batch "$rows"); do
    n=$(( rows - first + 1 < batch ? rows - first + 1 : batch ))
    psql_ -v first="$first" -v rows="$n" -f bench/dashboard-matters.sql
    echo "  loaded $(( first + n - 1 )) matters after $(( $(date +%s) - start )) s"
  done
  psql_ -c "vacuum analyze matter"
  t=$(date +%s)
  [ "$loaded" -lt "$rows" ] && psql_ -c "select matter_tally_rebuild()" > /dev/null
  psql_ -c "vacuum analyze matter_state_tally" -c "vacuum analyze matter_day_tally" -c "vacuum analyze matter_cell_tally" \
    -c "vacuum analyze matter_tally_delta"
  echo "load $(( t - start )) s, tally rebuild $(( $(date +%s) - t )) s; $(psql_ -c "select count(*) from matter") matters, \
$(psql_ -c "select count(*) from matter where stage not in ('RESOLVED','VERIFIED','STRUCK_OFF','VOIDED','MERGED')") open, \
tally rows: $(psql_ -c "select (select count(*) from matter_state_tally) || ' state, ' || (select count(*) from matter_day_tally) || ' day, ' || (select count(*) from matter_cell_tally) || ' cell'")" | tee -a "$out"
}
