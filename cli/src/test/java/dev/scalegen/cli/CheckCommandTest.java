package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scalegen check}: in sync exits 0; any drift exits 1 with a diff that names the file and the line. */
class CheckCommandTest {

  /** The committed expected output of the DocVault example (kept identical to examples/docvault by a golden test). */
  static final Path COMMITTED = Path.of("../golden-tests/cases/valid/docvault/expected");

  @TempDir
  Path dir;

  Path spec;
  Path out;

  @BeforeEach
  void copyExample() throws IOException {
    spec = Files.copy(MainTest.DOCVAULT, dir.resolve("scaling.yaml"));
    out = dir.resolve("k8s");
    try (Stream<Path> files = Files.walk(COMMITTED)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = out.resolve(COMMITTED.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void docvaultExampleIsInSyncWithItsCommittedOutput() {
    MainTest.Run r = MainTest.run("check", MainTest.DOCVAULT.toString(), "-o", COMMITTED.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("up to date");
  }

  @Test
  void changedValueIsDriftWithADiffNamingTheFileAndLine() throws IOException {
    Files.writeString(spec, Files.readString(spec).replace("{ min: 5, max: 50,", "{ min: 5, max: 60,"));
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("--- a/base/backend/hpa.yaml", "+++ b/base/backend/hpa.yaml", "-  maxReplicas: 50", "+  maxReplicas: 60");
    assertThat(r.err()).contains("1 file differs").contains("1 changed, 0 missing, 0 stale")
        .contains("scalegen generate");
  }

  @Test
  void aTierMovedFromReplicasToAutoscalingWarnsAtTheCommittedReplicas() throws IOException {
    Path small = dir.resolve("small.yaml");
    String head = "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: {name: shop}\ntiers:\n  api:\n"
        + "    image: ghcr.io/shop/api:1.0\n    resources: {requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}\n";
    Files.writeString(small, head + "    replicas: 3\n");
    Path committed = dir.resolve("committed");
    assertThat(MainTest.run("generate", small.toString(), "-o", committed.toString()).exit()).isZero();
    Files.writeString(small, head + "    autoscaling: {min: 3, max: 9, cpu: 70%}\n");
    MainTest.Run r = MainTest.run("check", small.toString(), "-o", committed.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("base/api/deployment.yaml:", "warning[SG302]", "`spec.replicas` 3", "docs/migration.md");
    MainTest.Run json = MainTest.run("check", small.toString(), "-o", committed.toString(), "--format", "json");
    assertThat(json.out()).contains("\"SG302\"");
  }

  @Test
  void missingDirectoryIsDrift() {
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", dir.resolve("nowhere").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("--- /dev/null", "+++ b/base/kustomization.yaml");
  }

  @Test
  void foreignFilesAreIgnoredButStaleGeneratedFilesAreDrift() throws IOException {
    assertThat(MainTest.run("generate", spec.toString(), "-o", out.toString()).exit()).isZero();
    Files.writeString(out.resolve("README.md"), "my notes\n");
    assertThat(MainTest.run("check", spec.toString(), "-o", out.toString()).exit()).isZero();

    Files.writeString(spec, Files.readString(spec).replace("  redis:\n", "  cache:\n"));
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("--- a/base/redis/statefulset.yaml", "+++ /dev/null", "+++ b/base/cache/statefulset.yaml");
    assertThat(r.out()).doesNotContain("README.md");
  }

  @Test
  void aScenarioIsCheckedAloneAndTheOtherSetsAreNotStale() throws IOException {
    Files.writeString(spec, Files.readString(spec).replace("celery-worker: { autoscaling: { max: 50 } }",
        "celery-worker: { autoscaling: { max: 60 } }"));
    MainTest.Run base = MainTest.run("check", spec.toString(), "-o", out.toString(), "--scenario", "base");
    assertThat(base.exit()).as(base.out() + base.err()).isZero();
    MainTest.Run high = MainTest.run("check", spec.toString(), "-o", out.toString(), "--scenario", "sustained-high");
    assertThat(high.exit()).isEqualTo(1);
    assertThat(high.out()).contains("+++ b/sustained-high/celery-worker/scaledobject.yaml", "+  maxReplicaCount: 60")
        .doesNotContain("base/");
    assertThat(MainTest.run("check", spec.toString(), "-o", out.toString(), "--scenario", "nope").exit()).isEqualTo(2);
  }

  @Test
  void invalidSpecExitsOneWithDiagnosticsAndNoDiff() throws IOException {
    Files.writeString(spec, Files.readString(spec).replace("max: 50", "max: 2"));
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[SG201]");
    assertThat(r.out()).doesNotContain("---");
  }

  @Test
  void jsonListsEachDriftedFileAsAnSg301AtItsFirstChangedLineAndSendsTheDiffToStderr() throws IOException {
    Files.writeString(spec, Files.readString(spec).replace("{ min: 5, max: 50,", "{ min: 5, max: 60,"));
    Files.delete(out.resolve("base/frontend/pdb.yaml"));
    MainTest.Run r = MainTest.run("check", "--format", "json", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = JsonMapper.shared().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(2);
    // The two that DocVault explains in its comments: SG218 (backend's memory target) and SG230
    // (the kubectl image by tag).
    assertThat(json.get("warnings").asInt()).isEqualTo(2);
    JsonNode files = json.get("files");
    int specWarnings = 0;
    for (JsonNode d : files.get(0).get("diagnostics")) {
      specWarnings += "warning".equals(d.get("severity").asString()) ? 1 : 0;
    }
    assertThat(json.get("warnings").asInt()).isEqualTo(specWarnings).isPositive();
    assertThat(files.size()).isEqualTo(3);
    assertThat(files.get(0).get("file").asString()).endsWith("scaling.yaml");
    assertThat(files.get(0).get("valid").asBoolean()).isTrue();

    String hpa = out.toString().replace('\\', '/') + "/base/backend/hpa.yaml";
    JsonNode changed = files.get(1).get("diagnostics").get(0);
    assertThat(files.get(1).get("file").asString()).isEqualTo(hpa);
    assertThat(changed.get("code").asString()).isEqualTo("SG301");
    assertThat(changed.get("severity").asString()).isEqualTo("error");
    int line = Files.readString(out.resolve("base/backend/hpa.yaml")).lines().toList().indexOf("  maxReplicas: 50") + 1;
    assertThat(changed.get("line").asInt()).isEqualTo(line).isPositive();
    assertThat(changed.get("message").asString())
        .isEqualTo("`" + hpa + "` differs from what `" + spec.toString().replace('\\', '/')
            + "` compiles to: line " + line + " is `maxReplicas: 50`, the spec makes it `maxReplicas: 60`");
    assertThat(changed.get("hint").asString()).startsWith("run `scalegen generate ");

    JsonNode missing = files.get(2).get("diagnostics").get(0);
    assertThat(missing.get("file").asString()).endsWith("/base/frontend/pdb.yaml");
    assertThat(missing.get("line").asInt()).isZero();
    assertThat(missing.get("message").asString()).contains("is missing");
    assertThat(r.err()).contains("+  maxReplicas: 60", "2 files differ");
  }

  @Test
  void jsonOfADirectoryInSyncHasNoDrift() {
    MainTest.Run r = MainTest.run("check", "--format", "json", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.shared().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("files").size()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("differ");
  }

  @Test
  void sarifOfDriftValidatesAndPointsCodeScanningAtTheSpecWithTheFilesAsRelatedLocations() throws IOException {
    assertThat(MainTest.run("generate", spec.toString(), "-o", out.toString()).exit()).isZero();
    Files.writeString(spec, Files.readString(spec).replace("  redis:\n", "  cache:\n"));
    MainTest.Run r = MainTest.run("check", "--format", "sarif", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode sarif = SarifRendererTest.validSarif(r.out());
    JsonNode results = sarif.at("/runs/0/results");
    List<String> drifted = new ArrayList<>();
    for (JsonNode result : results) {
      if (result.get("ruleId").asString().equals("SG301")) {
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).endsWith("/scaling.yaml");
        for (JsonNode related : result.get("relatedLocations")) {
          drifted.add(related.at("/physicalLocation/artifactLocation/uri").asString());
        }
      }
    }
    assertThat(drifted).anyMatch(uri -> uri.endsWith("/k8s/base/redis/statefulset.yaml"))
        .anyMatch(uri -> uri.endsWith("/k8s/base/cache/statefulset.yaml"));
  }

  @Test
  void aChangeInLineEndsOnlyIsNamedAsSuch() throws IOException {
    Path hpa = out.resolve("base/backend/hpa.yaml");
    Files.writeString(hpa, Files.readString(hpa).replace("\n", "\r\n"));
    MainTest.Run r = MainTest.run("check", "--format", "json", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode drift = JsonMapper.shared().readTree(r.out()).at("/files/1/diagnostics/0");
    assertThat(drift.get("message").asString()).endsWith("in its line ends or its last newline only");
    assertThat(drift.get("line").asInt()).isZero();
  }
}
