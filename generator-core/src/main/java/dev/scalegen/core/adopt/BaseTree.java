package dev.scalegen.core.adopt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns a composed YAML node of a base manifest into a plain tree and records the 1-based line and
 * column of every value by JSON pointer. Scalars keep YAML 1.2's core types: {@code 3} is a
 * number, {@code "3"} text, {@code true} a boolean, {@code null} and {@code ~} nothing.
 */
final class BaseTree {
  /** A document's tree ({@code null} when it is not a mapping) and the positions of its nodes. */
  record Converted(Map<String, Object> tree, Map<String, int[]> positions) {}

  private final Map<String, int[]> positions = new LinkedHashMap<>();

  private BaseTree() {}

  @SuppressWarnings("unchecked")
  static Converted of(Node root) {
    BaseTree converter = new BaseTree();
    Object tree = converter.value(root, "");
    return new Converted(tree instanceof Map<?, ?> map ? (Map<String, Object>) map : null, converter.positions);
  }

  private Object value(Node node, String pointer) {
    node.getStartMark().ifPresent(m -> positions.put(pointer, new int[] {m.getLine() + 1, m.getColumn() + 1}));
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          String child = pointer + "/" + key.getValue();
          map.put(key.getValue(), value(tuple.getValueNode(), child));
        }
      }
      return map;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        list.add(value(item, pointer + "/" + list.size()));
      }
      return list;
    }
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = scalar.getTag();
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.INT.equals(tag)) {
      try {
        return Long.parseLong(scalar.getValue());
      } catch (NumberFormatException e) {
        return scalar.getValue();
      }
    }
    if (Tag.BOOL.equals(tag)) {
      return Boolean.parseBoolean(scalar.getValue());
    }
    return scalar.getValue();
  }
}
