package dev.scalegen.maven;

import dev.scalegen.maven.SpecFiles.SpecFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every scalegen goal shares: which specs to read, {@code skip} (each goal also has its own,
 * {@code scalegen.<goal>.skip}), {@code failOnWarning}, and the up-to-date check: a goal whose
 * specs, settings, plugin and directories have not changed since its last successful run replays
 * that run's log from its {@link UpToDate} marker instead of loading the core.
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

  /**
   * Whether a goal may stop early when nothing it depends on changed since its last successful run
   * in this project: the specs' bytes, the goal's parameters, the plugin, and for {@code generate}
   * and {@code check} every file under their directory. It then logs what that run logged (its
   * diagnostics and summary) without reading the specs again. The marker is a file under
   * {@code target/maven-status/scalegen/}; {@code mvn clean} removes it, and {@code false} makes
   * each goal run in full (it still writes the marker for the next build).
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.upToDateCheck", defaultValue = "true")
  boolean upToDateCheck;

  /** The project directory: relative paths are resolved, and reported, against it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** Where the up-to-date markers are kept, under {@code maven-status/scalegen/}. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** Names this execution's marker, so that two executions of a goal keep their own. */
  @Parameter(defaultValue = "${mojo.executionId}", readonly = true)
  String executionId;

  /** Part of every marker's key. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** The log of a goal running in full, which keeps what it logs for the marker; else Maven's. */
  private ReplayLog replayLog;

  /** False once a spec turns out to read other files (an overlay's base), which no key covers. */
  private boolean keyCoversInputs;

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
      List<SpecFile> specFiles = SpecFiles.resolve(specs, project());
      UpToDate upToDate = upToDate(specFiles);
      if (upToDate != null && upToDateCheck && replayed(upToDate)) {
        return;
      }
      forget(upToDate);
      replayLog = new ReplayLog(super.getLog());
      keyCoversInputs = true;
      run(specFiles);
      if (upToDate != null && keyCoversInputs) {
        record(upToDate, replayLog.lines());
      }
    } catch (RuntimeException e) {
      // Bad input comes back as diagnostics; anything thrown is a bug in scalegen.
      throw new MojoExecutionException("internal error in scalegen:" + goal() + " (a bug; please report it with the"
          + " spec and the stack trace from mvn -e): " + e, e);
    } finally {
      replayLog = null;
    }
  }

  @Override
  public Log getLog() {
    return replayLog != null ? replayLog : super.getLog();
  }

  /**
   * This goal's marker for these specs; {@code null} for none. The settings are the parameters
   * its outcome depends on, one line each; the directories, those whose files it reads or writes.
   */
  UpToDate upToDate(List<SpecFile> specFiles) {
    List<String> settings = new ArrayList<>(List.of("plugin " + pluginVersion, "goal " + goal(),
        "basedir " + project().toAbsolutePath().normalize(), "failOnWarning " + failOnWarning));
    settings.addAll(settings());
    Path marker = buildDirectory.toPath().resolve("maven-status").resolve("scalegen")
        .resolve(goal() + "-" + (executionId == null ? "default" : executionId) + ".txt");
    return new UpToDate(marker, settings, specFiles.stream().map(SpecFile::path).toList(), directories());
  }

  /** The goal's own parameters in the marker's key, one line each. */
  List<String> settings() {
    return List.of();
  }

  /** The directories whose every file is part of the marker's key. */
  List<Path> directories() {
    return List.of();
  }

  /** Keeps {@code later} in the marker instead of {@code now}: what a run that finds nothing changed says. */
  void summary(String now, String later) {
    super.getLog().info(now);
    if (replayLog != null) {
      replayLog.keepInstead("INFO", later);
    }
  }

  /** Tells the marker that a spec reads other files (an overlay's base): no marker is written. */
  void readsFilesOutsideTheKey() {
    keyCoversInputs = false;
  }

  private boolean replayed(UpToDate upToDate) {
    Optional<List<String>> kept;
    try {
      kept = upToDate.replay();
    } catch (IOException e) {
      getLog().debug("scalegen:" + goal() + ": up-to-date check failed, running in full: " + e);
      return false;
    }
    if (kept.isEmpty()) {
      return false;
    }
    getLog().info("Nothing changed since the last successful scalegen:" + goal() + " (specs, settings, plugin"
        + (directories().isEmpty() ? "" : ", files in " + String.join(", ", directories().stream().map(this::shown)
        .toList())) + "); its log follows. -Dscalegen.upToDateCheck=false runs it in full.");
    ReplayLog.replay(getLog(), kept.get());
    return true;
  }

  private void forget(UpToDate upToDate) {
    try {
      if (upToDate != null) {
        upToDate.forget();
      }
    } catch (IOException e) {
      getLog().debug("scalegen:" + goal() + ": up-to-date marker not deleted: " + e);
    }
  }

  private void record(UpToDate upToDate, List<String> lines) {
    try {
      upToDate.record(lines);
    } catch (IOException e) {
      getLog().debug("scalegen:" + goal() + ": no up-to-date marker written: " + e);
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
