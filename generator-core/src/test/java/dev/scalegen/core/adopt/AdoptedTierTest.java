package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --adopt}: the overlay spec's {@code base}, its adopted tiers, and what it leaves to the base. */
class AdoptedTierTest {

  static final Path DOCVAULT = Path.of("../examples/docvault-adopt/deploy/k8s");

  @Test
  void baseIsTheInputRelativeToTheWrittenSpecsFolder() {
    assertThat(AdoptedTier.base(List.of(Path.of("deploy/k8s")), "scaling.yaml")).isEqualTo("deploy/k8s");
    assertThat(AdoptedTier.base(List.of(Path.of("deploy/k8s")), "team/scaling.yaml")).isEqualTo("../deploy/k8s");
    assertThat(AdoptedTier.base(List.of(Path.of("deploy/k8s")), "deploy/k8s/scaling.yaml")).isEqualTo(".");
    assertThatThrownBy(() -> AdoptedTier.base(List.of(Path.of("a"), Path.of("b")), "scaling.yaml"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one base");
  }

  @Test
  void docvaultTiersAdoptTheirWorkloadsAndTakeOverTheirHpas() {
    ImportResult r = Generator.importManifests(List.of(DOCVAULT), new ImportOptions(null, "scaling.yaml", true));
    assertThat(r.valid()).as(r.diagnostics().toString()).isTrue();
    ScalingSpec spec = Generator.validate(new SpecSource("scaling.yaml", r.spec().orElseThrow())).spec().orElseThrow();
    assertThat(spec.base()).isEqualTo("../examples/docvault-adopt/deploy/k8s");
    Tier backend = spec.tiers().get("backend");
    assertThat(backend.adopt()).isEqualTo(new Tier.Adopt("Deployment", "docvault-backend", null, true));
    assertThat(backend.image()).isNull();
    assertThat(backend.autoscaling().max()).isEqualTo(50);
    assertThat(backend.workers().count()).isEqualTo(8);
    Tier redis = spec.tiers().get("redis");
    assertThat(redis.adopt()).isEqualTo(new Tier.Adopt("Deployment", "redis", null, false));
    assertThat(redis.replicas()).isEqualTo(5);
    // The base keeps env, probes, volumes and its other objects: nothing is "not carried".
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == Code.NOT_CARRIED)
        .anyMatch(d -> d.code() == Code.REPLICAS_UNDER_HPA);
    assertThat(r.spec().orElseThrow()).doesNotContain("image:").doesNotContain("env:").doesNotContain("SG408");
  }

  @Test
  void aPodWithSeveralContainersNamesTheOneItScales(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("web.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - {name: proxy, image: envoy, resources: {requests: {cpu: 50m, memory: 64Mi}}}
                - {name: web, image: shop, resources: {requests: {cpu: 500m, memory: 512Mi}}}
        """);
    Path spec = dir.resolve("scaling.yaml");
    ImportResult r = Generator.importManifests(List.of(dir.resolve("web.yaml")), new ImportOptions("shop", spec.toString(), true));
    assertThat(r.valid()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.spec().orElseThrow()).contains("\nbase: web.yaml\n")
        .contains("    adopt:\n      kind: Deployment\n      name: web\n      container: web\n")
        .contains("        cpu: 500m\n").doesNotContain("envoy");
  }
}
