package dev.scalegen.core.compile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * The objects of one tier in an overlay: those it adds ({@code resources}: the HPA, the PDB, a
 * generated tier's workload, the scheduler's objects) and the strategic-merge patches it lays over
 * the base (the workload patch; an HPA or PDB of the base it takes over, replaced or removed).
 */
public record OverlayTier(String tier, List<HasMetadata> resources, List<HasMetadata> patches) {
  public OverlayTier {
    resources = List.copyOf(resources);
    patches = List.copyOf(patches);
  }
}
