package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scalegen.core.spec.SpecLimits;
import dev.scalegen.core.validate.SpecSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code docs/spec-reference.md} is generated from the schema's descriptions: this test renders it
 * and fails when the committed file differs ({@code -Dgolden.update=true} rewrites it). It also
 * fails when a property of the schema has no description.
 */
class SpecReferenceTest {

  @Test
  void specReferenceIsGeneratedFromTheSchema() throws IOException {
    JsonNode schema = SpecSchema.get().tree();
    List<String> undocumented = new ArrayList<>();
    String rendered = render(schema, undocumented);
    assertThat(undocumented).as("schema properties without a description").isEmpty();

    Path file = Golden.casesRoot().getParent().getParent().resolve("docs/spec-reference.md");
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (rendered.equals(committed)) {
      return;
    }
    if (Golden.update()) {
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
      fail("rewrote " + file + "; review it with git diff and run again without -Dgolden.update");
    }
    assertThat(committed).as("docs/spec-reference.md is stale; run with -Dgolden.update=true").isEqualTo(rendered);
  }

  static String render(JsonNode schema, List<String> undocumented) {
    StringBuilder b = new StringBuilder();
    b.append("# Spec reference\n\n")
        .append("<!-- Generated from schemas/scaling-spec.schema.json by SpecReferenceTest; do not edit by hand.\n")
        .append("     Regenerate: mvn -B verify -pl golden-tests -am -Dgolden.update=true -->\n\n")
        .append(schema.path("description").asString()).append("\n\n")
        .append("The JSON Schema is `schemas/scaling-spec.schema.json` (draft 2020-12). Editors that use the YAML\n")
        .append("language server complete and check specs that start with\n")
        .append("`# yaml-language-server: $schema=<path to>/scaling-spec.schema.json`.\n\n")
        .append("Every object is closed: a key not listed here is an error (`SG101`). `<name>` stands for a name\n")
        .append("you choose (a DNS-1123 label: lower-case letters, digits and `-`).\n\n")
        .append("| Field | Type | Required | Description |\n")
        .append("|---|---|---|---|\n");
    walk(schema, schema, "", b, undocumented, new HashSet<>());
    b.append("\n## Input limits\n\n")
        .append("Hostile or mistaken input is refused with one located error (`SG002`, `SG003`, `SG006`), in bounded\n")
        .append("time and memory:\n\n")
        .append("| Limit | Value |\n|---|---|\n")
        .append("| File size | ").append(String.format("%,d", SpecLimits.MAX_FILE_BYTES)).append(" bytes |\n")
        .append("| Nesting of mappings and lists | ").append(SpecLimits.MAX_DEPTH).append(" levels |\n")
        .append("| Aliases to mappings or lists | ").append(SpecLimits.MAX_COLLECTION_ALIASES).append(" |\n")
        .append("| Nodes after aliases are expanded | ").append(String.format("%,d", SpecLimits.MAX_NODES)).append(" |\n")
        .append("| Encoding | UTF-8 (a UTF-8 byte-order mark is allowed); no NUL bytes |\n")
        .append("| Documents per file | 1 |\n");
    return b.toString();
  }

  private static void walk(JsonNode root, JsonNode node, String path, StringBuilder b, List<String> undocumented,
      Set<String> seen) {
    JsonNode object = resolve(root, node);
    JsonNode properties = object.path("properties");
    if (properties.isMissingNode() && mappingBranch(root, object) != null) {
      properties = mappingBranch(root, object).path("properties");
    }
    Set<String> required = new HashSet<>();
    object.path("required").forEach(r -> required.add(r.asString()));
    for (String name : properties.propertyNames()) {
      JsonNode property = properties.get(name);
      JsonNode target = resolve(root, property);
      String field = path.isEmpty() ? name : path + "." + name;
      String description = property.has("description") ? property.get("description").asString()
          : target.path("description").asString("");
      if (description.isEmpty()) {
        undocumented.add(field);
      }
      b.append("| `").append(field).append("` | ").append(type(root, target)).append(" | ")
          .append(required.contains(name) ? "yes" : "").append(" | ")
          .append(description.replace("|", "\\|").replace("\n", " ")).append(" |\n");
      descend(root, target, field, b, undocumented, seen);
    }
  }

  private static void descend(JsonNode root, JsonNode target, String field, StringBuilder b, List<String> undocumented,
      Set<String> seen) {
    if (!seen.add(field)) {
      return;
    }
    JsonNode additional = target.path("additionalProperties");
    if (additional.isObject() && !additional.isEmpty()) {
      JsonNode item = resolve(root, additional);
      if (item.has("properties") || mappingBranch(root, item) != null) {
        walk(root, item, field + ".<name>", b, undocumented, seen);
      }
    }
    if (target.has("properties") || mappingBranch(root, target) != null) {
      walk(root, target, field, b, undocumented, seen);
    }
    JsonNode items = target.path("items");
    if (items.isObject() && resolve(root, items).has("properties")) {
      walk(root, resolve(root, items), field + "[]", b, undocumented, seen);
    }
  }

  private static String type(JsonNode root, JsonNode schema) {
    if (schema.has("const")) {
      return "`" + schema.get("const").asString() + "`";
    }
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add("`" + v.asString() + "`"));
      return String.join(", ", values);
    }
    if (schema.has("anyOf")) {
      return names(schema) + " or mapping";
    }
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asString()));
      return String.join(" or ", types);
    }
    String t = type.asString("");
    if ("object".equals(t) && schema.path("additionalProperties").isObject()) {
      JsonNode item = resolve(root, schema.get("additionalProperties"));
      if (item.has("anyOf")) {
        return "map of " + names(item) + " or mappings";
      }
      return "map of " + (item.has("properties") ? "mappings" : item.path("type").asString("values"));
    }
    if ("array".equals(t)) {
      JsonNode item = resolve(root, schema.path("items"));
      return "list of " + (item.has("properties") ? "mappings" : item.path("type").asString("values") + "s");
    }
    return "object".equals(t) ? "mapping" : t;
  }

  /** The names an {@code anyOf} offers besides a mapping ({@code enum} or {@code const} branches), in backticks. */
  private static String names(JsonNode schema) {
    List<String> words = new ArrayList<>();
    for (JsonNode branch : schema.path("anyOf")) {
      branch.path("enum").forEach(v -> words.add("`" + v.asString() + "`"));
      if (branch.has("const")) {
        words.add("`" + branch.get("const").asString() + "`");
      }
    }
    return String.join(", ", words);
  }

  /** The branch of an {@code anyOf} that is a mapping with properties, or {@code null}. */
  private static JsonNode mappingBranch(JsonNode root, JsonNode schema) {
    for (JsonNode branch : schema.path("anyOf")) {
      JsonNode b = resolve(root, branch);
      if (b.has("properties")) {
        return b;
      }
    }
    return null;
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode n = node;
    while (n.has("$ref")) {
      n = root.at(n.get("$ref").asString().substring(1));
    }
    return n;
  }
}
