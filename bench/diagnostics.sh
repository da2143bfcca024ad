#!/usr/bin/env bash
# Many diagnostics, as a whole process: wall time, CPU time and output size of `scalegen validate`
# on specs of 1,000 tiers on 1,000 node pools with 3,000 misspelt references (a scenario's and a
# schedule's tier names, the tiers' pools): near misses (each gets a did-you-mean) and far misses
# (each lists a few names), and on one with 10,000 errors (10,000 tiers that set both replicas and
# autoscaling), which measures the rendering. MisspeltReferencesAtScaleTest checks the sizes.
#   bench/diagnostics.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o package -DskipTests -pl cli -am >/dev/null
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT

misspelt() { # $1 tier reference printf pattern, $2 pool reference pattern
  printf 'apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata:\n  name: big\nnodePools:\n'
  for i in $(seq -f %04g 0 999); do printf '  pool-number-%s: { preset: eks-spot }\n' "$i"; done
  echo 'tiers:'
  for i in $(seq -f %04g 0 999); do
    printf "  tier-number-%s:\n    image: nginx:1.27\n    replicas: 2\n    placement: { pool: $2, mode: preferred }\n" "$i" "$i"
  done
  printf 'scenarios:\n  spike:\n    tiers:\n'
  for i in $(seq -f %04g 0 999); do printf "      $1: { replicas: 3 }\n" "$i"; done
  printf 'schedules:\n  night:\n    window: { from: "22:00", to: "06:00", timeZone: UTC }\n    set:\n'
  for i in $(seq -f %04g 0 999); do printf "      $1: { replicas: 1 }\n" "$i"; done
}
misspelt 'tier-numbr-%s' 'pool-numbr-%s' > "$W/near-misses.yaml"
misspelt 'zz-%s' 'qq-%s' > "$W/far-misses.yaml"
{ printf 'apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata:\n  name: big\ntiers:\n'
  for i in $(seq 1 10000); do printf '  t%s: { image: nginx, replicas: 2, autoscaling: { min: 1, max: 3 } }\n' "$i"; done
} > "$W/errors-10000.yaml"

printf '%-16s %8s %8s %12s %10s\n' case wall cpu diagnostics output
for f in near-misses far-misses errors-10000; do
  /usr/bin/time -f '%e %U %S' -o "$W/time" cli/target/scalegen validate "$W/$f.yaml" >"$W/out" 2>&1 || true
  read -r wall user sys < <(tail -1 "$W/time")
  printf '%-16s %7ss %7ss %12d %7d KB\n' "$f" "$wall" "$(echo "$user + $sys" | bc)" \
    "$(grep -c '^[^ ].*: error\[' "$W/out")" $(($(wc -c < "$W/out") / 1024))
done
