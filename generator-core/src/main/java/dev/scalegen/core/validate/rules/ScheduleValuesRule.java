package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * What a schedule sets, checked in every set it is rendered in: the baseline and each scenario
 * (with the scenario's own changes to the schedules, {@link ScenarioResolver#schedules}),
 * whose exit job restores that set's values.
 *
 * <ul>
 *   <li>{@code SG225} (error): on an autoscaled tier the window's HPA bounds must hold,
 *       {@code 1 <= min <= max}, where a bound the schedule leaves alone is the set's;
 *       {@code min: 0} would need the alpha {@code HPAScaleToZero} feature.
 *   <li>{@code SG226} (warning): a schedule that sets every field to the value the set already has
 *       changes nothing there: its jobs run and patch to no effect, which is harmless but is
 *       almost always a misread baseline (the DocVault guide's "scale down at night to 5" on a
 *       tier whose minimum is 5). A warning, not an error, because a scenario may legitimately
 *       already sit at the night values.
 * </ul>
 *
 * Fields that do not apply to the tier's kind are left to {@link FieldNotOnTierRule}.
 */
public final class ScheduleValuesRule implements Rule {

  private static final String BASELINE = "in the baseline";

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    if (spec.schedules().isEmpty()) {
      return;
    }
    List<String> sets = new ArrayList<>(List.of(dev.scalegen.core.Options.BASELINE));
    sets.addAll(spec.scenarios().keySet());
    for (String set : sets) {
      ScenarioResolver.EffectiveSet effective = ScenarioResolver.resolve(spec, set);
      String where = effective.scenario() == null ? BASELINE : "in scenario `" + set + "`";
      Scenario scenario = effective.scenario();
      for (Schedule schedule : ScenarioResolver.schedules(spec, scenario).values()) {
        // Values of the scenario's own override of the schedule are checked there, in full.
        boolean own = scenario == null || scenario.schedules().containsKey(schedule.name());
        schedule.set().forEach((name, values) -> {
          ScenarioResolver.EffectiveTier tier = effective.tiers().get(name);
          if (tier != null && values != null) {
            check(spec, schedule, Pointers.scheduleTier(scenario, schedule.name(), name), tier, values, where, own,
                report);
          }
        });
      }
    }
  }

  private static void check(ScalingSpec spec, Schedule schedule, String at, ScenarioResolver.EffectiveTier effective,
      Schedule.ScheduledValues v, String where, boolean own, Reporter report) {
    Tier tier = effective.tier();
    Bounds from = new Bounds(spec, effective);
    if (tier.autoscaled()) {
      checkHpa(schedule, at, tier, v, where, own, from, report);
    } else if (v.replicas() != null) {
      int replicas = tier.replicas() == null ? 1 : tier.replicas();
      if (v.replicas() == replicas) {
        nothing(schedule, tier, at + "/replicas", "`replicas: " + replicas + "`" + from.of("replicas"), where,
            report);
      }
    }
  }

  /**
   * Where a set's value that a schedule's value is compared with comes from, when a scenario sets
   * it: the diagnostic stays at the schedule's value (the one to change, as a compiler points at the
   * use), and its message names the scenario's line, so that the other place to look is not a guess.
   */
  private record Bounds(ScalingSpec spec, ScenarioResolver.EffectiveTier tier) {
    /** {@code " (set by the scenario at line N)"} for a value the scenario sets, else empty. */
    String of(String field) {
      ScenarioResolver.Origin origin = tier.origins().get(field);
      if (origin == null || origin.source() != ScenarioResolver.Source.SCENARIO) {
        return "";
      }
      var node = spec.source().node(origin.pointer());
      return node == null ? " (set by the scenario)" : " (set by the scenario at line " + node.line() + ")";
    }

    boolean byScenario(String field) {
      return !of(field).isEmpty();
    }
  }

  /**
   * HPA bounds during the window: a bound the schedule leaves alone is the set's. A problem that
   * does not depend on the set ({@code min: 0}, or {@code min} above {@code max} both scheduled) is
   * reported once, where the values are written: with the baseline, or with the scenario that
   * overrides the schedule ({@code own}).
   */
  private static void checkHpa(Schedule schedule, String at, Tier tier, Schedule.ScheduledValues v, String where,
      boolean own, Bounds from, Reporter report) {
    String who = "schedule `" + schedule.name() + "` sets ";
    int min = tier.autoscaling().min() == null ? 1 : tier.autoscaling().min();
    Integer max = tier.autoscaling().max();
    Integer upper = v.max() != null ? v.max() : max;
    if (v.min() != null && v.min() < 1) {
      if (own) {
        report.value(Code.SCHEDULE_OUT_OF_BOUNDS, at + "/min", who + "`min` of tier `" + tier.name() + "` to "
            + v.min() + "; an HPA minimum is at least 1",
            "use `min: 1`; to stop the tier at night, give it fixed `replicas` and schedule `replicas: 0`");
      }
    } else if (v.min() != null && upper != null && v.min() > upper && (v.max() == null || own)) {
      report.value(Code.SCHEDULE_OUT_OF_BOUNDS, at + "/min", who + "`min` of tier `" + tier.name() + "` to "
          + v.min() + ", above the maximum of " + upper
          + (v.max() == null ? " " + where + from.of("autoscaling.max") : " it also sets"),
          "lower `min` to at most " + upper + (v.max() == null ? ", or also set `max` in the schedule" : "")
              + (v.max() == null && from.byScenario("autoscaling.max") ? ", or raise the scenario's `max`" : ""));
    }
    if (v.max() != null && v.min() == null && v.max() < min) {
      report.value(Code.SCHEDULE_OUT_OF_BOUNDS, at + "/max", who + "`max` of tier `" + tier.name() + "` to "
          + v.max() + ", below the minimum of " + min + " " + where + from.of("autoscaling.min"),
          "raise `max` to at least " + min + ", or also set `min` in the schedule"
              + (from.byScenario("autoscaling.min") ? ", or lower the scenario's `min`" : ""));
    }
    boolean same = (v.min() == null || v.min() == min) && (v.max() == null || v.max().equals(max))
        && (v.min() != null || v.max() != null);
    if (same) {
      String minText = "`min: " + min + "`" + from.of("autoscaling.min");
      String maxText = "`max: " + max + "`" + from.of("autoscaling.max");
      String what = v.min() == null ? maxText : v.max() == null ? minText : minText + " and " + maxText;
      nothing(schedule, tier, at + (v.min() != null ? "/min" : "/max"), what, where, report);
    }
  }

  private static void nothing(Schedule schedule, Tier tier, String pointer, String what, String where, Reporter report) {
    report.value(Code.SCHEDULE_CHANGES_NOTHING, pointer, "schedule `" + schedule.name() + "` changes nothing on tier `"
        + tier.name() + "` " + where + ", which already has " + what,
        "set a value that differs from the set's, or remove tier `" + tier.name() + "` from the schedule");
  }
}
