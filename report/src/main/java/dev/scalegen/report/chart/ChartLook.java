package dev.scalegen.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import java.util.TimeZone;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;

/**
 * The fixed look of every chart: white background, light grid, dark grey text in the JVM's
 * logical {@code SansSerif} font at fixed sizes (15 px title, 13 px axis titles, 12 px ticks and
 * legend), the legend under the plot. Nothing here depends on the machine's defaults or the time.
 */
final class ChartLook {

  static final Color TEXT = new Color(0x33, 0x33, 0x33);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color REFERENCE = new Color(0x66, 0x66, 0x66);

  private ChartLook() {}

  static void apply(XYStyler styler, Chart chart) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridLinesColor(GRID);
    styler.setPlotGridVerticalLinesVisible(true);
    styler.setChartFontColor(TEXT);
    styler.setAxisTickLabelsColor(TEXT);
    styler.setAxisTickMarksColor(TEXT);
    styler.setChartTitleBoxVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Horizontal);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setLegendBackgroundColor(Color.WHITE);
    styler.setLegendSeriesLineLength(28);
    styler.setToolTipsEnabled(false);
    styler.setAntiAlias(true);
    styler.setPlotContentSize(0.96);
    styler.setXAxisTickMarkSpacingHint(90);
    if (chart.x().isClock()) {
      // Wall-clock x values are handed to XChart as if they were UTC instants, and written in UTC.
      styler.setDatePattern(chart.x().pattern());
      styler.setLocale(Locale.ENGLISH);
      styler.setTimezone(TimeZone.getTimeZone("UTC"));
    }
    if (!Double.isNaN(chart.x().from())) {
      styler.setXAxisMin(SvgChart.x(chart.x(), chart.x().from()));
    }
    if (!Double.isNaN(chart.x().to())) {
      styler.setXAxisMax(SvgChart.x(chart.x(), chart.x().to()));
    }
    if (!Double.isNaN(chart.y().from())) {
      styler.setYAxisMin(chart.y().from());
    }
    if (!Double.isNaN(chart.y().to())) {
      styler.setYAxisMax(chart.y().to());
    }
  }
}
