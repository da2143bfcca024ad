package dev.scalegen.cli;

import dev.scalegen.core.Options;
import dev.scalegen.report.runbook.Runbook;
import dev.scalegen.report.runbook.RunbookOptions;
import dev.scalegen.report.runbook.RunbookResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@code scalegen runbook SPEC [-o FILE|DIR] [--manifests DIR]}: the operators' runbook of a spec,
 * in Markdown, from the objects it compiles to ({@link Runbook}). Printed, or written to a file
 * ({@code RUNBOOK.md} in a directory), and only when its text changed.
 */
@Command(
    name = "runbook",
    mixinStandardHelpOptions = true,
    description = {"Writes the operators' runbook of a spec, in Markdown: which set is applied where and how to "
        + "switch scenario, each HPA and workload by its real name, what each schedule does and when (local time "
        + "and UTC) and how to pause it, monitoring commands, what never to do, and troubleshooting."},
    footer = {"%nExamples:",
        "  scalegen runbook examples/docvault/scaling.yaml --manifests k8s/docvault -o examples/docvault/RUNBOOK.md",
        "  scalegen runbook scaling.yaml -o docs/", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class RunbookCommand implements Callable<Integer> {

  static final String FILE_NAME = "RUNBOOK.md";

  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output = new DiagnosticOutput();

  @Parameters(paramLabel = "SPEC", description = "The spec file.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "Where to write the runbook: a file, or a directory (an existing one, or a path ending in /) "
          + "to write " + FILE_NAME + " into; `-` or nothing prints it.")
  String target = "-";

  @Option(names = "--manifests", paramLabel = "DIR",
      description = "Where `scalegen generate -o` writes the manifests, as the runbook's commands name it "
          + "(`kubectl apply -k DIR/base`; default: " + RunbookOptions.DEFAULT_MANIFESTS_DIRECTORY + ").")
  String manifests = RunbookOptions.DEFAULT_MANIFESTS_DIRECTORY;

  @Option(names = "--kubernetes-version", paramLabel = "1.N",
      description = "Kubernetes minor version the manifests are for (default: "
          + Options.DEFAULT_KUBERNETES_VERSION + ").")
  String kubernetesVersion = Options.DEFAULT_KUBERNETES_VERSION;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = CompileOptions.specName(file);
    RunbookOptions options = new RunbookOptions(name, manifests, kubernetesVersion);
    try {
      options.compileOptions();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--kubernetes-version: " + e.getMessage());
    }
    RunbookResult runbook = Runbook.generate(file, name, options);
    output.print(List.of(runbook.result()), out, err);
    int code = DiagnosticOutput.exitCode(List.of(runbook.result()));
    if (code != ExitCode.OK) {
      return code;
    }
    if (runbook.unsupported().isPresent()) {
      err.println("scalegen runbook: " + name + ": " + runbook.unsupported().get());
      return ExitCode.USAGE;
    }
    String markdown = runbook.markdown().orElseThrow();
    if (target.equals("-")) {
      out.print(markdown);
      out.flush();
      return ExitCode.OK;
    }
    Path path = target.endsWith("/") || Files.isDirectory(Path.of(target)) ? Path.of(target, FILE_NAME) : Path.of(target);
    try {
      boolean same = Files.isRegularFile(path) && Files.readString(path, StandardCharsets.UTF_8).equals(markdown);
      if (!same) {
        if (path.toAbsolutePath().getParent() != null) {
          Files.createDirectories(path.toAbsolutePath().getParent());
        }
        Files.writeString(path, markdown, StandardCharsets.UTF_8);
      }
      if (output.format == DiagnosticOutput.Format.text) {
        out.println(path + ": " + (same ? "unchanged" : "written"));
      }
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("error: cannot write " + path + ": " + ExitCode.describe(e));
      return ExitCode.IO;
    }
  }
}
