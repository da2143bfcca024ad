package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.adopt.AdoptedWorkload;
import dev.scalegen.core.adopt.Adoption;
import dev.scalegen.core.adopt.BaseObject;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles one set of a spec in overlay mode. A tier that adopts a workload of the base becomes
 * its workload patch ({@link WorkloadPatchCompiler}), its HPA and PDB, named after the workload's
 * <b>real</b> name and selecting its pods by the base's own selector; a tier that does not is
 * generated as usual. The schedule jobs patch the real names. An HPA or PDB of the base that a
 * tier takes over ({@code adopt.takeOver}) is replaced in place when it is of the same version and
 * name as scalegen's ({@code $patch: replace} on its {@code spec}: kustomize refuses two objects of
 * one id), else removed ({@code $patch: delete}) next to scalegen's. Pure, like {@link SpecCompiler}.
 */
public final class OverlayCompiler {

  /** The tiers of the set in the order of the spec, the scheduler last; diagnostics instead when a tier cannot be compiled. */
  public record Compilation(List<OverlayTier> tiers, List<Diagnostic> diagnostics) {
    public Compilation {
      tiers = List.copyOf(tiers);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private OverlayCompiler() {}

  public static Compilation compile(ScalingSpec spec, Adoption adoption, Options options) {
    List<OverlayTier> tiers = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    TierScale scale = TierScale.of(spec.schedules().values());
    for (Tier tier : spec.tiers().values()) {
      AdoptedWorkload w = adoption.workloads().get(tier.name());
      if (w == null) {
        TierIdentity id = TierIdentity.of(spec.metadata(), tier);
        List<Diagnostic> found = CompileChecks.check(id, tier, spec.source());
        problems.addAll(found);
        if (found.isEmpty()) {
          tiers.add(new OverlayTier(tier.name(), SpecCompiler.compileTier(spec, scale, id, tier, options), List.of()));
        }
        continue;
      }
      names.put(tier.name(), w.name());
      TierIdentity id = identity(spec, tier, w);
      List<HasMetadata> resources = new ArrayList<>();
      List<HasMetadata> patches = new ArrayList<>(List.of(WorkloadPatchCompiler.compile(spec, scale, tier, w, id)));
      boolean keda = tier.autoscaled() && tier.autoscaling().usesKeda();
      HorizontalPodAutoscaler hpa = tier.autoscaled() && !keda
          ? HpaCompiler.compile(id, tier.autoscaling(), w.kind()) : null;
      takeOver(w, hpa, "autoscaling/v2", resources, patches);
      if (keda) {  // KEDA's own HPA replaces the base's, which takeOver has removed
        resources.add(KedaCompiler.compile(id, tier.autoscaling(), w.kind()));
        resources.addAll(TriggerAuthCompiler.compile(id, tier.autoscaling().keda()));
      }
      takeOver(w, PdbCompiler.compile(id, tier, scale, options).orElse(null), "policy/v1",
          resources, patches);
      tiers.add(new OverlayTier(tier.name(), resources, patches));
    }
    if (!problems.isEmpty()) {
      return new Compilation(List.of(), problems);
    }
    ScheduleCompiler.compile(spec, options, names)
        .ifPresent(s -> tiers.add(new OverlayTier(s.tier(), s.objects(), List.of())));
    return new Compilation(tiers, List.of());
  }

  /** Names and labels of the objects scalegen adds for an adopted workload (rule 8, with the base's selector). */
  static TierIdentity identity(ScalingSpec spec, Tier tier, AdoptedWorkload w) {
    Map<String, String> labels = new TreeMap<>(spec.metadata().labels());
    labels.put(TierIdentity.NAME, tier.name());
    labels.put(TierIdentity.INSTANCE, w.name());
    labels.put(TierIdentity.COMPONENT, tier.name());
    labels.put(TierIdentity.PART_OF, spec.metadata().name());
    labels.put(TierIdentity.MANAGED_BY, "scalegen");
    return new TierIdentity(tier.name(), w.name(), spec.metadata().namespace(), labels, w.selector(),
        spec.metadata().annotations());
  }

  /**
   * Places {@code ours} (or nothing) among the resources, and deals with each object of its kind
   * that the tier takes over from the base: replaced by {@code ours} when version and name match,
   * else removed.
   */
  private static void takeOver(AdoptedWorkload w, HasMetadata ours, String apiVersion, List<HasMetadata> resources,
      List<HasMetadata> patches) {
    String kind = apiVersion.startsWith("policy") ? "PodDisruptionBudget" : "HorizontalPodAutoscaler";
    boolean replaced = false;
    for (BaseObject theirs : w.takenOver()) {
      if (!kind.equals(theirs.kind())) {
        continue;
      }
      if (ours != null && !replaced && apiVersion.equals(theirs.apiVersion())
          && theirs.name().equals(ours.getMetadata().getName())) {
        if (ours instanceof HorizontalPodAutoscaler hpa) {
          hpa.getSpec().setAdditionalProperty(OverlayPlacement.PATCH, "replace");
        } else if (ours instanceof PodDisruptionBudget pdb) {
          pdb.getSpec().setAdditionalProperty(OverlayPlacement.PATCH, "replace");
        }
        patches.add(ours);
        replaced = true;
      } else {
        patches.add(removal(theirs));
      }
    }
    if (ours != null && !replaced) {
      resources.add(ours);
    }
  }

  /** A patch that removes {@code theirs} from the rendered base. */
  private static HasMetadata removal(BaseObject theirs) {
    GenericKubernetesResource removal = new GenericKubernetesResource();
    removal.setApiVersion(theirs.apiVersion());
    removal.setKind(theirs.kind());
    ObjectMeta meta = new ObjectMeta();
    meta.setName(theirs.name());
    meta.setNamespace(theirs.namespace());
    removal.setMetadata(meta);
    removal.setAdditionalProperty(OverlayPlacement.PATCH, "delete");
    return removal;
  }
}
