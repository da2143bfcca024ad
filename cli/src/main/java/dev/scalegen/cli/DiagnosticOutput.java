package dev.scalegen.cli;

import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.JsonRenderer;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.emit.SpecDrift;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --format} option and the printing of diagnostics it selects; a mixin of every command that reports them. */
final class DiagnosticOutput {

  enum Format { text, json, sarif }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How diagnostics are printed: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "text goes to standard error, coloured on a terminal unless NO_COLOR is set; "
          + "json and sarif go to standard output.")
  Format format = Format.text;

  @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.")
  boolean stacktrace;

  /**
   * Prints the results: text diagnostics go to {@code err} (with a summary line), JSON and SARIF
   * go to {@code out} so that they can be piped or uploaded.
   */
  void print(List<Result> results, PrintWriter out, PrintWriter err) {
    switch (format) {
      case json -> out.print(JsonRenderer.render(results));
      case sarif -> out.print(SarifRenderer.render(results, VersionProvider.version()));
      case text -> printText(results, err);
    }
    out.flush();
    err.flush();
  }

  /**
   * Prints {@code check}'s SARIF: the spec's diagnostics, and its drift at the parts of the spec
   * whose output differs, each drifted file a related location (docs/ci.md#sarif).
   */
  void printSarif(List<Result> results, List<SpecDrift> drift, PrintWriter out) {
    out.print(SarifRenderer.render(results, drift, VersionProvider.version(), Path.of("")));
    out.flush();
  }

  static void printText(List<Result> results, PrintWriter err) {
    boolean colour = Terminal.colour();
    for (Result r : results) {
      for (Diagnostic d : r.diagnostics()) {
        String text = TextRenderer.render(d, r.source().orElse(null));
        err.print(colour ? Terminal.paint(text, d.severity()) : text);
      }
    }
    long errors = results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
    long warnings = results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
    long infos = results.stream().mapToLong(r -> r.count(Severity.INFO)).sum();
    if (errors + warnings > 0 || infos > 0) {
      err.println(plural(errors, "error") + ", " + plural(warnings, "warning") + (infos > 0 ? ", " + plural(infos, "info") : ""));
    }
  }

  /** The exit code: I/O failures first, then usage errors (a set the spec lacks, SG236), then invalid specs. */
  static int exitCode(List<Result> results) {
    if (results.stream().anyMatch(Result::ioFailure)) {
      return ExitCode.IO;
    }
    if (results.stream().anyMatch(Result::usageError)) {
      return ExitCode.USAGE;
    }
    return results.stream().allMatch(Result::valid) ? ExitCode.OK : ExitCode.INVALID;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
