package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A memory target on a tier of pre-forked workers (uvicorn, gunicorn, Celery) rarely lets the HPA
 * scale down: each pod's workers keep their memory when pods are added, so per-pod memory does not
 * fall and the HPA can sit at {@code max} ({@code SG218}, a warning). Checked in the baseline and in
 * scenarios that add a memory target.
 */
public final class MemoryTargetOnWorkersRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.workers() != null && tier.autoscaling() != null && tier.autoscaling().memory() != null) {
        report(tier, tier.autoscaling().memory(), Pointers.tier(tier.name()) + "/autoscaling/memory", "", report);
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || tier.workers() == null || tier.autoscaling() == null
            || tier.autoscaling().memory() != null || override.autoscaling() == null
            || override.autoscaling().memory() == null) {
          return;
        }
        report(tier, override.autoscaling().memory(),
            Pointers.scenarioTier(scenario.name(), name) + "/autoscaling/memory",
            " in scenario `" + scenario.name() + "`", report);
      });
    }
  }

  private static void report(Tier tier, int memory, String pointer, String where, Reporter report) {
    String workers = tier.workers().count() == null ? "pre-forked workers"
        : tier.workers().count() + " pre-forked workers";
    report.value(Code.MEMORY_TARGET_ON_WORKERS, pointer,
        "`autoscaling.memory` (" + memory + "%) on tier `" + tier.name() + "`" + where + " with " + workers
            + " per pod: workers keep their memory when pods are added, so the HPA can sit at `max`",
        "drop the `memory` target and scale on `cpu`, or raise it above the workers' idle memory footprint");
  }
}
