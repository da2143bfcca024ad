package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Behavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
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
    CrossVersionObjectReference target = new CrossVersionObjectReference();
    target.setApiVersion("apps/v1");
    target.setKind(workloadKind);
    target.setName(id.name());
    HorizontalPodAutoscalerSpec spec = new HorizontalPodAutoscalerSpec();
    spec.setScaleTargetRef(target);
    spec.setMinReplicas(autoscaling.min());
    spec.setMaxReplicas(autoscaling.max());
    spec.setMetrics(metrics(autoscaling));
    spec.setBehavior(HpaBehavior.of(autoscaling));
    HorizontalPodAutoscaler hpa = new HorizontalPodAutoscaler();
    hpa.setMetadata(id.objectMeta());
    hpa.setSpec(spec);
    return hpa;
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
    MetricTarget target = new MetricTarget();
    target.setType("Utilization");
    target.setAverageUtilization(percent);
    ResourceMetricSource source = new ResourceMetricSource();
    source.setName(resource);
    source.setTarget(target);
    MetricSpec metric = new MetricSpec();
    metric.setType("Resource");
    metric.setResource(source);
    return metric;
  }

  static HorizontalPodAutoscalerBehavior behavior(Behavior behavior) {
    if (behavior == null) {
      return null;
    }
    HorizontalPodAutoscalerBehavior b = new HorizontalPodAutoscalerBehavior();
    b.setScaleUp(rules(behavior.scaleUp()));
    b.setScaleDown(rules(behavior.scaleDown()));
    return b;
  }

  private static HPAScalingRules rules(Behavior.Rules rules) {
    if (rules == null) {
      return null;
    }
    HPAScalingRules r = new HPAScalingRules();
    r.setStabilizationWindowSeconds(rules.stabilizationWindowSeconds());
    r.setSelectPolicy(rules.selectPolicy());
    for (Behavior.Policy p : rules.policies()) {
      HPAScalingPolicy policy = new HPAScalingPolicy();
      policy.setType(p.type());
      policy.setValue(p.value());
      policy.setPeriodSeconds(p.periodSeconds());
      r.getPolicies().add(policy);
    }
    return r;
  }
}
