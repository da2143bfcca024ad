package dev.scalegen.golden.boutique;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Walks an upstream object and its generated counterpart, both as Jackson trees, and lists every
 * field where they differ. Empty maps and lists count as absent (the emitter never writes them).
 * List items are matched by what identifies them in Kubernetes, not by position, so that an order
 * that does not matter does not show up and an item missing on one side does:
 *
 * <ul>
 *   <li>{@code env}, {@code httpHeaders}: by {@code name};
 *   <li>a container's {@code ports}: by {@code containerPort}; a Service's {@code ports}: by
 *       {@code port};
 *   <li>{@code volumeMounts}: by {@code mountPath}; {@code volumes}: by the mount path of the
 *       pod's container that mounts them (so that a volume's name is compared as a field);
 *   <li>anything else ({@code containers}, {@code command}, {@code capabilities.drop}): by position.
 * </ul>
 */
final class TreeDiff {

  private final String object;
  private final List<Difference> differences = new ArrayList<>();

  private TreeDiff(String object) {
    this.object = object;
  }

  static List<Difference> diff(String object, JsonNode upstream, JsonNode generated) {
    TreeDiff diff = new TreeDiff(object);
    diff.walk("", upstream, generated, null, null);
    return diff.differences;
  }

  private void walk(String path, JsonNode upstream, JsonNode generated, JsonNode parentA, JsonNode parentB) {
    JsonNode a = absentIfEmpty(upstream);
    JsonNode b = absentIfEmpty(generated);
    if (a == null && b == null) {
      return;
    }
    if (a != null && b != null && a.isObject() && b.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        walk(path.isEmpty() ? key : path + "." + key, a.get(key), b.get(key), a, b);
      }
    } else if (a != null && b != null && a.isArray() && b.isArray()) {
      String field = path.substring(path.lastIndexOf('.') + 1);
      Map<String, JsonNode> itemsA = items(a, key(path, field, parentA));
      Map<String, JsonNode> itemsB = items(b, key(path, field, parentB));
      Map<String, JsonNode[]> both = new LinkedHashMap<>();
      itemsA.forEach((k, v) -> both.computeIfAbsent(k, x -> new JsonNode[2])[0] = v);
      itemsB.forEach((k, v) -> both.computeIfAbsent(k, x -> new JsonNode[2])[1] = v);
      both.forEach((k, pair) -> walk(path + "[" + k + "]", pair[0], pair[1], a, b));
    } else if (a == null || b == null || !a.equals(b)) {
      differences.add(new Difference(object, path, a, b));
    }
  }

  private static JsonNode absentIfEmpty(JsonNode n) {
    return n == null || n.isNull() || (n.isContainerNode() && n.isEmpty()) ? null : n;
  }

  private static Function<JsonNode, String> key(String path, String field, JsonNode parent) {
    return switch (field) {
      case "env", "httpHeaders" -> item -> item.path("name").asText();
      case "ports" -> path.startsWith("spec.ports") ? item -> item.path("port").asText()
          : item -> item.path("containerPort").asText();
      case "volumeMounts" -> item -> item.path("mountPath").asText();
      case "volumes" -> {
        Map<String, String> mountedAt = new HashMap<>();
        for (JsonNode c : parent.path("containers")) {
          c.path("volumeMounts").forEach(m -> mountedAt.put(m.path("name").asText(), m.path("mountPath").asText()));
        }
        yield item -> mountedAt.getOrDefault(item.path("name").asText(), "unmounted " + item.path("name").asText());
      }
      default -> null;
    };
  }

  private static Map<String, JsonNode> items(JsonNode array, Function<JsonNode, String> key) {
    Map<String, JsonNode> items = new LinkedHashMap<>();
    for (int i = 0; i < array.size(); i++) {
      items.put(key == null ? String.valueOf(i) : key.apply(array.get(i)), array.get(i));
    }
    return items;
  }
}
