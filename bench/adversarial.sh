#!/usr/bin/env bash
# Growth on the adversarial shapes of bench/adversarial-spec.sh (issue 19): `scalegen COMMAND` of
# each shape at N and 4N as a whole process through the launcher cli/target/scalegen (generate into
# a fresh directory), runs interleaved; medians of wall and CPU time (user + sys) and of the size
# of what it prints, and the CPU ratio time(4N)/time(N): about 4 for a linear step, 16 for a
# quadratic one (less, since JVM start and the linear steps are in both). Build the CLI first
# (`mvn -B -q -o install -DskipTests -pl generator-core,cli -am`); SCALEGEN names another launcher,
# e.g. a snapshot's (bench/snapshot.sh): SCALEGEN=target/snapshots/before/scalegen.
#   bench/adversarial.sh [RUNS] [N] [SHAPE:COMMAND...]
#   bench/adversarial.sh 3 1000 fixed-one:generate workers:validate
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
N=${2:-1000}
shift 2 || true
SCALEGEN=${SCALEGEN:-cli/target/scalegen}
CASES=${*:-fixed-one:generate workers:validate keda:validate promises:validate misspelt:validate unknown-keys:validate long-line:validate}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
for c in $CASES; do
  for n in "$N" $((4 * N)); do bench/adversarial-spec.sh "${c%%:*}" "$n" > "$W/${c%%:*}-$n.yaml"; done
done
for _ in $(seq "$RUNS"); do
  for c in $CASES; do
    shape=${c%%:*} command=${c#*:}
    for n in "$N" $((4 * N)); do
      rm -rf "$W/out"
      args=("$command" "$W/$shape-$n.yaml")
      [ "$command" = generate ] && args+=(-o "$W/out")
      /usr/bin/time -f '%e %U %S' -o "$W/t" "$SCALEGEN" "${args[@]}" >"$W/o" 2>&1 || true
      tail -1 "$W/t" | awk -v b="$(wc -c < "$W/o")" '{ printf "%s %.2f %d\n", $1, $2 + $3, b / 1024 }' >> "$W/r-$c-$n"
    done
  done
done
echo "$SCALEGEN; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors; $RUNS runs, medians"
echo
echo "| shape, command | N | wall | CPU | printed | 4N | wall | CPU | printed | CPU ratio |"
echo '|---|---|---|---|---|---|---|---|---|---|'
for c in $CASES; do
  row="| ${c%%:*}, \`${c#*:}\`"
  for n in "$N" $((4 * N)); do
    row+=" | $n | $(cut -d' ' -f1 "$W/r-$c-$n" | median) s | $(cut -d' ' -f2 "$W/r-$c-$n" | median) s"
    row+=" | $(cut -d' ' -f3 "$W/r-$c-$n" | median) KB"
  done
  a=$(cut -d' ' -f2 "$W/r-$c-$N" | median); b=$(cut -d' ' -f2 "$W/r-$c-$((4 * N))" | median)
  echo "$row | $(echo "scale=1; $b / $a" | bc) |"
done
