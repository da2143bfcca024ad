package dev.scalegen.core.simulate;

/**
 * One resource metric's proposal, a port of {@code GetResourceReplicas} and {@code
 * GetResourceUtilizationRatio} in {@code replica_calculator.go} for the simulation's pods: {@code
 * ready} pods that report the tier's usage, spread evenly, and {@code unready} pods that are still
 * starting (the controller's Pending pods, unready for every resource). No pod misses its metrics.
 * Usage and requests are in milli-units, as the metrics client reports them.
 */
final class ReplicaCalculator {
  private ReplicaCalculator() {}

  /** The proposal, the utilization the controller computed, and what held the proposal back. */
  record Proposal(int replicas, int utilization, String limitedBy) {}

  /** {@code Tolerances}: the usage ratio band in which the controller proposes no change. */
  record Tolerances(double scaleDown, double scaleUp) {
    boolean isWithin(double usageRatio) {
      return 1.0 - scaleDown <= usageRatio && usageRatio <= 1.0 + scaleUp;
    }
  }

  /**
   * @param current the HPA's current replicas ({@code scale.spec.replicas})
   * @param ready pods with a metric
   * @param unready pods still starting
   * @param usageMilli the ready pods' usage, summed
   * @param requestMilli one pod's request
   * @param target the target utilization, in percent
   * @return null when no pod has a metric (the controller then fails this metric)
   */
  static Proposal resourceReplicas(int current, int ready, int unready, long usageMilli, long requestMilli,
      int target, Tolerances tolerances) {
    if (ready == 0) {
      return null;
    }
    int utilization = utilization(usageMilli, ready * requestMilli);
    double usageRatio = (double) utilization / target;
    boolean scaleUpWithUnready = unready > 0 && usageRatio > 1.0;
    int plain = (int) Math.ceil(usageRatio * ready);
    if (!scaleUpWithUnready) {
      if (tolerances.isWithin(usageRatio)) {
        return new Proposal(current, utilization, plain != current ? "tolerance" : null);
      }
      return new Proposal(plain, utilization, null);
    }
    // On a scale-up, unready pods count as using 0 % of their request.
    String held = !tolerances.isWithin(usageRatio) ? "unready pods" : plain != current ? "tolerance" : null;
    int newUtilization = utilization(usageMilli, (ready + unready) * requestMilli);
    double newUsageRatio = (double) newUtilization / target;
    if (tolerances.isWithin(newUsageRatio) || newUsageRatio < 1.0) { // < 1: no change of direction
      return new Proposal(current, utilization, held);
    }
    int newReplicas = (int) Math.ceil(newUsageRatio * (ready + unready));
    if (newReplicas < current) {
      return new Proposal(current, utilization, held);
    }
    return new Proposal(newReplicas, utilization, newReplicas < plain ? "unready pods" : null);
  }

  /** {@code GetResourceUtilizationRatio}'s utilization: whole percent, rounded down. */
  static int utilization(long usageMilli, long requestsMilli) {
    return (int) (usageMilli * 100 / requestsMilli);
  }
}
