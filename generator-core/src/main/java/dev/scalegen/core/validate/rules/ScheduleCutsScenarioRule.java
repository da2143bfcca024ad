package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A schedule that lowers a value a scenario sets of its own ({@code SG238}, warning): schedules run
 * in every scenario, so a {@code black-friday} scenario with {@code min: 20} still gets the
 * {@code weekend} window's {@code min: 2} from Friday night to Monday morning. Compared: the HPA's
 * {@code min} and {@code max} of an autoscaled tier, the {@code replicas} of a fixed one, where the
 * scenario overrides that field. Silenced by saying what the scenario wants, under
 * {@code scenarios.<name>.schedules}: the schedule {@code off}, or its own {@code set} (which this
 * rule then takes as meant).
 */
public final class ScheduleCutsScenarioRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Scenario scenario : spec.scenarios().values()) {
      if (scenario.tiers().isEmpty()) {
        continue;
      }
      ScalingSpec effective = ScenarioResolver.effectiveSpec(spec, scenario.name());
      for (Schedule schedule : effective.schedules().values()) {
        if (scenario.schedules().containsKey(schedule.name())) {
          continue;
        }
        schedule.set().forEach((name, values) -> {
          Tier tier = effective.tiers().get(name);
          if (tier != null && values != null && scenario.tiers().containsKey(name)) {
            check(scenario, schedule, tier, values, report);
          }
        });
      }
    }
  }

  private static void check(Scenario scenario, Schedule schedule, Tier tier, Schedule.ScheduledValues v,
      Reporter report) {
    String at = Pointers.scenarioTier(scenario.name(), tier.name());
    if (tier.autoscaled()) {
      int min = tier.autoscaling().min() == null ? 1 : tier.autoscaling().min();
      cut(scenario, schedule, tier, "min", v.min(), min, at + "/autoscaling/min", report);
      cut(scenario, schedule, tier, "max", v.max(), tier.autoscaling().max(), at + "/autoscaling/max", report);
    } else {
      cut(scenario, schedule, tier, "replicas", v.replicas(), tier.replicas(), at + "/replicas", report);
    }
  }

  /** Warns, at the scenario's own value, when the schedule sets {@code field} below it. */
  private static void cut(Scenario scenario, Schedule schedule, Tier tier, String field, Integer scheduled,
      Integer own, String pointer, Reporter report) {
    if (scheduled == null || own == null || scheduled >= own || !report.has(pointer)) {
      return;
    }
    report.value(Code.SCHEDULE_CUTS_SCENARIO, pointer, "schedule `" + schedule.name() + "` lowers `" + field
        + "` of tier `" + tier.name() + "` to " + scheduled + " in scenario `" + scenario.name()
        + "`, below the scenario's own " + own,
        "if the scenario should keep " + own + ", switch the schedule off there (`schedules: { " + schedule.name()
            + ": off }`); if the cut is meant, say so with the schedule's values for this scenario (`schedules: { "
            + schedule.name() + ": { set: {...} } }`)");
  }
}
