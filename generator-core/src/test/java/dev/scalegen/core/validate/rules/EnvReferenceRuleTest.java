package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class EnvReferenceRuleTest {

  @Test
  void aReferenceNamesExactlyOneSource() {
    assertThat(diagnostics(Code.ENV_REFERENCE_FORM, """
        tiers:
          api:
            image: a:1
            replicas: 1
            env:
              PLAIN: text
              BOTH: { secret: s, configMap: c, key: k }
              GOOD: { secret: s, key: k }
            envFrom: [{ configMap: c }, { prefix: X_ }]
        """)).extracting(d -> d.location().specPath() + " " + d.message()).containsExactly(
            "/tiers/api/env/BOTH `env.BOTH` of tier `api` names both `secret` and `configMap`; a reference reads"
                + " exactly one of them",
            "/tiers/api/envFrom/1 `envFrom[1]` of tier `api` names neither `secret` nor `configMap`; a reference"
                + " reads exactly one of them");
  }
}
