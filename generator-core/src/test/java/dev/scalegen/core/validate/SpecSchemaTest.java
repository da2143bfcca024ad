package dev.scalegen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

class SpecSchemaTest {

  @Test
  void theTreeIsTheShippedTextAsJacksonReadsIt() {
    SpecSchema schema = SpecSchema.get();
    assertThat(schema.tree()).isEqualTo(JsonMapper.shared().readTree(schema.text()));
  }

  /**
   * The schema's {@code $id} carries the language version that {@code apiVersion} names
   * ({@code scalegen.dev/v1} -> {@code .../v1/scaling-spec.schema.json}), so that a v2 schema can be
   * published next to it and a catalog entry or a modeline names the version it means
   * (docs/editors.md).
   */
  @Test
  void theIdCarriesTheLanguageVersionOfApiVersion() {
    JsonNode tree = SpecSchema.get().tree();
    String apiVersion = tree.get("properties").get("apiVersion").get("const").asString();
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    assertThat(version).isEqualTo("v1");
    assertThat(tree.get("$id").asString())
        .isEqualTo("https://scalegen.dev/schemas/" + version + "/scaling-spec.schema.json");
  }

  @Test
  void theSchemaUsesNoFormatForItIsCompiledWithoutFormatValidators() {
    assertThat(SpecSchema.get().text()).doesNotContain("\"format\"");
  }

  @Test
  void everyEnumStringPrintsItselfAsJacksonPrintsIt() {
    List<JsonNode> values = new ArrayList<>();
    enumValues(SpecSchema.get().tree(), values);
    assertThat(values).hasSizeGreaterThan(10).allMatch(v -> v instanceof SpecSchema.PlainString || !v.isString());
    for (JsonNode value : values) {
      assertThat(value.toString()).isEqualTo(new StringNode(value.asString()).toString());
    }
  }

  @Test
  void aStringThatNeedsEscapesIsPrintedByJackson() {
    for (String text : List.of("plain", "with \"quotes\"", "back\\slash", "tab\there", "line\nbreak", "café", "")) {
      SpecSchema.PlainString plain = new SpecSchema.PlainString(text);
      assertThat(plain.toString()).as(text).isEqualTo(new StringNode(text).toString());
      assertThat(plain).isEqualTo(new StringNode(text));
      assertThat(new StringNode(text)).isEqualTo(plain);
    }
  }

  private static void enumValues(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        if (entry.getKey().equals("enum") && entry.getValue().isArray()) {
          entry.getValue().forEach(out::add);
        } else {
          enumValues(entry.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> enumValues(item, out));
    }
  }
}
