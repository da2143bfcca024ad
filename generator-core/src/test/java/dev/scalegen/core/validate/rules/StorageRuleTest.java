package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.at;
import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;

class StorageRuleTest {

  @Test
  void storageOnAStatelessTierIsAnError() {
    assertThat(diagnostics(Code.FIELD_NOT_FOR_TIER, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 2
            storage: { cache: { size: 1Gi, mountPath: /cache } }
        """)).singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(at(d)).isEqualTo("8:5");
          assertThat(d.message()).contains("`storage`", "tier `web`", "not stateful");
          assertThat(d.hint()).contains("stateful: true", "writablePaths");
        });
  }

  @Test
  void storageOnAStatefulTierIsFine() {
    assertThat(diagnostics(Code.FIELD_NOT_FOR_TIER, """
        tiers:
          db:
            image: postgres:16
            stateful: true
            replicas: 1
            storage: { data: { size: 1Gi, mountPath: /data } }
            storageRetention: { whenScaled: Delete }
        """)).isEmpty();
  }

  @Test
  void aSizeThatIsNotAPositiveQuantityIsAnError() {
    assertThat(diagnostics(Code.BAD_QUANTITY, """
        tiers:
          db:
            image: postgres:16
            stateful: true
            replicas: 1
            storage: { data: { size: 10GB, mountPath: /data }, wal: { size: 0, mountPath: /wal } }
        """)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/db/storage/data/size", "/tiers/db/storage/wal/size");
  }

  @Test
  void aVolumeNameMustBeADnsLabel() {
    assertThat(diagnostics(Code.BAD_NAME, """
        tiers:
          db:
            image: postgres:16
            stateful: true
            replicas: 1
            storage: { Data: { size: 1Gi, mountPath: /data } }
        """)).singleElement().satisfies(d -> assertThat(d.message()).contains("storage name `Data`", "upper-case"));
  }
}
