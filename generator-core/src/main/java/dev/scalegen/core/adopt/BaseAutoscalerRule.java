package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.util.List;

/**
 * {@code SG434}: the base has its own HorizontalPodAutoscaler of the adopted workload, or a
 * PodDisruptionBudget that selects its pods, and the tier does not take them over
 * ({@code adopt.takeOver: true}). Two HPAs on one workload fight each other, and two PDBs on one
 * set of pods both count against a drain. Located at the base's object.
 */
final class BaseAutoscalerRule implements AdoptionRule {

  @Override
  public void check(ScalingSpec spec, Tier tier, AdoptedWorkload w, BaseManifests base, List<Diagnostic> out) {
    if (tier.adopt().takeOver()) {
      return;
    }
    String hint = "set `adopt.takeOver: true` on tier `" + tier.name()
        + "` so that the overlay replaces it, or remove it from the base";
    for (BaseObject hpa : base.autoscalersOf(w.workload())) {
      out.add(Diagnostic.of(Code.BASE_AUTOSCALER, hpa.location("/spec/scaleTargetRef/name"),
          "the base's HorizontalPodAutoscaler `" + hpa.name() + "` already scales " + w.workload().id()
              + ", which tier `" + tier.name() + "` adopts", hint));
    }
    for (BaseObject pdb : base.disruptionBudgetsOf(w.workload())) {
      out.add(Diagnostic.of(Code.BASE_AUTOSCALER, pdb.location("/spec/selector"),
          "the base's PodDisruptionBudget `" + pdb.name() + "` already selects the pods of " + w.workload().id()
              + ", which tier `" + tier.name() + "` adopts", hint));
    }
  }
}
