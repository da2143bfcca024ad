package dev.scalegen.core.simulate;

import java.time.Duration;

/**
 * The load of a simulation: a built-in {@link LoadShape} or a recorded {@link LoadTrace}, exactly
 * one of them; {@link #name()} is the text it was given as ({@code spike10x}, {@code trace.csv}).
 */
public record SimulatedLoad(String name, LoadShape shape, LoadTrace trace) {

  public SimulatedLoad {
    if ((shape == null) == (trace == null)) {
      throw new IllegalArgumentException("a load is a shape or a trace");
    }
  }

  public static SimulatedLoad of(LoadShape shape) {
    return new SimulatedLoad(shape.text(), shape, null);
  }

  public static SimulatedLoad of(LoadTrace trace) {
    return new SimulatedLoad(trace.name(), null, trace);
  }

  /** How long to simulate when nothing says. */
  public Duration defaultLength() {
    return shape != null ? shape.defaultLength() : trace.length();
  }

  /**
   * When the load first changes: a step's or a ramp's time, else the start. A promise's
   * {@code within} counts from here ("50 pods within 5 minutes of the spike").
   */
  public Duration change() {
    return shape != null && shape.at() != null ? shape.at() : Duration.ZERO;
  }
}
