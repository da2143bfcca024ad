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

/** SARIF output is valid SARIF 2.1.0 (checked against the vendored schema, src/test/resources/sarif) and carries what code scanning needs. */
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

  @Test
  void keysWithControlCharactersReachNoFormatRaw() throws IOException {
    Path hostile = Files.writeString(dir.resolve("hostile.yaml"), "apiVersion: scalegen.dev/v1\n"
        + "kind: ScalingSpec\nmetadata: { name: shop }\ntiers:\n  web:\n    image: nginx:1.27\n    replicas: 1\n"
        + "    \"a\\e[31m\": 1\n    \"b\\nscaling.yaml:1:1: error[SG999]: forged\": 1\n"
        + "    \"c\\r\\a\\u2028\": 1\n    \"d\u202e\": 1\n");
    for (String format : List.of("text", "json", "sarif")) {
      MainTest.Run r = MainTest.run("validate", "--format", format, hostile.toString());
      assertThat(r.exit()).isEqualTo(1);
      String all = r.out() + r.err();
      for (String raw : List.of("\u001b", "\r", "\u0007", "\u2028", "\u202e")) {
        assertThat(all).as("%s output holds U+%04X", format, (int) raw.charAt(0)).doesNotContain(raw);
      }
      assertThat(all.lines().filter(l -> l.contains("SG999"))).as(format).allSatisfy(l -> assertThat(l).doesNotStartWith("scaling.yaml"));
      if (!format.equals("text")) {
        // The strings themselves hold the escapes, so that a consumer that prints them prints them safely.
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        String messages = format.equals("json") ? doc.findValuesAsString("message").toString()
            : doc.at("/runs/0/results").findValuesAsString("text").toString();
        assertThat(messages).contains("a\\u001b[31m", "b\\nscaling.yaml:1:1", "c\\r\\u0007\\u2028", "d\\u202e");
      }
    }
  }

  /** The SARIF document in {@code text}, after checking it against the SARIF 2.1.0 JSON Schema. */
  static JsonNode validSarif(String text) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode sarif = mapper.readTree(text);
    JsonNode schemaTree;
    try (InputStream in = SarifRendererTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schemaTree = mapper.readTree(in);
    }
    List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(schemaTree).validate(sarif);
    assertThat(errors).isEmpty();
    return sarif;
  }

  @Test
  void theEndColumnOfALineLeavesOutTrailingSpaceReadFromTheEnd() {
    String lines = "key: value   \n     \n\nx" + " ".repeat(200) + "\n\uD83D\uDE00 a\t \n" + "y".repeat(300) + "\r\n";
    dev.scalegen.core.spec.SpecSource source = new dev.scalegen.core.spec.SpecSource("s.yaml", lines);
    for (int n = 1; n <= 7; n++) {
      String stripped = source.line(n).stripTrailing();
      assertThat(SarifLocations.lengthWithoutTrailingSpace(source, n)).as("line %d", n)
          .isEqualTo(stripped.codePointCount(0, stripped.length()));
    }
  }
}
