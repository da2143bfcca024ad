package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scalegen validate FILE...}: reports every problem of each spec, exits 1 if any has an error. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks specs: YAML syntax, the JSON Schema and the semantic rules, all problems in one run.",
    footer = {"%nExamples:",
        "  scalegen validate examples/docvault/scaling.yaml",
        "  scalegen validate --format json specs/*.yaml", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer>, DirectInvocation.Command {

  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output = new DiagnosticOutput();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spec files to validate.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    List<Result> results = files.stream().map(Generator::validate).toList();
    output.print(results, out, err);
    int code = DiagnosticOutput.exitCode(results);
    if (code == ExitCode.OK && output.format == DiagnosticOutput.Format.text) {
      out.println(files.size() == 1 ? files.get(0) + ": valid" : files.size() + " specs valid");
    }
    return code;
  }
}
