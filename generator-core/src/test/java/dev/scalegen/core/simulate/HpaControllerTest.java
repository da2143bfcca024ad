package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.simulate.ReplicaCalculator.Proposal;
import dev.scalegen.core.simulate.ReplicaCalculator.Tolerances;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-reconcile vectors of Kubernetes' {@code pkg/controller/podautoscaler/horizontal_test.go}
 * (master of the 1.35 cycle, read at omerap12/kubernetes 060da168; {@code testCase.runTest}): one
 * sync of an HPA, metrics through the replica calculator, then {@code reconcileAutoscaler}'s bounds
 * and normalization. Per-pod levels are given as sums (ready pods' usage in millicores).
 */
class HpaControllerTest {
  private static final long NOW = 1_000_000_000_000L;
  private static final Tolerances DEFAULT = new Tolerances(0.1, 0.1);

  @ParameterizedTest(name = "{0}")
  @DisplayName("horizontal_test.go reconcile vectors")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      TestScaleUp                       | 2 |   6 | 3 | 3 | 0 | 1500 | 1000 |  30 | false | false | 5  | null
      TestScaleUpUnreadyLessScale       | 2 |   6 | 3 | 2 | 1 | 1200 | 1000 |  30 | false | false | 4  | null
      TestScaleUpUnreadyNoScale         | 2 |   6 | 3 | 1 | 2 |  400 | 1000 |  30 | false | false | 3  | unready pods
      TestScaleDown                     | 2 |   6 | 5 | 5 | 0 | 1400 | 1000 |  50 | true  | false | 3  | null
      TestScaleDownIgnoresUnreadyPods   | 2 |   6 | 5 | 3 | 2 |  900 | 1000 |  50 | true  | false | 2  | null
      TestScaleUpRCImmediately          | 2 |   6 | 1 | 1 | 0 |   50 | 1000 |  30 | false | false | 2  | min
      TestScaleDownRCImmediately        | 2 |   5 | 6 | 6 | 0 | 6000 | 1000 |  30 | false | false | 5  | max
      TestToleranceCPU                  | 1 |   5 | 3 | 3 | 0 | 3060 | 1000 | 100 | false | false | 3  | tolerance
      TestScaleUpOneMetricEmpty         | 2 |   6 | 3 | 3 | 0 | 1200 | 1000 |  30 | false | true  | 4  | null
      TestNoScaleDownOneMetricEmpty     | 2 |   6 | 5 | 5 | 0 | 1400 | 1000 |  50 | true  | true  | 5  | no ready pod
      """)
  void reconcile(String name, int min, int max, int current, int ready, int unready, long usage, long request,
      int target, boolean emptyRecommendations, boolean failingSecondMetric, int expected, String limitedBy) {
    HpaController controller = new HpaController(null, 0.1);
    if (emptyRecommendations) {
      controller.recommendations().markKnown(); // the test's `recommendations: []`
    }
    List<Proposal> proposals = new ArrayList<>();
    proposals.add(ReplicaCalculator.resourceReplicas(current, ready, unready, usage, request, target, DEFAULT));
    if (failingSecondMetric) {
      proposals.add(null); // the external metric whose client answers "something went wrong"
    }
    HpaController.Decision decision = controller.reconcile(NOW, current, min, max, proposals);
    assertThat(decision.desired()).isEqualTo(expected);
    assertThat(decision.limitedBy()).isEqualTo(limitedBy);
  }

  /**
   * TestUpscaleCap and TestUpscaleCapGreaterThanMaxReplicas: scaleUp 700 % per 60 s; 3 pods at 200 %
   * of a 10 % target propose ceil(20 x 3) = 60; the policy allows ceil(3 x 8) = 24, a max of 20 wins.
   */
  @ParameterizedTest(name = "max {0} -> {1} ({2})")
  @DisplayName("TestUpscaleCap / TestUpscaleCapGreaterThanMaxReplicas")
  @CsvSource({"100, 24, scaleUp policy Percent 700%/60s", "20, 20, max"})
  void upscaleCap(int max, int expected, String limitedBy) {
    HorizontalPodAutoscalerBehavior behavior = new HorizontalPodAutoscalerBehavior(null,
        BehaviorRateTest.rules(0, 0, 700, 60, 0));
    HpaController controller = new HpaController(behavior, 0.1);
    Proposal proposal = ReplicaCalculator.resourceReplicas(3, 3, 0, 600, 100, 10, DEFAULT);
    HpaController.Decision decision = controller.reconcile(NOW, 3, 1, max, List.of(proposal));
    assertThat(decision.desired()).isEqualTo(expected);
    assertThat(decision.limitedBy()).isEqualTo(limitedBy);
  }

  /**
   * Without {@code behavior} the controller does not use the API defaults but {@code
   * convertDesiredReplicasWithRules}: at most max(2 x current, 4). With {@code behavior: {}} the API
   * server fills in the defaults ({@code defaults.go}): max(current + 4, 2 x current). From 1 pod
   * they differ: 4 against 5; from 10 pods they agree on 20.
   */
  @ParameterizedTest(name = "from {0}: no behavior {1}, default behavior {2}")
  @CsvSource({"1, 4, 5", "10, 20, 20", "3, 6, 7"})
  void defaultScaleUpLimits(int current, int withoutBehavior, int withDefaultBehavior) {
    Proposal proposal = new Proposal(1000, 999, null);
    assertThat(new HpaController(null, 0.1).reconcile(NOW, current, 1, 1000, List.of(proposal)).desired())
        .isEqualTo(withoutBehavior);
    assertThat(new HpaController(new HorizontalPodAutoscalerBehavior(), 0.1)
        .reconcile(NOW, current, 1, 1000, List.of(proposal)).desired()).isEqualTo(withDefaultBehavior);
  }

  /** computeReplicasForMetrics: with several metrics the largest proposal wins. */
  @Test
  void largestProposalWins() {
    HpaController controller = new HpaController(null, 0.1);
    List<Proposal> proposals = List.of(new Proposal(3, 20, null), new Proposal(7, 180, null), new Proposal(5, 90, null));
    assertThat(controller.reconcile(NOW, 4, 1, 10, proposals).desired()).isEqualTo(7);
  }

  /** A fresh HPA never scales down on its first syncs: recordInitialRecommendation keeps its replicas. */
  @Test
  void firstSyncKeepsTheInitialReplicasAsARecommendation() {
    HpaController controller = new HpaController(null, 0.1);
    HpaController.Decision decision = controller.reconcile(NOW, 5, 1, 10, List.of(new Proposal(2, 20, null)));
    assertThat(decision.desired()).isEqualTo(5);
    assertThat(decision.limitedBy()).isEqualTo("stabilization window");
  }

  /** HPAConfigurableTolerance (1.33+): a behavior's own tolerance replaces the controller's. */
  @Test
  void behaviorToleranceOverridesTheControllerTolerance() {
    HorizontalPodAutoscalerBehavior behavior = new HorizontalPodAutoscalerBehavior(null,
        new io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRulesBuilder()
            .withTolerance(new io.fabric8.kubernetes.api.model.Quantity("0.01")).build());
    Tolerances tolerances = new HpaController(behavior, 0.1).tolerances();
    assertThat(tolerances.scaleUp()).isEqualTo(0.01);
    assertThat(tolerances.scaleDown()).isEqualTo(0.1);
  }
}
