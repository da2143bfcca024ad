package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Whole runs of the simulation, each computed by hand in its comment from the controller's rules. */
class HpaSimulationTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static SimulatedTier tier(int min, int max, int initial, int target, HorizontalPodAutoscalerBehavior behavior,
      Duration readyAfter) {
    return new SimulatedTier("backend", min, max, initial, List.of(new MetricTarget(Resource.CPU, target, 1.0)),
        behavior, readyAfter);
  }

  /** A step of the tier's CPU usage from {@code before} to {@code after} cores at {@code at}. */
  private static Demand step(double before, double after, Duration at) {
    return (t, tier, resource) -> Demand.Sample.usage(t.compareTo(at) >= 0 ? after : before);
  }

  private static Step at(Timeline timeline, int seconds) {
    return timeline.steps("backend").get(seconds / 15);
  }

  /**
   * 5 pods at their 70 % target (3.5 cores of 1-core requests), then 10x (35 cores) at 60 s; default
   * behavior (+100 % or +4 pods per 15 s, the larger), pods ready 30 s after creation, max 50.
   * 60 s: 5 ready at 700 % propose 50; +100 % of 5 allows 10. 75 s: 5 ready + 5 starting (0 %):
   * 35000 m / 10 pods = 350 %, ceil(5 x 10) = 50; +100 % of 10 allows 20. 90 s: 10 ready + 10
   * starting, 175 % -> 50; allows 40. 105 s: 20 ready + 20 starting, 87 % -> ceil(1.2429 x 40) = 50;
   * the policy would allow 80 and max is 50, so nothing holds it back. So the HPA asks for 50 pods 45 s after the step, and
   * they are all ready 30 s later, 75 s after it. Utilization over the ready pods: 700 % at 60 s,
   * 350 % at 75 and 90 s, 175 % at 105 s, 87 % at 120 s (40 ready), 70 % from 135 s: above the
   * target for 5 syncs, 75 s.
   */
  @Test
  void tenfoldStepWithDefaultBehaviorReachesMaxIn45Seconds() {
    SimulationInput input = SimulationInput.of(
        List.of(tier(5, 50, 5, 70, new HorizontalPodAutoscalerBehavior(), Duration.ofSeconds(30))),
        step(3.5, 35, MINUTE), List.of(), Duration.ofMinutes(5));
    Timeline timeline = HpaSimulation.run(input);

    assertThat(at(timeline, 45).desired()).isEqualTo(5);
    assertThat(at(timeline, 45).limitedBy()).isNull();
    assertThat(List.of(at(timeline, 60).desired(), at(timeline, 75).desired(), at(timeline, 90).desired(),
        at(timeline, 105).desired())).containsExactly(10, 20, 40, 50);
    assertThat(at(timeline, 60).limitedBy()).isEqualTo("scaleUp policy Percent 100%/15s");
    assertThat(at(timeline, 60).utilizationPercent()).isEqualTo(700);
    assertThat(at(timeline, 105).limitedBy()).isNull();
    assertThat(at(timeline, 105).ready()).isEqualTo(20);
    TierSummary summary = timeline.summary("backend", 50, MINUTE);
    assertThat(summary.timeToDesired()).contains(Duration.ofSeconds(45));
    assertThat(summary.timeToReady()).contains(Duration.ofSeconds(75));
    assertThat(summary.peakUtilizationPercent()).isEqualTo(700);
    assertThat(summary.timeAboveTarget()).isEqualTo(Duration.ofSeconds(75));
    assertThat(summary.desiredAtEnd()).isEqualTo(50);
    assertThat(summary.readyAtEnd()).isEqualTo(50);
  }

  /**
   * Without a behavior the controller caps a scale-up at max(2 x current, 4) per sync: from 1 pod at
   * 500 % of a 50 % target (5 cores, proposal 10), 4 pods at 0 s, then 8, then 10 (the proposal).
   * With the API's default behavior: max(1 + 4, 2 x 1) = 5, then 10.
   */
  @Test
  void withoutBehaviorTheOldTwofoldCapApplies() {
    Demand demand = step(5, 5, Duration.ZERO);
    Timeline none = HpaSimulation.run(SimulationInput.of(List.of(tier(1, 10, 1, 50, null, Duration.ZERO)), demand,
        List.of(), Duration.ofSeconds(30)));
    assertThat(none.steps("backend")).extracting(Step::desired).containsExactly(4, 8, 10);
    assertThat(none.steps("backend").get(0).limitedBy()).isEqualTo("scale-up limit max(2x, 4)");
    Timeline defaults = HpaSimulation.run(SimulationInput.of(
        List.of(tier(1, 10, 1, 50, new HorizontalPodAutoscalerBehavior(), Duration.ZERO)), demand, List.of(),
        Duration.ofSeconds(30)));
    assertThat(defaults.steps("backend")).extracting(Step::desired).containsExactly(5, 10, 10);
    assertThat(defaults.steps("backend").get(0).limitedBy()).isEqualTo("scaleUp policy Pods 4/15s");
  }

  /**
   * 10 pods at target (5 cores, 50 %) until 60 s, then 1 core (10 %, proposal 2). The default
   * scale-down window is 300 s and the last recommendation of 10 came at 45 s, so it counts up to the
   * sync at 330 s; at 345 s (285 s after the drop) the HPA goes to 2 at once (100 % per 15 s).
   */
  @Test
  void scaleDownWaitsForTheStabilizationWindow() {
    Timeline timeline = HpaSimulation.run(SimulationInput.of(
        List.of(tier(1, 20, 10, 50, new HorizontalPodAutoscalerBehavior(), Duration.ZERO)),
        step(5, 1, MINUTE), List.of(), Duration.ofMinutes(7)));
    assertThat(at(timeline, 60).desired()).isEqualTo(10);
    assertThat(at(timeline, 60).limitedBy()).isEqualTo("stabilization window");
    assertThat(at(timeline, 330).desired()).isEqualTo(10);
    assertThat(at(timeline, 345).desired()).isEqualTo(2);
    assertThat(at(timeline, 345).ready()).isEqualTo(10);
    assertThat(at(timeline, 360).ready()).isEqualTo(2);
  }

  /**
   * A schedule raises min from 2 to 6 at 100 s: the next sync (105 s) sees current 2 < min and sets
   * 6 without any rate limit. Back to min 2 at 200 s: the metrics' recommendations (1 and the initial
   * 2) were never 6, so the next sync (210 s) drops to 2 at once.
   */
  @Test
  void boundsChangesApplyAtTheNextSync() {
    List<BoundsChange> changes = List.of(
        new BoundsChange(Duration.ofSeconds(200), "backend", OptionalInt.of(2), OptionalInt.empty()),
        new BoundsChange(Duration.ofSeconds(100), "backend", OptionalInt.of(6), OptionalInt.empty()));
    Timeline timeline = HpaSimulation.run(SimulationInput.of(
        List.of(tier(2, 10, 2, 50, new HorizontalPodAutoscalerBehavior(), Duration.ZERO)),
        step(0.5, 0.5, Duration.ZERO), changes, Duration.ofMinutes(4)));
    assertThat(at(timeline, 90).desired()).isEqualTo(2);
    assertThat(at(timeline, 105).desired()).isEqualTo(6);
    assertThat(at(timeline, 105).limitedBy()).isEqualTo("min");
    assertThat(at(timeline, 195).desired()).isEqualTo(6);
    assertThat(at(timeline, 210).desired()).isEqualTo(2);
  }

  /** A recorded trace: 4 ready pods at 100 % of a 50 % target propose 8 (no behavior allows 8). */
  @Test
  void utilizationSamplesAreReadOverTheReadyPods() {
    Timeline timeline = HpaSimulation.run(SimulationInput.of(List.of(tier(1, 20, 4, 50, null, Duration.ZERO)),
        (t, tier, resource) -> Demand.Sample.utilization(100), List.of(), Duration.ZERO));
    Step first = timeline.steps("backend").get(0);
    assertThat(first.desired()).isEqualTo(8);
    assertThat(first.load()).isEqualTo(4.0);
    assertThat(first.utilizationPercent()).isEqualTo(100);
  }

  /**
   * CPU at 25 % of a 50 % target (proposal 2) and memory at 200 % of an 80 % target (ceil(2.5 x 4)
   * = 10): the larger wins, capped at max(2 x 4, 4) = 8; the step reports the first metric (CPU).
   */
  @Test
  void theLargestMetricProposalWins() {
    double gib = 1024.0 * 1024 * 1024;
    SimulatedTier tier = new SimulatedTier("backend", 1, 20, 4,
        List.of(new MetricTarget(Resource.CPU, 50, 1.0), new MetricTarget(Resource.MEMORY, 80, gib)), null,
        Duration.ZERO);
    Demand demand = (t, name, resource) -> Demand.Sample.usage(resource == Resource.CPU ? 1.0 : 8 * gib);
    Step first = HpaSimulation.run(SimulationInput.of(List.of(tier), demand, List.of(), Duration.ZERO))
        .steps("backend").get(0);
    assertThat(first.desired()).isEqualTo(8);
    assertThat(first.limitedBy()).isEqualTo("scale-up limit max(2x, 4)");
    assertThat(first.utilizationPercent()).isEqualTo(25);
  }

  /** A week at 15 s is 40,320 syncs plus the one at 0; two runs of the same input are equal. */
  @Test
  void aWeekIsDeterministic() {
    Duration week = Duration.ofDays(7);
    Demand wave = (t, name, resource) -> Demand.Sample.usage(
        10 + 8 * Math.sin(2 * Math.PI * t.toSeconds() / 86_400.0));
    SimulationInput input = SimulationInput.of(List.of(tier(2, 40, 4, 70, null, Duration.ofSeconds(45))), wave,
        List.of(new BoundsChange(Duration.ofHours(22), "backend", OptionalInt.of(3), OptionalInt.empty())), week);
    Timeline first = HpaSimulation.run(input);
    assertThat(first.steps("backend")).hasSize(40_321);
    assertThat(HpaSimulation.run(input).steps("backend")).isEqualTo(first.steps("backend"));
  }
}
