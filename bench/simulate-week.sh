#!/usr/bin/env bash
# A week of DocVault's autoscaled tiers through the HPA simulation (dev.scalegen.bench.SimulateWeek):
# the first run in a fresh JVM and the median of the rest, wall and CPU time.
#   bench/simulate-week.sh [RUNS]     (default 20)
# The JMH benchmark of the same week: bench/run.sh SimulateBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o package -DskipTests -pl benchmarks -am >/dev/null
exec java -cp benchmarks/target/benchmarks.jar dev.scalegen.bench.SimulateWeek "${1:-20}"
