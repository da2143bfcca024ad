package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Behavior;
import java.util.List;

/**
 * The named HPA behaviours, as explicit rules (documented in {@code docs/output-layout.md}):
 *
 * <ul>
 *   <li>{@code fast-up}: scale up without stabilization, by the larger of 100% or 10 pods every
 *       15 s ({@code selectPolicy: Max}); scale-down keeps the Kubernetes default.
 *   <li>{@code slow-down}: scale down after a 600 s stabilization window, by at most 10% every
 *       60 s; scale-up keeps the Kubernetes default.
 *   <li>{@code steady}: both.
 * </ul>
 */
final class BehaviorPresets {
  static final Behavior.Rules FAST_UP = new Behavior.Rules(0, "Max",
      List.of(new Behavior.Policy("Percent", 100, 15), new Behavior.Policy("Pods", 10, 15)));
  static final Behavior.Rules SLOW_DOWN = new Behavior.Rules(600, "Max",
      List.of(new Behavior.Policy("Percent", 10, 60)));

  private BehaviorPresets() {}

  /** The behaviour with a preset name replaced by its rules; explicit rules are returned as given. */
  static Behavior resolve(Behavior behavior) {
    if (behavior == null || behavior.preset() == null) {
      return behavior;
    }
    return switch (behavior.preset()) {
      case "fast-up" -> new Behavior(null, FAST_UP, null);
      case "slow-down" -> new Behavior(null, null, SLOW_DOWN);
      case "steady" -> new Behavior(null, FAST_UP, SLOW_DOWN);
      default -> throw new IllegalArgumentException("unknown behavior preset: " + behavior.preset());
    };
  }
}
