package dev.scalegen.core.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Lists, field by field, what a workload holds that its tier does not carry ({@code SG408}): keys
 * of the workload's, the pod's and the main container's specs outside the set that import reads,
 * other containers, ports after the first, resources other than CPU and memory, a preStop hook
 * other than a sleep. Nothing is dropped silently: the listing is made from the manifest's own
 * keys, so a field that import never heard of is listed too.
 */
final class OtherFields {

  private static final Set<String> WORKLOAD = Set.of("replicas", "selector", "template", "serviceName", "volumeClaimTemplates");
  private static final Set<String> POD = Set.of("containers", "volumes", "nodeSelector", "affinity", "tolerations",
      "serviceAccountName", "serviceAccount", "imagePullSecrets", "terminationGracePeriodSeconds", "securityContext");
  private static final Set<String> CONTAINER = Set.of("name", "image", "command", "args", "ports", "env", "envFrom",
      "resources", "readinessProbe", "livenessProbe", "startupProbe", "volumeMounts", "securityContext", "lifecycle");

  private OtherFields() {}

  static void note(Findings findings, PodSpec pod, int main, String podAt) {
    JsonNode tree = findings.document().tree();
    JsonNode labels = tree.path("metadata").path("labels");
    if (!labels.isEmpty()) {
      findings.notCarried("/metadata/labels", "the workload's `metadata.labels`, with the selector on them,",
          "scalegen sets the `app.kubernetes.io/*` labels and selects on them; a selector cannot change in place, "
              + "so apply the generated workload in place of this one, not over it");
    }
    keys(findings, tree.path("spec"), "/spec", WORKLOAD, "`spec.");
    JsonNode template = tree.path("spec").path("template");
    if (!template.path("metadata").path("annotations").isEmpty()) {
      findings.notCarried("/spec/template/metadata/annotations", "the pod's annotations",
          "add them to the tier's `annotations` if the generated objects should carry them");
    }
    keys(findings, template.path("spec"), podAt, POD, "`spec.template.spec.");
    List<Container> containers = pod.getContainers();
    for (int i = 0; i < containers.size(); i++) {
      if (i != main) {
        findings.notCarried(podAt + "/containers/" + i, "container `" + containers.get(i).getName() + "`",
            "a tier has one container; keep sidecars in the manifests, or a PodTemplate, by hand");
      }
    }
    String at = podAt + "/containers/" + main;
    JsonNode c = template.path("spec").path("containers").path(main);
    keys(findings, c, at, CONTAINER, "`");
    for (int i = 1; i < c.path("ports").size(); i++) {
      findings.notCarried(at + "/ports/" + i, "port " + c.path("ports").get(i).path("containerPort").asText(),
          "a tier has one `port`; a second one goes into the manifests by hand");
    }
    for (String kind : List.of("requests", "limits")) {
      for (Iterator<String> it = c.path("resources").path(kind).fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!name.equals("cpu") && !name.equals("memory")) {
          findings.notCarried(at + "/resources/" + kind + "/" + ManifestParser.escape(name), "`resources." + kind + "." + name + "`",
              "the spec's resources are CPU and memory");
        }
      }
    }
  }

  private static void keys(Findings findings, JsonNode object, String at, Set<String> carried, String prefix) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!carried.contains(key)) {
        findings.notCarried(at + "/" + ManifestParser.escape(key), prefix + key + "`",
            "the spec has no field for it; set it in the manifests by hand, or ask for it in an issue");
      }
    }
  }

  /** The seconds of a preStop {@code sleep N} (exec or the sleep action), or {@code null} with an {@code SG408} for another hook. */
  static Integer preStopSleep(Findings findings, Container c, String at) {
    var lifecycle = c.getLifecycle();
    if (lifecycle == null) {
      return null;
    }
    if (lifecycle.getPostStart() != null) {
      findings.notCarried(at + "/lifecycle/postStart", "the `postStart` hook", "keep it in the manifests by hand");
    }
    var stop = lifecycle.getPreStop();
    if (stop == null) {
      return null;
    }
    if (stop.getSleep() != null && stop.getSleep().getSeconds() != null) {
      return stop.getSleep().getSeconds().intValue();
    }
    List<String> command = stop.getExec() == null || stop.getExec().getCommand() == null ? List.of() : stop.getExec().getCommand();
    if (command.size() == 2 && command.get(0).matches("(/bin/|/usr/bin/)?sleep") && command.get(1).matches("\\d{1,4}")) {
      return Integer.parseInt(command.get(1));
    }
    findings.notCarried(at + "/lifecycle/preStop", "the `preStop` hook (not a plain sleep)",
        "the spec's `preStopSleepSeconds` is a sleep; keep another hook in the manifests by hand");
    return null;
  }
}
