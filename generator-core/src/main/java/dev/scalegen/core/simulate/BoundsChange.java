package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * A schedule's patch of a tier's HPA: from {@code at} on, its {@code minReplicas} and/or {@code
 * maxReplicas} are the given values (an empty one keeps what the HPA had).
 */
public record BoundsChange(Duration at, String tier, OptionalInt min, OptionalInt max) {
  public BoundsChange {
    if (at == null || at.isNegative()) {
      throw new IllegalArgumentException("a bounds change needs a time >= 0: " + at);
    }
    if (tier == null) {
      throw new IllegalArgumentException("a bounds change needs a tier");
    }
    min = min == null ? OptionalInt.empty() : min;
    max = max == null ? OptionalInt.empty() : max;
    if (min.isPresent() && min.getAsInt() < 1 || max.isPresent() && max.getAsInt() < 1) {
      throw new IllegalArgumentException("bounds must be at least 1: " + min + ", " + max);
    }
  }
}
