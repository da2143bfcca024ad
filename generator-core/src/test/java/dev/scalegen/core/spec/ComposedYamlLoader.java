package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference for {@link YamlLoader}: how specs were loaded before the loader became a single
 * pass. It checks the whole event stream, then has snakeyaml-engine compose a node graph, then
 * converts the graph. {@code YamlLoaderEquivalenceTest} checks that both give the same tree, source
 * map and diagnostics. (It never returns for a mapping that merges itself: snakeyaml-engine's merge
 * loops.)
 */
final class ComposedYamlLoader {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SpecSource source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourceMap.Node> nodes = new HashMap<>();
  private int nodeCount;
  private final YamlSubset subset;

  private ComposedYamlLoader(SpecSource source) {
    this.source = source;
    this.subset = new YamlSubset(source.name());
  }

  /** Parses one source. Never throws for bad input. */
  static YamlLoader.Parsed load(SpecSource source) {
    return new ComposedYamlLoader(source).run();
  }

  private static LoadSettings settings(String name) {
    return LoadSettings.builder()
        .setLabel(name)
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(true) // we report duplicates ourselves, all of them, with positions
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(SpecLimits.MAX_COLLECTION_ALIASES)
        .setCodePointLimit(SpecLimits.MAX_FILE_BYTES)
        .setUseMarks(true)
        .setVersionFunction(version -> version)
        .build();
  }

  private YamlLoader.Parsed run() {
    LoadSettings settings = settings(source.name());
    SourceMap empty = new SourceMap(source.name(), Map.of());
    try {
      if (!checkStructure(settings)) {
        return new YamlLoader.Parsed(null, empty, diagnostics);
      }
      Optional<Node> document = new Compose(settings).composeString(source.text());
      if (document.isEmpty() || isNull(document.get())) {
        report(Code.EMPTY_SPEC, Location.ofFile(source.name()), "`" + source.name() + "` holds no spec",
            "start from `examples/docvault/scaling.yaml`");
        return new YamlLoader.Parsed(null, empty, diagnostics);
      }
      JsonNode root = convert(document.get(), "", null, 0);
      return new YamlLoader.Parsed(root, new SourceMap(source.name(), nodes), diagnostics);
    } catch (LimitExceeded e) {
      return new YamlLoader.Parsed(null, empty, diagnostics);
    } catch (MarkedYamlEngineException e) {
      diagnostics.addAll(subset.found());
      diagnostics.add(YamlErrors.of(e, source));
      return new YamlLoader.Parsed(null, empty, diagnostics);
    } catch (YamlEngineException e) {
      diagnostics.addAll(subset.found());
      diagnostics.add(YamlErrors.of(e, source));
      return new YamlLoader.Parsed(null, empty, diagnostics);
    }
  }

  /** Streams parse events (no recursion) to refuse deep nesting and extra documents before composing. */
  private boolean checkStructure(LoadSettings settings) {
    int depth = 0;
    int documents = 0;
    int collectionAliases = 0;
    java.util.Set<String> collectionAnchors = new java.util.HashSet<>();
    for (Event event : new Parse(settings).parseString(source.text())) {
      subset.accept(event);
      if (event instanceof CollectionStartEvent start) {
        start.getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
      }
      switch (event.getEventId()) {
        case DocumentStart -> {
          documents++;
          if (documents == 2) {
            diagnostics.addAll(subset.found());
            report(Code.MULTIPLE_DOCUMENTS, location(event.getStartMark()),
                "`" + source.name() + "` holds more than one YAML document",
                "keep one spec per file; remove the `---` line and what follows, or move it to its own file");
            return false;
          }
        }
        case MappingStart, SequenceStart -> {
          depth++;
          if (depth > SpecLimits.MAX_DEPTH) {
            diagnostics.addAll(subset.found());
            report(Code.YAML_LIMIT, location(event.getStartMark()),
                "nesting is deeper than " + SpecLimits.MAX_DEPTH + " levels", "a spec needs fewer than 10 levels");
            return false;
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        case Alias -> {
          if (collectionAnchors.contains(((AliasEvent) event).getAlias().getValue())
              && ++collectionAliases > SpecLimits.MAX_COLLECTION_ALIASES) {
            diagnostics.addAll(subset.found());
            report(Code.YAML_LIMIT, location(event.getStartMark()),
                "more than " + SpecLimits.MAX_COLLECTION_ALIASES + " aliases to mappings or lists",
                "write the values out; aliases that multiply each other can expand to billions of nodes");
            return false;
          }
        }
        default -> { }
      }
    }
    diagnostics.addAll(subset.found());
    return subset.found().isEmpty();
  }

  private JsonNode convert(Node node, String pointer, Node key, int depth) {
    if (++nodeCount > SpecLimits.MAX_NODES || depth > SpecLimits.MAX_DEPTH) {
      report(Code.YAML_LIMIT, location(node.getStartMark()),
          nodeCount > SpecLimits.MAX_NODES
              ? "the document expands to more than " + SpecLimits.MAX_NODES + " nodes once aliases are resolved"
              : "aliases nest deeper than " + SpecLimits.MAX_DEPTH + " levels",
          "write the values out instead of nesting aliases");
      throw new LimitExceeded();
    }
    Position k = key == null ? Position.NONE : position(key.getStartMark());
    Position v = position(node.getStartMark());
    if (node instanceof ScalarNode scalar) {
      nodes.putIfAbsent(pointer, new SourceMap.Node(k.line, k.column, v.line, v.column, scalar.getValue(), scalar.isPlain()));
      return scalar(scalar);
    }
    nodes.putIfAbsent(pointer, new SourceMap.Node(k.line, k.column, v.line, v.column, null, false));
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JSON.arrayNode();
      int i = 0;
      for (Node item : sequence.getValue()) {
        array.add(convert(item, pointer + "/" + i++, null, depth + 1));
      }
      return array;
    }
    MappingNode mapping = (MappingNode) node;
    ObjectNode object = JSON.objectNode();
    Map<String, Node> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        report(Code.YAML_SYNTAX, location(keyNode.getStartMark()), "a key must be a plain string, not a mapping or list",
            "");
        continue;
      }
      String name = keyScalar.getValue();
      Node first = seen.putIfAbsent(name, keyNode);
      if (first != null) {
        Position p = position(first.getStartMark());
        report(Code.DUPLICATE_KEY, location(keyNode.getStartMark(), SourceMap.child(pointer, name)),
            "duplicate key `" + name + "` (first defined at line " + p.line + ", column " + p.column + ")",
            "remove one of the two; YAML keeps only one value per key");
        continue;
      }
      String child = SourceMap.child(pointer, name);
      object.set(name, convert(tuple.getValueNode(), child, keyNode, depth + 1));
    }
    return object;
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    try {
      if (Tag.NULL.equals(tag)) {
        return JSON.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
      }
      if (Tag.INT.equals(tag)) {
        return JSON.numberNode(integer(text));
      }
      if (Tag.FLOAT.equals(tag)) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".inf") || t.endsWith(".nan")) {
          return JSON.stringNode(text);
        }
        return JSON.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
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

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  private record Position(int line, int column) {
    static final Position NONE = new Position(0, 0);
  }

  private static Position position(Optional<Mark> mark) {
    return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.NONE);
  }

  private Location location(Optional<Mark> mark) {
    return location(mark, "");
  }

  private Location location(Optional<Mark> mark, String pointer) {
    Position p = position(mark);
    return new Location(source.name(), p.line, p.column, pointer);
  }

  private void report(Code code, Location at, String message, String hint) {
    diagnostics.add(Diagnostic.of(code, at, message, hint));
  }

  /** Unwinds the conversion once a limit is hit; the diagnostic is already recorded. */
  private static final class LimitExceeded extends RuntimeException {
    LimitExceeded() {
      super(null, null, false, false);
    }
  }
}
