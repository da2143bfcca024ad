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
 * {@code SG261}, warning: a rollout that may take more pods down at once than the tier's
 * PodDisruptionBudget lets any eviction take ({@code maxUnavailable: 1}, emitted whenever the tier
 * may run more than one pod). Kubernetes does not hold a rollout to the budget (the workload
 * controller deletes pods itself; the budget guards only evictions), so the tier would be below the
 * availability it promises every time it is updated. Measured at the tier's highest count in each
 * set (HPA maximum, fixed count or a schedule's value): a Deployment's percentage rounds down, a
 * StatefulSet's up, as their controllers round. Reported once, at the {@code maxUnavailable} that
 * the set takes (scalegen's defaults, 0 for a Deployment and 1 for a StatefulSet, never exceed the
 * budget).
 */
public final class RolloutBudgetRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    Set<String> reported = new HashSet<>();
    for (TierCounts.Set set : TierCounts.sets(spec)) {
      for (Tier tier : set.effective().tiers().values()) {
        Rollout.Amount unavailable = tier.pod().rollout().maxUnavailable();
        if (unavailable == null) {
          continue;
        }
        TierCounts counts = set.counts(tier);
        if (!counts.hasBudget()) {
          continue;
        }
        int pods = Math.min(unavailable.of(counts.highest(), tier.stateful()), counts.highest());
        String at = set.rolloutPointer(report, tier.name(), "maxUnavailable");
        if (pods > 1 && reported.add(at)) {
          report.value(Code.ROLLOUT_ABOVE_BUDGET, at, "`rollout.maxUnavailable` (" + unavailable + ") of tier `"
                  + tier.name() + "` lets a rollout stop " + pods + " of its " + counts.highest() + " pods ("
                  + counts.highestFrom() + set.suffix() + ") at once, more than the 1 its PodDisruptionBudget lets "
                  + "any eviction take",
              tier.stateful() ? "set `maxUnavailable: 1`, or remove it (one pod at a time)"
                  : "set `maxUnavailable: 1` (or 0), and `maxSurge` (e.g. `25%`) to roll out faster by adding pods "
                      + "instead of stopping them");
        }
      }
    }
  }
}
