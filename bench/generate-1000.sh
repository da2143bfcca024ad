#!/usr/bin/env bash
# Times `scalegen generate` on a synthetic 1,000-tier spec as a whole process (JVM start included):
# wall time and peak RSS from /usr/bin/time -v, for a fresh output directory and for an unchanged
# re-run, with the default JVM and with JVM flags suited to a short-lived CLI.
#   bench/generate-1000.sh [TIERS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
TIERS=${1:-1000}
RUNS=${2:-3}
mvn -B -q -o package -DskipTests -pl cli,benchmarks -am >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -cp benchmarks/target/benchmarks.jar dev.scalegen.bench.LargeSpec "$TIERS" "$WORK/spec.yaml"
echo "spec: $TIERS tiers, $(wc -l < "$WORK/spec.yaml") lines"

measure() { # label, output dir, java flags...
  local label=$1 out=$2; shift 2
  /usr/bin/time -v java "$@" -jar cli/target/scalegen.jar generate "$WORK/spec.yaml" -o "$out" \
    >"$WORK/stdout" 2>"$WORK/time"
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$WORK/time" | awk '{print $NF}')
  printf '%-28s wall %8s   peak RSS %6d MB   %s\n' "$label" "$wall" $((rss / 1024)) "$(cat "$WORK/stdout")"
}

for flags in "" "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"; do
  echo "java ${flags:-(default flags)}"
  for i in $(seq "$RUNS"); do
    rm -rf "$WORK/out"
    # shellcheck disable=SC2086
    measure "  fresh directory" "$WORK/out" $flags
    # shellcheck disable=SC2086
    measure "  unchanged re-run" "$WORK/out" $flags
  done
done

echo "cli/target/scalegen (launcher: class-data-sharing archive, C1, serial GC)"
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/out"
  for label in "  fresh directory" "  unchanged re-run"; do
    /usr/bin/time -v cli/target/scalegen generate "$WORK/spec.yaml" -o "$WORK/out" >"$WORK/stdout" 2>"$WORK/time"
    printf '%-28s wall %8s   peak RSS %6d MB   %s\n' "$label" \
      "$(grep 'Elapsed (wall clock)' "$WORK/time" | awk '{print $NF}')" \
      $(($(grep 'Maximum resident set size' "$WORK/time" | awk '{print $NF}') / 1024)) "$(cat "$WORK/stdout")"
  done
done
