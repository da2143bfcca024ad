package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.HashSet;
import java.util.Set;

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
    Set<String> zeroElsewhere = null;
    for (Tier tier : spec.tiers().values()) {
      Autoscaling a = tier.autoscaling();
      if (a == null || !a.usesKeda() || a.keda().cooldownPeriod() == null || a.min() == null) {
        continue;  // no minimum: the schema has reported it
      }
      zeroElsewhere = zeroElsewhere == null ? zeroElsewhere(spec) : zeroElsewhere;
      if (zero(a.min()) || zeroElsewhere.contains(tier.name())) {
        continue;
      }
      report.value(Code.COOLDOWN_WITHOUT_ZERO, Pointers.tier(tier.name()) + "/autoscaling/cooldownPeriod",
          "`autoscaling.cooldownPeriod` of tier `" + tier.name() + "` has no effect: KEDA waits it out only before"
              + " going from 1 pod to 0, and the tier's minimum is never 0",
          "remove it, and slow scale-down with `behavior` (e.g. `behavior: slow-down`) instead; or use `min: 0`");
    }
  }

  /**
   * The tiers that a scenario or a schedule sets to {@code min: 0}, in one pass over them (issue 19:
   * looking through every scenario and schedule for each KEDA tier was quadratic).
   */
  private static Set<String> zeroElsewhere(ScalingSpec spec) {
    Set<String> zero = new HashSet<>();
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((tier, o) -> {
        if (o != null && o.autoscaling() != null && zero(o.autoscaling().min())) {
          zero.add(tier);
        }
      });
    }
    for (Schedule schedule : spec.schedules().values()) {
      schedule.set().forEach((tier, v) -> {
        if (v != null && zero(v.min())) {
          zero.add(tier);
        }
      });
    }
    return zero;
  }

  private static boolean zero(Integer value) {
    return value != null && value == 0;
  }
}
