package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * {@code SG287}, a warning: {@code cooldownPeriod} on a KEDA tier that never reaches zero pods. KEDA
 * uses it only for the step from one pod to zero; above that, the HPA it drives scales down after
 * its own stabilization window ({@code behavior}), so a cooldown of 30 s on a tier with
 * {@code min: 2} looks like fast scale-down in review but changes nothing. A tier counts as reaching
 * zero when its minimum is 0 in the baseline, in a scenario, or in a schedule.
 */
public final class KedaCooldownRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      Autoscaling a = tier.autoscaling();
      if (a == null || !a.usesKeda() || a.keda().cooldownPeriod() == null || a.min() == null
          || reachesZero(spec, tier)) {  // no minimum: the schema has reported it
        continue;
      }
      report.value(Code.COOLDOWN_WITHOUT_ZERO, Pointers.tier(tier.name()) + "/autoscaling/cooldownPeriod",
          "`autoscaling.cooldownPeriod` of tier `" + tier.name() + "` has no effect: KEDA waits it out only before"
              + " going from 1 pod to 0, and the tier's minimum is never 0",
          "remove it, and slow scale-down with `behavior` (e.g. `behavior: slow-down`) instead; or use `min: 0`");
    }
  }

  private static boolean reachesZero(ScalingSpec spec, Tier tier) {
    if (zero(tier.autoscaling().min())) {
      return true;
    }
    for (Scenario scenario : spec.scenarios().values()) {
      Scenario.TierOverride o = scenario.tiers().get(tier.name());
      if (o != null && o.autoscaling() != null && zero(o.autoscaling().min())) {
        return true;
      }
    }
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.ScheduledValues v = schedule.set().get(tier.name());
      if (v != null && zero(v.min())) {
        return true;
      }
    }
    return false;
  }

  private static boolean zero(Integer value) {
    return value != null && value == 0;
  }
}
