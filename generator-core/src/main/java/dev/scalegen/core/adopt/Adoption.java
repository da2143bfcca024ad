package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec in overlay mode checked against its base: the base as read, the workload each adopting
 * tier scales, and every problem found ({@code SG430}-{@code SG438}). A spec without {@code base}
 * has {@link #NONE}. Pure apart from reading the base's files; never throws for bad input.
 */
public record Adoption(BaseManifests base, Map<String, AdoptedWorkload> workloads, List<Diagnostic> diagnostics) {

  /** The adoption of a spec that lays nothing over a base. */
  public static final Adoption NONE = new Adoption(null, Map.of(), List.of());

  /** Every check against the base, after the workloads are found. */
  static final List<AdoptionRule> RULES = List.of(
      new WorkerCountRule(),
      new AdoptedRequestsRule(),
      new BaseAutoscalerRule(),
      new AdoptedNamespaceRule(),
      new ReplicasMigrationRule());

  public Adoption {
    workloads = Map.copyOf(workloads);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Reads the base of {@code spec} and checks each adopting tier against it.
   *
   * @param specDir the spec's folder, against which {@code base} is resolved
   * @param displayDir that folder as diagnostics name it ({@code ""} for the working directory)
   */
  public static Adoption of(ScalingSpec spec, Path specDir, String displayDir) {
    if (!spec.overlay()) {
      return NONE;
    }
    BaseManifests base = BaseReader.read(specDir, displayDir, spec.base(), spec.source().valueAt("/base"));
    List<Diagnostic> diagnostics = new ArrayList<>(base.problems());
    Map<String, AdoptedWorkload> workloads = new LinkedHashMap<>();
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted() && tier.adopt().kind() != null && tier.adopt().name() != null) {
        String at = "/tiers/" + SourceMap.escape(tier.name()) + "/adopt";
        AdoptedWorkload found = WorkloadLookup.find(tier, base, spec.source(), at, diagnostics);
        if (found != null) {
          workloads.put(tier.name(), found);
          for (AdoptionRule rule : RULES) {
            rule.check(spec, tier, found, base, diagnostics);
          }
        }
      }
    }
    return new Adoption(base, workloads, diagnostics);
  }
}
