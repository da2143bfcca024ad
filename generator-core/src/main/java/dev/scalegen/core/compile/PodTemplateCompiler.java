package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod template shared by Deployments and StatefulSets: the tier's labels, its pod annotations,
 * one container, no service account token ({@code automountServiceAccountToken: false}: application
 * pods do not talk to the API server; also with a {@code serviceAccountName}, which workload
 * identity webhooks need, not the token), the restrictive pod security context, the volumes of its
 * writable paths, the image pull secrets, and placement; then the tier's {@code podTemplate}
 * fragment merged in ({@link PodTemplateMerger}).
 */
final class PodTemplateCompiler {
  private PodTemplateCompiler() {}

  static PodTemplateSpec compile(TierIdentity id, Tier tier, Map<String, NodePool> pools,
      TierScale scale) {
    PodSpec pod = new PodSpec();
    pod.setAutomountServiceAccountToken(false);
    pod.setSecurityContext(SecurityContexts.pod(tier.securityContext()));
    pod.setContainers(new ArrayList<>(List.of(ContainerCompiler.compile(tier))));
    pod.setVolumes(VolumeCompiler.volumes(tier));
    pod.setServiceAccountName(tier.pod().serviceAccountName());
    if (!tier.pod().imagePullSecrets().isEmpty()) {
      List<LocalObjectReference> secrets = new ArrayList<>();
      tier.pod().imagePullSecrets().forEach(name -> secrets.add(new LocalObjectReference(name)));
      pod.setImagePullSecrets(secrets);
    }
    PlacementCompiler.place(pod, tier, pools, scale, id);
    Map<String, String> annotations = new TreeMap<>(id.annotations());
    annotations.putAll(tier.annotations());
    ObjectMeta meta = new ObjectMeta();
    meta.setLabels(new LinkedHashMap<>(id.labels()));
    meta.setAnnotations(annotations.isEmpty() ? null : new LinkedHashMap<>(annotations));
    PodTemplateSpec template = new PodTemplateSpec();
    template.setMetadata(meta);
    template.setSpec(pod);
    if (tier.pod().podTemplate() != null) {
      PodTemplateMerger.merge(template, tier.pod().podTemplate().template(), tier.name());
    }
    return template;
  }
}
