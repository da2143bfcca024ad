package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scalegen explain SPEC}: effective values per set and tier, each with the line it came from. */
class ExplainCommandTest {

  static final String SPEC = MainTest.DOCVAULT.toString();

  @Test
  void showsEveryTierOfEverySetWithTheOriginOfEachValue() {
    MainTest.Run r = MainTest.run("explain", SPEC);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("set base (the baseline)", "set gradual-growth: ", "set sudden-spike: ",
        "set sustained-high: ", "celery-worker", "redis (stateful)");
    assertThat(r.out()).containsPattern("backend +autoscaling\\.min +5 +baseline .*scaling\\.yaml:33");
    assertThat(r.out()).containsPattern("workers\\.count +--workers 8 +baseline .*scaling\\.yaml:24");
    assertThat(r.out()).containsPattern("placement +spot \\(karpenter-spot, preferred\\)");
    assertThat(r.out()).containsPattern("autoscaling\\.behavior +Kubernetes defaults +default");
  }

  @Test
  void scenarioOverridesPointAtTheScenarioLine() {
    MainTest.Run r = MainTest.run("explain", SPEC, "--scenario", "sustained-high", "--tier", "backend");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("set base").doesNotContainPattern("(?m)^  frontend ");
    assertThat(r.out()).containsPattern("autoscaling\\.max +100 +scenario .*scaling\\.yaml:\\d+");
    assertThat(r.out()).containsPattern("autoscaling\\.cpu +70% +baseline .*scaling\\.yaml:33");
    // sustained-high switches the night off; gradual-growth gives it its own value.
    assertThat(r.out()).doesNotContain("@ night");
    MainTest.Run growth = MainTest.run("explain", SPEC, "--scenario", "gradual-growth", "--tier", "backend");
    assertThat(growth.out()).containsPattern(
        "autoscaling\\.min @ night +5 +schedule 22:00-06:00 Mon-Sun Europe/Berlin, .*scaling\\.yaml:\\d+");
  }

  @Test
  void kedaTiersShowTheirBoundsPerScenario() {
    MainTest.Run r = MainTest.run("explain", SPEC, "--scenario", "base,sustained-high", "--tier", "celery-worker");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("autoscaling\\.max +30 +baseline")
        .containsPattern("autoscaling\\.max +50 +scenario")
        .containsPattern("workers\\.count +--concurrency 4");
  }

  @Test
  void cronSchedulesShowBothExpressionsAndTheZone(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("scaling.yaml");
    Files.writeString(spec, """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            replicas: 4
        schedules:
          weekend:
            cron: { enter: "0 20 * * 5", exit: "0 6 * * 1", timeZone: America/New_York }
            set: { web: { replicas: 2 } }
        """);
    MainTest.Run r = MainTest.run("explain", spec.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern(
        "replicas @ weekend +2 +schedule cron \"0 20 \\* \\* 5\" to \"0 6 \\* \\* 1\" America/New_York, .*scaling\\.yaml:12");
  }

  @Test
  void unknownScenarioOrTierIsAUsageError() {
    MainTest.Run s = MainTest.run("explain", SPEC, "--scenario", "base,sustaind-high");
    assertThat(s.exit()).isEqualTo(2);
    // SG236, as `generate` and `check` report it, with its did-you-mean; nothing explained.
    assertThat(s.err()).contains("error[SG236]: the options select set `sustaind-high`")
        .contains("did you mean `sustained-high`?");
    assertThat(s.out()).isEmpty();
    MainTest.Run r = MainTest.run("explain", SPEC, "--tier", "db");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no tier named db").contains("backend, frontend, celery-worker, redis");
  }

  @Test
  void missingSpecIsAnIoError() {
    MainTest.Run r = MainTest.run("explain", "nope.yaml");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("error[SG001]");
  }

  @Test
  void aSetShowsItsOwnSchedulesWhereAScenarioSwitchesThemOffOrOverridesThem(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("scaling.yaml");
    Files.writeString(spec, """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          api: { image: a:1, resources: { requests: { cpu: "1" } }, autoscaling: { min: 4, max: 10, cpu: 70% } }
        schedules:
          night: { window: { from: "22:00", to: "06:00", days: Mon-Thu, timeZone: UTC }, set: { api: { min: 2 } } }
          weekend: { cron: { enter: "0 20 * * FRI", exit: "0 6 * * MON", timeZone: UTC }, set: { api: { min: 3 } } }
        scenarios:
          peak:
            tiers: { api: { autoscaling: { min: 8 } } }
            schedules: { weekend: off, night: { set: { api: { min: 6 } } } }
        """);
    MainTest.Run r = MainTest.run("explain", spec.toString(), "--scenario", "peak");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("autoscaling\\.min @ night +6 +schedule 22:00-06:00 .*scaling\\.yaml:12")
        .doesNotContain("@ weekend");
  }
}
