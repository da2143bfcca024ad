package dev.scalegen.core.spec;

import java.util.Map;

/** {@code metadata}: the application's name, namespace, and labels and annotations for every object. */
public record Metadata(String name, String namespace, Map<String, String> labels, Map<String, String> annotations) {
  public Metadata {
    labels = Maps.copy(labels);
    annotations = Maps.copy(annotations);
  }
}
