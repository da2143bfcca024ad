package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * Scenarios and schedules change only what the tier has ({@code SG209}): HPA bounds on autoscaled
 * tiers, {@code replicas} on fixed and stateful ones, {@code workers} on tiers with workers. A
 * scenario that gives a stateful tier autoscaling is reported by {@link StatefulTierRule} instead.
 * Tiers that declare neither {@code replicas} nor {@code autoscaling} are skipped: their shape is
 * unknown and {@code SG204} has reported them.
 */
public final class FieldNotOnTierRule implements Rule {

  /** How a tier is scaled, as declared in the baseline. */
  private enum Shape { AUTOSCALED, FIXED, STATEFUL, UNKNOWN }

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Scenario scenario : spec.scenarios().values()) {
      for (String name : scenario.tiers().keySet()) {
        Tier tier = spec.tiers().get(name);
        if (tier != null) {
          checkScenario(scenario, tier, report);
        }
      }
    }
    for (Schedule schedule : spec.schedules().values()) {
      for (String name : schedule.set().keySet()) {
        Tier tier = spec.tiers().get(name);
        if (tier != null) {
          checkSchedule(Pointers.scheduleTier(schedule.name(), tier.name()), "schedule `" + schedule.name() + "` sets ",
              tier, report);
        }
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.schedules().forEach((schedule, override) -> {
        if (!override.off()) {
          for (String name : override.set().keySet()) {
            Tier tier = spec.tiers().get(name);
            if (tier != null) {
              checkSchedule(Pointers.scheduleTier(scenario, schedule, name),
                  "scenario `" + scenario.name() + "` sets in schedule `" + schedule + "` ", tier, report);
            }
          }
        }
      });
    }
  }

  private static void checkScenario(Scenario scenario, Tier tier, Reporter report) {
    String at = Pointers.scenarioTier(scenario.name(), tier.name());
    String who = "scenario `" + scenario.name() + "` sets ";
    Shape shape = shape(tier, report);
    if (shape == Shape.AUTOSCALED && report.has(at + "/replicas")) {
      report.key(Code.FIELD_NOT_ON_TIER, at + "/replicas",
          who + "`replicas` on tier `" + tier.name() + "`, which autoscales",
          "tier `" + tier.name() + "` autoscales: set `autoscaling: {min: N, max: M}` instead of `replicas`");
    }
    if (shape == Shape.FIXED && report.has(at + "/autoscaling")) {
      report.key(Code.FIELD_NOT_ON_TIER, at + "/autoscaling",
          who + "`autoscaling` on tier `" + tier.name() + "`, which has a fixed `replicas` count",
          "tier `" + tier.name() + "` has fixed replicas: set `replicas` instead, or give the tier `autoscaling` in the baseline");
    }
    if (report.has(at + "/workers") && !report.has(Pointers.tier(tier.name()) + "/workers")) {
      report.key(Code.FIELD_NOT_ON_TIER, at + "/workers",
          who + "`workers` on tier `" + tier.name() + "`, which declares no `workers`",
          "declare `workers: {count: N, arg: --workers}` on tier `" + tier.name() + "`, or remove this override");
    }
  }

  /** The values set at {@code at}, by a schedule or a scenario's override of one ({@code who}). */
  private static void checkSchedule(String at, String who, Tier tier, Reporter report) {
    Shape shape = shape(tier, report);
    if (shape == Shape.AUTOSCALED && report.has(at + "/replicas")) {
      report.key(Code.FIELD_NOT_ON_TIER, at + "/replicas",
          who + "`replicas` on tier `" + tier.name() + "`, which autoscales; the HPA would undo it",
          "tier `" + tier.name() + "` autoscales: set `min`/`max` instead of `replicas`");
    }
    boolean min = report.has(at + "/min");
    boolean max = report.has(at + "/max");
    if ((shape == Shape.FIXED || shape == Shape.STATEFUL) && (min || max)) {
      String fields = min && max ? "`min` and `max`" : min ? "`min`" : "`max`";
      String pointer = at + (min ? "/min" : "/max");
      if (shape == Shape.FIXED) {
        report.key(Code.FIELD_NOT_ON_TIER, pointer,
            who + fields + " on tier `" + tier.name() + "`, which has a fixed `replicas` count and no HPA",
            "tier `" + tier.name() + "` has fixed replicas: set `replicas` instead of `min`/`max`");
      } else {
        report.key(Code.FIELD_NOT_ON_TIER, pointer,
            who + fields + " on stateful tier `" + tier.name() + "`, which is never autoscaled",
            "stateful tier `" + tier.name() + "` keeps a fixed count: set `replicas` instead of `min`/`max`");
      }
    }
  }

  private static Shape shape(Tier tier, Reporter report) {
    String at = Pointers.tier(tier.name());
    if (tier.stateful()) {
      return Shape.STATEFUL;
    }
    if (report.has(at + "/autoscaling")) {
      return Shape.AUTOSCALED;
    }
    return report.has(at + "/replicas") ? Shape.FIXED : Shape.UNKNOWN;
  }
}
