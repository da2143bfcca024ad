package dev.scalegen.report.simulate;

import dev.scalegen.core.simulate.BoundsChange;
import dev.scalegen.core.simulate.MetricTarget;
import dev.scalegen.core.simulate.SimulatedTier;
import dev.scalegen.core.simulate.SimulationInput;
import dev.scalegen.core.simulate.Step;
import dev.scalegen.core.simulate.Timeline;
import dev.scalegen.report.chart.Axis;
import dev.scalegen.report.chart.Chart;
import dev.scalegen.report.chart.Point;
import dev.scalegen.report.chart.Series;
import dev.scalegen.report.chart.SvgChart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart of a simulated tier, in the report's look ({@link SvgChart}): pods over time. The load
 * is drawn in pods too, as the pods it needs at the HPA's target (usage / (request x target)), so
 * that one axis shows where the HPA should be, where it asked to be (desired) and what served the
 * load (ready pods), with the HPA's bounds dashed as the schedules change them. Minutes on the x
 * axis for up to three hours, hours beyond.
 */
public final class SimulationChart {

  private SimulationChart() {}

  /** One SVG document per simulated tier, by tier name in the input's order. */
  public static Map<String, String> svg(String title, SimulationInput input, Timeline timeline) {
    Map<String, String> charts = new LinkedHashMap<>();
    boolean hours = input.length().compareTo(Duration.ofHours(3)) > 0;
    for (SimulatedTier tier : input.tiers()) {
      charts.put(tier.name(), SvgChart.render(chart(title, tier, input, timeline, hours)));
    }
    return charts;
  }

  static Chart chart(String title, SimulatedTier tier, SimulationInput input, Timeline timeline, boolean hours) {
    List<Step> steps = timeline.steps(tier.name());
    MetricTarget first = tier.metrics().get(0);
    double podLoad = first.requestPerPod() * first.targetAverageUtilization() / 100.0;
    List<Point> load = new ArrayList<>();
    List<Point> desired = new ArrayList<>();
    for (Step s : steps) {
      load.add(new Point(x(s.t(), hours), s.load() / podLoad));
      desired.add(new Point(x(s.t(), hours), s.desired()));
    }
    List<Point> ready = new ArrayList<>();
    for (Timeline.ReadyChange c : timeline.readyChanges(tier.name())) {
      ready.add(new Point(x(c.at(), hours), c.ready()));
    }
    ready.add(new Point(x(input.length(), hours), ready.get(ready.size() - 1).y()));
    List<Point> min = new ArrayList<>(List.of(new Point(0, tier.minReplicas())));
    List<Point> max = new ArrayList<>(List.of(new Point(0, tier.maxReplicas())));
    for (BoundsChange b : input.boundsChanges()) {
      if (b.tier().equals(tier.name())) {
        b.min().ifPresent(v -> min.add(new Point(x(b.at(), hours), v)));
        b.max().ifPresent(v -> max.add(new Point(x(b.at(), hours), v)));
      }
    }
    min.add(new Point(x(input.length(), hours), min.get(min.size() - 1).y()));
    max.add(new Point(x(input.length(), hours), max.get(max.size() - 1).y()));
    String resource = first.resource().name().toLowerCase(java.util.Locale.ROOT);
    return Chart.of(title + ": " + tier.name(), Axis.of("time", hours ? "h" : "min"), Axis.of("pods", "pods"))
        .with(Series.step("load, in pods at the " + resource + " target", load).inColour(7))
        .with(Series.step("desired", desired).inColour(0))
        .with(Series.step("ready", ready).inColour(4))
        .with(Series.step("HPA max", max).asDashed().inColour(5))
        .with(Series.step("HPA min", min).asDashed().inColour(2));
  }

  private static double x(Duration t, boolean hours) {
    return t.toMillis() / (hours ? 3_600_000.0 : 60_000.0);
  }
}
