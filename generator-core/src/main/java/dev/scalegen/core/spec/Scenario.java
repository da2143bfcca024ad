package dev.scalegen.core.spec;

import java.util.Map;

/** A named variant of the baseline: overrides by tier name. */
public record Scenario(String name, String description, Map<String, TierOverride> tiers) {
  public Scenario {
    tiers = Maps.copy(tiers);
  }

  /** What a scenario changes on one tier; {@code null} fields keep the baseline. */
  public record TierOverride(Integer replicas, Autoscaling autoscaling, Resources resources, Integer workers) {}
}
