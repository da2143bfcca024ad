package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
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

  private static Result generateGrpc(String version) {
    return Generator.generate(new SpecSource("scaling.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          cart:
            image: cart:1
            port: 7070
            replicas: 1
            probes:
              readiness: { tcp: 7070 }
              liveness: { grpc: 7070 }
              startup: { grpc: 7070, service: cart, failureThreshold: 30 }
          web:
            image: web:1
            replicas: 1
            probes: { readiness: { exec: [ok] } }
        """), Options.defaults().withKubernetesVersion(version));
  }

  @Test
  void grpcProbesAreRefusedBeforeOneTwentyFourOncePerTier() {
    Result alpha = generateGrpc("1.23");
    assertThat(alpha.valid()).isFalse();
    assertThat(alpha.diagnostics()).filteredOn(PodChecksTest::grpc).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.GRPC_PROBE_NEEDS_1_24);
      assertThat(d.location().specPath()).isEqualTo("/tiers/cart/probes/liveness/grpc");
      assertThat(d.message()).contains("`probes.liveness`, `probes.startup` of tier `cart`", "1.23");
    });
    Result beta = generateGrpc("1.24");
    assertThat(beta.valid()).isTrue();
    assertThat(beta.manifests()).isNotEmpty();
    assertThat(beta.diagnostics()).noneMatch(PodChecksTest::grpc);
  }

  private static boolean grpc(Diagnostic d) {
    return d.code() == Code.GRPC_PROBE_NEEDS_1_24;
  }
}
