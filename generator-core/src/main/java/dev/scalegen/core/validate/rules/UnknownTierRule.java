package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * Scenarios ({@code scenarios.<name>.tiers.<tier>}), schedules ({@code schedules.<name>.set.<tier>})
 * and scenarios' overrides of schedules ({@code scenarios.<name>.schedules.<schedule>.set.<tier>})
 * name tiers that exist ({@code SG208}); a misspelt name would otherwise be silently ignored.
 */
public final class UnknownTierRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    // Prepared once: a spec may misspell a thousand references to a thousand tiers.
    DidYouMean tiers = DidYouMean.among(spec.tiers().keySet());
    for (Scenario scenario : spec.scenarios().values()) {
      for (String name : scenario.tiers().keySet()) {
        if (!report.has(Pointers.tier(name))) {
          report.key(Code.UNKNOWN_TIER, Pointers.scenarioTier(scenario.name(), name),
              "scenario `" + scenario.name() + "` overrides tier `" + name + "`, which is not declared under `tiers`",
              hint(name, tiers, spec));
        }
      }
    }
    for (Schedule schedule : spec.schedules().values()) {
      for (String name : schedule.set().keySet()) {
        if (!report.has(Pointers.tier(name))) {
          report.key(Code.UNKNOWN_TIER, Pointers.scheduleTier(schedule.name(), name),
              "schedule `" + schedule.name() + "` sets tier `" + name + "`, which is not declared under `tiers`",
              hint(name, tiers, spec));
        }
      }
    }
    overrides(spec, tiers, report);
  }

  /** The tiers that a scenario's override of a schedule sets ({@code scenarios.<s>.schedules.<schedule>.set}). */
  private static void overrides(ScalingSpec spec, DidYouMean tiers, Reporter report) {
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.schedules().forEach((schedule, override) -> {
        for (String name : override.off() ? java.util.Set.<String>of() : override.set().keySet()) {
          if (!report.has(Pointers.tier(name))) {
            report.key(Code.UNKNOWN_TIER, Pointers.scheduleTier(scenario, schedule, name), "scenario `"
                + scenario.name() + "` sets tier `" + name + "` in schedule `" + schedule
                + "`, which is not declared under `tiers`", hint(name, tiers, spec));
          }
        }
      });
    }
  }

  private static String hint(String name, DidYouMean tiers, ScalingSpec spec) {
    String didYouMean = tiers.hint(name);
    if (!didYouMean.isEmpty()) {
      return didYouMean;
    }
    if (spec.tiers().isEmpty()) {
      return "declare the tier under `tiers` first";
    }
    return "the tiers are " + DidYouMean.names(spec.tiers().keySet());
  }
}
