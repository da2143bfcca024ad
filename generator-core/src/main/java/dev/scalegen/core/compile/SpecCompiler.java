package dev.scalegen.core.compile;

import dev.scalegen.core.InParallel;
import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compiles a valid spec into fabric8 objects, tier by tier, in the order of the file, then the
 * objects of its schedules ({@link ScheduleCompiler}, folder {@code scheduler}). One call compiles
 * one set: to render a scenario, pass its effective spec
 * ({@link dev.scalegen.core.spec.ScenarioResolver}). Pure: same spec and options, same objects, in
 * the same order. The tiers are compiled on this thread and the common fork-join pool together
 * ({@link InParallel}); the schedules after them, on this thread.
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

  /** What {@link #compile(ScalingSpec, Options, Function)} made of each tier, or the diagnostics (nothing made then). */
  public record Made<T>(List<T> tiers, List<Diagnostic> diagnostics) {
    public Made {
      tiers = List.copyOf(tiers);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** One tier's objects, or what stopped it from being compiled. */
  private record Compiled<T>(T tier, List<Diagnostic> problems) {}

  public static Compilation compile(ScalingSpec spec, Options options) {
    Made<CompiledTier> made = compile(spec, options, tier -> tier);
    return new Compilation(made.tiers(), made.diagnostics());
  }

  /**
   * As {@link #compile(ScalingSpec, Options)}, handing each compiled tier to {@code then} on the
   * thread that compiled it and keeping what it returns: a caller that writes the objects at once
   * lets them be collected young instead of holding every tier's object graphs until the last is
   * written, copied by every collection meanwhile (5,000 tiers: 0.2 s less, docs/benchmarks.md). The
   * scheduler's tier is compiled last and handed over on this thread. {@code then} must be
   * thread-safe.
   */
  public static <T> Made<T> compile(ScalingSpec spec, Options options, Function<CompiledTier, T> then) {
    List<T> tiers = new ArrayList<>(spec.tiers().size() + 1);
    List<Diagnostic> problems = new ArrayList<>();
    TierScale scale = TierScale.of(spec.schedules().values());
    for (Compiled<T> compiled : InParallel.map(List.copyOf(spec.tiers().values()), tier -> {
      TierIdentity id = TierIdentity.of(spec.metadata(), tier);
      List<Diagnostic> found = CompileChecks.check(id, tier, spec.source());
      return found.isEmpty()
          ? new Compiled<>(then.apply(new CompiledTier(tier.name(), compileTier(spec, scale, id, tier, options))), found)
          : new Compiled<T>(null, found);
    })) {
      if (compiled.tier() != null) {
        tiers.add(compiled.tier());
      }
      problems.addAll(compiled.problems());
    }
    if (!problems.isEmpty()) {
      return new Made<>(List.of(), problems);
    }
    ScheduleCompiler.compile(spec, options).map(then).ifPresent(tiers::add);
    return new Made<>(tiers, List.of());
  }

  /** The objects of one tier; {@code scale} is {@link TierScale#of} the set's schedules, made once per set. */
  static List<HasMetadata> compileTier(ScalingSpec spec, TierScale scale, TierIdentity id, Tier tier,
      Options options) {
    List<HasMetadata> objects = new ArrayList<>();
    String kind;
    if (tier.stateful()) {
      kind = "StatefulSet";
      StatefulSet statefulSet = StatefulSetCompiler.compile(id, tier, spec.nodePools(), scale);
      StopCompiler.apply(statefulSet.getSpec().getTemplate().getSpec(), tier, options);
      ZoneSpreadCompiler.apply(statefulSet.getSpec().getTemplate().getSpec(), tier, scale, id,
          options, false);
      objects.add(statefulSet);
      objects.add(ServiceCompiler.headless(id, tier));
    } else {
      kind = "Deployment";
      Deployment deployment = DeploymentCompiler.compile(id, tier, spec.nodePools(), scale);
      StopCompiler.apply(deployment.getSpec().getTemplate().getSpec(), tier, options);
      ZoneSpreadCompiler.apply(deployment.getSpec().getTemplate().getSpec(), tier, scale, id,
          options, true);
      objects.add(deployment);
      if (tier.port() != null && tier.pod().service().enabledOrDefault()) {
        objects.add(ServiceCompiler.clusterIp(id, tier));
      }
    }
    if (tier.autoscaled() && tier.autoscaling().usesKeda()) {
      objects.add(KedaCompiler.compile(id, tier.autoscaling(), kind));
      objects.addAll(TriggerAuthCompiler.compile(id, tier.autoscaling().keda()));
    } else if (tier.autoscaled()) {
      objects.add(HpaCompiler.compile(id, tier.autoscaling(), kind));
    }
    PdbCompiler.compile(id, tier, scale, options).ifPresent(objects::add);
    return objects;
  }
}
