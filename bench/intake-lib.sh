# Shared by run-intake-side-by-side.sh and run-intake-ablation.sh. Callers set $work (a temporary directory) and the
# array pids (the processes to stop on exit), and run from the repository's root.

# Starts a Linju build and waits until it is up: jar, HTTP port, database port, data directory, then JVM options.
start_linju() {
  local jar=$1 port=$2 db_port=$3 dir=$4
  shift 4
  mkdir -p "$dir"
  java "$@" -jar "$jar" --server.port="$port" --linju.data-dir="$dir" --linju.embedded-db.port="$db_port" --linju.demo.enabled=true \
    --server.forward-headers-strategy=native > "$dir.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"' && return 0; sleep 1; done
  echo "Linju on port $port did not start; see $dir.log" >&2
  return 1
}

# 2,000 random points inside each grid of the database on port $1, to $work/points.csv.
intake_points() {
  psql -h 127.0.0.1 -p "$1" -U postgres -d linju -qAt -c "select code || '|' || boundary::text from grid" \
    | python3 bench/intake-points.py > "$work/points.csv"
}

# Starts the minimal endpoint (port 18084) on the database on port $1 and waits until it answers.
start_minimal() {
  java -jar bench/minimal-intake/target/minimal-intake-0.1.0-SNAPSHOT.jar \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$1/linju" --spring.datasource.username=postgres \
    --spring.datasource.hikari.maximum-pool-size=20 > "$work/minimal.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do
    curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"description":"x","categoryCode":"1201"}' \
      http://localhost:18084/api/v1/matters && return 0
    sleep 1
  done
  echo "the minimal endpoint did not start; see $work/minimal.log" >&2
  return 1
}

# The intake load on HTTP port $1 for $2 (wrk's duration); prints requests per second.
load() {
  POINTS="$work/points.csv" wrk -t2 -c32 -d"$2" -s bench/intake.lua "http://localhost:$1" | awk '/Requests\/sec/ {print $2}'
}
