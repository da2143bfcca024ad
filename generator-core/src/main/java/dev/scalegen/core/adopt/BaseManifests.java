package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The team's base as scalegen read it: its objects in the order kustomize would list them, what an
 * overlay puts in its {@code resources:} to include it (the base's folder when it is a kustomize
 * directory, else each of its files), and the problems met reading it ({@code SG430}).
 */
public record BaseManifests(List<BaseObject> objects, List<Path> resources, List<Diagnostic> problems) {

  public BaseManifests {
    objects = List.copyOf(objects);
    resources = List.copyOf(resources);
    problems = List.copyOf(problems);
  }

  /** The object of this kind and name, or {@code null}. */
  public BaseObject find(String kind, String name) {
    return objects.stream().filter(o -> kind.equals(o.kind()) && Objects.equals(name, o.name())).findFirst().orElse(null);
  }

  /** The names of the base's objects of {@code kind}, in order. */
  public List<String> names(String kind) {
    return objects.stream().filter(o -> kind.equals(o.kind())).map(BaseObject::name).toList();
  }

  /** The HorizontalPodAutoscalers (any version) whose {@code scaleTargetRef} is the workload. */
  public List<BaseObject> autoscalersOf(BaseObject workload) {
    return objects.stream()
        .filter(o -> "HorizontalPodAutoscaler".equals(o.kind()) && Objects.equals(o.namespace(), workload.namespace()))
        .filter(o -> workload.kind().equals(o.text("/spec/scaleTargetRef/kind"))
            && workload.name().equals(o.text("/spec/scaleTargetRef/name")))
        .toList();
  }

  /** The PodDisruptionBudgets whose {@code matchLabels} the workload's pods carry. */
  public List<BaseObject> disruptionBudgetsOf(BaseObject workload) {
    Object podLabels = workload.at("/spec/template/metadata/labels");
    return objects.stream()
        .filter(o -> "PodDisruptionBudget".equals(o.kind()) && Objects.equals(o.namespace(), workload.namespace()))
        .filter(o -> o.at("/spec/selector/matchLabels") instanceof Map<?, ?> match && !match.isEmpty()
            && podLabels instanceof Map<?, ?> labels && labels.entrySet().containsAll(match.entrySet()))
        .toList();
  }
}
