package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a valid spec into fabric8 objects, tier by tier, in the order of the file. Schedules and
 * scenarios are not rendered here yet (only the PDB looks at schedules, for the lowest minimum).
 * Pure: same spec and options, same objects.
 */
public final class SpecCompiler {

  /** The objects, and diagnostics for anything that could not be compiled (no objects then). */
  public record Compilation(List<CompiledTier> tiers, List<Diagnostic> diagnostics) {
    public Compilation {
      tiers = List.copyOf(tiers);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private SpecCompiler() {}

  public static Compilation compile(ScalingSpec spec, Options options) {
    List<Diagnostic> problems = new ArrayList<>();
    List<CompiledTier> tiers = new ArrayList<>();
    for (Tier tier : spec.tiers().values()) {
      TierIdentity id = TierIdentity.of(spec.metadata(), tier);
      List<Diagnostic> tierProblems = CompileChecks.check(id, tier, spec.source());
      if (!tierProblems.isEmpty()) {
        problems.addAll(tierProblems);
        continue;
      }
      tiers.add(new CompiledTier(tier.name(), compileTier(spec, id, tier)));
    }
    return problems.isEmpty() ? new Compilation(tiers, List.of()) : new Compilation(List.of(), problems);
  }

  private static List<HasMetadata> compileTier(ScalingSpec spec, TierIdentity id, Tier tier) {
    List<HasMetadata> objects = new ArrayList<>();
    String kind;
    if (tier.stateful()) {
      kind = "StatefulSet";
      objects.add(StatefulSetCompiler.compile(id, tier, spec.nodePools()));
      objects.add(ServiceCompiler.headless(id, tier));
    } else {
      kind = "Deployment";
      objects.add(DeploymentCompiler.compile(id, tier, spec.nodePools()));
    }
    if (tier.autoscaled()) {
      objects.add(HpaCompiler.compile(id, tier.autoscaling(), kind));
    }
    PdbCompiler.compile(id, tier, spec.schedules().values()).ifPresent(objects::add);
    return objects;
  }
}
