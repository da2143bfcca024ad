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

class StatefulTierRuleTest {

  @Test
  void statefulTierWithAutoscalingIsAnError() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          redis:
            image: redis:7.2
            stateful: true
            resources: { requests: { cpu: 500m } }
            autoscaling: { min: 1, max: 3, cpu: 70% }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.STATEFUL_AUTOSCALING);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(at(d)).isEqualTo("10:5");
      assertThat(d.message()).contains("stateful tier `redis`", "`autoscaling`", "not a cluster");
      assertThat(d.hint()).contains("replicas: 1");
    });
  }

  @Test
  void scenarioGivingAStatefulTierAutoscalingIsAnError() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          redis:
            image: redis:7.2
            stateful: true
            replicas: 1
        scenarios:
          spike:
            tiers:
              redis:
                autoscaling: { max: 3 }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.STATEFUL_AUTOSCALING);
      assertThat(at(d)).isEqualTo("14:9");
      assertThat(d.message()).contains("scenario `spike`", "stateful tier `redis`");
    });
  }

  @Test
  void severalReplicasOfAStatefulTierAreAWarning() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          redis:
            image: redis:7.2
            stateful: true
            replicas: 3
        schedules:
          day:
            window: { from: "08:00", to: "20:00", timeZone: UTC }
            set:
              redis: { replicas: 2 }
        scenarios:
          sustained-high:
            tiers:
              redis: { replicas: 5 }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.STATEFUL_REPLICAS);
    assertThat(ds).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
    assertThat(ds).extracting(StatefulTierRuleTest::at).containsExactly("9:15", "14:26", "18:26");
    assertThat(ds.get(0).message()).contains("`replicas: 3`", "independent copies");
    assertThat(ds.get(1).message()).contains("schedule `day`");
    assertThat(ds.get(2).message()).contains("`replicas: 5`", "scenario `sustained-high`");
    assertThat(ds.get(2).hint()).contains("Redis cluster mode", "replicas: 1");
  }

  @Test
  void oneReplicaOfAStatefulTierPasses() {
    assertThat(diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          redis:
            image: redis:7.2
            stateful: true
            replicas: 1
          web:
            image: shop/web:1.0
            replicas: 4
        scenarios:
          spike:
            tiers:
              redis: { replicas: 1 }
              web: { replicas: 8 }
        """)).isEmpty();
  }

  @Test
  void aStatefulTierThatDoesNotSayWhetherItWritesIsAWarningAtStateful() {
    List<Diagnostic> ds = Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          redis:
            image: redis:7.2
            stateful: true
            replicas: 1
          postgres:
            image: postgres:17
            stateful: true
            replicas: 1
            securityContext: { runAsUser: 999 }
          memcached:
            image: memcached:1.6
            stateful: true
            replicas: 1
            securityContext: { readOnlyRootFilesystem: true }
          queue:
            image: rabbitmq:4
            stateful: true
            replicas: 1
            securityContext: { readOnlyRootFilesystem: false }
          search:
            image: opensearch:2
            stateful: true
            replicas: 1
            storage: { data: { size: 10Gi, mountPath: /usr/share/opensearch/data } }
        """)).diagnostics());
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.STATEFUL_READ_ONLY);
    assertThat(ds).extracting(StatefulTierRuleTest::at).containsExactly("8:15", "12:15");
    assertThat(ds.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(ds.get(0).message()).isEqualTo("stateful tier `redis` gets scalegen's default read-only root file "
        + "system, and no volume: a store that writes to disk (Redis's snapshots, a database's files) fails");
    assertThat(ds.get(0).hint()).startsWith("mount a volume where it writes, e.g. `storage: ");
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    // (SG235 has its own test above; SG238, a schedule below a scenario's own value, has ScheduleCutsScenarioRuleTest.)
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics()).stream()
        .filter(d -> d.code() != Code.STATEFUL_READ_ONLY && d.code() != Code.SCHEDULE_CUTS_SCENARIO).toList();
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
