package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import-specific codes that the two real bases do not raise, one small base each. */
class ImportDiagnosticsTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api}
      spec:
        replicas: 2
        selector: {matchLabels: {app: api}}
        template:
          metadata: {labels: {app: api}}
          spec:
            containers: [{name: api, image: example/api:1.0, ports: [{containerPort: 8080}]}]
      """;

  private static List<Diagnostic> of(ImportResult r, Code code) {
    return r.diagnostics().stream().filter(d -> d.code() == code).toList();
  }

  @Test
  void noWorkloadIsAnErrorAndNoSpec(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
    ImportResult r = Generator.importManifests(List.of(dir), ImportOptions.defaults());
    assertThat(r.spec()).isEmpty();
    assertThat(r.valid()).isFalse();
    assertThat(of(r, Code.NO_WORKLOAD)).hasSize(1);
  }

  @Test
  void kustomizationFieldsThatChangeObjectsAreReportedAndResourcesRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("api.yaml"), DEPLOYMENT);
    Files.writeString(dir.resolve("ignored.yaml"), DEPLOYMENT.replace("name: api}", "name: ignored}"));
    Files.writeString(dir.resolve("kustomization.yaml"), "namespace: shop\nresources: [api.yaml]\nimages: [{name: x, newTag: '2'}]\n");
    ImportResult r = Generator.importManifests(List.of(dir), ImportOptions.defaults());
    assertThat(of(r, Code.KUSTOMIZE_NOT_APPLIED)).singleElement()
        .satisfies(d -> assertThat(d.location().line()).isEqualTo(3));
    assertThat(r.spec().orElseThrow()).contains("namespace: shop").contains("  api:").doesNotContain("ignored");
  }

  @Test
  void anHpaWithoutItsWorkloadIsReportedAtItsTarget(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("all.yaml"), DEPLOYMENT + """
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: gone}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: worker}
          maxReplicas: 3
        """);
    ImportResult r = Generator.importManifests(List.of(dir.resolve("all.yaml")), ImportOptions.defaults());
    assertThat(of(r, Code.HPA_WITHOUT_TARGET)).singleElement().satisfies(d -> {
      assertThat(d.location().line()).isEqualTo(16);
      assertThat(d.message()).contains("`worker`");
    });
  }

  @Test
  void aWorkloadThatDoesNotFitItsKindIsAnErrorButTheOthersAreImported(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), DEPLOYMENT);
    Files.writeString(dir.resolve("b.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\nspec: {template: [1]}\n");
    ImportResult r = Generator.importManifests(List.of(dir), ImportOptions.defaults());
    assertThat(of(r, Code.MANIFEST_YAML)).singleElement()
        .satisfies(d -> assertThat(d.location().file()).endsWith("b.yaml"));
    assertThat(r.spec().orElseThrow()).contains("  api:");
  }

  @Test
  void redisScaledByAnHpaIsAStatefulDeploymentAndAServiceOfNoWorkloadIsListed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("all.yaml"), DEPLOYMENT.replace("name: api", "name: cache").replace("app: api", "app: cache").replace("example/api:1.0", "bitnami/redis:7.2")
        .replace("  replicas: 2\n", "") + """
        ---
        apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: {name: cache}
        spec: {scaleTargetRef: {kind: Deployment, name: cache}, maxReplicas: 4, targetCPUUtilizationPercentage: 50}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: other}
        spec: {selector: {app: other}, ports: [{port: 80}]}
        """);
    ImportResult r = Generator.importManifests(List.of(dir.resolve("all.yaml")), ImportOptions.defaults());
    assertThat(of(r, Code.STATEFUL_DEPLOYMENT)).singleElement().satisfies(d -> assertThat(d.message()).contains("4 replicas"));
    assertThat(of(r, Code.REPLICAS_UNDER_HPA)).isEmpty();
    assertThat(of(r, Code.NOT_CARRIED)).anySatisfy(d -> assertThat(d.message()).contains("Service `other`"));
  }
}
