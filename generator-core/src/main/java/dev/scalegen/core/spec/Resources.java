package dev.scalegen.core.spec;

/** Requests and limits; either may be {@code null}. Quantities are kept as written. */
public record Resources(ResourceList requests, ResourceList limits) {

  /** CPU and memory quantities as the user wrote them ({@code "2"}, {@code "250m"}, {@code "2Gi"}), or {@code null}. */
  public record ResourceList(String cpu, String memory) {
    public String get(String resource) {
      return "cpu".equals(resource) ? cpu : memory;
    }
  }

  public ResourceList requestsOrEmpty() {
    return requests == null ? new ResourceList(null, null) : requests;
  }

  public ResourceList limitsOrEmpty() {
    return limits == null ? new ResourceList(null, null) : limits;
  }

  /** These resources with the fields set in {@code override} replaced. */
  public Resources merge(Resources override) {
    if (override == null) {
      return this;
    }
    return new Resources(mergeList(requests, override.requests), mergeList(limits, override.limits));
  }

  private static ResourceList mergeList(ResourceList base, ResourceList override) {
    if (override == null) {
      return base;
    }
    if (base == null) {
      return override;
    }
    return new ResourceList(
        override.cpu != null ? override.cpu : base.cpu,
        override.memory != null ? override.memory : base.memory);
  }
}
