package dev.scalegen.maven;

import dev.scalegen.core.Options;
import dev.scalegen.core.emit.OutputComparison;
import dev.scalegen.core.emit.OutputComparison.Difference;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * directory up to date. Files that scalegen did not generate are ignored.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractCompileMojo {

  /**
   * The committed directory to compare with. Unlike {@code generate}, whose default is under the
   * build directory, the default is the committed {@code deploy/k8s} of the GitOps layout, so
   * that a {@code generate} bound to the build does not make the check pass trivially. With
   * several specs, each is compared with a folder named after its {@code metadata.name}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.outputDirectory", defaultValue = "${project.basedir}/deploy/k8s")
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

  @Override
  String goal() {
    return "check";
  }

  @Override
  void run(List<SpecFile> specFiles) throws MojoExecutionException, MojoFailureException {
    List<String> drifted = new ArrayList<>();
    Options options = options(outputDirectory.toPath());
    for (Compiled c : compile(specFiles, options)) {
      List<Difference> differences;
      try {
        differences = OutputComparison.compare(c.result(), c.directory());
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
    if (!drifted.isEmpty()) {
      String fix = "mvn " + module() + "scalegen:generate -Dscalegen.outputDirectory=" + shown(outputDirectory.toPath());
      getLog().error("To update the committed manifests, run `" + fix + "` and commit the result.");
      String specs = specFiles.size() == 1 ? specFiles.get(0).name() : "the specs";
      throw new MojoFailureException(shown(outputDirectory.toPath()) + " is not what " + specs + " compile"
          + (specFiles.size() == 1 ? "s" : "") + " to: " + DiagnosticLog.plural(drifted.size(), "file")
          + (drifted.size() == 1 ? " differs" : " differ") + " (" + String.join(", ", drifted)
          + "); run `" + fix + "` and commit the result");
    }
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
