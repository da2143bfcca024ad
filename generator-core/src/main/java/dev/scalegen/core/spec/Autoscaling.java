package dev.scalegen.core.spec;

/**
 * {@code autoscaling}: bounds, utilization targets in percent of the request, and behaviour, for
 * either engine; {@code keda} holds the KEDA engine's own fields and is {@code null} for the HPA
 * engine (the default). In a scenario override any field may be {@code null} (keep the baseline's);
 * an override never changes the engine or its triggers.
 */
public record Autoscaling(Integer min, Integer max, Integer cpu, Integer memory, Behavior behavior, Keda keda) {

  /** HPA-engine autoscaling. */
  public Autoscaling(Integer min, Integer max, Integer cpu, Integer memory, Behavior behavior) {
    this(min, max, cpu, memory, behavior, null);
  }

  /** Whether KEDA drives the tier ({@code engine: keda}) rather than a plain HPA. */
  public boolean usesKeda() {
    return keda != null;
  }

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
        override.behavior != null ? override.behavior : behavior,
        keda);
  }
}
