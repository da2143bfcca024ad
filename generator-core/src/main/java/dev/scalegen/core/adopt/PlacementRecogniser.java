package dev.scalegen.core.adopt;

import dev.scalegen.core.compile.SpotPreset;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recognises a pod's node pool from the labels real nodes carry: a {@code nodeSelector} entry
 * (placement {@code required}) or a node affinity on one label with one value ({@code required} or
 * {@code preferred}), mapped to the preset that selects that label
 * ({@code karpenter.sh/capacity-type: spot} is {@code karpenter-spot}, and so on, as
 * {@link SpotPreset} knows them); another label becomes a {@code custom} pool. Tolerations of the
 * preset's own taint are implied; others become the pool's. A spot selector on
 * {@code kubernetes.io/instance-type} (the DocVault guide's), a label whose values are machine types,
 * is {@code SG405}: no node has it, so the pods never ran anywhere, and no pool is made of it.
 */
final class PlacementRecogniser {

  /** The pool the pods run on and the tier's placement in it. */
  record Placed(NodePool pool, Tier.Placement placement) {}

  private static final List<String> INSTANCE_TYPE = List.of(
      "kubernetes.io/instance-type", "node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type");

  private PlacementRecogniser() {}

  static Placed recognise(Findings findings, PodSpec pod, String at) {
    Placed placed = null;
    Map<String, String> selector = pod.getNodeSelector() == null ? Map.of() : pod.getNodeSelector();
    for (Map.Entry<String, String> e : selector.entrySet()) {
      String pointer = at + "/nodeSelector/" + ManifestParser.escape(e.getKey());
      Placed p = label(findings, pointer, e.getKey(), e.getValue(), "required");
      if (p != null && placed == null) {
        placed = p;
      } else if (p != null || !INSTANCE_TYPE.contains(e.getKey())) {
        findings.notCarried(pointer, "`nodeSelector` entry `" + e.getKey() + ": " + e.getValue() + "`",
            "a tier runs on one pool (`placement`); other node constraints go into the manifests by hand");
      }
    }
    var affinity = pod.getAffinity() == null ? null : pod.getAffinity().getNodeAffinity();
    if (affinity != null && placed == null) {
      var required = affinity.getRequiredDuringSchedulingIgnoredDuringExecution();
      if (required != null && required.getNodeSelectorTerms().size() == 1) {
        placed = expression(findings, required.getNodeSelectorTerms().get(0).getMatchExpressions(),
            at + "/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution", "required");
      } else if (affinity.getPreferredDuringSchedulingIgnoredDuringExecution().size() == 1) {
        placed = expression(findings, affinity.getPreferredDuringSchedulingIgnoredDuringExecution().get(0)
            .getPreference().getMatchExpressions(), at + "/affinity/nodeAffinity/preferredDuringSchedulingIgnoredDuringExecution", "preferred");
      }
    }
    if (pod.getAffinity() != null && (placed == null && affinity != null
        || pod.getAffinity().getPodAffinity() != null || pod.getAffinity().getPodAntiAffinity() != null)) {
      findings.notCarried(at + "/affinity", "`affinity`", "scalegen spreads pods itself; other affinities go into the manifests by hand");
    }
    return tolerations(findings, pod, at, placed);
  }

  private static Placed expression(Findings findings, List<NodeSelectorRequirement> terms, String pointer, String mode) {
    if (terms.size() == 1 && "In".equals(terms.get(0).getOperator()) && terms.get(0).getValues().size() == 1) {
      return label(findings, pointer, terms.get(0).getKey(), terms.get(0).getValues().get(0), mode);
    }
    return null;
  }

  private static Placed label(Findings findings, String pointer, String key, String value, String mode) {
    if (INSTANCE_TYPE.contains(key)) {
      if (value.equalsIgnoreCase("spot") || value.equalsIgnoreCase("preemptible")) {
        findings.reportKey(Code.INSTANCE_TYPE_SPOT, pointer,
            "`" + key + ": " + value + "` selects no node: `" + key + "` holds machine types such as `m5.large`, never `"
                + value + "`, so these pods stay Pending",
            "the spec places them with a preset that knows the provider's real spot label: `nodePools: {spot: {preset: karpenter-spot}}` "
                + "(or eks-spot, gke-spot, gke-preemptible, aks-spot) and `placement: {pool: spot}`");
      }
      return null;
    }
    for (SpotPreset preset : SpotPreset.values()) {
      if (preset != SpotPreset.CUSTOM) {
        NodePool.NodeLabel known = preset.label(new NodePool("spot", preset.id(), null, List.of()));
        if (known.key().equals(key) && known.value().equals(value)) {
          return new Placed(new NodePool("spot", preset.id(), null, List.of()), new Tier.Placement("spot", mode));
        }
      }
    }
    if (key.startsWith("kubernetes.io/") || key.contains(".kubernetes.io/")) {
      return null; // os, arch, zone: not a pool
    }
    String name = value.matches("[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?") && !value.matches("\\d+") ? value : "custom";
    return new Placed(new NodePool(name, SpotPreset.CUSTOM.id(), new NodePool.NodeLabel(key, value), List.of()),
        new Tier.Placement(name, mode));
  }

  private static Placed tolerations(Findings findings, PodSpec pod, String at, Placed placed) {
    List<NodePool.Toleration> own = new ArrayList<>();
    List<Toleration> tolerations = pod.getTolerations() == null ? List.of() : pod.getTolerations();
    for (int i = 0; i < tolerations.size(); i++) {
      Toleration t = tolerations.get(i);
      NodePool.Toleration read = new NodePool.Toleration(t.getKey(), t.getOperator(), t.getValue(), t.getEffect());
      boolean implied = placed != null && SpotPreset.byId(placed.pool().preset()).tolerations().stream()
          .anyMatch(p -> p.key().equals(t.getKey()) && p.effect().equals(t.getEffect()));
      if (implied) {
        continue;
      }
      if (placed != null && t.getKey() != null && t.getEffect() != null) {
        own.add(read);
      } else {
        findings.notCarried(at + "/tolerations/" + i, "toleration `" + t.getKey() + "`",
            "a tier tolerates the taints of its pool; declare the pool under `nodePools` with this toleration");
      }
    }
    if (placed == null || own.isEmpty()) {
      return placed;
    }
    NodePool p = placed.pool();
    return new Placed(new NodePool(p.name(), p.preset(), p.nodeLabel(), own), placed.placement());
  }
}
