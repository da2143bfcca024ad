package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles a valid spec into fabric8 objects, tier by tier, in the order of the file, then the
 * objects of its schedules ({@link ScheduleCompiler}, folder {@code scheduler}). One call compiles
 * one set: to render a scenario, pass its effective spec
 * ({@link dev.scalegen.core.spec.ScenarioResolver}). Pure: same spec and options, same objects, in
 * the same order (large specs are compiled on several threads, which changes nothing in the
 * result).
 */
public final class SpecCompiler {

  /** The objects, and diagnostics for anything that could not be compiled (no objects then). */
  public record Compilation(List<CompiledTier> tiers, List<Diagnostic> diagnostics) {
    public Compilation {
      tiers = List.copyOf(tiers);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Specs with this many tiers are compiled tiers in parallel (common fork-join pool); order is kept. */
  static final int PARALLEL_FROM = 64;

  private SpecCompiler() {}

  public static Compilation compile(ScalingSpec spec, Options options) {
    List<Tier> all = List.copyOf(spec.tiers().values());
    Stream<Tier> stream = all.size() >= PARALLEL_FROM ? all.parallelStream() : all.stream();
    List<Compilation> each = stream.map(tier -> compile(spec, tier, options)).toList();
    List<Diagnostic> problems = each.stream().flatMap(c -> c.diagnostics().stream()).toList();
    if (!problems.isEmpty()) {
      return new Compilation(List.of(), problems);
    }
    List<CompiledTier> tiers = new ArrayList<>(each.stream().flatMap(c -> c.tiers().stream()).toList());
    ScheduleCompiler.compile(spec, options).ifPresent(tiers::add);
    return new Compilation(tiers, List.of());
  }

  /** One tier: its objects, or the problems that keep it from compiling. */
  private static Compilation compile(ScalingSpec spec, Tier tier, Options options) {
    TierIdentity id = TierIdentity.of(spec.metadata(), tier);
    List<Diagnostic> problems = CompileChecks.check(id, tier, spec.source());
    if (!problems.isEmpty()) {
      return new Compilation(List.of(), problems);
    }
    return new Compilation(List.of(new CompiledTier(tier.name(), compileTier(spec, id, tier, options))), List.of());
  }

  private static List<HasMetadata> compileTier(ScalingSpec spec, TierIdentity id, Tier tier, Options options) {
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
    PdbCompiler.compile(id, tier, spec.schedules().values(), options).ifPresent(objects::add);
    return objects;
  }
}
