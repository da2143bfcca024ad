package dev.scalegen.golden.boutique;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field where a generated object differs from its upstream original: {@code object} is the
 * upstream object ({@code Deployment/frontend}), {@code path} the field in it
 * ({@code spec.template.spec.containers[0].env[PORT].value}; list items by their key, see
 * {@link TreeDiff}), and each side's value, {@code null} where that side lacks the field. A
 * missing object has the path {@code ""}.
 */
record Difference(String object, String path, JsonNode upstream, JsonNode generated) {

  /** The kind of the object: {@code Deployment}, {@code Service}, {@code ServiceAccount}. */
  String kind() {
    return object.substring(0, object.indexOf('/'));
  }

  /** The upstream object's name. */
  String name() {
    return object.substring(object.indexOf('/') + 1);
  }

  /** The upstream value as text, or {@code null}. */
  String upstreamText() {
    return upstream == null ? null : upstream.asText();
  }

  /** The generated value as text, or {@code null}. */
  String generatedText() {
    return generated == null ? null : generated.asText();
  }

  @Override
  public String toString() {
    return object + (path.isEmpty() ? "" : " " + path) + ": upstream " + (upstream == null ? "(absent)" : upstream)
        + ", generated " + (generated == null ? "(absent)" : generated);
  }
}
