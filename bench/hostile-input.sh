#!/usr/bin/env bash
# Hostile input, as a whole process: wall time and peak RSS of `scalegen validate` on each file,
# and the one diagnostic it prints. Every case must end in one clean error, quickly, in bounded
# memory (HostileInputTest checks the error; this script measures time and memory).
#   bench/hostile-input.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o package -DskipTests -pl cli -am >/dev/null
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT

# A billion-laughs alias bomb: 9 levels of 9 aliases each.
{ echo 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'
  prev=a; for l in b c d e f g h i j; do
    printf '%s: &%s [' "$l" "$l"; for k in 1 2 3 4 5 6 7 8; do printf '*%s, ' "$prev"; done; printf '*%s]\n' "$prev"; prev=$l
  done; } > "$W/alias-bomb.yaml"
head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' '#' > "$W/50mb.yaml"
{ printf 'a: '; head -c 10000 /dev/zero | tr '\0' '['; head -c 10000 /dev/zero | tr '\0' ']'; echo; } > "$W/nesting-10000.yaml"
head -c 4096 /dev/urandom > "$W/binary.yaml"
: > "$W/empty.yaml"
printf 'metadata:\n  name: caf\xe9\n' > "$W/latin1.yaml"
mkdir "$W/a-directory.yaml"

printf '%-20s %8s %9s  %s\n' case wall peakRSS diagnostic
for f in alias-bomb 50mb nesting-10000 binary empty latin1 a-directory missing; do
  /usr/bin/time -f '%e %M' -o "$W/time" cli/target/scalegen validate "$W/$f.yaml" >/dev/null 2>"$W/err" || true
  read -r wall rss < <(tail -1 "$W/time")
  printf '%-20s %7ss %6d MB  %s\n' "$f" "$wall" $((rss / 1024)) "$(head -1 "$W/err" | sed "s#$W/##" | cut -c1-90)"
done
