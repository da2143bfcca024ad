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

class FieldNotOnTierRuleTest {

  /** web autoscales (lines 6-9), worker is fixed (10-12), redis is stateful (13-16). */
  private static final String TIERS = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata:
        name: shop
      tiers:
        web:
          image: shop/web:1.0
          resources: { requests: { cpu: 500m } }
          autoscaling: { min: 2, max: 10, cpu: 70% }
        worker:
          image: shop/worker:1.0
          replicas: 3
        redis:
          image: redis:7.2
          stateful: true
          replicas: 1
      """;

  @Test
  void scheduleReplicasOnAnAutoscaledTier() {
    List<Diagnostic> ds = diagnostics(TIERS + """
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set:
              web: { replicas: 2 }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.FIELD_NOT_ON_TIER);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(at(d)).isEqualTo("21:14");
      assertThat(d.message()).contains("schedule `night`", "`replicas`", "tier `web`", "autoscales");
      assertThat(d.hint()).isEqualTo("tier `web` autoscales: set `min`/`max` instead of `replicas`");
    });
  }

  @Test
  void scheduleBoundsOnFixedAndStatefulTiers() {
    List<Diagnostic> ds = diagnostics(TIERS + """
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set:
              worker: { min: 1, max: 2 }
              redis: { max: 2 }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.FIELD_NOT_ON_TIER);
    assertThat(ds).extracting(FieldNotOnTierRuleTest::at).containsExactly("21:17", "22:16");
    assertThat(ds.get(0).message()).contains("`min` and `max`", "tier `worker`", "fixed `replicas`");
    assertThat(ds.get(0).hint()).contains("set `replicas` instead");
    assertThat(ds.get(1).message()).contains("`max`", "stateful tier `redis`", "never autoscaled");
  }

  @Test
  void scenarioFieldsTheTierDoesNotHave() {
    List<Diagnostic> ds = diagnostics(TIERS + """
        scenarios:
          spike:
            tiers:
              web: { replicas: 20 }
              worker:
                autoscaling: { max: 10 }
                workers: { count: 4 }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.FIELD_NOT_ON_TIER);
    assertThat(ds).extracting(FieldNotOnTierRuleTest::at).containsExactly("20:14", "22:9", "23:9");
    assertThat(ds.get(0).hint()).contains("tier `web` autoscales", "`autoscaling");
    assertThat(ds.get(1).message()).contains("`autoscaling` on tier `worker`");
    assertThat(ds.get(2).message()).contains("`workers` on tier `worker`", "declares no `workers`");
  }

  @Test
  void fieldsTheTierHasPass() {
    assertThat(diagnostics(TIERS + """
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set:
              web: { min: 1 }
              worker: { replicas: 1 }
              redis: { replicas: 0 }
        scenarios:
          spike:
            tiers:
              web: { autoscaling: { max: 20 } }
              worker: { replicas: 6 }
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    // (The stateful tier here does not say whether it writes: SG235 is StatefulTierRuleTest's; the
    // night cutting a scenario's own values, SG238, is ScheduleCutsScenarioRuleTest's.)
    return Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics()).stream()
        .filter(d -> d.code() != Code.STATEFUL_READ_ONLY && d.code() != Code.SCHEDULE_CUTS_SCENARIO).toList();
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
