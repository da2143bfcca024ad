package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The GitHub Action ({@code action.yml}) run by {@link ActionRunner} with the inputs of the example
 * workflow of docs/ci.md ({@code examples/ci/github-actions.yml}), on a user repository laid out
 * like {@code examples/maven-project}, installing the release archive that {@code package} built:
 * downloaded (from a {@code file:} release folder, no network) and cached, or given as
 * {@code archive}. Skipped without bash, tar or curl.
 */
class ActionIT {
  private static final String VERSION = System.getProperty("scalegen.version");
  private static final Path TAR = Path.of("target/scalegen-" + VERSION + ".tar.gz").toAbsolutePath();
  private static final Path EXAMPLE = Path.of("../examples/maven-project").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  Path repo;
  Map<String, String> with;

  @BeforeAll
  static void tools() {
    for (String tool : List.of("bash", "tar", "curl")) {
      Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin", tool)) || Files.isExecutable(Path.of("/bin", tool)), "no " + tool);
    }
    assertThat(TAR).as("the release archive, made by the package phase").isRegularFile();
  }

  @BeforeEach
  @SuppressWarnings("unchecked")
  void userRepository() throws IOException {
    repo = Files.createDirectories(tmp.resolve("app"));
    Files.createDirectories(repo.resolve(".git"));
    Files.copy(EXAMPLE.resolve("scaling.yaml"), repo.resolve("scaling.yaml"));
    try (var files = Files.walk(EXAMPLE.resolve("deploy"))) {
      for (Path p : files.toList()) {
        Path target = repo.resolve(EXAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    // The inputs of the documented workflow's scalegen step, with this build's version.
    Map<String, Object> workflow = (Map<String, Object>) ActionRunner.load(Path.of("../examples/ci/github-actions.yml"));
    List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
        workflow.get("jobs")).get("scalegen")).get("steps");
    Map<String, Object> step = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("scalegen-dev/scalegen@"))
        .findFirst().orElseThrow();
    with = new HashMap<>();
    ((Map<String, Object>) step.get("with")).forEach((k, v) -> with.put(k, String.valueOf(v)));
    assertThat(with).containsKeys("version", "specs");
    with.put("version", VERSION);
  }

  private ActionRunner.Outcome run(Map<String, String> github) throws IOException, InterruptedException {
    Path releases = Files.createDirectories(tmp.resolve("releases/v" + VERSION));
    Files.copy(TAR, releases.resolve(TAR.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Map<String, String> all = new HashMap<>(Map.of("GITHUB_REPOSITORY", "example/app", "GITHUB_EVENT_NAME", "pull_request",
        "GITHUB_ACTOR", "someone", "SCALEGEN_RELEASES", releases.getParent().toUri().toString().replaceAll("/$", "")));
    all.putAll(github);
    return new ActionRunner(repo, tmp, with, all).run();
  }

  private JsonNode sarif() throws IOException {
    return SarifRendererTest.validSarif(Files.readString(repo.resolve("scalegen-sarif/1.sarif")));
  }

  @Test
  void aRepositoryInSyncPassesAndTheSecondRunInstallsFromTheCache() throws Exception {
    ActionRunner.Outcome first = run(Map.of("head", "example/app"));
    assertThat(first.exit()).as(first.log()).isZero();
    assertThat(first.log()).contains("downloading file:", "deploy/k8s: up to date with scaling.yaml");
    assertThat(first.outputs()).containsEntry("run.exit-code", "0").containsEntry("run.upload", "true");
    assertThat(first.usesSteps()).containsExactly("actions/cache@v4 if inputs.archive == ''",
        "github/codeql-action/upload-sarif@v4 if steps.run.outputs.upload == 'true'");
    JsonNode run = sarif().at("/runs/0");
    assertThat(run.at("/automationDetails/id").asString()).isEqualTo("scalegen/scaling.yaml/");
    assertThat(run.get("results").findValuesAsString("ruleId")).doesNotContain("SG301");

    ActionRunner.Outcome second = run(Map.of("head", "example/app"));
    assertThat(second.exit()).as(second.log()).isZero();
    assertThat(second.log()).contains("restored from the cache").doesNotContain("downloading");
  }

  @Test
  void aSpecEditedWithoutRegeneratingFailsTheJobWithAnAlertAtTheTier() throws Exception {
    String spec = Files.readString(repo.resolve("scaling.yaml"));
    Files.writeString(repo.resolve("scaling.yaml"), spec.replace("{ min: 3, max: 12, cpu: 70% }", "{ min: 3, max: 20, cpu: 70% }"));
    with.put("archive", TAR.toString());
    ActionRunner.Outcome outcome = run(Map.of("head", "example/app"));
    assertThat(outcome.exit()).as(outcome.log()).isEqualTo(1);
    assertThat(outcome.outputs()).containsEntry("run.exit-code", "1").containsEntry("run.upload", "true");
    assertThat(outcome.log()).contains("+  maxReplicas: 20", "::error title=scalegen::scalegen check scaling.yaml -o deploy/k8s exited 1");
    JsonNode drift = sarif().at("/runs/0/results").findParents("ruleId").stream()
        .filter(r -> r.get("ruleId").asString().equals("SG301")).findFirst().orElseThrow();
    int backend = spec.substring(0, spec.indexOf("  backend:\n")).split("\n", -1).length;
    assertThat(drift.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("scaling.yaml");
    assertThat(drift.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(backend);
    assertThat(drift.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("deploy/k8s/base/backend/hpa.yaml");
  }

  @Test
  void aPullRequestFromAForkSkipsTheUploadButStillFailsOnDrift() throws Exception {
    Files.writeString(repo.resolve("deploy/k8s/base/backend/hpa.yaml"), "# edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
    with.put("archive", TAR.toString());
    ActionRunner.Outcome outcome = run(Map.of("head", "someone/app-fork"));
    assertThat(outcome.exit()).as(outcome.log()).isEqualTo(1);
    assertThat(outcome.outputs()).containsEntry("run.upload", "false");
    assertThat(outcome.log()).contains("::notice title=scalegen::pull request from a fork (someone/app-fork)");
  }
}
