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

  /**
   * Editors show a {@code pattern}'s failure in the words of its {@code patternErrorMessage}, and
   * scalegen puts the same words after the field ({@link PatternMeaning}): every pattern has one,
   * of the form {@code Expected <what>.}
   */
  @Test
  void everyPatternSaysInWordsWhatItExpects() {
    List<JsonNode> withPattern = new ArrayList<>();
    collect(SpecSchema.get().tree(), "pattern", withPattern);
    assertThat(withPattern).hasSizeGreaterThan(10);
    for (JsonNode schema : withPattern) {
      assertThat(schema.path("patternErrorMessage").asString(""))
          .as("patternErrorMessage of the pattern %s", schema.get("pattern"))
          .startsWith("Expected ").endsWith(".");
    }
  }

  /**
   * yaml-language-server escapes a {@code description} for its hover, so that {@code `replicas`}
   * shows with its backticks; a {@code markdownDescription} shows as code. Every description has
   * one with the same text (the spec reference is made from {@code description}).
   */
  @Test
  void everyDescriptionHasTheSameTextAsMarkdown() {
    List<JsonNode> described = new ArrayList<>();
    collect(SpecSchema.get().tree(), "description", described);
    assertThat(described).hasSizeGreaterThan(100);
    for (JsonNode schema : described) {
      if (schema.get("description").isString()) { // not a property named `description`
        assertThat(schema.path("markdownDescription").asString(null))
            .as("markdownDescription next to \"%s\" (add it with the same text)", schema.get("description").asString())
            .isEqualTo(schema.get("description").asString());
      }
    }
  }

  /**
   * A value with two forms (a preset name or a mapping) is an {@code anyOf}: editors offer the
   * names of an {@code anyOf}'s {@code enum}, never those hidden in an {@code if}/{@code then}. The
   * one {@code if} allowed only makes keys required (a tier's {@code image} unless it has
   * {@code adopt}): its {@code then} holds nothing but {@code required} (and, for Ajv's strict
   * mode, those keys as {@code true} properties), and it has no {@code else}.
   */
  @Test
  void noIfThenElseHidesValuesFromEditors() {
    List<JsonNode> conditional = new ArrayList<>();
    collect(SpecSchema.get().tree(), "if", conditional);
    assertThat(conditional).allSatisfy(node -> {
      assertThat(node.has("else")).isFalse();
      assertThat(node.get("then").propertyNames()).containsExactlyInAnyOrder("properties", "required");
      node.get("then").get("properties").forEach(p -> assertThat(p.isBoolean() && p.asBoolean()).isTrue());
    });
    JsonNode behavior = SpecSchema.get().tree().at("/$defs/behavior/anyOf/0/enum");
    assertThat(behavior).extracting(JsonNode::asString).containsExactly("fast-up", "slow-down", "steady");
  }

  /** The schema locations that a rule restates exist: a moved definition fails here, not silently. */
  @Test
  void everyRestatedKeywordIsInTheSchema() {
    JsonNode tree = SpecSchema.get().tree();
    for (String location : Restatements.locations()) {
      String keyword = location.substring(location.lastIndexOf('/') + 1);
      String parent = location.substring(0, location.lastIndexOf('/'));
      JsonNode at = keyword.equals("false") ? tree.at(parent) : tree.at(location);
      assertThat(at.isMissingNode()).as(location).isFalse();
      if (keyword.equals("false")) {
        assertThat(at.isBoolean() && !at.asBoolean()).as(location).isTrue();
      }
    }
  }

  /** The schema objects below {@code node} that have the keyword {@code keyword}. */
  private static void collect(JsonNode node, String keyword, List<JsonNode> out) {
    if (node.isObject()) {
      if (node.has(keyword)) {
        out.add(node);
      }
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        collect(entry.getValue(), keyword, out);
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, keyword, out));
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
