package dev.scalegen.golden.runbook;

import java.util.Map;

/**
 * A resource type as kubectl spells it ({@code hpa}, {@code deployments}, {@code cronjob}), its
 * kind, whether it is namespaced, and whether scalegen generates objects of it (the runbook may name
 * those only when they are in the output; pods, jobs, nodes and events it may only select).
 */
record ResourceKind(String kind, boolean namespaced, boolean generated) {

  private static final Map<String, ResourceKind> BY_NAME = Map.ofEntries(
      entry(new ResourceKind("HorizontalPodAutoscaler", true, true), "hpa", "horizontalpodautoscaler"),
      entry(new ResourceKind("Deployment", true, true), "deploy", "deployment"),
      entry(new ResourceKind("ScaledObject", true, true), "so", "scaledobject"),
      entry(new ResourceKind("TriggerAuthentication", true, true), "ta", "triggerauthentication"),
      entry(new ResourceKind("StatefulSet", true, true), "sts", "statefulset"),
      entry(new ResourceKind("PodDisruptionBudget", true, true), "pdb", "poddisruptionbudget"),
      entry(new ResourceKind("CronJob", true, true), "cj", "cronjob"),
      entry(new ResourceKind("Service", true, true), "svc", "service"),
      entry(new ResourceKind("ServiceAccount", true, true), "sa", "serviceaccount"),
      entry(new ResourceKind("Role", true, true), "role", "role"),
      entry(new ResourceKind("RoleBinding", true, true), "rolebinding", "rolebinding"),
      entry(new ResourceKind("Pod", true, false), "po", "pod"),
      entry(new ResourceKind("Job", true, false), "job", "job"),
      entry(new ResourceKind("Event", true, false), "ev", "event"),
      entry(new ResourceKind("Node", false, false), "no", "node"),
      entry(new ResourceKind("APIService", false, false), "apiservice", "apiservice"));

  private static Map.Entry<String, ResourceKind> entry(ResourceKind kind, String shortName, String name) {
    return Map.entry(shortName + "|" + name, kind);
  }

  /** The kind of a type word (short, singular or plural, case-insensitive), or {@code null}. */
  static ResourceKind of(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (Map.Entry<String, ResourceKind> e : BY_NAME.entrySet()) {
      String[] names = e.getKey().split("\\|");
      if (w.equals(names[0]) || w.equals(names[1]) || w.equals(names[1] + "s") || w.equals(names[0] + "s")) {
        return e.getValue();
      }
    }
    return null;
  }
}
