package dev.scalegen.report.chart;

import java.util.Objects;

/** A labelled horizontal line across the plot at {@code y} (a quota, a target, a node's capacity). */
public record ReferenceLine(String label, double y) {

  public ReferenceLine {
    Objects.requireNonNull(label, "label");
    if (!Double.isFinite(y)) {
      throw new IllegalArgumentException("the reference line `" + label + "` needs a finite value");
    }
  }
}
