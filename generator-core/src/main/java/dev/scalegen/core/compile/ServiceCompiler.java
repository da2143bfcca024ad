package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.LinkedHashMap;

/**
 * The headless Service ({@code clusterIP: None}) that gives a StatefulSet's pods their stable DNS
 * names ({@code <name>-0.<name>}). It exposes the tier's port when it has one;
 * {@code publishNotReadyAddresses} stays at its default.
 */
final class ServiceCompiler {
  private ServiceCompiler() {}

  static Service headless(TierIdentity id, Tier tier) {
    ServiceSpec spec = new ServiceSpec();
    spec.setClusterIP("None");
    spec.setSelector(new LinkedHashMap<>(id.selector()));
    if (tier.port() != null) {
      ServicePort port = new ServicePort();
      port.setName("main");
      port.setPort(tier.port());
      port.setTargetPort(new IntOrString(tier.port()));
      port.setProtocol("TCP");
      spec.getPorts().add(port);
    }
    Service service = new Service();
    service.setMetadata(id.objectMeta());
    service.setSpec(spec);
    return service;
  }
}
