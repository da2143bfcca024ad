package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import java.util.List;

/**
 * The node pool presets of the brief's table: the label that selects each provider's spot nodes,
 * the taint those nodes carry, and whether on-demand nodes carry the same label key with another
 * value. Karpenter and EKS managed node groups set no taint of their own (a NodePool or node group
 * may declare one; the pool lists it under {@code tolerations}), and label every node they make
 * with its capacity type ({@code karpenter.sh/capacity-type: spot|on-demand},
 * {@code eks.amazonaws.com/capacityType: SPOT|ON_DEMAND}). GKE and AKS label only their spot nodes.
 */
public enum SpotPreset {
  EKS_SPOT("eks-spot", "eks.amazonaws.com/capacityType", "SPOT", false, true),
  KARPENTER_SPOT("karpenter-spot", "karpenter.sh/capacity-type", "spot", false, true),
  GKE_SPOT("gke-spot", "cloud.google.com/gke-spot", "true", true, false),
  GKE_PREEMPTIBLE("gke-preemptible", "cloud.google.com/gke-preemptible", "true", true, false),
  AKS_SPOT("aks-spot", "kubernetes.azure.com/scalesetpriority", "spot", true, false),
  /** No label or taint of its own: the pool's {@code nodeLabel} and {@code tolerations}. */
  CUSTOM("custom", null, null, false, false);

  private final String id;
  private final String labelKey;
  private final String labelValue;
  private final boolean tainted;
  private final boolean keyOnEveryNode;

  SpotPreset(String id, String labelKey, String labelValue, boolean tainted, boolean keyOnEveryNode) {
    this.id = id;
    this.labelKey = labelKey;
    this.labelValue = labelValue;
    this.tainted = tainted;
    this.keyOnEveryNode = keyOnEveryNode;
  }

  /** The name used in specs, e.g. {@code karpenter-spot}. */
  public String id() {
    return id;
  }

  /** The preset of that name. */
  public static SpotPreset byId(String id) {
    for (SpotPreset preset : values()) {
      if (preset.id.equals(id)) {
        return preset;
      }
    }
    throw new IllegalArgumentException("unknown node pool preset: " + id);
  }

  /** The node label of the pool: the pool's own {@code nodeLabel} when it has one, else the preset's. */
  public NodePool.NodeLabel label(NodePool pool) {
    if (pool.nodeLabel() != null) {
      return pool.nodeLabel();
    }
    if (labelKey == null) {
      throw new IllegalStateException("custom pool `" + pool.name() + "` has no nodeLabel");
    }
    return new NodePool.NodeLabel(labelKey, labelValue);
  }

  /**
   * Whether every node of the provider (spot or not) carries the key of the pool's label, so that a
   * topology spread on it has a spot and an on-demand domain: only for the EKS and Karpenter presets
   * with their own key. A key the pool names itself ({@code nodeLabel}, or a {@code custom} pool) is
   * not known to be on every node.
   */
  public boolean labelOnEveryNode(NodePool pool) {
    return keyOnEveryNode && (pool.nodeLabel() == null || labelKey.equals(pool.nodeLabel().key()));
  }

  /** The taints the preset's nodes carry ({@code key=value:NoSchedule}), before the pool's own. */
  public List<NodePool.Toleration> tolerations() {
    return tainted ? List.of(new NodePool.Toleration(labelKey, "Equal", labelValue, "NoSchedule")) : List.of();
  }
}
