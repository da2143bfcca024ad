package dev.scalegen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DocVault's report opened in headless Chromium (Debian's package at /usr/bin/chromium; skipped
 * without it): the page loads without a console message, a screenshot is taken, and the rendered
 * DOM holds one chart per set with the lines of every tier's series.
 */
class ChromiumReportTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path dir;

  record Run(String stdout, String stderr) {}

  Run chromium(Path profile, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout-" + System.nanoTime());
    Path err = dir.resolve("stderr-" + System.nanoTime());
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    return new Run(Files.readString(out), Files.readString(err));
  }

  @Test
  void theReportRendersWithoutConsoleErrorsAndItsChartsHaveTheirLines() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
    Report.Outcome outcome = Report.build(Path.of("../examples/docvault/scaling.yaml"), "scaling.yaml",
        ReportOptions.of(LocalDate.parse("2027-03-22")));
    Path report = dir.resolve("report");
    ReportFiles.write(outcome.report(), ReportFiles.Format.html, report);
    String url = report.resolve("report.html").toUri().toString();

    Path screenshot = dir.resolve("report.png");
    Run shot = chromium(Files.createDirectory(dir.resolve("profile-1")), "--window-size=1280,2400",
        "--screenshot=" + screenshot, url);
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(50_000);
    assertThat(console(shot.stderr())).as("console messages").isEmpty();

    Run dom = chromium(Files.createDirectory(dir.resolve("profile-2")), "--dump-dom", url);
    assertThat(console(dom.stderr())).as("console messages").isEmpty();
    String html = dom.stdout();
    List<String> charts = Pattern.compile("<svg[\\s\\S]*?</svg>").matcher(html).results().map(m -> m.group()).toList();
    assertThat(charts).hasSize(outcome.report().sets().size());
    for (String chart : charts) {
      // backend (blue), frontend (orange): max and min; celery-worker (green), redis (vermillion): replicas.
      for (String colour : List.of("rgb(0, 114, 178)", "rgb(230, 159, 0)", "rgb(0, 158, 115)", "rgb(213, 94, 0)")) {
        assertThat(lines(chart, colour)).as(colour).isGreaterThanOrEqualTo(2);
      }
    }
  }

  /** The console lines Chromium logs with --enable-logging (a page's errors and warnings among them). */
  static List<String> console(String stderr) {
    return stderr.lines().filter(l -> l.contains(":CONSOLE(") || l.contains("Uncaught")).toList();
  }

  /** Line segments stroked in {@code colour} (as the DOM serialises it, or as written). */
  static long lines(String svg, String colour) {
    String written = colour.replace(" ", "");
    return Pattern.compile("<line[^>]*stroke:\\s*(" + Pattern.quote(colour) + "|" + Pattern.quote(written) + ")")
        .matcher(svg).results().count();
  }
}
