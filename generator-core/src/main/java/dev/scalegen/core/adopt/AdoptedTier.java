package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Tier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An imported tier in overlay mode ({@code scalegen import --adopt}): it adopts its workload of the
 * base, by kind and name (and container, when the pod has several), and keeps only what overlay
 * mode owns: {@code workers}, {@code resources}, {@code replicas} or {@code autoscaling}, and
 * {@code placement}. The image, command, env, probes, volumes, Service and the rest stay the base's,
 * so they are neither written nor reported as not carried ({@code SG408}). A tier whose HPA was
 * folded in takes it over ({@code adopt.takeOver: true}): the overlay removes the base's HPA in
 * favour of scalegen's, which scales the same workload with the same bounds and behaviour.
 */
final class AdoptedTier {

  private AdoptedTier() {}

  /** {@code tier} (read from {@code w}) reduced to what an adopted tier sets. */
  static Tier of(Tier tier, WorkloadReader.Workload w, boolean takeOver) {
    Tier.Adopt adopt = new Tier.Adopt(w.document().kind(), w.name(), w.container(), takeOver);
    return new Tier(tier.name(), null, List.of(), List.of(), null, Map.of(), tier.workers(), tier.resources(),
        tier.replicas(), tier.autoscaling(), tier.placement(), false, Map.of(), Map.of(), null, null, adopt);
  }

  /** Whether a finding still matters in overlay mode: what the base keeps is not "not carried". */
  static boolean reported(Diagnostic d) {
    return d.code() != Code.NOT_CARRIED;
  }

  /** The first comment lines above an adopted tier: what it adopts, from where, and what it takes over. */
  static List<String> origin(WorkloadReader.Workload w, String hpa, boolean autoscaled) {
    String adopts = "Adopts " + w.document().describe() + " of " + w.document().source().name() + ".";
    if (hpa == null) {
      return List.of(adopts);
    }
    return List.of(adopts, "`takeOver`: the overlay removes its HorizontalPodAutoscaler `" + hpa + "`"
        + (autoscaled ? "; scalegen's HPA replaces it." : ": a stateful tier keeps a fixed `replicas`."));
  }

  /** The header of an overlay spec, made from {@code from} (the input, as the user named it). */
  static List<String> header(String from) {
    return List.of(
        "Made by `scalegen import --adopt` from " + from + ": overlay mode, see docs/adopting.md.",
        "Each tier adopts its workload of `base`, which keeps its image, env, probes, volumes and Services;",
        "the spec sets only what the overlay patches: resources, workers, replicas or autoscaling, placement.",
        "The comments above a tier list its manifests' mistakes; the overlay corrects those in the fields",
        "it owns (docs/import.md). Review, then `scalegen generate -o DIR` and `kubectl apply -k DIR/base`.");
  }

  /**
   * The spec's {@code base}: the one input, relative to the folder of the written spec, with
   * {@code /} separators ({@code .} when the spec is written into the input folder itself).
   */
  static String base(List<Path> inputs, String output) {
    if (inputs.size() != 1) {
      throw new IllegalArgumentException("an overlay import reads one base (a folder or a file), not " + inputs.size());
    }
    Path folder = Path.of(output).toAbsolutePath().normalize().getParent();
    Path relative = folder.relativize(inputs.get(0).toAbsolutePath().normalize());
    String text = relative.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
