package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** The event writer produces what snakeyaml-engine's own {@code Dump} produces for the same tree. */
class YamlEventsTest {

  @Test
  void writesExactlyWhatDumpWrites() {
    Map<String, Object> tree = new LinkedHashMap<>();
    List<String> strings = List.of("plain", "yes", "on", "0755", "8000", "2.3.1", "", " lead", "trail ", "a: b",
        "#x", "- a", "x\ny", "x\ny\n", "tab\there", "ünï", "'q'", "\"q\"", "@x", "1:30", "2026-01-01", "~", "null");
    tree.put("strings", strings);
    tree.put("numbers", List.of(0L, 5L, -3L, 123456789012L));
    tree.put("booleans", List.of(true, false));
    tree.put("nested", Map.of("list", List.of(Map.of("k", "v"), List.of("a", "b")), "empty-key", "x"));
    tree.put("yes", "key that YAML 1.1 reads as a boolean");
    String dumped = new Dump(ManifestYaml.DUMP).dumpToString(tree);
    assertThat(YamlEvents.dump(tree, ManifestYaml.DUMP, ManifestYaml.DUMP.getSchema().getScalarResolver()))
        .isEqualTo(dumped);
    ScalarResolver memo = QuotingSchema.memoized();
    assertThat(YamlEvents.dump(tree, ManifestYaml.DUMP, memo)).isEqualTo(dumped);
    assertThat(YamlEvents.dump(tree, ManifestYaml.DUMP, memo)).as("with every text decided before").isEqualTo(dumped);
  }
}
