package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.ScenarioDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scalegen diff SPEC --scenario A [--against B]}: what a scenario changes, tier by tier
 * (bounds, replicas, targets, behaviour, requests and limits, workers), then the unified diff of the
 * two sets' manifests. Thin over {@link Generator#diff}.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Shows what a scenario changes against the baseline (or another scenario): the values, "
        + "tier by tier, then the unified diff of the manifests.",
    footer = {"%nExamples:",
        "  scalegen diff examples/docvault/scaling.yaml --scenario sustained-high",
        "  scalegen diff scaling.yaml --scenario sudden-spike --against gradual-growth",
        "%nExit codes:%n"
            + "  0  the diff was printed (a scenario equal to the other prints no change)%n"
            + "  1  invalid spec%n"
            + "  2  usage error, such as a scenario the spec does not have%n"
            + "  3  unreadable file, I/O or internal error%n"},
    usageHelpAutoWidth = true)
final class DiffCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output;

  @Parameters(paramLabel = "SPEC", description = "The spec file.")
  Path file;

  @Option(names = "--scenario", paramLabel = "NAME", required = true, description = "The scenario to show.")
  String scenario;

  @Option(names = "--against", paramLabel = "NAME",
      description = "The set to compare with: a scenario, or `" + Options.BASELINE + "` (default).")
  String against = Options.BASELINE;

  @Option(names = "--kubernetes-version", paramLabel = "1.N",
      description = "Kubernetes minor version the manifests are for (default: "
          + Options.DEFAULT_KUBERNETES_VERSION + ").")
  String kubernetesVersion = Options.DEFAULT_KUBERNETES_VERSION;

  @Override
  public Integer call() {
    Options options;
    try {
      options = Options.defaults().withKubernetesVersion(kubernetesVersion);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--kubernetes-version: " + e.getMessage());
    }
    Generator.DiffOutcome outcome =
        Generator.diff(file, CompileOptions.specName(file), options, scenario, against);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    output.print(List.of(outcome.result()), out, err);
    int code = DiagnosticOutput.exitCode(List.of(outcome.result()));
    if (code != ExitCode.OK) {
      return code;
    }
    // As in `check`: standard output carries the diff, unless it carries JSON or SARIF.
    print(outcome.diff().orElseThrow(), output.format == DiagnosticOutput.Format.text ? out : err);
    return ExitCode.OK;
  }

  static void print(ScenarioDiff diff, PrintWriter out) {
    out.println("Scenario " + diff.to() + " against " + diff.from() + ":");
    if (diff.changes().isEmpty()) {
      out.println("  no value changes");
    }
    String tier = null;
    int width = diff.changes().stream().mapToInt(c -> c.field().length()).max().orElse(0);
    for (ScenarioDiff.Change c : diff.changes()) {
      if (!c.tier().equals(tier)) {
        tier = c.tier();
        out.println("  " + tier);
      }
      out.println("    " + c.field() + " ".repeat(width - c.field().length()) + "  " + shown(c.before()) + " -> "
          + shown(c.after()));
    }
    out.println();
    out.println("Manifests:");
    out.print(diff.manifestDiff().isEmpty() ? "  no differences\n" : diff.manifestDiff());
    out.flush();
  }

  private static String shown(String value) {
    return value == null ? "(unset)" : value;
  }
}
