#!/usr/bin/env bash
# Prints a spec of an adversarial shape (issue 19): one that defeats a short cut and makes a step
# that looks every tier's schedules up among all schedules (or every reference up among all names)
# do N x N work. bench/adversarial.sh times them at N and 4N.
#   bench/adversarial-spec.sh SHAPE N > spec.yaml
# SHAPE:
#   fixed-one  N fixed tiers at `replicas: 1` on spot (preferred), each switched off at night by its
#              own window (`replicas: 0`): nothing short-cuts "may this tier run more than one pod",
#              which the placement's spread and the PodDisruptionBudget ask per tier.
#   workers    N fixed worker tiers (`workers`, default grace period) that no schedule names, and N
#              windows on N other fixed tiers: "which schedule scales this worker down" (SG259).
#   keda       N KEDA tiers with `cooldownPeriod` and `min: 1` (each draws SG287), N windows on them
#              that set `max`, and a scenario: "does this tier ever reach zero pods".
#   promises   N tiers and one scenario with N promises about misspelt tiers (SG208 each).
#   misspelt   N tiers and a scenario that overrides N misspelt ones (`u00001` for `t00001`, SG208
#              each): every reference is measured against every tier name (DidYouMean).
#   unknown-keys  N unknown keys at the top of the spec and N tiers below (two warnings each, SG243
#              and SG244): is each warning's field a misspelling of one of those keys (Cascades).
#   long-line  N tiers that set both `replicas` and `autoscaling` (SG202 each), in flow style on
#              one line: rendering each diagnostic's excerpt of that line.
set -euo pipefail
shape=${1:?usage: bench/adversarial-spec.sh SHAPE N}
n=${2:?usage: bench/adversarial-spec.sh SHAPE N}
printf 'apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: big, namespace: big }\n'
night() { # $1 schedule name, $2 the set
  printf '  %s:\n    window: { from: "22:00", to: "06:00", timeZone: UTC }\n    set: { %s }\n' "$1" "$2"
}
fixed() { # $1 tier name, $2 replicas, $3 more fields
  printf '  %s:\n    image: nginx:1.27\n    resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 128Mi } }\n' "$1"
  printf '    replicas: %s\n%s' "$2" "$3"
}
case $shape in
  fixed-one)
    printf 'nodePools:\n  spot: { preset: karpenter-spot }\ntiers:\n'
    for ((i = 0; i < n; i++)); do printf -v t t%05d "$i"; fixed "$t" 1 '    placement: { pool: spot, mode: preferred }
'; done
    printf 'schedules:\n'
    for ((i = 0; i < n; i++)); do printf -v s n%05d "$i"; printf -v t 't%05d: { replicas: 0 }' "$i"; night "$s" "$t"; done
    ;;
  workers)
    printf 'tiers:\n'
    for ((i = 0; i < n; i++)); do
      printf -v w w%05d "$i"; printf -v t t%05d "$i"
      fixed "$w" 2 '    command: [worker]
    workers: { count: 4, arg: --workers }
'
      fixed "$t" 2 ''
    done
    printf 'schedules:\n'
    for ((i = 0; i < n; i++)); do printf -v s n%05d "$i"; printf -v t 't%05d: { replicas: 1 }' "$i"; night "$s" "$t"; done
    ;;
  keda)
    printf 'tiers:\n'
    for ((i = 0; i < n; i++)); do
      printf '  k%05d:\n    image: worker:1\n    resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 128Mi } }\n' "$i"
      printf '    autoscaling:\n      engine: keda\n      min: 1\n      max: 10\n      cooldownPeriod: 60\n'
      printf '      triggers: [{ type: redis-list, address: "redis:6379", list: q%05d, target: 10 }]\n' "$i"
    done
    printf 'schedules:\n'
    for ((i = 0; i < n; i++)); do printf -v s n%05d "$i"; printf -v t 'k%05d: { max: 2 }' "$i"; night "$s" "$t"; done
    printf 'scenarios:\n  spike:\n    tiers:\n      k00000: { autoscaling: { max: 20 } }\n'
    ;;
  promises)
    printf 'tiers:\n'
    for ((i = 0; i < n; i++)); do
      printf '  t%05d:\n    image: nginx:1.27\n    resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 128Mi } }\n' "$i"
      printf '    autoscaling: { min: 2, max: 10, cpu: 70%% }\n'
    done
    printf 'scenarios:\n  spike:\n    tiers:\n      t00000: { autoscaling: { max: 20 } }\n    expect:\n'
    for ((i = 0; i < n; i++)); do printf '      x%05d: { load: spike10x, reaches: 5, within: 5m }\n' "$i"; done
    ;;
  misspelt)
    printf 'tiers:\n'
    for ((i = 0; i < n; i++)); do printf '  t%05d: { image: nginx, replicas: 2 }\n' "$i"; done
    printf 'scenarios:\n  spike:\n    tiers:\n'
    for ((i = 0; i < n; i++)); do printf '      u%05d: { replicas: 3 }\n' "$i"; done
    ;;
  unknown-keys)
    for ((i = 0; i < n; i++)); do printf 'x%05d: 1\n' "$i"; done
    printf 'tiers:\n'
    for ((i = 0; i < n; i++)); do printf '  t%05d: { image: nginx, replicas: 2 }\n' "$i"; done
    ;;
  long-line)
    printf 'tiers: {'
    for ((i = 0; i < n; i++)); do
      sep=', '; [ "$i" = 0 ] && sep=''
      printf '%st%05d: { image: nginx, replicas: 2, autoscaling: { min: 1, max: 3 } }' "$sep" "$i"
    done
    printf '}\n'
    ;;
  *) echo "unknown shape $shape" >&2; exit 2 ;;
esac
