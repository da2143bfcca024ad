package dev.scalegen.report.runbook;

import dev.scalegen.keda.ScaledObject;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.Triggers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A KEDA tier as its ScaledObject says: the HPA that KEDA creates from it, its bounds and its
 * triggers. KEDA names that HPA {@code keda-hpa-<ScaledObject>} unless
 * {@code advanced.horizontalPodAutoscalerConfig.name} says otherwise (KEDA's
 * {@code getHPAName}); the runbook's commands look at it by that name.
 */
final class KedaViews {

  /** The metadata key that names what a queue trigger watches, per KEDA scaler. */
  private static final List<String> WATCHED = List.of("listName", "queueName", "queueURL");

  /** The metadata key of a trigger's target value, per KEDA scaler. */
  private static final List<String> TARGETS = List.of("listLength", "queueLength", "value");

  private KedaViews() {}

  static String hpaName(ScaledObject object) {
    var advanced = object.getSpec().getAdvanced();
    if (advanced != null && advanced.getHorizontalPodAutoscalerConfig() != null
        && advanced.getHorizontalPodAutoscalerConfig().getName() != null) {
      return advanced.getHorizontalPodAutoscalerConfig().getName();
    }
    return "keda-hpa-" + object.getMetadata().getName();
  }

  static String range(ScaledObject object) {
    Integer min = object.getSpec().getMinReplicaCount();
    Integer max = object.getSpec().getMaxReplicaCount();
    return (min == null ? 0 : min) + "–" + (max == null ? 100 : max);
  }

  /** {@code redis list `celery`, 10 per pod}; {@code cpu 70 %}. */
  static String triggers(ScaledObject object) {
    List<String> texts = new ArrayList<>();
    for (Triggers trigger : object.getSpec().getTriggers()) {
      Map<String, String> metadata = trigger.getMetadata();
      String watched = WATCHED.stream().filter(metadata::containsKey).findFirst().map(metadata::get).orElse(null);
      String target = TARGETS.stream().filter(metadata::containsKey).findFirst().map(metadata::get).orElse(null);
      if (watched == null) {
        texts.add(trigger.getType() + " " + target + " %");
      } else {
        texts.add(trigger.getType() + " `" + watched + "`, " + target + " per pod");
      }
    }
    return String.join("; ", texts);
  }
}
