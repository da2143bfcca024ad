package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Keda;
import dev.scalegen.core.spec.TriggerType;
import dev.scalegen.keda.Fallback;
import dev.scalegen.keda.ScaledObject;
import dev.scalegen.keda.v1alpha1.ScaledObjectSpec;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.ScaleTargetRef;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.Triggers;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.triggers.AuthenticationRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code keda.sh/v1alpha1} ScaledObject for a tier with {@code engine: keda}, in place of the
 * HPA (KEDA creates and drives an HPA named {@code keda-hpa-<name>} from it): bounds, polling
 * interval, cooldown and fallback when given, the tier's behaviour in
 * {@code advanced.horizontalPodAutoscalerConfig}, then the queue triggers in the spec's order and
 * the {@code cpu}/{@code memory} utilization triggers last. A tier that can scale to zero states each
 * queue trigger's activation threshold, KEDA's default 0 included, so that a reviewer sees when it
 * wakes.
 */
final class KedaCompiler {
  private KedaCompiler() {}

  static ScaledObject compile(TierIdentity id, Autoscaling autoscaling, String workloadKind) {
    Keda keda = autoscaling.keda();
    ScaleTargetRef target = new ScaleTargetRef();
    target.setApiVersion("apps/v1");
    target.setKind(workloadKind);
    target.setName(id.name());
    ScaledObjectSpec spec = new ScaledObjectSpec();
    spec.setScaleTargetRef(target);
    spec.setMinReplicaCount(autoscaling.min());
    spec.setMaxReplicaCount(autoscaling.max());
    spec.setPollingInterval(keda.pollingInterval());
    spec.setCooldownPeriod(keda.cooldownPeriod());
    if (keda.fallback() != null) {
      Fallback fallback = new Fallback();
      fallback.setFailureThreshold(keda.fallback().failureThreshold());
      fallback.setReplicas(keda.fallback().replicas());
      spec.setFallback(fallback);
    }
    spec.setAdvanced(KedaBehavior.advanced(autoscaling.behavior()));
    spec.setTriggers(triggers(id, autoscaling));
    ScaledObject scaledObject = new ScaledObject();
    scaledObject.setMetadata(id.objectMeta());
    scaledObject.setSpec(spec);
    return scaledObject;
  }

  private static List<Triggers> triggers(TierIdentity id, Autoscaling autoscaling) {
    List<Triggers> triggers = new ArrayList<>();
    List<Keda.Trigger> queues = autoscaling.keda().triggers();
    boolean toZero = autoscaling.min() != null && autoscaling.min() == 0;
    for (int i = 0; i < queues.size(); i++) {
      Keda.Trigger t = queues.get(i);
      TriggerType type = TriggerType.of(t.type()).orElseThrow();
      Map<String, String> metadata = new TreeMap<>(type.fixedMetadata);
      t.settings().forEach((setting, value) -> metadata.put(type.settings.get(setting), value));
      metadata.put(type.targetKey, String.valueOf(t.target()));
      if (t.activation() != null || toZero) {
        metadata.put(type.activationKey, String.valueOf(t.activation() == null ? 0 : t.activation()));
      }
      Triggers trigger = new Triggers();
      trigger.setType(type.scaler);
      trigger.setMetadata(metadata);
      if (t.auth() != null) {
        AuthenticationRef ref = new AuthenticationRef();
        ref.setName(TriggerAuthCompiler.name(id, queues, i));
        trigger.setAuthenticationRef(ref);
      }
      triggers.add(trigger);
    }
    if (autoscaling.cpu() != null) {
      triggers.add(utilization("cpu", autoscaling.cpu()));
    }
    if (autoscaling.memory() != null) {
      triggers.add(utilization("memory", autoscaling.memory()));
    }
    return triggers;
  }

  private static Triggers utilization(String resource, int percent) {
    Triggers trigger = new Triggers();
    trigger.setType(resource);
    trigger.setMetricType("Utilization");
    trigger.setMetadata(Map.of("value", String.valueOf(percent)));
    return trigger;
  }
}
