#!/usr/bin/env bash
# Two builds of Linju side by side under the intake load, with the minimal endpoint as the common floor:
#   bench/run-intake-side-by-side.sh OTHER_REV        (this checkout against OTHER_REV, e.g. the last release)
# Each build runs on its own embedded PostgreSQL; all three are warmed, then measured in alternating 20 s rounds
# (this VM's speed drifts within minutes, so only rounds taken together compare). Prints one line per round.
set -euo pipefail
cd "$(dirname "$0")/.."
other_rev=${1:?usage: bench/run-intake-side-by-side.sh OTHER_REV}
export DEBIAN_FRONTEND=noninteractive
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; git worktree remove --force "$work/other" 2>/dev/null; rm -rf "$work"' EXIT

./mvnw -B -q package -DskipTests
cp target/linju-0.1.0-SNAPSHOT-exec.jar "$work/this.jar"
git worktree add -q "$work/other" "$other_rev"
(cd "$work/other" && ./mvnw -B -q package -DskipTests && cp target/linju-0.1.0-SNAPSHOT-exec.jar "$work/other.jar")
./mvnw -B -q -f bench/minimal-intake/pom.xml package -DskipTests

source bench/intake-lib.sh
start_linju "$work/this.jar" 18083 54395 "$work/this"
start_linju "$work/other.jar" 18086 54397 "$work/other-data"
intake_points 54395
start_minimal 54395
load 18083 90s > /dev/null; load 18086 90s > /dev/null; load 18084 30s > /dev/null
for round in 1 2 3 4; do
  this=$(load 18083 20s); other=$(load 18086 20s); floor=$(load 18084 20s)
  echo "round $round: this $this/s, $other_rev $other/s, minimal $floor/s; ratios $(awk -v a="$this" -v b="$other" -v c="$floor" \
    'BEGIN {printf "%.2f and %.2f, this / other %.2f", a / c, b / c, a / b}')"
done
