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
