package dev.scalegen.core.emit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The schema the writer dumps with. The YAML emitter leaves a string unquoted only when the schema's
 * resolver reads it back as a string; Kubernetes tools read YAML 1.1 (where {@code yes}, {@code on},
 * {@code 0755}, {@code 1:30} and {@code 2026-01-01} are not strings), so this resolver says "not a
 * string" for anything YAML 1.2 core <em>or</em> YAML 1.1 would read otherwise, and for anything that
 * merely looks numeric ({@code 2.3.1}, {@code 0.0.0.0}). Over-quoting is harmless; under-quoting
 * would change a value.
 */
public final class QuotingSchema implements Schema {

  private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();
  private static final Pattern YAML11_BOOL = Pattern.compile(
      "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern YAML11_NULL = Pattern.compile("~|null|Null|NULL|");
  /** Starts like a number, has a digit, and holds only characters a number or a time could hold. */
  private static final Pattern NUMERIC_LOOKING = Pattern.compile("(?=.*[0-9])[-+.0-9][-+.:_0-9a-fA-FxXoObB]*");
  private static final Pattern YAML11_SPECIAL = Pattern.compile(
      "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|<<|=|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  private static final ScalarResolver RESOLVER = (value, implicit) -> implicit ? resolve(value) : Tag.STR;

  /**
   * What a plain scalar {@code value} could be read as: {@link Tag#STR} only when every YAML reads a
   * string. The YAML 1.2 core resolver of snakeyaml-engine first, then YAML 1.1's booleans, nulls,
   * sexagesimals, dates and anything numeric-looking. (Hand-written shortcuts before these regular
   * expressions were removed: no DocVault or 1,000-tier run measured them above 10 %,
   * docs/benchmarks.md.)
   */
  static Tag resolve(String value) {
    Tag core = CORE.resolve(value, true);
    if (!Tag.STR.equals(core)) {
      return core;
    }
    if (YAML11_BOOL.matcher(value).matches()) {
      return Tag.BOOL;
    }
    if (YAML11_NULL.matcher(value).matches()) {
      return Tag.NULL;
    }
    if (NUMERIC_LOOKING.matcher(value).matches() || YAML11_SPECIAL.matcher(value).matches()) {
      return Tag.FLOAT;
    }
    return Tag.STR;
  }

  /**
   * A resolver that answers as this schema's, deciding each distinct text once: for the writes of
   * one generation ({@link ManifestYaml.Batch}), whose keys and most values repeat in every object.
   * Thread-safe; it grows with the distinct texts written, which are in the output anyway.
   */
  static ScalarResolver memoized() {
    ConcurrentMap<String, Tag> decided = new ConcurrentHashMap<>();
    return (value, implicit) -> {
      if (!implicit) {
        return Tag.STR;
      }
      Tag tag = decided.get(value);
      if (tag == null) {
        tag = resolve(value);
        decided.putIfAbsent(value, tag);
      }
      return tag;
    };
  }

  private final Map<Tag, ConstructNode> constructors = new CoreSchema().getSchemaTagConstructors();

  @Override
  public ScalarResolver getScalarResolver() {
    return RESOLVER;
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    return constructors;
  }
}
