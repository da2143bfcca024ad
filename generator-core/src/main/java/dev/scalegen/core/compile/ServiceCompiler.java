package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpecBuilder;
import java.util.LinkedHashMap;

/**
 * The headless Service ({@code clusterIP: None}) that gives a StatefulSet's pods their stable DNS
 * names ({@code <name>-0.<name>}). It exposes the tier's port when it has one;
 * {@code publishNotReadyAddresses} stays at its default.
 */
final class ServiceCompiler {
  private ServiceCompiler() {}

  static Service headless(TierIdentity id, Tier tier) {
    ServiceSpecBuilder spec = new ServiceSpecBuilder()
        .withClusterIP("None")
        .withSelector(new LinkedHashMap<>(id.selector()));
    if (tier.port() != null) {
      spec.addNewPort()
          .withName("main")
          .withPort(tier.port())
          .withTargetPort(new IntOrString(tier.port()))
          .withProtocol("TCP")
          .endPort();
    }
    return new ServiceBuilder().withMetadata(id.objectMeta()).withSpec(spec.build()).build();
  }
}
