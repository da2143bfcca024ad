package dev.scalegen.core.spec;

/**
 * {@code autoscaling}: HPA bounds, utilization targets in percent of the request, and behaviour.
 * In a scenario override any field may be {@code null} (keep the baseline's).
 */
public record Autoscaling(Integer min, Integer max, Integer cpu, Integer memory, Behavior behavior) {

  /** This autoscaling with the fields set in {@code override} replaced. */
  public Autoscaling merge(Autoscaling override) {
    if (override == null) {
      return this;
    }
    return new Autoscaling(
        override.min != null ? override.min : min,
        override.max != null ? override.max : max,
        override.cpu != null ? override.cpu : cpu,
        override.memory != null ? override.memory : memory,
        override.behavior != null ? override.behavior : behavior);
  }
}
