package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Rollout;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateStatefulSetStrategy;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;

/**
 * How a workload replaces its pods when the template changes ({@code rollout}).
 *
 * <ul>
 *   <li>Every Deployment gets an explicit {@code RollingUpdate} strategy: {@code maxSurge} (default
 *       25%) and {@code maxUnavailable} (default 0, not Kubernetes' 25%: a rollout then never has
 *       fewer ready pods than the tier runs, which is what the tier's PodDisruptionBudget promises
 *       for every other voluntary disruption).
 *   <li>A StatefulSet gets an {@code updateStrategy} only when the spec sets {@code partition} or
 *       {@code maxUnavailable}; otherwise Kubernetes' default applies ({@code RollingUpdate}, one
 *       pod at a time from the highest ordinal, which is within the budget).
 * </ul>
 */
final class RolloutCompiler {
  static final String ROLLING_UPDATE = "RollingUpdate";

  private RolloutCompiler() {}

  static DeploymentStrategy deployment(Rollout rollout) {
    RollingUpdateDeployment rolling = new RollingUpdateDeployment();
    rolling.setMaxSurge(intOrString(rollout.maxSurgeOrDefault()));
    rolling.setMaxUnavailable(intOrString(rollout.deploymentMaxUnavailableOrDefault()));
    DeploymentStrategy strategy = new DeploymentStrategy();
    strategy.setType(ROLLING_UPDATE);
    strategy.setRollingUpdate(rolling);
    return strategy;
  }

  /** The StatefulSet's update strategy, or {@code null} to keep Kubernetes' default. */
  static StatefulSetUpdateStrategy statefulSet(Rollout rollout) {
    if (rollout.partition() == null && rollout.maxUnavailable() == null) {
      return null;
    }
    RollingUpdateStatefulSetStrategy rolling = new RollingUpdateStatefulSetStrategy();
    rolling.setPartition(rollout.partition());
    rolling.setMaxUnavailable(rollout.maxUnavailable() == null ? null : intOrString(rollout.maxUnavailable()));
    StatefulSetUpdateStrategy strategy = new StatefulSetUpdateStrategy();
    strategy.setType(ROLLING_UPDATE);
    strategy.setRollingUpdate(rolling);
    return strategy;
  }

  private static IntOrString intOrString(Rollout.Amount amount) {
    return amount.percent() ? new IntOrString(amount.toString()) : new IntOrString(amount.value());
  }
}
