package dev.scalegen.core.spec;

import java.util.List;

/**
 * HPA behaviour: either a named {@code preset} ({@code fast-up}, {@code slow-down}, {@code steady}),
 * or explicit rules for each direction ({@code null} when not given).
 */
public record Behavior(String preset, Rules scaleUp, Rules scaleDown) {

  /** Rules for one direction; {@code null} fields keep the Kubernetes default. */
  public record Rules(Integer stabilizationWindowSeconds, String selectPolicy, List<Policy> policies) {
    public Rules {
      policies = Maps.copy(policies);
    }
  }

  /** A rate limit: {@code type} is {@code Pods} or {@code Percent}. */
  public record Policy(String type, int value, int periodSeconds) {}
}
