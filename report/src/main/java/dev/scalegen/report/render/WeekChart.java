package dev.scalegen.report.render;

import dev.scalegen.report.capacity.CapacityReport;
import dev.scalegen.report.capacity.SetCapacity;
import dev.scalegen.report.capacity.TierCapacity;
import dev.scalegen.report.chart.Axis;
import dev.scalegen.report.chart.Chart;
import dev.scalegen.report.chart.Series;
import dev.scalegen.report.chart.SvgChart;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A set's week on one chart: for each autoscaled tier its HPA maximum (solid) and minimum (dashed)
 * as step lines in the tier's colour, for each fixed tier its replica count; x is the week on the
 * schedules' zone's wall clock (hours since Monday 00:00, ticks at the days), its title the zone
 * and the UTC offsets of that week. A CronJob with a time zone fires at the wall-clock time, so a
 * window's steps sit at the same local times in a week of a daylight saving change.
 */
public final class WeekChart {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private WeekChart() {}

  public static Chart of(CapacityReport report, SetCapacity set) {
    Axis time = Axis.clock(report.zone().getId(), "local time, " + report.offsets(), report.monday().atStartOfDay(),
        "EEE d MMM").range(0, 168);
    Chart chart = Chart.of(set.name() + ": pods over the week of " + DAY.format(report.monday()), time,
        Axis.of("replicas", "pods").range(0, Double.NaN)).size(1000, 440);
    for (int i = 0; i < set.tiers().size(); i++) {
      TierCapacity tier = set.tiers().get(i);
      if (tier.autoscaled()) {
        chart = chart.with(Series.step(tier.name() + " max", WeekChartSteps.steps(set.week(), tier.name(), false)).inColour(i));
        chart = chart.with(Series.step(tier.name() + " min", WeekChartSteps.steps(set.week(), tier.name(), true)).inColour(i).asDashed());
      } else {
        chart = chart.with(Series.step(tier.name() + " replicas", WeekChartSteps.steps(set.week(), tier.name(), true)).inColour(i));
      }
    }
    return chart;
  }

  /** The SVG of {@link #of}. */
  public static String svg(CapacityReport report, SetCapacity set) {
    return SvgChart.render(of(report, set));
  }
}
