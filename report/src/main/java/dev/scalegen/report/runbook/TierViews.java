package dev.scalegen.report.runbook;

import dev.scalegen.core.spec.Tier;
import dev.scalegen.report.runbook.RunbookModel.TierView;
import dev.scalegen.keda.ScaledObject;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tier of one set as its generated objects say: the workload's kind, name and pod selector, the
 * HPA's name, bounds and targets (for a KEDA tier: its ScaledObject, the HPA KEDA makes of it and
 * the triggers) or the fixed replica count, the main container's requests and
 * limits, the disruption budget and the Service. Only the worker count, the behaviour preset's
 * name and the placement's pool come from the (effective) spec, which the objects do not name.
 */
final class TierViews {

  private TierViews() {}

  static TierView of(GeneratedSets generated, String set, Tier tier) {
    HasMetadata workload = generated.workload(set, tier.name());
    boolean stateful = workload instanceof StatefulSet;
    PodTemplateSpec pod = stateful ? ((StatefulSet) workload).getSpec().getTemplate()
        : ((Deployment) workload).getSpec().getTemplate();
    Integer replicas = stateful ? ((StatefulSet) workload).getSpec().getReplicas()
        : ((Deployment) workload).getSpec().getReplicas();
    Map<String, String> selector = stateful ? ((StatefulSet) workload).getSpec().getSelector().getMatchLabels()
        : ((Deployment) workload).getSpec().getSelector().getMatchLabels();
    Container main = main(pod, tier.name());
    HorizontalPodAutoscaler hpa = generated.tierObject(set, tier.name(), HorizontalPodAutoscaler.class).orElse(null);
    ScaledObject keda = generated.tierObject(set, tier.name(), ScaledObject.class).orElse(null);
    PodDisruptionBudget pdb = generated.tierObject(set, tier.name(), PodDisruptionBudget.class).orElse(null);
    Service service = generated.tierObject(set, tier.name(), Service.class).orElse(null);
    boolean scaled = hpa != null || keda != null;
    return new TierView(tier.name(), workload.getKind(), workload.getKind().toLowerCase(java.util.Locale.ROOT),
        workload.getMetadata().getName(), selector(selector),
        keda != null ? KedaViews.hpaName(keda) : hpa == null ? null : hpa.getMetadata().getName(),
        keda != null ? KedaViews.range(keda)
            : hpa == null ? null : hpa.getSpec().getMinReplicas() + "–" + hpa.getSpec().getMaxReplicas(),
        keda != null ? null : hpa == null ? null : targets(hpa),
        !scaled || tier.autoscaling().behavior() == null ? null : behavior(tier),
        scaled ? null : replicas,
        resources(main.getResources(), true), resources(main.getResources(), false),
        workers(tier), pdb == null ? null : pdb.getMetadata().getName(), pdb == null ? null : budget(pdb),
        service == null ? null : service.getMetadata().getName(), stateful,
        keda == null ? null : keda.getMetadata().getName(), keda == null ? null : KedaViews.triggers(keda));
  }

  /** The container that runs the tier's image: the one named after the tier, else the first. */
  private static Container main(PodTemplateSpec pod, String tier) {
    List<Container> containers = pod.getSpec().getContainers();
    return containers.stream().filter(c -> tier.equals(c.getName())).findFirst().orElse(containers.get(0));
  }

  /** A label selector as {@code kubectl -l} takes it: {@code key=value,key=value}. */
  static String selector(Map<String, String> labels) {
    return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  private static String targets(HorizontalPodAutoscaler hpa) {
    List<String> targets = new ArrayList<>();
    for (MetricSpec metric : hpa.getSpec().getMetrics()) {
      if (metric.getResource() != null && metric.getResource().getTarget().getAverageUtilization() != null) {
        String name = "cpu".equals(metric.getResource().getName()) ? "CPU" : metric.getResource().getName();
        targets.add(name + " " + metric.getResource().getTarget().getAverageUtilization() + " %");
      }
    }
    return String.join(", ", targets);
  }

  private static String behavior(Tier tier) {
    String preset = tier.autoscaling().behavior().preset();
    return preset != null ? "`" + preset + "`" : "its own scale-up and scale-down policies";
  }

  private static String resources(ResourceRequirements resources, boolean requests) {
    Map<String, Quantity> values = resources == null ? null : requests ? resources.getRequests() : resources.getLimits();
    if (values == null || values.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    if (values.containsKey("cpu")) {
      parts.add(values.get("cpu") + " CPU");
    }
    if (values.containsKey("memory")) {
      parts.add(values.get("memory") + " memory");
    }
    return String.join(", ", parts);
  }

  private static String workers(Tier tier) {
    Tier.Workers w = tier.workers();
    if (w == null || w.count() == null) {
      return null;
    }
    return w.count() + (w.arg() != null ? " (`" + w.arg() + " " + w.count() + "`)" : " (`" + w.env() + "=" + w.count() + "`)");
  }

  private static String budget(PodDisruptionBudget pdb) {
    return pdb.getSpec().getMaxUnavailable() != null ? "maxUnavailable " + text(pdb.getSpec().getMaxUnavailable())
        : "minAvailable " + text(pdb.getSpec().getMinAvailable());
  }

  private static String text(io.fabric8.kubernetes.api.model.IntOrString value) {
    return value.getIntVal() != null ? value.getIntVal().toString() : value.getStrVal();
  }
}
