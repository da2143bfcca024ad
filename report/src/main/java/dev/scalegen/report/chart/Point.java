package dev.scalegen.report.chart;

/** One point of a series: {@code x} along the horizontal axis, {@code y} along the vertical one. */
public record Point(double x, double y) {

  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("a chart point needs finite coordinates: (" + x + ", " + y + ")");
    }
  }
}
