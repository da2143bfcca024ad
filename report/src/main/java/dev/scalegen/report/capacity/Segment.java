package dev.scalegen.report.capacity;

import java.util.Map;

/**
 * A stretch of the week during which no schedule starts or ends: from minute {@code from} to
 * minute {@code to} of the week (Monday 00:00 on the chart zone's wall clock is minute 0), the
 * schedules in effect, and each tier's bounds then.
 */
public record Segment(int from, int to, java.util.List<String> schedules, Map<String, Bounds> tiers) {

  public Segment {
    schedules = java.util.List.copyOf(schedules);
    tiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tiers));
  }

  /** Its length in hours (of the wall clock). */
  public double hours() {
    return (to - from) / 60.0;
  }
}
