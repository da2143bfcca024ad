package dev.scalegen.core.simulate;

/**
 * One {@code metrics[].resource} entry of an HPA: a utilization target in percent of the pod's
 * request for that resource.
 *
 * @param resource the resource the target is about
 * @param targetAverageUtilization the target, in percent of the request (for example 70)
 * @param requestPerPod the pod's request for the resource: cores for CPU, bytes for memory
 */
public record MetricTarget(Resource resource, int targetAverageUtilization, double requestPerPod) {
  public MetricTarget {
    if (resource == null) {
      throw new IllegalArgumentException("resource is required");
    }
    if (targetAverageUtilization < 1) {
      throw new IllegalArgumentException("targetAverageUtilization must be at least 1: " + targetAverageUtilization);
    }
    if (!(requestPerPod > 0)) {
      throw new IllegalArgumentException("requestPerPod must be positive: " + requestPerPod);
    }
  }
}
