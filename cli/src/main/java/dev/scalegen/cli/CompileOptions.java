package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The spec and options of the commands that compile it ({@code generate}, {@code check}): the same
 * spelling as {@link Options} and the Maven plugin's parameters.
 */
final class CompileOptions {

  @Parameters(paramLabel = "SPEC", description = "The spec file to compile.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "The output directory: where generate writes, what check compares with (default: k8s).")
  Path outputDirectory = Options.DEFAULT_OUTPUT_DIRECTORY;

  @Option(names = "--scenario", paramLabel = "NAME", split = ",",
      description = "Only this set: a scenario of the spec, or `" + Options.BASELINE + "` for the baseline. "
          + "Repeatable or comma-separated (default: every set). Other sets' folders are left as they are.")
  List<String> scenarios = List.of();

  @Option(names = "--kubernetes-version", paramLabel = "1.N",
      description = "Kubernetes minor version the manifests are for (default: "
          + Options.DEFAULT_KUBERNETES_VERSION + ").")
  String kubernetesVersion = Options.DEFAULT_KUBERNETES_VERSION;

  /**
   * The options value.
   *
   * @throws IllegalArgumentException for a malformed {@code --kubernetes-version}
   */
  Options options() {
    return Options.defaults().withKubernetesVersion(kubernetesVersion).withOutputDirectory(outputDirectory)
        .withScenarios(scenarios);
  }

  /** The options value; a malformed version is a usage error. */
  Options options(CommandLine cli) {
    try {
      return options();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, "--kubernetes-version: " + e.getMessage());
    }
  }

  /** The outcome of {@link #compile}: the manifests to use, or the exit code to stop with. */
  record Compiled(Options options, Result result, int exitCode) {
    boolean ok() {
      return exitCode == ExitCode.OK;
    }
  }

  /**
   * Reads, validates and compiles the spec and prints its diagnostics: what {@code generate} and
   * {@code check} do before they differ. A set that {@code --scenario} names and the spec does not
   * have is the core's {@code SG236}, a usage error (exit 2).
   */
  Compiled compile(Options options, DiagnosticOutput output, PrintWriter out, PrintWriter err) {
    return compile(options, output, out, err, true);
  }

  /**
   * As {@link #compile(Options, DiagnosticOutput, PrintWriter, PrintWriter)}; when
   * {@code printWhenOk} is false, the diagnostics of a result that compiled are left for the
   * caller to print (with more of its own), and those of one that did not are printed here.
   */
  Compiled compile(Options options, DiagnosticOutput output, PrintWriter out, PrintWriter err, boolean printWhenOk) {
    Result result = Generator.generate(file, specName(), options);
    int code = DiagnosticOutput.exitCode(List.of(result));
    if (printWhenOk || code != ExitCode.OK) {
      output.print(List.of(result), out, err);
    }
    return new Compiled(options, result, code);
  }

  /** How messages name the spec. */
  String specName() {
    return specName(file);
  }

  /**
   * How diagnostics name a spec: relative to the working directory when it is below it, so that
   * locations are short and clickable. (File headers keep only the file name.)
   */
  static String specName(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    Path named = absolute.startsWith(cwd) ? cwd.relativize(absolute) : file;
    return named.toString().replace('\\', '/');
  }
}
