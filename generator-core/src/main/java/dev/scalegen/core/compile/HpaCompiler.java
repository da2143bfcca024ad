package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Behavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRulesBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehaviorBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * An autoscaling/v2 HorizontalPodAutoscaler for an autoscaled tier: bounds, CPU then memory
 * {@code averageUtilization} targets (the guide's {@code targetCPUUtilization} is not a field), and
 * {@code behavior} only when the spec gives one (a preset or explicit rules); otherwise the
 * Kubernetes defaults apply and no {@code behavior} is emitted.
 */
final class HpaCompiler {
  private HpaCompiler() {}

  static HorizontalPodAutoscaler compile(TierIdentity id, Autoscaling autoscaling, String workloadKind) {
    return new HorizontalPodAutoscalerBuilder()
        .withMetadata(id.objectMeta())
        .withNewSpec()
        .withNewScaleTargetRef()
        .withApiVersion("apps/v1")
        .withKind(workloadKind)
        .withName(id.name())
        .endScaleTargetRef()
        .withMinReplicas(autoscaling.min())
        .withMaxReplicas(autoscaling.max())
        .withMetrics(metrics(autoscaling))
        .withBehavior(behavior(BehaviorPresets.resolve(autoscaling.behavior())))
        .endSpec()
        .build();
  }

  private static List<MetricSpec> metrics(Autoscaling autoscaling) {
    List<MetricSpec> metrics = new ArrayList<>();
    if (autoscaling.cpu() != null) {
      metrics.add(utilization("cpu", autoscaling.cpu()));
    }
    if (autoscaling.memory() != null) {
      metrics.add(utilization("memory", autoscaling.memory()));
    }
    return metrics.isEmpty() ? null : metrics;
  }

  private static MetricSpec utilization(String resource, int percent) {
    return new MetricSpecBuilder()
        .withType("Resource")
        .withNewResource()
        .withName(resource)
        .withNewTarget()
        .withType("Utilization")
        .withAverageUtilization(percent)
        .endTarget()
        .endResource()
        .build();
  }

  private static HorizontalPodAutoscalerBehavior behavior(Behavior behavior) {
    if (behavior == null) {
      return null;
    }
    return new HorizontalPodAutoscalerBehaviorBuilder()
        .withScaleUp(rules(behavior.scaleUp()))
        .withScaleDown(rules(behavior.scaleDown()))
        .build();
  }

  private static HPAScalingRules rules(Behavior.Rules rules) {
    if (rules == null) {
      return null;
    }
    HPAScalingRulesBuilder b = new HPAScalingRulesBuilder()
        .withStabilizationWindowSeconds(rules.stabilizationWindowSeconds())
        .withSelectPolicy(rules.selectPolicy());
    for (Behavior.Policy p : rules.policies()) {
      b.addNewPolicy().withType(p.type()).withValue(p.value()).withPeriodSeconds(p.periodSeconds()).endPolicy();
    }
    return b.build();
  }
}
