package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * HPA bounds: {@code 1 <= min <= max}, in the baseline and in every scenario once the scenario's
 * overrides are merged onto the baseline ({@code SG201}, {@code SG202}).
 */
public final class AutoscalingBoundsRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.autoscaling() != null) {
        check(tier.autoscaling(), Pointers.tier(tier.name()) + "/autoscaling", "", report);
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || tier.autoscaling() == null || override.autoscaling() == null) {
          return;
        }
        String at = Pointers.scenarioTier(scenario.name(), name) + "/autoscaling";
        check(tier.autoscaling().merge(override.autoscaling()), at,
            " in scenario `" + scenario.name() + "`", report);
      });
    }
  }

  private static void check(Autoscaling a, String at, String where, Reporter report) {
    if (a.min() != null && a.min() < 1) {
      report.value(Code.MIN_BELOW_ONE, pointer(at, "min", report),
          "`autoscaling.min` is " + a.min() + where + "; an HPA needs a minimum of at least 1",
          "use `min: 1`; to stop a tier, give it fixed `replicas: 0` instead of autoscaling");
    }
    if (a.min() != null && a.max() != null && a.min() > a.max()) {
      report.value(Code.MIN_ABOVE_MAX, pointer(at, "min", report),
          "`autoscaling.min` (" + a.min() + ") is above `autoscaling.max` (" + a.max() + ")" + where,
          "raise `max` to at least " + a.min() + " or lower `min` to at most " + a.max());
    }
  }

  /** The overridden field when the scenario sets it, else the scenario's autoscaling block. */
  private static String pointer(String at, String field, Reporter report) {
    return report.has(at + "/" + field) ? at + "/" + field : at;
  }
}
