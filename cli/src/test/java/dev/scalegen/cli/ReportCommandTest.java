package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scalegen report SPEC}: the files per format, the exit codes, diagnostics on stderr. */
class ReportCommandTest {

  static final String SPEC = MainTest.DOCVAULT.toString();

  @TempDir
  Path dir;

  @Test
  void writesTheHtmlAndOneChartPerSetByDefault() throws Exception {
    MainTest.Run r = MainTest.run("report", SPEC, "-o", dir.toString(), "--week", "2027-03-22");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote 5 files to " + dir + " (report.html)");
    assertThat(dir.resolve("report.html")).content().contains("<svg ", "Capacity report: docvault",
        "Europe/Berlin (UTC+01:00, UTC+02:00 from Sun 28 Mar 03:00)");
    for (String set : new String[] {"base", "gradual-growth", "sudden-spike", "sustained-high"}) {
      assertThat(dir.resolve("week-" + set + ".svg")).exists();
    }
    // The spec's warnings are printed as by validate, and sit next to their tier in the page.
    assertThat(r.err()).contains("warning[SG218]", "0 errors, 2 warnings");
  }

  @Test
  void markdownAndJsonCarryTheSameTotals() throws Exception {
    assertThat(MainTest.run("report", SPEC, "-o", dir.toString(), "--format", "markdown", "--week", "2027-03-22").exit())
        .isZero();
    assertThat(MainTest.run("report", SPEC, "-o", dir.toString(), "--format", "json", "--week", "2027-03-22").exit())
        .isZero();
    // sustained-high: 50-100 backend (2 vCPU), 20-50 frontend (0.25), 2-50 Celery (1; KEDA), redis (0.5).
    assertThat(dir.resolve("report.md")).content().contains("| **Total** | | | | **73** | **201** | **107.50** | **263.00**");
    assertThat(dir.resolve("report.json")).content().contains("\"cpuRequests\" : 263.0");
  }

  @Test
  void aBadWeekIsAUsageError() {
    MainTest.Run r = MainTest.run("report", SPEC, "-o", dir.toString(), "--week", "next week");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("error[SG506]: `--week` must be a date such as 2027-03-22, not `next week`");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aBadPriceFileFailsWithItsLocatedErrorsAndWritesNothing() throws Exception {
    Path prices = Files.writeString(dir.resolve("prices.yaml"), "vcpuHour: 0.04\ngibHour: 0.005\n");
    Path out = dir.resolve("out");
    MainTest.Run r = MainTest.run("report", SPEC, "-o", out.toString(), "--prices", prices.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains(prices + ":1:1: error[SG503]: the price file sets prices but no `currency`");
    assertThat(out).doesNotExist();
    MainTest.Run missing = MainTest.run("report", SPEC, "-o", out.toString(), "--prices", dir.resolve("none.yaml").toString());
    assertThat(missing.exit()).isEqualTo(ExitCode.IO);
    assertThat(missing.err()).contains("error[SG001]");
  }

  @Test
  void aPodLargerThanANodeIsAWarningAndLeftOutOfTheNodes() throws Exception {
    Path spec = Files.writeString(dir.resolve("scaling.yaml"), """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop, namespace: shop }
        tiers:
          api:
            image: ghcr.io/acme/api:1.0.0
            port: 8080
            resources:
              requests: { cpu: 16, memory: 4Gi }
              limits: { cpu: 16, memory: 4Gi }
            replicas: 2
        """);
    MainTest.Run r = MainTest.run("report", spec.toString(), "-o", dir.resolve("out").toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains(":9:17: warning[SG505]: a pod of `api` requests 16 CPU and 4 GiB, more than a node"
        + " of pool `other` can give (7.20 CPU, 28.80 GiB)");
    assertThat(dir.resolve("out/report.json")).content().contains("\"nodesAtMax\" : 0", "\"unplaceable\" : [ \"api\" ]",
        "\"code\" : \"SG505\"");
  }

  @Test
  void anInvalidSpecWritesNoReport() throws Exception {
    Path spec = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\n");
    MainTest.Run r = MainTest.run("report", spec.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
