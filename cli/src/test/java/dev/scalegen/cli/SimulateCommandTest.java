package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir
  Path dir;

  @Test
  void docVaultsSpikeReachesFiftyBackendPodsWithFastUpAndWritesTheChartAndCsv() throws IOException {
    Path chart = dir.resolve("spike.svg");
    Path csv = dir.resolve("timeline.csv");
    MainTest.Run r = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--scenario", "sudden-spike", "--load",
        "spike10x", "--tier", "backend", "--chart", chart.toString(), "--csv", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    // The scenario's promise gives the backend's pods 60 s to be ready; fast-up's policies limit the steps.
    assertThat(r.out()).contains("backend in sudden-spike under spike10x for 30m: min 5, max 50, from 5 pods,"
            + " cpu 70%, memory 80%, behavior as compiled, ready after 1m",
        "  time              load  utilization  desired  ready  limited by\n",
        "  0s          7.00 cores      70%/70%        5      5\n",
        "  1m         70.00 cores     700%/70%       15      5  scaleUp policy Pods 10/15s\n",
        "  summary: 50 pods ready 1m30s after the load's change at 1m");
    assertThat(r.out()).doesNotContain("frontend in");
    String svg = Files.readString(chart);
    assertThat(svg).startsWith("<?xml").contains("<svg");
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).isEqualTo(
        "tier,seconds,time,load,unit,utilization_percent,target_percent,desired,current,ready,limited_by");
    assertThat(rows).hasSize(1 + 121).contains("backend,60,1m,70.000,cores,700.000,70,15,5,5,\"scaleUp policy Pods 10/15s\"");
  }

  @Test
  void everyAutoscaledTierIsSimulatedAndGetsItsOwnChart() {
    Path chart = dir.resolve("c.svg");
    MainTest.Run r = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--load", "flat:1x", "--length", "5m",
        "--chart", chart.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("backend in base under flat:1x for 5m", "frontend in base under flat:1x for 5m")
        .doesNotContain("celery-worker in", "redis in");
    assertThat(dir.resolve("c-backend.svg")).exists();
    assertThat(dir.resolve("c-frontend.svg")).exists();
  }

  @Test
  void aRecordedUtilizationTraceIsReplayedForOneTier() throws IOException {
    Path trace = dir.resolve("frontend.csv");
    Files.writeString(trace, "# kubectl get hpa frontend -w, every 15 s\ntime,utilization\n0s,70%\n15s,140%\n"
        + "30s,140%\n45s,140%\n1m,70%\n");
    MainTest.Run r = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--tier", "frontend", "--load",
        trace.toString(), "--length", "3m");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("frontend in base under " + trace + " for 3m", "  15s         1.05 cores     140%/70%        6      3\n");
  }

  @Test
  void aBadLoadFileIsLocatedInTheFile() throws IOException {
    Path trace = dir.resolve("bad.csv");
    Files.writeString(trace, "time,cpu\n0,1\n15,lots\n");
    MainTest.Run r = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--tier", "frontend", "--load",
        trace.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(trace + ":3:4: error[SG604]: `cpu` `lots` on line 3 is not a number of cores");
  }

  @Test
  void usageErrorsNameWhatIsWrong() {
    MainTest.Run tier = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--load", "spike10x", "--tier", "redis");
    assertThat(tier.exit()).isEqualTo(2);
    assertThat(tier.err()).contains("`--tier redis`: the tier has no `autoscaling`");
    MainTest.Run load = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--load", "spike5x");
    assertThat(load.exit()).isEqualTo(2);
    assertThat(load.err()).contains("`--load spike5x` is not a load shape");
    MainTest.Run set = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--load", "spike10x", "--scenario", "x");
    assertThat(set.exit()).isEqualTo(2);
    assertThat(set.err()).contains("the spec has no scenario `x`; its sets: base, gradual-growth");
    MainTest.Run length = MainTest.run("simulate", MainTest.DOCVAULT.toString(), "--load", "spike10x", "--length", "5 min");
    assertThat(length.exit()).isEqualTo(2);
  }

  @Test
  void docVaultsPromisesAreKeptByCheck() {
    Path out = dir.resolve("k8s");
    assertThat(MainTest.run("generate", MainTest.DOCVAULT.toString(), "-o", out.toString()).exit()).isZero();
    MainTest.Run r = MainTest.run("check", MainTest.DOCVAULT.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("scaling.yaml: 5 of 5 promises kept in simulation");
  }

  @Test
  void checkFailsOnABrokenPromiseAndPrintsItsTimeLine() throws IOException {
    String spec = Files.readString(MainTest.DOCVAULT).replace("reaches: 50, within: 5m", "reaches: 50, within: 1m");
    Path file = dir.resolve("scaling.yaml");
    Files.writeString(file, spec);
    Path out = dir.resolve("k8s");
    assertThat(MainTest.run("generate", file.toString(), "-o", out.toString()).exit()).isZero();
    MainTest.Run r = MainTest.run("check", file.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[SG303]: `expect.backend.reaches` promises 50 ready pods within 1m of the load's"
        + " change in scenario `sudden-spike`", "4 of 5 promises kept in simulation");
    assertThat(r.out()).contains("scenario sudden-spike, tier backend, load spike10x:", "scaleUp policy Pods 10/15s");
  }
}
