#!/usr/bin/env bash
# Start-up of the CLI as a whole process on the DocVault example: the median wall time of RUNS runs
# of `validate` and of `generate` (into a directory that already holds the output, as in a build),
# with the plain jar and with the launcher (static class-data-sharing archive, C1, serial GC,
# transparent huge pages: docs/cli.md#start-up); and `--help`, which picocli reads.
#   bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
mvn -B -q -o package -DskipTests -pl cli -am >/dev/null
sync  # the build's files written back now, not during the measurements
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
SPEC=examples/docvault/scaling.yaml

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() { # label, command...
  local label=$1; shift
  : > "$W/times"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e' -o "$W/t" "$@" >/dev/null 2>&1 || true
    tail -1 "$W/t" >> "$W/times"
  done
  printf '%-44s median %ss   runs: %s\n' "$label" "$(median < "$W/times")" "$(tr '\n' ' ' < "$W/times")"
}

measure "java -jar scalegen.jar validate" java -jar cli/target/scalegen.jar validate "$SPEC"
measure "java -jar scalegen.jar generate" java -jar cli/target/scalegen.jar generate "$SPEC" -o "$W/out"
measure "cli/target/scalegen validate (launcher)" cli/target/scalegen validate "$SPEC"
measure "cli/target/scalegen generate (launcher)" cli/target/scalegen generate "$SPEC" -o "$W/out"
measure "cli/target/scalegen --help (launcher, picocli)" cli/target/scalegen --help
measure "java -version (the JVM alone)" java -Xshare:auto -XX:TieredStopAtLevel=1 -version
