package dev.scalegen.report.chart;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An axis: what it measures and in which unit, shown as {@code title (unit)} so that no axis is
 * without its unit. Ticks are placed by XChart at round values of the range: numbers, or, on a
 * clock axis, whole hours or days written with a date pattern.
 *
 * @param title what the axis measures ("time", "pods")
 * @param unit its unit ("s", "pods", "requests/s", "local time, UTC+01:00"); required
 * @param origin for a clock axis, the date and time that x = 0 stands for (x counts hours from
 *     it, on the wall clock); null for a number axis
 * @param pattern for a clock axis, how a tick is written ({@link java.time.format.DateTimeFormatter}
 *     pattern, English names, e.g. {@code "EEE d MMM"}); null for a number axis
 * @param from the lowest value shown, or NaN for the data's lowest
 * @param to the highest value shown, or NaN for the data's highest
 */
public record Axis(String title, String unit, LocalDateTime origin, String pattern, double from, double to) {

  public Axis {
    Objects.requireNonNull(title, "title");
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("the axis `" + title + "` needs a unit");
    }
    if ((origin == null) != (pattern == null)) {
      throw new IllegalArgumentException("the clock axis `" + title + "` needs both an origin and a pattern");
    }
  }

  /** A number axis labelled {@code title (unit)} over the data's range. */
  public static Axis of(String title, String unit) {
    return new Axis(title, unit, null, null, Double.NaN, Double.NaN);
  }

  /**
   * A clock axis: x counts hours from {@code origin} (wall-clock time, as a week in one time zone
   * is drawn), ticks are written with {@code pattern}.
   */
  public static Axis clock(String title, String unit, LocalDateTime origin, String pattern) {
    return new Axis(title, unit, Objects.requireNonNull(origin, "origin"), Objects.requireNonNull(pattern, "pattern"),
        Double.NaN, Double.NaN);
  }

  /** This axis showing {@code from} to {@code to} whatever the data (NaN: the data's end). */
  public Axis range(double from, double to) {
    return new Axis(title, unit, origin, pattern, from, to);
  }

  /** True for a clock axis. */
  public boolean isClock() {
    return origin != null;
  }

  /** The text drawn along the axis. */
  public String caption() {
    return title + " (" + unit + ")";
  }
}
