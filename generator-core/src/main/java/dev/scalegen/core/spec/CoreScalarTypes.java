package dev.scalegen.core.spec;

import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The YAML 1.2 core schema, whose resolver remembers the type of each plain scalar text it has
 * resolved: snakeyaml-engine's own resolver ({@code CoreScalarResolver}, the same regular
 * expressions in the same order) runs once per distinct text of a file instead of once per scalar.
 * A spec repeats most of its texts (keys such as {@code image} and {@code resources}, values such
 * as {@code 500m} and {@code preferred}), and the resolver tries two to four expressions on each.
 * Plugged into the composer through {@code LoadSettings.setSchema}; one per file, so nothing is
 * shared between threads.
 *
 * <p>Measured on 1,000 tiers with 1,000 night windows ({@code bench/schedule-heavy-spec.sh 1000}),
 * in one cold JVM with the launcher's flags, CPU time of composing: 515-538 ms with the resolver
 * as it is, 358-432 ms with a resolver that answers "string" to everything (2026-12-02, load
 * average about 15). Composing with this class is in docs/benchmarks.md.
 */
final class CoreScalarTypes extends CoreSchema {

  @Override
  public ScalarResolver getScalarResolver() {
    ScalarResolver core = super.getScalarResolver();
    Map<String, Tag> known = new HashMap<>();
    return (value, implicit) -> implicit ? known.computeIfAbsent(value, v -> core.resolve(v, true))
        : core.resolve(value, false);
  }
}
