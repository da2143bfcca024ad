package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.KedaRuleFixture.reported;
import static dev.scalegen.core.validate.rules.KedaRuleFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class KedaTriggersRuleTest {

  private static final Code[] CODES = {Code.KEDA_WITHOUT_TRIGGER, Code.KEDA_RESOURCE_TRIGGERS_ONLY,
      Code.FALLBACK_WITHOUT_QUEUE, Code.FALLBACK_ABOVE_MAX};

  @Test
  void noTriggerAtAllIsAnError() {
    List<Diagnostic> ds = reported(spec("engine: keda\nmin: 1\nmax: 4\n", ""), CODES);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.KEDA_WITHOUT_TRIGGER);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(KedaRuleFixture.at(d)).isEqualTo("9:5");
    });
  }

  @Test
  void cpuOnlyIsAWarningAndItsFallbackAnError() {
    List<Diagnostic> ds = reported(spec("""
        engine: keda
        min: 1
        max: 4
        cpu: 70%
        fallback: { failureThreshold: 3, replicas: 2 }
        """, ""), CODES);
    assertThat(ds).extracting(Diagnostic::code)
        .containsExactly(Code.KEDA_RESOURCE_TRIGGERS_ONLY, Code.FALLBACK_WITHOUT_QUEUE);
    assertThat(ds.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(ds.get(1).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aFallbackAboveMaxIsAWarningAtItsReplicas() {
    List<Diagnostic> ds = reported(spec("""
        engine: keda
        min: 1
        max: 4
        fallback: { failureThreshold: 3, replicas: 6 }
        triggers: [{ type: redis-list, address: "redis:6379", list: q, target: 5 }]
        """, ""), CODES);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.FALLBACK_ABOVE_MAX);
      assertThat(KedaRuleFixture.at(d)).isEqualTo("13:50");
      assertThat(d.message()).contains("(6)", "`max` (4)");
    });
  }

  @Test
  void aQueueWithCpuAndAFallbackWithinBoundsPasses() {
    assertThat(reported(spec("""
        engine: keda
        min: 1
        max: 4
        cpu: 70%
        fallback: { failureThreshold: 3, replicas: 4 }
        triggers: [{ type: rabbitmq, queue: q, target: 5, auth: { secret: s, keys: { host: h } } }]
        """, ""), CODES)).isEmpty();
  }
}
