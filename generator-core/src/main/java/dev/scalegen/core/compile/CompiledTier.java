package dev.scalegen.core.compile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * The Kubernetes objects of one tier, in a fixed order: the workload (Deployment or StatefulSet),
 * then its headless Service, HPA (or KEDA ScaledObject and TriggerAuthentications) and
 * PodDisruptionBudget when it has them.
 */
public record CompiledTier(String tier, List<HasMetadata> objects) {
  public CompiledTier {
    objects = List.copyOf(objects);
  }
}
