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

class NameRuleTest {

  private static List<Diagnostic> validate(String yaml) {
    // (The night below the scenario's own replicas, SG238, is ScheduleCutsScenarioRuleTest's.)
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics()).stream()
        .filter(d -> d.code() != Code.SCHEDULE_CUTS_SCENARIO).toList();
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  @Test
  void dns1123NamesPass() {
    assertThat(validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: doc-vault2, namespace: docs }
        nodePools:
          spot-1: { preset: karpenter-spot }
        tiers:
          celery-worker: { image: "worker:1", replicas: 2 }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { celery-worker: { replicas: 1 } }
        scenarios:
          spike-10x: { tiers: { celery-worker: { replicas: 5 } } }
        """)).isEmpty();
  }

  @Test
  void metadataNameAndNamespaceAreReportedAtTheValue() {
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: Doc_Vault
          namespace: docs-
        tiers:
          web: { image: "nginx:1.27", replicas: 2 }
        """);
    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(Code.BAD_NAME);
    assertThat(diagnostics).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    assertThat(diagnostics).extracting(NameRuleTest::position).containsExactly("4:9", "5:14");
    assertThat(diagnostics.get(0).message())
        .isEqualTo("`metadata.name` is `Doc_Vault`, which is not a DNS-1123 label: it contains upper-case letters");
    assertThat(diagnostics.get(0).hint()).isEqualTo("use `doc-vault`");
    assertThat(diagnostics.get(1).message()).contains("`docs-`", "ends with `-`");
    assertThat(diagnostics.get(1).hint()).isEqualTo("use `docs`");
  }

  @Test
  void mapNamesAreReportedAtTheKeyWithACorrectedName() {
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        nodePools:
          Spot_Pool: { preset: karpenter-spot }
        tiers:
          celery_worker: { image: "worker:1", replicas: 2 }
        schedules:
          Night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { celery_worker: { replicas: 1 } }
        scenarios:
          "spike 10x": { tiers: { celery_worker: { replicas: 5 } } }
        """);
    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(Code.BAD_NAME);
    assertThat(diagnostics).extracting(NameRuleTest::position).containsExactly("5:3", "7:3", "9:3", "13:3");
    assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
        "node pool name `Spot_Pool` is not a DNS-1123 label: it contains upper-case letters",
        "tier name `celery_worker` is not a DNS-1123 label: it contains `_`; only lower-case letters, digits and `-` are allowed",
        "schedule name `Night` is not a DNS-1123 label: it contains upper-case letters",
        "scenario name `spike 10x` is not a DNS-1123 label: it contains ` `; only lower-case letters, digits and `-` are allowed");
    assertThat(diagnostics).extracting(Diagnostic::hint).containsExactly(
        "rename it `spot-pool`, and every reference to it",
        "rename it `celery-worker`, and every reference to it",
        "rename it `night`, and every reference to it",
        "rename it `spike-10x`, and every reference to it");
  }

  @Test
  void aNameOverSixtyThreeCharactersIsTooLongForALabel() {
    String name = "a".repeat(64);
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: %s }
        tiers:
          web: { image: "nginx:1.27", replicas: 2 }
        """.formatted(name));
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.BAD_NAME);
      assertThat(d.message()).contains("64 characters long, over the limit of 63");
      assertThat(d.hint()).isEqualTo("use `" + "a".repeat(63) + "`");
    });
  }
}
