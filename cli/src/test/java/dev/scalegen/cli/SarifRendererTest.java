package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SARIF output is valid SARIF 2.1.0 (checked against the schema shipped in the SARIF model's jar) and carries what code scanning needs. */
class SarifRendererTest {

  @TempDir
  Path dir;

  @Test
  void sarifOfAnInvalidSpecValidatesAgainstTheSarifSchema() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web:
            image: nginx:1.27
            replicas: 3
            stateful: true
            autoscalng: {}
            securityContext: { readOnlyRootFilesystem: false }
            resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }
        """);
    MainTest.Run r = MainTest.run("validate", "--format", "sarif", bad.toString(), "missing.yaml");
    assertThat(r.exit()).isEqualTo(3);
    JsonNode sarif = validSarif(r.out());

    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asString()).isEqualTo("scalegen");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules.size()).isEqualTo(dev.scalegen.core.diag.Code.values().length);
    assertThat(rules.get(0).at("/help/text").asString()).isNotBlank();
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(3);
    JsonNode unknown = results.get(1);
    assertThat(unknown.get("ruleId").asString()).isEqualTo("SG101");
    assertThat(unknown.get("level").asString()).isEqualTo("error");
    assertThat(unknown.at("/message/text").asString()).contains("autoscalng");
    assertThat(rules.get(unknown.get("ruleIndex").asInt()).get("id").asString()).isEqualTo("SG101");
    JsonNode location = unknown.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asString()).endsWith("bad.yaml");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(9);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(5);
    assertThat(results.get(2).get("ruleId").asString()).isEqualTo("SG001");
    JsonNode warning = results.get(0);
    assertThat(warning.get("ruleId").asString()).isEqualTo("SG220");
    assertThat(warning.get("level").asString()).isEqualTo("warning");
  }

  /** The SARIF document in {@code text}, after checking it against the SARIF 2.1.0 JSON Schema. */
  static JsonNode validSarif(String text) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode sarif = mapper.readTree(text);
    JsonNode schemaTree;
    try (InputStream in = com.contrastsecurity.sarif.SarifSchema210.class.getClassLoader()
        .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      schemaTree = mapper.readTree(in);
    }
    List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(schemaTree).validate(sarif);
    assertThat(errors).isEmpty();
    return sarif;
  }
}
