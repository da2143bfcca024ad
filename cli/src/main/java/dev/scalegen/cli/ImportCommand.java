package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.adopt.ImportOptions;
import dev.scalegen.core.adopt.ImportResult;
import dev.scalegen.core.adopt.SpecFile;
import dev.scalegen.core.diag.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code scalegen import PATH... [-o FILE]}: reads existing manifests and writes a starting spec.
 * A thin adapter over {@link Generator#importManifests} and {@link SpecFile#write}.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {"Reads existing manifests (files, folders, a kustomize folder's local resources) and writes a "
        + "starting spec: one tier per Deployment and StatefulSet, its HPA folded in. The manifests' mistakes and "
        + "what the spec does not carry are reported, located in the manifests, and listed as comments in the spec.",
        "With --adopt it writes an overlay spec instead: `base:` names the one PATH (relative to the spec's folder, "
            + "or to the working directory with -o -), each tier adopts its workload and sets only resources, workers, "
            + "replicas or autoscaling, and placement; the base keeps the rest (docs/adopting.md).",
        "The spec is written atomically; an existing file is kept unless --force is given."},
    footer = {"%nExamples:",
        "  scalegen import examples/docvault-adopt/deploy/k8s -o scaling.yaml",
        "  scalegen import deploy/*.yaml --name shop -o -",
        "  scalegen import --adopt deploy/k8s -o scaling.yaml",
        "%nExit codes:%n"
            + "  0  spec written (warnings and infos allowed)%n"
            + "  1  a manifest or the written spec has an error (the spec is still written)%n"
            + "  2  usage error, or the output file exists (use --force)%n"
            + "  3  unreadable manifest, unwritable output, or internal error%n"},
    usageHelpAutoWidth = true)
final class ImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DiagnosticOutput output = new DiagnosticOutput();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Manifest files or folders to read.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "scaling.yaml",
      description = "Where to write the spec; `-` prints it to standard output (default: ${DEFAULT-VALUE}).")
  String file = "scaling.yaml";

  @Option(names = "--name", paramLabel = "NAME",
      description = "The application's name (metadata.name). Default: the app.kubernetes.io/part-of label of every "
          + "workload, else the prefix their names share, else the namespace, else `app`.")
  String name;

  @Option(names = "--force", description = "Replace the output file when it exists.")
  boolean force;

  @Option(names = "--adopt", description = "Write an overlay spec over PATH (one folder or file) instead of a "
      + "greenfield one: `base: PATH`, per tier `adopt: {kind, name}` (`takeOver: true` where its HPA was folded in), "
      + "and only what overlay mode owns.")
  boolean adopt;

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  int run(PrintWriter out, PrintWriter err) {
    boolean toStdout = file.equals("-");
    if (adopt && inputs.size() != 1) {
      throw new ParameterException(spec.commandLine(), "--adopt reads one base (a folder or a file), not " + inputs.size());
    }
    // Printed, the spec is as if in the working directory: its `base` is relative to that.
    ImportResult imported = Generator.importManifests(inputs, new ImportOptions(name, toStdout ? "scaling.yaml" : file, adopt));
    List<Result> reports = new ArrayList<>(imported.reports());
    Optional<Diagnostic> unwritten = Optional.empty();
    if (imported.spec().isPresent() && !toStdout) {
      unwritten = SpecFile.write(Path.of(file), file, imported.spec().get(), force);
      unwritten.ifPresent(d -> reports.add(new Result(Optional.empty(), Optional.empty(), List.of(d))));
    }
    if (toStdout && output.format == DiagnosticOutput.Format.text) {
      imported.spec().ifPresent(out::print);
    }
    output.print(reports, out, err);
    int code = DiagnosticOutput.exitCode(reports);
    if (imported.spec().isEmpty() && code == ExitCode.OK) {
      code = ExitCode.INVALID;
    }
    if (unwritten.isEmpty() && imported.spec().isPresent() && !toStdout && output.format == DiagnosticOutput.Format.text) {
      int tiers = imported.validation().spec().map(s -> s.tiers().size()).orElse(0);
      out.println(file + ": written (" + tiers + (tiers == 1 ? " tier)" : " tiers)"));
    }
    out.flush();
    return code;
  }
}
