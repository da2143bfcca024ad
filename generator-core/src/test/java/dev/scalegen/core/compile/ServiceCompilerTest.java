package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class ServiceCompilerTest {

  @Test
  void aStatelessTierWithAPortGetsAClusterIpServiceTargetingTheNamedPort() {
    Result result = generate(spec("""
        tiers:
          web:
            image: a:1
            port: 8080
            replicas: 2
            service: { port: 80, portName: http, appProtocol: kubernetes.io/h2c }
          worker: { image: a:1, replicas: 1 }
          agent: { image: a:1, port: 9100, replicas: 1, service: { enabled: false } }
        """));
    assertThat(result.manifests()).extracting(Manifest::path).contains("base/web/service.yaml")
        .doesNotContain("base/worker/service.yaml", "base/agent/service.yaml");
    Service service = object(result, "web/service.yaml", Service.class);
    Deployment deployment = object(result, "web/deployment.yaml", Deployment.class);
    assertThat(service.getMetadata().getName()).isEqualTo("shop-web");
    assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
    assertThat(service.getSpec().getClusterIP()).isNull();
    assertThat(service.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> {
      assertThat(p.getName()).isEqualTo("http");
      assertThat(p.getPort()).isEqualTo(80);
      assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
      assertThat(p.getAppProtocol()).isEqualTo("kubernetes.io/h2c");
    });
    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts())
        .extracting(ContainerPort::getName, ContainerPort::getContainerPort).containsExactly(
            org.assertj.core.groups.Tuple.tuple("http", 8080));
  }
}
