package dev.scalegen.cli;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.emit.CommittedReplicas;
import dev.scalegen.core.emit.OutputComparison;
import dev.scalegen.core.emit.OutputComparison.Difference;
import dev.scalegen.core.emit.SpecDrift;
import dev.scalegen.core.simulate.PromiseOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code scalegen check SPEC -o DIR}: compiles in memory and compares with the committed directory;
 * exits 1 with a unified diff per file when they differ. Writes nothing.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Checks that a directory holds exactly what the spec compiles to: for pre-merge CI.",
        "Compiles in memory, writes nothing. Files that scalegen did not generate are ignored; "
            + "missing, changed and stale generated files are drift, printed as a unified diff per file;",
        "with --format json, each drifted file is also an SG301 error located in that file; with --format sarif, "
            + "an SG301 error at each tier or schedule of the spec whose files drifted, the files as related locations.",
        "A committed workload that sets spec.replicas while the spec now autoscales it is an SG302 warning"
            + " (docs/migration.md).",
        "Each scenario's promises (expect) are simulated; a broken one is an SG303 or SG304 error at the promise,"
            + " with the time line that breaks it (docs/scenarios.md)."},
    footer = {"%nExamples:",
        "  scalegen check examples/docvault/scaling.yaml -o k8s/docvault",
        "  scalegen check scaling.yaml -o deploy/k8s --format sarif > scalegen.sarif",
        "%nExit codes:",
        "  0  the directory is up to date",
        "  1  invalid spec, a broken promise, or the directory differs from the spec (drift)",
        "  2  usage error",
        "  3  unreadable file, I/O or internal error"},
    usageHelpAutoWidth = true)
final class CheckCommand implements Callable<Integer>, DirectInvocation.Command {

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
    // Text prints the spec's diagnostics now and the drift as diffs; JSON and SARIF print one
    // document, with each drifted file as a diagnostic (SG301) of its own.
    boolean text = output.format == DiagnosticOutput.Format.text;
    CompileOptions.Compiled compiled = compile.compile(options, output, out, err, text);
    if (!compiled.ok()) {
      return compiled.exitCode();
    }
    Result result = compiled.result();
    List<Difference> drift;
    List<Diagnostic> hazards;
    String dir = CompileOptions.specName(options.outputDirectory());
    try {
      drift = OutputComparison.compare(result, options.outputDirectory());
      hazards = CommittedReplicas.check(result, options.outputDirectory(), dir);
    } catch (IOException e) {
      if (!text) {
        output.print(List.of(result), out, err);
      }
      err.println("error: cannot read " + options.outputDirectory() + ": " + ExitCode.describe(e));
      return ExitCode.IO;
    }
    Result migration = new Result(Optional.empty(), Optional.empty(), hazards);
    if (text && !hazards.isEmpty()) {
      output.print(List.of(migration), out, err);
    }
    // The scenarios' promises: each simulated; a broken one is an error at the promise, and its
    // time line is printed where the diff goes.
    List<PromiseOutcome> promises = Generator.checkPromises(result, compile.file);
    List<Diagnostic> broken = promises.stream().flatMap(p -> p.broken().stream()).toList();
    Result promised = new Result(result.source(), Optional.empty(), broken);
    if (text && !broken.isEmpty()) {
      output.print(List.of(promised), out, err);
    }
    for (PromiseOutcome p : promises) {
      if (!p.kept() && !p.timeline().isEmpty()) {
        (text ? out : err).print(p.timelineText());
      }
    }
    List<Result> results = new ArrayList<>(List.of(result));
    if (!hazards.isEmpty()) {
      results.add(migration);
    }
    if (!broken.isEmpty()) {
      results.add(promised);
    }
    if (output.format == DiagnosticOutput.Format.sarif) {
      // Code scanning shows alerts on the lines a pull request changes: drift goes to the spec.
      output.printSarif(results, SpecDrift.of(result, drift, dir, compile.specName()), out);
    } else if (!text) {
      for (Difference d : drift) {
        results.add(new Result(Optional.empty(), Optional.empty(), List.of(d.diagnostic(dir, compile.specName()))));
      }
      output.print(results, out, err);
    }
    if (!promises.isEmpty() && text) {
      long kept = promises.stream().filter(PromiseOutcome::kept).count();
      (broken.isEmpty() ? out : err).println(compile.specName() + ": " + kept + " of " + promises.size()
          + (promises.size() == 1 ? " promise" : " promises") + " kept in simulation");
    }
    if (drift.isEmpty()) {
      if (text && broken.isEmpty()) {
        out.println(options.outputDirectory() + ": up to date with " + compile.specName());
      }
      out.flush();
      err.flush();
      return broken.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
    }
    // The diff goes where it can be read: standard output for text, standard error when standard
    // output carries JSON or SARIF.
    PrintWriter diffOut = text ? out : err;
    for (Difference d : drift) {
      diffOut.print(d.unifiedDiff());
    }
    diffOut.flush();
    err.println(options.outputDirectory() + ": " + drift.size() + (drift.size() == 1 ? " file differs" : " files differ")
        + " from " + compile.specName() + " (" + summary(drift) + ")");
    err.println("  to update it: scalegen generate " + compile.specName() + " -o " + options.outputDirectory());
    err.flush();
    return ExitCode.INVALID;
  }

  private static String summary(List<Difference> drift) {
    long missing = drift.stream().filter(d -> d.kind() == OutputComparison.Kind.MISSING).count();
    long changed = drift.stream().filter(d -> d.kind() == OutputComparison.Kind.CHANGED).count();
    long stale = drift.stream().filter(d -> d.kind() == OutputComparison.Kind.STALE).count();
    return changed + " changed, " + missing + " missing, " + stale + " stale";
  }
}
