package dev.scalegen.maven;

import dev.scalegen.core.Options;
import dev.scalegen.core.emit.OutputWriter;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the scaling specs into Kubernetes manifests and writes them, with a
 * {@code kustomization.yaml}, into {@code outputDirectory}. It is incremental: a file whose bytes
 * are already right is not rewritten (its modification time is kept), so when neither the spec
 * nor the configuration changed nothing is written and the log says the directory is up to date.
 * Stale files that an earlier run generated are deleted; files that scalegen did not write are
 * never touched. An invalid spec fails the build before anything is written, as {@code validate}
 * does.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractCompileMojo {

  /**
   * Where the manifests are written. The default is under the build directory; a committed
   * directory such as <code>${project.basedir}/deploy/k8s</code> is the GitOps layout (see
   * {@code check}, whose directory is its own parameter, {@code checkDirectory}). With several
   * specs, each writes into a folder named after its {@code metadata.name}. Same as the CLI's
   * {@code --output}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.outputDirectory", defaultValue = "${project.build.directory}/scalegen")
  File outputDirectory;

  /**
   * Skip this goal only (the log says so); {@code skip} skips them all.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.generate.skip", defaultValue = "false")
  boolean skipGenerate;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  List<String> settings() {
    List<String> settings = new ArrayList<>(super.settings());
    settings.add("outputDirectory " + outputDirectory.getAbsolutePath());
    return settings;
  }

  @Override
  List<Path> directories() {
    return List.of(outputDirectory.toPath());
  }

  @Override
  void run(List<SpecFile> specFiles) throws MojoExecutionException, MojoFailureException {
    Options options = options(outputDirectory.toPath());
    for (Compiled c : compile(specFiles, options)) {
      OutputWriter.Report report;
      try {
        report = OutputWriter.write(c.result(), c.directory());
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write " + shown(c.directory()) + ": " + e.getMessage(), e);
      }
      GeneratedInThisBuild.record(getPluginContext(), c.directory(), report);
      String where = shown(c.directory()) + " (from " + c.spec().name() + ")";
      int files = report.written().size() + report.unchanged().size();
      String upToDate = where + " is up to date: nothing written, " + DiagnosticLog.plural(files, "file") + " unchanged";
      if (report.written().isEmpty() && report.deleted().isEmpty()) {
        getLog().info(upToDate);
      } else {
        summary(where + ": " + report.written().size() + " written, " + report.unchanged().size()
            + " unchanged, " + report.deleted().size() + " deleted", upToDate);
      }
    }
  }
}
