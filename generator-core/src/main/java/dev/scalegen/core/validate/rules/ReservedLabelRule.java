package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;
import java.util.Map;

/**
 * Label keys under {@code kubernetes.io/}, {@code k8s.io/} and their subdomains are reserved for
 * Kubernetes ({@code SG217}); {@code app.kubernetes.io/} labels are the ones scalegen sets itself.
 * A node pool's {@code nodeLabel} may use only the well-known node labels there: any other key
 * under those prefixes, such as the seed guide's {@code kubernetes.io/instance-type: spot}, selects
 * no node. Keys that are not valid label keys at all are left to {@link LabelSyntaxRule}.
 */
public final class ReservedLabelRule implements Rule {

  /** Node labels under reserved prefixes that nodes carry. */
  static final List<String> WELL_KNOWN_NODE_LABELS = List.of(
      "kubernetes.io/arch", "kubernetes.io/os", "kubernetes.io/hostname", "node.kubernetes.io/instance-type",
      "topology.kubernetes.io/zone", "topology.kubernetes.io/region");

  private static final String SPOT_PRESETS =
      "`eks-spot`, `karpenter-spot`, `gke-spot`, `gke-preemptible` or `aks-spot`";

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    if (spec.metadata() != null) {
      labels(spec.metadata().labels(), "/metadata/labels", report);
    }
    for (Tier tier : spec.tiers().values()) {
      labels(tier.labels(), Pointers.tier(tier.name()) + "/labels", report);
    }
    for (NodePool pool : spec.nodePools().values()) {
      NodePool.NodeLabel label = pool.nodeLabel();
      if (label != null && label.key() != null && reserved(label.key())
          && !WELL_KNOWN_NODE_LABELS.contains(label.key())) {
        nodeLabel(label, Pointers.nodePool(pool.name()) + "/nodeLabel/key", report);
      }
    }
  }

  private static void labels(Map<String, String> labels, String at, Reporter report) {
    for (String key : labels.keySet()) {
      if (!reserved(key)) {
        continue;
      }
      String prefix = LabelSyntax.prefix(key);
      String name = key.substring(prefix.length() + 1);
      String hint = prefix.equals("app.kubernetes.io")
          ? "remove it: scalegen sets `app.kubernetes.io/name`, `instance`, `component`, `part-of`, `version`"
              + " and `managed-by` itself"
          : "use a prefix your organisation owns, such as `example.com/" + name + "`";
      report.key(Code.RESERVED_LABEL, SourceMap.child(at, key),
          "`" + SourceMap.dotted(at) + "` key `" + key + "` is under `" + prefix
              + "/`, a prefix reserved for Kubernetes",
          hint);
    }
  }

  private static void nodeLabel(NodePool.NodeLabel label, String pointer, Reporter report) {
    String selector = "`" + label.key() + (label.value() == null ? "" : ": " + label.value()) + "`";
    if (label.key().equals("kubernetes.io/instance-type")) {
      report.value(Code.RESERVED_LABEL, pointer,
          "`nodeLabel` " + selector + " matches no node: no node carries a `kubernetes.io/instance-type` label,"
              + " and spot capacity is marked by a provider-specific label",
          "for spot nodes use the preset " + SPOT_PRESETS + " and remove `nodeLabel`;"
              + " to select a machine type use `node.kubernetes.io/instance-type`");
      return;
    }
    report.value(Code.RESERVED_LABEL, pointer,
        "`nodeLabel` " + selector + " is under `" + LabelSyntax.prefix(label.key())
            + "/`, a prefix reserved for Kubernetes, and is not a well-known node label, so it is likely to match no node",
        "use a well-known node label (`" + String.join("`, `", WELL_KNOWN_NODE_LABELS)
            + "`) or the label your provider sets; for spot nodes use the preset " + SPOT_PRESETS);
  }

  /** Whether a valid key's prefix is {@code kubernetes.io}, {@code k8s.io} or a subdomain of either. */
  static boolean reserved(String key) {
    if (LabelSyntax.keyProblem(key) != null) {
      return false;
    }
    String prefix = LabelSyntax.prefix(key);
    return prefix.equals("kubernetes.io") || prefix.equals("k8s.io")
        || prefix.endsWith(".kubernetes.io") || prefix.endsWith(".k8s.io");
  }
}
