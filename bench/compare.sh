#!/usr/bin/env bash
# Compares snapshots of the CLI (bench/snapshot.sh) as whole processes, runs interleaved (A, B,
# A, B, ...) so that a machine that speeds up or slows down during the series weighs on each the
# same: the median wall and CPU time of each, and its sorted runs. The shared machines of this
# project vary by a third in speed over minutes, so only interleaved runs compare two builds.
# Before the series, a fixed CPU loop is timed (python3) to show how fast the machine is right now.
#   bench/compare.sh RUNS NAME... [-- COMMAND ARGS...]
#   bench/compare.sh 15 before after
#   bench/compare.sh 9 before after -- validate examples/docvault/scaling.yaml
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:?usage: bench/compare.sh RUNS NAME... [-- COMMAND ARGS...]}
shift
names=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do names+=("$1"); shift; done
[ $# -gt 0 ] && shift
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
if [ $# -gt 0 ]; then command=("$@"); else command=(generate examples/docvault/scaling.yaml -o "$W/out"); fi
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
calibrate() {
  for _ in 1 2 3; do
    /usr/bin/time -f '%e' -o "$W/c" python3 -c 's = 0
for i in range(3000000): s += i * i'
    cat "$W/c"
  done | median
}
echo "machine: a fixed CPU loop takes $(calibrate) s (lower is faster)"
for n in "${names[@]}"; do
  [ -x "target/snapshots/$n/scalegen" ] || { echo "no snapshot $n: bench/snapshot.sh $n" >&2; exit 2; }
  : > "$W/$n"
  "target/snapshots/$n/scalegen" "${command[@]}" >/dev/null 2>&1 || true  # output up to date, caches warm
done
for _ in $(seq "$runs"); do
  for n in "${names[@]}"; do
    /usr/bin/time -f '%e %U %S' -o "$W/t" "target/snapshots/$n/scalegen" "${command[@]}" >/dev/null 2>&1 || true
    # (the last line: GNU time writes "Command exited with non-zero status" first for an exit code
    # other than 0, e.g. check on drift or validate of an invalid spec)
    tail -1 "$W/t" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }' >> "$W/$n"
  done
done
for n in "${names[@]}"; do
  printf '%-16s wall %ss  cpu %ss   runs: %s\n' "$n" "$(cut -d' ' -f1 "$W/$n" | median)" \
    "$(cut -d' ' -f2 "$W/$n" | median)" "$(cut -d' ' -f1 "$W/$n" | sort -n | tr '\n' ' ')"
done
echo "machine: a fixed CPU loop takes $(calibrate) s"
