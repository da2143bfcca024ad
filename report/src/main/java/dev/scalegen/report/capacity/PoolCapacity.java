package dev.scalegen.report.capacity;

import dev.scalegen.report.nodes.NodeShape;
import java.util.List;

/**
 * One node pool in one set: whether it is spot, the node shape it is packed on, the totals of its
 * tiers at their minimum and maximum, and the nodes those need ({@link
 * dev.scalegen.report.nodes.BinPacking}); {@code unplaceable} names, once per tier, the tiers whose
 * pod is larger than a node.
 */
public record PoolCapacity(String name, boolean spot, NodeShape shape, Amount atMin, Amount atMax, int nodesAtMin,
    int nodesAtMax, List<String> unplaceable) {

  public PoolCapacity {
    unplaceable = List.copyOf(unplaceable);
  }
}
