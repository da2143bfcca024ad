package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.emit.CommittedReplicas;
import dev.scalegen.core.emit.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlay mode through the front door: what the patches hold, and the replicas-to-HPA migration warnings. */
class OverlayModeTest {

  @TempDir Path dir;

  static final String SPEC = "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: {name: shop}\nbase: k8s\n"
      + "tiers:\n  api:\n    adopt: {kind: Deployment, name: shop-api}\n"
      + "    workers: {count: 8, arg: --workers}\n"
      + "    resources: {requests: {cpu: 500m, memory: 512Mi}, limits: {memory: 512Mi}}\n";

  @BeforeEach
  void base() throws IOException {
    Files.createDirectories(dir.resolve("k8s"));
    Files.writeString(dir.resolve("k8s/kustomization.yaml"), "resources: [api.yaml]\n");
    Files.writeString(dir.resolve("k8s/api.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop-api
        spec:
          replicas: 3
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers:
                - name: api
                  image: ghcr.io/shop/api:1.0
                  args: [--port, "8080"]
                  env: [{name: DB, valueFrom: {secretKeyRef: {name: db, key: url}}}]
        """);
  }

  private Result generate(String tail, Path out) throws IOException {
    Files.writeString(dir.resolve("scaling.yaml"), SPEC + tail);
    return Generator.generate(dir.resolve("scaling.yaml"), "scaling.yaml", Options.defaults().withOutputDirectory(out));
  }

  private static String file(Result r, String path) {
    return r.manifests().stream().filter(m -> m.path().equals(path)).map(Manifest::content).findFirst().orElseThrow();
  }

  @Test
  void aFixedTierPatchesOnlyReplicasResourcesAndTheWorkerFlag() throws IOException {
    Result r = generate("    replicas: 4\n", dir.resolve("out"));
    assertThat(r.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(r.manifests()).extracting(Manifest::path)
        .containsExactly("base/api/pdb.yaml", "base/api/patch-deployment.yaml", "base/kustomization.yaml");
    String patch = file(r, "base/api/patch-deployment.yaml");
    assertThat(patch).contains("  name: shop-api\n", "  replicas: 4\n", "            cpu: 500m\n")
        .contains("      - args:\n        - --port\n        - '8080'\n        - --workers\n        - '8'\n        name: api\n")
        .doesNotContain("image", "env", "DB", "selector");
    assertThat(file(r, "base/kustomization.yaml")).contains("resources:\n- ../../k8s\n", "patches:\n- path: api/patch-deployment.yaml\n");
  }

  @Test
  void movingATierToAutoscalingRemovesReplicasTargetsTheRealNameAndWarnsAtTheBase() throws IOException {
    Result r = generate("    autoscaling: {min: 2, max: 10, cpu: 70%}\n", dir.resolve("out"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == Code.REPLICAS_IN_BASE).singleElement()
        .satisfies(d -> {
          assertThat(d.location()).isEqualTo(new Location("k8s/api.yaml", 6, 13, "/spec/replicas"));
          assertThat(d.hint()).contains("docs/migration.md");
        });
    assertThat(file(r, "base/api/patch-deployment.yaml")).contains("  replicas: null\n");
    assertThat(file(r, "base/api/hpa.yaml")).contains("  name: shop-api\n", "    name: shop-api\n", "    kind: Deployment\n");
    assertThat(file(r, "base/api/pdb.yaml")).contains("      app: api\n").doesNotContain("app.kubernetes.io/name: api\n      app");
  }

  @Test
  void checkWarnsWhenTheCommittedOutputStillSetsReplicas() throws IOException {
    Path committed = dir.resolve("committed");
    OutputWriter.write(generate("    replicas: 4\n", committed).manifests(), committed);
    Result now = generate("    autoscaling: {min: 2, max: 10, cpu: 70%}\n", committed);
    assertThat(CommittedReplicas.check(now, committed, "committed")).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.REPLICAS_IN_COMMITTED_OUTPUT);
      assertThat(d.location().file()).isEqualTo("committed/base/api/patch-deployment.yaml");
      assertThat(d.location().line()).isPositive();
      assertThat(d.message()).contains("`spec.replicas` 4");
    });
    OutputWriter.write(now.manifests(), committed);
    assertThat(CommittedReplicas.check(now, committed, "committed")).isEmpty();
  }

  @Test
  void aGeneratedTierMovedToAutoscalingIsFoundByCheckToo() throws IOException {
    String spec = "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: {name: shop}\ntiers:\n  api:\n"
        + "    image: ghcr.io/shop/api:1.0\n    resources: {requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}\n";
    Path committed = dir.resolve("generated");
    Options options = Options.defaults().withOutputDirectory(committed);
    Files.writeString(dir.resolve("plain.yaml"), spec + "    replicas: 3\n");
    OutputWriter.write(Generator.generate(dir.resolve("plain.yaml"), "plain.yaml", options).manifests(), committed);
    Files.writeString(dir.resolve("plain.yaml"), spec + "    autoscaling: {min: 3, max: 9, cpu: 70%}\n");
    Result now = Generator.generate(dir.resolve("plain.yaml"), "plain.yaml", options);
    assertThat(CommittedReplicas.check(now, committed, "k8s")).extracting(d -> d.location().file())
        .containsExactly("k8s/base/api/deployment.yaml");
  }

  @Test
  void aUtilizationTargetNeedsARequestOnTheBasesSidecarsToo() throws IOException {
    Files.writeString(dir.resolve("k8s/api.yaml"), Files.readString(dir.resolve("k8s/api.yaml"))
        + "        - name: proxy\n          image: envoyproxy/envoy:v1.31\n");
    String spec = SPEC.replace("name: shop-api}", "name: shop-api, container: api}");
    Files.writeString(dir.resolve("scaling.yaml"), spec + "    autoscaling: {min: 2, max: 10, cpu: 70%}\n");
    Result r = Generator.generate(dir.resolve("scaling.yaml"), "scaling.yaml", Options.defaults());
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == Code.TARGET_WITHOUT_REQUEST).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("container `proxy`"));
  }

  @Test
  void aBaseHpaTakenOverIsRemovedByAPatch() throws IOException {
    Files.writeString(dir.resolve("k8s/kustomization.yaml"), "resources: [api.yaml, hpa.yaml]\n");
    Files.writeString(dir.resolve("k8s/hpa.yaml"), "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n"
        + "metadata: {name: api-hpa}\nspec: {scaleTargetRef: {kind: Deployment, name: shop-api}, maxReplicas: 3}\n");
    Result refused = generate("    autoscaling: {min: 2, max: 10, cpu: 70%}\n", dir.resolve("out"));
    assertThat(refused.diagnostics()).extracting(Diagnostic::code).contains(Code.BASE_AUTOSCALER);
    String spec = SPEC.replace("name: shop-api}", "name: shop-api, takeOver: true}");
    Files.writeString(dir.resolve("scaling.yaml"), spec + "    autoscaling: {min: 2, max: 10, cpu: 70%}\n");
    Result r = Generator.generate(dir.resolve("scaling.yaml"), "scaling.yaml", Options.defaults());
    assertThat(r.valid()).isTrue();
    assertThat(file(r, "base/api/remove-hpa-api-hpa.yaml")).contains("$patch: delete\n", "  name: api-hpa\n");
  }
}
