package dev.scalegen.core.validate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The JSON Schema of the spec, read once from the classpath ({@code schemas/scaling-spec.schema.json},
 * packaged by the {@code schemas} module) and compiled once. Immutable and safe to share between threads.
 */
public final class SpecSchema {

  /** Classpath location of the schema file. */
  public static final String RESOURCE = "dev/scalegen/schemas/scaling-spec.schema.json";

  private static final class Holder {
    static final SpecSchema INSTANCE = load();
  }

  private final JsonNode tree;
  private final Schema schema;
  private final String text;

  private SpecSchema(String text, JsonNode tree, Schema schema) {
    this.text = text;
    this.tree = tree;
    this.schema = schema;
  }

  /** The schema, loaded on first use. */
  public static SpecSchema get() {
    return Holder.INSTANCE;
  }

  /** The schema file's text, exactly as shipped. */
  public String text() {
    return text;
  }

  /** The schema as a tree, for reading descriptions and allowed values. Do not modify. */
  public JsonNode tree() {
    return tree;
  }

  Schema compiled() {
    return schema;
  }

  private static SpecSchema load() {
    try (InputStream in = SpecSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the spec schema is missing from the classpath: " + RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // JSON is YAML: the spec's own loader reads the schema, so no Jackson mapper is built for it.
      YamlLoader.Parsed parsed = YamlLoader.load(new SpecSource(RESOURCE, text));
      if (parsed.root() == null) {
        throw new IllegalStateException("the spec schema cannot be read: " + parsed.diagnostics());
      }
      JsonNode tree = asJacksonReadsIt(parsed.root(), false);
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree);
      schema.initializeValidators();
      return new SpecSchema(text, tree, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tree as Jackson's JSON reader makes it, which the schema library is written for: integers
   * as int (or long) nodes, not the big-integer nodes of the spec's loader. And one difference on
   * purpose: the library's {@code enum} keyword prints each allowed string as JSON when it is
   * compiled ({@link JsonNode#toString()}), and Jackson prints a node through a whole
   * {@code JsonMapper}; building that mapper was half of compiling the schema in a short-lived
   * process, for strings that need only quotes. The allowed strings of every {@code enum} are
   * {@link PlainString}s, which print themselves.
   */
  private static JsonNode asJacksonReadsIt(JsonNode node, boolean allowedValue) {
    if (node instanceof ObjectNode object) {
      for (String key : List.copyOf(object.propertyNames())) {
        object.set(key, asJacksonReadsIt(object.get(key), false));
      }
      JsonNode allowed = object.get("enum");
      if (allowed instanceof ArrayNode values) {
        for (int i = 0; i < values.size(); i++) {
          values.set(i, asJacksonReadsIt(values.get(i), true));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, asJacksonReadsIt(array.get(i), false));
      }
    } else if (node instanceof BigIntegerNode integer && integer.bigIntegerValue().bitLength() < 64) {
      long value = integer.longValue();
      return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    } else if (allowedValue && node.isString() && !(node instanceof PlainString)) {
      return new PlainString(node.asString());
    }
    return node;
  }

  /**
   * A string node that prints itself as JSON when that needs nothing but quotes (printable ASCII
   * without {@code "} or {@code \}), exactly as Jackson would, and leaves any other string to
   * Jackson. Equal to a {@link StringNode} of the same text, both ways.
   */
  static final class PlainString extends StringNode {
    private static final long serialVersionUID = 1L;

    PlainString(String value) {
      super(value);
    }

    @Override
    public String toString() {
      for (int i = 0; i < _value.length(); i++) {
        char c = _value.charAt(i);
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
          return super.toString();
        }
      }
      return '"' + _value + '"';
    }
  }
}
