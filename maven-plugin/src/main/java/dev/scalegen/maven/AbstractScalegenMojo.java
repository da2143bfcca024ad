package dev.scalegen.maven;

import dev.scalegen.maven.SpecFiles.SpecFile;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every scalegen goal shares: which specs to read, {@code skip} (each goal also has its own,
 * {@code scalegen.<goal>.skip}) and {@code failOnWarning}.
 */
abstract class AbstractScalegenMojo extends AbstractMojo {

  /**
   * The scaling specs to read: files, or directories whose {@code *.yaml} and {@code *.yml} files
   * (not recursive) are all specs. Relative paths are resolved against the project directory. On
   * the command line, a comma-separated list: {@code -Dscalegen.specs=web.yaml,batch.yaml}. When
   * this resolves to several specs, the manifests of each go to a folder named after its
   * {@code metadata.name} under {@code outputDirectory} ({@code generate}) or {@code checkDirectory}
   * ({@code check}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.specs", defaultValue = "${project.basedir}/scaling.yaml")
  List<File> specs;

  /**
   * Fail the build when a spec has warnings (and no errors), as well as when it has errors.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * Skip this goal; the log says that it was skipped and why. On the command line it skips every
   * scalegen goal; {@code scalegen.validate.skip}, {@code scalegen.generate.skip} and
   * {@code scalegen.check.skip} skip one.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.skip", defaultValue = "false")
  boolean skip;

  /** The project directory: relative paths are resolved, and reported, against it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping scalegen:" + goal() + ": skip is true (scalegen.skip)");
      return;
    }
    if (skipGoal()) {
      getLog().info("Skipping scalegen:" + goal() + ": scalegen." + goal() + ".skip is true");
      return;
    }
    try {
      run(SpecFiles.resolve(specs, project()));
    } catch (RuntimeException e) {
      // Bad input comes back as diagnostics; anything thrown is a bug in scalegen.
      throw new MojoExecutionException("internal error in scalegen:" + goal() + " (a bug; please report it with the"
          + " spec and the stack trace from mvn -e): " + e, e);
    }
  }

  /** The goal's name, for the log. */
  abstract String goal();

  /** The goal's own skip parameter ({@code scalegen.<goal>.skip}). */
  abstract boolean skipGoal();

  /** Does the goal's work on the resolved specs. */
  abstract void run(List<SpecFile> specFiles) throws MojoExecutionException, MojoFailureException;

  Path project() {
    return basedir.toPath();
  }

  /** A path as the log shows it: relative to the project directory when it is below it. */
  String shown(Path path) {
    return SpecFiles.relative(project(), path);
  }
}
