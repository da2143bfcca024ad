package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.emit.OutputComparison;
import dev.scalegen.core.emit.OutputWriter;
import dev.scalegen.core.emit.SpecDrift;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * SARIF of {@code check} as GitHub code scanning requires it (docs/ci.md#sarif), run from a
 * subfolder of a repository whose paths hold spaces and non-ASCII letters: valid against the
 * SARIF 2.1.0 schema, and each requirement of GitHub's SARIF support checked one by one.
 */
class SarifConformanceTest {

  @TempDir
  Path tmp;

  Path repo;
  Path spec;
  Path out;
  Path cwd;
  String original;

  @BeforeEach
  void repository() throws IOException {
    repo = tmp.resolve("my repo");
    Files.createDirectories(repo.resolve(".git"));
    cwd = Files.createDirectories(repo.resolve("specs dir"));
    spec = Files.createDirectories(cwd.resolve("étage")).resolve("scaling.yaml");
    original = Files.readString(MainTest.DOCVAULT);
    Files.writeString(spec, original);
    out = repo.resolve("deploy k8s/docvault");
    OutputWriter.write(Generator.generate(spec, "étage/scaling.yaml", Options.defaults()), out);
  }

  /** check's SARIF after the spec was edited: as the CLI renders it, run in {@code cwd}. */
  private JsonNode driftSarif(String from, String to, Path workingDirectory) throws IOException {
    Files.writeString(spec, Files.readString(spec).replace(from, to));
    String name = workingDirectory.relativize(spec).toString();
    Result result = Generator.generate(spec, name, Options.defaults());
    List<SpecDrift> drift = SpecDrift.of(result, OutputComparison.compare(result, out),
        workingDirectory.relativize(out).toString(), name);
    return SarifRendererTest.validSarif(SarifRenderer.render(List.of(result), drift, "1.2.3", workingDirectory));
  }

  @Test
  void driftIsAnAlertAtTheTierOfTheSpecWithTheFileAsALinkedRelatedLocation() throws IOException {
    JsonNode run = driftSarif("{ min: 5, max: 50,", "{ min: 5, max: 60,", cwd).at("/runs/0");
    JsonNode drift = onlyResult(run, "SG301");
    assertThat(drift.get("level").asString()).isEqualTo("error");
    JsonNode physical = drift.at("/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asString()).isEqualTo("specs%20dir/%C3%A9tage/scaling.yaml");
    assertThat(physical.at("/artifactLocation/uriBaseId").asString()).isEqualTo(SarifLocations.BASE);
    int backend = lineOf(original, "  backend:\n");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(backend);
    assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(3);
    assertThat(physical.at("/region/endLine").asInt()).isBetween(lineOf(original, "max: 50,"), lineOf(original, "  frontend:\n") - 1);
    assertThat(drift.at("/message/text").asString())
        .startsWith("`tiers.backend` compiles to a file that differs from `../deploy k8s/docvault`: [base/backend/hpa.yaml](1) (changed)")
        .contains("hint: run `scalegen generate");
    JsonNode related = drift.at("/relatedLocations/0");
    assertThat(related.get("id").asInt()).isEqualTo(1);
    assertThat(related.at("/physicalLocation/artifactLocation/uri").asString()).isEqualTo("deploy%20k8s/docvault/base/backend/hpa.yaml");
    int hpaLine = Files.readString(out.resolve("base/backend/hpa.yaml")).lines().toList().indexOf("  maxReplicas: 50") + 1;
    assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(hpaLine).isPositive();
    assertThat(related.at("/message/text").asString()).contains("maxReplicas: 60");
    assertThat(run.at("/automationDetails/id").asString()).isEqualTo("scalegen/specs%20dir/%C3%A9tage/scaling.yaml/");
  }

  @Test
  void everyUriResolvesFromTheRepositoryRootToTheRealFileAndIsPercentEncoded() throws IOException {
    JsonNode run = driftSarif("{ min: 5, max: 50,", "{ min: 5, max: 60,", cwd).at("/runs/0");
    URI root = URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString());
    assertThat(root.getScheme()).isEqualTo("file");
    assertThat(root.getPath()).endsWith("/");
    assertThat(Path.of(root)).isEqualTo(repo.toAbsolutePath());
    for (JsonNode location : run.findValues("artifactLocation")) {
      String uri = location.get("uri").asString();
      assertThat(uri).as("a relative, percent-encoded URI").matches("[A-Za-z0-9%._~/-]+").doesNotStartWith("/");
      assertThat(location.get("uriBaseId").asString()).isEqualTo(SarifLocations.BASE);
      assertThat(Path.of(root.resolve(uri))).exists();
    }
  }

  @Test
  void withoutAGitFolderTheWorkingDirectoryIsTheRoot() throws IOException {
    Files.delete(repo.resolve(".git"));
    JsonNode run = driftSarif("{ min: 5, max: 50,", "{ min: 5, max: 60,", cwd).at("/runs/0");
    assertThat(Path.of(URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString()))).isEqualTo(cwd.toAbsolutePath());
    assertThat(onlyResult(run, "SG301").at("/locations/0/physicalLocation/artifactLocation/uri").asString())
        .isEqualTo("%C3%A9tage/scaling.yaml");
    // The output lies outside the root: an absolute file URI, without a base id.
    JsonNode related = onlyResult(run, "SG301").at("/relatedLocations/0/physicalLocation/artifactLocation");
    assertThat(related.has("uriBaseId")).isFalse();
    assertThat(Path.of(URI.create(related.get("uri").asString()))).isEqualTo(out.resolve("base/backend/hpa.yaml"));
  }

  @Test
  void regionsHaveAnEndAndFingerprintsDoNotMoveWithTheLines() throws IOException {
    JsonNode before = driftSarif("{ min: 5, max: 50,", "{ min: 5, max: 60,", cwd).at("/runs/0/results");
    JsonNode after = driftSarif("kind: ScalingSpec\n", "kind: ScalingSpec\n# a comment moves every line down\n", cwd)
        .at("/runs/0/results");
    assertThat(after.size()).isEqualTo(before.size()).isGreaterThanOrEqualTo(3);
    Set<String> fingerprints = new HashSet<>();
    for (int i = 0; i < before.size(); i++) {
      JsonNode region = before.get(i).at("/locations/0/physicalLocation/region");
      assertThat(region.get("endLine").asInt()).isGreaterThanOrEqualTo(region.get("startLine").asInt());
      if (region.get("endLine").asInt() == region.get("startLine").asInt()) {
        assertThat(region.get("endColumn").asInt()).isGreaterThan(region.get("startColumn").asInt());
      }
      String print = before.get(i).at("/partialFingerprints/" + SarifRenderer.FINGERPRINT.replace("/", "~1")).asString();
      assertThat(print).hasSize(32);
      assertThat(fingerprints.add(print)).as("fingerprints are unique").isTrue();
      assertThat(after.get(i).at("/locations/0/physicalLocation/region/startLine").asInt())
          .isEqualTo(region.get("startLine").asInt() + 1);
      assertThat(after.get(i).get("partialFingerprints")).isEqualTo(before.get(i).get("partialFingerprints"));
    }
  }

  @Test
  void rulesHaveReadableNamesShortDescriptionsAndHelpLinksToTheirSection() throws IOException {
    JsonNode driver = driftSarif("{ min: 5, max: 50,", "{ min: 5, max: 60,", cwd).at("/runs/0/tool/driver");
    assertThat(driver.get("informationUri").asString()).isEqualTo(SarifRules.REPOSITORY);
    assertThat(Files.readString(Path.of("../pom.xml"))).contains("<scalegen.repository>" + SarifRules.REPOSITORY + "</scalegen.repository>");
    Set<String> anchors = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("../docs/diagnostics.md"))) {
      if (line.startsWith("## ")) {
        anchors.add(SarifRules.anchor(line.substring(3)));
      }
    }
    for (JsonNode rule : driver.get("rules")) {
      String id = rule.get("id").asString();
      assertThat(rule.get("name").asString()).as(id).matches("[A-Z][A-Za-z0-9]+");
      assertThat(rule.at("/shortDescription/text").asString()).as(id).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      assertThat(rule.at("/fullDescription/text").asString()).as(id).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      String help = rule.get("helpUri").asString();
      assertThat(help).as(id).startsWith(SarifRules.REPOSITORY + "/blob/v1.2.3/docs/diagnostics.md#" + id.toLowerCase() + "-");
      assertThat(anchors).as(id).contains(help.substring(help.indexOf('#') + 1));
    }
    assertThat(driver.at("/rules").findValuesAsString("name")).contains("ScheduledValueOutsideTheTiersBounds");
    assertThat(SarifRules.docs("0.1.0-SNAPSHOT")).contains("/blob/main/");
    assertThat(SarifRules.cut("A sentence. ".repeat(200))).hasSizeLessThanOrEqualTo(1024).endsWith(".");
  }

  @Test
  void checkFromTheCommandLinePutsDriftAtTheSpec() throws IOException {
    Files.writeString(spec, original.replace("{ min: 5, max: 50,", "{ min: 5, max: 60,"));
    MainTest.Run r = MainTest.run("check", "--format", "sarif", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode drift = onlyResult(SarifRendererTest.validSarif(r.out()).at("/runs/0"), "SG301");
    assertThat(drift.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(lineOf(original, "  backend:\n"));
    assertThat(drift.at("/relatedLocations").size()).isEqualTo(1);
    assertThat(r.err()).contains("+  maxReplicas: 60");
  }

  private static JsonNode onlyResult(JsonNode run, String ruleId) {
    List<JsonNode> found = new java.util.ArrayList<>();
    run.get("results").forEach(r -> {
      if (r.get("ruleId").asString().equals(ruleId)) {
        found.add(r);
      }
    });
    assertThat(found).hasSize(1);
    JsonNode result = found.get(0);
    Matcher links = Pattern.compile("\\]\\((\\d+)\\)").matcher(result.at("/message/text").asString());
    while (links.find()) {
      int id = Integer.parseInt(links.group(1));
      assertThat(result.get("relatedLocations").findValues("id")).as("link %d has a related location", id)
          .anySatisfy(n -> assertThat(n.asInt()).isEqualTo(id));
    }
    return result;
  }

  private static int lineOf(String text, String part) {
    return text.substring(0, text.indexOf(part)).split("\n", -1).length;
  }
}
