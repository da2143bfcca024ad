package dev.scalegen.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * A named line of (x, y) points, in increasing x.
 *
 * @param name shown in the legend; unique within a chart
 * @param points the points, x never decreasing
 * @param step true: each value holds until the next point (a step line, as an HPA's bounds change);
 *     false: straight segments between the points
 * @param dashed drawn dashed rather than solid
 * @param colour the index into {@link Palette}, or -1 for the series' position in the chart
 */
public record Series(String name, List<Point> points, boolean step, boolean dashed, int colour) {

  public Series {
    Objects.requireNonNull(name, "name");
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("the series `" + name + "` has no point");
    }
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).x() < points.get(i - 1).x()) {
        throw new IllegalArgumentException("the series `" + name + "` goes back in x at point " + i);
      }
    }
  }

  /** A step line: each value holds until the next point. */
  public static Series step(String name, List<Point> points) {
    return new Series(name, points, true, false, -1);
  }

  /** Straight segments between the points. */
  public static Series line(String name, List<Point> points) {
    return new Series(name, points, false, false, -1);
  }

  /** This series drawn dashed. */
  public Series asDashed() {
    return new Series(name, points, step, true, colour);
  }

  /** This series in colour {@code index} of the {@link Palette}. */
  public Series inColour(int index) {
    return new Series(name, points, step, dashed, index);
  }
}
