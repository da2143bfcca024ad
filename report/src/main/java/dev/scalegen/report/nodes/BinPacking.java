package dev.scalegen.report.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many nodes of one shape a pool's pods need, by first-fit decreasing: the pods sorted by their
 * larger share of a node (CPU or memory request over the node's allocatable), largest first, each
 * put on the first node it fits on (CPU, memory and pod count), a new node when none has room.
 * First-fit decreasing needs at most 11/9 of the optimum plus one node for one dimension; it is the
 * estimate a cluster autoscaler's own simulation comes close to, not a scheduler's placement. A pod
 * larger than a node cannot be placed: it is counted in {@link Packing#unplaceable()}, not in the
 * nodes.
 */
public final class BinPacking {

  private static final double EPSILON = 1e-9;

  private BinPacking() {}

  /** One pod's requests: CPU in cores, memory in GiB. */
  public record Pod(String tier, double cpu, double memory) {}

  /** The nodes needed, and the pods (by tier, one entry per pod) that fit on no node of the shape. */
  public record Packing(int nodes, List<String> unplaceable) {
    public Packing {
      unplaceable = List.copyOf(unplaceable);
    }
  }

  public static Packing pack(List<Pod> pods, NodeShape shape) {
    double cpu = shape.allocatableCpu();
    double memory = shape.allocatableMemory();
    List<Pod> sorted = new ArrayList<>(pods);
    sorted.sort(Comparator.comparingDouble((Pod p) -> Math.max(p.cpu() / cpu, p.memory() / memory)).reversed()
        .thenComparing(Pod::tier));
    List<double[]> nodes = new ArrayList<>(); // free cpu, free memory, free pod slots
    List<String> unplaceable = new ArrayList<>();
    for (Pod pod : sorted) {
      if (!shape.holds(pod.cpu(), pod.memory())) {
        unplaceable.add(pod.tier());
        continue;
      }
      double[] node = nodes.stream().filter(n -> fits(n, pod)).findFirst().orElse(null);
      if (node == null) {
        node = new double[] {cpu, memory, shape.pods()};
        nodes.add(node);
      }
      node[0] -= pod.cpu();
      node[1] -= pod.memory();
      node[2] -= 1;
    }
    return new Packing(nodes.size(), unplaceable);
  }

  private static boolean fits(double[] node, Pod pod) {
    return node[0] + EPSILON >= pod.cpu() && node[1] + EPSILON >= pod.memory() && node[2] >= 1;
  }
}
