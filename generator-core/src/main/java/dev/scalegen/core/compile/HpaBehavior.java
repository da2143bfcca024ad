package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Autoscaling;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;

/**
 * The {@code spec.behavior} that a tier's HPA gets, for readers other than the compiler (the
 * simulator): a preset resolved to its rules ({@link BehaviorPresets}), explicit rules as written,
 * {@code null} when the spec gives none (the controller's defaults apply). {@link HpaCompiler}
 * puts this very behavior into the manifest, so the simulation runs what is deployed.
 */
public final class HpaBehavior {

  private HpaBehavior() {}

  /** The behavior of an HPA compiled from {@code autoscaling}, or {@code null}. */
  public static HorizontalPodAutoscalerBehavior of(Autoscaling autoscaling) {
    return autoscaling == null ? null : HpaCompiler.behavior(BehaviorPresets.resolve(autoscaling.behavior()));
  }
}
