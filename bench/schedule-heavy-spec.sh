#!/usr/bin/env bash
# Prints a schedule-heavy spec, the shape the peers were measured on (issue 19): N autoscaled tiers
# (HPA 5-50 at CPU 70%, requests and a memory limit, preferred spot placement) and N night windows,
# 22:00-06:00 in ZONE, each lowering one tier's minimum to 2.
#   bench/schedule-heavy-spec.sh N [ZONE] > spec.yaml
set -euo pipefail
n=${1:?usage: bench/schedule-heavy-spec.sh N [ZONE]}
zone=${2:-Europe/Berlin}
printf 'apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: big, namespace: big }\n'
printf 'nodePools:\n  spot: { preset: karpenter-spot }\ntiers:\n'
for ((i = 0; i < n; i++)); do
  printf '  t%05d:\n    image: nginx:1.27\n' "$i"
  printf '    resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { memory: 512Mi } }\n'
  printf '    autoscaling: { min: 5, max: 50, cpu: 70%% }\n    placement: { pool: spot, mode: preferred }\n'
done
printf 'schedules:\n'
for ((i = 0; i < n; i++)); do
  printf '  n%05d:\n    window: { from: "22:00", to: "06:00", timeZone: %s }\n' "$i" "$zone"
  printf '    set: { t%05d: { min: 2 } }\n' "$i"
done
