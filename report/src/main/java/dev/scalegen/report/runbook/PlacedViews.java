package dev.scalegen.report.runbook;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.report.runbook.RunbookModel.PlacedView;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline's tiers placed on a node pool, as their pods ask for it: the node label of a
 * required placement ({@code nodeSelector}) or of a preferred one (node affinity), and the taints
 * the pods tolerate. The pool's name, preset and mode come from the spec.
 */
final class PlacedViews {

  private PlacedViews() {}

  static List<PlacedView> of(ScalingSpec spec, GeneratedSets generated, String set) {
    List<PlacedView> views = new ArrayList<>();
    for (Tier tier : spec.tiers().values()) {
      if (tier.placement() == null || tier.placement().pool() == null) {
        continue;
      }
      HasMetadata workload = generated.workload(set, tier.name());
      PodSpec pod = workload instanceof StatefulSet s ? s.getSpec().getTemplate().getSpec()
          : ((Deployment) workload).getSpec().getTemplate().getSpec();
      Map<String, String> selector = workload instanceof StatefulSet s ? s.getSpec().getSelector().getMatchLabels()
          : ((Deployment) workload).getSpec().getSelector().getMatchLabels();
      String label = nodeLabel(pod);
      if (label == null) {
        continue;
      }
      NodePool pool = spec.nodePools().get(tier.placement().pool());
      boolean required = pod.getNodeSelector() != null && !pod.getNodeSelector().isEmpty();
      views.add(new PlacedView(tier.name(), workload.getMetadata().getName(),
          workload.getKind().toLowerCase(Locale.ROOT), TierViews.selector(selector), tier.placement().pool(),
          pool == null || pool.preset() == null ? "custom" : pool.preset(), required ? "required" : "preferred",
          label, tolerations(pod), required));
    }
    return views;
  }

  /** {@code key=value} of the node label the pods select or prefer. */
  private static String nodeLabel(PodSpec pod) {
    if (pod.getNodeSelector() != null && !pod.getNodeSelector().isEmpty()) {
      return TierViews.selector(pod.getNodeSelector());
    }
    if (pod.getAffinity() == null || pod.getAffinity().getNodeAffinity() == null) {
      return null;
    }
    for (PreferredSchedulingTerm term : pod.getAffinity().getNodeAffinity()
        .getPreferredDuringSchedulingIgnoredDuringExecution()) {
      for (NodeSelectorRequirement r : term.getPreference().getMatchExpressions()) {
        if ("In".equals(r.getOperator()) && r.getValues().size() == 1) {
          return r.getKey() + "=" + r.getValues().get(0);
        }
      }
    }
    return null;
  }

  private static String tolerations(PodSpec pod) {
    if (pod.getTolerations() == null || pod.getTolerations().isEmpty()) {
      return null;
    }
    List<String> text = new ArrayList<>();
    for (Toleration t : pod.getTolerations()) {
      text.add("`" + t.getKey() + ("Exists".equals(t.getOperator()) ? "" : "=" + t.getValue())
          + (t.getEffect() == null ? "" : ":" + t.getEffect()) + "`");
    }
    return String.join(", ", text);
  }
}
