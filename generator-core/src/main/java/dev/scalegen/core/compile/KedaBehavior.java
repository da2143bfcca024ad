package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Behavior;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.Advanced;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.advanced.HorizontalPodAutoscalerConfig;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.advanced.horizontalpodautoscalerconfig.behavior.ScaleDown;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.advanced.horizontalpodautoscalerconfig.behavior.ScaleUp;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.advanced.horizontalpodautoscalerconfig.behavior.scaledown.Policies;
import java.util.ArrayList;
import java.util.List;

/**
 * A tier's {@code behavior} (a preset or explicit rules, {@link BehaviorPresets}) as the
 * ScaledObject's {@code advanced.horizontalPodAutoscalerConfig.behavior}, which KEDA copies into
 * the HPA it creates: the same rules the HPA engine writes into its HPA. KEDA's CRD has a class per
 * direction (the generator names them after their path), hence the two near-twin methods.
 */
final class KedaBehavior {
  private KedaBehavior() {}

  /** The {@code advanced} section for {@code behavior}, or {@code null} when the tier gives none. */
  static Advanced advanced(Behavior behavior) {
    Behavior resolved = BehaviorPresets.resolve(behavior);
    if (resolved == null) {
      return null;
    }
    var b = new dev.scalegen.keda.v1alpha1.scaledobjectspec.advanced.horizontalpodautoscalerconfig.Behavior();
    b.setScaleUp(scaleUp(resolved.scaleUp()));
    b.setScaleDown(scaleDown(resolved.scaleDown()));
    HorizontalPodAutoscalerConfig config = new HorizontalPodAutoscalerConfig();
    config.setBehavior(b);
    Advanced advanced = new Advanced();
    advanced.setHorizontalPodAutoscalerConfig(config);
    return advanced;
  }

  private static ScaleUp scaleUp(Behavior.Rules rules) {
    if (rules == null) {
      return null;
    }
    ScaleUp up = new ScaleUp();
    up.setStabilizationWindowSeconds(rules.stabilizationWindowSeconds());
    up.setSelectPolicy(rules.selectPolicy());
    List<dev.scalegen.keda.v1alpha1.scaledobjectspec.advanced.horizontalpodautoscalerconfig.behavior.scaleup.Policies>
        policies = new ArrayList<>();
    for (Behavior.Policy p : rules.policies()) {
      var policy = new dev.scalegen.keda.v1alpha1.scaledobjectspec.advanced.horizontalpodautoscalerconfig.behavior
          .scaleup.Policies();
      policy.setType(p.type());
      policy.setValue(p.value());
      policy.setPeriodSeconds(p.periodSeconds());
      policies.add(policy);
    }
    up.setPolicies(policies.isEmpty() ? null : policies);
    return up;
  }

  private static ScaleDown scaleDown(Behavior.Rules rules) {
    if (rules == null) {
      return null;
    }
    ScaleDown down = new ScaleDown();
    down.setStabilizationWindowSeconds(rules.stabilizationWindowSeconds());
    down.setSelectPolicy(rules.selectPolicy());
    List<Policies> policies = new ArrayList<>();
    for (Behavior.Policy p : rules.policies()) {
      Policies policy = new Policies();
      policy.setType(p.type());
      policy.setValue(p.value());
      policy.setPeriodSeconds(p.periodSeconds());
      policies.add(policy);
    }
    down.setPolicies(policies.isEmpty() ? null : policies);
    return down;
  }
}
