package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.emit.OutputWriter;
import java.io.IOException;
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
 * {@code scalegen generate SPEC -o DIR}: validates the spec, compiles it and writes the manifests
 * with the core's {@link OutputWriter} (unchanged files untouched, stale generated files deleted,
 * foreign files never touched).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Compiles a spec into Kubernetes manifests and writes them, with a kustomization.yaml, "
        + "into a directory.",
    footer = {"%nExamples:",
        "  scalegen generate examples/docvault/scaling.yaml -o k8s/docvault",
        "  kubectl apply -k k8s/docvault", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output;

  @Parameters(paramLabel = "SPEC", description = "The spec file to compile.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Directory to write the manifests to (default: k8s).")
  Path outputDirectory = Options.DEFAULT_OUTPUT_DIRECTORY;

  @Option(names = "--kubernetes-version", paramLabel = "1.N",
      description = "Kubernetes minor version the manifests are for (default: "
          + Options.DEFAULT_KUBERNETES_VERSION + ").")
  String kubernetesVersion = Options.DEFAULT_KUBERNETES_VERSION;

  /**
   * How diagnostics name the spec: relative to the working directory when it is below it, so that
   * locations are short and clickable. (File headers keep only the file name.)
   */
  static String specName(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    Path named = absolute.startsWith(cwd) ? cwd.relativize(absolute) : file;
    return named.toString().replace('\\', '/');
  }

  @Override
  public Integer call() {
    Options options;
    try {
      options = Options.defaults().withKubernetesVersion(kubernetesVersion).withOutputDirectory(outputDirectory);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--kubernetes-version: " + e.getMessage());
    }
    Result result = Generator.generate(file, specName(file), options);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    output.print(List.of(result), out, err);
    int code = DiagnosticOutput.exitCode(List.of(result));
    if (code != ExitCode.OK) {
      return code;
    }
    try {
      OutputWriter.Report report = OutputWriter.write(result.manifests(), options.outputDirectory());
      if (output.format == DiagnosticOutput.Format.text) {
        out.println(options.outputDirectory() + ": " + report.written().size() + " written, "
            + report.unchanged().size() + " unchanged, " + report.deleted().size() + " deleted");
      }
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("error: cannot write " + options.outputDirectory() + ": " + e.getMessage());
      return ExitCode.IO;
    }
  }
}
