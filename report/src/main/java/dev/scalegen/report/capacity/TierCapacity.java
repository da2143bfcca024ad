package dev.scalegen.report.capacity;

import dev.scalegen.core.diag.Diagnostic;
import java.util.List;

/**
 * One tier in one set: the pool its pods run on ({@value CapacityReports#OTHER} without a
 * placement), whether an HPA scales it (and whether KEDA drives that HPA), what one pod requests and may use, its own bounds (no
 * schedule in effect), the totals at its minimum and maximum, and the diagnostics about it.
 */
public record TierCapacity(String name, String pool, boolean autoscaled, boolean keda, PodSize pod, Bounds bounds, Amount atMin,
    Amount atMax, List<Diagnostic> diagnostics) {

  public TierCapacity {
    diagnostics = List.copyOf(diagnostics);
  }
}
