package dev.scalegen.cli;

import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.emit.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code scalegen generate SPEC -o DIR}: validates the spec, compiles it and writes the manifests
 * with the core's {@link OutputWriter} (unchanged files untouched, stale generated files deleted,
 * foreign files never touched): the baseline into {@code DIR/base/}, each scenario into
 * {@code DIR/<scenario>/}. With {@code --scenario}, only the sets named are written, and only their
 * folders are cleaned of stale files.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {"Compiles a spec into Kubernetes manifests and writes them into a directory: the baseline "
        + "into DIR/base/ and each scenario into DIR/<scenario>/, each a complete set with its own "
        + "kustomization.yaml."},
    footer = {"%nExamples:",
        "  scalegen generate examples/docvault/scaling.yaml -o k8s/docvault",
        "  kubectl apply -k k8s/docvault/base",
        "  scalegen generate scaling.yaml -o k8s --scenario sudden-spike",
        "  kubectl apply -k k8s/sudden-spike", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class GenerateCommand implements Callable<Integer>, DirectInvocation.Command {

  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output = new DiagnosticOutput();

  @Mixin
  CompileOptions compile = new CompileOptions();

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    return run(compile.options(cli), cli.getOut(), cli.getErr());
  }

  @Override
  public int run(PrintWriter out, PrintWriter err) {
    return run(compile.options(), out, err);
  }

  private int run(Options options, PrintWriter out, PrintWriter err) {
    CompileOptions.Compiled compiled = compile.compile(options, output, out, err);
    if (!compiled.ok()) {
      return compiled.exitCode();
    }
    Result result = compiled.result();
    try {
      OutputWriter.Report report = OutputWriter.write(result, options.outputDirectory());
      if (output.format == DiagnosticOutput.Format.text) {
        out.println(options.outputDirectory() + ": " + report.written().size() + " written, "
            + report.unchanged().size() + " unchanged, " + report.deleted().size() + " deleted");
      }
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("error: cannot write " + options.outputDirectory() + ": " + ExitCode.describe(e));
      return ExitCode.IO;
    }
  }
}
