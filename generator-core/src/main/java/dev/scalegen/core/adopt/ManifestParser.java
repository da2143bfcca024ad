package dev.scalegen.core.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.SpecLimits;
import dev.scalegen.core.spec.SpecSource;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a manifest file, one or many {@code ---} documents, with snakeyaml-engine's composer, and
 * turns each document's node graph into a Jackson 2 tree (what fabric8 binds) and a map of positions
 * from the nodes' marks. Plain scalars are typed by the YAML 1.2 core schema; fabric8 coerces them
 * to the field's type as {@code kubectl} does. Empty documents are skipped. A syntax error is
 * {@code SG401}, located, and ends the file; aliases to collections are bounded as in specs.
 */
final class ManifestParser {

  /** The documents of a file and what went wrong reading it. */
  record Parsed(List<ManifestDocument> documents, List<Diagnostic> diagnostics) {}

  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

  private final Map<String, ManifestDocument.Position> positions = new HashMap<>();

  private ManifestParser() {}

  /** Parses every document of {@code source}. Never throws for bad input. */
  static Parsed parse(SpecSource source) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source.name())
        .setCodePointLimit(SpecLimits.MAX_FILE_BYTES)
        .setMaxAliasesForCollections(SpecLimits.MAX_COLLECTION_ALIASES)
        .setUseMarks(true)
        .build();
    List<ManifestDocument> documents = new ArrayList<>();
    try {
      Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, source.text())));
      while (composer.hasNext()) {
        Node root = composer.next();
        ManifestParser parser = new ManifestParser();
        JsonNode tree = parser.convert(root, "", null, 0);
        if (tree.isObject() && !tree.isEmpty()) {
          documents.add(new ManifestDocument(source, tree, parser.positions));
        }
      }
      return new Parsed(documents, List.of());
    } catch (MarkedYamlEngineException e) {
      // At the end of the text (an unclosed list or quote) the problem mark points past the last
      // line; the context mark points where the unclosed construct starts.
      Optional<Mark> mark = e.getProblemMark().filter(m -> m.getIndex() < source.text().stripTrailing().length())
          .or(e::getContextMark).or(e::getProblemMark);
      Location at = mark.map(m -> location(source, m)).orElse(Location.ofFile(source.name()));
      return failed(documents, source, at, e.getProblem());
    } catch (YamlEngineException | StackOverflowError e) {
      return failed(documents, source, Location.ofFile(source.name()), String.valueOf(e.getMessage()));
    }
  }

  private static Parsed failed(List<ManifestDocument> documents, SpecSource source, Location at, String problem) {
    return new Parsed(documents, List.of(Diagnostic.of(Code.MANIFEST_YAML, at,
        "`" + source.name() + "` is not valid YAML: " + problem,
        "fix the manifest (`kubectl apply --dry-run=client -f` shows the same error); documents before it are still read")));
  }

  private static Location location(SpecSource source, Mark mark) {
    return new Location(source.name(), mark.getLine() + 1, mark.getColumn() + 1, "");
  }

  private JsonNode convert(Node node, String pointer, Node key, int depth) {
    if (depth > SpecLimits.MAX_DEPTH) {
      throw new YamlEngineException("nesting is deeper than " + SpecLimits.MAX_DEPTH + " levels");
    }
    Optional<Mark> mark = node.getStartMark();
    Optional<Mark> keyMark = key == null ? Optional.empty() : key.getStartMark();
    positions.put(pointer, new ManifestDocument.Position(
        keyMark.map(m -> m.getLine() + 1).orElse(0), keyMark.map(m -> m.getColumn() + 1).orElse(0),
        mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0)));
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof MappingNode mapping) {
      ObjectNode object = f.objectNode();
      for (NodeTuple t : mapping.getValue()) {
        String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
        object.set(name, convert(t.getValueNode(), pointer + "/" + escape(name), t.getKeyNode(), depth + 1));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = f.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), pointer + "/" + i, null, depth + 1));
      }
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    String text = scalar.getValue();
    if (!scalar.isPlain()) {
      return f.textNode(text);
    }
    Tag tag = RESOLVER.resolve(text, true);
    try {
      if (tag.equals(Tag.NULL)) {
        return f.nullNode();
      } else if (tag.equals(Tag.BOOL)) {
        return f.booleanNode(text.equalsIgnoreCase("true"));
      } else if (tag.equals(Tag.INT)) {
        BigInteger n = new BigInteger(text.replace("+", "").replace("_", ""));
        return n.bitLength() < 32 ? f.numberNode(n.intValue()) : n.bitLength() < 64 ? f.numberNode(n.longValue()) : f.numberNode(n);
      } else if (tag.equals(Tag.FLOAT)) {
        return f.numberNode(Double.parseDouble(text));
      }
    } catch (NumberFormatException e) {
      return f.textNode(text); // 0x1F, 0o17, .inf: kept as written
    }
    return f.textNode(text);
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
