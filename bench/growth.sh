#!/usr/bin/env bash
# Growth with the size of the spec (issue 19): `scalegen generate` of the schedule-heavy shape
# (bench/schedule-heavy-spec.sh: N tiers and N night windows) with N = 10, 100, 1,000, 5,000, as a
# whole process through the launcher cli/target/scalegen, output up to date (the second run into
# one directory), runs interleaved across the sizes; medians of wall time and of CPU time
# (user + sys), the largest peak RSS. Then the ratios the issue sets targets for, and the time to
# validate and print 10,000 diagnostics (10,000 tiers that set both replicas and autoscaling).
# Prints a Markdown table for docs/benchmarks.md.
#   bench/growth.sh [RUNS] [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
shift || true
SIZES=${*:-10 100 1000 5000}
mvn -B -q -o package -DskipTests -pl cli -am >/dev/null
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
for n in $SIZES; do
  bench/schedule-heavy-spec.sh "$n" > "$W/s$n.yaml"
  cli/target/scalegen generate "$W/s$n.yaml" -o "$W/out$n" >/dev/null 2>&1 || true
done
{ printf 'apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata:\n  name: big\ntiers:\n'
  for i in $(seq 1 10000); do printf '  t%s: { image: nginx, replicas: 2, autoscaling: { min: 1, max: 3 } }\n' "$i"; done
} > "$W/errors.yaml"
for i in $(seq "$RUNS"); do
  for n in $SIZES; do
    /usr/bin/time -f '%e %U %S %M' -o "$W/t" cli/target/scalegen generate "$W/s$n.yaml" -o "$W/out$n" \
      >/dev/null 2>"$W/err$n" || true
    awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024 }' "$W/t" >> "$W/r$n"
  done
  /usr/bin/time -f '%e %U %S %M' -o "$W/t" cli/target/scalegen validate "$W/errors.yaml" >/dev/null 2>"$W/errout" || true
  awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024 }' "$W/t" >> "$W/rerrors"
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
echo "scalegen generate, schedule-heavy shape, output up to date, launcher; $RUNS runs interleaved, medians;"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"
echo
echo '| N tiers + N windows | wall | CPU | peak RSS | diagnostics printed |'
echo '|---|---|---|---|---|'
for n in $SIZES; do
  printf '| %s | %s s | %s s | %s MB | %s |\n' "$n" "$(cut -d' ' -f1 "$W/r$n" | median)" \
    "$(cut -d' ' -f2 "$W/r$n" | median)" "$(cut -d' ' -f3 "$W/r$n" | sort -n | tail -1)" \
    "$(grep -c '^[^ ].*: \(warning\|error\)\[' "$W/err$n" || true)"
done
printf '| 10,000 errors, `validate` (rendering) | %s s | %s s | %s MB | %s |\n' \
  "$(cut -d' ' -f1 "$W/rerrors" | median)" "$(cut -d' ' -f2 "$W/rerrors" | median)" \
  "$(cut -d' ' -f3 "$W/rerrors" | sort -n | tail -1)" "$(grep -c '^[^ ].*: error\[' "$W/errout" || true)"
set -- $SIZES
if [ -f "$W/r1000" ] && [ -f "$W/r5000" ]; then
  a=$(cut -d' ' -f1 "$W/r1000" | median); b=$(cut -d' ' -f1 "$W/r5000" | median)
  ca=$(cut -d' ' -f2 "$W/r1000" | median); cb=$(cut -d' ' -f2 "$W/r5000" | median)
  echo
  echo "time(5,000) / time(1,000): wall $(echo "scale=2; $b / $a" | bc), CPU $(echo "scale=2; $cb / $ca" | bc) (target <= 5.5)"
fi
