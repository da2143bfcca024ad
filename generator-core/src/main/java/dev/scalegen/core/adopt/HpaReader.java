package dev.scalegen.core.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Folds a HorizontalPodAutoscaler (autoscaling/v2, v2beta2, v2beta1 or v1) into a tier's
 * {@code autoscaling}: bounds, CPU and memory utilization targets, and {@code behavior}
 * ({@link BehaviorReader}). A field of {@code spec} that the HPA's version does not have
 * ({@code targetCPUUtilization}, the DocVault guide's) is {@code SG404}: the API server drops it or
 * refuses the object, so the HPA never scaled on it. Other metrics (per-pod values, object and
 * external metrics) are {@code SG408}: the spec has no field for them.
 */
final class HpaReader {

  /** The workload the HPA scales, the autoscaling it amounts to, and what was found reading it. */
  record Read(String targetKind, String targetName, Autoscaling autoscaling, Findings findings) {}

  private static final Set<String> V1 = Set.of("scaleTargetRef", "minReplicas", "maxReplicas", "targetCPUUtilizationPercentage");
  private static final Set<String> V2 = Set.of("scaleTargetRef", "minReplicas", "maxReplicas", "metrics", "behavior");

  /** The fields that people write for a utilization target, and what each version has instead. */
  private static final Map<String, String> MEANT = Map.of(
      "targetCPUUtilization", "cpu", "targetMemoryUtilization", "memory",
      "targetMemoryUtilizationPercentage", "memory", "targetCPUUtilizationPercentage", "cpu");

  private HpaReader() {}

  static Read read(ManifestDocument document) {
    Findings findings = new Findings(document);
    JsonNode spec = document.tree().path("spec");
    String version = document.apiVersion();
    boolean v1 = version.equals("autoscaling/v1");
    unknownFields(findings, spec, v1, version);
    Integer cpu = null;
    Integer memory = null;
    if (v1) {
      cpu = spec.has("targetCPUUtilizationPercentage") ? spec.path("targetCPUUtilizationPercentage").asInt() : null;
    } else {
      JsonNode metrics = spec.path("metrics");
      for (int i = 0; i < metrics.size(); i++) {
        JsonNode metric = metrics.get(i);
        JsonNode resource = metric.path("resource");
        // v2 and v2beta2: target.averageUtilization; v2beta1: targetAverageUtilization.
        JsonNode utilization = resource.path("target").path("type").asText("").equals("Utilization")
            ? resource.path("target").path("averageUtilization") : resource.path("targetAverageUtilization");
        String name = resource.path("name").asText("");
        if (metric.path("type").asText("").equals("Resource") && utilization.isNumber()
            && (name.equals("cpu") && cpu == null || name.equals("memory") && memory == null)) {
          if (name.equals("cpu")) {
            cpu = utilization.asInt();
          } else {
            memory = utilization.asInt();
          }
        } else {
          findings.notCarried("/spec/metrics/" + i, "metric " + (i + 1) + " of " + document.describe()
              + " (`" + metric.path("type").asText("?") + "` " + (name.isEmpty() ? "" : "`" + name + "` ") + "target)",
              "the spec scales on CPU and memory utilization only; keep this HPA by hand or scale on queues with KEDA");
        }
      }
    }
    Integer min = spec.has("minReplicas") ? spec.path("minReplicas").asInt() : 1;
    Integer max = spec.has("maxReplicas") ? spec.path("maxReplicas").asInt() : null;
    Autoscaling autoscaling = new Autoscaling(min, max, cpu, memory,
        v1 ? null : BehaviorReader.read(findings, spec.path("behavior")));
    JsonNode target = spec.path("scaleTargetRef");
    return new Read(target.path("kind").asText(""), target.path("name").asText(""), autoscaling, findings);
  }

  private static void unknownFields(Findings findings, JsonNode spec, boolean v1, String version) {
    for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if ((v1 ? V1 : V2).contains(field)) {
        continue;
      }
      String meant = MEANT.get(field);
      String hint;
      if (meant == null) {
        hint = "the fields of an HPA's `spec` in " + version + " are " + String.join(", ", (v1 ? V1 : V2).stream().sorted().toList());
      } else if (v1 && meant.equals("cpu")) {
        hint = "autoscaling/v1 calls it `targetCPUUtilizationPercentage`";
      } else if (v1) {
        hint = "autoscaling/v1 has no memory target; autoscaling/v2 sets one under `metrics` "
            + "(`resource: {name: memory, target: {type: Utilization, averageUtilization: N}}`), which the spec's `autoscaling.memory` emits";
      } else {
        hint = "autoscaling/v2 sets it under `metrics` (`resource: {name: " + meant
            + ", target: {type: Utilization, averageUtilization: N}}`); the spec's `autoscaling." + meant + "` emits that";
      }
      findings.reportKey(Code.HPA_UNKNOWN_FIELD, "/spec/" + ManifestParser.escape(field),
          "`spec." + field + "` is not a field of " + findings.document().describe() + " (" + version
              + "): the API server drops it, so the HPA never scaled on its value" + value(spec.path(field)),
          hint);
    }
  }

  private static String value(JsonNode value) {
    return value.isValueNode() ? " (" + value.asText() + ")" : "";
  }

  /** Whether {@code document} is an HPA that import reads. */
  static boolean isHpa(ManifestDocument document) {
    return document.kind().equals("HorizontalPodAutoscaler") && document.apiVersion().startsWith("autoscaling/");
  }
}
