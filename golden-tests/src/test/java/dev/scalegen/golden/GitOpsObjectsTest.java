package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Argo CD and Flux objects of docs/schedules.md ({@code docs/gitops/*.yaml}): the page shows
 * the files; they are complete (repository, revision, destination, project; interval, source,
 * prune) and point at a folder of this repository that holds an applyable set, whose HPAs they
 * name; and they validate against the CRD schemas of the {@code @kubernetes-models} packages
 * (skipped without Node or the packages: {@link CiTools}), which reject a broken variant.
 */
class GitOpsObjectsTest {
  private static final Path ROOT = CiTools.ROOT;
  private static final Path GITOPS = ROOT.resolve("docs/gitops");

  @TempDir
  Path tmp;

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(GITOPS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(Path file) throws IOException {
    List<Map<String, Object>> objects = new ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file))
        .forEach(o -> objects.add((Map<String, Object>) o));
    return objects;
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> object, String... path) {
    Object node = object;
    for (String key : path) {
      assertThat(node).as("%s has %s", object.get("kind"), String.join(".", path)).isInstanceOf(Map.class);
      node = ((Map<String, Object>) node).get(key);
    }
    assertThat(node).as("%s has %s", object.get("kind"), String.join(".", path)).isNotNull();
    return node;
  }

  @Test
  void theSnippetsOfDocsSchedulesAreTheFiles() throws IOException {
    List<String> blocks = CiTools.yamlBlocks(ROOT.resolve("docs/schedules.md"));
    assertThat(files()).hasSize(2);
    for (Path file : files()) {
      assertThat(blocks).as(file.toString()).contains(Files.readString(file));
    }
    assertThat(Files.readString(ROOT.resolve("docs/schedules.md"))).doesNotContain("ssa: IfNotPresent\n");
  }

  @Test
  void everyObjectIsCompleteAndPointsAtAnApplyableSetWhoseHpasItNames() throws IOException {
    List<String> kinds = new ArrayList<>();
    for (Path file : files()) {
      for (Map<String, Object> o : objects(file)) {
        kinds.add((String) o.get("kind"));
        String path = switch ((String) o.get("kind")) {
          case "Application" -> {
            at(o, "spec", "project");
            at(o, "spec", "source", "targetRevision");
            assertThat(at(o, "spec", "source", "repoURL")).isEqualTo("https://github.com/scalegen-dev/scalegen.git");
            at(o, "spec", "destination", "server");
            assertThat(at(o, "spec", "destination", "namespace")).isEqualTo("docvault");
            assertThat((List<String>) at(o, "spec", "syncPolicy", "syncOptions")).contains("RespectIgnoreDifferences=true");
            for (Map<String, Object> rule : (List<Map<String, Object>>) at(o, "spec", "ignoreDifferences")) {
              assertThat(hpaNames()).contains((String) rule.get("name"));
            }
            yield (String) at(o, "spec", "source", "path");
          }
          case "GitRepository" -> {
            at(o, "spec", "interval");
            at(o, "spec", "ref", "branch");
            assertThat(at(o, "spec", "url")).isEqualTo("https://github.com/scalegen-dev/scalegen.git");
            yield null;
          }
          case "Kustomization" -> {
            at(o, "spec", "interval");
            assertThat(at(o, "spec", "prune")).isEqualTo(true);
            assertThat(at(o, "spec", "sourceRef", "name")).isEqualTo("scalegen");
            // The schema package predates spec.ignore (and a CRD schema lets unknown fields through): its shape is checked here.
            for (Map<String, Object> rule : (List<Map<String, Object>>) at(o, "spec", "ignore")) {
              assertThat(rule).containsOnlyKeys("paths", "target");
              assertThat((List<String>) at(rule, "paths")).containsExactly("/spec/minReplicas");
              assertThat((Map<String, Object>) at(rule, "target")).containsOnlyKeys("group", "kind", "name", "namespace")
                  .containsEntry("group", "autoscaling").containsEntry("kind", "HorizontalPodAutoscaler");
              String name = (String) at(rule, "target", "name");
              assertThat(hpaNames()).allSatisfy(hpa -> assertThat(hpa).matches(name));
            }
            yield (String) at(o, "spec", "path");
          }
          default -> throw new AssertionError("unexpected kind " + o.get("kind"));
        };
        if (path != null) {
          assertThat(ROOT.resolve(path).resolve("kustomization.yaml")).as("an applyable set at %s", path).isRegularFile();
        }
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder("Application", "GitRepository", "Kustomization");
  }

  /** The HPAs of the DocVault baseline that the night schedule patches. */
  private static List<String> hpaNames() throws IOException {
    Path base = ROOT.resolve("golden-tests/cases/valid/docvault/expected/base");
    List<String> names = new ArrayList<>();
    for (String tier : List.of("backend", "frontend")) {
      names.add((String) at(objects(base.resolve(tier + "/hpa.yaml")).get(0), "metadata", "name"));
    }
    assertThat(Files.readString(base.resolve("scheduler/cronjob-night-enter.yaml"))).contains("minReplicas").doesNotContain("maxReplicas");
    return names;
  }

  @Test
  void theObjectsValidateAgainstTheArgoCdAndFluxSchemasWhichRejectABrokenOne() throws Exception {
    Path node = CiTools.node();
    Path modules = CiTools.nodeModules();
    Assumptions.assumeTrue(node != null && modules != null,
        "node or the @kubernetes-models packages are not installed (npm install --prefix tools/ci): skipping");
    // The script next to a link to the packages, wherever they are: Node resolves imports from the script's folder.
    Path script = Files.copy(CiTools.folder().resolve("validate-gitops.mjs"), tmp.resolve("validate-gitops.mjs"));
    Path link = Files.createSymbolicLink(tmp.resolve("node_modules"), modules);
    try {
      validate(node, script);
    } finally {
      Files.delete(link);
    }
  }

  private void validate(Path node, Path script) throws Exception {
    List<String> command = new ArrayList<>(List.of(node.toString(), script.toString()));
    files().forEach(f -> command.add(f.toString()));
    CiTools.Run run = CiTools.run(tmp, command);
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output().lines()).containsExactly("ok Application docvault", "ok GitRepository scalegen", "ok Kustomization docvault");

    String flux = Files.readString(GITOPS.resolve("flux-kustomization.yaml"));
    Path broken = Files.writeString(tmp.resolve("broken.yaml"), flux.replace("  prune: true\n", "  prune: \"yes\"\n"));
    CiTools.Run rejected = CiTools.run(tmp, List.of(node.toString(), script.toString(), broken.toString()));
    assertThat(rejected.exit()).isNotZero();
    assertThat(rejected.output()).contains("invalid Kustomization docvault", "prune");
  }
}
