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
 * {@code SG262}, warning: at the tier's lowest count in a set (HPA minimum, fixed count, or a
 * schedule's lower value; 0 pods do not count), a rollout either stops more pods than the spec
 * says or stops every pod.
 *
 * <ul>
 *   <li>A Deployment with {@code maxSurge} 0 whose {@code maxUnavailable} percentage rounds down to
 *       0 pods ({@code 10%} of 5): the Deployment controller then stops 1 pod anyway
 *       ({@code ResolveFenceposts}: "the rollout may be stuck otherwise"), which the spec did not say.
 *   <li>Otherwise a rollout that may stop all pods at once: {@code maxUnavailable} at or above the
 *       count ({@code maxSurge: 0} and {@code maxUnavailable: 1} on a tier that runs one pod, or
 *       {@code 100%}): the tier serves nothing until the new pods are ready. For a StatefulSet only
 *       when it sets {@code maxUnavailable} and runs more than one pod (one pod at a time is all a
 *       StatefulSet of one pod can do).
 * </ul>
 *
 * Reported once, at the set's {@code maxUnavailable}.
 */
public final class RolloutLowestCountRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    Set<String> reported = new HashSet<>();
    for (TierCounts.Set set : TierCounts.sets(spec)) {
      for (Tier tier : set.effective().tiers().values()) {
        Rollout r = tier.pod().rollout();
        String at = r.maxUnavailable() == null ? null : set.rolloutPointer(report, tier.name(), "maxUnavailable");
        if (at == null || reported.contains(at)) {
          continue;
        }
        TierCounts counts = set.counts(tier);
        int n = counts.lowest();
        if (n == 0) {
          continue;
        }
        String where = n + (n == 1 ? " pod" : " pods") + " (" + counts.lowestFrom() + set.suffix() + ")";
        String message = null;
        if (tier.stateful()) {
          if (n > 1 && r.maxUnavailable().of(n, true) >= n) {
            message = "lets a rollout stop all " + where + " of stateful tier `" + tier.name() + "` at once";
          }
        } else {
          int surge = r.maxSurgeOrDefault().of(n, true);
          int unavailable = r.maxUnavailable().of(n, false);
          if (surge == 0 && unavailable == 0 && !r.maxUnavailable().isZero()) {
            message = "rounds down to 0 at " + where + " of tier `" + tier.name() + "` with `maxSurge` 0, so "
                + "Kubernetes stops 1 pod at a time anyway" + (n == 1 ? ": the tier's only pod" : "");
          } else if (unavailable >= n) {
            message = "lets a rollout stop " + (n == 1 ? "the only pod (" + counts.lowestFrom() + set.suffix() + ")"
                : "all " + where) + " of tier `" + tier.name() + "` at once"
                + (surge == 0 ? ", before any new pod runs" : ", before the new pods are ready");
          }
        }
        if (message != null) {
          reported.add(at);
          report.value(Code.ROLLOUT_AT_LOWEST_COUNT, at, "`rollout.maxUnavailable` (" + r.maxUnavailable() + ") "
                  + message,
              n == 1 && !tier.stateful() ? "set `maxSurge: 1` and `maxUnavailable: 0` so that the new pod is ready "
                  + "before the old one stops, or keep at least 2 pods"
                  : "write the number of pods to stop (e.g. `maxUnavailable: 1`), below the lowest count");
        }
      }
    }
  }
}
