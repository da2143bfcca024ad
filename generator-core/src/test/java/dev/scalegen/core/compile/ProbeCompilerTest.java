package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class ProbeCompilerTest {

  private static Container container(String tier) {
    return object(generate(spec("""
        tiers:
          cart:
            image: cart:1
            port: 7070
            replicas: 1
            probes:
              readiness: { grpc: 7070, initialDelaySeconds: 15 }
              liveness: { grpc: 7070, service: cart.v1.Health, periodSeconds: 10 }
          web:
            image: web:1
            port: 8080
            replicas: 1
            probes:
              readiness: { http: /_healthz, headers: { Cookie: "session=readiness", X-Probe: "1" } }
              liveness: { http: /_healthz }
        """)), tier + "/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  @Test
  void aGrpcProbeChecksItsPortAndTheServiceWhenNamed() {
    Container cart = container("cart");
    assertThat(cart.getReadinessProbe().getGrpc().getPort()).isEqualTo(7070);
    assertThat(cart.getReadinessProbe().getGrpc().getService()).isNull();
    assertThat(cart.getReadinessProbe().getHttpGet()).isNull();
    assertThat(cart.getReadinessProbe().getTcpSocket()).isNull();
    assertThat(cart.getReadinessProbe().getInitialDelaySeconds()).isEqualTo(15);
    assertThat(cart.getLivenessProbe().getGrpc().getService()).isEqualTo("cart.v1.Health");
    assertThat(cart.getLivenessProbe().getPeriodSeconds()).isEqualTo(10);
  }

  @Test
  void httpHeadersAreSentInTheSpecsOrderAndOnlyWhenGiven() {
    Container web = container("web");
    assertThat(web.getReadinessProbe().getHttpGet().getHttpHeaders()).containsExactly(
        new HTTPHeader("Cookie", "session=readiness"), new HTTPHeader("X-Probe", "1"));
    assertThat(web.getReadinessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString(8080));
    assertThat(web.getLivenessProbe().getHttpGet().getHttpHeaders()).isEmpty();
  }
}
