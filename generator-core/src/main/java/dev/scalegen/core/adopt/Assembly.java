package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Metadata;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the objects read together into a spec: each workload with the HPA that targets it and its
 * Service, named after the application ({@link AppName}), its node pool declared once. An HPA whose
 * target is not among the manifests is {@code SG410}. Each tier's findings become its comments.
 * With a {@code base} (overlay mode), each tier adopts its workload instead ({@link AdoptedTier}).
 */
record Assembly(ScalingSpec spec, Map<String, List<String>> comments, List<Diagnostic> diagnostics) {

  static Assembly of(List<ManifestDocument> workloads, List<ManifestDocument> hpaDocuments,
      List<ManifestDocument> services, String name, String namespace, String base) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<HpaReader.Read> hpas = new ArrayList<>(hpaDocuments.stream().map(HpaReader::read).toList());
    List<WorkloadReader.Workload> read = new ArrayList<>();
    for (ManifestDocument d : workloads) {
      WorkloadReader.Workload w = WorkloadReader.read(d, diagnostics);
      if (w != null) {
        read.add(w);
      }
    }
    String app = AppName.of(name, read, namespace);
    Map<String, Tier> tiers = new LinkedHashMap<>();
    Map<String, NodePool> pools = new LinkedHashMap<>();
    Map<String, List<String>> comments = new LinkedHashMap<>();
    java.util.Set<ManifestDocument> matched = new java.util.HashSet<>();
    for (WorkloadReader.Workload w : read) {
      HpaReader.Read hpa = hpas.stream()
          .filter(h -> h.targetKind().equals(w.document().kind()) && h.targetName().equals(w.name()))
          .findFirst().orElse(null);
      if (hpa != null) {
        hpas.remove(hpa);
        w.findings().addAll(hpa.findings());
      }
      ScaleDecision.Scale scale = ScaleDecision.decide(w, hpa);
      var service = ServiceMatcher.match(w, services, matched);
      String tierName = AppName.tier(app, w.name(), tiers.keySet());
      Tier tier = w.as(tierName, scale.replicas(), scale.autoscaling(), service);
      if (w.pool() != null) {
        NodePool pool = w.pool();
        NodePool known = pools.get(pool.name());
        if (known != null && !known.equals(pool)) {
          // Another workload's pool took the name: this one is named after its preset (or label value).
          String other = pool.preset().equals("custom") ? pool.name() + "-2" : pool.preset();
          pool = new NodePool(other, pool.preset(), pool.nodeLabel(), pool.tolerations());
          known = pools.get(other);
        }
        if (known != null && !known.equals(pool)) {
          w.findings().notCarried("/spec/template/spec", "the node pool of " + w.document().describe()
              + " (it differs from pool `" + known.name() + "` of another workload)", "declare another pool by hand");
          tier = withPlacement(tier, null);
        } else {
          pools.putIfAbsent(pool.name(), pool);
          tier = withPlacement(tier, new Tier.Placement(pool.name(), tier.placement().mode()));
        }
      }
      if (base != null) {
        tier = AdoptedTier.of(tier, w, hpa != null);
      }
      tiers.put(tierName, tier);
      List<String> lines = new ArrayList<>(base != null
          ? AdoptedTier.origin(w, hpa == null ? null : hpa.findings().document().name(), tier.autoscaled())
          : List.of("From " + w.document().describe() + " in " + w.document().source().name() + "."));
      if (w.replicas() == null && scale.replicas() != null) {
        lines.add("`replicas: " + scale.replicas() + "`: the manifest sets none (Kubernetes' default is 1).");
      }
      List<Diagnostic> found = w.findings().diagnostics().stream().filter(d -> base == null || AdoptedTier.reported(d)).toList();
      found.forEach(d -> lines.addAll(Comments.of(d)));
      comments.put(tierName, lines);
      diagnostics.addAll(found);
    }
    if (base == null) {
      diagnostics.addAll(ServiceMatcher.unmatched(services, matched));
    }
    for (HpaReader.Read h : hpas) {
      diagnostics.addAll(h.findings().diagnostics());
      ManifestDocument d = h.findings().document();
      diagnostics.add(Diagnostic.of(Code.HPA_WITHOUT_TARGET, d.at("/spec/scaleTargetRef/name"),
          d.describe() + " scales " + h.targetKind() + " `" + h.targetName() + "`, which is not among the manifests read; it is not imported",
          "import the workload's manifest with it, or delete an HPA whose workload is gone"));
    }
    ScalingSpec spec = new ScalingSpec(new Metadata(app, namespace, Map.of(), Map.of()), pools, tiers, Map.of(), Map.of(),
        null, base, null);
    return new Assembly(spec, comments, diagnostics);
  }

  private static Tier withPlacement(Tier t, Tier.Placement placement) {
    return new Tier(t.name(), t.image(), t.command(), t.args(), t.port(), t.env(), t.workers(), t.resources(), t.replicas(),
        t.autoscaling(), placement, t.stateful(), t.labels(), t.annotations(), t.securityContext(), t.pod(), t.adopt());
  }
}
