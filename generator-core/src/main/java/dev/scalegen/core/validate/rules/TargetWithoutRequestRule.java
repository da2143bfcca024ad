package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * An HPA utilization target is a percentage of the container's request: without
 * {@code resources.requests.<resource>} the HPA cannot compute it and never scales ({@code SG205}).
 * Checked in the baseline and in every scenario that adds a target, with its resources merged.
 */
public final class TargetWithoutRequestRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.autoscaling() == null) {
        continue;
      }
      String at = Pointers.tier(tier.name());
      for (String resource : new String[] {"cpu", "memory"}) {
        Integer target = target(tier.autoscaling(), resource);
        if (target != null && !report.has(at + "/resources/requests/" + resource)) {
          report(resource, target, at + "/autoscaling/" + resource, " in tier `" + tier.name() + "`", report);
        }
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || tier.autoscaling() == null || override.autoscaling() == null) {
          return;
        }
        String base = Pointers.tier(name);
        String at = Pointers.scenarioTier(scenario.name(), name);
        for (String resource : new String[] {"cpu", "memory"}) {
          Integer target = target(override.autoscaling(), resource);
          boolean reportedInBaseline = target(tier.autoscaling(), resource) != null;
          boolean hasRequest = report.has(base + "/resources/requests/" + resource)
              || report.has(at + "/resources/requests/" + resource);
          if (target != null && !reportedInBaseline && !hasRequest) {
            report(resource, target, at + "/autoscaling/" + resource,
                " in tier `" + name + "` of scenario `" + scenario.name() + "`", report);
          }
        }
      });
    }
  }

  private static Integer target(Autoscaling a, String resource) {
    return "cpu".equals(resource) ? a.cpu() : a.memory();
  }

  private static void report(String resource, int target, String pointer, String where, Reporter report) {
    report.value(Code.TARGET_WITHOUT_REQUEST, pointer,
        "`autoscaling." + resource + "` (" + target + "%) needs `resources.requests." + resource + "`" + where
            + "; utilization is a percentage of the request, so the HPA would never act",
        "add `resources.requests." + resource + "` (e.g. `" + ("cpu".equals(resource) ? "cpu: 500m" : "memory: 512Mi")
            + "`), or remove the `" + resource + "` target");
  }
}
