package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * {@code rollout} fields that the tier's kind does not have ({@code SG250}, error, at the key), on
 * the tier and in every scenario's override of it: {@code maxSurge} on a stateful tier (a
 * StatefulSet never runs two pods of one ordinal, so it cannot surge) and {@code partition} on a
 * stateless one (a Deployment has no ordinals to partition).
 */
public final class RolloutKindRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      check(report, tier, Pointers.tier(tier.name()) + "/rollout/");
      for (Scenario scenario : spec.scenarios().values()) {
        check(report, tier, Pointers.scenarioTier(scenario.name(), tier.name()) + "/rollout/");
      }
    }
  }

  private static void check(Reporter report, Tier tier, String rollout) {
    if (tier.stateful() && report.has(rollout + "maxSurge")) {
      report.key(Code.FIELD_NOT_FOR_TIER, rollout + "maxSurge", "`rollout.maxSurge` on stateful tier `" + tier.name()
              + "`: a StatefulSet replaces each pod in place and never runs a second pod of one ordinal",
          "remove `maxSurge`; a StatefulSet takes `rollout.maxUnavailable` (Kubernetes 1.35 or later) and "
              + "`rollout.partition`");
    }
    if (!tier.stateful() && report.has(rollout + "partition")) {
      report.key(Code.FIELD_NOT_FOR_TIER, rollout + "partition", "`rollout.partition` on tier `" + tier.name()
              + "`, which is not stateful: a Deployment's pods have no ordinals to partition",
          "remove `partition`; to roll out to a few pods first, use a separate canary tier or a progressive "
              + "delivery tool");
    }
  }
}
