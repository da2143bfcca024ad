package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.simulate.ReplicaCalculator.Proposal;
import dev.scalegen.core.simulate.ReplicaCalculator.Tolerances;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vectors ported from Kubernetes' {@code pkg/controller/podautoscaler/replica_calculator_test.go}
 * (master of the 1.35 cycle, read at omerap12/kubernetes a769d588; the resource path is the same
 * since 1.27 apart from the split tolerances of 1.33). The controller's tests give per-pod usage and
 * requests; the calculator only sums them, so each vector is given here as its sums: ready pods,
 * unready (Pending or not-ready) pods, their summed usage in millicores, the per-pod request.
 * Vectors whose pods miss metrics, are failed, succeeded or being deleted have no counterpart in the
 * simulation's pods and are left out.
 */
class ReplicaCalculatorTest {

  private static final Tolerances DEFAULT = new Tolerances(0.1, 0.1);

  @DisplayName("TestReplicaCalcResourceScale")
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      scale up                           | 3 | 3 | 0 | 1500 | 1000 |  30 | 5 |  50
      scale up: unready pod scales less  | 3 | 2 | 1 | 1200 | 1000 |  30 | 4 |  60
      no scale: unready pods ignored     | 3 | 1 | 2 |  400 | 1000 |  30 | 3 |  40
      scale down                         | 5 | 5 | 0 | 1400 | 1000 |  50 | 3 |  28
      scale down: exclude unready pods   | 5 | 3 | 2 |  900 | 1000 |  50 | 2 |  30
      scale down: exclude unscheduled pods | 5 | 1 | 4 | 100 | 1000 |  50 | 1 |  10
      """)
  void resourceScale(String name, int current, int ready, int unready, long usage, long request, int target,
      int expectedReplicas, int expectedUtilization) {
    Proposal proposal = ReplicaCalculator.resourceReplicas(current, ready, unready, usage, request, target, DEFAULT);
    assertThat(proposal.replicas()).isEqualTo(expectedReplicas);
    assertThat(proposal.utilization()).isEqualTo(expectedUtilization);
  }

  /** The requests are 0.9, 1.0 and 1.1 cores in the source: 3000m in all, 1000m a pod on average. */
  @DisplayName("TestReplicaCalcResourceTolerance")
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      within default tolerance                                     | 0.1  | 0.1  | 3060 | 3 | 102
      outside 0% tolerance                                         | 0    | 0    | 3030 | 4 | 101
      within 200% scale-up tolerance                               | 0.1  | 2    | 5700 | 3 | 190
      outside 8% scale-up tolerance (superfluous scale-down tolerance) | 2 | 0.08 | 3270 | 4 | 109
      within 36% scale-down tolerance                              | 0.36 | 0.1  | 1950 | 3 |  65
      outside 34% scale-down tolerance                             | 0.34 | 0.1  | 1950 | 2 |  65
      """)
  void resourceTolerance(String name, double down, double up, long usage, int expectedReplicas,
      int expectedUtilization) {
    Proposal proposal = ReplicaCalculator.resourceReplicas(3, 3, 0, usage, 1000, 100, new Tolerances(down, up));
    assertThat(proposal.replicas()).isEqualTo(expectedReplicas);
    assertThat(proposal.utilization()).isEqualTo(expectedUtilization);
  }

  /**
   * TestReplicaCalcComputedToleranceAlgImplementation: 10 pods use 1500m of 3000m requested (50 %).
   * A target of int32((1 / (2 x 0.9) + 0.01) x 100) = 56 % gives a ratio of 50/56 = 0.893, just
   * outside the tolerance: ceil(0.893 x 10) = 9 pods. A target of int32((1 / 1.8 + 0.004) x 100) =
   * 55 % gives 50/55 = 0.909, inside it: 10 pods stay.
   */
  @DisplayName("TestReplicaCalcComputedToleranceAlgImplementation")
  @ParameterizedTest(name = "target {0}% -> {1} pods")
  @CsvSource({"56, 9", "55, 10"})
  void computedTolerance(int target, int expectedReplicas) {
    Proposal proposal = ReplicaCalculator.resourceReplicas(10, 10, 0, 1500, 300, target, DEFAULT);
    assertThat(proposal.replicas()).isEqualTo(expectedReplicas);
    assertThat(proposal.utilization()).isEqualTo(50);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("what held a proposal back")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      ratio 1.05 with no unready pod: tolerance             | 3 | 0 | 3150 | tolerance
      ratio 1.09 with an unready pod: still the tolerance   | 20 | 1 | 21800 | tolerance
      unready pods turn a scale-up into no change            | 1 | 2 | 1500 | unready pods
      exactly on target: nothing to hold back                | 3 | 0 | 3000 | null
      """)
  void limitedBy(String name, int ready, int unready, long usage, String expected) {
    Proposal proposal = ReplicaCalculator.resourceReplicas(ready + unready, ready, unready, usage, 1000, 100, DEFAULT);
    assertThat(proposal.replicas()).isEqualTo(ready + unready);
    assertThat(proposal.limitedBy()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "no ready pod: the metric fails")
  @CsvSource({"3, 0, 3"})
  void noReadyPod(int current, int ready, int unready) {
    assertThat(ReplicaCalculator.resourceReplicas(current, ready, unready, 5000, 1000, 50, DEFAULT)).isNull();
  }
}
