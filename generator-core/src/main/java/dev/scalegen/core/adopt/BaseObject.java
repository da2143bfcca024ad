package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Location;
import java.util.List;
import java.util.Map;

/**
 * One object of the team's base, as read: its identity, its content as a plain tree (maps, lists,
 * strings, numbers, booleans) and where each node of it is in its file, so that a problem found in
 * the base points at the base's {@code file:line:col}.
 *
 * @param file the file as diagnostics name it (relative to the spec's folder, as the user sees it)
 * @param namespace the namespace it is applied in: its own, or the one its kustomization sets
 * @param positions 1-based line and column of each node's value, by JSON pointer ({@code /spec/replicas})
 */
public record BaseObject(String file, String apiVersion, String kind, String name, String namespace,
    Map<String, Object> tree, Map<String, int[]> positions) {

  /** The node at {@code pointer} ({@code /spec/template/spec/containers/0/args}), or {@code null}. */
  public Object at(String pointer) {
    Object node = tree;
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (node instanceof Map<?, ?> map) {
        node = map.get(segment);
      } else if (node instanceof List<?> list && segment.matches("\\d{1,9}") && Integer.parseInt(segment) < list.size()) {
        node = list.get(Integer.parseInt(segment));
      } else {
        return null;
      }
    }
    return node;
  }

  /** The text of the scalar at {@code pointer}, or {@code null} when there is none. */
  public String text(String pointer) {
    Object node = at(pointer);
    return node instanceof Map || node instanceof List || node == null ? null : node.toString();
  }

  /** Where the node at {@code pointer} is, or its nearest ancestor that is in the file. */
  public Location location(String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      int[] position = positions.get(p);
      if (position != null) {
        return new Location(file, position[0], position[1], p);
      }
      if (p.isEmpty()) {
        return Location.ofFile(file);
      }
    }
  }

  /** {@code Deployment/docvault-backend}, as messages name it. */
  public String id() {
    return kind + "/" + name;
  }
}
