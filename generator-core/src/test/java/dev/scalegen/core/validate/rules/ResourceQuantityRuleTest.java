package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceQuantityRuleTest {

  @Test
  void requestAboveLimitIsReportedAtTheRequest() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests:
                cpu: 3
                memory: 2Gi
              limits:
                cpu: 2
                memory: 1Gi
            replicas: 2
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.REQUEST_ABOVE_LIMIT);
    assertThat(ds).extracting(ResourceQuantityRuleTest::at).containsExactly("10:14", "11:17");
    assertThat(ds.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(ds.get(0).message())
        .isEqualTo("`resources.requests.cpu` (3) is above `resources.limits.cpu` (2) in tier `web`; "
            + "Kubernetes rejects such a pod");
    assertThat(ds.get(0).hint()).contains("at most 2", "at least 3");
    assertThat(ds.get(1).message()).contains("(2Gi)", "(1Gi)");
  }

  @Test
  void equalQuantitiesInDifferentUnitsPass() {
    assertThat(diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests: { cpu: 2, memory: 1Gi }
              limits: { cpu: 2000m, memory: 1073741824 }
            replicas: 2
          api:
            image: nginx:1.27
            resources:
              requests: { cpu: .5, memory: 1000Ki }
              limits: { cpu: "1e0", memory: 1.5Gi }
            replicas: 2
        """)).isEmpty();
  }

  @Test
  void badQuantitiesAreReportedAtTheValue() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests:
                cpu: 1.5.2
                memory: 2GB
              limits:
                cpu: -1
                memory: ""
            replicas: 2
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.BAD_QUANTITY);
    assertThat(ds).extracting(ResourceQuantityRuleTest::at).containsExactly("10:14", "11:17", "13:14", "14:17");
    assertThat(ds.get(0).message()).isEqualTo("`resources.requests.cpu` (1.5.2) in tier `web` is not a Kubernetes quantity");
    assertThat(ds.get(0).hint()).contains("`500m`");
    assertThat(ds.get(1).hint()).contains("`2Gi`", "`2G`", "no `B` suffix");
    assertThat(ds.get(2).message()).contains("(-1)", "negative");
    assertThat(ds.get(3).message()).contains("`resources.limits.memory` ()");
  }

  @Test
  void scenarioResourcesAreMergedAndChecked() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests: { cpu: 1, memory: 1Gi }
              limits: { cpu: 2, memory: 2Gi }
            replicas: 2
        scenarios:
          big:
            tiers:
              web:
                resources:
                  requests:
                    cpu: 4
          small:
            tiers:
              web:
                resources:
                  limits:
                    memory: 512Mi
                    cpu: 2 cores
        """);
    assertThat(ds).extracting(d -> d.code().id() + "@" + at(d))
        .containsExactly("SG206@18:18", "SG206@24:21", "SG207@25:18");
    assertThat(ds.get(0).message()).contains("(4)", "(2)", "tier `web` of scenario `big`");
    assertThat(ds.get(1).message()).contains("`resources.requests.memory` (1Gi)", "(512Mi)", "scenario `small`");
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
