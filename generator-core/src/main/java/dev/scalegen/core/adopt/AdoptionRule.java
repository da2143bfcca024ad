package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.util.List;

/** One check of an adopting tier against the workload it found in the base. */
interface AdoptionRule {
  void check(ScalingSpec spec, Tier tier, AdoptedWorkload workload, BaseManifests base, List<Diagnostic> out);
}
