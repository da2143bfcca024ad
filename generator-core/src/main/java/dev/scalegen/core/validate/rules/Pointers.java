package dev.scalegen.core.validate.rules;

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
