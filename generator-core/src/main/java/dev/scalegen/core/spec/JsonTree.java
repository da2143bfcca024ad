package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts the node graph that snakeyaml-engine composed into a JSON tree and its {@link SourceMap}
 * (positions from the nodes' marks). An alias is the node it names, so the graph is expanded here,
 * within {@link SpecLimits#MAX_NODES} nodes and {@link SpecLimits#MAX_DEPTH} levels; the first node
 * past a limit ends the conversion with a diagnostic. A key met again in a mapping is reported
 * (SG007) and its later value ignored. Scalars take the type the core schema's resolver
 * gave them; integers and floats become exact numbers, {@code .inf} and {@code .nan} strings.
 */
final class JsonTree {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String file;
  private final Map<String, SourceMap.Node> nodes;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int nodeCount;

  private JsonTree(String file, int textLength) {
    this.file = file;
    // Real specs have a node per 15 to 35 characters: sized so that the map is rarely rehashed.
    this.nodes = new HashMap<>(Math.max(16, textLength / 10));
  }

  /** The tree ({@code null} past a limit), its source map, and the duplicate keys and limit found. */
  static YamlLoader.Parsed of(Node root, String file, int textLength) {
    JsonTree tree = new JsonTree(file, textLength);
    try {
      JsonNode json = tree.convert(root, "", null, 0);
      return new YamlLoader.Parsed(json, new SourceMap(file, tree.nodes), tree.diagnostics);
    } catch (LimitExceeded e) {
      return new YamlLoader.Parsed(null, new SourceMap(file, Map.of()), tree.diagnostics);
    }
  }

  private JsonNode convert(Node node, String pointer, Node key, int depth) {
    if (++nodeCount > SpecLimits.MAX_NODES || depth > SpecLimits.MAX_DEPTH) {
      diagnostics.add(Diagnostic.of(Code.YAML_LIMIT, location(node.getStartMark(), ""),
          nodeCount > SpecLimits.MAX_NODES
              ? "the document expands to more than " + SpecLimits.MAX_NODES + " nodes once aliases are resolved"
              : "aliases nest deeper than " + SpecLimits.MAX_DEPTH + " levels",
          "write the values out instead of nesting aliases"));
      throw new LimitExceeded();
    }
    Mark k = key == null ? null : key.getStartMark().orElse(null);
    Mark v = node.getStartMark().orElse(null);
    if (node instanceof ScalarNode scalar) {
      nodes.putIfAbsent(pointer, new SourceMap.Node(line(k), column(k), line(v), column(v), scalar.getValue(),
          scalar.isPlain()));
      return scalar(scalar.getTag(), scalar.getValue());
    }
    nodes.putIfAbsent(pointer, new SourceMap.Node(line(k), column(k), line(v), column(v), null, false));
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JSON.arrayNode(sequence.getValue().size());
      int i = 0;
      for (Node item : sequence.getValue()) {
        array.add(convert(item, SourceMap.item(pointer, i++), null, depth + 1));
      }
      return array;
    }
    ObjectNode object = JSON.objectNode();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      Node keyNode = tuple.getKeyNode(); // a scalar: the composer refuses any other key
      String name = ((ScalarNode) keyNode).getValue();
      String child = SourceMap.child(pointer, name);
      if (object.get(name) != null) {
        SourceMap.Node first = nodes.get(child);
        diagnostics.add(Diagnostic.of(Code.DUPLICATE_KEY, location(keyNode.getStartMark(), child),
            "duplicate key `" + name + "` (first defined at line " + first.keyLine() + ", column "
                + first.keyColumn() + ")",
            "remove one of the two; YAML keeps only one value per key"));
      } else {
        object.set(name, convert(tuple.getValueNode(), child, keyNode, depth + 1));
      }
    }
    return object;
  }

  /** The JSON value of a scalar of a core schema type; text under an explicit tag that does not parse stays a string. */
  private static JsonNode scalar(Tag tag, String text) {
    try {
      if (Tag.NULL.equals(tag)) {
        return JSON.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
      }
      if (Tag.INT.equals(tag)) {
        return JSON.numberNode(integer(text));
      }
      if (Tag.FLOAT.equals(tag)) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.endsWith(".inf") || t.endsWith(".nan") ? JSON.stringNode(text)
            : JSON.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
      }
    } catch (NumberFormatException e) {
      return JSON.stringNode(text);
    }
    return JSON.stringNode(text);
  }

  private static BigInteger integer(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    if (t.startsWith("0o")) {
      return new BigInteger(t.substring(2), 8);
    }
    if (t.startsWith("0x")) {
      return new BigInteger(t.substring(2), 16);
    }
    return new BigInteger(t);
  }

  private Location location(Optional<Mark> mark, String pointer) {
    Mark m = mark.orElse(null);
    return new Location(file, line(m), column(m), pointer);
  }

  private static int line(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark == null ? 0 : mark.getColumn() + 1;
  }

  /** Unwinds the conversion once a limit is hit; the diagnostic is already recorded. */
  private static final class LimitExceeded extends RuntimeException {
    LimitExceeded() {
      super(null, null, false, false);
    }
  }
}
