package dev.scalegen.report.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one container of a schedule's CronJob patches, read from its command
 * ({@code kubectl patch horizontalpodautoscaler.autoscaling/docvault-backend --type=merge
 * --patch={"spec":{"minReplicas":2}}}): the object (kind and name) and the values of
 * {@code spec} it sets, in the order of the patch.
 */
record JobPatch(String kind, String name, Map<String, Integer> values) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Every patch a CronJob's pods make, one per container. */
  static List<JobPatch> of(CronJob job) {
    List<JobPatch> patches = new ArrayList<>();
    for (Container c : job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers()) {
      List<String> command = c.getCommand();
      String target = command.get(2);
      String patch = command.stream().filter(a -> a.startsWith("--patch=")).findFirst()
          .map(a -> a.substring("--patch=".length())).orElseThrow();
      patches.add(new JobPatch(kind(target.substring(0, target.indexOf('/'))),
          target.substring(target.indexOf('/') + 1), values(patch)));
    }
    return patches;
  }

  private static String kind(String resource) {
    String plural = resource.contains(".") ? resource.substring(0, resource.indexOf('.')) : resource;
    return switch (plural) {
      case "horizontalpodautoscaler", "horizontalpodautoscalers" -> "HorizontalPodAutoscaler";
      case "statefulset", "statefulsets" -> "StatefulSet";
      case "scaledobject", "scaledobjects" -> "ScaledObject";
      default -> "Deployment";
    };
  }

  private static Map<String, Integer> values(String patch) {
    Map<String, Integer> values = new LinkedHashMap<>();
    try {
      JsonNode spec = JSON.readTree(patch).path("spec");
      spec.properties().forEach(e -> values.put(e.getKey(), e.getValue().asInt()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a schedule job's patch is not JSON: " + patch, e);
    }
    return values;
  }

  /** {@code HPA `docvault-backend`} or {@code Deployment `shop-worker`}. */
  String object() {
    return ("HorizontalPodAutoscaler".equals(kind) ? "HPA" : kind) + " `" + name + "`";
  }
}
