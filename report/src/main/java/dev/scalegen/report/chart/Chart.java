package dev.scalegen.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one chart shows: a title, two axes, its series and reference lines, and its size in pixels.
 * An immutable value; {@code with} returns a copy.
 */
public record Chart(String title, Axis x, Axis y, List<Series> series, List<ReferenceLine> references,
    int width, int height) {

  /** The size of a chart unless given: wide enough for a week of day labels. */
  public static final int WIDTH = 800;
  public static final int HEIGHT = 420;

  public Chart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    series = List.copyOf(series);
    references = List.copyOf(references);
    if (width < 200 || height < 150) {
      throw new IllegalArgumentException("a chart needs at least 200 x 150 pixels, not " + width + " x " + height);
    }
    if (series.stream().map(Series::name).distinct().count() != series.size()) {
      throw new IllegalArgumentException("the chart `" + title + "` has two series of the same name");
    }
  }

  /** An empty chart of the default size. */
  public static Chart of(String title, Axis x, Axis y) {
    return new Chart(title, x, y, List.of(), List.of(), WIDTH, HEIGHT);
  }

  public Chart with(Series more) {
    List<Series> all = new ArrayList<>(series);
    all.add(more);
    return new Chart(title, x, y, all, references, width, height);
  }

  public Chart with(ReferenceLine line) {
    List<ReferenceLine> all = new ArrayList<>(references);
    all.add(line);
    return new Chart(title, x, y, series, all, width, height);
  }

  public Chart size(int newWidth, int newHeight) {
    return new Chart(title, x, y, series, references, newWidth, newHeight);
  }
}
