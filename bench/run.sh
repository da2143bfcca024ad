#!/usr/bin/env bash
# In-process benchmarks (JMH): Generator.generate on DocVault and on synthetic specs of 10, 100
# and 1,000 tiers (validate + compile + emit to memory). Prints JMH's table (ms/op).
#   bench/run.sh              full run (about 2 minutes on 2 cores)
#   bench/run.sh -wi 2 -i 3   any JMH options
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o package -DskipTests -pl benchmarks -am >/dev/null
exec java -jar benchmarks/target/benchmarks.jar -jvmArgsAppend "-Ddocvault=$PWD/examples/docvault/scaling.yaml" "$@"
