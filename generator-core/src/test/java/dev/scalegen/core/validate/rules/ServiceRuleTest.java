package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class ServiceRuleTest {

  @Test
  void aServiceWithoutPortOrAStatefulTierOptingOutIsAnError() {
    assertThat(diagnostics(Code.FIELD_NOT_FOR_TIER, """
        tiers:
          worker: { image: a:1, replicas: 1, service: { portName: http } }
          cache:
            image: redis:7.2
            port: 6379
            stateful: true
            replicas: 1
            securityContext: { readOnlyRootFilesystem: true }
            service: { enabled: false }
          web: { image: a:1, port: 80, replicas: 1, service: { enabled: false } }
        """)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/worker/service", "/tiers/cache/service/enabled");
  }
}
