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

  /** One tier's objects, or what stopped it from being compiled. */
  private record Compiled(CompiledTier tier, List<Diagnostic> problems) {}

  public static Compilation compile(ScalingSpec spec, Options options) {
    List<CompiledTier> tiers = new ArrayList<>(spec.tiers().size() + 1);
    List<Diagnostic> problems = new ArrayList<>();
    TierScale scale = TierScale.of(spec.schedules().values());
    for (Compiled compiled : InParallel.map(List.copyOf(spec.tiers().values()), tier -> {
      TierIdentity id = TierIdentity.of(spec.metadata(), tier);
      List<Diagnostic> found = CompileChecks.check(id, tier, spec.source());
      return found.isEmpty()
          ? new Compiled(new CompiledTier(tier.name(), compileTier(spec, scale, id, tier, options)), found)
          : new Compiled(null, found);
    })) {
      if (compiled.tier() != null) {
        tiers.add(compiled.tier());
      }
      problems.addAll(compiled.problems());
    }
    if (!problems.isEmpty()) {
      return new Compilation(List.of(), problems);
    }
    ScheduleCompiler.compile(spec, options).ifPresent(tiers::add);
    return new Compilation(tiers, List.of());
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
