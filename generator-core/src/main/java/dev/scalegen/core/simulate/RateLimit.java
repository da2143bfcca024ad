package dev.scalegen.core.simulate;

/**
 * The behavior's rate limits, a port of {@code calculateScaleUpLimitWithScalingRules} and {@code
 * calculateScaleDownLimitWithBehaviors} in {@code horizontal.go}: each policy proposes a bound from
 * the replicas at the start of its period (current, less what was added, plus what was removed in
 * that period), and {@code selectPolicy} picks the largest change ({@code Max}), the smallest
 * ({@code Min}) or none ({@code Disabled}).
 *
 * @param replicas the bound: the most replicas a scale-up may reach, the fewest a scale-down may
 * @param reason what the bound comes from, for a step's {@code limitedBy}
 */
record RateLimit(int replicas, String reason) {

  static RateLimit scaleUp(int current, ScaleEvents ups, ScaleEvents downs, ScalingRules rules, long now) {
    if ("Disabled".equals(rules.selectPolicy())) {
      return new RateLimit(current, "scaleUp disabled");
    }
    boolean min = "Min".equals(rules.selectPolicy());
    long result = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    String reason = null;
    for (ScalingRules.Policy policy : rules.policies()) {
      int start = periodStart(current, ups, downs, policy, now);
      long proposed = "Pods".equals(policy.type())
          ? (long) start + policy.value()
          : (long) Math.ceil(start * (1 + policy.value() / 100.0));
      if (min ? proposed < result : proposed > result) {
        result = proposed;
        reason = "scaleUp policy " + policy.label();
      }
    }
    return new RateLimit(clamp(result), reason);
  }

  static RateLimit scaleDown(int current, ScaleEvents ups, ScaleEvents downs, ScalingRules rules, long now) {
    if ("Disabled".equals(rules.selectPolicy())) {
      return new RateLimit(current, "scaleDown disabled");
    }
    boolean min = "Min".equals(rules.selectPolicy());
    long result = min ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    String reason = null;
    for (ScalingRules.Policy policy : rules.policies()) {
      int start = periodStart(current, ups, downs, policy, now);
      long proposed = "Pods".equals(policy.type())
          ? (long) start - policy.value()
          : (long) (start * (1 - policy.value() / 100.0)); // truncated toward zero, as int32(...) in Go
      if (min ? proposed > result : proposed < result) {
        result = proposed;
        reason = "scaleDown policy " + policy.label();
      }
    }
    return new RateLimit(clamp(result), reason);
  }

  private static int periodStart(int current, ScaleEvents ups, ScaleEvents downs, ScalingRules.Policy policy, long now) {
    return current - ups.changeInPeriod(policy.periodSeconds(), now) + downs.changeInPeriod(policy.periodSeconds(), now);
  }

  private static int clamp(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }
}
