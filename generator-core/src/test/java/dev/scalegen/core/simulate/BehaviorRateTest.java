package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code TestScalingWithRules} of Kubernetes' {@code pkg/controller/podautoscaler/horizontal_test.go}
 * (master of the 1.35 cycle, read at omerap12/kubernetes 060da168): {@code
 * convertDesiredReplicasWithBehaviorRate} with the API server's defaults filled in, past scale events
 * spread as {@code generateEventsUniformDistribution} spreads them. The controller's condition maps to
 * {@code limitedBy}: DesiredWithinRange = null, ScaleUpLimit / ScaleDownLimit = the policy,
 * TooManyReplicas = max, TooFewReplicas = min.
 */
class BehaviorRateTest {
  private static final long NOW = 10_000L * 1_000_000_000L;

  static Stream<Arguments> scalingWithRules() {
    int[] none = {};
    int[] e159 = {1, 5, 9};
    int[] e4 = {4};
    int[] e2 = {2};
    int[] e246 = {2, 4, 6};
    int[] e101010 = {10, 10, 10};
    int[] e812911 = {8, 12, 9, 11};
    return Stream.of(
        v("prenormalized desired replicas within range", null, null, none, none, 3, 8, 5, 7, 7, "DesiredWithinRange"),
        v("prenormalized desired replicas < minReplicas", null, null, none, none, 2, 8, 3, 1, 2, "TooFewReplicas"),
        v("prenormalized desired replicas within range when minReplicas is 0", null, null, none, none, 0, 10, 1, 0, 0, "DesiredWithinRange"),
        v("maxReplicas is the limit because maxReplicas < scaleUpLimit", null, null, none, none, 1, 10, 20, 1000, 10, "TooManyReplicas"),
        v("desired replica count is more than the maximum replica count", null, null, none, none, 100, 150, 100, 1000, 150, "TooManyReplicas"),
        v("scaleUpLimit is the limit because scaleUpLimit < maxReplicas with user policies", rules(0, 0, 1, 60, 0), null, none, none, 1, 2000, 3, 1000, 4, "ScaleUpLimit"),
        v("scaleUp with default behavior", null, null, none, none, 1, 1000, 10, 50, 20, "ScaleUpLimit"),
        v("scaleUp with pods policy larger than percent policy", rules(100, 60, 100, 60, 0), null, none, none, 1, 1000, 10, 500, 110, "ScaleUpLimit"),
        v("scaleUp with percent policy larger than pods policy", rules(2, 60, 100, 60, 0), null, none, none, 1, 1000, 10, 500, 20, "ScaleUpLimit"),
        v("scaleUp with spec MaxReplicas limitation with large pod policy", rules(100, 60, 0, 0, 0), null, none, none, 1, 1000, 10, 50, 50, "DesiredWithinRange"),
        v("scaleUp with spec MaxReplicas limitation with large percent policy", rules(10000, 60, 0, 0, 0), null, none, none, 1, 1000, 10, 50, 50, "DesiredWithinRange"),
        v("scaleUp with pod policy limitation", rules(30, 60, 0, 0, 0), null, none, none, 1, 1000, 10, 50, 40, "ScaleUpLimit"),
        v("scaleUp with percent policy limitation", rules(0, 0, 200, 60, 0), null, none, none, 1, 1000, 10, 50, 30, "ScaleUpLimit"),
        v("scaleDown with percent policy larger than pod policy", null, rules(20, 60, 1, 60, 300), none, none, 1, 1000, 100, 2, 80, "ScaleDownLimit"),
        v("scaleDown with pod policy larger than percent policy", null, rules(2, 60, 1, 60, 300), none, none, 1, 1000, 100, 2, 98, "ScaleDownLimit"),
        v("scaleDown with spec MinReplicas limitation with large pod policy", null, rules(100, 60, 0, 0, 300), none, none, 1, 1000, 10, 0, 1, "TooFewReplicas"),
        v("scaleDown with spec MinReplicas limitation with large percent policy", null, rules(0, 0, 100, 60, 300), none, none, 5, 1000, 10, 2, 5, "TooFewReplicas"),
        v("scaleDown with pod policy limitation", null, rules(5, 60, 0, 0, 300), none, none, 1, 1000, 10, 2, 5, "ScaleDownLimit"),
        v("scaleDown with percent policy limitation", null, rules(0, 0, 50, 60, 300), none, none, 1, 1000, 10, 5, 5, "DesiredWithinRange"),
        v("scaleUp with spec MaxReplicas limitation with large pod policy and events", rules(300, 60, 0, 0, 0), null, e159, none, 1, 200, 100, 500, 200, "TooManyReplicas"),
        v("scaleUp with spec MaxReplicas limitation with large percent policy and events", rules(0, 0, 10000, 60, 0), null, e159, none, 1, 200, 100, 500, 200, "TooManyReplicas"),
        v("scaleUp with currentReplicas limitation with rate.PeriodSeconds with a lot of recent scale up events", rules(5, 120, 0, 0, 0), null, e159, none, 1, 1000, 100, 500, 100, "ScaleUpLimit"),
        v("scaleUp with pod policy and previous scale up events", rules(150, 120, 0, 0, 0), null, e159, none, 1, 1000, 100, 500, 235, "ScaleUpLimit"),
        v("scaleUp with percent policy and previous scale up events", rules(0, 0, 200, 120, 0), null, e159, none, 1, 1000, 100, 500, 255, "ScaleUpLimit"),
        v("scaleUp with percent policy and previous scale up and down events", rules(0, 0, 300, 300, 0), null, e4, e2, 1, 1000, 6, 24, 16, "ScaleUpLimit"),
        v("scaleDown with default policy and previous events", null, null, none, e159, 1, 1000, 10, 5, 5, "DesiredWithinRange"),
        v("scaleDown with spec MinReplicas=nil limitation with large pod policy and previous events", null, rules(115, 120, 0, 0, 300), none, e159, 1, 1000, 100, 0, 1, "TooFewReplicas"),
        v("scaleDown with spec MinReplicas limitation with large pod policy and previous events", null, rules(130, 120, 0, 0, 300), none, e159, 5, 1000, 100, 0, 5, "TooFewReplicas"),
        v("scaleDown with spec MinReplicas limitation with large percent policy and previous events", null, rules(0, 0, 100, 120, 300), none, e159, 5, 1000, 100, 2, 5, "TooFewReplicas"),
        v("scaleDown with pod policy limitation and previous events", null, rules(5, 120, 0, 0, 300), none, e159, 1, 1000, 100, 2, 100, "ScaleDownLimit"),
        v("scaleDown with percent policy limitation and previous events", null, rules(0, 0, 50, 120, 300), none, e246, 1, 1000, 100, 0, 56, "ScaleDownLimit"),
        v("scaleDown with percent policy and previous scale up and down events", null, rules(0, 0, 50, 180, 0), e2, e4, 1, 1000, 10, 1, 6, "ScaleDownLimit"),
        v("scaleDown with previous events preventing further scale down", null, rules(0, 0, 10, 120, 300), none, e101010, 1, 1000, 100, 0, 100, "ScaleDownLimit"),
        v("scaleDown with with previous events still allowing more scale down", null, rules(0, 0, 1000, 120, 300), none, e101010, 1, 1000, 10, 5, 5, "DesiredWithinRange"),
        v("check 'outdated' flag for events for one behavior for up", rules(1000, 60, 0, 0, 0), null, e812911, none, 1, 1000, 100, 200, 200, "DesiredWithinRange"),
        v("check that events were not marked 'outdated' for two different policies in the behavior for up", rules(1000, 120, 100, 60, 0), null, e812911, none, 1, 1000, 100, 200, 200, "DesiredWithinRange"),
        v("check that events were marked 'outdated' for two different policies in the behavior for up", rules(1000, 30, 100, 60, 0), null, e812911, none, 1, 1000, 100, 200, 200, "DesiredWithinRange"),
        v("check 'outdated' flag for events for one behavior for down", null, rules(1000, 60, 0, 0, 300), none, e812911, 1, 1000, 100, 5, 5, "DesiredWithinRange"),
        v("check that events were not marked 'outdated' for two different policies in the behavior for down", null, rules(1000, 120, 100, 60, 300), none, e812911, 1, 1000, 100, 5, 5, "DesiredWithinRange"),
        v("check that events were marked 'outdated' for two different policies in the behavior for down", null, rules(1000, 30, 100, 60, 300), none, e812911, 1, 1000, 100, 5, 5, "DesiredWithinRange"));
  }

  @DisplayName("TestScalingWithRules")
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void scalingWithRules(String name, HPAScalingRules up, HPAScalingRules down, int[] upEvents, int[] downEvents,
      int min, int max, int current, int desired, int expected, String condition) {
    HpaController controller = new HpaController(new HorizontalPodAutoscalerBehavior(down, up), 0.1);
    spread(controller.scaleUps(), upEvents, 120);
    spread(controller.scaleDowns(), downEvents, 120);
    HpaController.Decision decision = controller.withBehaviorRate(NOW, current, desired, min, max, null);
    assertThat(decision.desired()).isEqualTo(expected);
    switch (condition) {
      case "DesiredWithinRange" -> assertThat(decision.limitedBy()).isNull();
      case "TooManyReplicas" -> assertThat(decision.limitedBy()).isEqualTo("max");
      case "TooFewReplicas" -> assertThat(decision.limitedBy()).isEqualTo("min");
      case "ScaleUpLimit" -> assertThat(decision.limitedBy()).startsWith("scaleUp policy");
      case "ScaleDownLimit" -> assertThat(decision.limitedBy()).startsWith("scaleDown policy");
      default -> throw new IllegalArgumentException(condition);
    }
  }

  /** {@code generateEventsUniformDistribution}: event i in the middle of the i-th of n segments. */
  static void spread(ScaleEvents events, int[] changes, int periodSeconds) {
    double segment = (double) periodSeconds / changes.length;
    for (int i = 0; i < changes.length; i++) {
      double secondsAgo = periodSeconds - segment * (i + 1) + segment / 2;
      events.store(changes[i], NOW - (long) (secondsAgo * 1_000_000_000L), 1_000_000);
    }
  }

  /** {@code generateScalingRules}: selectPolicy Max, a Pods and/or a Percent policy. */
  static HPAScalingRules rules(int pods, int podsPeriod, int percent, int percentPeriod, int window) {
    List<HPAScalingPolicy> policies = new ArrayList<>();
    if (pods != 0) {
      policies.add(new HPAScalingPolicy(podsPeriod, "Pods", pods));
    }
    if (percent != 0) {
      policies.add(new HPAScalingPolicy(percentPeriod, "Percent", percent));
    }
    HPAScalingRules rules = new HPAScalingRules(policies, "Max", window, null);
    return rules;
  }

  private static Arguments v(String name, HPAScalingRules up, HPAScalingRules down, int[] upEvents,
      int[] downEvents, int min, int max, int current, int desired, int expected, String condition) {
    return Arguments.of(name, up, down, upEvents, downEvents, min, max, current, desired, expected, condition);
  }
}
