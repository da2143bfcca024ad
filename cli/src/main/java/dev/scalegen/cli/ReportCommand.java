package dev.scalegen.cli;

import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.report.Report;
import dev.scalegen.report.ReportFiles;
import dev.scalegen.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scalegen report SPEC [-o DIR] [--format html|markdown|json] [--week DATE] [--prices FILE]}:
 * the capacity (and, with prices, cost) report of every set, written into a folder. A thin adapter
 * over {@link Report} and {@link ReportFiles}; diagnostics go to stderr as text.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {"Writes what a spec means before it is applied: pods, CPU and memory requested and limited at "
        + "every tier's minimum and maximum, per set, tier and node pool; the nodes they need; the lowest and "
        + "highest capacity over a week of schedules, drawn on one chart per set; the cost with --prices; and "
        + "every diagnostic next to its tier (docs/report.md)."},
    footer = {"%nExamples:",
        "  scalegen report examples/docvault/scaling.yaml",
        "  scalegen report examples/docvault/scaling.yaml -o out --format markdown --week 2027-03-22",
        "  scalegen report examples/docvault/scaling.yaml --prices prices.yaml --format json", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SPEC", description = "The spec file.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "scalegen-report",
      description = "Folder to write into (created if missing; files of the same names replaced; default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
      description = "html (report.html, charts embedded, and week-<set>.svg), markdown (report.md and the SVGs) "
          + "or json (report.json); default: ${DEFAULT-VALUE}.")
  ReportFiles.Format format = ReportFiles.Format.html;

  @Option(names = "--week", paramLabel = "DATE",
      description = "Any day of the week to report, YYYY-MM-DD (the week runs Monday to Sunday); default: this week (UTC).")
  String week;

  @Option(names = "--prices", paramLabel = "FILE",
      description = "Price file (YAML): prices, spot discount, node shapes; without it no cost and no currency appear.")
  Path prices;

  @Override
  public Integer call() {
    // The charts are laid out with AWT's fonts; no window, no dock icon.
    System.setProperty("java.awt.headless", "true");
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  int run(PrintWriter out, PrintWriter err) {
    LocalDate date = LocalDate.now(ZoneOffset.UTC);
    if (week != null) {
      ReportOptions.Week parsed = ReportOptions.parseWeek(week);
      if (parsed.problem() != null) {
        err.print(TextRenderer.render(parsed.problem(), null));
        err.flush();
        return ExitCode.USAGE;
      }
      date = parsed.date();
    }
    Report.Outcome outcome = Report.build(file, file.toString(), ReportOptions.of(date).withPrices(prices));
    DiagnosticOutput.printText(outcome.results(), err);
    int code = DiagnosticOutput.exitCode(outcome.results());
    if (!outcome.valid()) {
      err.flush();
      return code == ExitCode.OK ? ExitCode.INVALID : code;
    }
    try {
      List<Path> written = ReportFiles.write(outcome.report(), format, output);
      out.println("wrote " + written.size() + " files to " + output + " (" + written.get(0).getFileName() + ")");
    } catch (IOException e) {
      err.println("scalegen: cannot write the report: " + ExitCode.describe(e));
      return ExitCode.IO;
    } finally {
      out.flush();
      err.flush();
    }
    return ExitCode.OK;
  }
}
