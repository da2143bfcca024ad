package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.SpecSource;
import org.junit.jupiter.api.Test;

class PodChecksTest {

  private static Result generate(Options options) {
    return Generator.generate(new SpecSource("scaling.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          db:
            image: postgres:16
            stateful: true
            replicas: 1
            storage: { data: { size: 1Gi, mountPath: /data } }
            storageRetention: { whenDeleted: Delete }
        """), options);
  }

  @Test
  void claimRetentionNeedsOneTwentySeven() {
    Result old = generate(Options.defaults().withKubernetesVersion("1.26"));
    assertThat(old.valid()).isFalse();
    assertThat(old.manifests()).isEmpty();
    assertThat(old.diagnostics()).filteredOn(d -> d.code() == Code.RETENTION_NEEDS_1_27).singleElement()
        .satisfies(d -> assertThat(d.location().specPath()).isEqualTo("/tiers/db/storageRetention"));
    assertThat(generate(Options.defaults().withKubernetesVersion("1.27")).valid()).isTrue();
  }
}
