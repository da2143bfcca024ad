package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles a valid spec into fabric8 objects, tier by tier, in the order of the file. Schedules and
 * scenarios are not rendered here yet (only the PDB looks at schedules, for the lowest minimum).
 * Pure: same spec and options, same objects.
 */
public final class SpecCompiler {

  /** Longest object name: DNS-1123 label (63), less 11 for a StatefulSet's {@code controller-revision-hash} suffix. */
  static final int MAX_NAME = 63;
  static final int MAX_STATEFUL_NAME = 52;
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

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
      Diagnostic nameProblem = checkName(id, tier, spec.source());
      if (nameProblem != null) {
        problems.add(nameProblem);
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

  /**
   * Rule 9, as a last line of defence: the semantic rule {@code SG215} reports long names with their
   * position; the compiler refuses to emit an invalid name even if a rule let one through.
   */
  private static Diagnostic checkName(TierIdentity id, Tier tier, SourceMap source) {
    int limit = tier.stateful() ? MAX_STATEFUL_NAME : MAX_NAME;
    String pointer = SourceMap.child("/tiers", tier.name());
    if (!DNS_LABEL.matcher(id.name()).matches()) {
      return Diagnostic.of(Code.BAD_NAME, source.keyAt(pointer),
          "generated name `" + id.name() + "` is not a DNS-1123 label",
          "use lower-case letters, digits and `-` in `metadata.name` and tier names");
    }
    if (id.name().length() > limit) {
      return Diagnostic.of(Code.NAME_TOO_LONG, source.keyAt(pointer),
          "generated name `" + id.name() + "` has " + id.name().length() + " characters, more than the "
              + limit + " a " + (tier.stateful() ? "StatefulSet" : "Deployment") + " allows",
          "shorten `metadata.name` or the tier name by " + (id.name().length() - limit) + " characters");
    }
    return null;
  }
}
