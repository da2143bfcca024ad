package dev.scalegen.core.simulate;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.util.List;

/**
 * The HPA controller's decision for one HPA, a port of {@code reconcileAutoscaler}, {@code
 * normalizeDesiredReplicas} / {@code normalizeDesiredReplicasWithBehaviors} and {@code
 * convertDesiredReplicasWithRules} / {@code convertDesiredReplicasWithBehaviorRate} in {@code
 * horizontal.go}, with the state the controller keeps per HPA (recommendations, scale events).
 * One instance per tier and run; not shared between threads.
 */
final class HpaController {
  private static final long NANOS = 1_000_000_000L;

  private final boolean hasBehavior;
  private final ScalingRules up;
  private final ScalingRules down;
  private final ReplicaCalculator.Tolerances tolerances;
  private final Recommendations recommendations = new Recommendations();
  private final ScaleEvents scaleUps = new ScaleEvents();
  private final ScaleEvents scaleDowns = new ScaleEvents();

  /** The replicas the controller sets, and what limited them (null: the metrics' proposal as is). */
  record Decision(int desired, String limitedBy) {}

  HpaController(HorizontalPodAutoscalerBehavior behavior, double tolerance) {
    hasBehavior = behavior != null;
    up = ScalingRules.scaleUp(behavior == null ? null : behavior.getScaleUp());
    down = ScalingRules.scaleDown(behavior == null ? null : behavior.getScaleDown());
    tolerances = new ReplicaCalculator.Tolerances(
        hasBehavior && down.tolerance() != null ? down.tolerance() : tolerance,
        hasBehavior && up.tolerance() != null ? up.tolerance() : tolerance);
  }

  ReplicaCalculator.Tolerances tolerances() {
    return tolerances;
  }

  /**
   * One sync at {@code now} (nanoseconds). {@code proposals} holds one entry per metric, null for a
   * metric the controller could not compute.
   */
  Decision reconcile(long now, int current, int min, int max, List<ReplicaCalculator.Proposal> proposals) {
    recommendations.recordInitial(current, now);
    Decision decision;
    if (current > max) {
      decision = new Decision(max, "max");
    } else if (current < min) {
      decision = new Decision(min, "min");
    } else {
      ReplicaCalculator.Proposal largest = null;
      int invalid = 0;
      for (ReplicaCalculator.Proposal proposal : proposals) {
        if (proposal == null) {
          invalid++;
        } else if (largest == null || proposal.replicas() > largest.replicas()) {
          largest = proposal;
        }
      }
      // computeReplicasForMetrics: every metric failed, or some failed and the rest would scale down.
      if (largest == null || invalid > 0 && largest.replicas() < current) {
        return new Decision(current, "no ready pod"); // no scale, no state kept
      }
      int desired = Math.max(0, largest.replicas());
      decision = hasBehavior
          ? withBehavior(now, current, desired, min, max, largest.limitedBy())
          : withoutBehavior(now, current, desired, min, max, largest.limitedBy());
    }
    if (decision.desired() != current && hasBehavior) {
      if (decision.desired() > current) {
        scaleUps.store(decision.desired() - current, now, up.longestPeriodSeconds());
      } else {
        scaleDowns.store(current - decision.desired(), now, down.longestPeriodSeconds());
      }
    }
    return decision;
  }

  private Decision withoutBehavior(long now, int current, int desired, int min, int max, String held) {
    int stabilized = recommendations.stabilizeDown(desired, ScalingRules.DEFAULT_DOWNSCALE_STABILIZATION * NANOS, now);
    return withRules(current, stabilized, min, max, stabilized != desired ? "stabilization window" : held);
  }

  /** {@code convertDesiredReplicasWithRules}: min, max, and at most max(2 x current, 4). */
  static Decision withRules(int current, int desired, int min, int max, String reason) {
    int scaleUpLimit = Math.max(2 * current, 4); // calculateScaleUpLimit: scaleUpLimitFactor 2, minimum 4
    int maximumAllowed = max > scaleUpLimit ? scaleUpLimit : max;
    if (desired < min) {
      return new Decision(min, "min");
    } else if (desired > maximumAllowed) {
      return new Decision(maximumAllowed, max > scaleUpLimit ? "scale-up limit max(2x, 4)" : "max");
    }
    return new Decision(desired, reason);
  }

  private Decision withBehavior(long now, int current, int desired, int min, int max, String held) {
    int stabilized = recommendations.stabilize(
        desired, current, up.stabilizationSeconds() * NANOS, down.stabilizationSeconds() * NANOS, now);
    return withBehaviorRate(now, current, stabilized, min, max, stabilized != desired ? "stabilization window" : held);
  }

  /** {@code convertDesiredReplicasWithBehaviorRate}: min, max and the policies' rate limits. */
  Decision withBehaviorRate(long now, int current, int desired, int min, int max, String reason) {
    if (desired > current) {
      RateLimit limit = RateLimit.scaleUp(current, scaleUps, scaleDowns, up, now);
      int scaleUpLimit = Math.max(limit.replicas(), current);
      int maximumAllowed = max > scaleUpLimit ? scaleUpLimit : max;
      if (desired > maximumAllowed) {
        return new Decision(maximumAllowed, max > scaleUpLimit ? limit.reason() : "max");
      }
    } else if (desired < current) {
      RateLimit limit = RateLimit.scaleDown(current, scaleUps, scaleDowns, down, now);
      int scaleDownLimit = Math.min(limit.replicas(), current);
      int minimumAllowed = min < scaleDownLimit ? scaleDownLimit : min;
      if (desired < minimumAllowed) {
        return new Decision(minimumAllowed, min < scaleDownLimit ? limit.reason() : "min");
      }
    }
    return new Decision(desired, reason);
  }

  Recommendations recommendations() {
    return recommendations;
  }

  ScaleEvents scaleUps() {
    return scaleUps;
  }

  ScaleEvents scaleDowns() {
    return scaleDowns;
  }
}
