package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A tier that runs only on spot nodes ({@code mode: required} on a pool of a spot preset) and may be
 * down to one pod, or keeps state, goes down with every spot reclaim and stays down until the pool
 * has a node again: nothing else can serve meanwhile ({@code SG234}, a warning, in the baseline and
 * in scenarios). Pools of the {@code custom} preset are not judged: their nodes need not be spot.
 */
public final class SpotOnlyRule implements Rule {

  private static final String HINT =
      "run at least 2 replicas (`min: 2`), or use `mode: preferred` so that the pod can run on other nodes";

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (!spotOnly(spec, tier)) {
        continue;
      }
      String pool = tier.placement().pool();
      String at = Pointers.tier(tier.name()) + "/placement/mode";
      if (tier.stateful()) {
        report.value(Code.SPOT_ONLY_SINGLE_POD, at,
            "stateful tier `" + tier.name() + "` runs only on spot nodes (`mode: required` on pool `" + pool
                + "`): a spot reclaim stops the store, and it stays down until the pool has a node again",
            "use `mode: preferred`, or no placement, so that the store can run on other nodes");
      } else if (onePod(tier.replicas(), tier.autoscaling())) {
        report.value(Code.SPOT_ONLY_SINGLE_POD, at, message(tier.name(), pool, ""), HINT);
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || tier.stateful() || !spotOnly(spec, tier) || onePod(tier.replicas(), tier.autoscaling())) {
          return; // the baseline's own warning says it
        }
        // (The baseline is not down to one pod, so only a value the scenario sets can be.)
        if (onePod(override.replicas(), override.autoscaling())) {
          String field = override.replicas() != null ? "/replicas" : "/autoscaling/min";
          report.value(Code.SPOT_ONLY_SINGLE_POD, Pointers.scenarioTier(scenario.name(), name) + field,
              message(name, tier.placement().pool(), " in scenario `" + scenario.name() + "`"), HINT);
        }
      });
    }
  }

  private static String message(String tier, String pool, String where) {
    return "tier `" + tier + "` may run a single pod" + where + ", and only on spot nodes (`mode: required` on pool `"
        + pool + "`): each spot reclaim stops the tier until the pool has a node again";
  }

  private static boolean spotOnly(ScalingSpec spec, Tier tier) {
    if (tier.placement() == null || !"required".equals(tier.placement().mode())) {
      return false;
    }
    NodePool pool = spec.nodePools().get(tier.placement().pool());
    return pool != null && pool.preset() != null && !pool.preset().equals("custom");
  }

  private static boolean onePod(Integer replicas, Autoscaling autoscaling) {
    return (replicas != null && replicas == 1)
        || (autoscaling != null && autoscaling.min() != null && autoscaling.min() == 1);
  }
}
