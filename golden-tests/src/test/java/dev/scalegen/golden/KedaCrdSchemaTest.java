package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.scalegen.core.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every ScaledObject and TriggerAuthentication that a golden case generates (every set: the
 * baseline and each scenario) is valid against the {@code openAPIV3Schema} of KEDA's CRD as
 * vendored in {@code generator-core/src/main/crds/keda}, made strict: an object with
 * {@code properties} takes no other property (the API server would prune it silently; here it
 * fails), unless the CRD says {@code x-kubernetes-preserve-unknown-fields}. Runs without a cluster
 * or KEDA.
 */
class KedaCrdSchemaTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyGeneratedKedaObjectMatchesItsCrdStrictly() throws IOException {
    Map<String, Schema> schemas = Map.of(
        "ScaledObject", strictSchema("keda.sh_scaledobjects.yaml"),
        "TriggerAuthentication", strictSchema("keda.sh_triggerauthentications.yaml"));
    List<String> problems = new ArrayList<>();
    Map<String, Integer> seen = new java.util.TreeMap<>();
    for (Path dir : GoldenCases.valid()) {
      for (Manifest m : GoldenCases.generate(dir)) {
        JsonNode object = JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(m.content()));
        Schema schema = schemas.get(object.path("kind").asString(""));
        if (!"keda.sh/v1alpha1".equals(object.path("apiVersion").asString("")) || schema == null) {
          continue;
        }
        seen.merge(object.path("kind").asString(), 1, Integer::sum);
        for (Error error : schema.validate(object)) {
          problems.add(dir.getFileName() + "/" + m.path() + ": " + error);
        }
      }
    }
    assertThat(seen).as("KEDA objects among the golden cases").containsKeys("ScaledObject", "TriggerAuthentication");
    assertThat(problems).isEmpty();
  }

  @Test
  void theStrictSchemaRefusesAnUnknownOrMistypedField() throws IOException {
    Schema schema = strictSchema("keda.sh_scaledobjects.yaml");
    ObjectNode good = (ObjectNode) JSON.readTree("""
        {"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": {"name": "w"},
         "spec": {"scaleTargetRef": {"name": "w"}, "minReplicaCount": 0,
                  "triggers": [{"type": "redis", "metadata": {"listName": "celery", "listLength": "10"}}]}}""");
    assertThat(schema.validate(good)).isEmpty();
    ObjectNode typo = good.deepCopy();
    ((ObjectNode) typo.get("spec")).put("minReplicas", 0);
    assertThat(schema.validate(typo)).isNotEmpty();
    ObjectNode wrongType = good.deepCopy();
    ((ObjectNode) wrongType.get("spec")).put("pollingInterval", "15s");
    assertThat(schema.validate(wrongType)).isNotEmpty();
  }

  /** The CRD's schema of its one version, with unknown properties refused. */
  private static Schema strictSchema(String file) throws IOException {
    Path crd = Golden.casesRoot().getParent().getParent().resolve("generator-core/src/main/crds/keda/" + file);
    JsonNode tree = JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(Files.readString(crd)));
    JsonNode schema = tree.path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
    strict(schema);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static void strict(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("properties") && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      for (JsonNode child : object.values()) {
        strict(child);
      }
    } else if (node != null && node.isArray()) {
      for (JsonNode child : node) {
        strict(child);
      }
    }
  }
}
