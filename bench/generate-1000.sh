#!/usr/bin/env bash
# Times `scalegen generate` on a synthetic 1,000-tier spec as a whole process (JVM start included):
# wall time and peak RSS from /usr/bin/time -v, for a fresh output directory and for an unchanged
# re-run, with the default JVM, with JVM flags suited to a short-lived CLI, and with the launcher.
# SHAPE: synthetic (LargeSpec: a mix of tier kinds, few schedules) or schedule-heavy
# (ScheduleHeavySpec, as bench/schedule-heavy-spec.sh: a night window per tier, issue 19).
#   bench/generate-1000.sh [TIERS] [RUNS] [SHAPE]
set -euo pipefail
cd "$(dirname "$0")/.."
TIERS=${1:-1000}
RUNS=${2:-3}
SHAPE=${3:-synthetic}
case $SHAPE in
  synthetic) MAKER=dev.scalegen.bench.LargeSpec ;;
  schedule-heavy) MAKER=dev.scalegen.bench.ScheduleHeavySpec ;;
  *) echo "SHAPE is synthetic or schedule-heavy, not $SHAPE" >&2; exit 2 ;;
esac
mvn -B -q -o package -DskipTests -pl cli,benchmarks -am >/dev/null
sync  # the build's files written back now, not during the measurements
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -cp benchmarks/target/benchmarks.jar "$MAKER" "$TIERS" "$WORK/spec.yaml"
echo "spec: $SHAPE, $TIERS tiers, $(wc -l < "$WORK/spec.yaml") lines"

measure() { # label, output dir, java flags...
  local label=$1 out=$2; shift 2
  /usr/bin/time -v java "$@" -jar cli/target/scalegen.jar generate "$WORK/spec.yaml" -o "$out" \
    >"$WORK/stdout" 2>"$WORK/time"
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$WORK/time" | awk '{print $NF}')
  printf '%-28s wall %8s   peak RSS %6d MB   %s\n' "$label" "$wall" $((rss / 1024)) "$(cat "$WORK/stdout")"
}

# Each fresh run writes into a directory never used before. Deleting the previous output right
# before a run is measured on its own line: on ext4, files created just after thousands were
# deleted are much slower to create (docs/benchmarks.md), which is the file system, not scalegen.
n=0
for flags in "" "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"; do
  echo "java ${flags:-(default flags)}"
  for i in $(seq "$RUNS"); do
    n=$((n + 1))
    # shellcheck disable=SC2086
    measure "  fresh directory" "$WORK/out-$n" $flags
    # shellcheck disable=SC2086
    measure "  unchanged re-run" "$WORK/out-$n" $flags
  done
done

launcher() { # label, output dir
  /usr/bin/time -v cli/target/scalegen generate "$WORK/spec.yaml" -o "$2" >"$WORK/stdout" 2>"$WORK/time"
  printf '%-28s wall %8s   peak RSS %6d MB   %s\n' "$1" \
    "$(grep 'Elapsed (wall clock)' "$WORK/time" | awk '{print $NF}')" \
    $(($(grep 'Maximum resident set size' "$WORK/time" | awk '{print $NF}') / 1024)) "$(cat "$WORK/stdout")"
}

echo "cli/target/scalegen (launcher: class-data-sharing archive, C1, serial GC)"
for i in $(seq "$RUNS"); do
  n=$((n + 1))
  launcher "  fresh directory" "$WORK/out-$n"
  launcher "  unchanged re-run" "$WORK/out-$n"
done
echo "cli/target/scalegen, fresh directory right after deleting the previous output (rm -rf)"
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/out-$n"
  launcher "  fresh after rm -rf" "$WORK/out-$n"
done
