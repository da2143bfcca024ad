package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.util.List;
import java.util.Objects;

/**
 * {@code SG437}: the objects scalegen adds (HPA, PDB, schedule jobs) live in the spec's
 * {@code metadata.namespace}, so an adopted workload must be applied in that same namespace (its
 * own {@code metadata.namespace}, or the one its kustomization sets; none for none). An overlay
 * never rewrites the base's namespace. Located at the spec's namespace, else at the workload's own.
 */
final class AdoptedNamespaceRule implements AdoptionRule {

  @Override
  public void check(ScalingSpec spec, Tier tier, AdoptedWorkload w, BaseManifests base, List<Diagnostic> out) {
    String mine = spec.metadata().namespace();
    if (Objects.equals(mine, w.namespace())) {
      return;
    }
    String theirs = w.namespace() == null ? "no namespace" : "namespace `" + w.namespace() + "`";
    String ours = mine == null ? "sets no `metadata.namespace`" : "sets `metadata.namespace` `" + mine + "`";
    Location at = mine != null ? spec.source().valueAt("/metadata/namespace")
        : w.workload().at("/metadata/namespace") != null ? w.workload().location("/metadata/namespace")
        : spec.source().keyAt("/metadata");
    out.add(Diagnostic.of(Code.NAMESPACE_NOT_BASE, at,
        w.workload().id() + " is applied in " + theirs + " but the spec " + ours,
        mine == null ? "set `metadata.namespace: " + w.namespace() + "` in the spec"
            : w.namespace() == null ? "remove `metadata.namespace` from the spec, or give the base that namespace"
            : "set `metadata.namespace: " + w.namespace() + "` in the spec"));
  }
}
