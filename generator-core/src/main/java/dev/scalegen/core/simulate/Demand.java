package dev.scalegen.core.simulate;

import java.time.Duration;

/**
 * The load a simulation feeds to its tiers: for a tier and a resource, what the pods use at a time.
 * Implementations must be pure functions of their arguments (the simulation may ask for the same
 * time more than once) and safe to call from several threads.
 */
@FunctionalInterface
public interface Demand {

  /**
   * The demand on {@code tier} for {@code resource} at {@code t} (time since the simulation's start).
   * Never null; a tier without load for the resource returns {@code Sample.usage(0)}.
   */
  Sample at(Duration t, String tier, Resource resource);

  /**
   * One reading of the demand.
   *
   * @param kind whether {@code value} is the whole tier's usage or the ready pods' utilization
   * @param value cores or bytes for {@link Kind#TOTAL_USAGE}; percent of the request for {@link
   *     Kind#UTILIZATION_PERCENT}
   */
  record Sample(Kind kind, double value) {
    public Sample {
      if (kind == null) {
        throw new IllegalArgumentException("kind is required");
      }
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("a demand must be a finite number >= 0: " + value);
      }
    }

    /** The whole tier uses {@code value} cores (CPU) or bytes (memory), spread over its ready pods. */
    public static Sample usage(double value) {
      return new Sample(Kind.TOTAL_USAGE, value);
    }

    /** The ready pods use {@code percent} of their request on average (a recorded HPA trace). */
    public static Sample utilization(double percent) {
      return new Sample(Kind.UTILIZATION_PERCENT, percent);
    }

    /** What a sample's value measures. */
    public enum Kind {
      /** Usage of the whole tier, in cores or bytes; utilization = usage / (ready pods x request). */
      TOTAL_USAGE,
      /** Average utilization of the ready pods, in percent of their request. */
      UTILIZATION_PERCENT
    }
  }
}
