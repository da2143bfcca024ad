package dev.scalegen.report.render;

import dev.scalegen.report.capacity.Segment;
import dev.scalegen.report.chart.Point;
import java.util.ArrayList;
import java.util.List;

/** The points of a tier's step line on the week chart: (hours since Monday 00:00 local, pods). */
public final class WeekChartSteps {

  private WeekChartSteps() {}

  /**
   * The tier's minimum ({@code min}) or maximum at the start of each stretch where it changes, and
   * at the end of the week.
   */
  public static List<Point> steps(List<Segment> week, String tier, boolean min) {
    List<Point> points = new ArrayList<>();
    for (Segment segment : week) {
      int value = value(segment, tier, min);
      if (points.isEmpty() || points.get(points.size() - 1).y() != value) {
        points.add(new Point(segment.from() / 60.0, value));
      }
    }
    Segment last = week.get(week.size() - 1);
    points.add(new Point(last.to() / 60.0, value(last, tier, min)));
    return points;
  }

  private static int value(Segment segment, String tier, boolean min) {
    return min ? segment.tiers().get(tier).min() : segment.tiers().get(tier).max();
  }
}
