package dev.scalegen.core.compile;

import dev.scalegen.core.spec.ServiceSettings;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.LinkedHashMap;

/**
 * The tier's Service, named like its workload, selecting its pods by the stable selector labels:
 *
 * <ul>
 *   <li>{@link #headless}: for a StatefulSet, {@code clusterIP: None}, which gives its pods their
 *       stable DNS names ({@code <name>-0.<name>}); it exposes the tier's port when it has one.
 *   <li>{@link #clusterIp}: for a stateless tier that declares a {@code port} (unless
 *       {@code service.enabled} is {@code false}), {@code type: ClusterIP}.
 * </ul>
 *
 * The one port is named {@code service.portName} (default {@code main}), listens on
 * {@code service.port} (default: the container port), targets the container port by that name, and
 * carries {@code service.appProtocol} when set. {@code publishNotReadyAddresses} stays at its
 * default.
 */
final class ServiceCompiler {
  private ServiceCompiler() {}

  static Service headless(TierIdentity id, Tier tier) {
    ServiceSpec spec = new ServiceSpec();
    spec.setClusterIP("None");
    return service(id, tier, spec);
  }

  static Service clusterIp(TierIdentity id, Tier tier) {
    ServiceSpec spec = new ServiceSpec();
    spec.setType("ClusterIP");
    return service(id, tier, spec);
  }

  private static Service service(TierIdentity id, Tier tier, ServiceSpec spec) {
    spec.setSelector(new LinkedHashMap<>(id.selector()));
    if (tier.port() != null) {
      ServiceSettings settings = tier.pod().service();
      ServicePort port = new ServicePort();
      port.setName(settings.portNameOrDefault());
      port.setPort(settings.port() != null ? settings.port() : tier.port());
      port.setTargetPort(new IntOrString(settings.portNameOrDefault()));
      port.setProtocol("TCP");
      port.setAppProtocol(settings.appProtocol());
      spec.getPorts().add(port);
    }
    Service service = new Service();
    service.setMetadata(id.objectMeta());
    service.setSpec(spec);
    return service;
  }
}
