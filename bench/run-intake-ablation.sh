#!/usr/bin/env bash
# What each part of intake's batch statement costs: a build of REV (default: this checkout's HEAD) with
# intake-ablation.patch applied reads a switch file before every batch and leaves the named parts out. One warm app,
# the minimal endpoint as the floor, alternating 20 s rounds (this VM drifts within minutes):
#   bench/run-intake-ablation.sh [REV] [ROUNDS]
# Variants: base (the full statement), nodup (no duplicate search), nolim+notl+nodup (only the matter row: no hourly
# limits, no timeline entry, no duplicate search), noop (the writer does not touch the database). Prints one line per
# variant and round. Not a product switch: the patch lives only in the throw-away worktree.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
rounds=${2:-3}
export DEBIAN_FRONTEND=noninteractive
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; git worktree remove --force "$work/src" 2>/dev/null; rm -rf "$work"' EXIT

git worktree add -q "$work/src" "$rev"
git -C "$work/src" apply "$PWD/bench/intake-ablation.patch"
(cd "$work/src" && ./mvnw -B -q package -DskipTests)
./mvnw -B -q -f bench/minimal-intake/pom.xml package -DskipTests

source bench/intake-lib.sh
switch="$work/switch"
: > "$switch"
start_linju "$work/src/target/linju-0.1.0-SNAPSHOT-exec.jar" 18083 54395 "$work/data" -Dlinju.ablation-file="$switch"
intake_points 54395
start_minimal 54395
load 18083 90s > /dev/null; load 18084 30s > /dev/null
for round in $(seq 1 "$rounds"); do
  for variant in base nodup nolim+notl+nodup noop; do
    printf '%s' "$variant" > "$switch"
    linju=$(load 18083 20s); floor=$(load 18084 20s)
    echo "round $round [$variant]: Linju $linju/s, minimal $floor/s, ratio $(awk -v a="$linju" -v b="$floor" \
      'BEGIN {printf "%.2f", a / b}')"
  done
done
echo "matters stored: $(psql -h 127.0.0.1 -p 54395 -U postgres -d linju -qAt -c 'select count(*) from matter')"
