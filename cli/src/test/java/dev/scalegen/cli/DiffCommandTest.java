package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  @TempDir
  Path dir;

  @Test
  void showsWhatSustainedHighChangesTierByTierThenTheManifests() {
    MainTest.Run r = MainTest.run("diff", MainTest.DOCVAULT.toString(), "--scenario", "sustained-high");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(
        "Scenario sustained-high against base:",
        "  backend\n    autoscaling.min  5 -> 50\n    autoscaling.max  50 -> 100\n",
        "  frontend\n    autoscaling.min  3 -> 20\n    autoscaling.max  20 -> 50\n",
        "  celery-worker\n    autoscaling.max  30 -> 50\n",
        "--- base/backend/hpa.yaml\n+++ sustained-high/backend/hpa.yaml\n",
        "-  maxReplicas: 50\n+  maxReplicas: 100\n",
        // The scenario switches the night off: no scheduler files in its set.
        "-- scheduler/cronjob-night-enter.yaml\n",
        "--- base/scheduler/cronjob-night-enter.yaml\n+++ /dev/null\n");
    // Redis is the same in both sets: named only as context lines of the kustomization's diff.
    assertThat(r.out()).doesNotContain("redis/statefulset.yaml\n+++", "  redis\n");
  }

  @Test
  void comparesTwoScenarios() {
    MainTest.Run r = MainTest.run("diff", MainTest.DOCVAULT.toString(), "--scenario", "sudden-spike",
        "--against", "gradual-growth");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Scenario sudden-spike against gradual-growth:",
        "autoscaling.behavior  (unset) -> fast-up", "  celery-worker\n    autoscaling.min       10 -> 2\n"
            + "    autoscaling.max       15 -> 30\n");
  }

  @Test
  void anUnknownScenarioIsTheUsageErrorSG236AsInGenerate() {
    MainTest.Run r = MainTest.run("diff", MainTest.DOCVAULT.toString(), "--scenario", "black-friday");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("error[SG236]: the options select set `black-friday`, which is neither the baseline"
        + " `base` nor a scenario of the spec (`gradual-growth`, `sudden-spike`, `sustained-high`)");
    assertThat(r.out()).doesNotContain("Scenario black-friday");
  }

  @Test
  void anUnknownAgainstHasTheDidYouMeanOfSG236() {
    MainTest.Run r = MainTest.run("diff", MainTest.DOCVAULT.toString(), "--scenario", "sudden-spike",
        "--against", "sustained-hi");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("error[SG236]: the options select set `sustained-hi`")
        .contains("did you mean `sustained-high`?");
  }

  @Test
  void oneUnknownNameGivenTwiceIsReportedOnce() {
    MainTest.Run r = MainTest.run("diff", MainTest.DOCVAULT.toString(), "--scenario", "peak", "--against", "peak");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().split("error\\[SG236\\]", -1)).hasSize(2);
  }

  @Test
  void anInvalidSpecExitsOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web: { image: nginx:1.27, replicas: 2, autoscaling: { min: 1, max: 3 } }
        scenarios:
          big: { tiers: { web: { replicas: 4 } } }
        """);
    MainTest.Run r = MainTest.run("diff", bad.toString(), "--scenario", "big");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[SG203]");
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThat(MainTest.run("diff", dir.resolve("none.yaml").toString(), "--scenario", "x").exit()).isEqualTo(3);
  }

  @Test
  void jsonFormatKeepsStandardOutputParseable() {
    MainTest.Run r = MainTest.run("diff", "--format", "json", MainTest.DOCVAULT.toString(), "--scenario", "sustained-high");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{").doesNotContain("Scenario sustained-high");
    assertThat(r.err()).contains("Scenario sustained-high against base:");
  }
}
