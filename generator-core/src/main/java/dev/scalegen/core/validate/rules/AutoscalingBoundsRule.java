package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * Autoscaling bounds: {@code 1 <= min <= max}, in the baseline and in every scenario once the
 * scenario's overrides are merged onto the baseline ({@code SG201}, {@code SG202}); {@code min: 0}
 * only with {@code engine: keda} and a queue trigger, which wakes the tier ({@code SG280}; KEDA's
 * webhook refuses a ScaledObject at zero with only cpu/memory triggers). A scenario's problem is
 * reported at the scenario's own value that causes it (its {@code min}, else its {@code max}); a
 * scenario that sets neither bound inherits the baseline's, whose problem the baseline reports.
 */
public final class AutoscalingBoundsRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.autoscaling() != null) {
        check(tier.autoscaling(), Pointers.tier(tier.name()) + "/autoscaling", "min", "", report);
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || tier.autoscaling() == null || override.autoscaling() == null) {
          return;
        }
        String at = Pointers.scenarioTier(scenario.name(), name) + "/autoscaling";
        Autoscaling own = override.autoscaling();
        if (own.min() != null || own.max() != null) {
          check(tier.autoscaling().merge(own), at, own.min() != null ? "min" : "max",
              " in scenario `" + scenario.name() + "`", report);
        }
      });
    }
  }

  /** Checks {@code a}; an SG201 is reported at {@code cause} below {@code at}, an SG202 at its {@code min}. */
  private static void check(Autoscaling a, String at, String cause, String where, Reporter report) {
    if (a.min() != null && a.min() < 1 && !a.usesKeda() && report.has(at + "/min")) {
      report.value(Code.MIN_BELOW_ONE, at + "/min",
          "`autoscaling.min` is " + a.min() + where + "; an HPA needs a minimum of at least 1",
          "use `min: 1`; to scale a queue worker to zero, use `engine: keda` with a queue trigger;"
              + " to stop a tier, give it fixed `replicas: 0` instead of autoscaling");
    }
    if (a.min() != null && a.min() == 0 && a.usesKeda() && !a.keda().hasQueueTrigger() && report.has(at + "/min")) {
      report.value(Code.SCALE_TO_ZERO_WITHOUT_QUEUE, at + "/min",
          "`autoscaling.min` is 0" + where + " but the tier has only cpu/memory triggers, which cannot wake a"
              + " tier at zero pods (KEDA refuses the ScaledObject)",
          "add a queue trigger under `autoscaling.triggers` (redis-list, rabbitmq, aws-sqs), or use `min: 1`");
    }
    if (a.min() != null && a.max() != null && a.min() > a.max()) {
      report.value(Code.MIN_ABOVE_MAX, at + "/" + cause,
          "`autoscaling.min` (" + a.min() + ") is above `autoscaling.max` (" + a.max() + ")" + where,
          "raise `max` to at least " + a.min() + " or lower `min` to at most " + a.max());
    }
  }
}
