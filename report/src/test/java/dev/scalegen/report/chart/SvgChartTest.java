package dev.scalegen.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartTest {

  /** A week in hours since Monday 00:00, the way the report draws it. */
  static Chart week() {
    Axis time = Axis.clock("Europe/Berlin", "local time, UTC+01:00", LocalDateTime.of(2027, 3, 22, 0, 0), "EEE d MMM")
        .range(0, 168);
    return Chart.of("baseline", time, Axis.of("replicas", "pods").range(0, Double.NaN))
        .with(Series.step("backend max", List.of(new Point(0, 10), new Point(22, 4), new Point(30, 10), new Point(168, 10))).inColour(0))
        .with(Series.step("backend min", List.of(new Point(0, 5), new Point(22, 2), new Point(30, 5), new Point(168, 5))).inColour(0).asDashed())
        .with(Series.line("load", List.of(new Point(0, 1), new Point(84, 7), new Point(168, 3))))
        .with(new ReferenceLine("quota", 12));
  }

  @Test
  void sameChartSameBytes() {
    assertThat(SvgChart.render(week())).isEqualTo(SvgChart.render(week()));
  }

  @Test
  void isOneSvgDocumentWithTheChartsSizeAndNoTimeOrRandomIds() {
    String svg = SvgChart.render(week());
    assertThat(svg).startsWith("<?xml").contains("<svg").contains("viewBox=\"0 0 800 420\"").endsWith("</svg>\n");
    assertThat(svg).doesNotContain("2026");
  }

  @Test
  void eachSeriesIsDrawnInItsPaletteColourAndDashedWhereAsked() {
    String svg = SvgChart.render(week());
    // Orange (#E69F00) for both backend lines, bluish green (#009E73, the third colour) for the load, grey dots for the quota.
    assertThat(strokes(svg, "rgb(230,159,0)")).isGreaterThanOrEqualTo(2);
    assertThat(strokes(svg, "rgb(0,158,115)")).isGreaterThanOrEqualTo(1);
    assertThat(svg).contains("stroke-dasharray:7,5").contains("stroke-dasharray:2,4");
  }

  @Test
  void aStepLineHoldsEachValueUntilTheNextPoint() {
    Chart chart = Chart.of("steps", Axis.of("x", "h").range(0, 10), Axis.of("y", "pods").range(0, 10))
        .with(Series.step("s", List.of(new Point(0, 2), new Point(5, 8), new Point(10, 8))));
    List<double[]> segments = segments(SvgChart.render(chart), "rgb(230,159,0)");
    // (0,2) -> (5,2) -> (5,8) -> (10,8): flat, then up at x = 5, then flat; SVG's y grows downwards.
    // The fourth segment is the legend's sample, under the plot.
    assertThat(segments).hasSize(4);
    assertThat(segments.get(3)[1]).isGreaterThan(segments.get(0)[1]);
    double[] flat = segments.get(0);
    double[] rise = segments.get(1);
    double[] last = segments.get(2);
    assertThat(flat[1]).isEqualTo(flat[3]);
    assertThat(rise[0]).isEqualTo(rise[2]).isEqualTo(flat[2]);
    assertThat(rise[3]).isLessThan(rise[1]);
    assertThat(last[1]).isEqualTo(last[3]).isEqualTo(rise[3]);
    assertThat(last[2] - last[0]).isCloseTo(flat[2] - flat[0], org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void refusesWhatCannotBeDrawnRight() {
    assertThatThrownBy(() -> Axis.of("time", " ")).hasMessageContaining("needs a unit");
    assertThatThrownBy(() -> Series.line("s", List.of(new Point(2, 1), new Point(1, 1)))).hasMessageContaining("goes back");
    assertThatThrownBy(() -> Chart.of("c", Axis.of("x", "h"), Axis.of("y", "pods"))
        .with(Series.line("s", List.of(new Point(0, 1)))).with(Series.line("s", List.of(new Point(0, 1)))))
        .hasMessageContaining("two series of the same name");
  }

  private static long strokes(String svg, String rgb) {
    return Pattern.compile("stroke:" + Pattern.quote(rgb)).matcher(svg).results().count();
  }

  /** The (x1, y1, x2, y2) of each line segment drawn in {@code rgb}, in the order drawn. */
  static List<double[]> segments(String svg, String rgb) {
    Pattern line = Pattern.compile("<line style=\"[^\"]*stroke:" + Pattern.quote(rgb)
        + "[^\"]*\" x1=\"([^\"]+)\" x2=\"([^\"]+)\" y1=\"([^\"]+)\" y2=\"([^\"]+)\"");
    return line.matcher(svg).results()
        .map(m -> new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(3)),
            Double.parseDouble(m.group(2)), Double.parseDouble(m.group(4))})
        .toList();
  }
}
