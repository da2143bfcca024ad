package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.util.List;

/**
 * {@code SG438}, a warning: the tier autoscales but the base's workload still sets
 * {@code spec.replicas}. The overlay removes the field, and a live Deployment whose applied
 * configuration had it drops to one replica on the next client-side {@code kubectl apply} (or
 * Argo CD sync) until the HPA reacts. docs/migration.md gives the safe steps. Located at the
 * base's {@code replicas}.
 */
final class ReplicasMigrationRule implements AdoptionRule {

  /** The Kubernetes page the safe steps come from. */
  static final String GUIDE = "docs/migration.md";

  @Override
  public void check(ScalingSpec spec, Tier tier, AdoptedWorkload w, BaseManifests base, List<Diagnostic> out) {
    if (!tier.autoscaled() || w.workload().at("/spec/replicas") == null) {
      return;
    }
    out.add(Diagnostic.of(Code.REPLICAS_IN_BASE, w.workload().location("/spec/replicas"),
        w.workload().id() + " sets `spec.replicas` " + w.workload().text("/spec/replicas") + " but tier `"
            + tier.name() + "` now autoscales: the overlay removes the field, and removing it from a live"
            + " object can drop it to 1 replica until the HPA reacts",
        "follow " + GUIDE + " for your apply method (kubectl, server-side apply, Argo CD, Flux) before the first sync,"
            + " then delete `replicas` from the base"));
  }
}
