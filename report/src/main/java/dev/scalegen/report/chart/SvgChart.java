package dev.scalegen.report.chart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders a {@link Chart} to SVG text: XChart lays the chart out and paints it on a
 * VectorGraphics2D canvas, whose SVG processor writes it. The look ({@link ChartLook}) is fixed,
 * so the same chart gives the same bytes on every run.
 */
public final class SvgChart {

  private static final float LINE_WIDTH = 2.5f;
  private static final float[] DASH = {7f, 5f};
  private static final float[] DOTS = {2f, 4f};

  private SvgChart() {}

  /** The chart as a complete SVG document (UTF-8 text, starting with the XML declaration). */
  public static String render(Chart chart) {
    XYChart xy = new XYChart(chart.width(), chart.height());
    xy.setTitle(chart.title());
    xy.setXAxisTitle(chart.x().caption());
    xy.setYAxisTitle(chart.y().caption());
    ChartLook.apply(xy.getStyler(), chart);
    for (int i = 0; i < chart.series().size(); i++) {
      Series series = chart.series().get(i);
      XYSeries added = xy.addSeries(series.name(), xs(chart.x(), series.points()), ys(series.points()));
      style(added, series.step(), Palette.color(series.colour() < 0 ? i : series.colour()),
          series.dashed() ? DASH : null, LINE_WIDTH);
    }
    double[] span = span(chart);
    for (ReferenceLine line : chart.references()) {
      List<Point> across = List.of(new Point(span[0], line.y()), new Point(span[1], line.y()));
      xy.addSeries(line.label(), xs(chart.x(), across), ys(across));
      style(xy.getSeriesMap().get(line.label()), false, ChartLook.REFERENCE, DOTS, 1.5f);
    }
    VectorGraphics2D canvas = new VectorGraphics2D();
    xy.paint(canvas, chart.width(), chart.height());
    Document document = new SVGProcessor().getDocument(canvas.getCommands(),
        new PageSize(0, 0, chart.width(), chart.height()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      document.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void style(XYSeries series, boolean step, java.awt.Color colour, float[] dash, float width) {
    series.setXYSeriesRenderStyle(step ? XYSeriesRenderStyle.Step : XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(colour);
    series.setLineWidth(width);
    series.setLineStyle(dash == null
        ? new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER)
        : new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, dash, 0f));
  }

  /** The x range reference lines cross: the axis's range where given, else the data's. */
  private static double[] span(Chart chart) {
    double low = chart.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).min().orElse(0);
    double high = chart.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).max().orElse(1);
    return new double[] {
        Double.isNaN(chart.x().from()) ? low : chart.x().from(),
        Double.isNaN(chart.x().to()) ? Math.max(high, low + 1) : chart.x().to()};
  }

  /** An x value as XChart takes it: the number, or on a clock axis the epoch milliseconds of its wall-clock time read as UTC. */
  static double x(Axis axis, double value) {
    if (!axis.isClock()) {
      return value;
    }
    long millis = axis.origin().toInstant(ZoneOffset.UTC).toEpochMilli();
    return millis + Math.round(value * 3_600_000d);
  }

  private static List<?> xs(Axis axis, List<Point> points) {
    return points.stream()
        .map(p -> axis.isClock() ? (Object) new Date((long) x(axis, p.x())) : (Object) p.x())
        .toList();
  }

  private static List<Double> ys(List<Point> points) {
    return points.stream().map(Point::y).toList();
  }
}
