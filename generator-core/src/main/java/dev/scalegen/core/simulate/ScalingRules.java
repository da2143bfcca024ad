package dev.scalegen.core.simulate;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import java.util.List;

/**
 * One direction of an HPA's behavior with every field filled, as the API server defaults it
 * ({@code pkg/apis/autoscaling/v2/defaults.go}, {@code GenerateHPAScaleUpRules} /
 * {@code GenerateHPAScaleDownRules} and {@code copyHPAScalingRules}): a field the user set wins, the
 * rest comes from the defaults. A scale-down window left unset is the controller's {@code
 * --horizontal-pod-autoscaler-downscale-stabilization} (300 s), as {@code
 * maybeInitScaleDownStabilizationWindow} fills it.
 *
 * @param stabilizationSeconds the stabilization window
 * @param selectPolicy {@code Max}, {@code Min} or {@code Disabled}
 * @param policies the rate policies
 * @param tolerance the behavior's own tolerance (Kubernetes 1.33+, {@code HPAConfigurableTolerance}),
 *     or null for the controller's
 */
record ScalingRules(int stabilizationSeconds, String selectPolicy, List<Policy> policies, Double tolerance) {

  /** The controller's default scale-down stabilization window, in seconds. */
  static final int DEFAULT_DOWNSCALE_STABILIZATION = 300;

  static final ScalingRules DEFAULT_SCALE_UP = new ScalingRules(0, "Max",
      List.of(new Policy("Pods", 4, 15), new Policy("Percent", 100, 15)), null);
  static final ScalingRules DEFAULT_SCALE_DOWN = new ScalingRules(DEFAULT_DOWNSCALE_STABILIZATION, "Max",
      List.of(new Policy("Percent", 100, 15)), null);

  /** One {@code HPAScalingPolicy}: {@code type} is {@code Pods} or {@code Percent}. */
  record Policy(String type, int value, int periodSeconds) {
    /** How the policy reads in a step's {@code limitedBy}: {@code Pods 4/15s}, {@code Percent 100%/15s}. */
    String label() {
      return type + " " + value + ("Percent".equals(type) ? "%" : "") + "/" + periodSeconds + "s";
    }
  }

  /** The scale-up rules of a behavior whose {@code scaleUp} is {@code rules} (null: all defaults). */
  static ScalingRules scaleUp(HPAScalingRules rules) {
    return merge(rules, DEFAULT_SCALE_UP);
  }

  /** The scale-down rules of a behavior whose {@code scaleDown} is {@code rules} (null: all defaults). */
  static ScalingRules scaleDown(HPAScalingRules rules) {
    return merge(rules, DEFAULT_SCALE_DOWN);
  }

  /** The longest policy period, in seconds ({@code getLongestPolicyPeriod}). */
  int longestPeriodSeconds() {
    int longest = 0;
    for (Policy policy : policies) {
      longest = Math.max(longest, policy.periodSeconds());
    }
    return longest;
  }

  private static ScalingRules merge(HPAScalingRules from, ScalingRules defaults) {
    if (from == null) {
      return defaults;
    }
    int window = from.getStabilizationWindowSeconds() != null
        ? from.getStabilizationWindowSeconds() : defaults.stabilizationSeconds();
    String select = from.getSelectPolicy() != null ? from.getSelectPolicy() : defaults.selectPolicy();
    List<Policy> policies = defaults.policies();
    if (from.getPolicies() != null && !from.getPolicies().isEmpty()) {
      policies = from.getPolicies().stream().map(ScalingRules::policy).toList();
    }
    return new ScalingRules(window, select, policies, tolerance(from.getTolerance()));
  }

  private static Policy policy(HPAScalingPolicy policy) {
    return new Policy(policy.getType(), policy.getValue(), policy.getPeriodSeconds());
  }

  private static Double tolerance(Quantity quantity) {
    return quantity == null ? null : quantity.getNumericalAmount().doubleValue();
  }
}
