package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.KedaRuleFixture.at;
import static dev.scalegen.core.validate.rules.KedaRuleFixture.reported;
import static dev.scalegen.core.validate.rules.KedaRuleFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class KedaFieldsRuleTest {

  @Test
  void kedaFieldsOnAnHpaTierAreErrorsAtTheirKeys() {
    List<Diagnostic> ds = reported(spec("""
        min: 1
        max: 10
        cpu: 70%
        cooldownPeriod: 60
        fallback: { failureThreshold: 3, replicas: 2 }
        """, ""), Code.KEDA_FIELD_WITHOUT_ENGINE);
    assertThat(ds).extracting(KedaRuleFixture::at).containsExactly("13:7", "14:7");
    assertThat(ds.get(0).message()).contains("`autoscaling.cooldownPeriod`", "tier `worker`", "plain HPA");
    assertThat(ds.get(1).hint()).contains("engine: keda", "remove `fallback`");
  }

  @Test
  void theSameFieldsWithEngineKedaPass() {
    assertThat(reported(spec("""
        engine: keda
        min: 0
        max: 10
        cooldownPeriod: 60
        triggers: [{ type: redis-list, address: "redis:6379", list: q, target: 5 }]
        """, ""), Code.KEDA_FIELD_WITHOUT_ENGINE)).isEmpty();
  }
}
