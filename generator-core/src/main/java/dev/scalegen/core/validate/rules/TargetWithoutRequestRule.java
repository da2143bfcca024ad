package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.math.BigDecimal;

/**
 * An HPA utilization target is a percentage of the container's request: without
 * {@code resources.requests.<resource>}, or with a request of zero ({@code "0"}, {@code 0m}), the
 * HPA cannot compute it and never scales ({@code SG205}). Checked in the baseline and in every
 * scenario that changes a target or a request, with its resources merged.
 */
public final class TargetWithoutRequestRule implements Rule {

  private static final String[] RESOURCES = {"cpu", "memory"};

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted()) {
        continue;  // the base owns the pod: checked against it, not here (docs/adopting.md)
      }
      if (tier.autoscaling() == null) {
        continue;
      }
      String at = Pointers.tier(tier.name());
      for (String resource : RESOURCES) {
        Integer target = target(tier.autoscaling(), resource);
        if (target != null && unusable(tier.resources(), resource, report, at)) {
          report(resource, target, tier.resources(), at + "/autoscaling/" + resource,
              " in tier `" + tier.name() + "`", report);
        }
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || tier.autoscaling() == null) {
          return;
        }
        String base = Pointers.tier(name);
        String at = Pointers.scenarioTier(scenario.name(), name);
        Resources merged = tier.resources() == null ? override.resources() : tier.resources().merge(override.resources());
        for (String resource : RESOURCES) {
          Integer baseTarget = target(tier.autoscaling(), resource);
          Integer ownTarget = override.autoscaling() == null ? null : target(override.autoscaling(), resource);
          Integer target = ownTarget != null ? ownTarget : baseTarget;
          String ownRequest = at + "/resources/requests/" + resource;
          boolean reportedInBaseline = baseTarget != null && unusable(tier.resources(), resource, report, base);
          if (target == null || !unusable(merged, resource, report, base, at)
              || reportedInBaseline && !report.has(ownRequest)) {
            continue;
          }
          report(resource, target, merged, ownTarget != null ? at + "/autoscaling/" + resource : ownRequest,
              " in tier `" + name + "` of scenario `" + scenario.name() + "`", report);
        }
      });
    }
  }

  /**
   * Whether {@code resources} give no request of {@code resource} to measure against: one of zero,
   * or none written under any of {@code owners} (the tier, and the scenario's override of it). A
   * request written but not bound (of the wrong type) is the schema's to report.
   */
  private static boolean unusable(Resources resources, String resource, Reporter report, String... owners) {
    String text = resources == null ? null : resources.requestsOrEmpty().get(resource);
    if (text != null) {
      BigDecimal value = QuantityParser.parse(text);
      return value != null && value.signum() == 0;
    }
    for (String owner : owners) {
      if (report.has(owner + "/resources/requests/" + resource)) {
        return false;
      }
    }
    return true;
  }

  private static Integer target(Autoscaling a, String resource) {
    return "cpu".equals(resource) ? a.cpu() : a.memory();
  }

  private static void report(String resource, int target, Resources resources, String pointer, String where,
      Reporter report) {
    String request = resources == null ? null : resources.requestsOrEmpty().get(resource);
    String needs = request == null ? "`resources.requests." + resource + "`"
        : "a `resources.requests." + resource + "` above zero, not `" + request + "`,";
    report.value(Code.TARGET_WITHOUT_REQUEST, pointer,
        "`autoscaling." + resource + "` (" + target + "%) needs " + needs + where
            + "; utilization is a percentage of the request, so the HPA would never act",
        (request == null ? "add" : "set") + " `resources.requests." + resource + "` (e.g. `"
            + ("cpu".equals(resource) ? "cpu: 500m" : "memory: 512Mi") + "`), or remove the `" + resource + "` target");
  }
}
