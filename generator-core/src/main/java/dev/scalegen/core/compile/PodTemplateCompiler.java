package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod template shared by Deployments and StatefulSets: the tier's labels, its pod annotations,
 * one container, no service account token ({@code automountServiceAccountToken: false}: application
 * pods do not talk to the API server), the restrictive pod security context, and placement.
 */
final class PodTemplateCompiler {
  private PodTemplateCompiler() {}

  static PodTemplateSpec compile(TierIdentity id, Tier tier, Map<String, NodePool> pools) {
    PodSpecBuilder pod = new PodSpecBuilder()
        .withAutomountServiceAccountToken(false)
        .withSecurityContext(SecurityContexts.pod(tier.securityContext()))
        .withContainers(ContainerCompiler.compile(tier));
    PlacementCompiler.place(pod, tier, pools, id);
    Map<String, String> annotations = new TreeMap<>(id.annotations());
    annotations.putAll(tier.annotations());
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .withLabels(new LinkedHashMap<>(id.labels()))
        .withAnnotations(annotations.isEmpty() ? null : new LinkedHashMap<>(annotations))
        .endMetadata()
        .withSpec(pod.build())
        .build();
  }
}
