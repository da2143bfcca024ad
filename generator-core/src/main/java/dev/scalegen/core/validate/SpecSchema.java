package dev.scalegen.core.validate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      JsonNode tree = JsonMapper.builder().build().readTree(text);
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree);
      schema.initializeValidators();
      return new SpecSchema(text, tree, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
