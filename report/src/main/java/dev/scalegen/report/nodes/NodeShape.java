package dev.scalegen.report.nodes;

/**
 * The nodes of a pool, as the bin-packing sees them: CPU in cores, memory in GiB, the most pods
 * the kubelet admits, and the share of CPU and memory left to pods after the operating system, the
 * kubelet and the daemon sets ({@code allocatable}, 0 to 1).
 */
public record NodeShape(double cpu, double memory, int pods, double allocatable) {

  /**
   * The default: 8 vCPU, 32 GiB, 110 pods (the kubelet's default {@code maxPods}), 90 % allocatable.
   * A common general-purpose size (AWS m6i.2xlarge, GCP e2-standard-8, Azure D8s v5); a price
   * file's {@code nodeShape} overrides it, for all pools or per pool.
   */
  public static final NodeShape DEFAULT = new NodeShape(8, 32, 110, 0.9);

  public NodeShape {
    if (!(cpu > 0) || !(memory > 0) || pods < 1 || !(allocatable > 0) || allocatable > 1) {
      throw new IllegalArgumentException("not a node shape: " + cpu + " cpu, " + memory + " GiB, " + pods
          + " pods, " + allocatable + " allocatable");
    }
  }

  /** The CPU pods may request on one node. */
  public double allocatableCpu() {
    return cpu * allocatable;
  }

  /** The memory pods may request on one node, in GiB. */
  public double allocatableMemory() {
    return memory * allocatable;
  }

  /** Whether an empty node of this shape can take a pod requesting {@code cpu} and {@code memory} GiB. */
  public boolean holds(double cpu, double memory) {
    return cpu <= allocatableCpu() + 1e-9 && memory <= allocatableMemory() + 1e-9;
  }
}
