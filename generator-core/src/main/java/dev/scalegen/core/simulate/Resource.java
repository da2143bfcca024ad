package dev.scalegen.core.simulate;

/** The resources an HPA utilization target can name, in the units a {@link Demand} uses. */
public enum Resource {
  /** CPU, in cores. */
  CPU,
  /** Memory, in bytes. */
  MEMORY
}
