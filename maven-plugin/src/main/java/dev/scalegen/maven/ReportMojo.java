package dev.scalegen.maven;

import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.maven.SpecFiles.SpecFile;
import dev.scalegen.report.Report;
import dev.scalegen.report.ReportFiles;
import dev.scalegen.report.ReportOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the capacity report of each spec (what {@code scalegen report} writes, see
 * {@code docs/report.md}): per set, tier and node pool the pods, CPU and memory requested and
 * limited at every tier's minimum and maximum, the nodes they need, the lowest and highest capacity
 * over a week of schedules on one chart per set, the cost with a price file, and every diagnostic
 * next to its tier. The spec's diagnostics are logged as by {@code validate}; a spec or price file
 * with an error fails the build and writes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends AbstractScalegenMojo {

  /**
   * Folder the report is written into (created if missing; files of the same names replaced). With
   * several specs, each gets a folder named after its file (without {@code .yaml}) under it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.report.outputDirectory", defaultValue = "${project.build.directory}/scalegen-report")
  File reportDirectory;

  /**
   * {@code html} ({@code report.html}, charts embedded, and {@code week-<set>.svg}), {@code markdown}
   * ({@code report.md} and the SVGs) or {@code json} ({@code report.json}). Same as the CLI's
   * {@code --format}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.report.format", defaultValue = "html")
  String format;

  /**
   * Any day of the week to report ({@code YYYY-MM-DD}; the week runs Monday to Sunday); default:
   * the current week (UTC). Same as the CLI's {@code --week}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.week")
  String week;

  /**
   * A price file (YAML: currency, prices, spot discount, node shapes); without it the report shows
   * no cost and no currency. Same as the CLI's {@code --prices}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.prices")
  File prices;

  /**
   * Skip this goal only; {@code skip} skips them all.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.report.skip", defaultValue = "false")
  boolean skipReport;

  @Override
  String goal() {
    return "report";
  }

  /**
   * None: the report always runs. What it depends on beyond the specs (the week, by default the
   * current one; the price file's contents; the format and folder) is outside the marker's key, so
   * a replayed log would leave a stale or missing report.
   */
  @Override
  UpToDate upToDate(List<SpecFile> specFiles) {
    return null;
  }

  @Override
  boolean skipGoal() {
    return skipReport;
  }

  @Override
  void run(List<SpecFile> specFiles) throws MojoExecutionException, MojoFailureException {
    ReportFiles.Format form = format(format);
    ReportOptions options = ReportOptions.of(week(week));
    SpecFile priceFile = null;
    if (prices != null) {
      Path path = basedir.toPath().resolve(prices.toPath()).normalize();
      priceFile = new SpecFile(path, SpecFiles.relative(basedir.toPath(), path));
      options = new ReportOptions(options.week(), path, priceFile.name());
    }
    for (SpecFile spec : specFiles) {
      Report.Outcome outcome = Report.build(spec.path(), spec.name(), options);
      List<SpecFile> named = new ArrayList<>(List.of(spec));
      if (outcome.results().size() > 1) {
        named.add(priceFile);
      }
      DiagnosticLog.log(getLog(), named, outcome.results());
      DiagnosticLog.failIfNeeded(named, outcome.results(), failOnWarning);
      Path folder = specFiles.size() == 1 ? reportDirectory.toPath()
          : reportDirectory.toPath().resolve(spec.path().getFileName().toString().replaceFirst("\\.ya?ml$", ""));
      try {
        List<Path> written = ReportFiles.write(outcome.report(), form, folder);
        getLog().info(SpecFiles.relative(basedir.toPath(), folder) + " (from " + spec.name() + "): "
            + written.size() + " report files written");
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write the report into " + folder + ": " + e.getMessage(), e);
      }
    }
  }

  private static ReportFiles.Format format(String text) throws MojoFailureException {
    try {
      return ReportFiles.Format.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("format (scalegen.report.format) must be html, markdown or json, not " + text);
    }
  }

  private static LocalDate week(String text) throws MojoFailureException {
    if (text == null || text.isBlank()) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    ReportOptions.Week parsed = ReportOptions.parseWeek(text);
    if (parsed.problem() != null) {
      throw new MojoFailureException(TextRenderer.headline(parsed.problem()));
    }
    return parsed.date();
  }
}
