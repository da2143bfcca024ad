package dev.scalegen.golden.runbook;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the fields a merge patch sets exist in a fabric8 type: each key of the patch is looked up
 * among the JSON properties Jackson finds on the type (the names the API uses, {@code suspend} on
 * {@code CronJobSpec}), and nested objects are followed into the property's type. A field that
 * exists but is unset in the generated object ({@code suspend}) counts: the type, not the object,
 * decides. Map-typed fields (labels) take any key.
 */
final class FieldPaths {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FieldPaths() {}

  /** The dotted paths of {@code patch} that {@code type} does not have; empty when every one exists. */
  static List<String> missing(Class<?> type, JsonNode patch) {
    List<String> missing = new ArrayList<>();
    walk(MAPPER.constructType(type), patch, "", missing);
    return missing;
  }

  /** Every leaf of the patch as a dotted path and its value. */
  static void leaves(JsonNode node, String path, Map<String, JsonNode> into) {
    if (node.isObject()) {
      node.properties().forEach(e -> leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), into));
    } else {
      into.put(path, node);
    }
  }

  private static void walk(JavaType type, JsonNode patch, String path, List<String> missing) {
    if (!patch.isObject() || type.isMapLikeType()) {
      return;
    }
    BeanDescription bean = MAPPER.getSerializationConfig().introspect(type);
    for (Map.Entry<String, JsonNode> field : patch.properties()) {
      String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      BeanPropertyDefinition property = bean.findProperties().stream()
          .filter(p -> p.getName().equals(field.getKey())).findFirst().orElse(null);
      if (property == null) {
        missing.add(at);
      } else if (field.getValue().isObject()) {
        walk(property.getPrimaryType(), field.getValue(), at, missing);
      }
    }
  }
}
