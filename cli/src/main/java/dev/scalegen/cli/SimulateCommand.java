package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.simulate.DurationText;
import dev.scalegen.core.simulate.SimulationRequest;
import dev.scalegen.core.simulate.SimulationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scalegen simulate SPEC [--scenario NAME] --load LOAD}: runs the HPA controller's algorithm
 * for the set's autoscaled tiers under a load and prints each tier's time line and summary; writes
 * the time line as CSV ({@code --csv}) and a chart ({@code --chart}). Thin over {@link Generator#simulate}.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {"Simulates the HPAs of a set under a load: when do pods come, how busy are they, "
        + "which rule held the HPA back. Prints a time line per tier (the syncs at which something changed) "
        + "and a summary line; see docs/simulate.md."},
    footer = {"%nLoads: spike10x, step:1x..10x@1m, ramp:1x..10x@1m..21m, wave:1x..4x, flat:2x "
            + "(Nx: N times the traffic that keeps the minimum at its target; a plain number: CPU cores),",
        "  or a CSV file: columns time and cpu (cores) or utilization (percent); memory, memoryUtilization.",
        "%nExamples:",
        "  scalegen simulate examples/docvault/scaling.yaml --scenario sudden-spike --load spike10x --chart spike.svg",
        "  scalegen simulate scaling.yaml --tier backend --load traces/backend.csv --csv timeline.csv",
        "  scalegen simulate scaling.yaml --load wave:1x..4x --length 7d --start 'Mon 00:00'",
        "%nExit codes:%n"
            + "  0  the simulation ran%n"
            + "  1  invalid spec or load file%n"
            + "  2  usage error, such as a tier or scenario the spec does not have%n"
            + "  3  unreadable file, I/O or internal error%n"},
    usageHelpAutoWidth = true)
final class SimulateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output;

  @Parameters(paramLabel = "SPEC", description = "The spec file.")
  Path file;

  @Option(names = "--scenario", paramLabel = "NAME", description = "The set to simulate (default: "
      + Options.BASELINE + ").")
  String scenario = Options.BASELINE;

  @Option(names = "--load", paramLabel = "LOAD", required = true,
      description = "A load shape, or a CSV file (relative to the working directory).")
  String load;

  @Option(names = "--tier", paramLabel = "TIER", description = "A tier to simulate; repeatable (default: every"
      + " autoscaled tier; a CSV load needs exactly one).")
  List<String> tiers = new ArrayList<>();

  @Option(names = "--length", paramLabel = "DURATION", description = "How long to simulate: 30m, 2h, 7d "
      + "(default: 30m or 10m past the load's last change; 1d for wave; a CSV file's last time).")
  String length;

  @Option(names = "--ready-after", paramLabel = "DURATION", description = "How long a new pod takes to be ready "
      + "(default: the scenario's promise's readyAfter for the tier, else 30s).")
  String readyAfter;

  @Option(names = "--start", paramLabel = "DAY HH:MM", description = "The wall clock at the start, in the first"
      + " schedule's time zone, for schedules and the daily wave (default: Mon 12:00).")
  String start;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write every sync of every tier as CSV ('-': "
      + "standard output instead of the table).")
  Path csv;

  @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write an SVG chart: load and pods over time (one file per tier when several: "
      + "FILE-TIER.svg).")
  Path chart;

  @Option(names = "--every-sync", description = "Print every sync in the table, not only those where something changed.")
  boolean everySync;

  @Override
  public Integer call() {
    SimulationRequest request = new SimulationRequest(scenario, tiers, load, null, duration("--length", length),
        duration("--ready-after", readyAfter), start);
    SimulationRun run = Generator.simulate(file, CompileOptions.specName(file), request);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Result> results = new ArrayList<>(List.of(run.validated()));
    if (!run.problems().isEmpty()) {
      results.add(new Result(Optional.empty(), Optional.empty(), run.problems()));
    }
    output.print(results, out, err);
    if (run.usageError() != null) {
      throw new ParameterException(spec.commandLine(), run.usageError());
    }
    int code = DiagnosticOutput.exitCode(results);
    if (code != ExitCode.OK) {
      return code;
    }
    try {
      return SimulationPrinter.print(run, scenario, everySync, csv, chart, out);
    } catch (IOException e) {
      err.println("error: cannot write " + e.getMessage() + ": " + ExitCode.describe(e));
      return ExitCode.IO;
    }
  }

  private Duration duration(String option, String text) {
    if (text == null) {
      return null;
    }
    Duration d = DurationText.parse(text);
    if (d == null || d.isZero() && option.equals("--length")) {
      throw new ParameterException(spec.commandLine(), option + " " + text + ": not a duration such as 90s, 30m,"
          + " 1h30m or 7d" + (d != null ? " longer than 0s" : ""));
    }
    return d;
  }
}
