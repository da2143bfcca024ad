package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.emit.ManifestYaml;
import dev.scalegen.core.spec.SpecSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules 8 (labels, stable selectors) and 9 (names). */
class TierIdentityTest {

  private static final String TIERS = """
      metadata: { name: shop, labels: { team: payments } }
      tiers:
        api:
          image: ghcr.io/shop/api:4.1.0
          labels: { tier-owner: alice }
          resources: { requests: { cpu: 1 } }
          autoscaling: { min: 2, max: 5, cpu: 50% }
        cache: { image: redis:7.2, stateful: true, replicas: 2 }
      """;

  private static Result shop() {
    return generate("apiVersion: scalegen.dev/v1\nkind: ScalingSpec\n" + TIERS);
  }

  @Test
  void everyObjectCarriesTheRecommendedLabels() {
    for (Manifest m : shop().manifests()) {
      if (m.path().equals("base/kustomization.yaml")) {
        continue;
      }
      Map<String, String> labels = ManifestYaml.read(m.content(), GenericKubernetesResource.class).getMetadata().getLabels();
      String tier = m.path().split("/")[1];
      assertThat(labels).as(m.path()).contains(
          Map.entry("app.kubernetes.io/name", tier),
          Map.entry("app.kubernetes.io/instance", "shop-" + tier),
          Map.entry("app.kubernetes.io/component", tier),
          Map.entry("app.kubernetes.io/part-of", "shop"),
          Map.entry("app.kubernetes.io/managed-by", "scalegen"),
          Map.entry("team", "payments"));
    }
  }

  @Test
  void versionIsTheImageTagAndNeverInASelector() {
    Result result = shop();
    for (Manifest m : result.manifests()) {
      if (m.path().equals("base/kustomization.yaml")) {
        continue;
      }
      GenericKubernetesResource object = ManifestYaml.read(m.content(), GenericKubernetesResource.class);
      assertThat(object.getMetadata().getLabels()).containsKey("app.kubernetes.io/version");
      Object spec = object.getAdditionalProperties().get("spec");
      @SuppressWarnings("unchecked")
      Map<String, Object> specMap = (Map<String, Object>) spec;
      Object selector = specMap.get("selector");
      if (selector != null) {
        assertThat(selector.toString()).as(m.path())
            .doesNotContain("version").doesNotContain("team").doesNotContain("tier-owner")
            .contains("app.kubernetes.io/name").contains("app.kubernetes.io/instance");
      }
    }
  }

  @Test
  void imageTagsBecomeVersionsOnlyWhenTheyAreValidLabelValues() {
    assertThat(TierIdentity.imageTag("ghcr.io/shop/api:4.1.0")).isEqualTo("4.1.0");
    assertThat(TierIdentity.imageTag("localhost:5000/api")).isNull();
    assertThat(TierIdentity.imageTag("api@sha256:abc")).isNull();
    assertThat(TierIdentity.imageTag("api:1.2@sha256:abc")).isEqualTo("1.2");
    Result result = generate(spec("""
        tiers:
          api: { image: "api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", replicas: 1 }
        """));
    assertThat(result.manifests().get(0).content()).doesNotContain("app.kubernetes.io/version");
  }

  @Test
  void labelValuesAreCheckedAsTheKubernetesPatternDoes() {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]");
    for (String text : java.util.List.of("", "a", "1", "-", "_", ".", "a-", "-a", "a.b", "a_b", "2.3.1", "v1.2.3-rc.1",
        "A", "Z9", "a b", "a/b", "a:b", "é", "a..b", "a".repeat(63), "a".repeat(64), "a" + "-".repeat(61) + "b",
        "a" + "-".repeat(62) + "b")) {
      assertThat(TierIdentity.isLabelValue(text)).as(text).isEqualTo(pattern.matcher(text).matches());
    }
  }

  @Test
  void aNameAboveItsKindsLimitIsAnErrorNamingTheLimit() {
    String tier = "c".repeat(48);
    Result result = Generator.generate(new SpecSource("scaling.yaml", spec("""
        tiers:
          %s: { image: redis:7, stateful: true, replicas: 1 }
        """.formatted(tier))), Options.defaults());
    assertThat(result.manifests()).isEmpty();
    assertThat(result.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(Code.NAME_TOO_LONG);
      assertThat(d.message()).contains("53 characters").contains("52");
    });
  }

  @Test
  void namesAtTheirLimitsAreGenerated() {
    String deployment = "d".repeat(63 - "shop-".length());
    String stateful = "s".repeat(52 - "shop-".length());
    Result result = generate(spec("""
        tiers:
          %s: { image: a:1, replicas: 1 }
          %s: { image: a:1, stateful: true, replicas: 1 }
        """.formatted(deployment, stateful)));
    assertThat(result.manifests()).extracting(Manifest::path)
        .contains("base/" + deployment + "/deployment.yaml", "base/" + stateful + "/statefulset.yaml");
  }
}
