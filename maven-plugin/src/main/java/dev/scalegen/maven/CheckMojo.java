package dev.scalegen.maven;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.emit.CommittedReplicas;
import dev.scalegen.core.emit.OutputComparison;
import dev.scalegen.core.emit.OutputComparison.Difference;
import dev.scalegen.core.simulate.PromiseOutcome;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that a committed directory holds exactly what the specs compile to: the pre-merge CI
 * gate of a GitOps repository. Compiles in memory, writes nothing, and on drift (a file changed,
 * missing, or generated earlier and no longer produced) logs a unified diff per file, from what is
 * committed to what would be generated, fails the build, and names the command that brings the
 * directory up to date. Files that scalegen did not generate are ignored. The scenarios' promises
 * ({@code expect}) are simulated too: a broken one is logged as an error at the promise
 * ({@code SG303}, {@code SG304}) with the time line that breaks it, and fails the build.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractCompileMojo {

  /**
   * The committed directory to compare with. It is not {@code generate}'s
   * {@code outputDirectory} ({@code scalegen.outputDirectory}): when both goals run in one build, a
   * shared directory would let {@code generate} rewrite the committed files just before
   * {@code check} compares them. Default: {@code deploy/k8s} under the project's base directory,
   * the committed folder of the GitOps layout. With several specs, each is compared with a folder named after its
   * {@code metadata.name}. If {@code generate} rewrote files in this directory earlier in the same
   * build, the check fails and names them.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.check.directory")
  File checkDirectory;

  /**
   * Deprecated: the name that {@code check}'s directory had when it shared
   * {@code scalegen.outputDirectory} with {@code generate}. Still read from the POM (not from the
   * command line) when {@code checkDirectory} is not set, with a warning; use
   * {@code <checkDirectory>}.
   *
   * @deprecated use {@code checkDirectory} ({@code scalegen.check.directory})
   * @since 0.1.0
   */
  @Deprecated
  @Parameter
  File outputDirectory;

  /**
   * The most lines of diff logged per file; the rest is counted, not shown.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.maxDiffLines", defaultValue = "200")
  int maxDiffLines;

  /** Where Maven was started: in a reactor, the fix command names the module. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  /**
   * Skip this goal only (the log says so); {@code skip} skips them all.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.check.skip", defaultValue = "false")
  boolean skipCheck;

  @Override
  String goal() {
    return "check";
  }

  @Override
  boolean skipGoal() {
    return skipCheck;
  }

  @Override
  List<String> settings() {
    List<String> settings = new ArrayList<>(super.settings());
    settings.add("checkDirectory " + directory().toAbsolutePath());
    settings.add("maxDiffLines " + maxDiffLines);
    return settings;
  }

  @Override
  List<Path> directories() {
    return List.of(directory());
  }

  /** None when generate rewrote files in the directory in this build: check must then run, and fail. */
  @Override
  UpToDate upToDate(List<SpecFile> specFiles) {
    return GeneratedInThisBuild.under(getPluginContext(), directory()).isEmpty() ? super.upToDate(specFiles) : null;
  }

  @Override
  @SuppressWarnings("deprecation")
  void run(List<SpecFile> specFiles) throws MojoExecutionException, MojoFailureException {
    List<String> drifted = new ArrayList<>();
    Path directory = directory();
    if (checkDirectory == null && outputDirectory != null) {
      getLog().warn("scalegen:check: <outputDirectory> is deprecated for check; rename it <checkDirectory>"
          + " (scalegen.check.directory), since scalegen.outputDirectory is generate's alone");
    }
    Options options = options(directory);
    List<Compiled> compiled = compile(specFiles, options);
    for (Compiled c : compiled) {
      List<Difference> differences;
      try {
        differences = OutputComparison.compare(c.result(), c.directory());
        for (Diagnostic hazard : CommittedReplicas.check(c.result(), c.directory(), shown(c.directory()))) {
          getLog().warn(TextRenderer.render(hazard, null).stripTrailing());
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot read " + shown(c.directory()) + ": " + e.getMessage(), e);
      }
      for (Difference d : differences) {
        String file = shown(c.directory().resolve(d.path()));
        getLog().error(file + " " + drift(d.kind(), c.spec().name()) + ":\n" + bounded(d.unifiedDiff()));
        drifted.add(file);
      }
      if (differences.isEmpty()) {
        getLog().info(shown(c.directory()) + " is up to date with " + c.spec().name() + " ("
            + DiagnosticLog.plural(c.result().manifests().size(), "file") + ")");
      }
    }
    int broken = promises(compiled);
    Set<Path> rewritten = GeneratedInThisBuild.under(getPluginContext(), directory);
    if (drifted.isEmpty() && !rewritten.isEmpty()) {
      List<String> files = rewritten.stream().map(this::shown).toList();
      throw new MojoFailureException(shown(directory) + " cannot be checked: scalegen:generate rewrote "
          + DiagnosticLog.plural(files.size(), "file") + " in it earlier in this build (" + String.join(", ", files)
          + "), so they differed from the spec before; generate into another directory (outputDirectory,"
          + " scalegen.outputDirectory) and give check the committed one (checkDirectory, scalegen.check.directory)");
    }
    if (broken > 0 && drifted.isEmpty()) {
      throw new MojoFailureException(DiagnosticLog.plural(broken, "promise") + " of the scenarios "
          + (broken == 1 ? "is" : "are") + " broken in simulation (SG303, SG304 above, each with its time line);"
          + " see docs/scenarios.md");
    }
    if (!drifted.isEmpty()) {
      String fix = "mvn " + module() + "scalegen:generate -Dscalegen.outputDirectory=" + shown(directory);
      getLog().error("To update the committed manifests, run `" + fix + "` and commit the result.");
      String specs = specFiles.size() == 1 ? specFiles.get(0).name() : "the specs";
      throw new MojoFailureException(shown(directory) + " is not what " + specs + " compile"
          + (specFiles.size() == 1 ? "s" : "") + " to: " + DiagnosticLog.plural(drifted.size(), "file")
          + (drifted.size() == 1 ? " differs" : " differ") + " (" + String.join(", ", drifted)
          + "); run `" + fix + "` and commit the result");
    }
  }

  /**
   * Simulates the promises of each spec's scenarios ({@code expect}): a broken one is logged as an
   * error with the time line that breaks it; returns how many are broken.
   */
  private int promises(List<Compiled> compiled) {
    int broken = 0;
    for (Compiled c : compiled) {
      Result result = c.result();
      SpecFile spec = c.spec();
      List<PromiseOutcome> outcomes = Generator.checkPromises(result, spec.path());
      for (PromiseOutcome p : outcomes) {
        for (Diagnostic d : p.broken()) {
          getLog().error(TextRenderer.render(d, result.source().orElse(null)).stripTrailing()
              + (p.timeline().isEmpty() ? "" : "\n" + p.timelineText().stripTrailing()));
        }
        broken += p.kept() ? 0 : 1;
      }
      if (!outcomes.isEmpty()) {
        getLog().info(spec.name() + ": " + outcomes.stream().filter(PromiseOutcome::kept).count() + " of "
            + DiagnosticLog.plural(outcomes.size(), "promise") + " kept in simulation");
      }
    }
    return broken;
  }

  /** {@code checkDirectory}, else the deprecated {@code outputDirectory} ({@code run} warns), else {@code deploy/k8s}. */
  @SuppressWarnings("deprecation")
  private Path directory() {
    if (checkDirectory != null) {
      return checkDirectory.toPath();
    }
    if (outputDirectory != null) {
      return outputDirectory.toPath();
    }
    return project().resolve("deploy/k8s");
  }

  /** {@code -pl <module> } when Maven was started above this project, else nothing. */
  private String module() {
    if (executionRoot == null || executionRoot.toPath().toAbsolutePath().normalize().equals(
        project().toAbsolutePath().normalize())) {
      return "";
    }
    return "-pl " + SpecFiles.relative(executionRoot.toPath(), project()) + " ";
  }

  private static String drift(OutputComparison.Kind kind, String spec) {
    return switch (kind) {
      case CHANGED -> "differs from what " + spec + " compiles to";
      case MISSING -> "is missing (" + spec + " generates it)";
      case STALE -> "is stale (scalegen generated it earlier; " + spec + " no longer does)";
    };
  }

  /** The diff, cut after {@code maxDiffLines} lines with a line that says how many were left out. */
  private String bounded(String diff) {
    List<String> lines = diff.lines().toList();
    int shown = Math.max(1, maxDiffLines);
    if (lines.size() <= shown) {
      return String.join("\n", lines);
    }
    return String.join("\n", lines.subList(0, shown)) + "\n... (" + (lines.size() - shown)
        + " more diff lines; -Dscalegen.maxDiffLines raises the limit)";
  }
}
