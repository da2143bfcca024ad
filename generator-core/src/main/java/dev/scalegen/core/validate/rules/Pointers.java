package dev.scalegen.core.validate.rules;

import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.SourceMap;

/** Pointers of the places rules point at. */
final class Pointers {
  private Pointers() {}

  static String tier(String tier) {
    return "/tiers/" + SourceMap.escape(tier);
  }

  static String scenarioTier(String scenario, String tier) {
    return "/scenarios/" + SourceMap.escape(scenario) + "/tiers/" + SourceMap.escape(tier);
  }

  static String scheduleTier(String schedule, String tier) {
    return "/schedules/" + SourceMap.escape(schedule) + "/set/" + SourceMap.escape(tier);
  }

  /**
   * Where a set gets the values that {@code schedule} sets on {@code tier}: its scenario's override of
   * the schedule ({@code /scenarios/<s>/schedules/<schedule>/set/<tier>}), or the schedule's own
   * {@code set} (also for the baseline, {@code scenario} {@code null}).
   */
  static String scheduleTier(Scenario scenario, String schedule, String tier) {
    Scenario.ScheduleOverride override = scenario == null ? null : scenario.schedules().get(schedule);
    return override == null || override.off() ? scheduleTier(schedule, tier)
        : scenarioSchedule(scenario.name(), schedule) + "/set/" + SourceMap.escape(tier);
  }

  static String scenarioSchedule(String scenario, String schedule) {
    return scenario(scenario) + "/schedules/" + SourceMap.escape(schedule);
  }

  static String schedule(String schedule) {
    return "/schedules/" + SourceMap.escape(schedule);
  }

  static String nodePool(String pool) {
    return "/nodePools/" + SourceMap.escape(pool);
  }

  static String scenario(String scenario) {
    return "/scenarios/" + SourceMap.escape(scenario);
  }
}
