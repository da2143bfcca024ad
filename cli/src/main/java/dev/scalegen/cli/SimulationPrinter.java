package dev.scalegen.cli;

import dev.scalegen.core.simulate.DurationText;
import dev.scalegen.core.simulate.MetricTarget;
import dev.scalegen.core.simulate.SimulatedLoad;
import dev.scalegen.core.simulate.SimulatedTier;
import dev.scalegen.core.simulate.SimulationInput;
import dev.scalegen.core.simulate.SimulationRun;
import dev.scalegen.core.simulate.Step;
import dev.scalegen.core.simulate.Timeline;
import dev.scalegen.core.simulate.TimelineTable;
import dev.scalegen.report.simulate.SimulationChart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code scalegen simulate} prints and writes for a run: per tier its HPA, time line and summary; CSV; chart. */
final class SimulationPrinter {

  private SimulationPrinter() {}

  static int print(SimulationRun run, String set, boolean everySync, Path csv, Path chart, PrintWriter out)
      throws IOException {
    SimulationInput input = run.input().orElseThrow();
    SimulatedLoad load = run.load().orElseThrow();
    Timeline timeline = run.timeline().orElseThrow();
    boolean table = !"-".equals(String.valueOf(csv));
    StringBuilder rows = new StringBuilder(TimelineTable.CSV_HEADER);
    for (SimulatedTier tier : input.tiers()) {
      List<Step> steps = timeline.steps(tier.name());
      MetricTarget first = tier.metrics().get(0);
      rows.append(TimelineTable.csv(tier.name(), first.resource(), steps));
      if (!table) {
        continue;
      }
      out.println(tier.name() + " in " + set + " under " + load.name() + " for " + DurationText.format(input.length())
          + ": " + describe(tier));
      out.print(TimelineTable.text(tier.name(), first.resource(), everySync ? steps : TimelineTable.changes(steps)));
      out.println("  " + summary(timeline, tier, set, load, run));
      out.println();
    }
    if (csv != null) {
      if (table) {
        write(csv, rows.toString());
      } else {
        out.print(rows);
      }
    }
    if (chart != null) {
      Map<String, String> charts = SimulationChart.svg(set + " under " + load.name(), input, timeline);
      for (Map.Entry<String, String> c : charts.entrySet()) {
        write(charts.size() == 1 ? chart : perTier(chart, c.getKey()), c.getValue());
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String describe(SimulatedTier t) {
    StringBuilder s = new StringBuilder("min " + t.minReplicas() + ", max " + t.maxReplicas() + ", from "
        + t.initialReplicas() + " pods");
    for (MetricTarget m : t.metrics()) {
      s.append(", ").append(m.resource().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(m.targetAverageUtilization()).append('%');
    }
    s.append(t.behavior() == null ? ", default behavior" : ", behavior as compiled");
    return s.append(", ready after ").append(DurationText.format(t.readyAfter())).toString();
  }

  /** The one line: the time to the promised count (or the run's peak), peak utilization, time above target, pods at the end. */
  private static String summary(Timeline timeline, SimulatedTier tier, String set, SimulatedLoad load, SimulationRun run) {
    var scenario = run.validated().spec().orElseThrow().scenarios().get(set);
    var promise = scenario == null ? null : scenario.expect().get(tier.name());
    int peak = timeline.steps(tier.name()).stream().mapToInt(Step::desired).max().orElse(tier.initialReplicas());
    int target = promise != null && promise.reaches() != null ? promise.reaches() : peak;
    Duration from = load.change();
    return "summary: " + timeline.summary(tier.name(), target, from).describe(from);
  }

  /** {@code spike.svg} for tier {@code backend} of several: {@code spike-backend.svg}. */
  static Path perTier(Path chart, String tier) {
    String name = chart.getFileName().toString();
    int dot = name.toLowerCase(Locale.ROOT).endsWith(".svg") ? name.length() - 4 : name.length();
    return chart.resolveSibling(name.substring(0, dot) + "-" + tier + name.substring(dot));
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
