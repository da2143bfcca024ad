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
