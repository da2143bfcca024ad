package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Rollout;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code SG260}, error: a rollout that Kubernetes refuses because it could never replace a pod. On a
 * Deployment, {@code maxSurge} and {@code maxUnavailable} both 0 (or {@code 0%}): no pod may be
 * added and none removed. {@code maxUnavailable} defaults to 0 in scalegen, so {@code maxSurge: 0}
 * alone is such a rollout. On a StatefulSet, {@code maxUnavailable} 0. Checked in every set (a
 * scenario's override merges field by field), reported once at the value to change: the one the
 * set's own override writes, else the tier's.
 */
public final class RolloutProgressRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    Set<String> reported = new HashSet<>();
    for (TierCounts.Set set : TierCounts.sets(spec)) {
      for (Tier tier : set.effective().tiers().values()) {
        Rollout r = tier.pod().rollout();
        String unavailable = set.rolloutPointer(report, tier.name(), "maxUnavailable");
        if (tier.stateful()) {
          if (r.maxUnavailable() != null && r.maxUnavailable().isZero() && reported.add(unavailable)) {
            report.value(Code.ROLLOUT_CANNOT_PROGRESS, unavailable, "`rollout.maxUnavailable` of stateful tier `"
                    + tier.name() + "` is " + r.maxUnavailable() + set.suffix()
                    + ": the StatefulSet could never stop a pod to replace it",
                "remove `maxUnavailable` (Kubernetes then replaces one pod at a time) or set it to 1 or more");
          }
          continue;
        }
        if (r.maxSurgeOrDefault().isZero() && r.deploymentMaxUnavailableOrDefault().isZero()) {
          String surge = set.rolloutPointer(report, tier.name(), "maxSurge");
          // maxSurge is written (its default is 25%); the scenario's own value wins, else maxUnavailable.
          String at = unavailable == null || surge.startsWith("/scenarios") && !unavailable.startsWith("/scenarios")
              ? surge : unavailable;
          if (at != null && reported.add(at)) {
            report.value(Code.ROLLOUT_CANNOT_PROGRESS, at, "`rollout.maxSurge` and `rollout.maxUnavailable` of tier `"
                    + tier.name() + "` are both 0" + (unavailable == null ? " (`maxUnavailable` defaults to 0)" : "")
                    + set.suffix() + ": a rollout could neither add a pod nor stop one, and Kubernetes refuses it",
                "give `maxSurge` room (e.g. `1` or `25%`, which needs room for that many more pods), or set "
                    + "`maxUnavailable: 1` where no pod can be added");
          }
        }
      }
    }
  }
}
