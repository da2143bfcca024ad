package dev.scalegen.core.validate.rules;

import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How few and how many pods a tier runs in one set, for the rollout and spread rules: its HPA
 * bounds or fixed count and the values its schedules set in that set, with where each came from.
 *
 * @param lowest the fewest pods above 0 (0 when the tier never runs a pod)
 * @param lowestFrom where {@code lowest} comes from, e.g. {@code schedule `night`'s `min`}
 * @param highest the most pods
 * @param highestFrom where {@code highest} comes from
 */
record TierCounts(int lowest, String lowestFrom, int highest, String highestFrom) {

  /**
   * One set: the baseline ({@code scenario} {@code null}) or a scenario, as it renders, and its
   * schedules by the tiers they set (built once per set, so that counting every tier stays linear
   * in the spec: a 1,000-tier spec has a schedule per tier).
   */
  record Set(Scenario scenario, ScalingSpec effective, Map<String, List<Schedule>> schedulesByTier) {

    Set(Scenario scenario, ScalingSpec effective) {
      this(scenario, effective, byTier(effective));
    }

    private static Map<String, List<Schedule>> byTier(ScalingSpec effective) {
      Map<String, List<Schedule>> byTier = new HashMap<>();
      for (Schedule schedule : effective.schedules().values()) {
        for (String tier : schedule.set().keySet()) {
          byTier.computeIfAbsent(tier, t -> new ArrayList<>()).add(schedule);
        }
      }
      return byTier;
    }

    /** The counts of {@code tier} (as this set renders it) under the set's schedules. */
    TierCounts counts(Tier tier) {
      return of(tier, schedulesByTier.getOrDefault(tier.name(), List.of()));
    }

    /** {@code ""} for the baseline, {@code " in scenario `x`"} otherwise. */
    String suffix() {
      return scenario == null ? "" : " in scenario `" + scenario.name() + "`";
    }

    /**
     * Where this set gets {@code rollout.<field>} of {@code tier}: the scenario's override when it
     * sets the field, else the tier's; {@code null} when neither does (the default applies).
     */
    String rolloutPointer(Reporter report, String tier, String field) {
      if (scenario != null) {
        String over = Pointers.scenarioTier(scenario.name(), tier) + "/rollout/" + field;
        if (report.has(over)) {
          return over;
        }
      }
      String base = Pointers.tier(tier) + "/rollout/" + field;
      return report.has(base) ? base : null;
    }
  }

  /** The baseline, then each scenario in the order of the spec. */
  static List<Set> sets(ScalingSpec spec) {
    List<Set> sets = new ArrayList<>();
    sets.add(new Set(null, spec));
    for (Scenario scenario : spec.scenarios().values()) {
      sets.add(new Set(scenario, ScenarioResolver.effectiveSpec(spec, scenario.name())));
    }
    return sets;
  }

  /** The counts of {@code tier} (as the set renders it) under the set's {@code schedules}. */
  static TierCounts of(Tier tier, Iterable<Schedule> schedules) {
    TierCounts c = new TierCounts(0, null, 0, null);
    if (tier.autoscaled()) {
      c = c.with(tier.autoscaling().min(), "`autoscaling.min`").with(tier.autoscaling().max(), "`autoscaling.max`");
    } else {
      c = c.with(tier.replicas(), "`replicas`");
    }
    for (Schedule schedule : schedules) {
      Schedule.ScheduledValues v = schedule.set().get(tier.name());
      if (v != null) {
        String from = "schedule `" + schedule.name() + "`'s ";
        c = tier.autoscaled() ? c.with(v.min(), from + "`min`").with(v.max(), from + "`max`")
            : c.with(v.replicas(), from + "`replicas`");
      }
    }
    return c;
  }

  private TierCounts with(Integer count, String from) {
    if (count == null || count <= 0) {
      return this;
    }
    boolean lower = lowest == 0 || count < lowest;
    boolean higher = count > highest;
    return new TierCounts(lower ? count : lowest, lower ? from : lowestFrom, higher ? count : highest,
        higher ? from : highestFrom);
  }

  /** Whether scalegen emits a PodDisruptionBudget ({@code maxUnavailable: 1}) for the tier in this set. */
  boolean hasBudget() {
    return highest > 1;
  }
}
