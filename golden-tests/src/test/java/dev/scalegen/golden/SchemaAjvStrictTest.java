package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema as the JavaScript world reads it: Ajv compiles it in strict mode (draft 2020-12,
 * {@code allowUnionTypes}, the editor keywords declared; {@code tools/editors/ajv-check.mjs}),
 * accepts every spec that scalegen accepts (the examples and the valid golden cases) and refuses
 * the broken DocVault variants at the field that scalegen names. Skipped without Node or without
 * {@code npm ci} in {@code tools/editors} ({@link EditorTools}).
 */
class SchemaAjvStrictTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path work;

  @Test
  void compilesInStrictModeAndAcceptsEverySpecThatScalegenAccepts() throws Exception {
    List<Path> specs = new ArrayList<>();
    try (Stream<Path> examples = Files.walk(EditorTools.repository().resolve("examples"))) {
      examples.filter(p -> p.getFileName().toString().endsWith("scaling.yaml")).sorted().forEach(specs::add);
    }
    GoldenCases.valid().forEach(dir -> specs.add(dir.resolve("scaling.yaml")));
    List<JsonNode> results = check(specs);
    assertThat(results).hasSize(specs.size());
    for (JsonNode result : results) {
      assertThat(result.get("errors")).as("Ajv's errors in %s", result.get("file").asString()).isEmpty();
    }
  }

  @Test
  void refusesEachBrokenVariantAtTheFieldScalegenNames() throws Exception {
    List<Path> files = new ArrayList<>();
    for (DocVaultVariants.Variant v : DocVaultVariants.ALL) {
      Path file = work.resolve(v.name() + ".yaml");
      Files.writeString(file, v.text(), StandardCharsets.UTF_8);
      files.add(file);
    }
    List<JsonNode> results = check(files);
    for (int i = 0; i < files.size(); i++) {
      DocVaultVariants.Variant v = DocVaultVariants.ALL.get(i);
      List<String> at = new ArrayList<>();
      results.get(i).get("errors").forEach(e -> at.add(e.get("instancePath").asString()
          + ("propertyNames".equals(e.get("keyword").asString()) ? "/<key>" : "")));
      // A key that is no name is refused at its map (`propertyNames`); any other value at itself.
      String expected = v.pointer().startsWith("/tiers/Celery") ? "/tiers/<key>" : v.pointer();
      assertThat(at).as(v.name()).contains(expected);
    }
  }

  private List<JsonNode> check(List<Path> files) throws IOException, InterruptedException {
    Path node = EditorTools.node();
    EditorTools.module("ajv");
    EditorTools.module("ajv-formats");
    EditorTools.module("yaml");
    List<String> command = new ArrayList<>(List.of(node.toString(), "ajv-check.mjs",
        EditorTools.repository().resolve("schemas/scaling-spec.schema.json").toString()));
    files.forEach(f -> command.add(f.toString()));
    Path out = work.resolve("ajv.out");
    Path err = work.resolve("ajv.err");
    Process p = new ProcessBuilder(command).directory(EditorTools.folder().toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      Assumptions.abort("node ajv-check.mjs did not finish within 120 s: skipping");
    }
    assertThat(p.exitValue()).as("Ajv (strict) on the schema: %s", Files.readString(err)).isZero();
    List<JsonNode> results = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      results.add(JSON.readTree(line));
    }
    return results;
  }
}
