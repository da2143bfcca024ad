package dev.scalegen.core.validate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The JSON Schema of the spec, read once from the classpath ({@code schemas/scaling-spec.schema.json},
 * packaged by the {@code schemas} module) and compiled once. Immutable and safe to share between threads.
 */
public final class SpecSchema {

  /** Classpath location of the schema file. */
  public static final String RESOURCE = "dev/scalegen/schemas/scaling-spec.schema.json";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * JSON Schema draft 2020-12 as the schema library defines it ({@code Draft202012}), without its
   * format validators: the spec's schema uses no {@code format} ({@code SpecSchemaTest} checks),
   * and building them (e-mail, host name, IPv6, date and duration patterns) was a tenth of
   * compiling the schema.
   */
  private static final Dialect DIALECT = Dialect.builder("https://json-schema.org/draft/2020-12/schema")
      .specificationVersion(SpecificationVersion.DRAFT_2020_12)
      .idKeyword("$id")
      .keywords(KeywordType.getKeywords(SpecificationVersion.DRAFT_2020_12))
      // yaml-language-server's annotations (docs/editors.md): known, so that the library neither
      // makes an "unknown keyword" node for each nor logs a warning per keyword (Maven shows them).
      .keywords(List.of(new NonValidationKeyword("definitions"), new NonValidationKeyword("markdownDescription"),
          new NonValidationKeyword("patternErrorMessage"), new NonValidationKeyword("markdownEnumDescriptions"),
          new NonValidationKeyword("errorMessage")))
      .vocabularies(Map.of(
          "https://json-schema.org/draft/2020-12/vocab/core", true,
          "https://json-schema.org/draft/2020-12/vocab/applicator", true,
          "https://json-schema.org/draft/2020-12/vocab/unevaluated", true,
          "https://json-schema.org/draft/2020-12/vocab/validation", true,
          "https://json-schema.org/draft/2020-12/vocab/meta-data", true,
          "https://json-schema.org/draft/2020-12/vocab/format-annotation", true,
          "https://json-schema.org/draft/2020-12/vocab/content", true))
      .build();

  /*
   * The schema is written so that a valid spec makes the library build no error objects: an error,
   * even in a branch that does not count (an `anyOf` branch, a `not`), formats its message, and a
   * `const` or `enum` message prints the value through Jackson's ObjectMapper (about 400 classes,
   * 0.1 s of every run). So a tier's "image unless adopt" asks `if: {properties: {adopt: false}}`
   * (true without `adopt`, no error) and a schedule override's `anyOf` tries the mapping before
   * `off`. docs/benchmarks.md, "Start-up after the merges".
   */
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

  /**
   * The schema file's text, exactly as shipped, read from the classpath without compiling the
   * schema ({@link #get()} compiles it; printing the file needs no more than this).
   */
  public static String shippedText() {
    try (InputStream in = SpecSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the spec schema is missing from the classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SpecSchema load() {
    String text = shippedText();
    JsonNode tree;
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), text)) {
      tree = read(parser, parser.nextToken());
    }
    Schema schema = SchemaRegistry.withDefaultDialect(DIALECT).getSchema(tree);
    schema.initializeValidators();
    return new SpecSchema(text, tree, schema);
  }

  /**
   * The tree that Jackson's {@code readTree} makes of the schema, read with Jackson's streaming
   * parser: {@code readTree} needs a {@code JsonMapper}, and building one was half of compiling the
   * schema in a short-lived process. One difference, on purpose: the schema library's {@code enum}
   * keyword prints each allowed string as JSON when it is compiled ({@link JsonNode#toString()}),
   * which Jackson does through a mapper too, so the allowed strings of every {@code enum} are
   * {@link PlainString}s, which print themselves.
   */
  private static JsonNode read(JsonParser parser, JsonToken token) {
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = JSON.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          object.set(name, read(parser, value));
          if (name.equals("enum") && value == JsonToken.START_ARRAY) {
            ArrayNode allowed = (ArrayNode) object.get(name);
            for (int i = 0; i < allowed.size(); i++) {
              if (allowed.get(i).isString()) {
                allowed.set(i, new PlainString(allowed.get(i).asString()));
              }
            }
          }
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = JSON.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(read(parser, t));
        }
        return array;
      }
      case VALUE_STRING:
        return JSON.stringNode(parser.getString());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> JSON.numberNode(parser.getIntValue());
          case LONG -> JSON.numberNode(parser.getLongValue());
          default -> JSON.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return JSON.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return JSON.booleanNode(true);
      case VALUE_FALSE:
        return JSON.booleanNode(false);
      case VALUE_NULL:
        return JSON.nullNode();
      default:
        throw new IllegalStateException("the spec schema is not one JSON value: " + token);
    }
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
