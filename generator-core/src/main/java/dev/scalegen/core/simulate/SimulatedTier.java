package dev.scalegen.core.simulate;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.time.Duration;
import java.util.List;

/**
 * One autoscaled tier as the simulation sees it: its HPA (bounds, metrics, behavior) and how long a
 * new pod takes to become ready.
 *
 * @param name the tier's name, as {@link Demand} and {@link BoundsChange} call it
 * @param minReplicas the HPA's {@code minReplicas} at the start
 * @param maxReplicas the HPA's {@code maxReplicas} at the start
 * @param initialReplicas the pods running (and ready) at time 0
 * @param metrics the HPA's resource metrics, at least one; the first is the one {@link Step} reports
 * @param behavior the HPA's {@code spec.behavior}; null runs the controller's path for an HPA
 *     without one (see {@code docs/simulate.md})
 * @param readyAfter how long a new pod takes from creation until it is ready
 */
public record SimulatedTier(
    String name,
    int minReplicas,
    int maxReplicas,
    int initialReplicas,
    List<MetricTarget> metrics,
    HorizontalPodAutoscalerBehavior behavior,
    Duration readyAfter) {

  public SimulatedTier {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a tier needs a name");
    }
    if (minReplicas < 1 || maxReplicas < minReplicas) {
      throw new IllegalArgumentException(
          "tier " + name + ": need 1 <= min <= max, got " + minReplicas + ".." + maxReplicas);
    }
    if (initialReplicas < 1) {
      throw new IllegalArgumentException("tier " + name + ": initialReplicas must be at least 1");
    }
    if (metrics == null || metrics.isEmpty()) {
      throw new IllegalArgumentException("tier " + name + ": at least one metric is required");
    }
    metrics = List.copyOf(metrics);
    if (readyAfter == null || readyAfter.isNegative()) {
      throw new IllegalArgumentException("tier " + name + ": readyAfter must be >= 0");
    }
  }
}
