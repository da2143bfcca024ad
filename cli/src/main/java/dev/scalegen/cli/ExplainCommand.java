package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.CodeDocs;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scalegen explain SPEC [--tier T] [--scenario S]}: the effective values of each tier in each
 * set, each with the spec line it came from; {@code scalegen explain SG201}: the documentation of a
 * diagnostic code.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {"Explains a spec or a diagnostic code.",
        "For a spec: the effective values of each tier in the baseline and in each scenario (replicas or HPA "
            + "bounds, targets, behaviour, requests and limits, workers, placement) and what each schedule sets, "
            + "each with the spec line it came from (baseline, scenario override, or default).",
        "For a code such as SG201: what it means, an example, and the fix."},
    footer = {"%nExamples:",
        "  scalegen explain examples/docvault/scaling.yaml",
        "  scalegen explain examples/docvault/scaling.yaml --tier backend --scenario sustained-high",
        "  scalegen explain SG201", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output;

  @Parameters(paramLabel = "SPEC|CODE", description = "A spec file, or a diagnostic code such as SG201.")
  String subject;

  @Option(names = "--tier", paramLabel = "TIER", description = "Only this tier.")
  String tier;

  @Option(names = "--scenario", paramLabel = "NAME", split = ",",
      description = "Only these sets: scenario names, or `" + Options.BASELINE + "` for the baseline "
          + "(repeatable, or comma-separated; default: every set).")
  List<String> scenarios = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (subject.toUpperCase(Locale.ROOT).matches("SG[0-9]{3}")) {
      return explainCode(out, err);
    }
    Path file = Path.of(subject);
    String name = CompileOptions.specName(file);
    // An unknown --scenario is SG236, as `generate` and `check` report it (exit 2).
    Result result = Generator.validateSets(file, name, Options.defaults().withScenarios(scenarios));
    output.print(List.of(result), out, err);
    int code = DiagnosticOutput.exitCode(List.of(result));
    if (code != ExitCode.OK || result.spec().isEmpty()) {
      return code == ExitCode.OK ? ExitCode.INVALID : code;
    }
    ScalingSpec scaling = result.spec().get();
    if (tier != null && !scaling.tiers().containsKey(tier)) {
      err.println("scalegen explain: no tier named " + tier + " in " + name + " (tiers: "
          + String.join(", ", scaling.tiers().keySet()) + ")");
      return ExitCode.USAGE;
    }
    SpecExplanation explanation = new SpecExplanation(scaling, name);
    out.println(scaling.metadata().name() + ": effective values from " + name);
    for (var set : ScenarioResolver.resolveAll(scaling, Options.defaults().withScenarios(scenarios))) {
      out.println();
      out.print(explanation.render(set, tier));
    }
    out.flush();
    return ExitCode.OK;
  }

  private int explainCode(PrintWriter out, PrintWriter err) {
    Code code = Code.byId(subject.toUpperCase(Locale.ROOT));
    if (code == null) {
      err.println("scalegen explain: `" + subject + "` is not a diagnostic code (SG001..."
          + Code.values()[Code.values().length - 1].id() + ")");
      return ExitCode.USAGE;
    }
    String doc = CodeDocs.section(code);
    out.print(doc.isEmpty() ? code.id() + " " + code.title() + "\n" : doc);
    out.flush();
    return ExitCode.OK;
  }
}
